// The assessment instrument: the workbook's questions, options, maturity map content and scoring
// thresholds, loaded from the versioned JSON files under assessments/. A loaded Instrument has been
// validated completely; code may rely on every id and count without checking again.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cxm {

// Whose words a text of the instrument is. The instrument quotes the workbook verbatim; where the
// app needs a text the workbook lacks (two items have no title, the rating step no instruction), the
// data marks it as the app's own, so the window and the report never present it as the workbook's.
enum class TextSource {
    Workbook,
    App,
};

struct Level
{
    std::string id; // early, advanced, mature
    std::string label;
    int value = 0;
};

struct Item
{
    std::string id; // e.g. c1.culture
    std::string title;
    std::string question;
    TextSource titleSource = TextSource::Workbook;
};

struct Competency
{
    std::string id; // c1 … c5
    int number = 0;
    std::string title;
    std::string tagline;
    std::string summary;
    std::vector<Item> items;
};

struct PowerCoreOption
{
    std::string id;
    std::string title;
    std::string description;
};

struct ReadinessQuestion
{
    std::string id; // r1 … r11
    std::string text;
    std::string tip;
};

struct MilestoneContent
{
    std::string id; // commit, unite_build, embed, mature, elevate
    std::string title;
    std::string theme;
    std::vector<std::string> leaders;
    std::vector<std::string> employees;
};

struct YearBand
{
    std::string label;
    std::string from; // milestone id
    std::string to;   // milestone id
};

struct TeamResourceStage
{
    std::string milestone;
    std::string period;
    std::vector<std::string> engagedParticipants;
    std::vector<std::string> formalOrganization;
};

struct Priority
{
    std::string verb;
    std::string text;
};

struct PrioritySet
{
    std::string id;
    std::string title;
    int fromYear = 1;
    std::optional<int> toYear;
    std::vector<Priority> items;
};

struct ScoringRules
{
    struct LevelFrom
    {
        std::string id;
        double fromMean = 0;
    };
    struct MandateBand
    {
        std::string id;
        int minGaps = 0;
        int maxGaps = 0;
    };
    struct AgreementBand
    {
        std::string id;
        double fromW = 0;
    };
    int method = 1;
    double tolerance = 1e-9;
    std::vector<LevelFrom> competencyLevels; // ascending
    double milestoneBandWidth = 20;
    int weakestCompetencyCap = 1;
    std::vector<std::string> milestones; // index 0 … 4
    int disagreementSpread = 2;
    int bordaTop = 6;
    std::vector<MandateBand> mandate;
    std::vector<AgreementBand> agreement; // ascending
};

class Instrument
{
public:
    // The instrument compiled into the program from assessments/ at build time.
    static const Instrument &builtin();
    // Loads and validates the five files of a directory laid out like assessments/.
    static Instrument loadDirectory(const std::filesystem::path &dir);
    // Loads from in-memory texts; names are used in error messages.
    struct Source
    {
        std::string name;
        std::string text;
    };
    static Instrument load(const Source &competencies, const Source &powerCore, const Source &readiness,
                           const Source &maturityMap, const Source &scoring);

    std::string id;
    std::string version;
    std::string competencyTitle;
    std::string competencyInstruction;
    TextSource competencyTitleSource = TextSource::Workbook;
    TextSource competencyInstructionSource = TextSource::Workbook;
    std::vector<Level> levels;
    std::vector<Competency> competencies;

    std::string powerCoreTitle;
    std::string powerCoreInstruction;
    TextSource powerCoreTitleSource = TextSource::Workbook;
    TextSource powerCoreInstructionSource = TextSource::Workbook;
    std::vector<PowerCoreOption> powerCoreOptions;

    std::string readinessTitle;
    std::string readinessIntroduction;
    TextSource readinessTitleSource = TextSource::Workbook;
    TextSource readinessIntroductionSource = TextSource::Workbook;
    std::string readinessYesLabel;
    std::string readinessNoLabel;
    std::vector<ReadinessQuestion> readinessQuestions;

    std::string maturityMapTitle;
    std::string maturityMapSubtitle;
    TextSource maturityMapTitleSource = TextSource::Workbook;
    TextSource maturityMapSubtitleSource = TextSource::Workbook;
    std::vector<MilestoneContent> milestones;
    std::vector<YearBand> yearBands;
    std::string teamResourcesTitle;
    std::vector<TeamResourceStage> teamResources;
    std::vector<PrioritySet> priorities;

    ScoringRules scoring;

    // Look-ups; nullptr / -1 when the id is unknown.
    const Item *findItem(const std::string &itemId) const;
    const Competency *competencyOfItem(const std::string &itemId) const;
    int itemIndex(const std::string &itemId) const; // 0 … 14 in instrument order
    int optionIndex(const std::string &optionId) const;
    int questionIndex(const std::string &questionId) const;
    const MilestoneContent *findMilestone(const std::string &milestoneId) const;
    const PowerCoreOption *findOption(const std::string &optionId) const;
    std::vector<std::string> itemIds() const;
    std::size_t itemCount() const;
    // The texts marked as the app's own, named "file: where", e.g. "competencies.json: c2.value title".
    std::vector<std::string> appTexts() const;
};

} // namespace cxm
