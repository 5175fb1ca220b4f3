#include "ReportWriter.h"

#include "Error.h"
#include "MaturityMapPainter.h"
#include "ScoringEngine.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QBuffer>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

namespace cxm::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxm::report::Report", text);
}

// User and instrument text for rich text: escaped, line breaks kept.
QString esc(const std::string &text)
{
    QString s = QString::fromStdString(text).toHtmlEscaped();
    s.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return s;
}

QString plain(const std::string &text)
{
    return QString::fromStdString(text);
}

// A text document that never loads anything: an <img> that slipped through would stay empty.
class SafeDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

// A flowing page layout: a y-cursor over the content area of the current page that starts a new page
// (with running header and page number) when the next block does not fit.
class Flow
{
public:
    Flow(QPainter &painter, QPagedPaintDevice &device, const Theme &theme, QString header, int totalPages)
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
        m_styleSheet =
            QStringLiteral(
                "body { color: %1; }"
                "h1 { font-size: 20pt; font-weight: bold; color: %2; margin-top: 0; margin-bottom: 6pt; }"
                "h2 { font-size: 14pt; font-weight: bold; color: %1; margin-top: 10pt; margin-bottom: 4pt; }"
                "h3 { font-size: 11pt; font-weight: bold; color: %1; margin-top: 6pt; margin-bottom: 2pt; }"
                "p { margin-top: 0; margin-bottom: 5pt; }"
                ".muted { color: %3; }"
                ".warn { color: %4; font-weight: bold; }"
                ".accent { color: %2; font-weight: bold; }"
                "td, th { padding: 3pt; }"
                "th { text-align: left; background-color: #eef2f6; }")
                .arg(theme.text.name(), theme.accent.name(), theme.mutedText.name(),
                     theme.disagreement.name());
    }

    qreal mm(qreal v) const { return v * m_device.logicalDpiY() / 25.4; }
    int pageCount() const { return m_page; }
    // The first pass: the total is not known yet, and only the number of pages matters.
    bool countOnly() const { return m_totalPages == 0; }
    const QRectF &content() const { return m_content; }
    qreal remaining() const { return m_content.bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_content.top() + 0.5; }
    void space(qreal h) { m_y = std::min(m_y + h, m_content.bottom()); }

    // The cover has no running header; every later page has header and page number.
    void newPage()
    {
        m_device.newPage();
        ++m_page;
        m_y = m_content.top();
        paintDecorations();
    }

    void ensure(qreal h)
    {
        if (h > remaining() && !atPageTop())
            newPage();
    }

    std::unique_ptr<QTextDocument> document(const QString &html, qreal width = -1) const
    {
        auto doc = std::make_unique<SafeDocument>();
        doc->documentLayout()->setPaintDevice(&m_device);
        QFont f = m_theme.font;
        f.setPointSizeF(9.5);
        doc->setDefaultFont(f);
        doc->setDocumentMargin(0);
        doc->setDefaultStyleSheet(m_styleSheet);
        // The width first, so the text is laid out once (setHtml after it lays out at this width).
        doc->setTextWidth(width > 0 ? width : m_content.width());
        doc->setHtml(QStringLiteral("<body>") + html + QStringLiteral("</body>"));
        return doc;
    }

    // Flows rich text (already escaped) onto the pages, breaking between lines where it must.
    // keepTogether: move a block that would break to the next page when it fits there whole.
    void html(const QString &html, bool keepTogether = false, qreal spaceAfter = -1)
    {
        auto doc = document(html);
        flowDocument(*doc, keepTogether);
        space(spaceAfter < 0 ? mm(2) : spaceAfter);
    }

    // A heading that is never left alone at the bottom of a page.
    void heading(const QString &escapedText, int level = 2)
    {
        const QString tag = QStringLiteral("h%1").arg(level);
        auto doc = document(QStringLiteral("<%1>%2</%1>").arg(tag, escapedText));
        ensure(doc->size().height() + mm(level == 1 ? 40 : 25));
        flowDocument(*doc, true);
    }

    // A drawing of a fixed height, on this page if it fits.
    void drawing(qreal height, const std::function<void(QPainter &, const QRectF &)> &paint)
    {
        height = std::min(height, m_content.height());
        ensure(height);
        paint(m_painter, QRectF(m_content.left(), m_y, m_content.width(), height));
        space(height);
    }

    void flowDocument(QTextDocument &doc, bool keepTogether)
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
        const std::vector<std::pair<qreal, qreal>> lines = lineExtents(doc);
        qreal offset = 0;
        while (offset < total - 0.5) {
            const qreal room = remaining();
            qreal cut = breakBefore(lines, offset, offset + room, total);
            if (cut <= offset + 0.5) {
                if (!atPageTop()) {
                    newPage();
                    continue;
                }
                cut = std::min(total, offset + room); // a single line taller than a page
            }
            drawSlice(doc, offset, cut);
            m_y += cut - offset;
            offset = cut;
            if (offset < total - 0.5)
                newPage();
        }
    }

    void paintDecorations()
    {
        if (countOnly())
            return;
        m_painter.save();
        QFont f = m_theme.font;
        f.setPointSizeF(7.5);
        m_painter.setFont(f);
        m_painter.setPen(m_theme.mutedText);
        const QFontMetricsF fm(f);
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
                           tr("Page %1 of %2").arg(m_page).arg(m_totalPages));
        m_painter.restore();
    }

private:
    void drawSlice(QTextDocument &doc, qreal from, qreal to)
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

    static std::vector<std::pair<qreal, qreal>> lineExtents(QTextDocument &doc)
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
        return lines;
    }

    // The lowest line boundary in (offset, limit] that cuts through no line.
    static qreal breakBefore(const std::vector<std::pair<qreal, qreal>> &lines, qreal offset, qreal limit,
                             qreal total)
    {
        if (total <= limit)
            return total;
        qreal best = offset;
        for (const auto &[top, bottom] : lines) {
            const qreal c = bottom;
            if (c <= offset + 0.5 || c > limit || c <= best)
                continue;
            const bool cutsLine = std::any_of(lines.begin(), lines.end(), [c](const auto &l) {
                return l.first < c - 0.5 && l.second > c + 0.5;
            });
            if (!cutsLine)
                best = c;
        }
        return best;
    }

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
};

// Everything the sections share.
struct Context
{
    const Session &session;
    const Instrument &instrument;
    const ReportOptions &options;
    const Score &score;
    const ScoringEngine &engine;
    Flow &flow;

    QString levelLabel(int value) const
    {
        for (const auto &l : instrument.levels)
            if (l.value == value)
                return esc(l.label);
        return QString::number(value);
    }
    QString levelLabel(const std::string &id) const
    {
        for (const auto &l : instrument.levels)
            if (l.id == id)
                return esc(l.label);
        return esc(id);
    }
    QString optionTitle(const std::string &id, const std::string &otherLabel = {}) const
    {
        const PowerCoreOption *o = instrument.findOption(id);
        QString t = o ? esc(o->title) : esc(id);
        if (id == "other" && !otherLabel.empty())
            t += QStringLiteral(" (") + esc(otherLabel) + QLatin1Char(')');
        return t;
    }
    QString answerLabel(const std::string &answer) const
    {
        if (answer == "yes")
            return esc(instrument.readinessYesLabel);
        if (answer == "no")
            return esc(instrument.readinessNoLabel);
        if (answer == "split")
            return tr("Split");
        return tr("Unanswered");
    }
    const Competency *competency(const std::string &id) const
    {
        for (const auto &c : instrument.competencies)
            if (c.id == id)
                return &c;
        return nullptr;
    }
    QString competencyName(const CompetencyScore &cs) const
    {
        const Competency *c = competency(cs.id);
        return c ? QStringLiteral("C%1 %2").arg(c->number).arg(esc(c->title)) : esc(cs.id);
    }
    QString agreementWords() const
    {
        const auto &pc = score.powerCore;
        if (!pc.agreement)
            return tr("agreement not measured (fewer than two rankings)");
        QString words = tr("%1 agreement").arg(esc(*pc.agreement));
        if (pc.kendallW)
            words += tr(" (Kendall's W = %1)").arg(QString::number(*pc.kendallW, 'f', 2));
        return words;
    }
    int milestoneCount() const { return static_cast<int>(instrument.milestones.size()); }
};

void paintCover(Context &cx, QPainter &painter, const Theme &theme)
{
    Flow &flow = cx.flow;
    const auto &info = cx.session.info;
    const QRectF c = flow.content();
    // A band of the accent colour along the top, the only decoration.
    painter.fillRect(QRectF(c.left(), c.top() + flow.mm(10), c.width(), flow.mm(2.5)), theme.accent);
    flow.space(flow.mm(30));

    QString html =
        QStringLiteral("<p class='muted' style='font-size:12pt'>%1</p>").arg(tr("CX Maturity Report"));
    html += QStringLiteral("<p style='font-size:26pt; font-weight:bold; margin-bottom:4pt'>%1</p>")
                .arg(info.organization.empty() ? tr("Organisation not named") : esc(info.organization));
    if (!info.title.empty())
        html += QStringLiteral("<p style='font-size:16pt'>%1</p>").arg(esc(info.title));
    flow.html(html);
    flow.space(flow.mm(12));

    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td class='muted' width='30%'>%1</td><td>%2</td></tr>").arg(label, value);
    };
    bool facilitatorIsParticipant = false;
    for (const auto &p : cx.session.participants)
        facilitatorIsParticipant =
            facilitatorIsParticipant || (!info.facilitator.empty() && p.name == info.facilitator);
    QString table = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3'>");
    table += row(tr("Date"), info.date.empty() ? tr("not recorded") : esc(info.date));
    if (!(cx.options.anonymous && facilitatorIsParticipant))
        table +=
            row(tr("Facilitator"), info.facilitator.empty() ? tr("not recorded") : esc(info.facilitator));
    table += row(tr("Mode"), info.mode == Mode::Self ? tr("Self-assessment") : tr("Leadership workshop"));
    table += row(tr("Participants"), QString::number(cx.session.participants.size()));
    table += row(tr("Assessment"),
                 tr("Chief Customer Officer workbook, version %1").arg(esc(cx.instrument.version)));
    table += QStringLiteral("</table>");
    flow.html(table);
    flow.space(flow.mm(8));

    if (cx.options.anonymous) {
        flow.html(QStringLiteral("<p class='muted'>%1</p>")
                      .arg(tr("Anonymous report: participants' names, roles and individual answers are not "
                              "shown.")));
    } else if (!cx.session.participants.empty()) {
        QString list = QStringLiteral("<h3>%1</h3><table width='100%' cellspacing='0' cellpadding='2'>")
                           .arg(tr("Participants"));
        for (const auto &p : cx.session.participants)
            list += QStringLiteral("<tr><td width='45%'>%1</td><td class='muted'>%2</td></tr>")
                        .arg(esc(p.name), esc(p.role));
        list += QStringLiteral("</table>");
        flow.html(list);
        if (!info.notes.empty())
            flow.html(QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Session notes"), esc(info.notes)));
    }
}

void writeSummary(Context &cx, const Theme &theme)
{
    Flow &flow = cx.flow;
    const Score &s = cx.score;
    flow.heading(tr("Executive summary"), 1);
    QString html;
    if (s.milestone && s.overall) {
        const MilestoneContent *m = cx.instrument.findMilestone(*s.milestone);
        html += QStringLiteral("<p style='font-size:13pt'>%1 <span class='accent'>%2</span></p>")
                    .arg(tr("Milestone reached:"), tr("%1 (milestone %2 of %3)")
                                                       .arg(m ? esc(m->title) : esc(*s.milestone))
                                                       .arg(*s.milestoneIndex + 1)
                                                       .arg(cx.milestoneCount()));
        if (m)
            html += QStringLiteral("<p><i>%1</i></p>").arg(esc(m->theme));
        html += QStringLiteral("<p style='font-size:13pt'>%1 <span class='accent'>%2</span></p>")
                    .arg(tr("Overall maturity index:"), formatPercent(*s.overall));
        html += QStringLiteral("<p class='muted'>%1</p>")
                    .arg(tr("The index is the mean of the five competency percentages (0% = all Early, 100% "
                            "= all Mature). An organisation sits at most one milestone above its weakest "
                            "competency."));
    } else {
        int complete = 0;
        for (const auto &c : s.competencies)
            complete += c.complete ? 1 : 0;
        html += QStringLiteral("<p style='font-size:13pt' class='warn'>%1</p>")
                    .arg(tr("Not yet placed on the maturity map: %1 of %2 competencies are complete.")
                             .arg(complete)
                             .arg(s.competencies.size()));
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The milestone and the overall index appear once every item of every competency "
                            "has a rating or a consensus."));
    }
    html += QStringLiteral("<ul>");
    if (const CompetencyScore *c = s.strongest(); c && c->percent)
        html += QStringLiteral("<li>%1 %2, %3</li>")
                    .arg(tr("Strongest competency:"), cx.competencyName(*c), formatPercent(*c->percent));
    if (const CompetencyScore *c = s.weakest(); c && c->percent)
        html += QStringLiteral("<li>%1 %2, %3</li>")
                    .arg(tr("Weakest competency:"), cx.competencyName(*c), formatPercent(*c->percent));
    html += QStringLiteral("<li>%1</li>")
                .arg(tr("The team disagreed (someone said Early, someone said Mature) on %1 of %2 items.")
                         .arg(s.disagreements())
                         .arg(cx.instrument.itemCount()));
    const auto &pc = s.powerCore;
    if (pc.hasData && pc.primary && pc.secondary) {
        html += QStringLiteral("<li>%1 A = %2, B = %3; %4</li>")
                    .arg(tr("Power Core:"), cx.optionTitle(*pc.primary), cx.optionTitle(*pc.secondary),
                         cx.agreementWords());
        if (pc.customerInCore.value_or(false))
            html += QStringLiteral("<li>%1</li>").arg(tr("The Customer is in the Power Core."));
        else
            html += QStringLiteral("<li class='warn'>%1</li>")
                        .arg(tr("The Customer is not in the Power Core: customer needs are not yet at the "
                                "centre of decisions."));
    } else {
        html += QStringLiteral("<li>%1</li>").arg(tr("Power Core: no rankings recorded."));
    }
    const auto &rd = s.readiness;
    if (rd.mandate)
        html += QStringLiteral("<li>%1 <b>%2</b> (%3)</li>")
                    .arg(tr("CCO readiness mandate:"), esc(*rd.mandate),
                         tr("%1 of %2 questions answered No or split").arg(rd.gaps()).arg(rd.answers.size()));
    else
        html +=
            QStringLiteral("<li>%1</li>")
                .arg(
                    tr("CCO readiness mandate: not determined (%1 questions unanswered)").arg(rd.unanswered));
    html += QStringLiteral("</ul>");
    flow.html(html);

    // The 15 items at a glance, if they fit on the summary page.
    const qreal mapH = std::min(flow.mm(85), flow.content().width() * 0.5);
    if (flow.remaining() >= mapH + flow.mm(8)) {
        flow.html(QStringLiteral("<h3>%1</h3>").arg(tr("The 15 items at a glance")));
        flow.drawing(mapH,
                     [&](QPainter &p, const QRectF &r) { paintHeatMap(p, r, cx.instrument, s, theme); });
    }
}

void writeMap(Context &cx, const Theme &theme)
{
    Flow &flow = cx.flow;
    flow.newPage();
    flow.heading(esc(cx.instrument.maturityMapTitle.empty() ? std::string("Maturity map")
                                                            : cx.instrument.maturityMapTitle),
                 1);
    if (!cx.instrument.maturityMapSubtitle.empty())
        flow.html(QStringLiteral("<p class='muted'>%1</p>").arg(esc(cx.instrument.maturityMapSubtitle)));
    const qreal w = flow.content().width();
    flow.drawing(w * 0.40, [&](QPainter &p, const QRectF &r) {
        paintMilestonePath(p, r, cx.instrument, cx.score, theme);
    });
    flow.space(flow.mm(6));
    flow.html(QStringLiteral("<h2>%1</h2>").arg(tr("The five competencies")));
    const qreal radarH = std::min(w * 0.72, flow.remaining() - flow.mm(4));
    flow.drawing(radarH,
                 [&](QPainter &p, const QRectF &r) { paintRadar(p, r, cx.instrument, cx.score, theme); });
}

void writeCompetencies(Context &cx)
{
    Flow &flow = cx.flow;
    flow.newPage();
    flow.heading(esc(cx.instrument.competencyTitle.empty() ? std::string("The five competencies")
                                                           : cx.instrument.competencyTitle),
                 1);
    for (const auto &c : cx.instrument.competencies) {
        const CompetencyScore *cs = nullptr;
        for (const auto &x : cx.score.competencies)
            if (x.id == c.id)
                cs = &x;
        flow.heading(QStringLiteral("C%1 %2").arg(c.number).arg(esc(c.title)), 2);
        QString intro;
        if (!c.tagline.empty())
            intro += QStringLiteral("<p><i>%1</i></p>").arg(esc(c.tagline));
        if (cs && cs->percent && cs->level)
            intro += QStringLiteral("<p>%1 <b>%2</b>, %3 <b>%4</b>%5</p>")
                         .arg(tr("Team score:"), formatPercent(*cs->percent), tr("level"),
                              cx.levelLabel(*cs->level),
                              cs->complete ? QString() : tr(" (not every item is rated yet)"));
        else
            intro +=
                QStringLiteral("<p class='muted'>%1</p>").arg(tr("Not scored yet: no item has a rating."));
        flow.html(intro, true);

        for (const auto &item : c.items) {
            const ItemScore *is = cx.score.findItem(item.id);
            QString h = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(item.title), esc(item.question));
            if (is) {
                h += QStringLiteral("<p>%1 %2 %3 · %4 %5 · %6 %7")
                         .arg(tr("Ratings:"), cx.levelLabel(1), QString::number(is->counts[0]),
                              cx.levelLabel(2), QString::number(is->counts[1]), cx.levelLabel(3),
                              QString::number(is->counts[2]));
                if (is->value)
                    h += QStringLiteral(" — %1 <b>%2</b>")
                             .arg(tr("team value"), QString::number(*is->value, 'f', 2));
                else
                    h += QStringLiteral(" — %1").arg(tr("no team value yet"));
                h += QStringLiteral("</p>");
                if (is->disagreement)
                    h += QStringLiteral("<p class='warn'>&#9650; %1</p>")
                             .arg(tr("Disagreement: someone said Early and someone said Mature."));
            }
            if (const ConsensusRating *con = cx.session.findConsensus(item.id)) {
                h += QStringLiteral("<p>%1 <b>%2</b>")
                         .arg(tr("Consensus:"), cx.levelLabel(ratingValue(con->rating)));
                if (!con->note.empty())
                    h += QStringLiteral(" — ") + esc(con->note);
                h += QStringLiteral("</p>");
            }
            flow.html(h, true, flow.mm(1));
        }
        flow.space(flow.mm(3));
    }
}

void writePowerCore(Context &cx)
{
    Flow &flow = cx.flow;
    const auto &pc = cx.score.powerCore;
    flow.newPage();
    flow.heading(
        esc(cx.instrument.powerCoreTitle.empty() ? std::string("Power Core") : cx.instrument.powerCoreTitle),
        1);
    if (!pc.hasData) {
        flow.html(
            QStringLiteral("<p>%1</p>").arg(tr("No Power Core rankings were recorded in this session.")));
        return;
    }
    QString html =
        QStringLiteral("<p>%1 %2.</p>")
            .arg(pc.fromConsensus
                     ? tr("The team ranking below is the consensus the team recorded;")
                     : tr("The team ranking adds up Borda points from %1 rankings;").arg(pc.rankers),
                 cx.agreementWords());
    if (!pc.customerInCore.value_or(false))
        html += QStringLiteral("<p class='warn'>%1</p>")
                    .arg(tr("The Customer is not in the Power Core (neither A nor B)."));
    html += QStringLiteral(
                "<table width='100%' border='1' cellspacing='0' cellpadding='3' "
                "style='border-collapse: collapse; border-color: #d5dbe3'>"
                "<tr><th width='10%'>%1</th><th>%2</th><th width='15%'>%3</th><th width='18%'>%4</th></tr>")
                .arg(tr("Rank"), tr("Option"), tr("Points"), tr("First places"));
    for (std::size_t i = 0; i < pc.ranking.size(); ++i) {
        const std::string &id = pc.ranking[i];
        int firsts = 0;
        for (const auto &[opt, n] : pc.firstPlaces)
            if (opt == id)
                firsts = n;
        const QString rank = i == 0   ? QStringLiteral("A")
                             : i == 1 ? QStringLiteral("B")
                                      : QString::number(i + 1);
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(rank, cx.optionTitle(id), QString::number(pc.pointsOf(id)), QString::number(firsts));
    }
    html += QStringLiteral("</table>");
    if (cx.session.powerCoreConsensus && !cx.session.powerCoreConsensus->note.empty())
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(tr("Consensus note:"), esc(cx.session.powerCoreConsensus->note));
    flow.html(html);

    if (!cx.options.anonymous && !cx.session.powerCore.empty()) {
        flow.heading(tr("Each participant's A and B"), 2);
        QString t =
            QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' "
                           "style='border-collapse: collapse; border-color: #d5dbe3'>"
                           "<tr><th width='40%'>%1</th><th width='30%'>A</th><th width='30%'>B</th></tr>")
                .arg(tr("Participant"));
        for (const auto &p : cx.session.participants) {
            const PowerCoreRanking *r = cx.session.findPowerCore(p.id);
            if (!r || r->ranking.size() < 2)
                continue;
            t += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(esc(p.name), cx.optionTitle(r->ranking[0], r->otherLabel),
                          cx.optionTitle(r->ranking[1], r->otherLabel));
        }
        t += QStringLiteral("</table>");
        flow.html(t);
    }
}

void writeReadiness(Context &cx)
{
    Flow &flow = cx.flow;
    const auto &rd = cx.score.readiness;
    flow.newPage();
    flow.heading(esc(cx.instrument.readinessTitle.empty() ? std::string("CCO readiness")
                                                          : cx.instrument.readinessTitle),
                 1);
    if (!cx.instrument.readinessIntroduction.empty())
        flow.html(QStringLiteral("<p class='muted'>%1</p>").arg(esc(cx.instrument.readinessIntroduction)));
    QString mandate;
    if (rd.mandate)
        mandate =
            tr("Mandate for a Chief Customer Officer: <b>%1</b> — %2 of %3 questions answered No or split.")
                .arg(esc(*rd.mandate))
                .arg(rd.gaps())
                .arg(rd.answers.size());
    else
        mandate = tr("Mandate not determined: %1 of %2 questions are unanswered.")
                      .arg(rd.unanswered)
                      .arg(rd.answers.size());
    flow.html(
        QStringLiteral("<p style='font-size:11pt'>%1</p><p class='muted'>%2 %3 · %4 %5 · %6 %7 · %8 %9</p>")
            .arg(mandate, esc(cx.instrument.readinessYesLabel), QString::number(rd.yes),
                 esc(cx.instrument.readinessNoLabel), QString::number(rd.no), tr("Split"),
                 QString::number(rd.split), tr("Unanswered"), QString::number(rd.unanswered)));

    int n = 0;
    for (const auto &q : cx.instrument.readinessQuestions) {
        ++n;
        const std::string &answer = rd.answerFor(q.id);
        int yes = 0;
        int no = 0;
        for (const auto &a : cx.session.readiness)
            if (a.question == q.id)
                (a.answer == Answer::Yes ? yes : no) += 1;
        const QString cls =
            (answer == "no" || answer == "split") ? QStringLiteral("warn") : QStringLiteral("accent");
        QString h =
            QStringLiteral("<p><b>%1.</b> %2<br/><span class='%3'>%4</span> <span class='muted'>(%5)</span>")
                .arg(QString::number(n), esc(q.text), cls, cx.answerLabel(answer),
                     tr("%1 %2, %3 %4")
                         .arg(esc(cx.instrument.readinessYesLabel))
                         .arg(yes)
                         .arg(esc(cx.instrument.readinessNoLabel))
                         .arg(no));
        if (const ReadinessConsensus *con = cx.session.findReadinessConsensus(q.id);
            con && !con->note.empty())
            h += QStringLiteral("<br/>%1 %2").arg(tr("Consensus note:"), esc(con->note));
        h += QStringLiteral("</p>");
        if ((answer == "no" || answer == "split") && !q.tip.empty())
            h += QStringLiteral("<p style='margin-left:14pt'><i>%1</i> %2</p>")
                     .arg(tr("Implementation tip:"), esc(q.tip));
        flow.html(h, true, flow.mm(1.5));
    }
}

void writeNextSteps(Context &cx)
{
    Flow &flow = cx.flow;
    const Instrument &ins = cx.instrument;
    flow.newPage();
    flow.heading(tr("Next steps"), 1);
    const int count = cx.milestoneCount();
    if (count == 0)
        return;
    const int idx = cx.score.milestoneIndex.value_or(-1);
    int next = std::min(idx + 1, count - 1);
    QString intro;
    if (idx < 0)
        intro =
            tr("The organisation is not yet placed on the map; these are the asks of the first milestone.");
    else if (idx == count - 1)
        intro = tr("The organisation has reached the last milestone; these are its asks, to sustain it.");
    else
        intro = tr("The next milestone on the map is <b>%1</b>. What it asks:")
                    .arg(esc(ins.milestones[static_cast<std::size_t>(next)].title));
    const MilestoneContent &m = ins.milestones[static_cast<std::size_t>(next)];
    QString html = QStringLiteral("<p>%1</p>").arg(intro);
    if (!m.theme.empty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(m.theme));
    auto list = [](const std::vector<std::string> &items) {
        QString l = QStringLiteral("<ul>");
        for (const auto &s : items)
            l += QStringLiteral("<li>%1</li>").arg(esc(s));
        return l + QStringLiteral("</ul>");
    };
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Of leaders")) + list(m.leaders);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Of employees")) + list(m.employees);
    for (const auto &stage : ins.teamResources)
        if (stage.milestone == m.id) {
            html += QStringLiteral("<h3>%1 (%2)</h3>")
                        .arg(esc(ins.teamResourcesTitle.empty() ? std::string("Team resources")
                                                                : ins.teamResourcesTitle),
                             esc(stage.period));
            if (!stage.engagedParticipants.empty())
                html += QStringLiteral("<p>%1</p>").arg(tr("Engaged participants:")) +
                        list(stage.engagedParticipants);
            if (!stage.formalOrganization.empty())
                html += QStringLiteral("<p>%1</p>").arg(tr("Formal organisation:")) +
                        list(stage.formalOrganization);
        }
    flow.html(html);

    const int year = (idx < 0 || idx <= 2) ? 1 : 4;
    const PrioritySet *set = nullptr;
    for (const auto &p : ins.priorities)
        if (p.fromYear <= year && (!p.toYear || year <= *p.toYear))
            set = &p;
    if (!set && !ins.priorities.empty())
        set = &ins.priorities.front();
    if (set) {
        flow.heading(tr("CCO priorities: %1").arg(esc(set->title)), 2);
        QString p =
            QStringLiteral("<p class='muted'>%1</p><ul>")
                .arg(year == 1 ? tr("For an organisation at Commit, Unite & Build or Embed: years 1 to 3.")
                               : tr("For an organisation at Mature or Elevate: year 4 and beyond."));
        for (const auto &item : set->items)
            p += QStringLiteral("<li><b>%1:</b> %2</li>").arg(esc(item.verb), esc(item.text));
        p += QStringLiteral("</ul>");
        flow.html(p);
    }
}

void writeAppendix(Context &cx)
{
    Flow &flow = cx.flow;
    const Session &s = cx.session;
    flow.newPage();
    flow.heading(tr("Appendix"), 1);
    if (cx.options.anonymous) {
        flow.html(QStringLiteral("<p class='muted'>%1</p>")
                      .arg(tr("This is an anonymous report: individual answers are not included.")));
    } else {
        flow.heading(tr("Each participant's answers"), 2);
        for (const auto &p : s.participants) {
            QString title = esc(p.name);
            if (!p.role.empty())
                title += QStringLiteral(" <span class='muted'>— %1</span>").arg(esc(p.role));
            flow.heading(title, 3);
            const Score own = cx.engine.scoreParticipant(s, p.id);
            QString h;
            if (own.overall)
                h += QStringLiteral("<p class='muted'>%1 %2</p>")
                         .arg(tr("Own overall index:"), formatPercent(*own.overall));
            QString rows;
            for (const auto &c : cx.instrument.competencies)
                for (const auto &item : c.items)
                    if (const RatingEntry *r = s.findRating(p.id, item.id))
                        rows += QStringLiteral(
                                    "<tr><td width='42%'>C%1 %2</td><td width='14%'>%3</td><td>%4</td></tr>")
                                    .arg(QString::number(c.number), esc(item.title),
                                         cx.levelLabel(ratingValue(r->rating)), esc(r->note));
            if (!rows.isEmpty())
                h += QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='2' "
                                    "style='border-collapse: collapse; border-color: #d5dbe3'>") +
                     rows + QStringLiteral("</table>");
            if (const PowerCoreRanking *r = s.findPowerCore(p.id); r && !r->ranking.empty()) {
                QStringList names;
                for (const auto &id : r->ranking)
                    names << cx.optionTitle(id, r->otherLabel);
                h += QStringLiteral("<p>%1 %2</p>")
                         .arg(tr("Power Core ranking:"), names.join(QStringLiteral(" › ")));
            }
            // Readiness: a table when there are notes to show, otherwise one compact line.
            QString answers;
            QStringList compact;
            bool anyNote = false;
            int n = 0;
            for (const auto &q : cx.instrument.readinessQuestions) {
                ++n;
                if (const ReadinessAnswer *a = s.findReadiness(p.id, q.id)) {
                    anyNote = anyNote || !a->note.empty();
                    answers +=
                        QStringLiteral("<tr><td width='6%'>%1</td><td width='24%'>%2</td><td>%3</td></tr>")
                            .arg(QString::number(n), cx.answerLabel(std::string(toString(a->answer))),
                                 esc(a->note));
                    compact << QStringLiteral("%1&nbsp;%2")
                                   .arg(QString::number(n), a->answer == Answer::Yes ? tr("Yes") : tr("No"));
                }
            }
            if (!answers.isEmpty() && anyNote)
                h += QStringLiteral("<p>%1</p><table width='100%' border='1' cellspacing='0' cellpadding='2' "
                                    "style='border-collapse: collapse; border-color: #d5dbe3'>")
                         .arg(tr("CCO readiness:")) +
                     answers + QStringLiteral("</table>");
            else if (!compact.isEmpty())
                h += QStringLiteral("<p>%1 %2</p>")
                         .arg(tr("CCO readiness:"), compact.join(QStringLiteral(" · ")));
            if (h.isEmpty())
                h = QStringLiteral("<p class='muted'>%1</p>").arg(tr("No answers recorded."));
            flow.html(h, false, flow.mm(4));
        }
    }

    const ScoringRules &r = cx.instrument.scoring;
    flow.heading(tr("How the scores are computed"), 2);
    flow.html(
        QStringLiteral("<p>%1</p><p>%2</p><p>%3</p><p>%4</p><p>%5</p>")
            .arg(tr("<b>Competencies.</b> Early counts 1, Advanced 2, Mature 3. An item's team value is "
                    "the "
                    "consensus rating when the team recorded one, otherwise the mean of the individual "
                    "ratings. A competency's percentage is (mean of its item values − 1) / 2 × 100, so "
                    "all "
                    "Early is 0% and all Mature is 100%. A disagreement is an item where someone chose "
                    "Early and someone chose Mature."),
                 tr("<b>Maturity map.</b> The overall index is the mean of the five competency "
                    "percentages, "
                    "computed only when every item has a value. Each band of %1 percentage points is one "
                    "milestone (Commit, Unite & Build, Embed, Mature, Elevate); the organisation sits at "
                    "most "
                    "%2 milestone above the band of its weakest competency.")
                     .arg(QString::number(r.milestoneBandWidth))
                     .arg(r.weakestCompetencyCap),
                 tr("<b>Power Core.</b> Each participant ranks the seven options; the option in first "
                    "place "
                    "earns %1 points, the next one less, down to 0. The team ranking orders options by "
                    "their "
                    "points (ties: more first places, then the workbook's order), unless the team "
                    "recorded a "
                    "consensus ranking. A and B are its first two. Agreement is Kendall's coefficient of "
                    "concordance W, from 0 (no agreement) to 1 (identical rankings).")
                     .arg(r.bordaTop),
                 tr("<b>CCO readiness.</b> Each question's team answer is the recorded consensus, "
                    "otherwise "
                    "the majority, or split on a tie. The more questions are answered No or split, the "
                    "stronger the mandate to explore a Chief Customer Officer role (0–3 low, 4–7 "
                    "moderate, "
                    "8–11 strong)."),
                 tr("A score is a conversation starter, not a verdict: the report shows the spread behind "
                    "every number so the team can see where its leaders see things differently.")),
        true);
}

} // namespace

QString formatPercent(double percent)
{
    return QString::number(percent, 'f', 1) + QLatin1Char('%');
}

namespace {

// One pass over the whole report; returns the number of pages. With totalPages 0 it is the counting
// pass, which lays the text out but paints none of it; otherwise the footers read "Page N of M".
int paintReport(QPagedPaintDevice &device, const Session &session, const Instrument &instrument,
                const ReportOptions &options, int totalPages)
{
    const ScoringEngine engine(instrument);
    const Score score = engine.score(session);
    Theme theme = Theme::print();

    QPainter painter;
    if (!painter.begin(&device))
        throw Error("the report could not start painting on its output device");
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    QString header = tr("CX Maturity Report");
    if (!session.info.organization.empty())
        header += QStringLiteral(" · ") + plain(session.info.organization);
    if (!session.info.title.empty())
        header += QStringLiteral(" · ") + plain(session.info.title);
    Flow flow(painter, device, theme, header, totalPages);
    Context cx{session, instrument, options, score, engine, flow};

    paintCover(cx, painter, theme);
    flow.newPage();
    writeSummary(cx, theme);
    writeMap(cx, theme);
    writeCompetencies(cx);
    writePowerCore(cx);
    writeReadiness(cx);
    writeNextSteps(cx);
    writeAppendix(cx);
    painter.end();
    return flow.pageCount();
}

} // namespace

void renderReport(QPagedPaintDevice &device, const Session &session, const Instrument &instrument,
                  const ReportOptions &options)
{
    // The first pass, on a throwaway PDF with the same page and resolution, counts the pages.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter counter(&scratch);
    counter.setResolution(device.logicalDpiY());
    counter.setPageLayout(device.pageLayout());
    const int pages = paintReport(counter, session, instrument, options, 0);
    paintReport(device, session, instrument, options, pages);
}

void writeReport(const Session &session, const Instrument &instrument, const ReportOptions &options,
                 const QString &pdfPath)
{
    const std::string where = pdfPath.toStdString();
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(where + ": cannot write the report: " + file.errorString().toStdString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(options.letter ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 12, 18, 10), QPageLayout::Millimeter);
        writer.setTitle(tr("CX Maturity Report"));
        writer.setCreator(QStringLiteral("CX Maturity Workbench"));
        renderReport(writer, session, instrument, options);
    }
    if (!file.commit())
        throw Error(where + ": cannot write the report: " + file.errorString().toStdString());
}

} // namespace cxm::report
