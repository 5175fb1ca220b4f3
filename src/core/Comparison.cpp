#include "Comparison.h"

#include "Error.h"
#include "TargetGaps.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace cxm {

namespace {

constexpr double kValuePrecision = 0.005;  // values on the 1–3 scale print with two decimals
constexpr double kPercentPrecision = 0.05; // percentages with one
constexpr double kTolerance = 1e-9;        // scoring.md: in favour of the higher band

Change changeOf(const std::optional<double> &from, const std::optional<double> &to, double precision)
{
    Change c{from, to, Direction::Unknown};
    if (from && to) {
        const double d = *to - *from;
        c.direction = std::abs(d) < precision ? Direction::Same : d > 0 ? Direction::Up : Direction::Down;
    }
    return c;
}

void fillChanges(TrendRow &row, double precision)
{
    row.steps.clear();
    for (std::size_t i = 1; i < row.values.size(); ++i)
        row.steps.push_back(changeOf(row.values[i - 1], row.values[i], precision));
    row.overall = row.values.empty() ? Change{} : changeOf(row.values.front(), row.values.back(), precision);
}

std::string normalName(const std::string &name)
{
    std::string out;
    bool space = false;
    for (unsigned char c : name) {
        if (std::isspace(c)) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += static_cast<char>(std::tolower(c));
    }
    return out;
}

// Whether session `later` is a follow-up (directly or through others) of session `earlier`.
bool follows(const std::vector<ComparedSession> &sessions, std::size_t later, std::size_t earlier)
{
    const std::string &target = sessions[earlier].uuid;
    if (target.empty())
        return false;
    std::string next = sessions[later].follows;
    for (std::size_t hops = 0; !next.empty() && hops <= sessions.size(); ++hops) {
        if (next == target)
            return true;
        const auto it = std::find_if(sessions.begin(), sessions.end(),
                                     [&](const ComparedSession &s) { return s.uuid == next; });
        if (it == sessions.end())
            return false;
        next = it->follows;
    }
    return false;
}

// Oldest first: by date, a session without one after the dated; on one date, a session before its
// follow-ups; otherwise the order given (a stable sort, then adjacent swaps within a date).
void order(std::vector<ComparedSession> &sessions)
{
    std::stable_sort(sessions.begin(), sessions.end(),
                     [](const ComparedSession &a, const ComparedSession &b) {
                         const std::string &da = a.session.info.date, &db = b.session.info.date;
                         if (da.empty() != db.empty())
                             return db.empty();
                         return da < db;
                     });
    // At most n passes: a malformed pair of files that each claim to follow the other stays as given.
    bool swapped = true;
    for (std::size_t pass = 0; swapped && pass < sessions.size(); ++pass) {
        swapped = false;
        for (std::size_t i = 0; i + 1 < sessions.size(); ++i)
            if (sessions[i].session.info.date == sessions[i + 1].session.info.date &&
                follows(sessions, i, i + 1)) {
                std::swap(sessions[i], sessions[i + 1]);
                swapped = true;
            }
    }
}

std::optional<std::string> levelOf(const ScoringEngine &engine, const std::optional<double> &value)
{
    return value ? std::optional(engine.levelFor(*value)) : std::nullopt;
}

// The stage rows of one per-stage scale worksheet: each stage of each session joins the row whose
// latest stage it is, by id when its session follows that one (a follow-up keeps the stage ids),
// otherwise by name (independent sessions number their stages each their own way).
std::vector<TrendRow> stageRows(const Worksheet &w, const Comparison &c)
{
    const std::size_t n = c.sessions.size();
    std::vector<TrendRow> rows;
    std::vector<std::pair<std::size_t, const Stage *>> last; // per row: the session and stage seen last
    for (std::size_t s = 0; s < n; ++s) {
        std::set<std::size_t> taken;
        for (const Stage &stage : c.sessions[s].session.stages) {
            std::optional<std::size_t> match;
            for (std::size_t r = 0; r < rows.size() && !match; ++r) {
                if (taken.count(r))
                    continue;
                const auto &[ls, lstage] = last[r];
                const bool byId = follows(c.sessions, s, ls);
                if (byId ? lstage->id == stage.id : normalName(lstage->name) == normalName(stage.name))
                    match = r;
            }
            if (!match) {
                TrendRow row;
                row.id = w.id;
                row.stageIds.assign(n, {});
                row.values.assign(n, std::nullopt);
                row.levels.assign(n, std::nullopt);
                rows.push_back(std::move(row));
                last.emplace_back(s, &stage);
                match = rows.size() - 1;
            }
            taken.insert(*match);
            TrendRow &row = rows[*match];
            last[*match] = {s, &stage};
            row.stageIds[s] = stage.id;
            row.label = stage.name;
            if (const WorksheetScore *ws = c.scores[s].findWorksheet(w.id))
                for (const auto &[id, cs] : ws->stages)
                    if (id == stage.id) {
                        row.values[s] = cs.mean;
                        row.levels[s] = cs.level;
                    }
        }
    }
    for (TrendRow &row : rows)
        fillChanges(row, kValuePrecision);
    return rows;
}

// The stage of session `to` that the stage `scope` of session `from` became, by the stage rows.
std::string stageIn(const Comparison &c, const std::string &scope, std::size_t from, std::size_t to,
                    std::string *name)
{
    for (const TrendRow &row : c.stages)
        if (row.stageIds[from] == scope && !row.stageIds[to].empty()) {
            if (name)
                *name = row.label;
            return row.stageIds[to];
        }
    // A stage without a per-stage scale worksheet row: by id in a follow-up, else by name.
    const Stage *stage = c.sessions[from].session.findStage(scope);
    if (!stage)
        return {};
    for (const Stage &other : c.sessions[to].session.stages)
        if (follows(c.sessions, to, from) ? other.id == stage->id
                                          : normalName(other.name) == normalName(stage->name)) {
            if (name)
                *name = other.name;
            return other.id;
        }
    return {};
}

void findCompletedActions(Comparison &c)
{
    for (std::size_t s = 1; s < c.sessions.size(); ++s) {
        const Session &before = c.sessions[s - 1].session;
        const bool linked = follows(c.sessions, s, s - 1);
        for (const Action &a : c.sessions[s].session.actions) {
            if (a.status != ActionStatus::Done)
                continue;
            // In a follow-up an id is the action (new ones are numbered past the previous session's);
            // between independent sessions ids can coincide, so the title must match too.
            const auto same =
                std::find_if(before.actions.begin(), before.actions.end(),
                             [&](const Action &b) { return b.id == a.id && (linked || b.title == a.title); });
            if (same != before.actions.end() && same->status == ActionStatus::Done)
                continue;
            c.actionsCompleted.push_back(
                {a, s, same == before.actions.end() ? std::nullopt : std::optional(same->status)});
        }
    }
}

void findTargetsMet(Comparison &c, const Instrument &ins)
{
    for (std::size_t s = 1; s < c.sessions.size(); ++s) {
        const ComparedSession &earlier = c.sessions[s - 1];
        for (const Target &t : earlier.session.targets) {
            const double level = ratingValue(t.level);
            const auto before = teamValue(c.scores[s - 1], ins, t.item, t.scope);
            if (before && *before >= level - kTolerance)
                continue; // reached already where it was set (or carried over reached)
            std::string stageName;
            const std::string scope =
                t.scope.empty() ? std::string() : stageIn(c, t.scope, s - 1, s, &stageName);
            if (!t.scope.empty() && scope.empty())
                continue; // the stage is gone from the journey
            ++c.targetsChecked;
            const auto after = teamValue(c.scores[s], ins, t.item, scope);
            if (!after || *after < level - kTolerance)
                continue;
            MetTarget met{t, s - 1, s, stageName, *after, targetDate(t, earlier.session.info), std::nullopt};
            const std::string &on = c.sessions[s].session.info.date;
            if (!met.due.empty() && !on.empty())
                met.onTime = on <= met.due;
            c.targetsMet.push_back(std::move(met));
        }
    }
}

} // namespace

std::string_view toString(Direction direction)
{
    switch (direction) {
    case Direction::Up:
        return "up";
    case Direction::Down:
        return "down";
    case Direction::Same:
        return "same";
    case Direction::Unknown:
        break;
    }
    return "unknown";
}

std::string_view arrowOf(Direction direction)
{
    switch (direction) {
    case Direction::Up:
        return "\u25B2";
    case Direction::Down:
        return "\u25BC";
    case Direction::Same:
        return "\u25AC";
    case Direction::Unknown:
        break;
    }
    return "\u2013";
}

std::string directionWords(Direction direction)
{
    switch (direction) {
    case Direction::Up:
        return "up";
    case Direction::Down:
        return "down";
    case Direction::Same:
        return "no change";
    case Direction::Unknown:
        break;
    }
    return "not comparable";
}

std::optional<double> Change::delta() const
{
    return from && to ? std::optional(*to - *from) : std::nullopt;
}

std::optional<double> GapItem::gap() const
{
    return self && team ? std::optional(*self - *team) : std::nullopt;
}

int PerceptionGap::differing() const
{
    return static_cast<int>(std::count_if(items.begin(), items.end(), [](const GapItem &i) {
        return i.direction == Direction::Up || i.direction == Direction::Down;
    }));
}

PerceptionGap perceptionGap(const ComparedSession &self, const ComparedSession &team,
                            const ComparedSession *previous, const Instrument &ins)
{
    const ScoringEngine engine(ins);
    const Score selfScore = engine.score(self.session);
    const Score teamScore = engine.score(team.session);
    const std::optional<Score> previousScore =
        previous ? std::optional(engine.score(previous->session)) : std::nullopt;
    PerceptionGap gap;
    gap.leader = self.session.participants.empty() ? std::string() : self.session.participants.front().name;
    gap.file = self.file;
    gap.teamFile = team.file;
    gap.previousFile = previous ? previous->file : std::string();
    const auto valueIn = [](const Score &score, const std::string &item) {
        const ItemScore *is = score.findItem(item);
        return is ? is->value : std::nullopt;
    };
    for (const std::string &id : ins.itemIds()) {
        GapItem g;
        g.item = id;
        g.self = valueIn(selfScore, id);
        g.team = valueIn(teamScore, id);
        if (previousScore)
            g.previous = valueIn(*previousScore, id);
        g.selfLevel = levelOf(engine, g.self);
        g.teamLevel = levelOf(engine, g.team);
        g.previousLevel = levelOf(engine, g.previous);
        if (g.self && g.team) {
            // By level, as a leader says it: "I think we are Advanced; my team says Early".
            const auto rank = [&](const std::string &level) {
                for (std::size_t i = 0; i < ins.scoring.competencyLevels.size(); ++i)
                    if (ins.scoring.competencyLevels[i].id == level)
                        return static_cast<int>(i);
                return -1;
            };
            const int d = rank(*g.selfLevel) - rank(*g.teamLevel);
            g.direction = d > 0 ? Direction::Up : d < 0 ? Direction::Down : Direction::Same;
        }
        gap.items.push_back(std::move(g));
    }
    return gap;
}

Comparison compareSessions(std::vector<ComparedSession> sessions, const Instrument &ins)
{
    if (sessions.size() < 2)
        throw InputError(sessions.empty() ? std::string() : sessions.front().file,
                         "a comparison needs two or more sessions; give the earlier and the later session");
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const ComparedSession &a = sessions[i];
        if (a.instrumentId != sessions.front().instrumentId)
            throw InputError(a.file, "was taken with the instrument \"" + a.instrumentId + "\" " +
                                         a.instrumentVersion + ", and " + sessions.front().file + " with \"" +
                                         sessions.front().instrumentId + "\" " +
                                         sessions.front().instrumentVersion +
                                         ": sessions of different instruments cannot be compared");
        if (a.session.info.mode == Mode::Self && a.session.participants.size() != 1)
            throw InputError(a.file, "is a self-assessment with " +
                                         std::to_string(a.session.participants.size()) +
                                         " participants; a self-assessment has exactly one");
        for (std::size_t j = 0; j < i; ++j) {
            const ComparedSession &b = sessions[j];
            const bool sameUuid = !a.uuid.empty() && a.uuid == b.uuid;
            if (sameUuid || ((a.uuid.empty() || b.uuid.empty()) && a.session == b.session))
                throw InputError(
                    a.file, "is the same session as " + b.file +
                                (sameUuid ? " (UUID " + a.uuid + ")" : std::string(" (the same answers)")) +
                                "; compare two different sessions, such as a session and its follow-up");
        }
    }

    Comparison c;
    std::vector<ComparedSession> selves;
    const bool anyWorkshop = std::any_of(sessions.begin(), sessions.end(), [](const ComparedSession &s) {
        return s.session.info.mode == Mode::Workshop;
    });
    for (ComparedSession &s : sessions)
        (anyWorkshop && s.session.info.mode == Mode::Self ? selves : c.sessions).push_back(std::move(s));
    order(c.sessions);

    const ScoringEngine engine(ins);
    for (const ComparedSession &s : c.sessions)
        c.scores.push_back(engine.score(s.session));

    std::set<std::string> organisations;
    std::set<std::string> versions;
    for (const auto *list : {&c.sessions, &selves})
        for (const ComparedSession &s : *list) {
            organisations.insert(normalName(s.session.info.organization));
            versions.insert(s.instrumentVersion);
        }
    if (organisations.size() > 1) {
        std::string names;
        for (const auto *list : {&c.sessions, &selves})
            for (const ComparedSession &s : *list)
                names += (names.empty() ? "" : ", ") + s.file + ": \"" + s.session.info.organization + "\"";
        c.warnings.push_back("the sessions name different organisations (" + names +
                             "); compare the sessions of one organisation");
    }
    if (versions.size() > 1)
        c.warnings.push_back("the sessions were taken with different versions of the instrument \"" + ins.id +
                             "\"; every answer of each is to an item of the version in use (" + ins.version +
                             "), so they are compared item by item");

    const std::size_t n = c.sessions.size();
    const auto row = [&](std::string id, std::string label) {
        TrendRow r;
        r.id = std::move(id);
        r.label = std::move(label);
        r.values.assign(n, std::nullopt);
        r.levels.assign(n, std::nullopt);
        return r;
    };
    c.overall = row("overall", "Overall maturity index");
    c.milestone = row("milestone", "Milestone");
    for (std::size_t s = 0; s < n; ++s) {
        c.overall.values[s] = c.scores[s].overall;
        if (c.scores[s].milestoneIndex)
            c.milestone.values[s] = *c.scores[s].milestoneIndex;
        c.milestone.levels[s] = c.scores[s].milestone;
    }
    fillChanges(c.overall, kPercentPrecision);
    fillChanges(c.milestone, 0.5);
    for (std::size_t k = 0; k < ins.competencies().size(); ++k) {
        const Competency &comp = ins.competencies()[k];
        TrendRow r = row(comp.id, "C" + std::to_string(comp.number) + " " + comp.title);
        for (std::size_t s = 0; s < n; ++s) {
            r.values[s] = c.scores[s].competencies[k].percent;
            r.levels[s] = c.scores[s].competencies[k].level;
        }
        fillChanges(r, kPercentPrecision);
        c.competencies.push_back(std::move(r));
        for (const Item &item : comp.items) {
            TrendRow ir = row(item.id, item.title);
            for (std::size_t s = 0; s < n; ++s) {
                const ItemScore *is = c.scores[s].findItem(item.id);
                ir.values[s] = is ? is->value : std::nullopt;
                ir.levels[s] = levelOf(engine, ir.values[s]);
            }
            fillChanges(ir, kValuePrecision);
            c.items.push_back(std::move(ir));
        }
    }
    for (const Worksheet &w : ins.worksheets)
        if (w.kind == WorksheetKind::Scale && w.scope == WorksheetScope::Stage)
            for (TrendRow &r : stageRows(w, c))
                c.stages.push_back(std::move(r));
    findCompletedActions(c);
    findTargetsMet(c, ins);

    // Each leader's self-assessment against the latest workshop and the one before it.
    if (!selves.empty()) {
        const ComparedSession &team = c.sessions.back();
        const ComparedSession *previous = n >= 2 ? &c.sessions[n - 2] : nullptr;
        for (const ComparedSession &self : selves)
            c.perceptionGaps.push_back(perceptionGap(self, team, previous, ins));
    }
    return c;
}

} // namespace cxm
