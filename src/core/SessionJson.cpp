#include "SessionJson.h"

#include "FileSafety.h"
#include "JsonReader.h"
#include "Text.h"

#include <algorithm>
#include <map>
#include <set>

namespace cxm {

namespace {

// Notes and one-line fields are neutralised as they come in (see Text.h): a control character or
// a bidirectional override never reaches the file, the screen or a spreadsheet.
std::string optionalNote(const JsonReader &entry)
{
    return entry.has("note") ? multiLineText(entry["note"].string()) : std::string();
}

std::string optionalLine(const JsonReader &entry, const char *key)
{
    return entry.has(key) ? singleLineText(entry[key].string()) : std::string();
}

std::vector<std::string> readRanking(const JsonReader &node, const Instrument &ins)
{
    std::vector<std::string> ranking;
    std::set<std::string> seen;
    const std::size_t n = ins.powerCoreOptions().size();
    if (node.size() != n)
        node.fail("expected a ranking of all " + std::to_string(n) + " Power Core options, found " +
                  std::to_string(node.size()));
    for (std::size_t i = 0; i < node.size(); ++i) {
        const auto el = node.at(i);
        const std::string id = el.string();
        if (ins.optionIndex(id) < 0) {
            std::string list;
            for (const auto &o : ins.powerCoreOptions())
                list += (list.empty() ? "" : ", ") + o.id;
            el.fail("expected a Power Core option (" + list + "), found \"" + id + "\"");
        }
        if (!seen.insert(id).second)
            el.fail("\"" + id + "\" is ranked twice");
        ranking.push_back(id);
    }
    return ranking;
}

} // namespace

Session SessionJson::parse(std::string_view text, const std::string &source, const Instrument &ins)
{
    if (text.size() > kMaxBytes)
        throw InputError(source, "is too large for a session document (" +
                                     std::to_string(text.size() / (1024 * 1024)) + " MB; the limit is " +
                                     std::to_string(kMaxBytes / (1024 * 1024)) + " MB)");
    if (!isValidUtf8(text))
        throw InputError(source, "is not UTF-8 text; save the session document as UTF-8");
    const auto json = JsonReader::parse(text, source);
    const JsonReader root(json, source);
    root.expectObject();
    root.allowOnly({"format", "version", "session", "participants", "ratings", "consensus", "power_core",
                    "power_core_consensus", "readiness", "readiness_consensus"});
    root["format"].oneOf({kFormat});
    const auto version = root["version"];
    if (version.integer() != kVersion)
        version.fail("expected 1 (this is a session document of another version)");

    Session s;
    const auto info = root["session"];
    info.allowOnly({"title", "organization", "mode", "facilitator", "date", "notes"});
    s.info.title = optionalLine(info, "title");
    s.info.organization = optionalLine(info, "organization");
    s.info.mode = *parseMode(info["mode"].oneOf({"workshop", "self"}));
    s.info.facilitator = optionalLine(info, "facilitator");
    if (info.has("date")) {
        s.info.date = info["date"].string();
        if (!s.info.date.empty() && !isIsoDate(s.info.date))
            info["date"].fail("expected a date as YYYY-MM-DD, found \"" + s.info.date + "\"");
    }
    s.info.notes = info.has("notes") ? multiLineText(info["notes"].string()) : std::string();

    std::set<std::string> participantIds;
    const auto participants = root["participants"];
    for (std::size_t i = 0; i < participants.size(); ++i) {
        const auto p = participants.at(i);
        p.allowOnly({"id", "name", "role"});
        Participant part{p["id"].nonEmptyString(), singleLineText(p["name"].nonEmptyString()),
                         optionalLine(p, "role")};
        // A name of nothing but control characters has nothing left: the document still imports
        // (version 1 documents always do), and the participant is known by their id.
        if (part.name.find_first_not_of(' ') == std::string::npos)
            part.name = part.id;
        if (!participantIds.insert(part.id).second)
            p["id"].fail("duplicate participant id \"" + part.id + "\"");
        s.participants.push_back(std::move(part));
    }
    if (s.info.mode == Mode::Self && s.participants.size() != 1)
        participants.fail("expected exactly one participant in a self-assessment, found " +
                          std::to_string(s.participants.size()));

    const auto participantRef = [&](const JsonReader &node) {
        const std::string id = node.string();
        if (!participantIds.count(id))
            node.fail("expected the id of a participant, found \"" + id + "\"");
        return id;
    };
    const auto itemRef = [&](const JsonReader &node) {
        const std::string id = node.string();
        if (!ins.competencyOfItem(id))
            node.fail("expected a competency item id (such as \"c1.culture\"), found \"" + id + "\"");
        return id;
    };
    const auto questionRef = [&](const JsonReader &node) {
        const std::string id = node.string();
        if (ins.questionIndex(id) < 0)
            node.fail("expected a readiness question id \"r1\" … \"r" +
                      std::to_string(ins.readinessQuestions().size()) + "\", found \"" + id + "\"");
        return id;
    };
    const auto rating = [](const JsonReader &node) {
        return *parseRating(node.oneOf({"early", "advanced", "mature"}));
    };
    const auto answer = [](const JsonReader &node) { return *parseAnswer(node.oneOf({"yes", "no"})); };
    const auto optionalArray = [&](const char *key, auto &&each) {
        if (!root.has(key))
            return;
        const auto arr = root[key];
        for (std::size_t i = 0; i < arr.size(); ++i)
            each(arr.at(i).expectObject());
    };

    std::set<std::pair<std::string, std::string>> seenPairs;
    optionalArray("ratings", [&](const JsonReader &r) {
        r.allowOnly({"participant", "item", "rating", "note"});
        RatingEntry e{participantRef(r["participant"]), itemRef(r["item"]), rating(r["rating"]),
                      optionalNote(r)};
        if (!seenPairs.insert({e.participant, e.item}).second)
            r.fail("a second rating by \"" + e.participant + "\" for \"" + e.item +
                   "\" (one per participant and item)");
        s.ratings.push_back(std::move(e));
    });
    std::set<std::string> seenItems;
    optionalArray("consensus", [&](const JsonReader &c) {
        c.allowOnly({"item", "rating", "note"});
        ConsensusRating e{itemRef(c["item"]), rating(c["rating"]), optionalNote(c)};
        if (!seenItems.insert(e.item).second)
            c.fail("a second consensus rating for \"" + e.item + "\"");
        s.consensus.push_back(std::move(e));
    });
    std::set<std::string> seenRankers;
    optionalArray("power_core", [&](const JsonReader &p) {
        p.allowOnly({"participant", "ranking", "other_label"});
        RankingEntry e{participantRef(p["participant"]), readRanking(p["ranking"], ins),
                       optionalLine(p, "other_label"), ins.powerCore().id};
        if (!seenRankers.insert(e.participant).second)
            p.fail("a second Power Core ranking by \"" + e.participant + "\"");
        s.rankings.push_back(std::move(e));
    });
    if (root.has("power_core_consensus") && !root["power_core_consensus"].node().is_null()) {
        const auto c = root["power_core_consensus"];
        c.allowOnly({"ranking", "note"});
        s.rankingConsensus.push_back({readRanking(c["ranking"], ins), optionalNote(c), ins.powerCore().id});
    }
    seenPairs.clear();
    optionalArray("readiness", [&](const JsonReader &a) {
        a.allowOnly({"participant", "question", "answer", "note"});
        ChecklistAnswer e{participantRef(a["participant"]), questionRef(a["question"]), answer(a["answer"]),
                          optionalNote(a)};
        if (!seenPairs.insert({e.participant, e.question}).second)
            a.fail("a second answer by \"" + e.participant + "\" to \"" + e.question + "\"");
        s.checklist.push_back(std::move(e));
    });
    std::set<std::string> seenQuestions;
    optionalArray("readiness_consensus", [&](const JsonReader &c) {
        c.allowOnly({"question", "answer", "note"});
        ChecklistConsensus e{questionRef(c["question"]), answer(c["answer"]), optionalNote(c)};
        if (!seenQuestions.insert(e.question).second)
            c.fail("a second team answer to \"" + e.question + "\"");
        s.checklistConsensus.push_back(std::move(e));
    });
    return s;
}

Session SessionJson::readFile(const std::filesystem::path &path, const Instrument &instrument)
{
    // Read once, whatever it is (a file, a named pipe, a process substitution), and capped, so a
    // device that never ends cannot eat the memory.
    const std::string text = readInput(path, kMaxBytes, "a session document");
    if (text.empty())
        throw InputError(path.string(), "is empty: nothing could be read from it");
    return parse(text, path.string(), instrument);
}

nlohmann::ordered_json SessionJson::toJson(const Session &s, const Instrument &ins)
{
    using json = nlohmann::ordered_json;
    const auto withNote = [](json j, const std::string &note) {
        if (!note.empty())
            j["note"] = note;
        return j;
    };
    json out;
    out["format"] = kFormat;
    out["version"] = kVersion;
    out["session"] = {{"title", s.info.title},
                      {"organization", s.info.organization},
                      {"mode", cxm::toString(s.info.mode)},
                      {"facilitator", s.info.facilitator},
                      {"date", s.info.date},
                      {"notes", s.info.notes}};
    out["participants"] = json::array();
    for (const auto &p : s.participants)
        out["participants"].push_back({{"id", p.id}, {"name", p.name}, {"role", p.role}});
    out["ratings"] = json::array();
    for (const auto &r : s.ratings)
        out["ratings"].push_back(withNote(
            {{"participant", r.participant}, {"item", r.item}, {"rating", cxm::toString(r.rating)}}, r.note));
    out["consensus"] = json::array();
    for (const auto &c : s.consensus)
        out["consensus"].push_back(withNote({{"item", c.item}, {"rating", cxm::toString(c.rating)}}, c.note));
    out["power_core"] = json::array();
    for (const auto &p : s.rankings) {
        if (p.worksheet != ins.powerCore().id)
            continue;
        json j = {{"participant", p.participant}, {"ranking", p.ranking}};
        if (!p.otherLabel.empty())
            j["other_label"] = p.otherLabel;
        out["power_core"].push_back(std::move(j));
    }
    if (const auto *agreed = s.findRankingConsensus(ins.powerCore().id))
        out["power_core_consensus"] = withNote({{"ranking", agreed->ranking}}, agreed->note);
    out["readiness"] = json::array();
    for (const auto &a : s.checklist)
        if (ins.readiness().itemIndex(a.question) >= 0)
            out["readiness"].push_back(withNote(
            {{"participant", a.participant}, {"question", a.question}, {"answer", cxm::toString(a.answer)}},
            a.note));
    out["readiness_consensus"] = json::array();
    for (const auto &c : s.checklistConsensus)
        if (ins.readiness().itemIndex(c.question) >= 0)
            out["readiness_consensus"].push_back(
            withNote({{"question", c.question}, {"answer", cxm::toString(c.answer)}}, c.note));
    return out;
}

std::string SessionJson::toString(const Session &session, const Instrument &instrument)
{
    return toJson(session, instrument).dump(2) + "\n";
}

} // namespace cxm
