#include "Roadmap.h"
#include "ReportText.h"

#include "Plan.h"
#include "PlanWords.h"
#include "TargetGaps.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace cxm::report {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// A calendar quarter as one number, so quarters count on across years.
int quarterOf(const QDate &d)
{
    return d.year() * 4 + (d.month() - 1) / 3;
}

QDate quarterStart(int quarter)
{
    return QDate(quarter / 4, (quarter % 4) * 3 + 1, 1);
}

QString quarterLabel(int quarter)
{
    return Report::tr("Q%1 %2").arg(quarter % 4 + 1).arg(quarter / 4);
}

// Where a date falls on the timeline, in quarters from the start of quarter `first`.
double positionOf(const QDate &d, int first)
{
    const int q = quarterOf(d);
    const QDate start = quarterStart(q);
    const double length = static_cast<double>(start.daysTo(quarterStart(q + 1)));
    return (q - first) + static_cast<double>(start.daysTo(d)) / length;
}

// The years a band's label names ("Years 1 through 3", "Years 5+"): the first number starts it, a
// second ends it; a single number ends it too unless a "+" leaves it open.
std::optional<std::pair<int, std::optional<int>>> yearsOf(const QString &label)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    std::vector<int> numbers;
    for (auto it = number.globalMatch(label); it.hasNext();)
        numbers.push_back(it.next().captured().toInt());
    if (numbers.empty() || numbers.front() < 1)
        return std::nullopt;
    if (numbers.size() >= 2)
        return std::make_pair(numbers[0], std::optional<int>(std::max(numbers[0], numbers[1])));
    if (label.contains(QLatin1Char('+')))
        return std::make_pair(numbers[0], std::optional<int>());
    return std::make_pair(numbers[0], std::optional<int>(numbers[0]));
}

// "Years 1 through 3: Chief Customer Officer Priorities" → "Years 1 through 3"
QString shortSetTitle(const PrioritySet &set)
{
    return qs(set.title).section(QStringLiteral(": "), 0, 0);
}

int milestoneIndex(const Instrument &instrument, const std::string &id)
{
    for (std::size_t i = 0; i < instrument.milestones.size(); ++i)
        if (instrument.milestones[i].id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace

QString statusWordsInline(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return Report::tr("open", "action status inside a sentence");
    case ActionStatus::InProgress:
        return Report::tr("in progress", "action status inside a sentence");
    case ActionStatus::Done:
        return Report::tr("done", "action status inside a sentence");
    case ActionStatus::Dropped:
        return Report::tr("dropped", "action status inside a sentence");
    }
    return Report::tr("open", "action status inside a sentence");
}

QString statusWords(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return Report::tr("Open");
    case ActionStatus::InProgress:
        return Report::tr("In progress");
    case ActionStatus::Done:
        return Report::tr("Done");
    case ActionStatus::Dropped:
        return Report::tr("Dropped");
    }
    return {};
}

QString priorityWords(const std::string &priority, const Instrument &instrument)
{
    // priorityChoices lists the priorities set by set, item by item, as the loops below walk them.
    const auto choices = priorityChoices(instrument);
    std::size_t c = 0;
    for (const auto &set : instrument.priorities)
        for (const auto &p : set.items) {
            if (c < choices.size() && choices[c].first == priority)
                return QStringLiteral("%1 (%2)").arg(qs(p.verb), shortSetTitle(set));
            ++c;
        }
    return qs(priority);
}

Roadmap Roadmap::of(const Instrument &instrument, const Session &session,
                    const std::function<QString(const std::string &)> &text)
{
    Roadmap r;
    const auto words = [&](const std::string &s) { return text ? text(s) : qs(s); };
    const QDate sessionDate = QDate::fromString(qs(session.info.date), Qt::ISODate);

    // Lanes: the priorities the actions serve, in the workbook's order, then "No priority".
    // priorityChoices lists the priorities set by set, item by item, as the loops below walk them.
    const auto choices = priorityChoices(instrument);
    std::vector<Lane> lanesOfChoices;
    for (const auto &set : instrument.priorities)
        for (const auto &p : set.items)
            lanesOfChoices.push_back({{}, qs(p.verb), shortSetTitle(set)});
    if (!session.targets.empty())
        r.lanes.push_back({{}, Report::tr("Targets"), Report::tr("Levels aimed at"), true});
    std::vector<int> choiceOfAction(session.actions.size(), -1);
    for (std::size_t a = 0; a < session.actions.size(); ++a)
        for (std::size_t c = 0; c < choices.size(); ++c)
            if (choices[c].first == session.actions[a].priority)
                choiceOfAction[a] = static_cast<int>(c);
    std::vector<int> laneOfChoice(choices.size(), -1);
    for (std::size_t c = 0; c < choices.size() && c < lanesOfChoices.size(); ++c) {
        if (std::find(choiceOfAction.begin(), choiceOfAction.end(), static_cast<int>(c)) ==
            choiceOfAction.end())
            continue;
        laneOfChoice[c] = static_cast<int>(r.lanes.size());
        r.lanes.push_back(lanesOfChoices[c]);
        r.lanes.back().priority = choices[c].first;
    }
    int noPriorityLane = -1;
    if (std::find(choiceOfAction.begin(), choiceOfAction.end(), -1) != choiceOfAction.end()) {
        noPriorityLane = static_cast<int>(r.lanes.size());
        r.lanes.push_back({{}, Report::tr("No priority"), {}});
    }

    // The quarters: from the session's (or the first due date's) to the last due date's.
    std::vector<QDate> due(session.actions.size() + session.targets.size());
    for (std::size_t a = 0; a < session.actions.size(); ++a)
        due[a] = QDate::fromString(qs(session.actions[a].due), Qt::ISODate);
    for (std::size_t t = 0; t < session.targets.size(); ++t)
        due[session.actions.size() + t] =
            QDate::fromString(qs(targetDate(session.targets[t], session.info)), Qt::ISODate);
    std::optional<int> firstDue;
    std::optional<int> lastDue;
    for (std::size_t a = 0; a < due.size(); ++a) {
        if (!due[a].isValid())
            continue;
        const int q = quarterOf(due[a]);
        firstDue = firstDue ? std::min(*firstDue, q) : q;
        lastDue = lastDue ? std::max(*lastDue, q) : q;
    }
    const bool anchored = sessionDate.isValid() || firstDue;
    const int first = sessionDate.isValid() ? quarterOf(sessionDate) : firstDue.value_or(0);
    int last = first + kMinQuarters - 1;
    if (lastDue)
        last = std::max(last, *lastDue);
    const bool later = last > first + kMaxQuarters - 1;
    if (later)
        last = first + kMaxQuarters - 2;
    const bool earlier = firstDue && *firstDue < first;
    const bool noDate = std::any_of(due.begin(), due.end(), [](const QDate &d) { return !d.isValid(); });
    r.quarters = last - first + 1;

    if (earlier)
        r.columns.push_back({ColumnKind::Earlier, Report::tr("Before %1").arg(quarterLabel(first)), -1});
    for (int q = first; q <= last; ++q)
        r.columns.push_back({ColumnKind::Quarter,
                             anchored ? quarterLabel(q) : Report::tr("Quarter %1").arg(q - first + 1),
                             q - first});
    if (later)
        r.columns.push_back(
            {ColumnKind::Later, Report::tr("From %1").arg(quarterLabel(last + 1)), r.quarters});
    if (noDate)
        r.columns.push_back({ColumnKind::NoDate, Report::tr("No date"), -1});
    const int firstQuarterColumn = earlier ? 1 : 0;

    for (std::size_t a = 0; a < due.size(); ++a) {
        Entry e;
        e.due = due[a];
        if (a < session.actions.size()) {
            const Action &action = session.actions[a];
            e.action = a;
            e.title = words(action.title);
            e.status = action.status;
            e.lane = choiceOfAction[a] >= 0 ? laneOfChoice[static_cast<std::size_t>(choiceOfAction[a])]
                                            : noPriorityLane;
        } else {
            // A target: the item (and its stage) and the level aimed at.
            const Target &t = session.targets[a - session.actions.size()];
            e.action = a - session.actions.size();
            e.target = true;
            e.lane = 0;
            QString item = qs(addressTitle("item:" + t.item, instrument, session));
            if (!t.scope.empty())
                item += QStringLiteral(" (%1)").arg(
                    words(addressWords("stage:" + t.scope, instrument, session).toStdString()));
            QString level = QString::number(ratingValue(t.level));
            if (const Worksheet *w = instrument.worksheetOfItem(t.item))
                for (const Level &l : instrument.levelsOf(*w))
                    if (l.value == ratingValue(t.level))
                        level = qs(l.label);
            e.title = QStringLiteral("%1 → %2").arg(item, level);
        }
        if (!e.due.isValid())
            e.column = static_cast<int>(r.columns.size()) - 1;
        else if (quarterOf(e.due) < first)
            e.column = 0;
        else if (quarterOf(e.due) > last)
            e.column = firstQuarterColumn + r.quarters;
        else
            e.column = firstQuarterColumn + quarterOf(e.due) - first;
        r.entries.push_back(std::move(e));
    }

    // Year 1 starts on the session's date (or at the first quarter when there is none).
    const auto yearStart = [&](int year) {
        if (sessionDate.isValid())
            return positionOf(sessionDate.addYears(year - 1), first);
        return 4.0 * (year - 1);
    };
    for (int year = 1; yearStart(year) < r.quarters; ++year)
        r.yearStarts.push_back(yearStart(year));

    // The map's year bands, each from the start of its first year to the end of its last; a band
    // whose first year the band before already covers ("Years 3 through 5" after "Years 1 through 3")
    // starts after it.
    std::optional<int> coveredTo;
    for (const YearBand &band : instrument.yearBands) {
        const auto years = yearsOf(qs(band.label));
        if (!years)
            continue;
        int from = years->first;
        if (coveredTo)
            from = std::max(from, *coveredTo + 1);
        if (years->second && *years->second < from)
            continue;
        Band b;
        b.label = qs(band.label);
        const int m0 = milestoneIndex(instrument, band.from);
        const int m1 = milestoneIndex(instrument, band.to);
        QStringList titles;
        for (int m = m0; m0 >= 0 && m <= m1; ++m)
            titles << qs(instrument.milestones[static_cast<std::size_t>(m)].title);
        b.milestones = titles.join(QStringLiteral(" → "));
        b.from = yearStart(from);
        if (years->second)
            b.to = yearStart(*years->second + 1);
        coveredTo = years->second.value_or(std::numeric_limits<int>::max() - 1);
        r.bands.push_back(b);
    }
    return r;
}

int Roadmap::count(int lane, int column) const
{
    return static_cast<int>(std::count_if(entries.begin(), entries.end(), [&](const Entry &e) {
        return e.lane == lane && e.column == column;
    }));
}

int Roadmap::countInColumn(int column) const
{
    return static_cast<int>(std::count_if(entries.begin(), entries.end(),
                                          [&](const Entry &e) { return !e.target && e.column == column; }));
}

int Roadmap::countInLane(int lane) const
{
    return static_cast<int>(
        std::count_if(entries.begin(), entries.end(), [&](const Entry &e) { return e.lane == lane; }));
}

} // namespace cxm::report
