// The report's sections for what the team decides together about its journey: a choice worksheet
// (each stage's step on the Stairway to DESIRE), a reconcile worksheet (the Intelligent STOP DOING
// list: priorities, projects, what each serves, the decision, and the stop candidates) and a
// checklist answered by the team per stage (the Customer Room's sources of listening). The team's
// words are user text: plain text in tables, masked in an anonymous report.
#include "ReportContext.h"

namespace cxm::report {

namespace {

void intro(Context &cx, const Worksheet &w)
{
    cx.flow.section(QString::fromStdString(w.title), false);
    if (!w.introduction.empty())
        cx.flow.html(QStringLiteral("<p class='muted'>%1</p>").arg(cx.workbook(w.introduction)));
}

bool noStages(Context &cx)
{
    if (!cx.session.stages.empty())
        return false;
    cx.flow.html(QStringLiteral("<p>%1</p>").arg(Report::tr("The journey's stages are not defined yet.")));
    return true;
}

// An option's words on one line: the workbook's line breaks become " · ".
std::string oneLine(std::string text)
{
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at))
        text.replace(at, 1, " · ");
    return text;
}

QString stageTitle(Context &cx, std::size_t i)
{
    return Report::tr("Stage %1: %2").arg(i + 1).arg(cx.plain(cx.session.stages[i].name));
}

} // namespace

void writeChoice(Context &cx, const Worksheet &w)
{
    intro(cx, w);
    if (w.scope == WorksheetScope::Stage && noStages(cx))
        return;
    // The options across, a mark under the one each stage stands on: the stairway reads left to right.
    std::vector<qreal> widths{0.28};
    QStringList headings{w.scope == WorksheetScope::Stage ? Report::tr("Stage") : QString()};
    for (const Item &option : w.items) {
        widths.push_back(0.72 / static_cast<qreal>(w.items.size()));
        headings << QString::fromStdString(option.title);
    }
    std::vector<QStringList> rows;
    QStringList notes;
    const auto row = [&](const QString &label, const std::string &scope) {
        const ChoiceAnswer *c = cx.session.findChoice(w.id, scope);
        QStringList cells{label};
        for (const Item &option : w.items)
            cells << (c && c->option == option.id ? QStringLiteral("● ") + Report::tr("here") : QString());
        if (!c)
            cells[1] = Report::tr("not placed yet");
        if (c && !c->note.empty())
            notes << QStringLiteral("<b>%1</b> — %2").arg(label.toHtmlEscaped(), cx.text(c->note));
        rows.push_back(std::move(cells));
    };
    if (w.scope == WorksheetScope::Company)
        row(Report::tr("The company"), {});
    else
        for (std::size_t i = 0; i < cx.session.stages.size(); ++i)
            row(stageTitle(cx, i), cx.session.stages[i].id);
    cx.flow.table(widths, headings, rows);
    QStringList words;
    for (const Item &option : w.items)
        if (!option.description.empty())
            words << QStringLiteral("<b>%1</b>: %2").arg(esc(option.title), esc(oneLine(option.description)));
    if (!words.isEmpty())
        cx.flow.html(QStringLiteral("<p class='muted'>%1</p>").arg(words.join(QStringLiteral("; "))));
    if (!notes.isEmpty())
        cx.flow.html(QStringLiteral("<p>%1</p>").arg(notes.join(QStringLiteral("<br>"))));
    cx.flow.space(cx.flow.mm(2));
}

void writeReconcile(Context &cx, const Worksheet &w, const WorksheetScore *score)
{
    intro(cx, w);
    if (w.scope == WorksheetScope::Stage && noStages(cx))
        return;
    const Heading *priorities = w.findHeading("priorities");
    const Heading *projects = w.findHeading("projects");
    bool any = false;
    for (std::size_t i = 0; i < cx.session.stages.size(); ++i) {
        const std::string scope = cx.session.stages[i].id;
        const ReconcileScore *rs = nullptr;
        if (score)
            for (const auto &[stage, r] : score->reconcile)
                if (stage == scope)
                    rs = &r;
        if (!rs || (rs->priorities == 0 && rs->projects == 0))
            continue;
        any = true;
        cx.flow.heading(stageTitle(cx, i).toHtmlEscaped(), 3);
        QStringList named;
        for (const Item *p : w.itemsOf("priorities"))
            if (const auto name = cx.session.itemName(p->id, scope); !name.empty())
                named << QStringLiteral("◆ ") + cx.text(name);
        cx.flow.html(
            QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(esc(priorities ? priorities->title : std::string()),
                     named.isEmpty() ? Report::tr("None named") : named.join(QStringLiteral("<br>"))));
        if (rs->projects == 0)
            continue;
        std::vector<QStringList> rows;
        for (const Item *p : w.itemsOf("projects")) {
            const auto name = cx.session.itemName(p->id, scope);
            if (name.empty())
                continue;
            const Reconciliation *r = cx.session.findReconciliation(p->id, scope);
            const std::string serves = r && !r->serves.empty() ? cx.session.itemName(r->serves, scope) : "";
            const Heading *decision = r ? w.findDecision(r->decision) : nullptr;
            const bool candidate = std::find(rs->stopCandidates.begin(), rs->stopCandidates.end(), p->id) !=
                                   rs->stopCandidates.end();
            QString decided = decision ? QString::fromStdString(decision->title) : Report::tr("not decided");
            if (r && !r->note.empty())
                decided += QLatin1Char('\n') + cx.plain(r->note);
            rows.push_back({cx.plain(name),
                            serves.empty() ? QString::fromStdString(w.servesNone) : cx.plain(serves), decided,
                            candidate ? Report::tr("▲ Stop candidate") : QString()});
        }
        cx.flow.heading(esc(w.reconcileTitle), 4); // a heading: never alone at the foot of a page
        cx.flow.table({0.30, 0.30, 0.22, 0.18},
                      {QString::fromStdString(projects ? projects->title : std::string()),
                       QString::fromStdString(w.servesTitle), QString::fromStdString(w.decisionTitle),
                       Report::tr("Flag")},
                      rows);
        cx.flow.space(cx.flow.mm(2));
    }
    if (!any)
        cx.flow.html(QStringLiteral("<p>%1</p>").arg(Report::tr("No priorities or projects listed yet.")));
    else
        cx.flow.html(
            QStringLiteral("<p class='muted'>%1</p>")
                .arg(Report::tr("A stop candidate is a project that serves none of the stage's priority "
                                "touchpoints.")));
}

void writeStageChecklist(Context &cx, const Worksheet &w, const WorksheetScore *score)
{
    intro(cx, w);
    if (noStages(cx))
        return;
    const auto &stages = cx.session.stages;
    std::vector<qreal> widths{0.40};
    QStringList headings{QString()};
    for (std::size_t i = 0; i < stages.size(); ++i) {
        widths.push_back(0.60 / static_cast<qreal>(stages.size()));
        headings << QString::number(i + 1);
    }
    const auto answerOf = [&](const std::string &scope, const std::string &question) {
        if (score)
            for (const auto &[stage, rd] : score->checklistByStage)
                if (stage == scope)
                    return rd.answerFor(question);
        return TeamAnswer::Unanswered;
    };
    const auto tableOf = [&](const std::vector<const Item *> &items) {
        std::vector<QStringList> rows;
        for (const Item *q : items) {
            QStringList cells{QString::fromStdString(q->question)};
            for (const Stage &stage : stages) {
                const TeamAnswer a = answerOf(stage.id, q->id);
                cells << (a == TeamAnswer::Yes  ? QStringLiteral("✓")
                          : a == TeamAnswer::No ? QStringLiteral("–")
                                                : QStringLiteral("?"));
            }
            rows.push_back(std::move(cells));
        }
        cx.flow.table(widths, headings, rows);
    };
    if (w.headings.empty())
        tableOf([&] {
            std::vector<const Item *> all;
            for (const Item &q : w.items)
                all.push_back(&q);
            return all;
        }());
    for (const Heading &group : w.headings) {
        cx.flow.heading(esc(group.title), 3);
        tableOf(w.itemsOf(group.id));
    }
    QStringList legend;
    for (std::size_t i = 0; i < stages.size(); ++i)
        legend << QStringLiteral("%1 %2").arg(i + 1).arg(cx.text(stages[i].name));
    cx.flow.html(QStringLiteral("<p class='muted'>%1<br>%2</p>")
                     .arg(Report::tr("✓ %1 · – %2 · ? not answered yet").arg(esc(w.yesLabel), esc(w.noLabel)),
                          legend.join(QStringLiteral(" · "))));
    cx.flow.space(cx.flow.mm(2));
}

} // namespace cxm::report
