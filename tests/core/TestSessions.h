// Small builders for sessions used across the core tests.
#pragma once

#include "DemoSession.h"
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
    for (const auto &c : ins.competencies())
        if (c.id == competency)
            for (const auto &item : c.items)
                for (std::size_t p = 0; p < perParticipant.size(); ++p)
                    s.ratings.push_back({s.participants.at(p).id, item.id, perParticipant[p], {}});
}

inline std::vector<std::string> ranking(std::initializer_list<const char *> ids)
{
    return {ids.begin(), ids.end()};
}

// A note of `length` bytes that ends in non-ASCII text, so truncation or re-encoding shows.
inline std::string longNote(std::size_t length = 10000)
{
    const std::string tail = " \u00e9\U0001F600 end";
    return std::string(length - tail.size(), 'n') + tail;
}

// The demo workshop's answers repeated for `participants` people, the first `longNotes` of them
// (all by default) with a note of `noteLength` bytes on c1.culture: the largest session the
// reliability tests and the report are held to.
inline Session largeWorkshop(const Instrument &ins, int participants = 500, std::size_t noteLength = 10000,
                             int longNotes = -1)
{
    Session s = makeRepeatedDemoSession(ins, participants);
    const std::string note = longNote(noteLength);
    for (int p = 0; p < participants; ++p)
        if (longNotes < 0 || p < longNotes)
            for (auto &r : s.ratings)
                if (r.participant == s.participants[static_cast<std::size_t>(p)].id && r.item == "c1.culture")
                    r.note = note;
    return s;
}

} // namespace cxm::test
