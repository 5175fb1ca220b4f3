// Small builders for sessions used across the core tests.
#pragma once

#include "Instrument.h"
#include "Session.h"

#include <string>
#include <vector>

namespace cxm::test {

inline Session workshop(int participants)
{
    Session s;
    s.info.title = "Test workshop";
    s.info.organization = "Acme";
    s.info.mode = Mode::Workshop;
    for (int i = 1; i <= participants; ++i)
        s.participants.push_back({"p" + std::to_string(i), "Person " + std::to_string(i), "Role"});
    return s;
}

// Every participant gives `rating` to every item.
inline void rateAll(Session &s, const Instrument &ins, Rating rating)
{
    for (const auto &p : s.participants)
        for (const auto &id : ins.itemIds())
            s.ratings.push_back({p.id, id, rating, {}});
}

inline void rateCompetency(Session &s, const Instrument &ins, const std::string &competency,
                           const std::vector<Rating> &perParticipant)
{
    for (const auto &c : ins.competencies)
        if (c.id == competency)
            for (const auto &item : c.items)
                for (std::size_t p = 0; p < perParticipant.size(); ++p)
                    s.ratings.push_back({s.participants.at(p).id, item.id, perParticipant[p], {}});
}

inline std::vector<std::string> ranking(std::initializer_list<const char *> ids)
{
    return {ids.begin(), ids.end()};
}

} // namespace cxm::test
