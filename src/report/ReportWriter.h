// The maturity report: the PDF a leadership team takes away from a session. renderReport paints the
// whole report onto any paged device (a QPdfWriter, or the workbench's QPrinter for Print…);
// writeReport makes the PDF file and never leaves a partial one behind. All text from the session is
// treated as data: it prints literally, markup and all, and loads nothing.
#pragma once

#include "Instrument.h"
#include "Session.h"

#include <QPagedPaintDevice>
#include <QString>

namespace cxm::report {

struct ReportOptions
{
    bool letter = false;    // US Letter instead of A4 (writeReport only; a printer keeps its own page)
    bool anonymous = false; // no participant names, roles or individual answers anywhere
};

// Paints every page of the report onto device, which must not be painted on yet.
void renderReport(QPagedPaintDevice &device, const Session &session, const Instrument &instrument,
                  const ReportOptions &options);

// Writes the report as a PDF to pdfPath through QSaveFile. Throws cxm::Error ("PATH: reason") when
// the file cannot be written; the previous file, if any, is then left untouched.
void writeReport(const Session &session, const Instrument &instrument, const ReportOptions &options,
                 const QString &pdfPath);

// How the report prints a percentage (one decimal, "46.7%"), so tests compare against the engine.
QString formatPercent(double percent);

} // namespace cxm::report
