// What a PDF carries besides its pages, added after Qt has written them (QPdfWriter 6.4 sets only
// the title and the creator): the document information (title, author, subject), the natural
// language of its text (/Lang, for screen readers and search), and an outline of bookmarks. Uses
// qpdf's C++ library (Debian libqpdf-dev).
#pragma once

#include <QByteArray>
#include <QString>

#include <stdexcept>
#include <vector>

namespace cxm::report {

struct PdfOutlineEntry
{
    QString title;
    int level = 0; // 0 top level, 1 under the entry before it
    int page = 0;  // 0-based
    qreal top = 0; // points from the top of the page
};

struct PdfMetadata
{
    QString title;
    QString author; // empty: left out
    QString subject;
    QString language; // BCP 47, e.g. "en-GB"
    std::vector<PdfOutlineEntry> outline;
};

struct PdfMetadataError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// The PDF in pdf with meta added; page content is copied unchanged. Throws PdfMetadataError when pdf
// cannot be read.
QByteArray withMetadata(const QByteArray &pdf, const PdfMetadata &meta);

} // namespace cxm::report
