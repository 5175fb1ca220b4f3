#include "SessionJson.h"

#include "Plan.h"

#include "FileSafety.h"
#include "JsonReader.h"
#include "Text.h"

#include <algorithm>
#include <map>
#include <set>

namespace cxm {

namespace {

// A one-line text or a note of the document, neutralised (Text.h) and held to the input limits: an
// overlong one is refused with its location, as any other wrong value.
std::string jsonLine(const JsonReader &node, const std::string &text)
{
    if (codePoints(text) > kMaxLineText)
        node.fail("a text of at most " + std::to_string(kMaxLineText) + " characters");
    return singleLineText(text);
}

std::string jsonNote(const JsonReader &node, const std::string &text)
{
    if (codePoints(text) > kMaxNoteText)
        node.fail("a text of at most " + std::to_string(kMaxNoteText) + " characters");
    return multiLineText(text);
}

// Notes and one-line fields are neutralised as they come in (see Text.h): a control character or
// a bidirectional override never reaches the file, the screen or a spreadsheet.
std::string optionalNote(const JsonReader &entry)
{
    return entry.has("note") ? jsonNote(entry["note"], entry["note"].string()) : std::string();
}

std::string optionalLine(const JsonReader &entry, const char *key)
{
    return entry.has(key) ? jsonLine(entry[key], entry[key].string()) : std::string();
}

std::vector<std::string> readRanking(const JsonReader &node, const Worksheet &w)
{
    std::vector<std::string> ranking;
    std::set<std::string> seen;
    const std::size_t n = w.items.size();
    const std::string what = w.id == "power_core" ? std::string("Power Core") : "\"" + w.id + "\"";
    if (node.size() != n)
        node.fail("expected a ranking of all " + std::to_string(n) + " " + what + " options, found " +
                  std::to_string(node.size()));
    for (std::size_t i = 0; i < node.size(); ++i) {
        const auto el = node.at(i);
        const std::string id = el.string();
        if (w.itemIndex(id) < 0) {
            std::string list;
            for (const auto &o : w.items)
                list += (list.empty() ? "" : ", ") + o.id;
            el.fail("expected a " + what + " option (" + list + "), found \"" + id + "\"");
        }
        if (!seen.insert(id).second)
            el.fail("\"" + id + "\" is ranked twice");
        ranking.push_back(id);
    }
    return ranking;
}

// The worksheets that version 1 has no field for (every worksheet but the competencies, the Power
// Core and readiness), each by its id and in its kind's shape; see docs/file-format.md.
bool inVersion1(const Instrument &ins, const Worksheet &w)
{
    return (w.kind == WorksheetKind::Scale && ins.competencyOfItem(w.items.front().id)) ||
           w.id == ins.powerCore().id || w.id == ins.readiness().id;
}

template<typename ParticipantRef>
void readWorksheets(const JsonReader &root, const Instrument &ins, Session &s, ParticipantRef participantRef)
{
    if (!root.has("worksheets"))
        return;
    const auto all = root["worksheets"].expectObject();
    for (const auto &member : all.node().items()) {
        const std::string id = member.key(); // a copy: lambdas below capture it (clang refuses bindings)
        const auto ws = all[id].expectObject();
        const Worksheet *w = ins.findWorksheet(id);
        if (!w)
            ws.fail("expected the id of a worksheet of the instrument, found \"" + id + "\"");
        if (inVersion1(ins, *w))
            ws.fail("expected the answers to \"" + id +
                    "\" in the fields of version 1, not under worksheets");
        const auto itemOf = [&](const JsonReader &node) {
            const std::string item = node.string();
            const Item *found = w->findItem(item);
            if (!found)
                node.fail("expected an item of \"" + id + "\", found \"" + item + "\"");
            return item;
        };
        // A rating on the worksheet's own levels (or the instrument's Early / Advanced / Mature).
        const auto levelOf = [&](const JsonReader &node) {
            const std::string value = node.string();
            std::string expected;
            for (const auto &l : ins.levelsOf(*w)) {
                if (l.id == value)
                    return static_cast<Rating>(l.value);
                expected += (expected.empty() ? "" : ", ") + ("\"" + l.id + "\"");
            }
            node.fail("expected one of " + expected + ", found \"" + value + "\"");
        };
        const auto each = [&](const char *key, auto &&body) {
            if (!ws.has(key))
                return;
            const auto list = ws[key];
            for (std::size_t i = 0; i < list.size(); ++i)
                body(list.at(i).expectObject());
        };
        const auto difficulty = [&](const JsonReader &e) -> std::optional<int> {
            if (!e.has("difficulty"))
                return std::nullopt;
            const long long d = e["difficulty"].integer();
            if (d < 1 || d > static_cast<long long>(w->barometer.size()))
                e["difficulty"].fail("expected a difficulty from 1 to " +
                                     std::to_string(w->barometer.size()));
            return static_cast<int>(d);
        };
        const auto tracked = [&](const JsonReader &e) -> std::optional<Answer> {
            if (!e.has("tracked"))
                return std::nullopt;
            return *parseAnswer(e["tracked"].oneOf({"yes", "no"}));
        };
        // The stage an answer is about: required on a per-stage worksheet, refused on another.
        const bool perStage = w->scope == WorksheetScope::Stage;
        const auto stageOf = [&](const JsonReader &e) -> std::string {
            if (!e.has("stage")) {
                if (perStage)
                    e.fail("expected a \"stage\": \"" + id + "\" is answered per stage of the journey");
                return {};
            }
            if (!perStage)
                e["stage"].fail("unknown field: \"" + id + "\" is about the whole company, not a stage");
            const std::string stage = e["stage"].string();
            if (!s.findStage(stage))
                e["stage"].fail("expected the id of a stage of the journey, found \"" + stage + "\"");
            return stage;
        };
        std::set<std::tuple<std::string, std::string, std::string>> seen;
        const auto once = [&](const JsonReader &e, const std::string &who, const std::string &what,
                              const std::string &stage) {
            if (!seen.insert({who, what, stage}).second)
                e.fail("a second answer of \"" + (who.empty() ? std::string("the team") : who) + "\" to \"" +
                       what + "\"" + (stage.empty() ? std::string() : " about the stage \"" + stage + "\""));
        };
        // The names the team gave the items it names itself (tracked, reconcile).
        const auto readNames = [&] {
            each("names", [&](const JsonReader &e) {
                e.allowOnly({"item", "name", "stage"});
                const std::string item = itemOf(e["item"]);
                if (!w->findItem(item)->named)
                    e["item"].fail("expected an item the team names, \"" + item + "\" has its own title");
                const std::string stage = stageOf(e);
                once(e, "name", item, stage);
                const std::string name = jsonLine(e["name"], e["name"].nonEmptyString());
                s.itemNames.push_back({item, name, stage});
            });
        };
        switch (w->kind) {
        case WorksheetKind::Scale:
            ws.allowOnly({"answers", "team"});
            each("answers", [&](const JsonReader &e) {
                e.allowOnly({"participant", "item", "rating", "note", "stage"});
                RatingEntry r{participantRef(e["participant"]), itemOf(e["item"]), levelOf(e["rating"]),
                              optionalNote(e), stageOf(e)};
                once(e, r.participant, r.item, r.scope);
                s.ratings.push_back(std::move(r));
            });
            each("team", [&](const JsonReader &e) {
                e.allowOnly({"item", "rating", "note", "stage"});
                ConsensusRating c{itemOf(e["item"]), levelOf(e["rating"]), optionalNote(e), stageOf(e)};
                once(e, {}, c.item, c.scope);
                s.consensus.push_back(std::move(c));
            });
            break;
        case WorksheetKind::Ranking:
            ws.allowOnly({"answers", "team"});
            each("answers", [&](const JsonReader &e) {
                e.allowOnly({"participant", "ranking", "other_label", "stage"});
                RankingEntry r{participantRef(e["participant"]), readRanking(e["ranking"], *w),
                               optionalLine(e, "other_label"), w->id, stageOf(e)};
                once(e, r.participant, id, r.scope);
                s.rankings.push_back(std::move(r));
            });
            // The team's order: one object, or one per stage (an array) on a per-stage worksheet.
            if (ws.has("team") && !perStage) {
                const auto t = ws["team"].expectObject();
                t.allowOnly({"ranking", "note"});
                s.rankingConsensus.push_back({readRanking(t["ranking"], *w), optionalNote(t), w->id});
            } else {
                each("team", [&](const JsonReader &t) {
                    t.allowOnly({"ranking", "note", "stage"});
                    RankingConsensus c{readRanking(t["ranking"], *w), optionalNote(t), w->id, stageOf(t)};
                    once(t, {}, id, c.scope);
                    s.rankingConsensus.push_back(std::move(c));
                });
            }
            break;
        case WorksheetKind::Checklist:
            ws.allowOnly({"answers", "team"});
            if (w->teamOnly && ws.has("answers"))
                ws["answers"].fail("expected the team's answers only: \"" + id +
                                   "\" is answered by the team");
            each("answers", [&](const JsonReader &e) {
                e.allowOnly({"participant", "item", "answer", "note", "stage"});
                ChecklistAnswer a{participantRef(e["participant"]), itemOf(e["item"]),
                                  *parseAnswer(e["answer"].oneOf({"yes", "no"})), optionalNote(e),
                                  stageOf(e)};
                once(e, a.participant, a.question, a.scope);
                s.checklist.push_back(std::move(a));
            });
            each("team", [&](const JsonReader &e) {
                e.allowOnly({"item", "answer", "note", "stage"});
                ChecklistConsensus c{itemOf(e["item"]), *parseAnswer(e["answer"].oneOf({"yes", "no"})),
                                     optionalNote(e), stageOf(e)};
                once(e, {}, c.question, c.scope);
                s.checklistConsensus.push_back(std::move(c));
            });
            break;
        case WorksheetKind::Choice:
            ws.allowOnly({"team"});
            each("team", [&](const JsonReader &e) {
                e.allowOnly({"option", "note", "stage"});
                ChoiceAnswer c{w->id, itemOf(e["option"]), optionalNote(e), stageOf(e)};
                once(e, {}, w->id, c.scope);
                s.choices.push_back(std::move(c));
            });
            break;
        case WorksheetKind::Reconcile:
            ws.allowOnly({"names", "team"});
            readNames();
            each("team", [&](const JsonReader &e) {
                e.allowOnly({"item", "serves", "decision", "note", "stage"});
                Reconciliation r{itemOf(e["item"]), {}, {}, optionalNote(e), stageOf(e)};
                if (w->findItem(r.item)->group != "projects")
                    e["item"].fail("expected one of the projects of \"" + id + "\", found \"" + r.item +
                                   "\"");
                if (e.has("serves")) {
                    r.serves = itemOf(e["serves"]);
                    if (w->findItem(r.serves)->group != "priorities")
                        e["serves"].fail("expected one of the priorities of \"" + id + "\", found \"" +
                                         r.serves + "\"");
                }
                if (e.has("decision")) {
                    r.decision = e["decision"].string();
                    if (!w->findDecision(r.decision))
                        e["decision"].fail("expected a decision of \"" + id + "\", found \"" + r.decision +
                                           "\"");
                }
                once(e, {}, r.item, r.scope);
                s.reconciliations.push_back(std::move(r));
            });
            break;
        case WorksheetKind::Reference:
            ws.fail("expected no answers: \"" + id + "\" is a card to read");
        case WorksheetKind::Tracked:
            ws.allowOnly({"names", "answers", "team"});
            readNames();
            each("answers", [&](const JsonReader &e) {
                e.allowOnly({"participant", "item", "tracked", "difficulty", "note", "stage"});
                TrackedAnswer a{participantRef(e["participant"]),
                                itemOf(e["item"]),
                                tracked(e),
                                difficulty(e),
                                optionalNote(e),
                                stageOf(e)};
                once(e, a.participant, a.item, a.scope);
                s.tracked.push_back(std::move(a));
            });
            each("team", [&](const JsonReader &e) {
                e.allowOnly({"item", "tracked", "difficulty", "note", "stage"});
                TrackedConsensus c{itemOf(e["item"]), tracked(e), difficulty(e), optionalNote(e), stageOf(e)};
                once(e, {}, c.item, c.scope);
                s.trackedConsensus.push_back(std::move(c));
            });
            break;
        case WorksheetKind::Lists:
            ws.allowOnly({"entries"});
            each("entries", [&](const JsonReader &e) {
                e.allowOnly({"heading", "list", "text", "stage"});
                const std::string heading = e["heading"].string(), list = e["list"].string();
                if (!w->findHeading(heading))
                    e["heading"].fail("expected a heading of \"" + id + "\", found \"" + heading + "\"");
                if (!w->findColumn(list))
                    e["list"].fail("expected a list of \"" + id + "\", found \"" + list + "\"");
                const std::string text = jsonNote(e["text"], e["text"].nonEmptyString());
                s.entries.push_back({w->id, heading, list, text, stageOf(e)});
            });
            break;
        case WorksheetKind::Stages:
            ws.fail("expected the journey's stages in the document's \"stages\", not under worksheets");
        }
    }
}

// The plan: targets, actions and dismissed suggestions, checked by the rules of Plan.h.
template<typename ParticipantRef>
void readPlan(const JsonReader &root, const Instrument &ins, Session &s, ParticipantRef participantRef)
{
    if (root.has("targets")) {
        const auto list = root["targets"];
        std::set<std::pair<std::string, std::string>> seen;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto t = list.at(i).expectObject();
            t.allowOnly({"item", "stage", "level", "date", "months", "note"});
            Target target;
            target.item = t["item"].string();
            target.scope = t.has("stage") ? t["stage"].string() : std::string();
            const Worksheet *w = ins.worksheetOfItem(target.item);
            if (!w || w->kind != WorksheetKind::Scale)
                t["item"].fail("expected an item the team rates, found \"" + target.item + "\"");
            const std::string level = t["level"].string();
            bool found = false;
            for (const auto &l : ins.levelsOf(*w))
                if (l.id == level) {
                    target.level = static_cast<Rating>(l.value);
                    found = true;
                }
            if (!found)
                t["level"].fail("expected a level of \"" + w->id + "\", found \"" + level + "\"");
            if (t.has("date"))
                target.date = t["date"].string();
            if (t.has("months"))
                target.months = static_cast<int>(std::clamp<long long>(t["months"].integer(), -1, 121));
            target.note = optionalNote(t);
            if (const auto problem = targetProblem(target, ins, s); !problem.empty())
                t.fail(problem);
            if (!seen.insert({target.item, target.scope}).second)
                t.fail("a second target for \"" + target.item + "\"");
            s.targets.push_back(std::move(target));
        }
    }
    if (root.has("actions")) {
        const auto list = root["actions"];
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto a = list.at(i).expectObject();
            a.allowOnly({"id", "title", "owner", "owner_name", "due", "status", "note", "addresses",
                         "priority", "suggestion"});
            Action action;
            action.id = a["id"].nonEmptyString();
            if (action.id.size() < 2 || action.id[0] != 'a' || action.id.size() > 12 ||
                action.id.find_first_not_of("0123456789", 1) != std::string::npos)
                a["id"].fail("expected an action id of the form \"a1\", \"a2\", …, found \"" + action.id +
                             "\"");
            if (s.findAction(action.id))
                a["id"].fail("duplicate action id \"" + action.id + "\"");
            action.title = jsonLine(a["title"], a["title"].nonEmptyString());
            if (a.has("owner"))
                action.owner = participantRef(a["owner"]);
            action.ownerName = optionalLine(a, "owner_name");
            if (a.has("due")) {
                action.due = a["due"].string();
                if (!action.due.empty() && !isIsoDate(action.due))
                    a["due"].fail("expected a date as YYYY-MM-DD, found \"" + action.due + "\"");
            }
            action.status = *parseActionStatus(a["status"].oneOf({"open", "in_progress", "done", "dropped"}));
            action.note = optionalNote(a);
            if (a.has("addresses")) {
                action.addresses = a["addresses"].string();
                if (const auto problem = addressProblem(action.addresses, ins, s); !problem.empty())
                    a["addresses"].fail(problem);
            }
            if (a.has("priority")) {
                action.priority = a["priority"].string();
                if (const auto problem = priorityProblem(action.priority, ins); !problem.empty())
                    a["priority"].fail(problem);
            }
            if (a.has("suggestion"))
                action.suggestion = a["suggestion"].string();
            s.actions.push_back(std::move(action));
        }
    }
    if (root.has("dismissed")) {
        const auto list = root["dismissed"];
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string key = list.at(i).nonEmptyString();
            if (std::find(s.dismissed.begin(), s.dismissed.end(), key) == s.dismissed.end())
                s.dismissed.push_back(key);
        }
    }
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
    root["format"].oneOf({kFormat});
    const auto version = root["version"];
    const long long number = version.integer();
    if (number != 1 && number != kVersion)
        version.fail("expected 1 or 2 (this is a session document of another version)");
    if (number == 1)
        root.allowOnly({"format", "version", "session", "participants", "ratings", "consensus", "power_core",
                        "power_core_consensus", "readiness", "readiness_consensus"});
    else
        root.allowOnly({"format", "version", "instrument", "session", "participants", "ratings", "consensus",
                        "power_core", "power_core_consensus", "readiness", "readiness_consensus", "stages",
                        "worksheets", "absences", "targets", "actions", "dismissed"});
    if (number == 2) {
        const auto id = root["instrument"];
        id.allowOnly({"id", "version"});
        if (id["id"].string() != ins.id)
            id["id"].fail("expected the instrument \"" + ins.id + "\", found \"" + id["id"].string() +
                          "\" (open it with the instrument it was written with: --instrument FOLDER)");
        (void)id["version"].string();
    }

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
    s.info.notes = info.has("notes") ? jsonNote(info["notes"], info["notes"].string()) : std::string();

    std::set<std::string> participantIds;
    const auto participants = root["participants"];
    for (std::size_t i = 0; i < participants.size(); ++i) {
        const auto p = participants.at(i);
        p.allowOnly({"id", "name", "role"});
        Participant part{p["id"].nonEmptyString(), jsonLine(p["name"], p["name"].nonEmptyString()),
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
        RankingEntry e{participantRef(p["participant"]), readRanking(p["ranking"], ins.powerCore()),
                       optionalLine(p, "other_label"), ins.powerCore().id};
        if (!seenRankers.insert(e.participant).second)
            p.fail("a second Power Core ranking by \"" + e.participant + "\"");
        s.rankings.push_back(std::move(e));
    });
    if (root.has("power_core_consensus") && !root["power_core_consensus"].node().is_null()) {
        const auto c = root["power_core_consensus"];
        c.allowOnly({"ranking", "note"});
        s.rankingConsensus.push_back(
            {readRanking(c["ranking"], ins.powerCore()), optionalNote(c), ins.powerCore().id});
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
    if (number == 2) {
        if (root.has("stages")) {
            const auto list = root["stages"];
            for (std::size_t i = 0; i < list.size(); ++i) {
                const auto st = list.at(i).expectObject();
                st.allowOnly({"id", "name", "replaces", "questions"});
                Stage stage{st["id"].nonEmptyString(),
                            jsonLine(st["name"], st["name"].string()),
                            optionalLine(st, "replaces"),
                            {}};
                if (stage.id.size() < 2 || stage.id[0] != 's' ||
                    stage.id.find_first_not_of("0123456789", 1) != std::string::npos || stage.id.size() > 12)
                    st["id"].fail("expected a stage id of the form \"s1\", \"s2\", …, found \"" + stage.id +
                                  "\"");
                if (s.findStage(stage.id))
                    st["id"].fail("duplicate stage id \"" + stage.id + "\"");
                if (st.has("questions")) {
                    const auto qs = st["questions"];
                    for (std::size_t q = 0; q < qs.size(); ++q)
                        if (std::string question = jsonLine(qs.at(q), qs.at(q).string()); !question.empty())
                            stage.questions.push_back(std::move(question));
                }
                s.stages.push_back(std::move(stage));
            }
        }
        readWorksheets(root, ins, s, participantRef);
        if (root.has("absences")) {
            const auto list = root["absences"];
            std::set<std::pair<std::string, std::string>> seen;
            for (std::size_t i = 0; i < list.size(); ++i) {
                const auto a = list.at(i).expectObject();
                a.allowOnly({"participant", "step"});
                Absence absence{participantRef(a["participant"]), a["step"].string()};
                if (!ins.findWorksheet(absence.step))
                    a["step"].fail("expected the id of a worksheet, found \"" + absence.step + "\"");
                if (!seen.insert({absence.participant, absence.step}).second)
                    a.fail("a second absence of \"" + absence.participant + "\" from \"" + absence.step +
                           "\"");
                s.absences.push_back(std::move(absence));
            }
        }
        readPlan(root, ins, s, participantRef);
    }
    sortCanonically(s, ins);
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
    // The lowest version that holds the whole session: a session with nothing beyond version 1
    // (no other worksheet answered, nobody marked absent) stays readable by every tool that reads 1.
    const auto beyond1 = [&] {
        if (!s.absences.empty() || !s.tracked.empty() || !s.trackedConsensus.empty() ||
            !s.itemNames.empty() || !s.entries.empty() || !s.stages.empty() || !s.choices.empty() ||
            !s.reconciliations.empty() || !s.targets.empty() || !s.actions.empty() || !s.dismissed.empty())
            return true;
        for (const auto &r : s.ratings)
            if (!ins.competencyOfItem(r.item))
                return true;
        for (const auto &c : s.consensus)
            if (!ins.competencyOfItem(c.item))
                return true;
        for (const auto &r : s.rankings)
            if (r.worksheet != ins.powerCore().id)
                return true;
        for (const auto &c : s.rankingConsensus)
            if (c.worksheet != ins.powerCore().id)
                return true;
        for (const auto &a : s.checklist)
            if (ins.readiness().itemIndex(a.question) < 0)
                return true;
        for (const auto &c : s.checklistConsensus)
            if (ins.readiness().itemIndex(c.question) < 0)
                return true;
        return false;
    }();
    json out;
    out["format"] = kFormat;
    out["version"] = beyond1 ? kVersion : 1;
    if (beyond1)
        out["instrument"] = {{"id", ins.id}, {"version", ins.version}};
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
        if (ins.competencyOfItem(r.item))
            out["ratings"].push_back(withNote(
                {{"participant", r.participant}, {"item", r.item}, {"rating", cxm::toString(r.rating)}},
                r.note));
    out["consensus"] = json::array();
    for (const auto &c : s.consensus)
        if (ins.competencyOfItem(c.item))
            out["consensus"].push_back(
                withNote({{"item", c.item}, {"rating", cxm::toString(c.rating)}}, c.note));
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
            out["readiness"].push_back(withNote({{"participant", a.participant},
                                                 {"question", a.question},
                                                 {"answer", cxm::toString(a.answer)}},
                                                a.note));
    out["readiness_consensus"] = json::array();
    for (const auto &c : s.checklistConsensus)
        if (ins.readiness().itemIndex(c.question) >= 0)
            out["readiness_consensus"].push_back(
                withNote({{"question", c.question}, {"answer", cxm::toString(c.answer)}}, c.note));
    if (!beyond1)
        return out;

    if (!s.stages.empty()) {
        out["stages"] = json::array();
        for (const auto &stage : s.stages) {
            json j = {{"id", stage.id}, {"name", stage.name}};
            if (!stage.replaces.empty())
                j["replaces"] = stage.replaces;
            j["questions"] = stage.questions;
            out["stages"].push_back(std::move(j));
        }
    }
    json worksheets = json::object();
    for (const auto &w : ins.worksheets) {
        if (inVersion1(ins, w))
            continue;
        json wj = json::object();
        const auto mine = [&](const std::string &item) { return w.itemIndex(item) >= 0; };
        const auto levelIdOf = [&](Rating r) {
            return ins.levelsOf(w).at(static_cast<std::size_t>(ratingValue(r) - 1)).id;
        };
        // Every answer about a stage names it ("stage"); one about the whole company does not.
        const auto add = [&](const char *key, json entry, const std::string &scope) {
            if (!scope.empty())
                entry["stage"] = scope;
            if (!wj.contains(key))
                wj[key] = json::array();
            wj[key].push_back(std::move(entry));
        };
        const auto addNames = [&] {
            for (const auto &n : s.itemNames)
                if (mine(n.item))
                    add("names", {{"item", n.item}, {"name", n.name}}, n.scope);
        };
        switch (w.kind) {
        case WorksheetKind::Scale:
            for (const auto &r : s.ratings)
                if (mine(r.item))
                    add("answers",
                        withNote({{"participant", r.participant},
                                  {"item", r.item},
                                  {"rating", levelIdOf(r.rating)}},
                                 r.note),
                        r.scope);
            for (const auto &c : s.consensus)
                if (mine(c.item))
                    add("team", withNote({{"item", c.item}, {"rating", levelIdOf(c.rating)}}, c.note),
                        c.scope);
            break;
        case WorksheetKind::Ranking:
            for (const auto &r : s.rankings)
                if (r.worksheet == w.id) {
                    json j = {{"participant", r.participant}, {"ranking", r.ranking}};
                    if (!r.otherLabel.empty())
                        j["other_label"] = r.otherLabel;
                    add("answers", std::move(j), r.scope);
                }
            if (w.scope == WorksheetScope::Company) {
                if (const auto *agreed = s.findRankingConsensus(w.id))
                    wj["team"] = withNote({{"ranking", agreed->ranking}}, agreed->note);
            } else {
                for (const auto &c : s.rankingConsensus)
                    if (c.worksheet == w.id)
                        add("team", withNote({{"ranking", c.ranking}}, c.note), c.scope);
            }
            break;
        case WorksheetKind::Checklist:
            for (const auto &a : s.checklist)
                if (mine(a.question))
                    add("answers",
                        withNote({{"participant", a.participant},
                                  {"item", a.question},
                                  {"answer", cxm::toString(a.answer)}},
                                 a.note),
                        a.scope);
            for (const auto &c : s.checklistConsensus)
                if (mine(c.question))
                    add("team", withNote({{"item", c.question}, {"answer", cxm::toString(c.answer)}}, c.note),
                        c.scope);
            break;
        case WorksheetKind::Tracked: {
            const auto answer = [&](json j, const std::optional<Answer> &t, const std::optional<int> &d,
                                    const std::string &note) {
                if (t)
                    j["tracked"] = cxm::toString(*t);
                if (d)
                    j["difficulty"] = *d;
                return withNote(std::move(j), note);
            };
            addNames();
            for (const auto &a : s.tracked)
                if (mine(a.item))
                    add("answers",
                        answer({{"participant", a.participant}, {"item", a.item}}, a.tracked, a.difficulty,
                               a.note),
                        a.scope);
            for (const auto &c : s.trackedConsensus)
                if (mine(c.item))
                    add("team", answer({{"item", c.item}}, c.tracked, c.difficulty, c.note), c.scope);
            break;
        }
        case WorksheetKind::Lists:
            for (const auto &e : s.entries)
                if (e.worksheet == w.id)
                    add("entries", {{"heading", e.heading}, {"list", e.column}, {"text", e.text}}, e.scope);
            break;
        case WorksheetKind::Choice:
            for (const auto &c : s.choices)
                if (c.worksheet == w.id)
                    add("team", withNote({{"option", c.option}}, c.note), c.scope);
            break;
        case WorksheetKind::Reconcile:
            addNames();
            for (const auto &r : s.reconciliations)
                if (mine(r.item)) {
                    json j = {{"item", r.item}};
                    if (!r.serves.empty())
                        j["serves"] = r.serves;
                    if (!r.decision.empty())
                        j["decision"] = r.decision;
                    add("team", withNote(std::move(j), r.note), r.scope);
                }
            break;
        case WorksheetKind::Stages:
        case WorksheetKind::Reference:
            break; // the stages themselves: "stages" above; a card has no answers
        }
        if (!wj.empty())
            worksheets[w.id] = std::move(wj);
    }
    out["worksheets"] = std::move(worksheets);
    out["absences"] = json::array();
    for (const auto &a : s.absences)
        out["absences"].push_back({{"participant", a.participant}, {"step", a.step}});
    // The plan: written when there is one, so a session without it reads as before.
    if (!s.targets.empty()) {
        out["targets"] = json::array();
        for (const auto &t : s.targets) {
            const Worksheet *w = ins.worksheetOfItem(t.item);
            json j = {{"item", t.item}};
            if (!t.scope.empty())
                j["stage"] = t.scope;
            j["level"] = ins.levelsOf(*w).at(static_cast<std::size_t>(ratingValue(t.level) - 1)).id;
            if (!t.date.empty())
                j["date"] = t.date;
            if (t.months != 0)
                j["months"] = t.months;
            out["targets"].push_back(withNote(std::move(j), t.note));
        }
    }
    if (!s.actions.empty()) {
        out["actions"] = json::array();
        for (const auto &a : s.actions) {
            json j = {{"id", a.id}, {"title", a.title}};
            if (!a.owner.empty())
                j["owner"] = a.owner;
            if (!a.ownerName.empty())
                j["owner_name"] = a.ownerName;
            if (!a.due.empty())
                j["due"] = a.due;
            j["status"] = std::string(cxm::toString(a.status));
            if (!a.addresses.empty())
                j["addresses"] = a.addresses;
            if (!a.priority.empty())
                j["priority"] = a.priority;
            if (!a.suggestion.empty())
                j["suggestion"] = a.suggestion;
            out["actions"].push_back(withNote(std::move(j), a.note));
        }
    }
    if (!s.dismissed.empty())
        out["dismissed"] = s.dismissed;
    return out;
}

std::string SessionJson::toString(const Session &session, const Instrument &instrument)
{
    return toJson(session, instrument).dump(2) + "\n";
}

} // namespace cxm
