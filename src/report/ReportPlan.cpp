// The report's plan: the 30-second brief on page 2 (where the organisation stands, the biggest
// gaps, the next actions, what the readiness answers recommend), the action plan, the gaps to the
// targets and the roadmap. User text (titles, notes, owners) goes through the context's text() or
// plain(), so it prints literally and an anonymous report masks participants' names in it.
#include "ReportContext.h"

#include "Plan.h"
#include "PlanWords.h"
#include "RoadmapPainter.h"
#include "TargetGaps.h"

#include <algorithm>

namespace cxm::report {

namespace {

QString actionPlanTitle()
{
    return Report::tr("Action plan");
}

// An item's name for a reader: "C1 Culture", or for a per-stage item "Its title (Stage 4: name)".
QString itemWords(const Context &cx, const std::string &item, const std::string &scope)
{
    const QString title = QString::fromStdString(addressTitle("item:" + item, cx.instrument, cx.session));
    if (scope.empty())
        return title;
    return QStringLiteral("%1 (%2)").arg(
        title, cx.plain(addressWords("stage:" + scope, cx.instrument, cx.session).toStdString()));
}

// A level's name on the item's own scale ("Advanced", "Mostly Reliable").
QString levelWords(const Context &cx, const std::string &item, int level)
{
    const Worksheet *w = cx.instrument.worksheetOfItem(item);
    const auto &levels = w ? cx.instrument.levelsOf(*w) : cx.instrument.levels;
    for (const Level &l : levels)
        if (l.value == level)
            return QString::fromStdString(l.label);
    return QString::number(level);
}

QString levelOfValueWords(const Context &cx, const std::string &item, double value)
{
    return levelWords(cx, item, levelOfValue(value));
}

// "by 2027-12-31", "within 12 months (by 2027-11-20)", or "no date".
QString byWords(const Context &cx, const Target &t)
{
    if (!t.date.empty())
        return Report::tr("by %1").arg(formatDate(t.date));
    if (t.months > 0) {
        const std::string date = targetDate(t, cx.session.info);
        const QString within =
            t.months == 1 ? Report::tr("within 1 month") : Report::tr("within %1 months").arg(t.months);
        return date.empty() ? within : Report::tr("%1 (by %2)").arg(within, formatDate(date));
    }
    return Report::tr("no date set");
}

QString ownerWords(const Context &cx, const Action &a)
{
    if (!a.owner.empty())
        if (const Participant *p = cx.session.findParticipant(a.owner))
            return cx.plain(p->name);
    if (!a.ownerName.empty())
        return cx.plain(a.ownerName);
    return Report::tr("no owner");
}

// The actions still to do (open or in progress), soonest due first, then undated, in the plan's order.
std::vector<const Action *> nextActions(const Session &session)
{
    std::vector<const Action *> next;
    for (const Action &a : session.actions)
        if (a.status == ActionStatus::Open || a.status == ActionStatus::InProgress)
            next.push_back(&a);
    std::stable_sort(next.begin(), next.end(), [](const Action *a, const Action *b) {
        if (a->due.empty() != b->due.empty())
            return !a->due.empty();
        return a->due < b->due;
    });
    return next;
}

// Where a band of the mandate stands among the instrument's bands: 0 the lowest; -1 unknown.
int mandateRank(const Context &cx)
{
    if (!cx.score.readiness.mandate)
        return -1;
    const auto &bands = cx.instrument.scoring.mandate;
    for (std::size_t i = 0; i < bands.size(); ++i)
        if (bands[i].id == *cx.score.readiness.mandate)
            return static_cast<int>(i);
    return -1;
}

// The workbook's team resources for a milestone: its own stage, or the last stage for a milestone
// beyond them all (Mature, Elevate), or the first.
const TeamResourceStage *resourcesFor(const Instrument &ins, const std::optional<std::string> &milestone)
{
    if (ins.teamResources.empty())
        return nullptr;
    if (!milestone)
        return &ins.teamResources.front();
    int at = -1;
    for (std::size_t i = 0; i < ins.milestones.size(); ++i)
        if (ins.milestones[i].id == *milestone)
            at = static_cast<int>(i);
    const TeamResourceStage *best = &ins.teamResources.front();
    for (const auto &stage : ins.teamResources)
        for (std::size_t i = 0; i < ins.milestones.size(); ++i)
            if (ins.milestones[i].id == stage.milestone && static_cast<int>(i) <= at)
                best = &stage;
    return best;
}

void writeStanding(Context &cx)
{
    cx.flow.html(QStringLiteral("<h3>%1</h3>").arg(Report::tr("Where the organisation stands")) +
                     standingHtml(cx),
                 true);
}

void writeBiggestGaps(Context &cx)
{
    const auto gaps = targetGaps(cx.session, cx.instrument, cx.score);
    QStringList lines;
    for (const auto &g : gaps) {
        if (!g.gap() || *g.gap() <= 1e-9 || lines.size() == 5)
            continue;
        lines << Report::tr("<b>%1</b>: %2 now, target %3 %4 (a gap of %5)")
                     .arg(itemWords(cx, g.target.item, g.target.scope).toHtmlEscaped(),
                          formatMean(*g.current),
                          levelWords(cx, g.target.item, ratingValue(g.target.level)).toHtmlEscaped(),
                          byWords(cx, g.target).toHtmlEscaped(), formatMean(*g.gap()));
    }
    QString html;
    if (!lines.isEmpty()) {
        html = QStringLiteral("<h3>%1</h3><ol>")
                   .arg(lines.size() == 1 ? Report::tr("The gap to the target")
                                          : Report::tr("The biggest gaps to the targets"));
        for (const QString &l : lines)
            html += QStringLiteral("<li>%1</li>").arg(l);
        html += QStringLiteral("</ol>");
    } else {
        // No target left open: the weakest items, the three lowest and any tied with the third, at most five.
        std::vector<std::pair<double, std::string>> items;
        for (const auto &c : cx.score.competencies)
            for (const auto &i : c.items)
                if (i.value)
                    items.emplace_back(*i.value, i.id);
        std::stable_sort(items.begin(), items.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        std::size_t n = std::min<std::size_t>(3, items.size());
        while (n > 0 && n < items.size() && n < 5 &&
               formatMean(items[n].first) == formatMean(items[n - 1].first))
            ++n;
        if (n == 0)
            return;
        html = QStringLiteral("<h3>%1</h3><p class='muted'>%2</p><ol>")
                   .arg(Report::tr("The weakest items"),
                        gaps.empty()
                            ? Report::tr("No targets are set yet; these items have the lowest values now.")
                            : Report::tr(
                                  "Every target set is reached; these items have the lowest values now."));
        for (std::size_t i = 0; i < n; ++i)
            html += QStringLiteral("<li><b>%1</b>: %2 (%3)</li>")
                        .arg(itemWords(cx, items[i].second, {}).toHtmlEscaped(), formatMean(items[i].first),
                             levelOfValueWords(cx, items[i].second, items[i].first).toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    cx.flow.html(html, true);
}

void writeNextActions(Context &cx)
{
    const auto next = nextActions(cx.session);
    QString html = QStringLiteral("<h3>%1</h3>").arg(Report::tr("Next actions"));
    if (cx.session.actions.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(Report::tr("No actions are in the plan yet."));
        const auto suggestions = suggestActions(cx.session, cx.instrument, cx.score);
        if (!suggestions.empty()) {
            html += QStringLiteral("<p class='muted'>%1</p><ul>")
                        .arg(Report::tr("The workbench suggests, from the answers (not yet agreed):"));
            for (std::size_t i = 0; i < suggestions.size() && i < 3; ++i)
                html += QStringLiteral("<li>%1</li>")
                            .arg(suggestionWords(suggestions[i], cx.instrument, cx.session, cx.score)
                                     .title.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
    } else if (next.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(Report::tr("Every action in the plan is done or dropped."));
    } else {
        html += QStringLiteral("<ol>");
        for (std::size_t i = 0; i < next.size() && i < 5; ++i) {
            const Action &a = *next[i];
            const QString due = a.due.empty() ? Report::tr("no due date")
                                              : Report::tr("due %1").arg(formatDate(a.due).toHtmlEscaped());
            html += QStringLiteral("<li><b>%1</b> <span class='muted'>(%2)</span><br/>%3, %4</li>")
                        .arg(cx.text(a.title), statusWordsInline(a.status), ownerWords(cx, a).toHtmlEscaped(),
                             due);
        }
        html += QStringLiteral("</ol>");
        if (next.size() > 5)
            html += QStringLiteral("<p class='muted'>%1</p>")
                        .arg(Report::tr("And %1 more still to do: see “%2”%3.")
                                 .arg(next.size() - 5)
                                 .arg(actionPlanTitle(), cx.pageOf(actionPlanTitle())));
    }
    cx.flow.html(html, true);
}

// The plain recommendation the readiness answers make, with the workbook's team resources for it.
void writeRecommendation(Context &cx)
{
    const ReadinessScore &rd = cx.score.readiness;
    const Instrument &ins = cx.instrument;
    QString html = QStringLiteral("<h3>%1</h3>").arg(Report::tr("What the readiness answers recommend"));
    const int rank = mandateRank(cx);
    if (rank < 0) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(Report::tr("No recommendation yet: %1 of %2 readiness questions are unanswered.")
                             .arg(rd.unanswered)
                             .arg(rd.answers.size()));
        cx.flow.html(html, true);
        return;
    }
    const int top = static_cast<int>(ins.scoring.mandate.size()) - 1;
    const QString counted = (cx.self() ? Report::tr("%1 of %2 readiness questions answered No")
                                       : Report::tr("%1 of %2 readiness questions answered No or split"))
                                .arg(rd.gaps())
                                .arg(rd.answers.size());
    const TeamResourceStage *stage = nullptr;
    if (rank == top && top > 0) {
        html += QStringLiteral("<p style='font-size:11pt'>%1</p>")
                    .arg(Report::tr("<b>Create the role</b>: a %1 mandate for a Chief Customer Officer (%2).")
                             .arg(bandWords(*rd.mandate), counted));
        stage = ins.teamResources.empty() ? nullptr : &ins.teamResources.front();
    } else if (rank > 0) {
        html += QStringLiteral("<p style='font-size:11pt'>%1</p>")
                    .arg(Report::tr(
                             "<b>Advance the exploration of the role</b>: a %1 mandate for a Chief Customer "
                             "Officer (%2).")
                             .arg(bandWords(*rd.mandate), counted));
        stage = ins.teamResources.empty() ? nullptr : &ins.teamResources.front();
    } else {
        html +=
            QStringLiteral("<p style='font-size:11pt'>%1</p>")
                .arg(Report::tr(
                         "<b>Strengthen what is in place</b>: a %1 mandate for a new role (%2); most of the "
                         "work a Chief Customer Officer would take on has an owner.")
                         .arg(bandWords(*rd.mandate), counted));
        stage = resourcesFor(ins, cx.score.milestone);
    }
    if (stage) {
        const auto list = [&cx](const std::vector<std::string> &items) {
            QStringList l;
            for (const auto &s : items)
                l << cx.workbook(s);
            return l.join(QStringLiteral("; "));
        };
        html += QStringLiteral("<p>%1</p><ul>")
                    .arg(Report::tr("The workbook's “%1”, for %2:")
                             .arg(esc(ins.teamResourcesTitle.empty() ? std::string("Team resources")
                                                                     : ins.teamResourcesTitle),
                                  esc(stage->period)));
        if (!stage->formalOrganization.empty())
            html += QStringLiteral("<li>%1 %2</li>")
                        .arg(Report::tr("Formal organisation:"), list(stage->formalOrganization));
        if (!stage->engagedParticipants.empty())
            html += QStringLiteral("<li>%1 %2</li>")
                        .arg(Report::tr("Engaged participants:"), list(stage->engagedParticipants));
        html += QStringLiteral("</ul>");
    }
    cx.flow.html(html, true);
}

} // namespace

void writeBrief(Context &cx)
{
    cx.flow.section(Report::tr("In brief"), true);
    writeStanding(cx);
    writeBiggestGaps(cx);
    writeNextActions(cx);
    writeRecommendation(cx);
}

void writeActionPlan(Context &cx)
{
    Flow &flow = cx.flow;
    const auto &actions = cx.session.actions;
    // A session without a plan has no plan pages; the brief says so and names the first suggestions.
    if (actions.empty())
        return;
    flow.section(actionPlanTitle(), true);
    int counts[4] = {};
    for (const Action &a : actions)
        ++counts[static_cast<int>(a.status)];
    QStringList parts;
    for (const ActionStatus s :
         {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped})
        if (counts[static_cast<int>(s)] > 0)
            parts << Report::tr("%1 %2").arg(counts[static_cast<int>(s)]).arg(statusWordsInline(s));
    const QString total =
        actions.size() == 1 ? Report::tr("1 action") : Report::tr("%1 actions").arg(actions.size());
    flow.html(QStringLiteral("<p>%1: %2.</p>").arg(total, parts.join(Report::tr(", "))));
    std::vector<QStringList> rows;
    int n = 0;
    for (const Action &a : actions) {
        QString what = cx.plain(a.title);
        if (!a.note.empty())
            what += QLatin1Char('\n') + Report::tr("Note: %1").arg(cx.plain(a.note));
        rows.push_back(
            {QString::number(++n), what, ownerWords(cx, a),
             a.due.empty() ? Report::tr("no date") : formatDate(a.due), statusWords(a.status),
             a.addresses.empty() ? Report::tr("–") : addressWords(a.addresses, cx.instrument, cx.session),
             a.priority.empty() ? Report::tr("–") : priorityWords(a.priority, cx.instrument)});
    }
    flow.table({0.04, 0.34, 0.13, 0.12, 0.09, 0.16, 0.12},
               {Report::tr("#"), Report::tr("Action"), Report::tr("Owner"), Report::tr("Due"),
                Report::tr("Status"), Report::tr("Addresses"), Report::tr("CCO priority")},
               rows);
    // A readiness question most answered Yes while some answered No: for the team to talk through.
    const auto flags = readinessToDiscuss(cx.session, cx.instrument);
    if (!flags.empty()) {
        QString html =
            QStringLiteral("<h3>%1</h3><p class='muted'>%2</p><ul>")
                .arg(Report::tr("To discuss"),
                     Report::tr("Readiness questions most answered Yes while some answered No, not yet "
                                "decided: talk them through rather than act on them."));
        for (const auto &f : flags) {
            const Item *q = cx.instrument.findItem(f.question);
            html +=
                QStringLiteral("<li>%1: %2 <span class='muted'>(%3)</span></li>")
                    .arg(addressWords("question:" + f.question, cx.instrument, cx.session).toHtmlEscaped(),
                         q ? cx.workbook(q->question) : esc(f.question),
                         Report::tr("%1 Yes, %2 No").arg(f.yes).arg(f.no));
        }
        flow.html(html + QStringLiteral("</ul>"), true);
    }
}

void writeGaps(Context &cx)
{
    if (cx.session.targets.empty())
        return;
    Flow &flow = cx.flow;
    flow.section(Report::tr("Gaps to target"), false);
    flow.html(
        QStringLiteral("<p class='muted'>%1</p>")
            .arg(
                Report::tr("Every item with a target: its value now (1 to 3) against the level aimed at, the "
                           "largest gap first. The maturity map shows the same targets (“%1”).")
                    .arg(esc(cx.instrument.maturityMapTitle.empty() ? std::string("Maturity map")
                                                                    : cx.instrument.maturityMapTitle))));
    std::vector<QStringList> rows;
    for (const auto &g : targetGaps(cx.session, cx.instrument, cx.score)) {
        QString item = itemWords(cx, g.target.item, g.target.scope);
        if (!g.target.note.empty())
            item += QLatin1Char('\n') + Report::tr("Note: %1").arg(cx.plain(g.target.note));
        const auto gap = g.gap();
        rows.push_back({item,
                        g.current
                            ? Report::tr("%1 (%2)").arg(formatMean(*g.current),
                                                        levelOfValueWords(cx, g.target.item, *g.current))
                            : Report::tr("not rated yet"),
                        Report::tr("%1 (%2)")
                            .arg(levelWords(cx, g.target.item, ratingValue(g.target.level)))
                            .arg(ratingValue(g.target.level)),
                        byWords(cx, g.target),
                        !gap          ? Report::tr("–")
                        : *gap > 1e-9 ? formatMean(*gap)
                                      : Report::tr("reached")});
    }
    flow.table(
        {0.38, 0.16, 0.16, 0.2, 0.1},
        {Report::tr("Item"), Report::tr("Now"), Report::tr("Target"), Report::tr("When"), Report::tr("Gap")},
        rows);
}

void writeRoadmap(Context &cx)
{
    if (cx.session.actions.empty() && cx.session.targets.empty())
        return;
    Flow &flow = cx.flow;
    flow.section(Report::tr("Roadmap"), true);
    const QString start = cx.session.info.date.empty()
                              ? Report::tr("year 1 starting with the first quarter shown")
                              : Report::tr("year 1 starting on the session's date, %1")
                                    .arg(formatDate(cx.session.info.date).toHtmlEscaped());
    flow.html(
        QStringLiteral("<p class='muted'>%1</p>")
            .arg(Report::tr("Each action in the quarter it is due, in a lane per CCO priority it serves, "
                            "under the targets; the bands at the top show the maturity map's years (%1). The "
                            "mark before a title shows its status; the full list is in “%2”%3.")
                     .arg(start, actionPlanTitle(), cx.pageOf(actionPlanTitle()))));
    const Roadmap roadmap =
        Roadmap::of(cx.instrument, cx.session, [&cx](const std::string &text) { return cx.plain(text); });
    const qreal dpi = flow.mm(25.4);
    const qreal width = flow.content().width();
    // The largest type at which the roadmap fits the page (a short plan reads from across a room),
    // then fewer titles per cell down to the counts alone for a plan too large for the page.
    Theme theme = Theme::print();
    RoadmapOptions options;
    options.titleLines = roadmap.entries.size() <= 12 ? 6 : 0;
    bool fits = false;
    for (const qreal points : {9.5, 9.0, 8.5}) {
        theme.font.setPointSizeF(points);
        if ((fits = roadmapHeight(roadmap, width, dpi, theme, options) <= flow.remaining()))
            break;
    }
    for (const int perCell : {3, 2, 0}) {
        if (fits)
            break;
        options.perCell = perCell;
        fits = roadmapHeight(roadmap, width, dpi, theme, options) <= flow.remaining();
    }
    const qreal height = roadmapHeight(roadmap, width, dpi, theme, options);
    flow.drawing(height, [&](QPainter &p, const QRectF &r) { paintRoadmap(p, r, roadmap, theme, options); });
}

} // namespace cxm::report
