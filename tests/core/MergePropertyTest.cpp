// The merge's promise, over generated sessions: every answer of every input is in the merged
// session, or is a side of a conflict the facilitator chose against; and what comes out is a valid
// session (it is written, read back the same, and scored). Sessions are generated from fixed seeds,
// so a failure names the seed that reproduces it.
#include "Merge.h"
#include "ScoringEngine.h"
#include "SessionFile.h"
#include "Text.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>

using namespace cxm;
using namespace cxm::test;

namespace {

const Instrument &ins()
{
    return Instrument::builtin();
}

struct Gen
{
    std::mt19937 rng;
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
    bool chance(int percent) { return pick(100) < percent; }
    template<class V>
    auto any(const V &v) -> decltype(v[0])
    {
        return v[static_cast<std::size_t>(pick(static_cast<int>(v.size())))];
    }
};

// Few values, so answers often agree and often do not; names that differ only in case and spacing.
const std::vector<std::string> kNames = {"Ann Lee",    "ann  lee",  "Bob Stone",
                                         "Carla Diaz", "Dev Patel", "ANN LEE"};
const std::vector<std::string> kStageNames = {"I have a need", "I decide", "I use it", "i  decide",
                                              "I leave"};
const std::vector<std::string> kNotes = {
    "", "", "", "see the flip chart", "budget", "\u00dcn\u00efcode \u2713"};
const std::vector<std::string> kTexts = {"Answer the phone", "Call back", "Say thanks", "Listen"};

Session generate(Gen &g)
{
    Session s;
    s.info.title = g.any(std::vector<std::string>{"Q3", "Board", ""});
    s.info.organization = g.any(std::vector<std::string>{"Acme", ""});
    const bool self = g.chance(30);
    s.info.mode = self ? Mode::Self : Mode::Workshop;
    std::vector<std::string> ids = {"p1", "p2", "p3", "p4", "p5"};
    std::shuffle(ids.begin(), ids.end(), g.rng);
    const int people = self ? 1 : 1 + g.pick(4);
    for (int i = 0; i < people; ++i)
        s.participants.push_back({ids[static_cast<std::size_t>(i)], g.any(kNames), g.any(kNotes)});
    const int stages = g.pick(4);
    for (int i = 0, offset = g.pick(2); i < stages; ++i) {
        Stage st{"s" + std::to_string(i + 1 + offset),
                 g.any(kStageNames),
                 g.any(std::vector<std::string>{"", "Lead", "Sale"}),
                 {}};
        if (g.chance(40))
            st.questions =
                g.chance(50) ? std::vector<std::string>{"Why?"} : std::vector<std::string>{"Why?", "How?"};
        s.stages.push_back(st);
    }
    const auto rating = [&] { return static_cast<Rating>(1 + g.pick(3)); };
    const auto yesNo = [&] { return g.chance(50) ? Answer::Yes : Answer::No; };
    for (const auto &w : ins().worksheets) {
        std::vector<std::string> scopes{""};
        if (w.scope == WorksheetScope::Stage) {
            scopes.clear();
            for (const auto &st : s.stages)
                scopes.push_back(st.id);
        }
        for (const auto &scope : scopes) {
            switch (w.kind) {
            case WorksheetKind::Scale:
                for (const auto &item : w.items) {
                    for (const auto &p : s.participants)
                        if (g.chance(40))
                            s.ratings.push_back({p.id, item.id, rating(), g.any(kNotes), scope});
                    if (g.chance(30))
                        s.consensus.push_back({item.id, rating(), g.any(kNotes), scope});
                    if (g.chance(10))
                        s.targets.push_back({item.id, rating(), g.chance(50) ? "2027-06-30" : "",
                                             g.any(std::vector<int>{0, 6, 12}), g.any(kNotes), scope});
                }
                break;
            case WorksheetKind::Ranking: {
                std::vector<std::string> order;
                for (const auto &o : w.items)
                    order.push_back(o.id);
                const auto ranking = [&] {
                    auto r = order;
                    if (g.chance(50))
                        std::reverse(r.begin(), r.end());
                    return r;
                };
                for (const auto &p : s.participants)
                    if (g.chance(40))
                        s.rankings.push_back(
                            {p.id, ranking(),
                             w.otherOption.empty() ? "" : g.any(std::vector<std::string>{"", "Finance"}),
                             w.id, scope});
                if (g.chance(30))
                    s.rankingConsensus.push_back({ranking(), g.any(kNotes), w.id, scope});
                break;
            }
            case WorksheetKind::Checklist:
                for (const auto &q : w.items) {
                    if (!w.teamOnly)
                        for (const auto &p : s.participants)
                            if (g.chance(40))
                                s.checklist.push_back({p.id, q.id, yesNo(), g.any(kNotes), scope});
                    if (g.chance(30))
                        s.checklistConsensus.push_back({q.id, yesNo(), g.any(kNotes), scope});
                }
                break;
            case WorksheetKind::Tracked: {
                const auto answer = [&](auto a) {
                    if (g.chance(70))
                        a.tracked = yesNo();
                    if (g.chance(60) || !a.tracked)
                        a.difficulty = 1 + g.pick(static_cast<int>(w.barometer.size()));
                    a.note = g.any(kNotes);
                    a.scope = scope;
                    return a;
                };
                for (const auto &item : w.items) {
                    if (item.named && g.chance(50))
                        s.itemNames.push_back(
                            {item.id, g.any(std::vector<std::string>{"Usage", "Renewals"}), scope});
                    for (const auto &p : s.participants)
                        if (g.chance(40))
                            s.tracked.push_back(answer(TrackedAnswer{p.id, item.id, {}, {}, {}, {}}));
                    if (g.chance(30))
                        s.trackedConsensus.push_back(answer(TrackedConsensus{item.id, {}, {}, {}, {}}));
                }
                break;
            }
            case WorksheetKind::Lists:
                for (const auto &h : w.headings)
                    for (const auto &c : w.columns)
                        for (int n = g.pick(3); n > 0; --n)
                            s.entries.push_back({w.id, h.id, c.id, g.any(kTexts), scope});
                break;
            case WorksheetKind::Choice:
                if (g.chance(50))
                    s.choices.push_back({w.id, g.any(w.items).id, g.any(kNotes), scope});
                break;
            case WorksheetKind::Reconcile: {
                const auto priorities = w.itemsOf("priorities");
                for (const auto &item : w.items) {
                    if (item.named && g.chance(50))
                        s.itemNames.push_back(
                            {item.id, g.any(std::vector<std::string>{"Bonus", "Portal"}), scope});
                    if (item.group == "priorities" || !g.chance(40))
                        continue;
                    Reconciliation r{item.id, g.chance(70) ? g.any(priorities)->id : "",
                                     g.chance(70) ? g.any(w.decisions).id : "", g.any(kNotes), scope};
                    if (r.decision.empty() && r.serves.empty())
                        r.decision = w.decisions.front().id;
                    s.reconciliations.push_back(r);
                }
                break;
            }
            case WorksheetKind::Stages:
            case WorksheetKind::Reference:
                break;
            }
        }
        if (w.answeredByEach())
            for (const auto &p : s.participants)
                if (g.chance(10))
                    s.absences.push_back({p.id, w.id});
    }
    for (int n = g.pick(4), i = 1; i <= n; ++i) {
        Action a;
        a.id = "a" + std::to_string(i);
        a.title = g.any(std::vector<std::string>{"Hire a CCO", "Map the journey", "Listen to customers"});
        if (g.chance(50))
            a.owner = g.any(s.participants).id;
        else if (g.chance(50))
            a.ownerName = "Dana";
        a.status = static_cast<ActionStatus>(g.pick(4));
        std::vector<std::string> addresses{"", "item:c1.culture", "question:r3"};
        for (const auto &st : s.stages)
            addresses.push_back("stage:" + st.id);
        a.addresses = g.any(addresses);
        s.actions.push_back(a);
    }
    if (g.chance(30))
        s.dismissed.push_back(g.any(std::vector<std::string>{"weakest:c1.culture", "readiness:r3"}));
    sortCanonically(s, ins());
    // As the file returns them: by participant, then step.
    std::stable_sort(s.absences.begin(), s.absences.end(), [&](const Absence &a, const Absence &b) {
        const auto at = [&](const Absence &x) {
            return std::find_if(s.participants.begin(), s.participants.end(),
                                [&](const Participant &p) { return p.id == x.participant; }) -
                   s.participants.begin();
        };
        return std::pair(at(a), a.step) < std::pair(at(b), b.step);
    });
    return s;
}

// What an input's answer must be found as in the merged session.
struct Maps
{
    std::map<std::string, std::string> people;
    std::map<std::string, std::string> stages;
};

template<class T>
T remapped(T a, const Maps &m)
{
    if constexpr (requires { a.participant; })
        a.participant = m.people.at(a.participant);
    if (!a.scope.empty())
        a.scope = m.stages.at(a.scope);
    return a;
}

// `out` holds `in`: the same answer, a note kept within a combined one, a half tracked answer
// within a whole one, a ranking's unnamed "Other" within a named one.
template<class T>
bool covers(const T &held, const T &in)
{
    // The question first, without copying: most answers are about another one.
    if constexpr (requires { in.participant; })
        if (held.participant != in.participant)
            return false;
    if constexpr (requires { in.item; })
        if (held.item != in.item)
            return false;
    if constexpr (requires { in.question; })
        if (held.question != in.question)
            return false;
    if constexpr (requires { in.worksheet; })
        if (held.worksheet != in.worksheet)
            return false;
    if (held.scope != in.scope)
        return false;
    T out = held;
    if constexpr (requires { in.note; }) {
        if (out.note.find(in.note) == std::string::npos)
            return false;
        out.note = in.note;
    }
    if constexpr (requires { in.difficulty; }) {
        if (!in.tracked)
            out.tracked.reset();
        if (!in.difficulty)
            out.difficulty.reset();
    }
    if constexpr (requires { in.otherLabel; })
        if (in.otherLabel.empty())
            out.otherLabel.clear();
    return out == in;
}

struct Checker
{
    const std::vector<MergeInput> &inputs;
    const MergePlan &plan;
    const MergeChoices &choices;
    const Session &out;
    std::vector<Maps> maps;
    std::vector<std::string> failures;

    Checker(const std::vector<MergeInput> &in, const MergePlan &p, const MergeChoices &c, const Session &o)
        : inputs(in)
        , plan(p)
        , choices(c)
        , out(o)
        , maps(in.size())
    {
        for (const auto &person : plan.people)
            for (const auto &s : person.sources)
                maps[s.input].people[s.id] = person.participant.id;
        for (std::size_t k = 0; k < plan.stageSources.size(); ++k)
            for (const auto &s : plan.stageSources[k])
                maps[s.input].stages[s.id] = plan.merged.stages[k].id;
    }

    template<class T>
    void answers(std::vector<T> Session::*member, const char *what)
    {
        for (std::size_t i = 0; i < inputs.size(); ++i)
            for (const T &a : inputs[i].session.*member) {
                const T m = remapped(a, maps[i]);
                const auto held = [&](const std::vector<T> &v) {
                    return std::any_of(v.begin(), v.end(), [&](const T &o) { return covers(o, m); });
                };
                bool found = held(out.*member);
                for (std::size_t k = 0; k < plan.conflicts.size() && !found; ++k)
                    for (std::size_t s = 0; s < plan.conflicts[k].sides.size() && !found; ++s)
                        found = s != choices[k] && held(plan.conflicts[k].sides[s].answer.*member);
                if (!found)
                    failures.push_back(std::string(what) + " of input " + std::to_string(i) + " is lost");
            }
    }

    std::string reference(const std::string &r, const Maps &m)
    {
        const auto parts = split(r, ':');
        if (parts.size() >= 2 && (parts[0] == "stage" || parts[0] == "project" || parts[0] == "stop")) {
            auto p = parts;
            p[1] = m.stages.at(p[1]);
            return join(p, ":");
        }
        return r;
    }

    void rest()
    {
        std::map<std::string, int> outLines;
        for (const auto &e : out.entries)
            ++outLines[e.worksheet + '|' + e.scope + '|' + e.heading + '|' + e.column + '|' + e.text];
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            const Session &in = inputs[i].session;
            for (const auto &p : in.participants) {
                const Participant *q = out.findParticipant(maps[i].people.at(p.id));
                if (!q || comparableName(q->name) != comparableName(p.name))
                    failures.push_back("participant " + p.id + " of input " + std::to_string(i) + " is lost");
            }
            for (const auto &st : in.stages) {
                const Stage *merged = out.findStage(maps[i].stages.at(st.id));
                if (!merged || comparableName(merged->name) != comparableName(st.name))
                    failures.push_back("stage " + st.id + " of input " + std::to_string(i) + " is lost");
                const auto holds = [&](const Stage &o) {
                    return (st.replaces.empty() || o.replaces == st.replaces) &&
                           (st.questions.empty() || o.questions == st.questions);
                };
                bool found = merged && holds(*merged);
                for (std::size_t k = 0; k < plan.conflicts.size() && !found; ++k)
                    for (std::size_t s = 0; s < plan.conflicts[k].sides.size() && !found; ++s)
                        for (const auto &o : plan.conflicts[k].sides[s].answer.stages)
                            found = found || (s != choices[k] && o.id == merged->id && holds(o));
                if (!found)
                    failures.push_back("the definition of stage " + st.id + " of input " + std::to_string(i) +
                                       " is lost");
            }
            std::map<std::string, int> lines;
            for (const auto &e : in.entries)
                ++lines[e.worksheet + '|' + maps[i].stages[e.scope] + '|' + e.heading + '|' + e.column + '|' +
                        e.text];
            for (const auto &[key, n] : lines) {
                if (outLines[key] < n)
                    failures.push_back("list entry " + key + " of input " + std::to_string(i) + " is lost");
            }
            for (Action a : in.actions) {
                if (!a.owner.empty())
                    a.owner = maps[i].people.at(a.owner);
                a.addresses = reference(a.addresses, maps[i]);
                a.suggestion = reference(a.suggestion, maps[i]);
                if (std::none_of(out.actions.begin(), out.actions.end(), [&](Action o) {
                        o.id = a.id;
                        return o == a;
                    }))
                    failures.push_back("action " + a.id + " of input " + std::to_string(i) + " is lost");
            }
            for (const auto &d : in.dismissed)
                if (std::find(out.dismissed.begin(), out.dismissed.end(), reference(d, maps[i])) ==
                    out.dismissed.end())
                    failures.push_back("dismissed " + d + " of input " + std::to_string(i) + " is lost");
        }
        // Absent where every session of the person says so, and nowhere else.
        for (const auto &person : plan.people) {
            std::map<std::string, std::size_t> absent;
            for (const auto &s : person.sources)
                for (const auto &a : inputs[s.input].session.absences)
                    if (a.participant == s.id)
                        ++absent[a.step];
            for (const auto &w : ins().worksheets)
                if (out.isAbsent(person.participant.id, w.id) != (absent[w.id] == person.sources.size()))
                    failures.push_back("absence of " + person.participant.id + " for " + w.id);
        }
    }
};

// Which part of two sessions differs, for a failure's message.
std::string difference(const Session &a, const Session &b)
{
    std::string d;
    const auto part = [&](const char *name, const auto &x, const auto &y) {
        if (!(x == y))
            d +=
                std::string(name) + " (" + std::to_string(x.size()) + " / " + std::to_string(y.size()) + ") ";
    };
    if (!(a.info == b.info))
        d += "info ";
    part("participants", a.participants, b.participants);
    part("stages", a.stages, b.stages);
    part("ratings", a.ratings, b.ratings);
    part("consensus", a.consensus, b.consensus);
    part("rankings", a.rankings, b.rankings);
    part("rankingConsensus", a.rankingConsensus, b.rankingConsensus);
    part("checklist", a.checklist, b.checklist);
    part("checklistConsensus", a.checklistConsensus, b.checklistConsensus);
    part("tracked", a.tracked, b.tracked);
    part("trackedConsensus", a.trackedConsensus, b.trackedConsensus);
    part("itemNames", a.itemNames, b.itemNames);
    part("entries", a.entries, b.entries);
    part("choices", a.choices, b.choices);
    part("reconciliations", a.reconciliations, b.reconciliations);
    part("absences", a.absences, b.absences);
    part("targets", a.targets, b.targets);
    part("actions", a.actions, b.actions);
    part("dismissed", a.dismissed, b.dismissed);
    return d;
}

} // namespace

TEST_CASE("merge property: every input answer is in the merged session or on a losing side of a conflict")
{
    // Hundreds of durable writes: in memory (tmpfs) where there is one, so fsync costs nothing.
    const TempDir dir(std::filesystem::is_directory("/dev/shm") ? std::filesystem::path("/dev/shm")
                                                                : std::filesystem::temp_directory_path());
    int conflicts = 0;
    int matches = 0;
    for (unsigned seed = 1; seed <= 300; ++seed) {
        INFO("seed " << seed);
        Gen g{std::mt19937(seed)};
        std::vector<MergeInput> inputs;
        for (int n = 2 + g.pick(3), i = 0; i < n; ++i)
            inputs.push_back({"laptop-" + std::to_string(i) + ".cxm", generate(g), {}});
        // The generator makes valid sessions (checked on the first seeds: a file write is slow).
        if (seed <= 20)
            for (const auto &in : inputs) {
                SessionFile::write(dir / "input.cxm", ins(), in.session, true);
                REQUIRE(
                    difference(SessionFile::open(dir / "input.cxm", SessionFile::Access::ReadOnly)->load(),
                               in.session) == "");
            }
        std::set<std::size_t> confirmed;
        const MergePlan proposed = planMerge(inputs, ins());
        for (std::size_t m = 0; m < proposed.nameMatches.size(); ++m)
            if (g.chance(50))
                confirmed.insert(m);
        const MergePlan plan = planMerge(inputs, ins(), confirmed);
        MergeChoices choices;
        for (const auto &c : plan.conflicts)
            choices.push_back(static_cast<std::size_t>(g.pick(static_cast<int>(c.sides.size()))));
        conflicts += static_cast<int>(plan.conflicts.size());
        matches += static_cast<int>(confirmed.size());
        const MergeResult result = applyMerge(plan, choices, ins());
        const Session &out = result.session;

        Checker check(inputs, plan, choices, out);
        check.answers(&Session::ratings, "a rating");
        check.answers(&Session::consensus, "an agreed rating");
        check.answers(&Session::rankings, "a ranking");
        check.answers(&Session::rankingConsensus, "an agreed ranking");
        check.answers(&Session::checklist, "a checklist answer");
        check.answers(&Session::checklistConsensus, "a checklist decision");
        check.answers(&Session::tracked, "a tracked answer");
        check.answers(&Session::trackedConsensus, "a tracked team answer");
        check.answers(&Session::itemNames, "an item's name");
        check.answers(&Session::choices, "a choice");
        check.answers(&Session::reconciliations, "a reconciliation");
        check.answers(&Session::targets, "a target");
        check.rest();
        CAPTURE(check.failures);
        REQUIRE(check.failures.empty());
        CHECK(std::all_of(plan.conflicts.begin(), plan.conflicts.end(),
                          [](const MergeConflict &c) { return c.sides.size() >= 2; }));
        if (out.info.mode == Mode::Self)
            CHECK(out.participants.size() == 1);

        // Valid: written, read back the same, scored.
        const auto path = dir / ("merged-" + std::to_string(seed) + ".cxm");
        SessionFile::write(path, ins(), out, false);
        CHECK(difference(SessionFile::open(path, SessionFile::Access::ReadOnly)->load(), out) == "");
        CHECK_NOTHROW(ScoringEngine(ins()).score(out));
        std::filesystem::remove(path);
    }
    // The generator makes the cases the property is about.
    CHECK(conflicts > 300);
    CHECK(matches > 50);
}
