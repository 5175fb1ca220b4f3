// The report's detail sections: the competencies item by item, the Power Core, the CCO readiness
// checklist and the next steps. A self-assessment gets its own wording: one person's answers, no
// team, no disagreement, no points or agreement figures.
#include "ReportContext.h"

#include <algorithm>

namespace cxm::report {

namespace {

// One scale worksheet's score and items: a competency under its "C1 …" heading, or a consultant's
// own scale worksheet under its section.
void writeScaleBody(Context &cx, const Worksheet &c, const CompetencyScore *cs)
{
    Flow &flow = cx.flow;
    {
        const auto itemScore = [&](const std::string &id) -> const ItemScore * {
            if (cs)
                for (const auto &i : cs->items)
                    if (i.id == id)
                        return &i;
            return nullptr;
        };
        QString intro;
        if (!c.tagline.empty())
            intro += QStringLiteral("<p><i>%1</i></p>").arg(cx.workbook(c.tagline));
        if (cs && cs->percent && cs->level)
            intro += QStringLiteral("<p>%1 <b>%2</b>, %3 <b>%4</b>%5%6</p>")
                         .arg(cx.self() ? Report::tr("Score:") : Report::tr("Team score:"),
                              formatPercent(*cs->percent), Report::tr("level"), cx.levelLabel(*cs->level),
                              cs->complete ? QString() : Report::tr(" (not every item is rated yet)"),
                              cx.self() ? QString() : cx.answeredNote(cx.counter.worksheet(c.id)));
        else
            intro += QStringLiteral("<p class='muted'>%1</p>")
                         .arg(Report::tr("Not scored yet: no item has a rating."));
        flow.html(intro, true);

        for (const auto &item : c.items) {
            const ItemScore *is = itemScore(item.id);
            // A title the workbook leaves out is the app's: in italics, and said so.
            const QString title =
                item.titleSource == TextSource::App
                    ? QStringLiteral("<i>%1</i> <span class='muted' style='font-weight: normal'>%2</span>")
                          .arg(esc(item.title), Report::tr("(title added by this app)"))
                    : esc(item.title);
            QString h = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title, cx.workbook(item.question));
            if (is && cx.self()) {
                QString answer = Report::tr("not answered");
                for (int level = 1; level <= 3; ++level)
                    if (is->counts[static_cast<std::size_t>(level - 1)] > 0)
                        answer = QStringLiteral("<b>%1</b>").arg(cx.levelLabel(level));
                h += QStringLiteral("<p>%1 %2").arg(Report::tr("Rating:"), answer);
                if (is->value && is->consensus)
                    h += QStringLiteral(" — %1 <b>%2</b>").arg(Report::tr("value"), formatMean(*is->value));
                h += QStringLiteral("</p>");
            } else if (is) {
                h += QStringLiteral("<p>%1 %2 %3 · %4 %5 · %6 %7%8")
                         .arg(Report::tr("Ratings:"), cx.levelLabel(1), QString::number(is->counts[0]),
                              cx.levelLabel(2), QString::number(is->counts[1]), cx.levelLabel(3),
                              QString::number(is->counts[2]), cx.answeredNote(cx.counter.item(item.id)));
                if (is->value)
                    h += QStringLiteral(" — %1 <b>%2</b>")
                             .arg(Report::tr("team value"), formatMean(*is->value));
                else
                    h += QStringLiteral(" — %1").arg(Report::tr("no team value yet"));
                h += QStringLiteral("</p>");
                if (is->disagreement)
                    h += QStringLiteral("<p class='warn'>&#9650; %1</p>")
                             .arg(Report::tr("Disagreement: someone said Early and someone said Mature."));
            }
            if (const ConsensusRating *con = cx.session.findConsensus(item.id)) {
                h += QStringLiteral("<p>%1 <b>%2</b>")
                         .arg(cx.self() ? Report::tr("Agreed rating:") : Report::tr("Consensus:"),
                              cx.levelLabel(ratingValue(con->rating)));
                if (!con->note.empty())
                    h += QStringLiteral(" — ") + cx.text(con->note);
                h += QStringLiteral("</p>");
            }
            flow.html(h, true, flow.mm(1));
        }
        flow.space(flow.mm(3));
    }
}

} // namespace

void writeCompetencies(Context &cx)
{
    Flow &flow = cx.flow;
    flow.section(QString::fromStdString(cx.instrument.competencyTitle.empty()
                                            ? std::string("The five competencies")
                                            : cx.instrument.competencyTitle),
                 true);
    for (const auto &c : cx.instrument.competencies()) {
        const CompetencyScore *cs = nullptr;
        for (const auto &x : cx.score.competencies)
            if (x.id == c.id)
                cs = &x;
        flow.subsection(QStringLiteral("C%1 %2").arg(c.number).arg(QString::fromStdString(c.title)));
        writeScaleBody(cx, c, cs);
    }
}

void writeScale(Context &cx, const Worksheet &w, const CompetencyScore *score)
{
    cx.flow.section(QString::fromStdString(w.title), false);
    if (!w.introduction.empty())
        cx.flow.html(QStringLiteral("<p class='muted'>%1</p>").arg(cx.workbook(w.introduction)));
    writeScaleBody(cx, w, score);
}

namespace {

int firstPlacesOf(const PowerCoreScore &pc, const std::string &id)
{
    for (const auto &[opt, n] : pc.firstPlaces)
        if (opt == id)
            return n;
    return 0;
}

} // namespace

void writePowerCore(Context &cx, const Worksheet &w, const PowerCoreScore &pc)
{
    Flow &flow = cx.flow;
    // The instrument's Power Core keeps the workbook's words (places A and B, the Customer in the
    // core); any other ranking gets the same table with its places numbered.
    const bool powerCore = &w == &cx.instrument.powerCore();
    flow.section(QString::fromStdString(w.title.empty() ? std::string("Power Core") : w.title), false);
    if (!pc.hasData) {
        flow.html(QStringLiteral("<p>%1</p>")
                      .arg(powerCore ? Report::tr("No Power Core rankings were recorded in this session.")
                                     : Report::tr("No rankings were recorded in this session.")));
        return;
    }
    const int top = static_cast<int>(w.items.size()) - 1; // the scoring engine's Borda points
    QString html;
    if (cx.self()) {
        html = QStringLiteral("<p>%1</p>")
                   .arg(pc.fromConsensus
                            ? Report::tr("The ranking below is the one recorded as agreed.")
                            : Report::tr("The ranking below is the participant's own, first place first."));
    } else {
        html = QStringLiteral("<p>%1 %2.</p>")
                   .arg(pc.fromConsensus
                            ? Report::tr("The team ranking below is the consensus the team recorded;")
                            : Report::tr("The team ranking adds up each option's points from %1 rankings%2;")
                                  .arg(pc.rankers)
                                  .arg(cx.answeredNote(cx.counter.worksheet(w.id))),
                        cx.agreementWords(pc));
        html +=
            QStringLiteral("<p class='muted'>%1</p>")
                .arg(Report::tr(
                         "Points (a Borda count): in each person's ranking an option earns %1 points for a "
                         "first place, %2 for a second, and so on down to %3 for the last place.")
                         .arg(top)
                         .arg(top - 1)
                         .arg(0));
    }
    if (powerCore && !pc.customerInCore.value_or(false))
        html += QStringLiteral("<p class='warn'>%1</p>")
                    .arg(Report::tr("The Customer is not in the Power Core (neither A nor B)."));
    html += QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' "
                           "style='border-collapse: collapse; border-color: #d5dbe3'>");
    if (cx.self())
        html += QStringLiteral("<tr><th width='10%'>%1</th><th>%2</th></tr>")
                    .arg(Report::tr("Rank"), Report::tr("Option"));
    else
        html += QStringLiteral("<tr><th width='10%'>%1</th><th>%2</th><th width='15%'>%3</th>"
                               "<th width='18%'>%4</th></tr>")
                    .arg(Report::tr("Rank"), Report::tr("Option"), Report::tr("Points"),
                         Report::tr("First places"));
    for (std::size_t i = 0; i < pc.ranking.size(); ++i) {
        const std::string &id = pc.ranking[i];
        const QString rank = powerCore && i == 0   ? QStringLiteral("A")
                             : powerCore && i == 1 ? QStringLiteral("B")
                                                   : QString::number(i + 1);
        if (cx.self())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(rank, cx.optionTitle(id));
        else
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(rank, cx.optionTitle(id), QString::number(pc.pointsOf(id)),
                             QString::number(firstPlacesOf(pc, id)));
    }
    html += QStringLiteral("</table>");
    if (const RankingConsensus *con = cx.session.findRankingConsensus(w.id); con && !con->note.empty())
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(cx.self() ? Report::tr("Note:") : Report::tr("Consensus note:"), cx.text(con->note));
    flow.html(html);

    if (!cx.options.anonymous && !cx.self() && !cx.session.rankings.empty()) {
        std::vector<QStringList> rows;
        for (const auto &p : cx.session.participants) {
            const RankingEntry *r = cx.session.findRanking(w.id, p.id);
            if (r && r->ranking.size() >= 2)
                rows.push_back({QString::fromStdString(p.name), cx.optionPlain(r->ranking[0], r->otherLabel),
                                cx.optionPlain(r->ranking[1], r->otherLabel)});
        }
        if (rows.empty())
            return;
        if (powerCore) {
            flow.heading(Report::tr("Each participant's A and B"), 2);
            flow.table({0.4, 0.3, 0.3}, {Report::tr("Participant"), QStringLiteral("A"), QStringLiteral("B")},
                       rows);
        } else {
            flow.heading(Report::tr("Each participant's first two places"), 2);
            flow.table({0.4, 0.3, 0.3},
                       {Report::tr("Participant"), Report::tr("First"), Report::tr("Second")}, rows);
        }
    }
}

void writeReadiness(Context &cx, const Worksheet &w, const ReadinessScore &rd)
{
    Flow &flow = cx.flow;
    // Only the instrument's readiness checklist gives the CCO mandate (scoring.md §3); any other
    // checklist gets the same answers and tips without it.
    const bool readiness = &w == &cx.instrument.readiness();
    flow.section(QString::fromStdString(w.title.empty() ? std::string("CCO readiness") : w.title), false);
    if (!w.introduction.empty())
        flow.html(QStringLiteral("<p class='muted'>%1</p>").arg(cx.workbook(w.introduction)));
    QString mandate;
    if (!readiness)
        mandate = Report::tr("%1 of %2 questions answered No%3.")
                      .arg(rd.gaps())
                      .arg(rd.answers.size())
                      .arg(cx.self() ? QString() : Report::tr(" or split"));
    else if (rd.mandate)
        mandate =
            (cx.self()
                 ? Report::tr(
                       "Mandate for a Chief Customer Officer: <b>%1</b> — %2 of %3 questions answered No.")
                 : Report::tr(
                       "Mandate for a Chief Customer Officer: <b>%1</b> — %2 of %3 questions answered No or "
                       "split."))
                .arg(bandWords(*rd.mandate))
                .arg(rd.gaps())
                .arg(rd.answers.size());
    else
        mandate = Report::tr("Mandate not determined: %1 of %2 questions are unanswered.")
                      .arg(rd.unanswered)
                      .arg(rd.answers.size());
    QString counts =
        cx.self() ? Report::tr("%1 %2 · %3 %4 · %5 %6")
                        .arg(esc(w.yesLabel), QString::number(rd.yes), esc(w.noLabel), QString::number(rd.no),
                             Report::tr("Unanswered"), QString::number(rd.unanswered))
                  : Report::tr("%1 %2 · %3 %4 · %5 %6 · %7 %8")
                        .arg(esc(w.yesLabel), QString::number(rd.yes), esc(w.noLabel), QString::number(rd.no),
                             Report::tr("Split"), QString::number(rd.split), Report::tr("Unanswered"),
                             QString::number(rd.unanswered));
    flow.html(
        QStringLiteral("<p style='font-size:11pt'>%1</p><p class='muted'>%2</p><p class='muted'>%3</p>")
            .arg(mandate, counts,
                 Report::tr(
                     "Under each question answered No%1, the workbook's own implementation tip follows, "
                     "in its author's words.")
                     .arg(cx.self() ? QString() : Report::tr(" or split"))));

    int n = 0;
    for (const auto &q : w.items) {
        ++n;
        const TeamAnswer answer = rd.answerFor(q.id);
        int yes = 0;
        int no = 0;
        for (const auto &a : cx.session.checklist)
            if (a.question == q.id && a.scope.empty())
                (a.answer == Answer::Yes ? yes : no) += 1;
        const QString cls = ReadinessScore::isGap(answer) ? QStringLiteral("warn") : QStringLiteral("accent");
        QString h = QStringLiteral("<p><b>%1.</b> %2<br/><span class='%3'>%4</span>")
                        .arg(QString::number(n), cx.workbook(q.question), cls, cx.answerLabel(answer, w));
        if (!cx.self())
            h +=
                QStringLiteral(" <span class='muted'>(%1%2)</span>")
                    .arg(Report::tr("%1 %2, %3 %4").arg(esc(w.yesLabel)).arg(yes).arg(esc(w.noLabel)).arg(no),
                         cx.counter.readinessQuestion(q.id).partial()
                             ? Report::tr("; %1 of %2 answered")
                                   .arg(cx.counter.readinessQuestion(q.id).answered)
                                   .arg(cx.counter.readinessQuestion(q.id).expected)
                             : QString());
        if (const ChecklistConsensus *con = cx.session.findChecklistConsensus(q.id);
            con && !con->note.empty())
            h +=
                QStringLiteral("<br/>%1 %2")
                    .arg(cx.self() ? Report::tr("Note:") : Report::tr("Consensus note:"), cx.text(con->note));
        h += QStringLiteral("</p>");
        if (ReadinessScore::isGap(answer) && !q.tip.empty())
            h += QStringLiteral("<p style='margin-left:14pt'><i>%1</i> %2</p>")
                     .arg(Report::tr("The workbook's tip:"), cx.workbook(q.tip));
        flow.html(h, true, flow.mm(1.5));
    }
}

void writeNextSteps(Context &cx)
{
    Flow &flow = cx.flow;
    const Instrument &ins = cx.instrument;
    flow.section(Report::tr("Next steps"), false);
    const int count = cx.milestoneCount();
    if (count == 0)
        return;
    const int idx = cx.score.milestoneIndex.value_or(-1);
    int next = std::min(idx + 1, count - 1);
    QString intro;
    if (idx < 0)
        intro = Report::tr(
            "The organisation is not yet placed on the map; these are the asks of the first milestone.");
    else if (idx == count - 1)
        intro =
            Report::tr("The organisation has reached the last milestone; these are its asks, to sustain it.");
    else
        intro = Report::tr("The next milestone on the map is <b>%1</b>. What the workbook says it asks:")
                    .arg(esc(ins.milestones[static_cast<std::size_t>(next)].title));
    const MilestoneContent &m = ins.milestones[static_cast<std::size_t>(next)];
    QString html = QStringLiteral("<p>%1</p>").arg(intro);
    if (!m.theme.empty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(cx.workbook(m.theme));
    auto list = [&cx](const std::vector<std::string> &items) {
        QString l = QStringLiteral("<ul>");
        for (const auto &s : items)
            l += QStringLiteral("<li>%1</li>").arg(cx.workbook(s));
        return l + QStringLiteral("</ul>");
    };
    // Each list with its heading in one block, so no heading is left alone at the foot of a page.
    flow.html(html, true);
    flow.html(QStringLiteral("<h3>%1</h3>").arg(Report::tr("Of leaders")) + list(m.leaders), true);
    flow.html(QStringLiteral("<h3>%1</h3>").arg(Report::tr("Of employees")) + list(m.employees), true);
    for (const auto &stage : ins.teamResources)
        if (stage.milestone == m.id) {
            flow.heading(QStringLiteral("%1 (%2)").arg(esc(ins.teamResourcesTitle.empty()
                                                               ? std::string("Team resources")
                                                               : ins.teamResourcesTitle),
                                                       esc(stage.period)),
                         3);
            if (!stage.engagedParticipants.empty())
                flow.html(QStringLiteral("<p>%1</p>").arg(Report::tr("Engaged participants:")) +
                              list(stage.engagedParticipants),
                          true);
            if (!stage.formalOrganization.empty())
                flow.html(QStringLiteral("<p>%1</p>").arg(Report::tr("Formal organisation:")) +
                              list(stage.formalOrganization),
                          true);
        }

    const int year = (idx < 0 || idx <= 2) ? 1 : 4;
    const PrioritySet *set = nullptr;
    for (const auto &p : ins.priorities)
        if (p.fromYear <= year && (!p.toYear || year <= *p.toYear))
            set = &p;
    if (!set && !ins.priorities.empty())
        set = &ins.priorities.front();
    if (set) {
        flow.heading(Report::tr("CCO priorities: %1").arg(esc(set->title)), 2);
        QString p =
            QStringLiteral("<p class='muted'>%1</p><ul>")
                .arg(year == 1
                         ? Report::tr("For an organisation at Commit, Unite & Build or Embed: years 1 to 3.")
                         : Report::tr("For an organisation at Mature or Elevate: year 4 and beyond."));
        for (const auto &item : set->items)
            p += QStringLiteral("<li><b>%1:</b> %2</li>").arg(esc(item.verb), cx.workbook(item.text));
        p += QStringLiteral("</ul>");
        flow.html(p);
    }
}

} // namespace cxm::report
