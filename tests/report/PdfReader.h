// Reads a rendered report back the way a reader gets it: text through pdftotext (poppler-utils),
// page count and metadata through pdfinfo, word boxes through pdftotext -bbox.
#pragma once

#include "Instrument.h"
#include "ReportWriter.h"
#include "Session.h"

#include <QGuiApplication>
#include <QString>
#include <QTemporaryDir>

#include <string>
#include <vector>

namespace cxm::test {

void ensureApp();
// The command's standard output; the command must succeed.
std::string run(const std::string &command);
// Whitespace collapsed, so a match does not depend on pdftotext's column layout.
std::string squeeze(const std::string &text);
std::string lower(std::string text);

struct Rendered
{
    QString path;
    std::string text; // squeezed pdftotext -layout output
    std::string raw;  // pdftotext -layout output as it comes
    int pages = 0;
};

Rendered render(const QTemporaryDir &dir, const std::string &name, const Session &s,
                report::ReportOptions opt = {}, const Instrument &instrument = Instrument::builtin());
bool has(const Rendered &r, const std::string &text);
// One page's text as pdftotext -layout gives it (1-based page).
std::string pageText(const Rendered &r, int page);
std::string info(const Rendered &r, const std::string &field); // a pdfinfo field, trimmed

struct Word
{
    std::string text;
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
};
struct Page
{
    double width = 0, height = 0;
    std::vector<Word> words;
};
// Every page's words with their boxes (points, from the top left).
std::vector<Page> words(const QString &pdfPath);

// A workshop of n participants, every question answered, a short note on each rating.
Session workshop(int participants);

} // namespace cxm::test
