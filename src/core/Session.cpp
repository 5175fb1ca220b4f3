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

const RatingEntry *Session::findRating(const std::string &participant, const std::string &item) const
{
    return findIn(ratings,
                  [&](const RatingEntry &r) { return r.participant == participant && r.item == item; });
}

const ConsensusRating *Session::findConsensus(const std::string &item) const
{
    return findIn(consensus, [&](const ConsensusRating &c) { return c.item == item; });
}

const PowerCoreRanking *Session::findPowerCore(const std::string &participant) const
{
    return findIn(powerCore, [&](const PowerCoreRanking &r) { return r.participant == participant; });
}

const ReadinessAnswer *Session::findReadiness(const std::string &participant,
                                              const std::string &question) const
{
    return findIn(readiness, [&](const ReadinessAnswer &a) {
        return a.participant == participant && a.question == question;
    });
}

const ReadinessConsensus *Session::findReadinessConsensus(const std::string &question) const
{
    return findIn(readinessConsensus, [&](const ReadinessConsensus &c) { return c.question == question; });
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

void sortCanonically(Session &s, const Instrument &ins)
{
    std::unordered_map<std::string, std::size_t> order;
    for (std::size_t i = 0; i < s.participants.size(); ++i)
        order.emplace(s.participants[i].id, i);
    const auto byParticipant = [&](const std::string &id) {
        const auto it = order.find(id);
        return it == order.end() ? s.participants.size() : it->second;
    };
    std::unordered_map<std::string, int> items;
    for (const auto &id : ins.itemIds())
        items.emplace(id, ins.itemIndex(id));
    std::unordered_map<std::string, int> questions;
    for (const auto &q : ins.readinessQuestions)
        questions.emplace(q.id, ins.questionIndex(q.id));
    const auto itemIndex = [&](const std::string &id) {
        const auto it = items.find(id);
        return it == items.end() ? -1 : it->second;
    };
    const auto questionIndex = [&](const std::string &id) {
        const auto it = questions.find(id);
        return it == questions.end() ? -1 : it->second;
    };
    sortByKey(s.ratings, [&](const RatingEntry &r) {
        return std::pair(byParticipant(r.participant), itemIndex(r.item));
    });
    sortByKey(s.consensus, [&](const ConsensusRating &c) { return itemIndex(c.item); });
    sortByKey(s.powerCore, [&](const PowerCoreRanking &r) { return byParticipant(r.participant); });
    sortByKey(s.readiness, [&](const ReadinessAnswer &a) {
        return std::pair(byParticipant(a.participant), questionIndex(a.question));
    });
    sortByKey(s.readinessConsensus, [&](const ReadinessConsensus &c) { return questionIndex(c.question); });
}

} // namespace cxm

namespace cxm {

bool Session::isAbsent(const std::string &participant, const std::string &step) const
{
    return std::find(absences.begin(), absences.end(), Absence{participant, step}) != absences.end();
}

} // namespace cxm
