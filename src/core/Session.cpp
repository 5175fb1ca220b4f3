#include "Session.h"

#include "Instrument.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>
#include <set>
#include <tuple>

namespace cxm {

std::string_view toString(Mode mode)
{
    return mode == Mode::Self ? "self" : "workshop";
}

std::string_view toString(Rating rating)
{
    switch (rating) {
    case Rating::Early:
        return "early";
    case Rating::Advanced:
        return "advanced";
    case Rating::Mature:
        return "mature";
    }
    return "early";
}

std::string_view toString(Answer answer)
{
    return answer == Answer::Yes ? "yes" : "no";
}

std::string_view toString(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return "open";
    case ActionStatus::InProgress:
        return "in_progress";
    case ActionStatus::Done:
        return "done";
    case ActionStatus::Dropped:
        return "dropped";
    }
    return "open";
}

std::optional<ActionStatus> parseActionStatus(std::string_view text)
{
    for (const auto status :
         {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped})
        if (text == toString(status))
            return status;
    return std::nullopt;
}

std::optional<Mode> parseMode(std::string_view text)
{
    if (text == "workshop")
        return Mode::Workshop;
    if (text == "self")
        return Mode::Self;
    return std::nullopt;
}

std::optional<Rating> parseRating(std::string_view text)
{
    if (text == "early")
        return Rating::Early;
    if (text == "advanced")
        return Rating::Advanced;
    if (text == "mature")
        return Rating::Mature;
    return std::nullopt;
}

std::optional<Answer> parseAnswer(std::string_view text)
{
    if (text == "yes")
        return Answer::Yes;
    if (text == "no")
        return Answer::No;
    return std::nullopt;
}

namespace {
template<typename Container, typename Pred>
auto findIn(const Container &c, Pred pred) -> decltype(&*c.begin())
{
    const auto it = std::find_if(c.begin(), c.end(), pred);
    return it == c.end() ? nullptr : &*it;
}
} // namespace

const Participant *Session::findParticipant(const std::string &id) const
{
    return findIn(participants, [&](const Participant &p) { return p.id == id; });
}

const Stage *Session::findStage(const std::string &id) const
{
    return findIn(stages, [&](const Stage &s) { return s.id == id; });
}

std::string Session::nextStageId() const
{
    long long highest = 0;
    for (const auto &s : stages)
        if (s.id.size() > 1 && s.id[0] == 's') {
            long long n = 0;
            const auto [ptr, ec] = std::from_chars(s.id.data() + 1, s.id.data() + s.id.size(), n);
            if (ec == std::errc() && ptr == s.id.data() + s.id.size() &&
                n < std::numeric_limits<long long>::max())
                highest = std::max(highest, n);
        }
    return "s" + std::to_string(highest + 1);
}

const RatingEntry *Session::findRating(const std::string &participant, const std::string &item,
                                       const std::string &scope) const
{
    return findIn(ratings, [&](const RatingEntry &r) {
        return r.participant == participant && r.item == item && r.scope == scope;
    });
}

const ConsensusRating *Session::findConsensus(const std::string &item, const std::string &scope) const
{
    return findIn(consensus, [&](const ConsensusRating &c) { return c.item == item && c.scope == scope; });
}

const RankingEntry *Session::findRanking(const std::string &worksheet, const std::string &participant,
                                         const std::string &scope) const
{
    return findIn(rankings, [&](const RankingEntry &r) {
        return r.participant == participant && r.worksheet == worksheet && r.scope == scope;
    });
}

const RankingConsensus *Session::findRankingConsensus(const std::string &worksheet,
                                                      const std::string &scope) const
{
    return findIn(rankingConsensus,
                  [&](const RankingConsensus &c) { return c.worksheet == worksheet && c.scope == scope; });
}

const ChecklistAnswer *Session::findChecklist(const std::string &participant, const std::string &question,
                                              const std::string &scope) const
{
    return findIn(checklist, [&](const ChecklistAnswer &a) {
        return a.participant == participant && a.question == question && a.scope == scope;
    });
}

const ChecklistConsensus *Session::findChecklistConsensus(const std::string &question,
                                                          const std::string &scope) const
{
    return findIn(checklistConsensus,
                  [&](const ChecklistConsensus &c) { return c.question == question && c.scope == scope; });
}

const Target *Session::findTarget(const std::string &item, const std::string &scope) const
{
    return findIn(targets, [&](const Target &t) { return t.item == item && t.scope == scope; });
}

const Action *Session::findAction(const std::string &id) const
{
    return findIn(actions, [&](const Action &a) { return a.id == id; });
}

std::string Session::nextActionId() const
{
    long long highest = 0;
    for (const auto &a : actions)
        if (a.id.size() > 1 && a.id[0] == 'a') {
            long long n = 0;
            const auto [ptr, ec] = std::from_chars(a.id.data() + 1, a.id.data() + a.id.size(), n);
            if (ec == std::errc() && ptr == a.id.data() + a.id.size() &&
                n < std::numeric_limits<long long>::max())
                highest = std::max(highest, n);
        }
    return "a" + std::to_string(highest + 1);
}

const ChoiceAnswer *Session::findChoice(const std::string &worksheet, const std::string &scope) const
{
    return findIn(choices,
                  [&](const ChoiceAnswer &c) { return c.worksheet == worksheet && c.scope == scope; });
}

const Reconciliation *Session::findReconciliation(const std::string &item, const std::string &scope) const
{
    return findIn(reconciliations,
                  [&](const Reconciliation &r) { return r.item == item && r.scope == scope; });
}

const TrackedAnswer *Session::findTracked(const std::string &participant, const std::string &item,
                                          const std::string &scope) const
{
    return findIn(tracked, [&](const TrackedAnswer &a) {
        return a.participant == participant && a.item == item && a.scope == scope;
    });
}

const TrackedConsensus *Session::findTrackedConsensus(const std::string &item, const std::string &scope) const
{
    return findIn(trackedConsensus,
                  [&](const TrackedConsensus &c) { return c.item == item && c.scope == scope; });
}

std::string Session::itemName(const std::string &item, const std::string &scope) const
{
    const auto *n = findIn(itemNames, [&](const ItemName &i) { return i.item == item && i.scope == scope; });
    return n ? n->name : std::string();
}

std::vector<std::string> Session::listEntries(const std::string &worksheet, const std::string &heading,
                                              const std::string &column, const std::string &scope) const
{
    std::vector<std::string> out;
    for (const auto &e : entries)
        if (e.worksheet == worksheet && e.heading == heading && e.column == column && e.scope == scope)
            out.push_back(e.text);
    return out;
}

std::string Session::nextParticipantId() const
{
    // One past the highest "pN", so a removed participant's id is not handed out again while its
    // removal can still be undone. Ids past the range of long long (or an imported "p" + LLONG_MAX)
    // cannot go one higher: then the smallest free "pN" is used, which cannot collide either.
    long long highest = 0;
    std::set<std::string> taken;
    for (const auto &p : participants) {
        taken.insert(p.id);
        if (p.id.size() > 1 && p.id[0] == 'p') {
            long long n = 0;
            const auto [ptr, ec] = std::from_chars(p.id.data() + 1, p.id.data() + p.id.size(), n);
            if (ec == std::errc() && ptr == p.id.data() + p.id.size())
                highest = std::max(highest, n);
        }
    }
    if (highest < std::numeric_limits<long long>::max())
        return "p" + std::to_string(highest + 1);
    for (long long n = 1;; ++n)
        if (!taken.count("p" + std::to_string(n)))
            return "p" + std::to_string(n);
}

namespace {

// Sorts by a key computed once per element (a stable sort on the keys), so that a session of
// thousands of participants is not ordered through millions of id look-ups.
template<typename T, typename KeyOf>
void sortByKey(std::vector<T> &v, KeyOf keyOf)
{
    using Key = decltype(keyOf(v.front()));
    if (v.size() < 2)
        return;
    std::vector<std::pair<Key, std::size_t>> keyed;
    keyed.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i)
        keyed.emplace_back(keyOf(v[i]), i);
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<T> sorted;
    sorted.reserve(v.size());
    for (const auto &k : keyed)
        sorted.push_back(std::move(v[k.second]));
    v = std::move(sorted);
}

} // namespace

CanonicalOrder::CanonicalOrder(const Session &s, const Instrument &ins)
{
    for (std::size_t i = 0; i < s.participants.size(); ++i)
        m_participants.emplace(s.participants[i].id, i);
    // Worksheets in the instrument's order, each one's items in its order.
    std::size_t place = 0;
    for (const auto &w : ins.worksheets) {
        m_places.emplace(w.id, place++);
        for (const auto &i : w.items)
            m_places.emplace(i.id, place++);
    }
    m_participantCount = s.participants.size();
    m_placeCount = place;
}

std::size_t CanonicalOrder::participant(const std::string &id) const
{
    const auto it = m_participants.find(id);
    return it == m_participants.end() ? m_participantCount : it->second;
}

std::size_t CanonicalOrder::place(const std::string &id) const
{
    const auto it = m_places.find(id);
    return it == m_places.end() ? m_placeCount : it->second;
}

void sortCanonically(Session &s, const Instrument &ins)
{
    const CanonicalOrder order(s, ins);
    const auto byParticipant = [&](const std::string &id) { return order.participant(id); };
    const auto at = [&](const std::string &id) { return order.place(id); };
    sortByKey(s.ratings, [&](const RatingEntry &r) {
        return std::tuple(r.scope, byParticipant(r.participant), at(r.item));
    });
    sortByKey(s.consensus, [&](const ConsensusRating &c) { return std::pair(c.scope, at(c.item)); });
    sortByKey(s.rankings, [&](const RankingEntry &r) {
        return std::tuple(r.scope, at(r.worksheet), byParticipant(r.participant));
    });
    sortByKey(s.rankingConsensus,
              [&](const RankingConsensus &c) { return std::pair(c.scope, at(c.worksheet)); });
    sortByKey(s.checklist, [&](const ChecklistAnswer &a) {
        return std::tuple(a.scope, byParticipant(a.participant), at(a.question));
    });
    sortByKey(s.checklistConsensus,
              [&](const ChecklistConsensus &c) { return std::pair(c.scope, at(c.question)); });
    sortByKey(s.tracked, [&](const TrackedAnswer &a) {
        return std::tuple(a.scope, byParticipant(a.participant), at(a.item));
    });
    sortByKey(s.trackedConsensus, [&](const TrackedConsensus &c) { return std::pair(c.scope, at(c.item)); });
    sortByKey(s.itemNames, [&](const ItemName &n) { return std::pair(n.scope, at(n.item)); });
    sortByKey(s.targets, [&](const Target &t) { return std::pair(t.scope, at(t.item)); });
    std::sort(s.dismissed.begin(), s.dismissed.end());
    sortByKey(s.choices, [&](const ChoiceAnswer &c) { return std::pair(c.scope, at(c.worksheet)); });
    sortByKey(s.reconciliations, [&](const Reconciliation &r) { return std::pair(r.scope, at(r.item)); });
    // Entries keep their order within a heading and column; the groups follow the instrument.
    std::unordered_map<std::string, std::size_t> groups;
    for (const auto &w : ins.worksheets)
        for (std::size_t h = 0; h < w.headings.size(); ++h)
            for (std::size_t c = 0; c < w.columns.size(); ++c)
                groups.emplace(w.id + '\n' + w.headings[h].id + '\n' + w.columns[c].id,
                               h * w.columns.size() + c);
    sortByKey(s.entries, [&](const ListEntry &e) {
        const auto g = groups.find(e.worksheet + '\n' + e.heading + '\n' + e.column);
        return std::tuple(e.scope, at(e.worksheet), g == groups.end() ? groups.size() : g->second);
    });
}

} // namespace cxm

namespace cxm {

int Session::answersStored(const std::string &participant) const
{
    const auto of = [&](const auto &answers) {
        return static_cast<int>(std::count_if(answers.begin(), answers.end(),
                                              [&](const auto &a) { return a.participant == participant; }));
    };
    return of(ratings) + of(rankings) + of(checklist) + of(tracked);
}

int Session::answersAboutStage(const std::string &stage) const
{
    int n = 0;
    const auto count = [&](const auto &answers) {
        n += static_cast<int>(
            std::count_if(answers.begin(), answers.end(), [&](const auto &a) { return a.scope == stage; }));
    };
    count(ratings);
    count(consensus);
    count(rankings);
    count(rankingConsensus);
    count(checklist);
    count(checklistConsensus);
    count(tracked);
    count(trackedConsensus);
    count(itemNames);
    count(entries);
    count(choices);
    count(reconciliations);
    count(targets);
    return n;
}

bool Session::isAbsent(const std::string &participant, const std::string &step) const
{
    return std::find(absences.begin(), absences.end(), Absence{participant, step}) != absences.end();
}

} // namespace cxm
