#include "ReportFlow.h"
#include "ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextLayout>
#include <QUrl>

#include <algorithm>

namespace cxm::report {

namespace {

// The positions (document coordinates, ascending) where a page may end without cutting a line:
// the bottom of a line that no other line (in a neighbouring table cell, say) straddles. Found in
// one sweep, so a long block costs no more per page than a short one.
std::vector<qreal> breakPoints(QTextDocument &doc)
{
    std::vector<std::pair<qreal, qreal>> lines;
    auto *layout = doc.documentLayout();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout *tl = b.layout();
        if (!tl)
            continue;
        const QRectF br = layout->blockBoundingRect(b);
        for (int i = 0; i < tl->lineCount(); ++i) {
            const QTextLine line = tl->lineAt(i);
            const qreal top = br.top() + line.y();
            lines.emplace_back(top, top + line.height());
        }
    }
    std::sort(lines.begin(), lines.end());
    std::vector<qreal> candidates;
    candidates.reserve(lines.size());
    for (const auto &l : lines)
        candidates.push_back(l.second);
    std::sort(candidates.begin(), candidates.end());
    std::vector<qreal> cuts;
    std::size_t next = 0;
    qreal lowest = -1;
    for (const qreal c : candidates) {
        while (next < lines.size() && lines[next].first < c - 0.5)
            lowest = std::max(lowest, lines[next++].second);
        if (lowest <= c + 0.5 && (cuts.empty() || c > cuts.back() + 0.5))
            cuts.push_back(c);
    }
    return cuts;
}

} // namespace

QString reportStyleSheet(const Theme &theme)
{
    return QStringLiteral(
               "body { color: %1; }"
               "h1 { font-size: 20pt; font-weight: bold; color: %2; margin-top: 0; margin-bottom: 6pt; }"
               "h2 { font-size: 14pt; font-weight: bold; color: %1; margin-top: 10pt; margin-bottom: 4pt; }"
               "h3 { font-size: 11pt; font-weight: bold; color: %1; margin-top: 6pt; margin-bottom: 2pt; }"
               "p { margin-top: 0; margin-bottom: 5pt; }"
               ".muted { color: %3; }"
               ".warn { color: %4; font-weight: bold; }"
               ".accent { color: %2; font-weight: bold; }"
               "td, th { padding: 3pt; }"
               "th { text-align: left; }")
        .arg(theme.text.name(), theme.accent.name(), theme.mutedText.name(), theme.disagreement.name());
}

PageFlow::PageFlow(QPainter &painter, QPagedPaintDevice &device, const Theme &theme, QString header,
                   int totalPages)
    : m_painter(painter)
    , m_device(device)
    , m_theme(theme)
    , m_header(std::move(header))
    , m_totalPages(totalPages)
{
    const qreal w = device.width();
    const qreal h = device.height();
    m_headerH = mm(9);
    m_footerH = mm(9);
    m_content = QRectF(0, m_headerH, w, h - m_headerH - m_footerH);
    m_y = m_content.top();
    // A shaded heading row on the pages only: an ODF writer would shade just the words, not the cell.
    m_styleSheet = reportStyleSheet(theme) + QStringLiteral("th { background-color: #eef2f6; }");
}

qreal PageFlow::mm(qreal v) const
{
    return v * m_device.logicalDpiY() / 25.4;
}

void PageFlow::space(qreal h)
{
    m_y = std::min(m_y + h, m_content.bottom());
}

void PageFlow::newPage()
{
    m_device.newPage();
    ++m_page;
    m_y = m_content.top();
    paintDecorations();
}

void PageFlow::ensure(qreal h)
{
    if (h > remaining() && !atPageTop())
        newPage();
}

void PageFlow::section(const QString &plainTitle, bool forceNewPage)
{
    if (forceNewPage || remaining() < m_content.height() / 3)
        newPage();
    else if (!atPageTop())
        space(mm(8));
    auto doc = document(QStringLiteral("<h1>%1</h1>").arg(plainTitle.toHtmlEscaped()));
    ensure(doc->size().height() + mm(40));
    m_bookmarks.push_back({plainTitle, 0, m_page, m_y});
    flowDocument(*doc, true, {}, false);
}

void PageFlow::subsection(const QString &plainTitle)
{
    auto doc = document(QStringLiteral("<h2>%1</h2>").arg(plainTitle.toHtmlEscaped()));
    ensure(doc->size().height() + mm(25));
    m_bookmarks.push_back({plainTitle, 1, m_page, m_y});
    flowDocument(*doc, true, {}, false);
}

void PageFlow::heading(const QString &escapedText, int level)
{
    const QString tag = QStringLiteral("h%1").arg(level);
    auto doc = document(QStringLiteral("<%1>%2</%1>").arg(tag, escapedText));
    ensure(doc->size().height() + mm(level == 1 ? 40 : 25));
    flowDocument(*doc, true, {}, false);
}

std::unique_ptr<QTextDocument> PageFlow::document(const QString &html, qreal width) const
{
    auto doc = std::make_unique<SafeDocument>();
    doc->documentLayout()->setPaintDevice(&m_device);
    QFont f = withoutLigatures(m_theme.font);
    f.setPointSizeF(9.5);
    doc->setDefaultFont(f);
    doc->setDocumentMargin(0);
    doc->setDefaultStyleSheet(m_styleSheet);
    // The width first, so the text is laid out once (setHtml after it lays out at this width).
    doc->setTextWidth(width > 0 ? width : m_content.width());
    doc->setHtml(QStringLiteral("<body>") + html + QStringLiteral("</body>"));
    return doc;
}

void PageFlow::html(const QString &html, bool keepTogether, qreal spaceAfter, const QString &continuation,
                    bool continuesBefore)
{
    auto doc = document(html);
    flowDocument(*doc, keepTogether, continuation, continuesBefore);
    space(spaceAfter < 0 ? mm(2) : spaceAfter);
}

void PageFlow::drawing(qreal height, const std::function<void(QPainter &, const QRectF &)> &paint)
{
    height = std::min(height, m_content.height());
    ensure(height);
    if (!countOnly())
        paint(m_painter, QRectF(m_content.left(), m_y, m_content.width(), height));
    space(height);
}

qreal PageFlow::tableRow(const std::vector<qreal> &widths, const QStringList &cells, bool heading,
                         bool measureOnly)
{
    QFont f = withoutLigatures(m_theme.font);
    f.setPointSizeF(8.5);
    f.setBold(heading);
    const QFontMetricsF fm(f, &m_device);
    const qreal pad = mm(0.8);
    qreal height = 0;
    std::vector<QRectF> boxes;
    qreal x = m_content.left();
    for (std::size_t i = 0; i < widths.size(); ++i) {
        const qreal w = widths[i] * m_content.width();
        const QRectF box(x + pad, m_y + pad, w - 2 * pad, m_content.height());
        const QString text =
            i < static_cast<std::size_t>(cells.size()) ? cells[static_cast<qsizetype>(i)] : QString();
        height = std::max(height, fm.boundingRect(box, Qt::TextWordWrap, text).height());
        boxes.push_back(box);
        x += w;
    }
    height += 2 * pad;
    if (measureOnly || countOnly())
        return height;
    m_painter.save();
    const QRectF row(m_content.left(), m_y, m_content.width(), height);
    if (heading)
        m_painter.fillRect(row, QColor(0xee, 0xf2, 0xf6));
    m_painter.setPen(QPen(m_theme.grid, mm(0.2)));
    m_painter.drawLine(row.bottomLeft(), row.bottomRight());
    m_painter.setFont(f);
    m_painter.setPen(m_theme.text);
    for (std::size_t i = 0; i < boxes.size() && i < static_cast<std::size_t>(cells.size()); ++i)
        m_painter.drawText(QRectF(boxes[i].topLeft(), QSizeF(boxes[i].width(), height)), Qt::TextWordWrap,
                           cells[static_cast<qsizetype>(i)]);
    m_painter.restore();
    return height;
}

void PageFlow::table(const std::vector<qreal> &widths, const QStringList &headings,
                     const std::vector<QStringList> &rows)
{
    const qreal headingH = tableRow(widths, headings, true, true);
    bool headingShown = false;
    for (const QStringList &cells : rows) {
        const qreal h = tableRow(widths, cells, false, true);
        if (!headingShown || h > remaining()) {
            if (headingShown || headingH + h > remaining())
                if (!atPageTop())
                    newPage();
            m_y += tableRow(widths, headings, true, false);
            headingShown = true;
        }
        m_y += tableRow(widths, cells, false, false);
    }
    space(mm(3));
}

void PageFlow::flowDocument(QTextDocument &doc, bool keepTogether, const QString &continuation,
                            bool continuesBefore)
{
    const qreal total = doc.size().height();
    if (total <= remaining()) {
        drawSlice(doc, 0, total);
        m_y += total;
        return;
    }
    if (keepTogether && total <= m_content.height() && !atPageTop()) {
        newPage();
        drawSlice(doc, 0, total);
        m_y += total;
        return;
    }
    std::unique_ptr<QTextDocument> repeat;
    if (!continuation.isEmpty())
        repeat = document(continuation);
    qreal offset = 0;
    // The repeated heading goes above the block's continuation, and above its start only when the
    // block continues something (rows of a table begun in the block before).
    const auto nextPage = [&] {
        newPage();
        if (repeat && (offset > 0.5 || continuesBefore) && repeat->size().height() < m_content.height() / 4) {
            drawSlice(*repeat, 0, repeat->size().height());
            m_y += repeat->size().height();
        }
    };
    const std::vector<qreal> cuts = breakPoints(doc);
    // Where this page's room for the block began: a line that does not fit below it is cut, not
    // pushed on for ever.
    qreal pageStart = atPageTop() ? m_y : -1;
    // A block that starts in the last lines of a page would leave its heading there alone.
    if (keepTogether && pageStart < 0 && remaining() < m_content.height() / 6) {
        nextPage();
        pageStart = m_y;
    }
    while (offset < total - 0.5) {
        const qreal room = remaining();
        qreal cut = offset;
        if (total <= offset + room) {
            cut = total;
        } else {
            const auto after = std::upper_bound(cuts.begin(), cuts.end(), offset + room);
            if (after != cuts.begin() && *(after - 1) > offset + 0.5)
                cut = *(after - 1);
        }
        if (cut <= offset + 0.5) {
            if (m_y > pageStart + 0.5) {
                nextPage();
                pageStart = m_y;
                continue;
            }
            cut = std::min(total, offset + room); // a single line taller than a page
        }
        drawSlice(doc, offset, cut);
        m_y += cut - offset;
        offset = cut;
        if (offset < total - 0.5) {
            nextPage();
            pageStart = m_y;
        }
    }
}

void PageFlow::paintDecorations()
{
    if (countOnly())
        return;
    m_painter.save();
    QFont f = withoutLigatures(m_theme.font);
    f.setPointSizeF(7.5);
    m_painter.setFont(f);
    m_painter.setPen(m_theme.mutedText);
    // Measured on the device: a screen's metrics would under-measure the text at 300 dpi, and the
    // header would run off the page instead of ending in "…".
    const QFontMetricsF fm(f, &m_device);
    const QRectF headerBox(m_content.left(), 0, m_content.width(), m_headerH - mm(3));
    m_painter.drawText(headerBox, Qt::AlignLeft | Qt::AlignBottom,
                       fm.elidedText(m_header, Qt::ElideRight, headerBox.width()));
    m_painter.setPen(QPen(m_theme.grid, mm(0.2)));
    m_painter.drawLine(QPointF(m_content.left(), m_headerH - mm(2)),
                       QPointF(m_content.right(), m_headerH - mm(2)));
    m_painter.setPen(m_theme.mutedText);
    const QRectF footerBox(m_content.left(), m_content.bottom() + mm(3), m_content.width(),
                           m_footerH - mm(3));
    m_painter.drawText(footerBox, Qt::AlignHCenter | Qt::AlignTop,
                       Report::tr("Page %1 of %2").arg(m_page).arg(m_totalPages));
    m_painter.restore();
}

void PageFlow::drawSlice(QTextDocument &doc, qreal from, qreal to)
{
    if (countOnly())
        return; // the counting pass lays text out to find the page breaks, and paints nothing
    m_painter.save();
    m_painter.translate(m_content.left(), m_y - from);
    const QRectF clip(0, from, m_content.width(), to - from);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = clip;
    ctx.palette.setColor(QPalette::Text, m_theme.text);
    m_painter.setClipRect(clip.adjusted(-mm(1), 0, mm(1), 0));
    doc.documentLayout()->draw(&m_painter, ctx);
    m_painter.restore();
}

} // namespace cxm::report
