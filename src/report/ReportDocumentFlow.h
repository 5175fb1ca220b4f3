// The report as one flowing text document, for the editable report: the sections' headings, blocks
// and tables go into a QTextDocument in reading order, and each drawing becomes a picture in it. A
// document has no pages of its own (the word processor makes them), so what only pages need is left
// out: no running header, no "Page N of M", no page numbers in cross-references (they name the
// section), no repeated headings, and only the sections the PDF always starts on a new page do so.
#pragma once

#include "ReportFlow.h"

#include <QImage>
#include <QRectF>
#include <QString>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace cxm::report {

class DocumentFlow final : public Flow
{
public:
    explicit DocumentFlow(const Theme &theme);

    // Device units are CSS pixels (96 per inch), the unit in which Qt's ODF writer sizes pictures.
    qreal mm(qreal v) const override;
    const QRectF &content() const override { return m_content; }
    // No page fills up: every block has a whole page's room.
    qreal remaining() const override { return m_content.height(); }
    // Paragraphs keep their own margins; a page's vertical spacing means nothing in a document.
    void space(qreal) override {}

    void section(const QString &plainTitle, bool forceNewPage) override;
    void subsection(const QString &plainTitle) override;
    void heading(const QString &escapedText, int level = 2) override;
    void html(const QString &html, bool keepTogether = false, qreal spaceAfter = -1,
              const QString &continuation = {}, bool continuesBefore = false) override;
    void table(const std::vector<qreal> &widths, const QStringList &headings,
               const std::vector<QStringList> &rows) override;
    // Rendered as a picture of the content's width at kPictureDpi.
    void drawing(qreal height, const std::function<void(QPainter &, const QRectF &)> &paint) override;

    // The document with everything written so far. Its headings carry their level
    // (QTextBlockFormat::headingLevel), its tables fixed widths that fit the text width of an A4 or
    // Letter page with a word processor's usual margins, and its pictures are resources of its own.
    std::unique_ptr<QTextDocument> document() const;

    // The width pictures and tables take: narrower than A4 or Letter with one-inch margins (159 mm).
    static constexpr qreal kTextWidthMm = 150;
    static constexpr qreal kPictureDpi = 200;

private:
    const Theme &m_theme;
    QRectF m_content;
    QString m_html;
    struct Picture
    {
        QString name;
        QImage image;
    };
    std::vector<Picture> m_pictures;
};

} // namespace cxm::report
