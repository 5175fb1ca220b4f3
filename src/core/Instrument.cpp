#include "Instrument.h"

#include "FileSafety.h"

#include "Error.h"
#include "JsonReader.h"

#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace cxm {

namespace {

// Schema 1: the first layout. Schema 2 adds the optional "<field>Source" marks ("workbook" or "app")
// next to the texts the app may supply itself; a schema 1 file has none, so all its texts count as
// the workbook's.
constexpr long long kOldestSchemaVersion = 1;
constexpr long long kSchemaVersion = 2;

struct Header
{
    std::string instrument;
    std::string version;
    long long schema = kSchemaVersion;
};

Header readHeader(const JsonReader &root)
{
    root.expectObject();
    const auto schema = root["schemaVersion"];
    const long long number = schema.integer();
    if (number < kOldestSchemaVersion || number > kSchemaVersion)
        schema.fail("expected schemaVersion " + std::to_string(kOldestSchemaVersion) + " to " +
                    std::to_string(kSchemaVersion) +
                    " (this file was written for another version of the workbench)");
    return {root["instrument"].nonEmptyString(), root["version"].nonEmptyString(), number};
}

// Whose words object[field] is: its "<field>Source" mark, the workbook's when there is none.
TextSource textSource(const JsonReader &object, const std::string &field, long long schema)
{
    const std::string key = field + "Source";
    if (!object.has(key))
        return TextSource::Workbook;
    const auto mark = object[key];
    if (schema < 2)
        mark.fail("unknown field in schemaVersion 1 (marks of the app's own texts need schemaVersion 2)");
    return mark.oneOf({"workbook", "app"}) == "app" ? TextSource::App : TextSource::Workbook;
}

std::vector<std::string> stringList(const JsonReader &array)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < array.size(); ++i)
        out.push_back(array.at(i).nonEmptyString());
    if (out.empty())
        array.fail("expected a non-empty array of strings");
    return out;
}

void requireCount(const JsonReader &array, std::size_t count, const std::string &what)
{
    if (array.size() != count)
        array.fail("expected exactly " + std::to_string(count) + " " + what + ", found " +
                   std::to_string(array.size()));
}

void requireUnique(std::set<std::string> &seen, const JsonReader &idNode, const std::string &id)
{
    if (!seen.insert(id).second)
        idNode.fail("duplicate id \"" + id + "\"");
}

void loadCompetencies(Instrument &ins, const JsonReader &root, long long schema)
{
    root.allowOnly({"schemaVersion", "instrument", "version", "title", "titleSource", "instruction",
                    "instructionSource", "levels", "competencies"});
    ins.competencyTitle = root["title"].nonEmptyString();
    ins.competencyTitleSource = textSource(root, "title", schema);
    ins.competencyInstruction = root["instruction"].nonEmptyString();
    ins.competencyInstructionSource = textSource(root, "instruction", schema);

    const auto levels = root["levels"];
    requireCount(levels, 3, "levels");
    const char *expectedLevels[] = {"early", "advanced", "mature"};
    for (std::size_t i = 0; i < 3; ++i) {
        const auto l = levels.at(i);
        l.allowOnly({"id", "label", "value"});
        Level level{l["id"].oneOf({expectedLevels[i]}), l["label"].nonEmptyString(),
                    static_cast<int>(l["value"].integer())};
        if (level.value != static_cast<int>(i) + 1)
            l["value"].fail("expected " + std::to_string(i + 1));
        ins.levels.push_back(level);
    }

    const auto comps = root["competencies"];
    requireCount(comps, 5, "competencies");
    std::set<std::string> ids;
    for (std::size_t c = 0; c < comps.size(); ++c) {
        const auto cj = comps.at(c);
        cj.allowOnly({"id", "number", "title", "tagline", "summary", "items"});
        Competency comp;
        comp.id = cj["id"].nonEmptyString();
        if (comp.id != "c" + std::to_string(c + 1))
            cj["id"].fail("expected \"c" + std::to_string(c + 1) + "\"");
        requireUnique(ids, cj["id"], comp.id);
        comp.number = static_cast<int>(cj["number"].integer());
        if (comp.number != static_cast<int>(c) + 1)
            cj["number"].fail("expected " + std::to_string(c + 1));
        comp.title = cj["title"].nonEmptyString();
        comp.tagline = cj["tagline"].nonEmptyString();
        comp.summary = cj["summary"].nonEmptyString();
        const auto items = cj["items"];
        requireCount(items, 3, "items");
        for (std::size_t i = 0; i < items.size(); ++i) {
            const auto ij = items.at(i);
            ij.allowOnly({"id", "title", "titleSource", "question"});
            Item item;
            item.id = ij["id"].nonEmptyString();
            item.title = ij["title"].nonEmptyString();
            item.titleSource = textSource(ij, "title", schema);
            item.question = ij["question"].nonEmptyString();
            if (item.id.rfind(comp.id + ".", 0) != 0 || item.id.size() <= comp.id.size() + 1)
                ij["id"].fail("expected an id of the form \"" + comp.id + ".name\"");
            requireUnique(ids, ij["id"], item.id);
            comp.items.push_back(std::move(item));
        }
        ins.competencies.push_back(std::move(comp));
    }
}

void loadPowerCore(Instrument &ins, const JsonReader &root, long long schema)
{
    root.allowOnly({"schemaVersion", "instrument", "version", "title", "titleSource", "instruction",
                    "instructionSource", "options"});
    ins.powerCoreTitle = root["title"].nonEmptyString();
    ins.powerCoreTitleSource = textSource(root, "title", schema);
    ins.powerCoreInstruction = root["instruction"].nonEmptyString();
    ins.powerCoreInstructionSource = textSource(root, "instruction", schema);
    const auto options = root["options"];
    requireCount(options, 7, "options");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < options.size(); ++i) {
        const auto o = options.at(i);
        o.allowOnly({"id", "title", "description"});
        PowerCoreOption opt{o["id"].nonEmptyString(), o["title"].nonEmptyString(),
                            o["description"].nonEmptyString()};
        requireUnique(ids, o["id"], opt.id);
        ins.powerCoreOptions.push_back(std::move(opt));
    }
    if (!ids.count("customer"))
        options.fail("expected an option with id \"customer\"");
    if (!ids.count("other"))
        options.fail("expected an option with id \"other\"");
}

void loadReadiness(Instrument &ins, const JsonReader &root, long long schema)
{
    root.allowOnly({"schemaVersion", "instrument", "version", "title", "titleSource", "introduction",
                    "introductionSource", "answers", "questions"});
    ins.readinessTitle = root["title"].nonEmptyString();
    ins.readinessTitleSource = textSource(root, "title", schema);
    ins.readinessIntroduction = root["introduction"].nonEmptyString();
    ins.readinessIntroductionSource = textSource(root, "introduction", schema);
    const auto answers = root["answers"];
    requireCount(answers, 2, "answers");
    answers.at(0).allowOnly({"id", "label"});
    answers.at(1).allowOnly({"id", "label"});
    answers.at(0)["id"].oneOf({"yes"});
    answers.at(1)["id"].oneOf({"no"});
    ins.readinessYesLabel = answers.at(0)["label"].nonEmptyString();
    ins.readinessNoLabel = answers.at(1)["label"].nonEmptyString();
    const auto questions = root["questions"];
    requireCount(questions, 11, "questions");
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const auto q = questions.at(i);
        q.allowOnly({"id", "text", "tip"});
        ReadinessQuestion rq{q["id"].nonEmptyString(), q["text"].nonEmptyString(), q["tip"].nonEmptyString()};
        if (rq.id != "r" + std::to_string(i + 1))
            q["id"].fail("expected \"r" + std::to_string(i + 1) + "\"");
        ins.readinessQuestions.push_back(std::move(rq));
    }
}

void loadMaturityMap(Instrument &ins, const JsonReader &root, long long schema)
{
    root.allowOnly({"schemaVersion", "instrument", "version", "title", "titleSource", "subtitle",
                    "subtitleSource", "milestones", "yearBands", "teamResources", "priorities"});
    ins.maturityMapTitle = root["title"].nonEmptyString();
    ins.maturityMapTitleSource = textSource(root, "title", schema);
    ins.maturityMapSubtitle = root["subtitle"].nonEmptyString();
    ins.maturityMapSubtitleSource = textSource(root, "subtitle", schema);
    const auto milestones = root["milestones"];
    requireCount(milestones, 5, "milestones");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < milestones.size(); ++i) {
        const auto m = milestones.at(i);
        m.allowOnly({"id", "title", "theme", "leaders", "employees"});
        MilestoneContent mc{m["id"].nonEmptyString(), m["title"].nonEmptyString(),
                            m["theme"].nonEmptyString(), stringList(m["leaders"]),
                            stringList(m["employees"])};
        requireUnique(ids, m["id"], mc.id);
        ins.milestones.push_back(std::move(mc));
    }
    const auto knownMilestone = [&](const JsonReader &node) {
        const auto id = node.nonEmptyString();
        if (!ids.count(id))
            node.fail("expected a milestone id, found \"" + id + "\"");
        return id;
    };
    const auto bands = root["yearBands"];
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const auto b = bands.at(i);
        b.allowOnly({"label", "from", "to"});
        ins.yearBands.push_back(
            {b["label"].nonEmptyString(), knownMilestone(b["from"]), knownMilestone(b["to"])});
    }
    const auto resources = root["teamResources"];
    resources.allowOnly({"title", "stages"});
    ins.teamResourcesTitle = resources["title"].nonEmptyString();
    const auto stages = resources["stages"];
    for (std::size_t i = 0; i < stages.size(); ++i) {
        const auto s = stages.at(i);
        s.allowOnly({"milestone", "period", "engagedParticipants", "formalOrganization"});
        ins.teamResources.push_back({knownMilestone(s["milestone"]), s["period"].nonEmptyString(),
                                     stringList(s["engagedParticipants"]),
                                     stringList(s["formalOrganization"])});
    }
    const auto priorities = root["priorities"];
    if (priorities.size() == 0)
        priorities.fail("expected at least one set of priorities");
    for (std::size_t i = 0; i < priorities.size(); ++i) {
        const auto p = priorities.at(i);
        p.allowOnly({"id", "title", "fromYear", "toYear", "items"});
        PrioritySet set;
        set.id = p["id"].nonEmptyString();
        set.title = p["title"].nonEmptyString();
        set.fromYear = static_cast<int>(p["fromYear"].integer());
        if (p.has("toYear") && !p["toYear"].node().is_null())
            set.toYear = static_cast<int>(p["toYear"].integer());
        const auto items = p["items"];
        for (std::size_t k = 0; k < items.size(); ++k) {
            const auto it = items.at(k);
            it.allowOnly({"verb", "text"});
            set.items.push_back({it["verb"].nonEmptyString(), it["text"].nonEmptyString()});
        }
        if (set.items.empty())
            items.fail("expected at least one priority");
        ins.priorities.push_back(std::move(set));
    }
}

void loadScoring(Instrument &ins, const JsonReader &root, long long /*schema: the same in 1 and 2*/)
{
    root.allowOnly({"schemaVersion", "instrument", "version", "method", "tolerance", "ratingValues",
                    "competencyLevels", "milestoneBandWidth", "weakestCompetencyCap", "milestones",
                    "disagreementSpread", "bordaTop", "mandate", "agreement"});
    auto &s = ins.scoring;
    s.method = static_cast<int>(root["method"].integer());
    if (s.method != 1)
        root["method"].fail("expected scoring method 1");
    s.tolerance = root["tolerance"].number();
    if (s.tolerance < 0 || s.tolerance > 0.01)
        root["tolerance"].fail("expected a small non-negative number");
    const auto values = root["ratingValues"];
    values.allowOnly({"early", "advanced", "mature"});
    for (const auto &level : ins.levels) {
        if (values[level.id].integer() != level.value)
            values[level.id].fail("expected " + std::to_string(level.value));
    }
    const auto levels = root["competencyLevels"];
    requireCount(levels, 3, "levels");
    double previous = -1;
    for (std::size_t i = 0; i < 3; ++i) {
        const auto l = levels.at(i);
        l.allowOnly({"id", "fromMean"});
        ScoringRules::LevelFrom lf{l["id"].oneOf({ins.levels[i].id}), l["fromMean"].number()};
        if (lf.fromMean <= previous || lf.fromMean < 1 || lf.fromMean > 3)
            l["fromMean"].fail("expected an ascending mean between 1 and 3");
        previous = lf.fromMean;
        s.competencyLevels.push_back(lf);
    }
    s.milestoneBandWidth = root["milestoneBandWidth"].number();
    if (s.milestoneBandWidth <= 0 || s.milestoneBandWidth > 100)
        root["milestoneBandWidth"].fail("expected a number between 0 and 100");
    s.weakestCompetencyCap = static_cast<int>(root["weakestCompetencyCap"].integer());
    if (s.weakestCompetencyCap < 0)
        root["weakestCompetencyCap"].fail("expected a non-negative whole number");
    const auto milestones = root["milestones"];
    requireCount(milestones, ins.milestones.size(), "milestones");
    for (std::size_t i = 0; i < milestones.size(); ++i) {
        const auto id = milestones.at(i).nonEmptyString();
        if (id != ins.milestones[i].id)
            milestones.at(i).fail("expected \"" + ins.milestones[i].id + "\" (the maturity map's order)");
        s.milestones.push_back(id);
    }
    s.disagreementSpread = static_cast<int>(root["disagreementSpread"].integer());
    if (s.disagreementSpread < 1 || s.disagreementSpread > 2)
        root["disagreementSpread"].fail("expected 1 or 2");
    s.bordaTop = static_cast<int>(root["bordaTop"].integer());
    if (s.bordaTop != static_cast<int>(ins.powerCoreOptions.size()) - 1)
        root["bordaTop"].fail("expected " + std::to_string(ins.powerCoreOptions.size() - 1) +
                              " (one less than the number of Power Core options)");
    const auto mandate = root["mandate"];
    int nextMin = 0;
    for (std::size_t i = 0; i < mandate.size(); ++i) {
        const auto m = mandate.at(i);
        m.allowOnly({"id", "minGaps", "maxGaps"});
        ScoringRules::MandateBand band{m["id"].nonEmptyString(), static_cast<int>(m["minGaps"].integer()),
                                       static_cast<int>(m["maxGaps"].integer())};
        if (band.minGaps != nextMin)
            m["minGaps"].fail("expected " + std::to_string(nextMin) + " (bands must follow each other)");
        if (band.maxGaps < band.minGaps)
            m["maxGaps"].fail("expected a number not below minGaps");
        nextMin = band.maxGaps + 1;
        s.mandate.push_back(band);
    }
    if (nextMin != static_cast<int>(ins.readinessQuestions.size()) + 1)
        mandate.fail("expected bands covering 0 to " + std::to_string(ins.readinessQuestions.size()) +
                     " gaps");
    const auto agreement = root["agreement"];
    double previousW = -1;
    for (std::size_t i = 0; i < agreement.size(); ++i) {
        const auto a = agreement.at(i);
        a.allowOnly({"id", "fromW"});
        ScoringRules::AgreementBand band{a["id"].nonEmptyString(), a["fromW"].number()};
        if (band.fromW <= previousW || band.fromW < 0 || band.fromW > 1)
            a["fromW"].fail("expected an ascending value between 0 and 1");
        previousW = band.fromW;
        s.agreement.push_back(band);
    }
    if (s.agreement.empty() || s.agreement.front().fromW != 0)
        agreement.fail("expected bands starting at 0");
}

} // namespace

Instrument Instrument::load(const Source &competencies, const Source &powerCore, const Source &readiness,
                            const Source &maturityMap, const Source &scoring)
{
    Instrument ins;
    const Source *order[] = {&competencies, &powerCore, &readiness, &maturityMap, &scoring};
    void (*loaders[])(Instrument &, const JsonReader &, long long) = {
        loadCompetencies, loadPowerCore, loadReadiness, loadMaturityMap, loadScoring};
    for (std::size_t i = 0; i < 5; ++i) {
        const auto json = JsonReader::parse(order[i]->text, order[i]->name);
        const JsonReader root(json, order[i]->name);
        const Header header = readHeader(root);
        if (i == 0) {
            ins.id = header.instrument;
            ins.version = header.version;
        } else if (header.instrument != ins.id || header.version != ins.version) {
            root["version"].fail("expected instrument \"" + ins.id + "\" version \"" + ins.version +
                                 "\" like " + competencies.name + ", found \"" + header.instrument +
                                 "\" version \"" + header.version + "\"");
        }
        loaders[i](ins, root, header.schema);
    }
    // Answers are stored and exported by their question's id alone: an id may name one question of
    // one worksheet only, across files too.
    std::map<std::string, std::string> owner; // id -> the file that declares it
    for (const auto &id : ins.itemIds())
        owner.emplace(id, competencies.name);
    const auto claim = [&](const std::string &id, const Source &file, const std::string &pointer) {
        const auto [it, fresh] = owner.emplace(id, file.name);
        if (!fresh)
            throw InputError(file.name, pointer + ": the id \"" + id + "\" is already used in " + it->second +
                                            "; every question, item and option needs an id of its own");
    };
    for (std::size_t i = 0; i < ins.powerCoreOptions.size(); ++i)
        claim(ins.powerCoreOptions[i].id, powerCore, "/options/" + std::to_string(i) + "/id");
    for (std::size_t i = 0; i < ins.readinessQuestions.size(); ++i)
        claim(ins.readinessQuestions[i].id, readiness, "/questions/" + std::to_string(i) + "/id");
    return ins;
}

namespace {
constexpr std::size_t kMaxInstrumentFileBytes = 4u << 20; // the largest built-in file is about 20 KiB
} // namespace

Instrument Instrument::loadDirectory(const std::filesystem::path &dir)
{
    const auto read = [&](const char *name) {
        const auto path = dir / name;
        std::error_code ec;
        if (!std::filesystem::exists(path, ec))
            throw InputError(path.string(), "cannot be read (missing or not accessible)");
        // Read once and capped, like every input: a named pipe or a device in the folder cannot hang
        // or exhaust the program.
        return Source{path.string(), readInput(path, kMaxInstrumentFileBytes, "an instrument file")};
    };
    // One after the other, so a folder with several missing files names the first of them.
    Source competencies = read("competencies.json");
    Source powerCore = read("power_core.json");
    Source readiness = read("readiness.json");
    Source maturityMap = read("maturity_map.json");
    Source scoring = read("scoring.json");
    return load(competencies, powerCore, readiness, maturityMap, scoring);
}

const Item *Instrument::findItem(const std::string &itemId) const
{
    for (const auto &c : competencies)
        for (const auto &i : c.items)
            if (i.id == itemId)
                return &i;
    return nullptr;
}

const Competency *Instrument::competencyOfItem(const std::string &itemId) const
{
    for (const auto &c : competencies)
        for (const auto &i : c.items)
            if (i.id == itemId)
                return &c;
    return nullptr;
}

int Instrument::itemIndex(const std::string &itemId) const
{
    int index = 0;
    for (const auto &c : competencies)
        for (const auto &i : c.items) {
            if (i.id == itemId)
                return index;
            ++index;
        }
    return -1;
}

int Instrument::optionIndex(const std::string &optionId) const
{
    for (std::size_t i = 0; i < powerCoreOptions.size(); ++i)
        if (powerCoreOptions[i].id == optionId)
            return static_cast<int>(i);
    return -1;
}

int Instrument::questionIndex(const std::string &questionId) const
{
    for (std::size_t i = 0; i < readinessQuestions.size(); ++i)
        if (readinessQuestions[i].id == questionId)
            return static_cast<int>(i);
    return -1;
}

const MilestoneContent *Instrument::findMilestone(const std::string &milestoneId) const
{
    for (const auto &m : milestones)
        if (m.id == milestoneId)
            return &m;
    return nullptr;
}

const PowerCoreOption *Instrument::findOption(const std::string &optionId) const
{
    const int i = optionIndex(optionId);
    return i < 0 ? nullptr : &powerCoreOptions[static_cast<std::size_t>(i)];
}

std::vector<std::string> Instrument::itemIds() const
{
    std::vector<std::string> ids;
    for (const auto &c : competencies)
        for (const auto &i : c.items)
            ids.push_back(i.id);
    return ids;
}

std::size_t Instrument::itemCount() const
{
    std::size_t n = 0;
    for (const auto &c : competencies)
        n += c.items.size();
    return n;
}

std::vector<std::string> Instrument::appTexts() const
{
    std::vector<std::string> out;
    const auto add = [&](TextSource source, const std::string &where) {
        if (source == TextSource::App)
            out.push_back(where);
    };
    add(competencyTitleSource, "competencies.json: title");
    add(competencyInstructionSource, "competencies.json: instruction");
    for (const auto &c : competencies)
        for (const auto &i : c.items)
            add(i.titleSource, "competencies.json: " + i.id + " title");
    add(powerCoreTitleSource, "power_core.json: title");
    add(powerCoreInstructionSource, "power_core.json: instruction");
    add(readinessTitleSource, "readiness.json: title");
    add(readinessIntroductionSource, "readiness.json: introduction");
    add(maturityMapTitleSource, "maturity_map.json: title");
    add(maturityMapSubtitleSource, "maturity_map.json: subtitle");
    return out;
}

} // namespace cxm

namespace cxm {
namespace detail {
std::vector<Instrument::Source> builtinInstrumentSources();
}

const Instrument &Instrument::builtin()
{
    static const Instrument instance = [] {
        const auto s = detail::builtinInstrumentSources();
        return load(s.at(0), s.at(1), s.at(2), s.at(3), s.at(4));
    }();
    return instance;
}

} // namespace cxm
