// The appendix: each participant's own answers (the full appendix) or one table with a row per
// participant (the short one, the default above kShortAppendixAbove people), and the page on how the
// scores are computed. Every answer is looked up through an index built once, so the appendix grows
// linearly with the session.
#include "ReportContext.h"

#include <unordered_map>

namespace cxm::report {

namespace {

const QString kTable = QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='2' "
                                      "style='border-collapse: collapse; border-color: #d5dbe3'>");

// Each participant's answers, found by participant id in one pass over the session.
struct AnswerIndex
{
    std::unordered_map<std::string, std::unordered_map<std::string, const RatingEntry *>> ratings;
    std::unordered_map<std::string, std::unordered_map<std::string, const ChecklistAnswer *>> readiness;
    std::unordered_map<std::string, const RankingEntry *> powerCore;

    explicit AnswerIndex(const Session &s)
    {
        for (const auto &r : s.ratings)
            ratings[r.participant].emplace(r.item, &r);
        for (const auto &a : s.checklist)
            readiness[a.participant].emplace(a.question, &a);
        for (const auto &r : s.rankings)
            powerCore.emplace(r.participant, &r);
    }
    template<typename T>
    static const T *
    find(const std::unordered_map<std::string, std::unordered_map<std::string, const T *>> &map,
         const std::string &participant, const std::string &key)
    {
        const auto p = map.find(participant);
        if (p == map.end())
            return nullptr;
        const auto it = p->second.find(key);
        return it == p->second.end() ? nullptr : it->second;
    }
    const RankingEntry *ranking(const std::string &participant) const
    {
        const auto it = powerCore.find(participant);
        return it == powerCore.end() ? nullptr : it->second;
    }
};

QString participantTitle(const Participant &p)
{
    QString title = esc(p.name);
    if (!p.role.empty())
        title += QStringLiteral(" <span class='muted'>— %1</span>").arg(esc(p.role));
    return title;
}

void writeFullAppendix(Context &cx, const AnswerIndex &index)
{
    Flow &flow = cx.flow;
    const Session &s = cx.session;
    flow.heading(Report::tr("Each participant's answers"), 2);
    const QString itemHead =
        QStringLiteral("<tr><th width='42%'>%1</th><th width='14%'>%2</th><th>%3</th></tr>")
            .arg(Report::tr("Item"), Report::tr("Rating"), Report::tr("Note"));
    for (const auto &p : s.participants) {
        const QString title = participantTitle(p);
        QString h = QStringLiteral("<h3>%1</h3>").arg(title);
        const Score own = cx.engine.scoreParticipant(s, p.id);
        if (own.overall)
            h += QStringLiteral("<p class='muted'>%1 %2</p>")
                     .arg(Report::tr("Own overall index:"), formatPercent(*own.overall));
        QString rows;
        for (const auto &c : cx.instrument.competencies())
            for (const auto &item : c.items)
                if (const RatingEntry *r = AnswerIndex::find(index.ratings, p.id, item.id))
                    rows += QStringLiteral("<tr><td>C%1 %2</td><td>%3</td><td>%4</td></tr>")
                                .arg(QString::number(c.number), esc(item.title),
                                     cx.levelLabel(ratingValue(r->rating)), esc(r->note));
        if (!rows.isEmpty())
            h += kTable + itemHead + rows + QStringLiteral("</table>");
        if (const RankingEntry *r = index.ranking(p.id); r && !r->ranking.empty()) {
            QStringList names;
            for (const auto &id : r->ranking)
                names << cx.optionTitle(id, r->otherLabel);
            h += QStringLiteral("<p>%1 %2</p>")
                     .arg(Report::tr("Power Core ranking:"), names.join(QStringLiteral(" › ")));
        }
        // Readiness: a table when there are notes to show, otherwise one compact line.
        QString answers;
        QStringList compact;
        bool anyNote = false;
        int n = 0;
        for (const auto &q : cx.instrument.readinessQuestions()) {
            ++n;
            if (const ChecklistAnswer *a = AnswerIndex::find(index.readiness, p.id, q.id)) {
                anyNote = anyNote || !a->note.empty();
                answers += QStringLiteral("<tr><td width='6%'>%1</td><td width='24%'>%2</td><td>%3</td></tr>")
                               .arg(QString::number(n), cx.answerLabel(a->answer), esc(a->note));
                compact << QStringLiteral("%1&nbsp;%2")
                               .arg(QString::number(n),
                                    a->answer == Answer::Yes ? Report::tr("Yes") : Report::tr("No"));
            }
        }
        if (!answers.isEmpty() && anyNote)
            h += QStringLiteral("<p>%1</p>").arg(Report::tr("CCO readiness:")) + kTable + answers +
                 QStringLiteral("</table>");
        else if (!compact.isEmpty())
            h += QStringLiteral("<p>%1 %2</p>")
                     .arg(Report::tr("CCO readiness:"), compact.join(QStringLiteral(" · ")));
        if (rows.isEmpty() && compact.isEmpty() && !index.ranking(p.id))
            h += QStringLiteral("<p class='muted'>%1</p>").arg(Report::tr("No answers recorded."));
        // A block that must break repeats the name and the column headings on the next page.
        const QString continued = QStringLiteral("<h3>%1 <span class='muted'>%2</span></h3>")
                                      .arg(esc(p.name), Report::tr("(continued)")) +
                                  kTable + itemHead + QStringLiteral("</table>");
        flow.html(h, true, flow.mm(4), continued);
    }
}

void writeShortAppendix(Context &cx, const AnswerIndex &index)
{
    Flow &flow = cx.flow;
    const Session &s = cx.session;
    flow.heading(Report::tr("Each participant at a glance"), 2);
    flow.html(
        QStringLiteral("<p class='muted'>%1</p>")
            .arg(Report::tr(
                     "With %1 participants this report gives one line per person: their own overall "
                     "index, their A and B, how many CCO readiness questions they answered Yes and how "
                     "many notes they wrote. "
                     "For every answer and note, export the report again with the full appendix (in the "
                     "workbench: \"Every answer in full\"; on the command line: --appendix full).")
                     .arg(s.participants.size())));
    const QString yes = QString::fromStdString(cx.instrument.readiness().yesLabel);
    const std::size_t questions = cx.instrument.readinessQuestions().size();
    std::vector<QStringList> rows;
    rows.reserve(s.participants.size());
    for (const auto &p : s.participants) {
        const auto own = cx.ownOverall.find(p.id);
        const bool hasOwn = own != cx.ownOverall.end() && own->second;
        QString ab = QStringLiteral("–");
        if (const RankingEntry *r = index.ranking(p.id); r && r->ranking.size() >= 2)
            ab = cx.optionPlain(r->ranking[0], r->otherLabel) + QStringLiteral(" / ") +
                 cx.optionPlain(r->ranking[1], r->otherLabel);
        int yesCount = 0;
        int answered = 0;
        int notes = 0;
        if (const auto it = index.readiness.find(p.id); it != index.readiness.end())
            for (const auto &[q, a] : it->second) {
                ++answered;
                yesCount += a->answer == Answer::Yes ? 1 : 0;
                notes += a->note.empty() ? 0 : 1;
            }
        if (const auto it = index.ratings.find(p.id); it != index.ratings.end())
            for (const auto &[item, r] : it->second)
                notes += r->note.empty() ? 0 : 1;
        rows.push_back({QString::fromStdString(p.name), QString::fromStdString(p.role),
                        hasOwn ? formatPercent(*own->second) : QStringLiteral("–"), ab,
                        answered ? Report::tr("%1 of %2").arg(yesCount).arg(questions) : QStringLiteral("–"),
                        QString::number(notes)});
    }
    flow.table({0.26, 0.21, 0.11, 0.23, 0.12, 0.07},
               {Report::tr("Participant"), Report::tr("Role"), Report::tr("Own index"),
                Report::tr("Power Core A / B"), Report::tr("Readiness"), Report::tr("Notes")},
               rows);
}

} // namespace

void writeAppendix(Context &cx)
{
    Flow &flow = cx.flow;
    flow.section(Report::tr("Appendix"), false);
    if (cx.options.anonymous) {
        flow.html(QStringLiteral("<p class='muted'>%1</p>")
                      .arg(Report::tr("This is an anonymous report: individual answers are not included.")));
        return;
    }
    const AnswerIndex index(cx.session);
    if (usesShortAppendix(cx.options, cx.session))
        writeShortAppendix(cx, index);
    else
        writeFullAppendix(cx, index);
}

void writeMethod(Context &cx)
{
    const ScoringRules &r = cx.instrument.scoring;
    Flow &flow = cx.flow;
    flow.section(methodTitle(), false);
    QString html =
        QStringLiteral("<p>%1</p>")
            .arg(Report::tr(
                "These rules are this tool's, applied to the workbook's questions: the workbook "
                "asks the questions and describes the milestones, the tool computes the figures."));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(
                cx.self()
                    ? Report::tr(
                          "<b>Competencies.</b> Early counts 1, Advanced 2, Mature 3. An item's value is the "
                          "rating given. A competency's percentage is (mean of its item values − 1) / 2 × "
                          "100, so all Early is 0% and all Mature is 100%.")
                    : Report::tr(
                          "<b>Competencies.</b> Early counts 1, Advanced 2, Mature 3. An item's team value "
                          "is the consensus rating when the team recorded one, otherwise the mean of the "
                          "individual ratings (two decimals). A competency's percentage is (mean of its "
                          "item values − 1) / 2 × 100, so all Early is 0% and all Mature is 100%. A "
                          "disagreement is an item where someone chose Early and someone chose Mature."));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(Report::tr(
                     "<b>Maturity map.</b> The overall index is the mean of the five competency "
                     "percentages (one decimal), computed only when every item has a value. Each band of %1 "
                     "percentage points is one milestone (Commit, Unite & Build, Embed, Mature, Elevate); "
                     "the organisation sits at most %2 milestone above the band of its weakest competency. "
                     "This placement is the tool's rule: the workbook describes the milestones but does "
                     "not score them.")
                     .arg(QString::number(r.milestoneBandWidth))
                     .arg(r.weakestCompetencyCap));
    if (cx.self())
        html += QStringLiteral("<p>%1</p>")
                    .arg(Report::tr(
                        "<b>Power Core.</b> The participant ranks the seven options; A and B are the first "
                        "two."));
    else
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(Report::tr(
                         "<b>Power Core.</b> Each participant ranks the seven options. Points: an option "
                         "earns %1 for a first place, %2 for a second, and so on down to %3 for the last "
                         "(a Borda count). The team ranking orders the options by their points (ties: more "
                         "first places, then the workbook's order), unless the team recorded a consensus "
                         "ranking; A and B are its first two. Agreement (Kendall's W) runs from 0, no "
                         "agreement at all, to 1, identical rankings.")
                         .arg(r.bordaTop)
                         .arg(r.bordaTop - 1)
                         .arg(r.bordaTop - static_cast<int>(cx.instrument.powerCoreOptions().size()) + 1));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(
                cx.self()
                    ? Report::tr("<b>CCO readiness.</b> The more questions are answered No, the stronger the "
                                 "mandate to explore a Chief Customer Officer role (0–3 low, 4–7 moderate, "
                                 "8–11 strong).")
                    : Report::tr("<b>CCO readiness.</b> Each question's team answer is the recorded "
                                 "consensus, otherwise the majority, or split on a tie. The more questions "
                                 "are answered No or split, the stronger the mandate to explore a Chief "
                                 "Customer Officer role (0–3 low, 4–7 moderate, 8–11 strong)."));
    if (!cx.self())
        html += QStringLiteral("<p>%1</p>")
                    .arg(Report::tr(
                        "<b>n of N answered.</b> Where a figure rests on fewer than all participants, the "
                        "report says how many answered."));
    html += QStringLiteral("<p>%1</p>")
                .arg(cx.self() ? Report::tr("A score is a conversation starter, not a verdict.")
                               : Report::tr(
                                     "A score is a conversation starter, not a verdict: the report shows the "
                                     "spread behind every number so the team can see where its leaders see "
                                     "things differently."));
    flow.html(html, true);
}

} // namespace cxm::report
