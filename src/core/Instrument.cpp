#include "Instrument.h"

#include "FileSafety.h"

#include "Error.h"
#include "JsonReader.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace cxm {

namespace {

// Schema 3: the instrument is a folder: instrument.json (identity, levels, the declared order of the
// worksheets and which of them the maturity map reads), maturity_map.json, scoring.json and one file
// per worksheet. Earlier schemas (one file per kind of question) were built into the program only.
constexpr long long kSchemaVersion = 3;

void readSchemaVersion(const JsonReader &root)
{
    root.expectObject();
    const auto schema = root["schemaVersion"];
    if (schema.integer() != kSchemaVersion)
        schema.fail("expected schemaVersion " + std::to_string(kSchemaVersion) +
                    " (this file was written for another version of the workbench)");
}

struct Header
{
    std::string instrument;
    std::string version;
};

Header readHeader(const JsonReader &root)
{
    readSchemaVersion(root);
    return {root["instrument"].nonEmptyString(), root["version"].nonEmptyString()};
}

// Whose words object[field] is: its "<field>Source" mark, the workbook's when there is none.
TextSource textSource(const JsonReader &object, const std::string &field)
{
    const std::string key = field + "Source";
    if (!object.has(key))
        return TextSource::Workbook;
    return object[key].oneOf({"workbook", "app"}) == "app" ? TextSource::App : TextSource::Workbook;
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

void requireAtLeast(const JsonReader &array, std::size_t count, const std::string &what)
{
    if (array.size() < count)
        array.fail("expected at least " + std::to_string(count) + " " + what + ", found " +
                   std::to_string(array.size()));
}

// An id that can appear in file names, JSON, CSV and the session file without quoting surprises.
std::string plainId(const JsonReader &node)
{
    const std::string id = node.nonEmptyString();
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
        if (!ok)
            node.fail("expected an id of small letters, digits, \"_\", \".\" or \"-\", found \"" + id + "\"");
    }
    return id;
}

void requireUnique(std::set<std::string> &seen, const JsonReader &idNode, const std::string &id)
{
    if (!seen.insert(id).second)
        idNode.fail("duplicate id \"" + id + "\"");
}

void loadLevels(Instrument &ins, const JsonReader &levels)
{
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
}

// What instrument.json declares: the order of the worksheets and the map's roles.
struct Declaration
{
    std::vector<std::string> order;
    std::vector<std::string> competencies;
    std::string powerCore;
    std::string readiness;
};

void loadInstrumentFile(Instrument &ins, const JsonReader &root, Declaration &d)
{
    root.allowOnly({"schemaVersion", "instrument", "version", "levels", "worksheets", "competencies",
                    "powerCore", "readiness"});
    loadLevels(ins, root["levels"]);
    const auto order = root["worksheets"];
    std::set<std::string> seen;
    for (std::size_t i = 0; i < order.size(); ++i) {
        d.order.push_back(plainId(order.at(i)));
        requireUnique(seen, order.at(i), d.order.back());
    }
    const auto comps = root["competencies"];
    comps.allowOnly({"title", "titleSource", "instruction", "instructionSource", "worksheets"});
    ins.competencyTitle = comps["title"].nonEmptyString();
    ins.competencyTitleSource = textSource(comps, "title");
    ins.competencyInstruction = comps["instruction"].nonEmptyString();
    ins.competencyInstructionSource = textSource(comps, "instruction");
    const auto list = comps["worksheets"];
    requireCount(list, 5, "competencies (the maturity map and the scoring specification have five)");
    for (std::size_t i = 0; i < list.size(); ++i)
        d.competencies.push_back(list.at(i).nonEmptyString());
    d.powerCore = root["powerCore"].nonEmptyString();
    d.readiness = root["readiness"].nonEmptyString();
}

void loadItems(Worksheet &ws, const JsonReader &items, std::initializer_list<std::string_view> fields)
{
    requireAtLeast(items, 1, "items");
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto ij = items.at(i);
        ij.allowOnly(fields);
        Item item;
        item.id = plainId(ij["id"]);
        if (ij.has("title")) {
            item.title = ij["title"].nonEmptyString();
            item.titleSource = textSource(ij, "title");
        }
        if (ij.has("question"))
            item.question = ij["question"].nonEmptyString();
        if (ij.has("description"))
            item.description = ij["description"].nonEmptyString();
        if (ij.has("tip"))
            item.tip = ij["tip"].nonEmptyString();
        if (ij.has("group"))
            item.group = plainId(ij["group"]);
        if (item.title.empty() && item.question.empty())
            ij.fail("expected a \"title\" or a \"question\"");
        ws.items.push_back(std::move(item));
    }
}

void loadYesNo(Worksheet &ws, const JsonReader &root)
{
    const auto answers = root["answers"];
    answers.allowOnly({"yes", "no"});
    ws.yesLabel = answers["yes"].nonEmptyString();
    ws.noLabel = answers["no"].nonEmptyString();
}

std::vector<Heading> loadHeadings(const JsonReader &list)
{
    requireAtLeast(list, 1, "headings");
    std::vector<Heading> out;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto h = list.at(i);
        h.allowOnly({"id", "title"});
        Heading heading{plainId(h["id"]), h["title"].nonEmptyString()};
        requireUnique(ids, h["id"], heading.id);
        out.push_back(std::move(heading));
    }
    return out;
}

// A reconcile worksheet names its slots in the data, as the workbook prints them ("When the
// Customer…" three times, "Project 1" … "Project 12"): a group each, whose items the team names.
// The items' ids are the worksheet's id, the group's id and the slot's number ("stop_doing.project3").
void loadReconcile(Worksheet &ws, const JsonReader &root)
{
    for (const char *key : {"priorities", "projects"}) {
        const auto g = root[key];
        g.allowOnly({"title", "placeholder", "count"});
        const Heading heading{key, g["title"].nonEmptyString()};
        // "Project {n}" numbers the slots; "When the Customer..." repeats.
        const std::string placeholder = g["placeholder"].nonEmptyString();
        const auto number = placeholder.find("{n}");
        const auto count = g["count"].integer();
        if (count < 1 || count > 20)
            g["count"].fail("expected 1 to 20 slots");
        for (long long n = 1; n <= count; ++n) {
            Item item;
            item.id = ws.id + "." + key + std::to_string(n);
            item.title = placeholder;
            if (number != std::string::npos)
                item.title.replace(number, 3, std::to_string(n));
            item.titleSource = TextSource::Workbook;
            item.named = true;
            item.group = key;
            ws.items.push_back(std::move(item));
        }
        ws.headings.push_back(heading);
    }
    const auto r = root["reconcile"];
    r.allowOnly({"title", "serves", "none", "decision", "decisions"});
    ws.reconcileTitle = r["title"].nonEmptyString();
    ws.servesTitle = r["serves"].nonEmptyString();
    ws.servesNone = r["none"].nonEmptyString();
    ws.decisionTitle = r["decision"].nonEmptyString();
    ws.decisions = loadHeadings(r["decisions"]);
}

Worksheet loadWorksheet(const JsonReader &root, const std::string &file)
{
    readSchemaVersion(root);
    Worksheet ws;
    ws.file = file;
    ws.id = plainId(root["id"]);
    const std::string kind = root["kind"].oneOf(
        {"scale", "ranking", "checklist", "tracked", "lists", "stages", "choice", "reconcile", "reference"});
    const std::vector<std::string_view> common = {
        "schemaVersion", "id", "kind", "scope", "title", "titleSource", "introduction", "introductionSource"};
    const auto allow = [&](std::initializer_list<std::string_view> more) {
        std::vector<std::string_view> keys = common;
        keys.insert(keys.end(), more);
        for (const auto &[key, value] : root.node().items()) {
            (void)value;
            if (std::find(keys.begin(), keys.end(), key) == keys.end())
                root[key].fail("unknown field for a worksheet of kind \"" + kind + "\"");
        }
    };
    ws.title = root["title"].nonEmptyString();
    ws.titleSource = textSource(root, "title");
    if (root.has("introduction")) {
        ws.introduction = root["introduction"].nonEmptyString();
        ws.introductionSource = textSource(root, "introduction");
    }
    if (root.has("scope"))
        ws.scope = root["scope"].oneOf({"company", "stage"}) == "stage" ? WorksheetScope::Stage
                                                                        : WorksheetScope::Company;
    if (kind == "scale") {
        allow({"number", "tagline", "summary", "items", "levels"});
        ws.kind = WorksheetKind::Scale;
        if (root.has("levels")) {
            const auto levels = root["levels"];
            requireCount(levels, 3, "levels (from the lowest, value 1, to the highest, value 3)");
            std::set<std::string> ids;
            for (std::size_t i = 0; i < 3; ++i) {
                const auto l = levels.at(i);
                l.allowOnly({"id", "label", "value"});
                Level level{plainId(l["id"]), l["label"].nonEmptyString(),
                            static_cast<int>(l["value"].integer())};
                if (level.value != static_cast<int>(i) + 1)
                    l["value"].fail("expected " + std::to_string(i + 1));
                requireUnique(ids, l["id"], level.id);
                ws.levels.push_back(std::move(level));
            }
        }
        if (root.has("number"))
            ws.number = static_cast<int>(root["number"].integer());
        if (root.has("tagline"))
            ws.tagline = root["tagline"].nonEmptyString();
        if (root.has("summary"))
            ws.summary = root["summary"].nonEmptyString();
        loadItems(ws, root["items"], {"id", "title", "titleSource", "question"});
        for (std::size_t i = 0; i < ws.items.size(); ++i)
            if (ws.items[i].question.empty())
                root["items"].at(i).fail("expected a \"question\"");
    } else if (kind == "ranking") {
        allow({"other", "items"});
        ws.kind = WorksheetKind::Ranking;
        loadItems(ws, root["items"], {"id", "title", "description"});
        requireAtLeast(root["items"], 2, "options");
        if (root.has("other")) {
            ws.otherOption = root["other"].nonEmptyString();
            if (!ws.findItem(ws.otherOption))
                root["other"].fail("expected the id of one of the options");
        }
    } else if (kind == "checklist") {
        allow({"answers", "items", "groups", "answeredBy"});
        ws.kind = WorksheetKind::Checklist;
        loadYesNo(ws, root);
        if (root.has("answeredBy"))
            ws.teamOnly = root["answeredBy"].oneOf({"each", "team"}) == "team";
        if (root.has("groups")) {
            ws.headings = loadHeadings(root["groups"]);
            loadItems(ws, root["items"], {"id", "question", "tip", "group"});
            for (std::size_t i = 0; i < ws.items.size(); ++i)
                if (!ws.findHeading(ws.items[i].group))
                    root["items"].at(i)["group"].fail("expected the id of one of the worksheet's groups");
        } else {
            loadItems(ws, root["items"], {"id", "question", "tip"});
        }
    } else if (kind == "choice") {
        allow({"items"});
        ws.kind = WorksheetKind::Choice;
        loadItems(ws, root["items"], {"id", "title", "description"});
        requireAtLeast(root["items"], 2, "options");
    } else if (kind == "reference") {
        allow({"items"});
        ws.kind = WorksheetKind::Reference;
        loadItems(ws, root["items"], {"id", "title", "description", "tip"});
    } else if (kind == "reconcile") {
        allow({"priorities", "projects", "reconcile"});
        ws.kind = WorksheetKind::Reconcile;
        loadReconcile(ws, root);
    } else if (kind == "tracked") {
        allow({"answers", "barometer", "items", "named"});
        ws.kind = WorksheetKind::Tracked;
        loadYesNo(ws, root);
        const auto barometer = root["barometer"];
        barometer.allowOnly({"title", "titleSource", "labels", "labelsSource"});
        ws.barometerTitle = barometer["title"].nonEmptyString();
        ws.barometer = stringList(barometer["labels"]);
        if (ws.barometer.size() < 2 || ws.barometer.size() > 10)
            barometer["labels"].fail("expected 2 to 10 labels, from the easiest to the hardest");
        ws.barometerSource = textSource(barometer, "labels");
        loadItems(ws, root["items"], {"id", "title", "titleSource"});
        if (root.has("named")) {
            const auto named = root["named"];
            named.allowOnly({"title", "minimum", "items", "suggestions"});
            ws.namedTitle = named["title"].nonEmptyString();
            const auto items = named["items"];
            const auto first = ws.items.size();
            loadItems(ws, items, {"id", "title", "titleSource"});
            for (auto i = first; i < ws.items.size(); ++i) {
                ws.items[i].named = true;
                ws.items[i].titleSource = TextSource::App;
            }
            ws.namedMinimum = static_cast<int>(named["minimum"].integer());
            if (ws.namedMinimum < 0 || ws.namedMinimum > static_cast<int>(items.size()))
                named["minimum"].fail("expected 0 to " + std::to_string(items.size()));
            if (named.has("suggestions"))
                ws.suggestions = stringList(named["suggestions"]);
        }
    } else if (kind == "stages") {
        allow({"stages"});
        ws.kind = WorksheetKind::Stages;
        const auto stages = root["stages"];
        stages.allowOnly({"minimum", "maximum", "nameLabel", "replacesLabel", "questionsLabel", "template"});
        ws.stageMinimum = static_cast<int>(stages["minimum"].integer());
        ws.stageMaximum = static_cast<int>(stages["maximum"].integer());
        if (ws.stageMinimum < 1 || ws.stageMaximum < ws.stageMinimum || ws.stageMaximum > 20)
            stages["maximum"].fail("expected 1 <= minimum <= maximum <= 20");
        ws.nameLabel = stages["nameLabel"].nonEmptyString();
        ws.replacesLabel = stages["replacesLabel"].nonEmptyString();
        ws.questionsLabel = stages["questionsLabel"].nonEmptyString();
        const auto list = stages["template"];
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto t = list.at(i);
            t.allowOnly({"name", "replaces", "questions"});
            StageTemplate stage{
                t["name"].nonEmptyString(), t.has("replaces") ? t["replaces"].string() : "", {}};
            if (t.has("questions"))
                stage.questions = stringList(t["questions"]);
            ws.templateStages.push_back(std::move(stage));
        }
        if (ws.templateStages.size() > static_cast<std::size_t>(ws.stageMaximum))
            list.fail("expected at most " + std::to_string(ws.stageMaximum) + " stages");
    } else {
        allow({"headings", "columns", "prompt"});
        ws.kind = WorksheetKind::Lists;
        if (root.has("prompt"))
            ws.prompt = root["prompt"].nonEmptyString();
        ws.headings = loadHeadings(root["headings"]);
        ws.columns = loadHeadings(root["columns"]);
    }
    return ws;
}

void loadMaturityMap(Instrument &ins, const JsonReader &root)
{
    root.allowOnly({"schemaVersion", "instrument", "version", "title", "titleSource", "subtitle",
                    "subtitleSource", "milestones", "yearBands", "teamResources", "priorities"});
    ins.maturityMapTitle = root["title"].nonEmptyString();
    ins.maturityMapTitleSource = textSource(root, "title");
    ins.maturityMapSubtitle = root["subtitle"].nonEmptyString();
    ins.maturityMapSubtitleSource = textSource(root, "subtitle");
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

void loadScoring(Instrument &ins, const JsonReader &root)
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
    if (s.bordaTop != static_cast<int>(ins.powerCoreOptions().size()) - 1)
        root["bordaTop"].fail("expected " + std::to_string(ins.powerCoreOptions().size() - 1) +
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
    if (nextMin != static_cast<int>(ins.readinessQuestions().size()) + 1)
        mandate.fail("expected bands covering 0 to " + std::to_string(ins.readinessQuestions().size()) +
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

namespace {

// Answers are stored and exported by their item's id: an id may name one item of one worksheet only,
// across files too, and a worksheet's id one worksheet.
void requireDistinctIds(const Instrument &ins)
{
    std::map<std::string, std::string> owner; // id -> the file that declares it
    for (const auto &ws : ins.worksheets) {
        const auto [it, fresh] = owner.emplace(ws.id, ws.file);
        if (!fresh)
            throw InputError(ws.file, "/id: the worksheet id \"" + ws.id + "\" is already used in " +
                                          it->second + "; every worksheet needs an id of its own");
    }
    for (const auto &ws : ins.worksheets) {
        for (std::size_t i = 0; i < ws.items.size(); ++i) {
            const auto &id = ws.items[i].id;
            const auto [it, fresh] = owner.emplace(id, ws.file);
            if (!fresh)
                throw InputError(ws.file, "/items/" + std::to_string(i) + "/id: the id \"" + id +
                                              "\" is already used in " + it->second +
                                              "; every question, item and option needs an id of its own");
        }
    }
}

std::string baseName(const std::string &name)
{
    const auto slash = name.find_last_of('/');
    return slash == std::string::npos ? name : name.substr(slash + 1);
}

} // namespace

Instrument Instrument::load(const std::vector<Source> &files)
{
    const Source *instrumentFile = nullptr, *mapFile = nullptr, *scoringFile = nullptr;
    std::vector<const Source *> worksheetFiles;
    for (const auto &f : files) {
        const auto base = baseName(f.name);
        if (base == "instrument.json")
            instrumentFile = &f;
        else if (base == "maturity_map.json")
            mapFile = &f;
        else if (base == "scoring.json")
            scoringFile = &f;
        else
            worksheetFiles.push_back(&f);
    }
    for (const auto &[file, name] :
         {std::pair{instrumentFile, "instrument.json"}, std::pair{mapFile, "maturity_map.json"},
          std::pair{scoringFile, "scoring.json"}})
        if (!file)
            throw InputError(name,
                             "is missing: an instrument folder needs instrument.json, maturity_map.json, "
                             "scoring.json and one file per worksheet");
    // File-name order, so worksheets left out of the declared order come in the same order on
    // every machine (a folder's listing order is not).
    std::sort(worksheetFiles.begin(), worksheetFiles.end(),
              [](const Source *a, const Source *b) { return baseName(a->name) < baseName(b->name); });

    Instrument ins;
    Declaration declared;
    const auto instrumentJson = JsonReader::parse(instrumentFile->text, instrumentFile->name);
    const JsonReader instrumentRoot(instrumentJson, instrumentFile->name);
    const Header header = readHeader(instrumentRoot);
    ins.id = header.instrument;
    ins.version = header.version;
    loadInstrumentFile(ins, instrumentRoot, declared);

    std::vector<Worksheet> loaded;
    for (const Source *f : worksheetFiles) {
        const auto json = JsonReader::parse(f->text, f->name);
        const JsonReader root(json, f->name);
        loaded.push_back(loadWorksheet(root, f->name));
    }
    // The declared order first, then any worksheet the folder has beyond it (a consultant's copy).
    for (std::size_t i = 0; i < declared.order.size(); ++i) {
        // Of two files with the same id (a copy whose id was not changed yet), the one named after
        // the id is the declared one, and the copy is the one named in the error below.
        auto it = std::find_if(loaded.begin(), loaded.end(), [&](const Worksheet &w) {
            return w.id == declared.order[i] && baseName(w.file) == w.id + ".json";
        });
        if (it == loaded.end())
            it = std::find_if(loaded.begin(), loaded.end(),
                              [&](const Worksheet &w) { return w.id == declared.order[i]; });
        if (it == loaded.end())
            instrumentRoot["worksheets"].at(i).fail("expected a worksheet file with the id \"" +
                                                    declared.order[i] + "\" in the folder");
        ins.worksheets.push_back(std::move(*it));
        loaded.erase(it);
    }
    for (auto &w : loaded)
        ins.worksheets.push_back(std::move(w));
    requireDistinctIds(ins);

    const auto role = [&](const std::string &id, WorksheetKind kind, const JsonReader &node) -> std::size_t {
        for (std::size_t i = 0; i < ins.worksheets.size(); ++i)
            if (ins.worksheets[i].id == id) {
                if (ins.worksheets[i].kind != kind)
                    node.fail("expected a worksheet of kind \"" + std::string(toString(kind)) + "\", \"" +
                              id + "\" is a " + std::string(toString(ins.worksheets[i].kind)));
                return i;
            }
        node.fail("expected the id of a worksheet in the folder, found \"" + id + "\"");
    };
    for (std::size_t i = 0; i < declared.competencies.size(); ++i) {
        const auto node = instrumentRoot["competencies"]["worksheets"].at(i);
        const auto index = role(declared.competencies[i], WorksheetKind::Scale, node);
        const auto &ws = ins.worksheets[index];
        if (ws.number != static_cast<int>(i) + 1)
            node.fail("expected the worksheet of competency number " + std::to_string(i + 1) + ", \"" +
                      ws.id + "\" has number " + std::to_string(ws.number));
        if (ws.tagline.empty() || ws.summary.empty())
            node.fail("expected a competency with a \"tagline\" and a \"summary\" (" + ws.file + ")");
        if (!ws.levels.empty())
            node.fail("expected a competency rated on the instrument's levels; \"" + ws.id +
                      "\" has its own");
        ins.competencyIndexes.push_back(index);
    }
    ins.powerCoreIndex = role(declared.powerCore, WorksheetKind::Ranking, instrumentRoot["powerCore"]);
    ins.readinessIndex = role(declared.readiness, WorksheetKind::Checklist, instrumentRoot["readiness"]);

    for (const Source *f : {mapFile, scoringFile}) {
        const auto json = JsonReader::parse(f->text, f->name);
        const JsonReader root(json, f->name);
        const Header h = readHeader(root);
        if (h.instrument != ins.id || h.version != ins.version)
            root["version"].fail("expected instrument \"" + ins.id + "\" version \"" + ins.version +
                                 "\" like instrument.json, found \"" + h.instrument + "\" version \"" +
                                 h.version + "\"");
        if (f == mapFile)
            loadMaturityMap(ins, root);
        else
            loadScoring(ins, root);
    }
    return ins;
}

namespace {
constexpr std::size_t kMaxInstrumentFileBytes = 4u << 20; // the largest built-in file is about 20 KiB
constexpr std::size_t kMaxInstrumentFiles = 200;
} // namespace

Instrument Instrument::loadDirectory(const std::filesystem::path &dir)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        throw InputError(dir.string(), "is not a folder (an instrument is a folder like assessments/)");
    std::vector<std::filesystem::path> paths;
    for (auto it = std::filesystem::directory_iterator(dir, ec);
         !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
        if (it->path().extension() == ".json")
            paths.push_back(it->path());
        if (paths.size() > kMaxInstrumentFiles)
            throw InputError(dir.string(),
                             "holds more than " + std::to_string(kMaxInstrumentFiles) +
                                 " JSON files; an instrument folder holds one file per worksheet");
    }
    if (ec)
        throw InputError(dir.string(), "cannot be read (" + ec.message() + ")");
    std::sort(paths.begin(), paths.end());
    for (const char *required : {"instrument.json", "maturity_map.json", "scoring.json"})
        if (std::find(paths.begin(), paths.end(), dir / required) == paths.end())
            throw InputError((dir / required).string(),
                             "is missing: an instrument folder needs instrument.json, maturity_map.json, "
                             "scoring.json and one file per worksheet");
    std::vector<Source> files;
    // Read once and capped, like every input: a named pipe or a device in the folder cannot hang or
    // exhaust the program.
    for (const auto &path : paths)
        files.push_back({path.string(), readInput(path, kMaxInstrumentFileBytes, "an instrument file")});
    return load(files);
}

std::string_view toString(WorksheetKind kind)
{
    switch (kind) {
    case WorksheetKind::Scale:
        return "scale";
    case WorksheetKind::Ranking:
        return "ranking";
    case WorksheetKind::Checklist:
        return "checklist";
    case WorksheetKind::Tracked:
        return "tracked";
    case WorksheetKind::Lists:
        return "lists";
    case WorksheetKind::Stages:
        return "stages";
    case WorksheetKind::Choice:
        return "choice";
    case WorksheetKind::Reconcile:
        return "reconcile";
    case WorksheetKind::Reference:
        return "reference";
    }
    return "scale";
}

const Item *Worksheet::findItem(const std::string &itemId) const
{
    const int i = itemIndex(itemId);
    return i < 0 ? nullptr : &items[static_cast<std::size_t>(i)];
}

int Worksheet::itemIndex(const std::string &itemId) const
{
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].id == itemId)
            return static_cast<int>(i);
    return -1;
}

namespace {
const Heading *findIn(const std::vector<Heading> &list, const std::string &id)
{
    const auto it = std::find_if(list.begin(), list.end(), [&](const Heading &h) { return h.id == id; });
    return it == list.end() ? nullptr : &*it;
}
} // namespace

const Heading *Worksheet::findHeading(const std::string &headingId) const
{
    return findIn(headings, headingId);
}

const Heading *Worksheet::findColumn(const std::string &columnId) const
{
    return findIn(columns, columnId);
}

const Heading *Worksheet::findDecision(const std::string &decisionId) const
{
    return findIn(decisions, decisionId);
}

std::vector<const Item *> Worksheet::itemsOf(const std::string &groupId) const
{
    std::vector<const Item *> out;
    for (const auto &item : items)
        if (item.group == groupId)
            out.push_back(&item);
    return out;
}

bool Worksheet::answeredByEach() const
{
    switch (kind) {
    case WorksheetKind::Scale:
    case WorksheetKind::Ranking:
    case WorksheetKind::Tracked:
        return true;
    case WorksheetKind::Checklist:
        return !teamOnly;
    case WorksheetKind::Lists:
    case WorksheetKind::Stages:
    case WorksheetKind::Choice:
    case WorksheetKind::Reconcile:
    case WorksheetKind::Reference:
        return false;
    }
    return false;
}

const Worksheet *Instrument::findWorksheet(const std::string &worksheetId) const
{
    for (const auto &w : worksheets)
        if (w.id == worksheetId)
            return &w;
    return nullptr;
}

const Worksheet *Instrument::worksheetOfItem(const std::string &itemId) const
{
    for (const auto &w : worksheets)
        if (w.itemIndex(itemId) >= 0)
            return &w;
    return nullptr;
}

const Item *Instrument::findItem(const std::string &itemId) const
{
    const Worksheet *w = worksheetOfItem(itemId);
    return w ? w->findItem(itemId) : nullptr;
}

const Competency *Instrument::competencyOfItem(const std::string &itemId) const
{
    for (const auto &c : competencies())
        if (c.itemIndex(itemId) >= 0)
            return &c;
    return nullptr;
}

int Instrument::itemIndex(const std::string &itemId) const
{
    int index = 0;
    for (const auto &c : competencies())
        for (const auto &i : c.items) {
            if (i.id == itemId)
                return index;
            ++index;
        }
    return -1;
}

int Instrument::optionIndex(const std::string &optionId) const
{
    return powerCore().itemIndex(optionId);
}

int Instrument::questionIndex(const std::string &questionId) const
{
    return readiness().itemIndex(questionId);
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
    return powerCore().findItem(optionId);
}

std::vector<std::string> Instrument::itemIds() const
{
    std::vector<std::string> ids;
    for (const auto &c : competencies())
        for (const auto &i : c.items)
            ids.push_back(i.id);
    return ids;
}

std::size_t Instrument::itemCount() const
{
    std::size_t n = 0;
    for (const auto &c : competencies())
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
    add(competencyTitleSource, "instrument.json: competencies title");
    add(competencyInstructionSource, "instrument.json: competencies instruction");
    for (const auto &w : worksheets) {
        const auto file = baseName(w.file);
        add(w.titleSource, file + ": title");
        add(w.introductionSource, file + ": introduction");
        for (const auto &i : w.items)
            add(i.titleSource, file + ": " + i.id + " title");
        if (w.kind == WorksheetKind::Tracked)
            add(w.barometerSource, file + ": barometer labels");
        if (w.kind == WorksheetKind::Reconcile) // the workbook draws the reconciliation, without words
            out.push_back(file + ": reconcile serves, none, decision and decisions");
    }
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
    static const Instrument instance = [] { return load(detail::builtinInstrumentSources()); }();
    return instance;
}

} // namespace cxm
