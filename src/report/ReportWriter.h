// The maturity report: the PDF a leadership team takes away from a session, and the same report as an
// editable document. renderReport paints the whole report onto any paged device (a QPdfWriter, or the
// workbench's QPrinter for Print…); writeReport makes the PDF file and writeEditableReport the
// OpenDocument text file, and neither leaves a partial one behind. All text from the session is
// treated as data: it prints literally, markup and all, and loads nothing.
#pragma once

#include "Instrument.h"
#include "Session.h"

#include <QPagedPaintDevice>
#include <QString>

#include <optional>

namespace cxm::report {

// The appendix of individual answers: each participant's full answers and notes, or one summary
// table with a row per participant. Automatic is the full one up to kShortAppendixAbove participants.
enum class AppendixKind { Automatic, Full, Short };
constexpr int kShortAppendixAbove = 12;

struct ReportOptions
{
    bool letter = false;    // US Letter instead of A4 (writeReport only; a printer keeps its own page)
    bool anonymous = false; // no participant names, roles or individual answers anywhere
    AppendixKind appendix = AppendixKind::Automatic;
};

// Whether the report prints the short appendix for this session.
bool usesShortAppendix(const ReportOptions &options, const Session &session);

// Paints every page of the report onto device, which must not be painted on yet.
void renderReport(QPagedPaintDevice &device, const Session &session, const Instrument &instrument,
                  const ReportOptions &options);

// Writes the report as a PDF to pdfPath through QSaveFile, with its metadata (title, author,
// language) and an outline of its sections. Throws cxm::Error ("PATH: reason") when
// the file cannot be written; the previous file, if any, is then left untouched.
void writeReport(const Session &session, const Instrument &instrument, const ReportOptions &options,
                 const QString &pdfPath);

// Writes the same report as an OpenDocument text file (.odt) for Word and LibreOffice Writer: the same
// sections and text (names masked alike), real headings and tables, the drawings as pictures. A
// flowing document, so no running header or page numbers; options.letter has no effect (the word
// processor sets the page). Throws cxm::Error ("PATH: reason") as writeReport does.
void writeEditableReport(const Session &session, const Instrument &instrument, const ReportOptions &options,
                         const QString &odtPath);

enum class ReportFormat { Pdf, Odt };
// The format a report file's name asks for by its extension (.pdf, .odt, in any case); nullopt for
// any other.
std::optional<ReportFormat> reportFormatFor(const QString &path);

// How the report prints its figures, the same on every page, so tests compare against the engine:
// a percentage with one decimal ("46.7%"), a mean on the 1–3 scale with two ("1.83"), in the
// default QLocale's digits and signs (German: "46,7 %", "1,83"; the C locale as shown).
QString formatPercent(double percent);
QString formatMean(double mean);
// A date stored as YYYY-MM-DD in the default locale's short form with the full year ("20.11.2026";
// the C locale keeps YYYY-MM-DD); anything else as it is.
QString formatDate(const std::string &isoDate);
// The QDate format formatDate uses ("dd.MM.yyyy" in German, "yyyy-MM-dd" in the C locale).
QString dateFormat();

} // namespace cxm::report
