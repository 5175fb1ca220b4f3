#include "TrendReport.h"

#include "Error.h"
#include "ReportContext.h"
#include "ReportFlow.h"
#include "TrendChartPainter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>

#include <cmath>

namespace cxm::report {

namespace {

QString fileName(const std::string &path)
{
    return QFileInfo(QString::fromStdString(path)).fileName();
}

QString dateOf(const ComparedSession &s)
{
    return s.session.info.date.empty() ? Report::tr("no date") : formatDate(s.session.info.date);
}

// Blue up, orange down, grey otherwise: the arrow and the word carry it in black and white.
QString colourOf(Direction d)
{
    return d == Direction::Up     ? QStringLiteral("#1f5fa8")
           : d == Direction::Down ? QStringLiteral("#b34a00")
                                  : QStringLiteral("#5b6778");
}

QString changeText(const Change &c, int decimals, const QString &unit = {})
{
    const QString arrow = QString::fromStdString(std::string(arrowOf(c.direction)));
    switch (c.direction) {
    case Direction::Up:
        return Report::tr("%1 up +%2%3").arg(arrow, QLocale().toString(*c.delta(), 'f', decimals), unit);
    case Direction::Down:
        return Report::tr("%1 down −%2%3").arg(arrow, QLocale().toString(-*c.delta(), 'f', decimals), unit);
    case Direction::Same:
        return Report::tr("%1 no change").arg(arrow);
    case Direction::Unknown:
        break;
    }
    return Report::tr("%1 not comparable").arg(arrow);
}

QString changeCell(const Change &c, int decimals, const QString &unit = {})
{
    const bool moved = c.direction == Direction::Up || c.direction == Direction::Down;
    return QStringLiteral("<td style='color:%1'>%2%3%4</td>")
        .arg(colourOf(c.direction), moved ? QStringLiteral("<b>") : QString(),
             changeText(c, decimals, unit).toHtmlEscaped(), moved ? QStringLiteral("</b>") : QString());
}

const QString kTable = QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' "
                                      "style='border-collapse: collapse; border-color: #d5dbe3'>");

class TrendWriter
{
public:
    TrendWriter(Flow &flow, const Comparison &c, const Instrument &ins, const Theme &theme)
        : m_flow(flow)
        , m_c(c)
        , m_ins(ins)
        , m_theme(theme)
    {}

    void write()
    {
        writeTitlePage();
        if (m_c.hasTrend()) {
            writeChart();
            writeItems();
            writeStages();
            writeActions();
            writeTargets();
        }
        writeGaps();
        writeMethod();
    }

private:
    QString levelText(const std::optional<std::string> &level, const std::string &worksheet = {}) const
    {
        if (!level)
            return {};
        const Worksheet *w = worksheet.empty() ? nullptr : m_ins.findWorksheet(worksheet);
        for (const Level &l : w ? m_ins.levelsOf(*w) : m_ins.levels)
            if (l.id == *level)
                return QString::fromStdString(l.label);
        return QString::fromStdString(*level);
    }

    QString milestoneTitle(const std::optional<std::string> &id) const
    {
        const MilestoneContent *m = id ? m_ins.findMilestone(*id) : nullptr;
        return m ? QString::fromStdString(m->title) : Report::tr("not yet known");
    }

    QString itemTitle(const std::string &id) const
    {
        const Item *item = m_ins.findItem(id);
        const QString title = item ? QString::fromStdString(item->title) : QString::fromStdString(id);
        const Competency *comp = m_ins.competencyOfItem(id);
        return comp ? Report::tr("C%1 %2").arg(comp->number).arg(title) : title;
    }

    QString milestoneChange() const
    {
        const Change &moved = m_c.milestone.overall;
        const QString arrow = QString::fromStdString(std::string(arrowOf(moved.direction)));
        const int steps = moved.delta() ? static_cast<int>(std::lround(std::abs(*moved.delta()))) : 0;
        if (moved.direction == Direction::Up)
            return Report::tr("%1 up %n milestone(s)", nullptr, steps).arg(arrow);
        if (moved.direction == Direction::Down)
            return Report::tr("%1 down %n milestone(s)", nullptr, steps).arg(arrow);
        return changeText(moved, 0);
    }

    // A table of trend rows: the label, each session's value and level, the change first to last.
    QString trendTable(const QString &firstColumn, const std::vector<TrendRow> &rows, int decimals,
                       const QString &unit, bool items, const QString &changeUnit = {}) const
    {
        const int n = static_cast<int>(m_c.sessions.size());
        const int each = std::max(8, 42 / n);
        QString html = kTable + QStringLiteral("<tr><th>%1</th>").arg(firstColumn.toHtmlEscaped());
        for (const ComparedSession &s : m_c.sessions)
            html += QStringLiteral("<th width='%1%'>%2</th>").arg(each).arg(dateOf(s).toHtmlEscaped());
        html += QStringLiteral("<th width='20%'>%1</th></tr>").arg(Report::tr("Change").toHtmlEscaped());
        for (const TrendRow &r : rows) {
            const QString label = items ? itemTitle(r.id) : QString::fromStdString(r.label);
            html += QStringLiteral("<tr><td>%1</td>").arg(label.toHtmlEscaped());
            for (std::size_t s = 0; s < r.values.size(); ++s) {
                const QString level = levelText(r.levels[s], r.stageIds.empty() ? std::string() : r.id);
                html += QStringLiteral("<td>%1</td>")
                            .arg(r.values[s] ? (QLocale().toString(*r.values[s], 'f', decimals) + unit +
                                                QLatin1Char(' ') + level)
                                                   .toHtmlEscaped()
                                             : QStringLiteral("–"));
            }
            html += changeCell(r.overall, decimals, changeUnit) + QStringLiteral("</tr>");
        }
        return html + QStringLiteral("</table>");
    }

    void writeTitlePage()
    {
        const ComparedSession &last = m_c.sessions.back();
        m_flow.space(m_flow.mm(10));
        m_flow.drawing(m_flow.mm(2.5), [&](QPainter &p, const QRectF &r) { p.fillRect(r, m_theme.accent); });
        m_flow.space(m_flow.mm(12));
        QString html = QStringLiteral("<p class='muted' style='font-size:12pt'>%1</p>")
                           .arg(Report::tr("CX Maturity Trend Report"));
        html += QStringLiteral("<p style='font-size:24pt; font-weight:bold; margin-bottom:4pt'>%1</p>")
                    .arg(last.session.info.organization.empty() ? Report::tr("Organisation not named")
                                                                : esc(last.session.info.organization));
        if (m_c.hasTrend())
            html += QStringLiteral("<p style='font-size:14pt'>%1</p>")
                        .arg(Report::tr("%1 sessions, %2 to %3")
                                 .arg(m_c.sessions.size())
                                 .arg(dateOf(m_c.sessions.front()), dateOf(last))
                                 .toHtmlEscaped());
        else
            html += QStringLiteral("<p style='font-size:14pt'>%1</p>")
                        .arg(Report::tr("Perception gap").toHtmlEscaped());
        m_flow.html(html);
        m_flow.space(m_flow.mm(4));

        QString table =
            kTable +
            QStringLiteral("<tr><th width='5%'>#</th><th width='12%'>%1</th><th>%2</th>"
                           "<th width='11%'>%3</th><th width='15%'>%4</th><th width='10%'>%5</th></tr>")
                .arg(Report::tr("Date"), Report::tr("Session"), Report::tr("People"), Report::tr("Milestone"),
                     Report::tr("Overall"));
        for (std::size_t s = 0; s < m_c.sessions.size(); ++s) {
            const ComparedSession &cs = m_c.sessions[s];
            QString what = esc(cs.session.info.title.empty() ? std::string("–") : cs.session.info.title);
            what +=
                QStringLiteral("<br/><span class='muted'>%1</span>").arg(fileName(cs.file).toHtmlEscaped());
            if (s > 0 && !cs.follows.empty() && cs.follows == m_c.sessions[s - 1].uuid)
                what += QStringLiteral("<span class='muted'>%1</span>")
                            .arg(Report::tr(", the follow-up of %1").arg(s));
            table +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(s + 1)
                    .arg(dateOf(cs).toHtmlEscaped(), what)
                    .arg(cs.session.participants.size())
                    .arg(milestoneTitle(m_c.scores[s].milestone).toHtmlEscaped(),
                         m_c.scores[s].overall ? formatPercent(*m_c.scores[s].overall) : Report::tr("–"));
        }
        m_flow.html(table + QStringLiteral("</table>"), true);
        m_flow.space(m_flow.mm(4));
        for (const std::string &w : m_c.warnings)
            m_flow.html(QStringLiteral("<p class='warn'>%1</p>")
                            .arg(Report::tr("Note: %1").arg(QString::fromStdString(w)).toHtmlEscaped()));
        if (!m_c.hasTrend())
            return;

        m_flow.heading(Report::tr("In brief").toHtmlEscaped());
        QStringList path, index;
        for (std::size_t s = 0; s < m_c.sessions.size(); ++s) {
            path << milestoneTitle(m_c.milestone.levels[s]);
            index << (m_c.overall.values[s] ? formatPercent(*m_c.overall.values[s])
                                            : Report::tr("not yet known"));
        }
        const auto count = [](const std::vector<TrendRow> &rows, Direction d) {
            return static_cast<int>(std::count_if(
                rows.begin(), rows.end(), [&](const TrendRow &r) { return r.overall.direction == d; }));
        };
        QString brief = QStringLiteral("<ul>");
        const auto item = [&](const QString &text) {
            brief += QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
        };
        item(Report::tr("Milestone: %1 (%2).").arg(path.join(Report::tr(" → ")), milestoneChange()));
        item(Report::tr("Overall maturity index: %1 (%2).")
                 .arg(index.join(Report::tr(" → ")),
                      changeText(m_c.overall.overall, 1, Report::tr(" points"))));
        item(Report::tr("Competencies: %1 up, %2 down, %3 unchanged.")
                 .arg(count(m_c.competencies, Direction::Up))
                 .arg(count(m_c.competencies, Direction::Down))
                 .arg(count(m_c.competencies, Direction::Same)));
        item(Report::tr("Items: %1 up, %2 down, %3 unchanged, of %4.")
                 .arg(count(m_c.items, Direction::Up))
                 .arg(count(m_c.items, Direction::Down))
                 .arg(count(m_c.items, Direction::Same))
                 .arg(m_c.items.size()));
        item(Report::tr("Actions completed since the session before: %1.").arg(m_c.actionsCompleted.size()));
        item(Report::tr("Targets met: %1 of %2.").arg(m_c.targetsMet.size()).arg(m_c.targetsChecked));
        m_flow.html(brief + QStringLiteral("</ul>"));
    }

    void writeChart()
    {
        m_flow.section(Report::tr("Maturity over time"), true);
        m_flow.html(
            QStringLiteral("<p class='muted'>%1</p>")
                .arg(Report::tr(
                         "Each competency's percentage and the overall maturity index (bold) per session, "
                         "over the milestones' bands. Each line has its own marker and dash.")
                         .toHtmlEscaped()));
        m_flow.drawing(m_flow.mm(95),
                       [&](QPainter &p, const QRectF &r) { paintTrendChart(p, r, m_c, m_ins, m_theme); });
        m_flow.space(m_flow.mm(4));
        m_flow.heading(Report::tr("Competencies").toHtmlEscaped());
        m_flow.html(trendTable(Report::tr("Competency"), m_c.competencies, 1, Report::tr("%"), false,
                               Report::tr(" points")),
                    true);
    }

    void writeItems()
    {
        m_flow.section(Report::tr("Items"), true);
        m_flow.html(
            QStringLiteral("<p class='muted'>%1</p>")
                .arg(Report::tr(
                         "Each item's team value: the agreed rating where the team recorded one, else the "
                         "mean of the ratings (1 Early, 2 Advanced, 3 Mature).")
                         .toHtmlEscaped()));
        m_flow.html(trendTable(Report::tr("Item"), m_c.items, 2, {}, true), true);
    }

    void writeStages()
    {
        for (const Worksheet &w : m_ins.worksheets) {
            std::vector<TrendRow> rows;
            for (const TrendRow &r : m_c.stages)
                if (r.id == w.id)
                    rows.push_back(r);
            if (rows.empty())
                continue;
            m_flow.section(Report::tr("Journey stages: %1").arg(QString::fromStdString(w.title)), false);
            m_flow.html(
                QStringLiteral("<p class='muted'>%1</p>")
                    .arg(Report::tr(
                             "Each stage's value from 1 to 3; a follow-up's stages are matched by their "
                             "ids, other sessions' by name.")
                             .toHtmlEscaped()));
            m_flow.html(trendTable(Report::tr("Stage"), rows, 2, {}, false), true);
        }
    }

    void writeActions()
    {
        m_flow.section(Report::tr("Actions completed since the session before"), false);
        if (m_c.actionsCompleted.empty()) {
            m_flow.html(QStringLiteral("<p>%1</p>").arg(Report::tr("None.")));
            return;
        }
        QString html =
            kTable + QStringLiteral("<tr><th>%1</th><th width='18%'>%2</th><th width='28%'>%3</th></tr>")
                         .arg(Report::tr("Action"), Report::tr("Done by"), Report::tr("Before"));
        for (const CompletedAction &a : m_c.actionsCompleted)
            html += QStringLiteral("<tr><td>✓ %1</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(a.action.title), dateOf(m_c.sessions[a.session]).toHtmlEscaped(),
                             (!a.was ? Report::tr("new since the session before")
                              : *a.was == ActionStatus::InProgress
                                  ? Report::tr("in progress", "action status inside a sentence")
                              : *a.was == ActionStatus::Dropped
                                  ? Report::tr("dropped", "action status inside a sentence")
                                  : Report::tr("open", "action status inside a sentence"))
                                 .toHtmlEscaped());
        m_flow.html(html + QStringLiteral("</table>"), true);
    }

    void writeTargets()
    {
        m_flow.section(Report::tr("Targets met"), false);
        m_flow.html(
            QStringLiteral("<p>%1</p>")
                .arg(Report::tr(
                         "%1 of the %2 targets not yet reached when they were set (or carried over) reached "
                         "their level by the next session.")
                         .arg(m_c.targetsMet.size())
                         .arg(m_c.targetsChecked)
                         .toHtmlEscaped()));
        if (m_c.targetsMet.empty())
            return;
        QString html = kTable + QStringLiteral("<tr><th>%1</th><th width='16%'>%2</th><th width='16%'>%3</th>"
                                               "<th width='12%'>%4</th><th width='22%'>%5</th></tr>")
                                    .arg(Report::tr("Item"), Report::tr("Level"), Report::tr("Reached by"),
                                         Report::tr("Value"), Report::tr("Due"));
        for (const MetTarget &t : m_c.targetsMet) {
            QString name = itemTitle(t.target.item);
            if (!t.stageName.empty())
                name = Report::tr("%1 (%2)").arg(name, QString::fromStdString(t.stageName));
            const Worksheet *w = m_ins.worksheetOfItem(t.target.item);
            const QString level =
                w ? QString::fromStdString(
                        m_ins.levelsOf(*w)[static_cast<std::size_t>(ratingValue(t.target.level) - 1)].label)
                  : QString::fromStdString(std::string(toString(t.target.level)));
            const QString due = t.due.empty() ? Report::tr("no date set")
                                : !t.onTime   ? formatDate(t.due)
                                : *t.onTime   ? Report::tr("%1, on time").arg(formatDate(t.due))
                                              : Report::tr("%1, later than due").arg(formatDate(t.due));
            html += QStringLiteral("<tr><td>✓ %1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(name.toHtmlEscaped(), level.toHtmlEscaped(),
                             dateOf(m_c.sessions[t.metIn]).toHtmlEscaped(), formatMean(t.value),
                             due.toHtmlEscaped());
        }
        m_flow.html(html + QStringLiteral("</table>"), true);
    }

    void writeGaps()
    {
        for (const PerceptionGap &g : m_c.perceptionGaps) {
            m_flow.section(Report::tr("Perception gap: %1").arg(QString::fromStdString(g.leader)),
                           m_c.hasTrend());
            const QString against =
                g.previousFile.empty()
                    ? Report::tr("%1's self-assessment (%2) against the team's answers in %3.")
                          .arg(QString::fromStdString(g.leader), fileName(g.file), fileName(g.teamFile))
                    : Report::tr("%1's self-assessment (%2) against the team's answers in %3, and the team's "
                                 "answers "
                                 "last time in %4.")
                          .arg(QString::fromStdString(g.leader), fileName(g.file), fileName(g.teamFile),
                               fileName(g.previousFile));
            m_flow.html(
                QStringLiteral("<p>%1</p><p>%2</p>")
                    .arg(against.toHtmlEscaped(),
                         Report::tr("%1 of %2 items placed at another level than the team places them.")
                             .arg(g.differing())
                             .arg(g.items.size())
                             .toHtmlEscaped()));
            QString html =
                kTable + QStringLiteral("<tr><th>%1</th><th width='13%'>%2</th><th width='13%'>%3</th>"
                                        "<th width='13%'>%4</th><th width='22%'>%5</th></tr>")
                             .arg(Report::tr("Item"), Report::tr("You"), Report::tr("Team"),
                                  Report::tr("Last time"), Report::tr("Gap"));
            for (const GapItem &i : g.items) {
                const auto level = [&](const std::optional<std::string> &l) {
                    return l ? levelText(l) : Report::tr("not rated");
                };
                const QString gap = i.direction == Direction::Up     ? Report::tr("▲ you rate higher")
                                    : i.direction == Direction::Down ? Report::tr("▼ you rate lower")
                                    : i.direction == Direction::Same ? Report::tr("▬ same level")
                                                                     : Report::tr("– not comparable");
                const bool differs = i.direction == Direction::Up || i.direction == Direction::Down;
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>"
                                       "<td style='color:%5'>%6%7%8</td></tr>")
                            .arg(itemTitle(i.item).toHtmlEscaped(), level(i.selfLevel).toHtmlEscaped(),
                                 level(i.teamLevel).toHtmlEscaped(),
                                 g.previousFile.empty() ? Report::tr("–")
                                                        : level(i.previousLevel).toHtmlEscaped(),
                                 colourOf(i.direction), differs ? QStringLiteral("<b>") : QString(),
                                 gap.toHtmlEscaped(), differs ? QStringLiteral("</b>") : QString());
            }
            m_flow.html(html + QStringLiteral("</table>"), true);
        }
    }

    void writeMethod()
    {
        m_flow.section(Report::tr("How to read this report"), false);
        QString html =
            QStringLiteral("<p>%1</p>")
                .arg(Report::tr(
                         "▲ up, ▼ down, ▬ no change: the arrow and the word say which way a figure moved "
                         "from the first session to the last, so the report reads in black and white; "
                         "blue (up) and orange (down) repeat it in colour. A change smaller than the "
                         "printed precision (0.01 on the 1–3 scale, 0.1 points of a percentage) counts "
                         "as no change.")
                         .toHtmlEscaped());
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(
                    Report::tr(
                        "Figures are the scoring engine's for each session, as in each session's own report. "
                        "Sessions are ordered by date, then a session before its follow-up. An action counts "
                        "as completed when it is done in a session and was open, in progress or absent in "
                        "the "
                        "session before; a target counts as met when its item had not reached the level in "
                        "the session that set it and has in the next. A leader's self-assessment is held "
                        "against the latest workshop, level by level.")
                        .toHtmlEscaped());
        m_flow.html(html);
    }

    Flow &m_flow;
    const Comparison &m_c;
    const Instrument &m_ins;
    const Theme &m_theme;
};

struct Pass
{
    int pages = 0;
    std::vector<Bookmark> bookmarks;
};

Pass paintPass(QPagedPaintDevice &device, const Comparison &c, const Instrument &ins, int totalPages)
{
    const Theme theme = Theme::print();
    QPainter painter;
    if (!painter.begin(&device))
        throw Error("the trend report could not start painting on its output device");
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QString header = Report::tr("CX Maturity Trend Report");
    if (!c.sessions.back().session.info.organization.empty())
        header += QStringLiteral(" · ") + QString::fromStdString(c.sessions.back().session.info.organization);
    PageFlow flow(painter, device, theme, header, totalPages);
    TrendWriter(flow, c, ins, theme).write();
    painter.end();
    return {flow.pageCount(), flow.bookmarks()};
}

std::vector<Bookmark> paintBoth(QPagedPaintDevice &device, const Comparison &c, const Instrument &ins)
{
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter counter(&scratch);
    counter.setResolution(device.logicalDpiY());
    counter.setPageLayout(device.pageLayout());
    const Pass first = paintPass(counter, c, ins, 0);
    return paintPass(device, c, ins, first.pages).bookmarks;
}

} // namespace

void renderTrendReport(QPagedPaintDevice &device, const Comparison &comparison, const Instrument &instrument)
{
    paintBoth(device, comparison, instrument);
}

void writeTrendReport(const Comparison &comparison, const Instrument &instrument,
                      const ReportOptions &options, const QString &pdfPath)
{
    const SessionInfo &last = comparison.sessions.back().session.info;
    PdfMetadata meta;
    meta.title = Report::tr("%1: CX maturity trend, %2 to %3")
                     .arg(last.organization.empty() ? Report::tr("Organisation not named")
                                                    : QString::fromStdString(last.organization),
                          dateOf(comparison.sessions.front()), dateOf(comparison.sessions.back()));
    meta.author = QString::fromStdString(last.facilitator);
    meta.subject = Report::tr("CX Maturity Trend Report");
    writePdfFile(pdfPath, options, std::move(meta),
                 [&](QPagedPaintDevice &device) { return paintBoth(device, comparison, instrument); });
}

} // namespace cxm::report
