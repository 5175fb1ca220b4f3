// The session model: everything a workshop or a self-assessment records, as plain values.
// A Session is what SessionFile loads and what the JSON and CSV exporters write; it holds ids as
// in the session interchange format (participants "p1", items "c1.culture", options, "r1").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxm {

enum class Mode { Workshop, Self };
enum class Rating { Early = 1, Advanced = 2, Mature = 3 };
enum class Answer { No = 0, Yes = 1 };

std::string_view toString(Mode mode);
std::string_view toString(Rating rating);
std::string_view toString(Answer answer);
std::optional<Mode> parseMode(std::string_view text);
std::optional<Rating> parseRating(std::string_view text);
std::optional<Answer> parseAnswer(std::string_view text);
inline int ratingValue(Rating r)
{
    return static_cast<int>(r);
}

struct SessionInfo
{
    std::string title;
    std::string organization;
    Mode mode = Mode::Workshop;
    std::string facilitator;
    std::string date; // YYYY-MM-DD, may be empty
    std::string notes;
    bool operator==(const SessionInfo &) const = default;
};

struct Participant
{
    std::string id;
    std::string name;
    std::string role;
    bool operator==(const Participant &) const = default;
};

struct RatingEntry
{
    std::string participant;
    std::string item;
    Rating rating = Rating::Early;
    std::string note;
    bool operator==(const RatingEntry &) const = default;
};

struct ConsensusRating
{
    std::string item;
    Rating rating = Rating::Early;
    std::string note;
    bool operator==(const ConsensusRating &) const = default;
};

struct PowerCoreRanking
{
    std::string participant;
    std::vector<std::string> ranking; // all seven option ids, first = "A"
    std::string otherLabel;           // names the "Other" option; may be empty
    bool operator==(const PowerCoreRanking &) const = default;
};

struct PowerCoreConsensus
{
    std::vector<std::string> ranking;
    std::string note;
    bool operator==(const PowerCoreConsensus &) const = default;
};

struct ReadinessAnswer
{
    std::string participant;
    std::string question;
    Answer answer = Answer::No;
    std::string note;
    bool operator==(const ReadinessAnswer &) const = default;
};

struct ReadinessConsensus
{
    std::string question;
    Answer answer = Answer::No;
    std::string note;
    bool operator==(const ReadinessConsensus &) const = default;
};

// Step ids for absences that are not a competency's id.
inline const std::string kPowerCoreStep = "power_core";
inline const std::string kReadinessStep = "readiness";

// The facilitator marked a participant as absent for one step (a competency id, "power_core" or
// "readiness"): that step is complete without their answers, and "n of N" does not count them.
struct Absence
{
    std::string participant;
    std::string step;
    bool operator==(const Absence &) const = default;
};

struct Session
{
    SessionInfo info;
    std::vector<Participant> participants;
    std::vector<RatingEntry> ratings;
    std::vector<ConsensusRating> consensus;
    std::vector<PowerCoreRanking> powerCore;
    std::optional<PowerCoreConsensus> powerCoreConsensus;
    std::vector<ReadinessAnswer> readiness;
    std::vector<ReadinessConsensus> readinessConsensus;
    std::vector<Absence> absences; // not part of the session JSON of version 1
    bool operator==(const Session &) const = default;

    const Participant *findParticipant(const std::string &id) const;
    const RatingEntry *findRating(const std::string &participant, const std::string &item) const;
    const ConsensusRating *findConsensus(const std::string &item) const;
    const PowerCoreRanking *findPowerCore(const std::string &participant) const;
    const ReadinessAnswer *findReadiness(const std::string &participant, const std::string &question) const;
    const ReadinessConsensus *findReadinessConsensus(const std::string &question) const;
    bool isAbsent(const std::string &participant, const std::string &step) const;
    // The next free participant id of the form "pN".
    std::string nextParticipantId() const;
};

class Instrument;

// Puts the answers in the order a session file returns them: participants in their order, then
// questions in the instrument's order. Two sessions with the same answers compare equal after it.
void sortCanonically(Session &session, const Instrument &instrument);

} // namespace cxm
