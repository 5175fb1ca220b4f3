// The assessment instrument: the workbook's questions, options, maturity map content and scoring
// thresholds, loaded from the versioned JSON files under assessments/. A loaded Instrument has been
// validated completely; code may rely on every id and count without checking again.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>
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

// The kinds of worksheet. Each kind has one model in Session, one storage path, one JSON and CSV
// mapping, one page in the window, one report section and, where it scores, one scorer.
enum class WorksheetKind {
    Scale,     // items rated on the instrument's levels by each participant, a team answer and a note
    Ranking,   // each participant orders all the options; the team may agree an order
    Checklist, // yes / no per question, with tips
    Tracked,   // yes / no (do we track it?) plus a difficulty on the worksheet's barometer
    Lists,     // free-text entries the team writes under headings, in columns
    Stages,    // the team's customer journey: its stages, what each replaces, the customer's questions
    Choice,    // the team chooses one of the worksheet's options (e.g. a step of the Stairway to DESIRE)
    Reconcile, // the team names priorities and projects, then says which priority each project serves
               // and whether to keep, change or stop it (the Intelligent STOP DOING list)
    Reference, // a card to read or show (e.g. the customer listening conversation): nothing to answer
};
std::string_view toString(WorksheetKind kind);

// Where a worksheet's answers apply: once for the whole company, or once per stage of the customer
// journey (the journey worksheets). Any kind can take either; answers carry their scope.
enum class WorksheetScope { Company, Stage };

// One question, item or option of a worksheet. Ids are unique across the whole instrument, so an
// answer's item id names its worksheet too.
struct Item
{
    std::string id; // e.g. c1.culture, r1, sales
    std::string title;
    std::string question;    // scale and checklist: the question
    std::string description; // ranking, choice: what the option means; reference: the card's text
    std::string tip;         // checklist: the workbook's advice; reference: the step's motto; may be empty
    std::string group;       // checklist, reconcile: the id of the heading it stands under; may be empty
    TextSource titleSource = TextSource::Workbook;
    bool named = false; // tracked: the team names the item itself (title is the app's placeholder)
};

// A stage of the workbook's example journey, offered as a template to start from.
struct StageTemplate
{
    std::string name;
    std::string replaces;
    std::vector<std::string> questions;
};

// A column or heading of a lists worksheet (e.g. Culture; Enablers).
struct Heading
{
    std::string id;
    std::string title;
};

struct Worksheet
{
    std::string id;   // unique in the instrument; also the step's id
    std::string file; // the file it was loaded from, for messages
    WorksheetKind kind = WorksheetKind::Scale;
    WorksheetScope scope = WorksheetScope::Company;
    std::string title;
    std::string introduction; // may be empty
    TextSource titleSource = TextSource::Workbook;
    TextSource introductionSource = TextSource::Workbook;
    // scale: its own three levels (e.g. Frequently UNRELIABLE … ALWAYS Reliable), values 1 to 3; empty
    // for the instrument's Early / Advanced / Mature (see Instrument::levelsOf).
    std::vector<Level> levels;
    // scale: the competency's number, tagline and summary, when it is one of the map's competencies.
    int number = 0;
    std::string tagline;
    std::string summary;
    std::vector<Item> items; // ranking: its options
    // checklist and tracked: the words of the two answers (e.g. "Yes, we track and discuss").
    std::string yesLabel;
    std::string noLabel;
    // ranking: the option a participant may name ("Other"); may be empty.
    std::string otherOption;
    // tracked: the barometer of difficulty, from 1 to its labels' count (the app's scale).
    std::string barometerTitle;
    std::vector<std::string> barometer; // labels, 1 first
    TextSource barometerSource = TextSource::App;
    std::string namedTitle;               // tracked: heading of the items the team names
    std::vector<std::string> suggestions; // tracked: the workbook's examples for them
    int namedMinimum = 0;                 // tracked: how many the workbook asks for at least
    // lists: the headings (rows) and the columns each heading has, and the question every heading's
    // lists answer (e.g. "What behaviors and conditions will drive our conduct & decisions?"); may be
    // empty. checklist: the groups its items stand under (may be empty). reconcile: the two groups,
    // priorities first, then the projects.
    std::vector<Heading> headings;
    std::vector<Heading> columns;
    std::string prompt;
    // stages: how many the team defines, the workbook's headings for a stage's name, what it
    // replaces and its questions, and the example journey offered as a template.
    int stageMinimum = 0;
    int stageMaximum = 0;
    std::string nameLabel;
    std::string replacesLabel;
    std::string questionsLabel;
    std::vector<StageTemplate> templateStages;
    // checklist: only the team answers it (e.g. which sources of listening the team has), no
    // participant has answers of their own.
    bool teamOnly = false;
    // reconcile: the heading of the reconciliation, the words for "serves no priority", and the
    // decisions the team takes about each project (keep, change, stop; the last one stops it).
    std::string reconcileTitle;
    std::string servesTitle;
    std::string servesNone;
    std::string decisionTitle;
    std::vector<Heading> decisions;

    const Item *findItem(const std::string &itemId) const;
    int itemIndex(const std::string &itemId) const;
    const Heading *findHeading(const std::string &headingId) const;   // lists: a heading
    const Heading *findColumn(const std::string &columnId) const;     // lists: a column
    const Heading *findDecision(const std::string &decisionId) const; // reconcile: a decision
    // The items under a group (a heading's id), in order.
    std::vector<const Item *> itemsOf(const std::string &group) const;
    // Whether participants answer it one by one (and so private voting, progress and absences
    // apply): scale, ranking, tracked, and checklists not answered by the team only.
    bool answeredByEach() const;
};

// The maturity map's five competencies are scale worksheets; the name stays where the workbook and
// the scoring specification speak of competencies.
using Competency = Worksheet;
using PowerCoreOption = Item;
using ReadinessQuestion = Item;

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
    // Loads and validates a folder laid out like assessments/: instrument.json, maturity_map.json,
    // scoring.json and one file per worksheet (every other *.json).
    static Instrument loadDirectory(const std::filesystem::path &dir);
    // Loads from in-memory texts, named like the files of a folder ("…/readiness.json"); names are
    // used in error messages.
    struct Source
    {
        std::string name;
        std::string text;
    };
    static Instrument load(const std::vector<Source> &files);

    std::string id;
    std::string version;
    std::vector<Level> levels;         // the scale of every scale worksheet
    std::vector<Worksheet> worksheets; // in the declared order: the window's steps

    // What the maturity map and scoring.md read: the competencies (scale worksheets), the Power Core
    // (a ranking) and the readiness checklist (whose gaps give the mandate).
    std::string competencyTitle;
    std::string competencyInstruction;
    TextSource competencyTitleSource = TextSource::Workbook;
    TextSource competencyInstructionSource = TextSource::Workbook;
    std::vector<std::size_t> competencyIndexes; // into worksheets
    std::size_t powerCoreIndex = 0;
    std::size_t readinessIndex = 0;

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

    // Some of the instrument's worksheets, in order (e.g. the map's competencies): a small range
    // of const Worksheet & that indexes into worksheets.
    class WorksheetList
    {
    public:
        WorksheetList(const std::vector<Worksheet> &all, const std::vector<std::size_t> &picked)
            : m_all(&all)
            , m_picked(&picked)
        {}
        // Holds the vectors, not the list, so iterators of two temporary lists compare as expected.
        struct iterator
        {
            const std::vector<Worksheet> *all;
            const std::vector<std::size_t> *picked;
            std::size_t i;
            const Worksheet &operator*() const { return (*all)[(*picked)[i]]; }
            const Worksheet *operator->() const { return &**this; }
            iterator &operator++()
            {
                ++i;
                return *this;
            }
            bool operator==(const iterator &) const = default;
        };
        std::size_t size() const { return m_picked->size(); }
        bool empty() const { return m_picked->empty(); }
        const Worksheet &operator[](std::size_t i) const { return (*m_all)[(*m_picked)[i]]; }
        const Worksheet &at(std::size_t i) const { return (*m_all).at(m_picked->at(i)); }
        const Worksheet &front() const { return at(0); }
        const Worksheet &back() const { return at(size() - 1); }
        iterator begin() const { return {m_all, m_picked, 0}; }
        iterator end() const { return {m_all, m_picked, size()}; }

    private:
        const std::vector<Worksheet> *m_all;
        const std::vector<std::size_t> *m_picked;
    };
    WorksheetList competencies() const { return {worksheets, competencyIndexes}; }
    // The three levels a scale worksheet is rated on: its own, or the instrument's.
    const std::vector<Level> &levelsOf(const Worksheet &worksheet) const
    {
        return worksheet.levels.empty() ? levels : worksheet.levels;
    }
    const Worksheet &powerCore() const { return worksheets[powerCoreIndex]; }
    const Worksheet &readiness() const { return worksheets[readinessIndex]; }
    const std::vector<Item> &powerCoreOptions() const { return powerCore().items; }
    const std::vector<Item> &readinessQuestions() const { return readiness().items; }

    // Look-ups; nullptr / -1 when the id is unknown.
    const Worksheet *findWorksheet(const std::string &worksheetId) const;
    const Worksheet *worksheetOfItem(const std::string &itemId) const;
    const Item *findItem(const std::string &itemId) const;               // an item of any worksheet
    const Competency *competencyOfItem(const std::string &itemId) const; // the map's competencies only
    int itemIndex(const std::string &itemId) const; // 0 … 14 over the competencies' items
    int optionIndex(const std::string &optionId) const;
    int questionIndex(const std::string &questionId) const;
    const MilestoneContent *findMilestone(const std::string &milestoneId) const;
    const PowerCoreOption *findOption(const std::string &optionId) const;
    std::vector<std::string> itemIds() const; // the competencies' items
    std::size_t itemCount() const;
    // The texts marked as the app's own, named "file: where", e.g. "c2.json: c2.value title".
    std::vector<std::string> appTexts() const;
};

} // namespace cxm
