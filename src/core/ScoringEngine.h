// The scoring engine of ../shared/spec/scoring.md (method 1): turns a Session into a maturity map.
// Deterministic and free of I/O; every threshold comes from the Instrument's scoring rules.
#pragma once

#include "Instrument.h"
#include "Session.h"

#include <nlohmann/json.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxm {

struct ItemScore
{
    std::string id;
    std::optional<double> value;
    std::array<int, 3> counts{}; // early, advanced, mature
    int spread = 0;
    bool disagreement = false;
    std::optional<Rating> consensus;
    int answered() const { return counts[0] + counts[1] + counts[2]; }
};

struct CompetencyScore
{
    std::string id;
    std::array<std::string, 3> levelIds{"early", "advanced", "mature"}; // the worksheet's levels, 1 … 3
    std::optional<double> mean;
    std::optional<double> percent;
    std::optional<std::string> level; // early, advanced, mature
    bool complete = false;
    std::vector<ItemScore> items;
};

struct PowerCoreScore
{
    bool hasData = false; // false: every field below is null in the JSON
    std::vector<std::string> ranking;
    std::vector<std::pair<std::string, int>> points; // instrument order
    std::vector<std::pair<std::string, int>> firstPlaces;
    std::optional<std::string> primary;
    std::optional<std::string> secondary;
    std::optional<bool> customerInCore;
    std::optional<double> kendallW;
    std::optional<std::string> agreement; // weak / moderate / strong, from kendallW
    bool fromConsensus = false;
    int rankers = 0;
    int pointsOf(const std::string &option) const;
    int firstPlacesOf(const std::string &option) const;
    // The other options with the same points and first places as the one at this place (0 = A): the
    // ranking breaks such ties by the workbook's order, so a summary must name them.
    std::vector<std::string> tiedWith(std::size_t place) const;
};

// The team's answer to a readiness question: its decision if recorded, else the majority of those
// who answered. Converted to words at the edge ("yes", "no", "split", "unanswered" in the JSON).
enum class TeamAnswer { Unanswered, Yes, No, Split };
std::string_view toString(TeamAnswer answer);

struct ReadinessScore
{
    std::vector<std::pair<std::string, TeamAnswer>> answers; // question -> team answer
    int yes = 0;
    int no = 0;
    int split = 0;
    int unanswered = 0;
    std::optional<std::string> mandate; // low / moderate / strong
    int gaps() const { return no + split; }
    TeamAnswer answerFor(const std::string &question) const;
    // No or split: a gap the CCO role would fill.
    static bool isGap(TeamAnswer answer) { return answer == TeamAnswer::No || answer == TeamAnswer::Split; }
};

// tracked: the team's answer per metric (its decision, else the majority) and its difficulty (the
// team's, else the mean of the participants'); a named slot the team left unnamed is no metric.
struct TrackedItemScore
{
    std::string id;
    TeamAnswer tracked = TeamAnswer::Unanswered;
    std::optional<double> difficulty;
    int yes = 0;
    int no = 0;
    bool fromConsensus = false;
};

struct TrackedScore
{
    std::vector<TrackedItemScore> items;
    int tracked = 0;
    int untracked = 0;
    int split = 0;
    int unanswered = 0;
    std::optional<double> meanUntrackedDifficulty; // of the metrics the team does not track
};

// One worksheet's score, by its kind (the five competencies are in Score::competencies).
// A reconcile worksheet about one stage: how many priorities and projects the team named, the
// decisions taken, and the stop candidates: named projects that serve no named priority.
struct ReconcileScore
{
    int priorities = 0;
    int projects = 0;
    std::map<std::string, int> decisions;    // decision id -> projects; "" = not decided yet
    std::vector<std::string> stopCandidates; // project slots, in order
};

struct WorksheetScore
{
    std::string id;
    WorksheetKind kind = WorksheetKind::Checklist;
    std::optional<CompetencyScore> scale; // a scale worksheet other than the five competencies
    std::vector<std::pair<std::string, CompetencyScore>> stages; // a per-stage scale: by stage id, in order
    std::map<std::string, std::map<std::string, int>> entriesByStage; // per-stage lists: stage -> list -> n
    // per-stage lists: stage -> list (column) -> heading -> n, for every stage, list and heading (0 too)
    std::map<std::string, std::map<std::string, std::map<std::string, int>>> listsByStage;
    std::optional<PowerCoreScore> ranking;
    std::optional<ReadinessScore> checklist;
    std::optional<TrackedScore> tracked;
    int entries = 0;                                                      // lists: how many the team wrote
    std::vector<std::pair<std::string, ReadinessScore>> checklistByStage; // a per-stage checklist
    std::vector<std::pair<std::string, std::string>> choices; // choice: scope ("" company) -> option or ""
    std::vector<std::pair<std::string, ReconcileScore>> reconcile; // reconcile: by stage id, in order
};

struct Score
{
    bool complete = false;
    std::optional<double> overall;
    std::optional<std::string> milestone;
    std::optional<int> milestoneIndex;
    std::vector<CompetencyScore> competencies;
    PowerCoreScore powerCore;               // the instrument's Power Core worksheet (scoring.md §2)
    ReadinessScore readiness;               // the instrument's readiness checklist (scoring.md §3)
    std::vector<WorksheetScore> worksheets; // every ranking, checklist, tracked and lists worksheet
    std::vector<std::pair<std::string, std::string>> journey; // the stages (id, name) in order
    const WorksheetScore *findWorksheet(const std::string &worksheetId) const;
    // A ranking's or a checklist's score by worksheet id; an empty score for an unknown id.
    const PowerCoreScore &rankingOf(const std::string &worksheetId) const;
    const ReadinessScore &checklistOf(const std::string &worksheetId) const;
    int disagreements() const;
    const CompetencyScore *strongest() const; // highest percent among scored competencies
    const CompetencyScore *weakest() const;   // lowest percent among scored competencies
    const ItemScore *findItem(const std::string &itemId) const;
};

class ScoringEngine
{
public:
    explicit ScoringEngine(const Instrument &instrument);

    // The team's score: every participant's answers plus the recorded consensus decisions.
    Score score(const Session &session) const;
    // One participant's own score: only their answers, no consensus.
    Score scoreParticipant(const Session &session, const std::string &participantId) const;

    // The document of scoring.md §4.
    static nlohmann::ordered_json toJson(const Score &score);

    // The level id for a mean value, the milestone band (0 …) for a percent.
    std::string levelFor(double mean) const;
    int bandFor(double percent) const;

private:
    Score scoreImpl(const Session &session, const std::string *onlyParticipant) const;
    CompetencyScore scoreScale(const Worksheet &w, const Session &session, const std::string *only,
                               const std::string &scope = {}) const;
    PowerCoreScore scoreRanking(const Worksheet &w, const Session &session, const std::string *only) const;
    ReadinessScore scoreChecklist(const Worksheet &w, const Session &session, const std::string *only,
                                  const std::string &scope = {}) const;
    ReconcileScore scoreReconcile(const Worksheet &w, const Session &session, const std::string &scope) const;
    TrackedScore scoreTracked(const Worksheet &w, const Session &session, const std::string *only) const;
    const Instrument &m_instrument;
};

} // namespace cxm
