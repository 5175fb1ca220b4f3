#include "ReportDocumentFlow.h"

#include <QPainter>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace cxm::report {

namespace {

constexpr qreal kCssDpi = 96;
// The room a block is told it has: an A4 page's height less its margins.
constexpr qreal kPageHeightMm = 240;
constexpr qreal kPointsPerMm = 72 / 25.4;

// Arial, not the PDF's DejaVu Sans: an editable report is opened where the reader is, and Word on
// Windows or a Mac has Arial (LibreOffice on Linux shows Liberation Sans, its metric twin), where a
// missing DejaVu Sans would fall back to a serif.
const QString kFontFamily = QStringLiteral("Arial");

// The narrowest a column gets: a short heading ("Stage", "Notes") in bold on one line. The page's
// fractions were chosen for the PDF's wider text.
constexpr qreal kMinColumnPt = 32;

// Qt's ODF writer writes a table's width and its column widths with "pt" after the number, whatever
// their kind: the HTML's 100% would become a table 100 points wide, and columns in per cent are
// ignored by LibreOffice. Every table gets fixed widths in points, its percentages of textWidth and
// the columns without a width sharing what is left; a column narrower than kMinColumnPt takes the
// difference from the widest.
void fixTableWidths(QTextFrame *frame, qreal textWidth)
{
    for (QTextFrame *child : frame->childFrames()) {
        fixTableWidths(child, textWidth);
        auto *table = qobject_cast<QTextTable *>(child);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        const QTextLength width = format.width();
        const qreal total =
            width.type() == QTextLength::PercentageLength ? textWidth * width.rawValue() / 100 : textWidth;
        QList<QTextLength> columns = format.columnWidthConstraints();
        columns.resize(table->columns());
        qreal fixed = 0;
        int variable = 0;
        for (const QTextLength &c : columns) {
            if (c.type() == QTextLength::PercentageLength)
                fixed += total * c.rawValue() / 100;
            else
                ++variable;
        }
        const qreal share = variable > 0 ? std::max(total - fixed, 0.0) / variable : 0;
        std::vector<qreal> points;
        for (const QTextLength &c : columns)
            points.push_back(c.type() == QTextLength::PercentageLength ? total * c.rawValue() / 100 : share);
        for (qreal &p : points) {
            qreal &widest = *std::max_element(points.begin(), points.end());
            const qreal more = std::min(kMinColumnPt - p, widest - kMinColumnPt);
            if (more > 0) {
                p += more;
                widest -= more;
            }
        }
        for (std::size_t i = 0; i < points.size(); ++i)
            columns[static_cast<qsizetype>(i)] = QTextLength(QTextLength::FixedLength, points[i]);
        format.setWidth(QTextLength(QTextLength::FixedLength, total));
        format.setColumnWidthConstraints(columns);
        table->setFormat(format);
    }
}

// The sections' tables open with a row of headings (<tr><th>…</tr>): it becomes the table's header
// row (<thead>), which the word processor repeats on each page the table runs onto, as the PDF does.
// User text is escaped, so a "<tr>" here is always the report's own markup.
QString withHeaderRows(QString html)
{
    static const QString row = QStringLiteral("<tr><th");
    for (qsizetype at = html.indexOf(row); at >= 0; at = html.indexOf(row, at + 1)) {
        const qsizetype tag = html.lastIndexOf(QLatin1Char('<'), at - 1);
        const qsizetype end = html.indexOf(QStringLiteral("</tr>"), at);
        if (tag < 0 || !QStringView(html).sliced(tag).startsWith(u"<table") || end < 0)
            continue; // not a table's first row
        html.insert(end + 5, QStringLiteral("</thead>"));
        html.insert(at, QStringLiteral("<thead>"));
    }
    return html;
}

// Plain text as rich text: escaped, its line breaks kept.
QString plainCell(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

} // namespace

DocumentFlow::DocumentFlow(const Theme &theme)
    : m_theme(theme)
    , m_content(0, 0, mm(kTextWidthMm), mm(kPageHeightMm))
{}

qreal DocumentFlow::mm(qreal v) const
{
    return v * kCssDpi / 25.4;
}

void DocumentFlow::section(const QString &plainTitle, bool forceNewPage)
{
    // The cover is the first page; a section the PDF always opens on a new page does so here too.
    const QString style =
        forceNewPage && !m_html.isEmpty() ? QStringLiteral(" style='page-break-before: always'") : QString();
    m_html += QStringLiteral("<h1%1>%2</h1>").arg(style, plainTitle.toHtmlEscaped());
}

void DocumentFlow::subsection(const QString &plainTitle)
{
    m_html += QStringLiteral("<h2>%1</h2>").arg(plainTitle.toHtmlEscaped());
}

void DocumentFlow::heading(const QString &escapedText, int level)
{
    m_html += QStringLiteral("<h%1>%2</h%1>").arg(level).arg(escapedText);
}

void DocumentFlow::html(const QString &html, bool, qreal, const QString &, bool)
{
    // A block of its own, as on the pages: text that does not open with a paragraph never runs on
    // from the block before.
    m_html += QStringLiteral("<div>") + withHeaderRows(html) + QStringLiteral("</div>");
}

void DocumentFlow::table(const std::vector<qreal> &widths, const QStringList &headings,
                         const std::vector<QStringList> &rows)
{
    QString html = QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' "
                                  "style='border-collapse: collapse; border-color: #d5dbe3'><thead><tr>");
    for (std::size_t i = 0; i < widths.size(); ++i)
        html += QStringLiteral("<th width='%1%'>%2</th>")
                    .arg(QString::number(widths[i] * 100, 'f', 1),
                         plainCell(headings.value(static_cast<qsizetype>(i))));
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &cells : rows) {
        html += QStringLiteral("<tr>");
        for (std::size_t i = 0; i < widths.size(); ++i)
            html += QStringLiteral("<td>%1</td>").arg(plainCell(cells.value(static_cast<qsizetype>(i))));
        html += QStringLiteral("</tr>");
    }
    m_html += html + QStringLiteral("</table>");
}

void DocumentFlow::drawing(qreal height, const std::function<void(QPainter &, const QRectF &)> &paint)
{
    const qreal scale = kPictureDpi / kCssDpi;
    QImage image(static_cast<int>(std::ceil(m_content.width() * scale)),
                 static_cast<int>(std::ceil(height * scale)), QImage::Format_RGB32);
    const int dotsPerMetre = static_cast<int>(std::lround(kPictureDpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(m_theme.background);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    }
    // The picture's name is what the word processor's navigator lists.
    const QString name = QStringLiteral("Figure %1").arg(m_pictures.size() + 1);
    m_html += QStringLiteral("<p><img src='%1' width='%2' height='%3'/></p>")
                  .arg(name.toHtmlEscaped(), QString::number(m_content.width(), 'f', 2),
                       QString::number(height, 'f', 2));
    m_pictures.push_back({name, std::move(image)});
}

std::unique_ptr<QTextDocument> DocumentFlow::document() const
{
    auto doc = std::make_unique<SafeDocument>();
    for (const Picture &p : m_pictures)
        doc->addResource(QTextDocument::ImageResource, QUrl(p.name), p.image);
    // The pages' spacing comes from the flow; a document's from its paragraphs' margins (in px: Qt's
    // style sheets read no other unit for them), and its tables' text is a size smaller, as on the pages.
    doc->setDefaultStyleSheet(
        QStringLiteral("body { font-family: '%1'; font-size: 10pt; }").arg(kFontFamily) +
        reportStyleSheet(m_theme) +
        QStringLiteral("h1 { margin-top: 24px; margin-bottom: 8px; }"
                       "h2 { margin-top: 18px; margin-bottom: 6px; }"
                       "h3 { margin-top: 12px; margin-bottom: 4px; }"
                       "p { margin-bottom: 6px; }"
                       "td p, th p { margin-bottom: 0; }"
                       "td, th { font-size: 8.5pt; }"));
    doc->setHtml(QStringLiteral("<body>") + m_html + QStringLiteral("</body>"));
    // Qt 6.4's ODF writer reads a span's font family only from the property Qt 5 used, which Qt 6's
    // style sheets no longer set (they set FontFamilies); without it every span would say "Sans".
    QTextCursor all(doc.get());
    all.select(QTextCursor::Document);
    QTextCharFormat family;
    family.setProperty(QTextFormat::OldFontFamily, kFontFamily);
    all.mergeCharFormat(family);
    fixTableWidths(doc->rootFrame(), kTextWidthMm * kPointsPerMm);
    return doc;
}

} // namespace cxm::report
