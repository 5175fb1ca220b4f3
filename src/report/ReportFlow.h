// Where the report's sections write to. A Flow takes headings, rich-text blocks, plain tables and
// drawings in reading order; PageFlow lays them out on the pages of the PDF (and the printer), and
// DocumentFlow (ReportDocumentFlow.h) collects them into one text document for the editable report.
// The sections never know which one they write to.
//
// PageFlow: a y-cursor over the content area of the current page that starts a new page (with running
// header and "Page N of M") when the next block does not fit. Text blocks are rich-text documents that
// never load anything; a block breaks only between lines, and can repeat a heading (a participant's
// name, a table's column headings) at the top of the pages it continues on. Section starts are
// recorded, so the PDF can carry them as outline bookmarks.
#pragma once

#include "MaturityMapPainter.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QString>
#include <QTextDocument>
#include <QUrl>
#include <QVariant>

#include <functional>
#include <memory>
#include <vector>

namespace cxm::report {

struct Bookmark
{
    QString title; // plain text
    int level = 0; // 0 for a section, 1 for a part of one
    int page = 1;  // 1-based
    qreal y = 0;   // device units from the top of the page's paint area
};

// A text document that never loads anything: an <img> that slipped through would stay empty. The
// report's own pictures are added to it as resources before its text is set.
class SafeDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

// The rich-text style sheet every block of the report is set in (headings, muted and warning text,
// table cells).
QString reportStyleSheet(const Theme &theme);

class Flow
{
public:
    virtual ~Flow() = default;

    // Lengths are in the flow's device units: mm converts millimetres to them.
    virtual qreal mm(qreal v) const = 0;
    qreal dpi() const { return mm(25.4); } // of the device: a drawing sized in points measures with it
    virtual const QRectF &content() const = 0;
    // Room left on this page (a whole page's for a flowing document, which has no pages).
    virtual qreal remaining() const = 0;
    virtual void space(qreal h) = 0;

    // A section: on a new page when forced or when less than a third of this page is left, so a
    // short section follows the one before instead of leaving a nearly empty page. Its heading is
    // recorded as an outline entry.
    virtual void section(const QString &plainTitle, bool forceNewPage) = 0;
    // A part of a section (an outline entry one level down), with its heading.
    virtual void subsection(const QString &plainTitle) = 0;
    // A heading that is never left alone at the bottom of a page (escaped rich text).
    virtual void heading(const QString &escapedText, int level = 2) = 0;
    // Flows rich text (already escaped) onto the pages, breaking between lines where it must.
    // keepTogether: a block that would break moves to the next page when it fits there whole.
    // continuation: rich text repeated at the top of each page the block continues on, and, with
    // continuesBefore, also on a new page the block starts on (the next rows of a table).
    virtual void html(const QString &html, bool keepTogether = false, qreal spaceAfter = -1,
                      const QString &continuation = {}, bool continuesBefore = false) = 0;
    // A table of plain text (printed literally, never parsed as markup): a row never breaks, and the
    // column headings open every page the table is on. widths are fractions of the content width.
    virtual void table(const std::vector<qreal> &widths, const QStringList &headings,
                       const std::vector<QStringList> &rows) = 0;
    // A drawing of a fixed height and the content's width, on this page if it fits.
    virtual void drawing(qreal height, const std::function<void(QPainter &, const QRectF &)> &paint) = 0;
};

class PageFlow final : public Flow
{
public:
    // totalPages 0 is the counting pass: text is laid out to find the page breaks, nothing is painted.
    PageFlow(QPainter &painter, QPagedPaintDevice &device, const Theme &theme, QString header,
             int totalPages);

    qreal mm(qreal v) const override;
    int pageCount() const { return m_page; }
    bool countOnly() const { return m_totalPages == 0; }
    const QRectF &content() const override { return m_content; }
    qreal remaining() const override { return m_content.bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_content.top() + 0.5; }
    void space(qreal h) override;
    const std::vector<Bookmark> &bookmarks() const { return m_bookmarks; }

    // The cover has no running header; every later page has header and page number.
    void newPage();
    // A new page unless h fits on this one.
    void ensure(qreal h);

    void section(const QString &plainTitle, bool forceNewPage) override;
    void subsection(const QString &plainTitle) override;
    void heading(const QString &escapedText, int level = 2) override;

    std::unique_ptr<QTextDocument> document(const QString &html, qreal width = -1) const;
    void html(const QString &html, bool keepTogether = false, qreal spaceAfter = -1,
              const QString &continuation = {}, bool continuesBefore = false) override;
    // Painted row by row: cheap for thousands of rows, where a rich-text table would be laid out as
    // one block.
    void table(const std::vector<qreal> &widths, const QStringList &headings,
               const std::vector<QStringList> &rows) override;
    void drawing(qreal height, const std::function<void(QPainter &, const QRectF &)> &paint) override;

private:
    void flowDocument(QTextDocument &doc, bool keepTogether, const QString &continuation,
                      bool continuesBefore);
    void paintDecorations();
    qreal tableRow(const std::vector<qreal> &widths, const QStringList &cells, bool heading,
                   bool measureOnly);
    void drawSlice(QTextDocument &doc, qreal from, qreal to);

    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    const Theme &m_theme;
    QString m_header;
    QString m_styleSheet;
    QRectF m_content;
    qreal m_headerH = 0;
    qreal m_footerH = 0;
    qreal m_y = 0;
    int m_page = 1;
    int m_totalPages = 0;
    std::vector<Bookmark> m_bookmarks;
};

} // namespace cxm::report
