// The report's sections for the worksheet kinds that do not feed the maturity map: a tracked
// worksheet (which metrics the company tracks and discusses, and how hard each would be to track)
// and a lists worksheet (the entries the team wrote under headings, in columns). Everything the
// team typed (names of metrics, notes, entries) is user text: escaped, and masked in an anonymous
// report.
#include "ReportContext.h"

#include <algorithm>
#include <cmath>

namespace cxm::report {

namespace {

// A difficulty the team agreed is a whole step of the barometer; a mean prints like every mean in
// the report, with two decimals (also when it happens to be whole: 4.00 is the mean of 3 and 5).
QString formatDifficulty(double d, bool agreed)
{
    return agreed ? QString::number(static_cast<int>(std::lround(d))) : formatMean(d);
}

// A barometer label with the number it stands for: "1 = Easy" from "1 Easy" or "Easy".
QString barometerStep(const Worksheet &w, std::size_t index)
{
    const QString number = QString::number(index + 1);
    QString label = QString::fromStdString(w.barometer[index]);
    if (label.startsWith(number + QLatin1Char(' ')))
        label = label.mid(number.size() + 1);
    return QStringLiteral("%1 = %2").arg(number, label.toHtmlEscaped());
}

// The difficulty as boxes filled up to the rounded value, and as a number, so it reads the same in
// the PDF's text: "■■■■□ 3.5 of 5".
QString barometerCells(double difficulty, int size, bool agreed)
{
    const int filled = std::clamp(static_cast<int>(std::lround(difficulty)), 0, size);
    return QStringLiteral("<span class='accent'>%1</span><span class='muted'>%2</span> %3")
        .arg(QString(filled, QChar(0x25A0)), QString(size - filled, QChar(0x25A1)),
             Report::tr("%1 of %2").arg(formatDifficulty(difficulty, agreed)).arg(size));
}

} // namespace

void writeTracked(Context &cx, const Worksheet &w)
{
    Flow &flow = cx.flow;
    flow.section(QString::fromStdString(w.title), false);
    const WorksheetScore *ws = cx.score.findWorksheet(w.id);
    if (!ws || !ws->tracked)
        return;
    const TrackedScore &ts = *ws->tracked;
    const int size = static_cast<int>(w.barometer.size());

    QString intro;
    if (!w.introduction.empty())
        intro += QStringLiteral("<p class='muted'>%1</p>").arg(cx.workbook(w.introduction));
    if (size > 0) {
        intro += QStringLiteral("<p class='muted'>%1")
                     .arg(Report::tr("Difficulty is shown on the %1, from %2 to %3.")
                              .arg(esc(w.barometerTitle.empty() ? std::string("barometer of difficulty")
                                                                : w.barometerTitle),
                                   barometerStep(w, 0), barometerStep(w, w.barometer.size() - 1)));
        if (w.barometerSource == TextSource::App)
            intro += QLatin1Char(' ') +
                     Report::tr("The barometer's scale is this app's own; the workbook gives none.");
        intro += QStringLiteral("</p>");
    }
    if (!cx.self())
        intro += QStringLiteral("<p class='muted'>%1</p>")
                     .arg(Report::tr(
                         "The team's answer is its recorded decision, otherwise the majority of those who "
                         "answered; the difficulty is the team's, otherwise the mean of everyone's."));
    flow.html(intro, true);

    if (ts.items.empty()) {
        flow.html(QStringLiteral("<p>%1</p>")
                      .arg(Report::tr("No metrics were named or answered in this session.")));
        return;
    }

    // The team's note spans the row under its metric, so the metric's name and the note each get
    // the width to stay on one or two lines (and read as one phrase in the PDF's text).
    QString html = QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' "
                                  "style='border-collapse: collapse; border-color: #d5dbe3'>");
    html += QStringLiteral("<tr><th width='42%'>%1</th><th width='34%'>%2</th><th>%3</th></tr>")
                .arg(Report::tr("Metric"), cx.self() ? Report::tr("Answer") : Report::tr("Team answer"),
                     Report::tr("Difficulty"));
    bool namedHeadingWritten = false;
    for (const TrackedItemScore &is : ts.items) {
        const Item *item = w.findItem(is.id);
        if (!item)
            continue;
        if (item->named && !namedHeadingWritten && !w.namedTitle.empty()) {
            html += QStringLiteral("<tr><td colspan='3'><b>%1</b> <span class='muted'>%2</span></td></tr>")
                        .arg(esc(w.namedTitle), Report::tr("(named by the team)"));
            namedHeadingWritten = true;
        }
        const QString metric = item->named ? cx.text(cx.session.itemName(item->id)) : esc(item->title);
        QString answer =
            is.tracked == TeamAnswer::Unanswered ? Report::tr("Not answered") : cx.answerLabel(is.tracked, w);
        if (!cx.self() && is.yes + is.no > 0)
            answer += QStringLiteral("<br/><span class='muted'>%1</span>")
                          .arg(Report::tr("%1 yes, %2 no%3")
                                   .arg(is.yes)
                                   .arg(is.no)
                                   .arg(is.fromConsensus ? Report::tr("; agreed") : QString()));
        const TrackedConsensus *agreed = cx.session.findTrackedConsensus(item->id);
        const QString difficulty = is.difficulty && size > 0
                                       ? barometerCells(*is.difficulty, size, agreed && agreed->difficulty)
                                       : Report::tr("Not rated");
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td style='white-space: nowrap'>%3</td></tr>")
                    .arg(metric, answer, difficulty);
        if (agreed && !agreed->note.empty())
            html +=
                QStringLiteral("<tr><td colspan='3'><i>%1</i> %2</td></tr>")
                    .arg(cx.self() ? Report::tr("Note:") : Report::tr("Team note:"), cx.text(agreed->note));
    }
    html += QStringLiteral("</table>");
    flow.html(html);

    const int metrics = static_cast<int>(ts.items.size());
    QString summary = Report::tr("%1 of %2 metrics are tracked and discussed").arg(ts.tracked).arg(metrics);
    if (ts.meanUntrackedDifficulty && size > 0)
        summary += Report::tr("; the untracked ones have a mean difficulty of %1 of %2.")
                       .arg(formatDifficulty(*ts.meanUntrackedDifficulty, false))
                       .arg(size);
    else
        summary += QLatin1Char('.');
    if (ts.split > 0)
        summary +=
            QLatin1Char(' ') + (ts.split == 1 ? Report::tr("The team is split on 1 metric.")
                                              : Report::tr("The team is split on %1 metrics.").arg(ts.split));
    if (ts.unanswered > 0)
        summary += QLatin1Char(' ') +
                   (ts.unanswered == 1 ? Report::tr("1 metric is not answered yet.")
                                       : Report::tr("%1 metrics are not answered yet.").arg(ts.unanswered));
    flow.html(QStringLiteral("<p style='font-size:11pt'>%1</p>").arg(summary), true);
}

void writeStageScale(Context &cx, const Worksheet &w, const WorksheetScore *score)
{
    Flow &flow = cx.flow;
    flow.section(QString::fromStdString(w.title), false);
    if (!w.introduction.empty())
        flow.html(QStringLiteral("<p class='muted'>%1</p>").arg(cx.workbook(w.introduction)));
    if (!score || score->stages.empty()) {
        flow.html(QStringLiteral("<p>%1</p>").arg(Report::tr("The journey's stages are not defined yet.")));
        return;
    }
    writeJourneyStrip(cx, w);
    const auto &levels = cx.instrument.levelsOf(w);
    QStringList legend;
    for (const auto &l : levels)
        legend << QStringLiteral("%1 = %2").arg(QString::number(l.value), esc(l.label));
    flow.html(
        QStringLiteral("<p class='muted'>%1 %2</p>")
            .arg(legend.join(QStringLiteral(" · ")),
                 cx.self()
                     ? QString()
                     : Report::tr(
                           "▲ marks a stage where someone gave the lowest level and someone the highest.")));
    std::vector<qreal> widths{0.28};
    QStringList headings{Report::tr("Stage")};
    for (const auto &item : w.items) {
        widths.push_back(0.72 / static_cast<qreal>(w.items.size()));
        headings << QString::fromStdString(item.title);
    }
    std::vector<QStringList> rows;
    for (std::size_t st = 0; st < score->stages.size() && st < cx.session.stages.size(); ++st) {
        const auto &[stageId, cs] = score->stages[st];
        QStringList row{QStringLiteral("%1. %2").arg(st + 1).arg(cx.plain(cx.session.stages[st].name))};
        for (const auto &item : w.items) {
            QString cell = Report::tr("not rated");
            for (const auto &is : cs.items) {
                if (is.id != item.id || !is.value)
                    continue;
                // The level of the mean by the scoring's thresholds, as a competency's level.
                const std::string id = ScoringEngine(cx.instrument).levelFor(*is.value);
                std::size_t level = 0;
                for (std::size_t i = 0; i < cx.instrument.scoring.competencyLevels.size(); ++i)
                    if (cx.instrument.scoring.competencyLevels[i].id == id)
                        level = std::min(i, levels.size() - 1);
                cell = QStringLiteral("%1 — %2").arg(formatMean(*is.value),
                                                     QString::fromStdString(levels[level].label));
                if (is.consensus)
                    cell = Report::tr("%1 (agreed)")
                               .arg(QString::fromStdString(
                                   levels[static_cast<std::size_t>(ratingValue(*is.consensus) - 1)].label));
                if (!cx.self())
                    cell += QLatin1Char('\n') + Report::tr("ratings %1 · %2 · %3")
                                                    .arg(is.counts[0])
                                                    .arg(is.counts[1])
                                                    .arg(is.counts[2]);
                if (is.counts[0] > 0 && is.counts[2] > 0)
                    cell += QStringLiteral(" ▲");
            }
            row << cell;
        }
        rows.push_back(std::move(row));
    }
    flow.table(widths, headings, rows);
    flow.space(flow.mm(2));
}

void writeStages(Context &cx, const Worksheet &w)
{
    Flow &flow = cx.flow;
    flow.section(QString::fromStdString(w.title), false);
    if (!w.introduction.empty())
        flow.html(QStringLiteral("<p class='muted'>%1</p>").arg(cx.workbook(w.introduction)));
    if (cx.session.stages.empty()) {
        flow.html(QStringLiteral("<p>%1</p>").arg(Report::tr("The journey's stages are not defined yet.")));
        return;
    }
    // The team's words: plain text, masked in an anonymous report.
    std::vector<QStringList> rows;
    for (std::size_t i = 0; i < cx.session.stages.size(); ++i) {
        const Stage &stage = cx.session.stages[i];
        QStringList questions;
        for (const auto &q : stage.questions)
            questions << cx.plain(q);
        rows.push_back({QString::number(i + 1), cx.plain(stage.name), cx.plain(stage.replaces),
                        questions.join(QLatin1Char('\n'))});
    }
    flow.table({0.06, 0.30, 0.22, 0.42},
               {Report::tr("Stage"), Report::tr("As customers live it"), Report::tr("Replaces"),
                Report::tr("The customer's questions")},
               rows);
    flow.space(flow.mm(2));
}

namespace {

// A lists worksheet answered per stage (ALWAYS / NEVER): a table per stage, a row per heading and a
// column per list, each cell the list's entries one per line.
void writeStageLists(Context &cx, const Worksheet &w)
{
    Flow &flow = cx.flow;
    if (cx.session.stages.empty()) {
        flow.html(QStringLiteral("<p>%1</p>").arg(Report::tr("The journey's stages are not defined yet.")));
        return;
    }
    std::vector<qreal> widths{0.24};
    QStringList titles{QString()};
    for (const Heading &c : w.columns) {
        widths.push_back(0.76 / static_cast<qreal>(w.columns.size()));
        titles << QString::fromStdString(c.title);
    }
    for (std::size_t i = 0; i < cx.session.stages.size(); ++i) {
        const Stage &stage = cx.session.stages[i];
        std::vector<QStringList> rows;
        for (const Heading &h : w.headings) {
            QStringList row{QString::fromStdString(h.title)};
            for (const Heading &c : w.columns) {
                QStringList lines;
                for (const std::string &e : cx.session.listEntries(w.id, h.id, c.id, stage.id))
                    lines << QStringLiteral("• ") + cx.plain(e);
                row << (lines.isEmpty() ? Report::tr("None listed") : lines.join(QLatin1Char('\n')));
            }
            rows.push_back(std::move(row));
        }
        flow.heading(Report::tr("Stage %1: %2").arg(i + 1).arg(cx.text(stage.name)), 3);
        flow.table(widths, titles, rows);
        flow.space(flow.mm(2));
    }
}

} // namespace

void writeLists(Context &cx, const Worksheet &w)
{
    Flow &flow = cx.flow;
    flow.section(QString::fromStdString(w.title), false);
    if (!w.introduction.empty())
        flow.html(QStringLiteral("<p class='muted'>%1</p>").arg(cx.workbook(w.introduction)));
    if (!w.prompt.empty())
        flow.html(QStringLiteral("<p><i>%1</i></p>").arg(cx.workbook(w.prompt)));
    if (w.columns.empty())
        return;
    if (w.scope == WorksheetScope::Stage) {
        writeStageLists(cx, w);
        return;
    }
    const std::vector<qreal> widths(w.columns.size(), 1.0 / static_cast<qreal>(w.columns.size()));
    QStringList titles;
    for (const Heading &c : w.columns)
        titles << QString::fromStdString(c.title);
    for (const Heading &h : w.headings) {
        std::vector<std::vector<std::string>> entries;
        std::size_t rowCount = 1; // "None listed" when every column is empty
        for (const Heading &c : w.columns) {
            entries.push_back(cx.session.listEntries(w.id, h.id, c.id));
            rowCount = std::max(rowCount, entries.back().size());
        }
        std::vector<QStringList> rows(rowCount);
        for (std::size_t r = 0; r < rowCount; ++r)
            for (const auto &column : entries)
                rows[r] << (r < column.size() ? cx.plain(column[r])
                            : r == 0          ? Report::tr("None listed")
                                              : QString());
        flow.heading(esc(h.title), 3);
        flow.table(widths, titles, rows);
        flow.space(flow.mm(2));
    }
}

} // namespace cxm::report
