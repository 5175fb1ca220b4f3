// Who is who and which stage is which across the merged sessions (see Merge.h): people by id and
// name, the name matches to confirm, the ids given anew, stages by name.
#include "MergePlanner.h"

#include "Text.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <map>
#include <numeric>

namespace cxm::merge {

namespace {

// Each group keeps the id of its first source unless an earlier group has it; the others get new
// ids ("p7", "s4") past every id kept, so a renumbered one never takes an id another one keeps.
std::vector<std::string> assignIds(const std::vector<std::string> &firstIds, char prefix)
{
    std::set<std::string> taken;
    std::vector<std::string> ids(firstIds.size());
    long long highest = 0;
    for (std::size_t g = 0; g < firstIds.size(); ++g) {
        const std::string &id = firstIds[g];
        long long n = 0;
        if (id.size() > 1 && id[0] == prefix) {
            const auto [ptr, ec] = std::from_chars(id.data() + 1, id.data() + id.size(), n);
            if (ec == std::errc() && ptr == id.data() + id.size())
                highest = std::max(highest, n);
        }
        if (taken.insert(id).second)
            ids[g] = id;
    }
    // Past the range of long long, the smallest free number.
    long long next = highest < std::numeric_limits<long long>::max() ? highest : 0;
    for (auto &id : ids)
        if (id.empty()) {
            do
                id = prefix + std::to_string(++next);
            while (taken.count(id));
            taken.insert(id);
        }
    return ids;
}

// A stage defined with only a name takes the other's definition; two definitions must agree.
std::optional<Stage> combineStages(const Stage &a, const Stage &b)
{
    if (!a.replaces.empty() && !b.replaces.empty() && a.replaces != b.replaces)
        return std::nullopt;
    if (!a.questions.empty() && !b.questions.empty() && a.questions != b.questions)
        return std::nullopt;
    Stage c = a;
    if (c.replaces.empty())
        c.replaces = b.replaces;
    if (c.questions.empty())
        c.questions = b.questions;
    return c;
}

} // namespace

void Planner::people(const std::set<std::size_t> &confirmed)
{
    // Same id and same name: one person, without asking.
    std::vector<std::vector<MergeSource>> groups;
    std::map<std::pair<std::string, std::string>, std::size_t> byIdAndName;
    std::map<std::string, std::vector<std::size_t>> byName;     // comparable name → groups, in order
    std::map<std::string, std::map<std::size_t, int>> perInput; // comparable name → input → count
    for (std::size_t i = 0; i < m_inputs.size(); ++i)
        for (const auto &p : m_inputs[i].session.participants) {
            const std::string name = comparableName(p.name);
            ++perInput[name][i];
            const auto [it, added] = byIdAndName.emplace(std::pair(p.id, name), groups.size());
            if (added) {
                groups.push_back({});
                byName[name].push_back(it->second);
            }
            groups[it->second].push_back({i, p.id});
        }
    const auto participant = [&](const MergeSource &s) -> const Participant & {
        return *m_inputs[s.input].session.findParticipant(s.id);
    };
    // The same name under different ids: proposed, joined only when confirmed. Matches come in the
    // order of their first person.
    std::vector<std::size_t> joinedTo(groups.size());
    std::iota(joinedTo.begin(), joinedTo.end(), 0);
    std::vector<std::pair<std::size_t, std::string>> names;
    for (const auto &[name, members] : byName)
        if (members.size() > 1)
            names.emplace_back(members.front(), name);
    std::sort(names.begin(), names.end());
    for (const auto &[first, name] : names) {
        const auto &members = byName[name];
        const auto &counts = perInput[name];
        const bool ambiguous =
            std::any_of(counts.begin(), counts.end(), [](const auto &c) { return c.second > 1; });
        if (ambiguous) {
            m_plan.notices.push_back("The name " +
                                     MergeWords::shortened(participant(groups[first][0]).name, 60) +
                                     " is given to more than one person in one session, so it is not "
                                     "matched across sessions: they stay different people.");
            continue;
        }
        NameMatch match;
        match.name = participant(groups[first][0]).name;
        for (std::size_t g : members)
            match.sides.push_back(groups[g]);
        match.confirmed = confirmed.count(m_plan.nameMatches.size()) > 0;
        if (match.confirmed)
            for (std::size_t g : members)
                joinedTo[g] = members.front();
        m_plan.nameMatches.push_back(std::move(match));
    }
    // The people, in the order they first appear.
    std::vector<std::vector<MergeSource>> persons;
    std::vector<std::size_t> personOf(groups.size());
    std::map<std::size_t, std::size_t> personOfRoot;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto [it, added] = personOfRoot.emplace(joinedTo[g], persons.size());
        if (added)
            persons.push_back({});
        personOf[g] = it->second;
    }
    for (std::size_t g = 0; g < groups.size(); ++g)
        for (const auto &s : groups[g])
            persons[personOf[g]].push_back(s);
    for (auto &sources : persons)
        std::stable_sort(sources.begin(), sources.end(),
                         [](const MergeSource &a, const MergeSource &b) { return a.input < b.input; });

    std::vector<std::string> firstIds;
    for (const auto &sources : persons)
        firstIds.push_back(sources.front().id);
    const std::vector<std::string> ids = assignIds(firstIds, 'p');
    for (std::size_t k = 0; k < persons.size(); ++k) {
        MergePerson person;
        person.sources = persons[k];
        person.participant = participant(persons[k].front());
        person.participant.id = ids[k];
        for (const auto &s : persons[k]) {
            const Participant &p = participant(s);
            if (person.participant.role.empty())
                person.participant.role = p.role;
            else if (!p.role.empty() && p.role != person.participant.role)
                m_plan.notices.push_back(person.participant.name + " (" + ids[k] + ") has the role " +
                                         MergeWords::shortened(p.role, 60) + " in " + label(s.input) +
                                         "; the merged session keeps " +
                                         MergeWords::shortened(person.participant.role, 60) + ".");
            m_maps[s.input].people[s.id] = ids[k];
        }
        m_plan.merged.participants.push_back(person.participant);
        m_plan.people.push_back(std::move(person));
    }
    // The same id for different names: different people, said once per id.
    std::map<std::string, std::vector<std::size_t>> byId;
    for (std::size_t k = 0; k < m_plan.people.size(); ++k)
        for (const auto &s : m_plan.people[k].sources)
            if (byId[s.id].empty() || byId[s.id].back() != k)
                byId[s.id].push_back(k);
    for (const auto &[id, people] : byId) {
        std::set<std::size_t> distinct(people.begin(), people.end());
        if (distinct.size() < 2)
            continue;
        std::vector<std::string> who;
        for (std::size_t k : distinct)
            who.push_back(m_plan.people[k].participant.name + " (now " + m_plan.people[k].participant.id +
                          ")");
        m_plan.notices.push_back("The id " + id + " names different people in different sessions: " +
                                 join(who, ", ") + ". They are kept apart.");
    }
}

void Planner::stages()
{
    struct Group
    {
        std::vector<MergeSource> sources;
        std::vector<std::pair<Stage, std::vector<std::size_t>>> sides;
    };
    std::vector<Group> groups;
    std::map<std::string, std::size_t> byName;
    for (std::size_t i = 0; i < m_inputs.size(); ++i) {
        std::map<std::string, int> seen; // a name given twice in one journey: two stages
        for (const auto &st : m_inputs[i].session.stages) {
            const std::string name = comparableName(st.name);
            const std::string key = name + '\n' + std::to_string(seen[name]++);
            const auto [it, added] = byName.emplace(key, groups.size());
            if (added)
                groups.push_back({});
            Group &g = groups[it->second];
            g.sources.push_back({i, st.id});
            bool placed = false;
            for (auto &[stage, from] : g.sides)
                if (auto c = combineStages(stage, st)) {
                    stage = *c;
                    from.push_back(i);
                    placed = true;
                    break;
                }
            if (!placed)
                g.sides.push_back({st, {i}});
        }
    }
    std::vector<std::string> firstIds;
    for (const auto &g : groups)
        firstIds.push_back(g.sources.front().id);
    const std::vector<std::string> ids = assignIds(firstIds, 's');
    for (std::size_t k = 0; k < groups.size(); ++k) {
        for (const auto &s : groups[k].sources)
            m_maps[s.input].stages[s.id] = ids[k];
        m_plan.stageSources.push_back(groups[k].sources);
        Stage merged = groups[k].sides.front().first;
        merged.id = ids[k];
        if (groups[k].sides.size() > 1) {
            MergeConflict c;
            c.kind = ConflictKind::StageDefinition;
            c.question = m_words.question(merged);
            for (auto &[stage, from] : groups[k].sides) {
                MergeConflict::Side side;
                side.inputs = from;
                side.words = m_words.value(stage);
                stage.id = ids[k];
                stage.name = merged.name;
                side.answer.stages.push_back(stage);
                c.sides.push_back(std::move(side));
            }
            m_plan.conflicts.push_back(std::move(c));
            merged.replaces.clear(); // the chosen definition comes with the choice
            merged.questions.clear();
        }
        m_plan.merged.stages.push_back(std::move(merged));
    }
}

} // namespace cxm::merge
