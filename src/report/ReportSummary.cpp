// The shared wording helpers, the cover, the executive summary and the maturity map page.
#include "ReportContext.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace cxm::report {

QString esc(const std::string &text)
{
    QString s = QString::fromStdString(text).toHtmlEscaped();
    s.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return s;
}

QString bandWords(const std::string &id)
{
    if (id == "weak")
        return Report::tr("weak", "scoring band");
    if (id == "moderate")
        return Report::tr("moderate", "scoring band");
    if (id == "strong")
        return Report::tr("strong", "scoring band");
    if (id == "low")
        return Report::tr("low", "scoring band");
    return esc(id);
}

QString methodTitle()
{
    return Report::tr("How the scores are computed");
}

QString Context::plain(const std::string &userText) const
{
    return QString::fromStdString(mask ? mask->mask(userText) : userText);
}

QString Context::text(const std::string &userText) const
{
    return esc(mask ? mask->mask(userText) : userText);
}

QString Context::workbook(const std::string &instrumentText)
{
    QString t = QString::fromStdString(instrumentText);
    if (!abbreviationsExplained) {
        // The workbook spells "CXD" out once, deep in the maturity map; the report spells it out
        // wherever a reader meets it first, unless the text does so itself.
        static const QRegularExpression abbreviation(QStringLiteral("\\bCXD\\b([”\"’]?)( \\()?"));
        const QRegularExpressionMatch m = abbreviation.match(t);
        if (m.hasMatch()) {
            abbreviationsExplained = true;
            if (m.captured(2).isEmpty())
                t.insert(m.capturedEnd(1), Report::tr(" (Customer Experience Development)"));
        }
    }
    t = t.toHtmlEscaped();
    t.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return t;
}

QString Context::levelLabel(int value) const
{
    for (const auto &l : instrument.levels)
        if (l.value == value)
            return esc(l.label);
    return QString::number(value);
}

QString Context::levelLabel(const std::string &id) const
{
    for (const auto &l : instrument.levels)
        if (l.id == id)
            return esc(l.label);
    return esc(id);
}

QString Context::optionTitle(const std::string &id, const std::string &otherLabel) const
{
    const Item *o = instrument.findItem(id); // any ranking's option
    QString t = o ? esc(o->title) : esc(id);
    if (id == "other" && !otherLabel.empty())
        t += QStringLiteral(" (") + text(otherLabel) + QLatin1Char(')');
    return t;
}

QString Context::optionPlain(const std::string &id, const std::string &otherLabel) const
{
    const Item *o = instrument.findItem(id); // any ranking's option
    QString t = QString::fromStdString(o ? o->title : id);
    if (id == "other" && !otherLabel.empty())
        t += QStringLiteral(" (") + plain(otherLabel) + QLatin1Char(')');
    return t;
}

QString Context::answerLabel(TeamAnswer answer, const Worksheet &worksheet) const
{
    switch (answer) {
    case TeamAnswer::Yes:
        return esc(worksheet.yesLabel);
    case TeamAnswer::No:
        return esc(worksheet.noLabel);
    case TeamAnswer::Split:
        return Report::tr("Split");
    case TeamAnswer::Unanswered:
        break;
    }
    return Report::tr("Unanswered");
}

const Competency *Context::competency(const std::string &id) const
{
    for (const auto &c : instrument.competencies())
        if (c.id == id)
            return &c;
    return nullptr;
}

QString Context::competencyName(const CompetencyScore &cs) const
{
    const Competency *c = competency(cs.id);
    return c ? QStringLiteral("C%1 %2").arg(c->number).arg(esc(c->title)) : esc(cs.id);
}

QString Context::agreementWords(const PowerCoreScore &pc) const
{
    if (!pc.agreement)
        return Report::tr("agreement not measured (fewer than two rankings)");
    QString words = Report::tr("%1 agreement").arg(bandWords(*pc.agreement));
    if (pc.kendallW)
        words += Report::tr(" (Kendall's W = %1, on a scale from 0, no agreement, to 1, identical rankings)")
                     .arg(QLocale().toString(*pc.kendallW, 'f', 2));
    return words;
}

QString Context::answeredNote(const AnswerCount &count) const
{
    if (!count.partial())
        return {};
    return Report::tr(" (%1 of %2 answered)").arg(count.answered).arg(count.expected);
}

QString Context::pageOf(const QString &sectionTitle) const
{
    const auto it = sectionPages.find(sectionTitle);
    return it == sectionPages.end() ? QString() : Report::tr(", page %1").arg(it->second);
}

namespace {

// Every competency whose percentage prints the same as the best (or worst) one: a tie is named in
// full ("C2 … and C5 …, 36.1%"), never settled by the order of the list.
struct Tied
{
    QStringList names;
    QString percent;
    QString text() const
    {
        QStringList rest = names;
        const QString last = rest.takeLast();
        const QString list =
            rest.isEmpty() ? last : rest.join(QStringLiteral(", ")) + Report::tr(" and ") + last;
        return QStringLiteral("%1, %2").arg(list, percent);
    }
};

Tied tiedCompetencies(const Context &cx, bool strongest)
{
    std::optional<double> extreme;
    for (const auto &c : cx.score.competencies)
        if (c.percent && (!extreme || (strongest ? *c.percent > *extreme : *c.percent < *extreme)))
            extreme = *c.percent;
    Tied tied;
    if (!extreme)
        return tied;
    tied.percent = formatPercent(*extreme);
    for (const auto &c : cx.score.competencies)
        if (c.percent && formatPercent(*c.percent) == tied.percent)
            tied.names << cx.competencyName(c);
    return tied;
}

} // namespace

void paintCover(Context &cx, const Theme &theme)
{
    Flow &flow = cx.flow;
    const auto &info = cx.session.info;
    // A band of the accent colour along the top, the only decoration.
    flow.space(flow.mm(10));
    flow.drawing(flow.mm(2.5), [&](QPainter &p, const QRectF &r) { p.fillRect(r, theme.accent); });
    flow.space(flow.mm(17.5));

    QString html = QStringLiteral("<p class='muted' style='font-size:12pt'>%1</p>")
                       .arg(Report::tr("CX Maturity Report"));
    html += QStringLiteral("<p style='font-size:26pt; font-weight:bold; margin-bottom:4pt'>%1</p>")
                .arg(info.organization.empty() ? Report::tr("Organisation not named")
                                               : cx.text(info.organization));
    if (!info.title.empty())
        html += QStringLiteral("<p style='font-size:16pt'>%1</p>").arg(cx.text(info.title));
    flow.html(html);
    flow.space(flow.mm(12));

    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td class='muted' width='30%'>%1</td><td>%2</td></tr>").arg(label, value);
    };
    // A facilitator who is also a participant stays unnamed in an anonymous report.
    const bool hideFacilitator = cx.mask && cx.mask->mask(info.facilitator) == cx.mask->replacement();
    QString table = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3'>");
    table += row(Report::tr("Date"),
                 info.date.empty() ? Report::tr("not recorded") : formatDate(info.date).toHtmlEscaped());
    if (!hideFacilitator)
        table += row(Report::tr("Facilitator"),
                     info.facilitator.empty() ? Report::tr("not recorded") : esc(info.facilitator));
    table += row(Report::tr("Mode"),
                 cx.self() ? Report::tr("Self-assessment") : Report::tr("Leadership workshop"));
    table += row(Report::tr("Participants"), QString::number(cx.session.participants.size()));
    table +=
        row(Report::tr("Assessment"),
            Report::tr("Chief Customer Officer (CCO) workbook, version %1").arg(esc(cx.instrument.version)));
    table += QStringLiteral("</table>");
    flow.html(table);
    flow.space(flow.mm(8));

    if (cx.options.anonymous) {
        flow.html(
            QStringLiteral("<p class='muted'>%1</p>")
                .arg(Report::tr("Anonymous report: participants' names, roles and individual answers are not "
                                "shown. Names typed into notes and labels are masked and print as “%1”.")
                         .arg(esc(cx.mask ? cx.mask->replacement() : std::string()))));
    } else if (!cx.session.participants.empty()) {
        QString list = QStringLiteral("<h3>%1</h3><table width='100%' cellspacing='0' cellpadding='2'>")
                           .arg(cx.self() ? Report::tr("Participant") : Report::tr("Participants"));
        for (const auto &p : cx.session.participants)
            list += QStringLiteral("<tr><td width='45%'>%1</td><td class='muted'>%2</td></tr>")
                        .arg(esc(p.name), esc(p.role));
        list += QStringLiteral("</table>");
        flow.html(list);
    }
    if (!info.notes.empty())
        flow.html(
            QStringLiteral("<h3>%1</h3><p>%2</p>").arg(Report::tr("Session notes"), cx.text(info.notes)));
}

QString standingHtml(Context &cx)
{
    const Score &s = cx.score;
    QString html;
    if (s.milestone && s.overall) {
        const MilestoneContent *m = cx.instrument.findMilestone(*s.milestone);
        html += QStringLiteral("<p style='font-size:13pt'>%1 <span class='accent'>%2</span></p>")
                    .arg(Report::tr("Milestone reached:"), Report::tr("%1 (milestone %2 of %3)")
                                                               .arg(m ? esc(m->title) : esc(*s.milestone))
                                                               .arg(*s.milestoneIndex + 1)
                                                               .arg(cx.milestoneCount()));
        if (m)
            html += QStringLiteral("<p><i>%1</i></p>").arg(cx.workbook(m->theme));
        html += QStringLiteral("<p class='muted'>%1</p>")
                    .arg(Report::tr(
                             "Where the organisation sits is this tool's rule, not the workbook's: the "
                             "overall index in bands of %1 points, at most one milestone above the weakest "
                             "competency (see “%2”%3).")
                             .arg(QString::number(cx.instrument.scoring.milestoneBandWidth), methodTitle(),
                                  cx.pageOf(methodTitle())));
        html += QStringLiteral("<p style='font-size:13pt'>%1 <span class='accent'>%2</span>%3</p>")
                    .arg(Report::tr("Overall maturity index:"), formatPercent(*s.overall),
                         cx.self() ? QString() : cx.answeredNote(cx.counter.competencies()));
        html += QStringLiteral("<p class='muted'>%1</p>")
                    .arg(Report::tr(
                        "The index is the mean of the five competency percentages (0% = all Early, 100% "
                        "= all Mature)."));
    } else {
        int complete = 0;
        for (const auto &c : s.competencies)
            complete += c.complete ? 1 : 0;
        html += QStringLiteral("<p style='font-size:13pt' class='warn'>%1</p>")
                    .arg(Report::tr("Not yet placed on the maturity map: %1 of %2 competencies are complete.")
                             .arg(complete)
                             .arg(s.competencies.size()));
        html += QStringLiteral("<p>%1</p>")
                    .arg(Report::tr(
                        "The milestone and the overall index appear once every item of every competency "
                        "has a rating or a consensus."));
    }
    return html;
}

void writeSummary(Context &cx, const Theme &theme)
{
    Flow &flow = cx.flow;
    const Score &s = cx.score;
    // The milestone and the index open the brief (page 2); the findings follow on a page of their own.
    flow.section(Report::tr("Executive summary"), true);
    QString html;
    html += QStringLiteral("<ul>");
    const auto scored = std::count_if(s.competencies.begin(), s.competencies.end(),
                                      [](const auto &c) { return c.percent.has_value(); });
    const Tied best = tiedCompetencies(cx, true);
    if (best.names.size() > 1 && best.names.size() == scored) {
        html += QStringLiteral("<li>%1 %2</li>")
                    .arg(Report::tr("Every competency scores the same:"), best.percent);
    } else if (!best.names.isEmpty()) {
        const Tied worst = tiedCompetencies(cx, false);
        html += QStringLiteral("<li>%1 %2</li>")
                    .arg(best.names.size() > 1 ? Report::tr("Strongest competencies (tied):")
                                               : Report::tr("Strongest competency:"),
                         best.text());
        html += QStringLiteral("<li>%1 %2</li>")
                    .arg(worst.names.size() > 1 ? Report::tr("Weakest competencies (tied):")
                                                : Report::tr("Weakest competency:"),
                         worst.text());
    }
    if (!cx.self())
        html +=
            QStringLiteral("<li>%1</li>")
                .arg(Report::tr(
                         "The team disagreed (someone said Early, someone said Mature) on %1 of %2 items.")
                         .arg(s.disagreements())
                         .arg(cx.instrument.itemCount()));
    const auto &pc = s.powerCore;
    if (pc.hasData && pc.primary && pc.secondary) {
        QString line = Report::tr("Power Core: A = %1, B = %2")
                           .arg(cx.optionTitle(*pc.primary), cx.optionTitle(*pc.secondary));
        // The ranking breaks ties by the workbook's order; the summary names every option tied for A or B.
        const auto tiedWithB = pc.tiedWith(1);
        QStringList tied;
        for (const auto &id : tiedWithB)
            if (id != pc.ranking[0])
                tied << cx.optionTitle(id);
        if (pc.ranking.size() >= 2 &&
            std::find(tiedWithB.begin(), tiedWithB.end(), pc.ranking[0]) != tiedWithB.end())
            line += Report::tr(
                        " (A and B are tied on points and first places; the workbook's order lists %1 first)")
                        .arg(cx.optionTitle(pc.ranking[0]));
        if (!tied.isEmpty())
            line += Report::tr(" (B tied with %1 on points and first places)")
                        .arg(tied.join(Report::tr(" and ")));
        if (!cx.self())
            line += QStringLiteral("; ") + cx.agreementWords() + cx.answeredNote(cx.counter.powerCore());
        html += QStringLiteral("<li>%1</li>").arg(line);
        if (pc.customerInCore.value_or(false))
            html += QStringLiteral("<li>%1</li>").arg(Report::tr("The Customer is in the Power Core."));
        else
            html += QStringLiteral("<li class='warn'>%1</li>")
                        .arg(Report::tr(
                            "The Customer is not in the Power Core: customer needs are not yet at the "
                            "centre of decisions."));
    } else {
        html += QStringLiteral("<li>%1</li>").arg(Report::tr("Power Core: no rankings recorded."));
    }
    const auto &rd = s.readiness;
    if (rd.mandate)
        html += QStringLiteral("<li>%1 <b>%2</b> (%3)%4</li>")
                    .arg(Report::tr("CCO readiness mandate:"), bandWords(*rd.mandate),
                         (cx.self() ? Report::tr("%1 of %2 questions answered No")
                                    : Report::tr("%1 of %2 questions answered No or split"))
                             .arg(rd.gaps())
                             .arg(rd.answers.size()),
                         cx.self() ? QString() : cx.answeredNote(cx.counter.readiness()));
    else
        html += QStringLiteral("<li>%1</li>")
                    .arg(Report::tr("CCO readiness mandate: not determined (%1 questions unanswered)")
                             .arg(rd.unanswered));
    // The journey: for each worksheet rated per stage (experience reliability), the stage its first
    // item (customers) rates lowest; ties name the earliest stage, as the journey runs.
    for (const auto &w : s.worksheets) {
        const Worksheet *ws = cx.instrument.findWorksheet(w.id);
        if (!ws || w.stages.empty() || ws->items.empty())
            continue;
        std::optional<std::size_t> least;
        double lowest = 0;
        for (std::size_t st = 0; st < w.stages.size(); ++st)
            for (const auto &is : w.stages[st].second.items)
                if (is.id == ws->items.front().id && is.value && (!least || *is.value < lowest)) {
                    least = st;
                    lowest = *is.value;
                }
        if (!least || *least >= cx.session.stages.size())
            continue;
        const auto &levels = cx.instrument.levelsOf(*ws);
        const std::string level = ScoringEngine(cx.instrument).levelFor(lowest);
        std::size_t index = 0;
        for (std::size_t i = 0; i < cx.instrument.scoring.competencyLevels.size(); ++i)
            if (cx.instrument.scoring.competencyLevels[i].id == level)
                index = std::min(i, levels.size() - 1);
        html += QStringLiteral("<li>%1</li>")
                    .arg(Report::tr("Least reliable stage for customers: %1. %2 (%3, %4)")
                             .arg(*least + 1)
                             .arg(cx.text(cx.session.stages[*least].name), formatMean(lowest),
                                  esc(levels[index].label)));
    }
    html += QStringLiteral("</ul>");
    flow.html(html);

    // The 15 items at a glance, if they fit on the summary page: as large as the page leaves room for,
    // up to tiles of about the width's eighth.
    const qreal smallest = std::min(flow.mm(85), flow.content().width() * 0.5);
    if (flow.remaining() >= smallest + flow.mm(8)) {
        flow.html(QStringLiteral("<h3>%1</h3>").arg(Report::tr("The 15 items at a glance")));
        const qreal mapH = std::clamp(flow.remaining() - flow.mm(2), smallest, flow.content().width() * 0.62);
        HeatMapOptions options;
        options.showDisagreement = !cx.self();
        options.targets = targetLevels(cx.session);
        flow.drawing(mapH, [&](QPainter &p, const QRectF &r) {
            paintHeatMap(p, r, cx.instrument, s, theme, options);
        });
    }
}

void writeMap(Context &cx, const Theme &theme)
{
    Flow &flow = cx.flow;
    const QString title =
        QString::fromStdString(cx.instrument.maturityMapTitle.empty() ? std::string("Maturity map")
                                                                      : cx.instrument.maturityMapTitle);
    flow.section(title, true);
    if (!cx.instrument.maturityMapSubtitle.empty())
        flow.html(
            QStringLiteral("<p class='muted'>%1</p>").arg(cx.workbook(cx.instrument.maturityMapSubtitle)));
    const qreal w = flow.content().width();
    flow.drawing(w * 0.40, [&](QPainter &p, const QRectF &r) {
        paintMilestonePath(p, r, cx.instrument, cx.score, theme);
    });
    flow.space(flow.mm(6));
    flow.html(QStringLiteral("<h2>%1</h2>").arg(Report::tr("The five competencies")));
    const qreal radarH = std::min(w * 0.72, flow.remaining() - flow.mm(4));
    RadarOptions options;
    options.targets = targetLevels(cx.session);
    flow.drawing(radarH, [&](QPainter &p, const QRectF &r) {
        paintRadar(p, r, cx.instrument, cx.score, theme, options);
    });
}

} // namespace cxm::report
