// The answers of every kind of worksheet, written and read through one store: the tables answer
// (a participant's), team_answer (the team's), item_name (items the team names itself) and entry
// (the lines of a lists worksheet), each keyed by worksheet, item and scope. This file is the only
// place that knows how a kind's answer is held in a row:
//   scale      value = the level's id ("early")
//   checklist  value = "yes" or "no"
//   ranking    item = "", value = the option ids in order, comma-separated; label = the "Other" name
//   tracked    value = "yes", "no" or "" (not said yet); level = the difficulty, or NULL
//   choice     item = "", value = the chosen option's id (the team's only)
//   reconcile  item = the project's slot, value = the decision's id or "", label = the priority it
//              serves or "" (the team's only); the slots' names are in item_name
#include "SessionFile.h"

#include "SessionFileSql.h"
#include "Text.h"

#include <algorithm>
#include <map>
#include <set>

namespace cxm {

using namespace detail;

namespace {

std::string levelId(const Instrument &ins, const Worksheet &w, Rating rating)
{
    return ins.levelsOf(w).at(static_cast<std::size_t>(ratingValue(rating) - 1)).id;
}

} // namespace

const Worksheet &SessionFile::worksheetOf(const std::string &item, WorksheetKind kind) const
{
    const Worksheet *w = m_instrument->worksheetOfItem(item);
    if (!w || w->kind != kind)
        throw Error("\"" + item + "\" is not an item of a " + std::string(toString(kind)) + " worksheet");
    return *w;
}

const Worksheet &SessionFile::worksheetNamed(const std::string &worksheet, WorksheetKind kind) const
{
    const Worksheet *w = m_instrument->findWorksheet(worksheet);
    if (!w || w->kind != kind)
        throw Error("\"" + worksheet + "\" is not a " + std::string(toString(kind)) + " worksheet");
    return *w;
}

void SessionFile::checkScope(const Worksheet &w, const std::string &scope) const
{
    if (w.scope == WorksheetScope::Company) {
        if (!scope.empty())
            throw Error("\"" + w.id + "\" is about the whole company, not a stage");
        return;
    }
    auto st = statement("SELECT 1 FROM stage WHERE id = ?1");
    st.bind(1, scope);
    if (scope.empty() || st.step() != SQLITE_ROW)
        throw Error("\"" + w.id + "\" is answered per stage of the journey, and \"" + scope +
                    "\" is not a stage of it");
}

void SessionFile::putAnswer(const std::string &participant, const std::string &worksheet,
                            const std::string &item, const std::string &scope,
                            const std::optional<Stored> &answer)
{
    checkScope(*m_instrument->findWorksheet(worksheet), scope);
    transaction([&] {
        if (participant.empty()) {
            if (answer) {
                auto st = statement("INSERT OR REPLACE INTO team_answer(worksheet, item, scope, value, level,"
                                    " label, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
                st.bind(1, worksheet).bind(2, item).bind(3, scope).bind(4, answer->value);
                if (answer->level)
                    st.bind(5, *answer->level);
                st.bind(6, lineInput(answer->label, "the name of Other")).bind(7, noteInput(answer->note, "the note"));
                done(st);
            } else {
                auto st =
                    statement("DELETE FROM team_answer WHERE worksheet = ?1 AND item = ?2 AND scope = ?3");
                st.bind(1, worksheet).bind(2, item).bind(3, scope);
                done(st);
            }
            return;
        }
        const long long pk = participantRow(participant);
        if (answer) {
            auto st =
                statement("INSERT OR REPLACE INTO answer(participant, worksheet, item, scope, value, level,"
                          " label, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
            st.bind(1, pk).bind(2, worksheet).bind(3, item).bind(4, scope).bind(5, answer->value);
            if (answer->level)
                st.bind(6, *answer->level);
            st.bind(7, lineInput(answer->label, "the name of Other")).bind(8, noteInput(answer->note, "the note"));
            done(st);
        } else {
            auto st = statement("DELETE FROM answer WHERE participant = ?1 AND worksheet = ?2 AND item = ?3"
                                " AND scope = ?4");
            st.bind(1, pk).bind(2, worksheet).bind(3, item).bind(4, scope);
            done(st);
        }
    });
}

void SessionFile::setRating(const std::string &participant, const std::string &item,
                            std::optional<Rating> rating, const std::string &note, const std::string &scope)
{
    if (participant.empty())
        throw Error("a rating needs a participant");
    const auto &w = worksheetOf(item, WorksheetKind::Scale);
    putAnswer(participant, w.id, item, scope,
              rating ? std::optional(Stored{levelId(*m_instrument, w, *rating), {}, {}, note})
                     : std::nullopt);
}

void SessionFile::setConsensus(const std::string &item, std::optional<Rating> rating, const std::string &note,
                               const std::string &scope)
{
    const auto &w = worksheetOf(item, WorksheetKind::Scale);
    putAnswer({}, w.id, item, scope,
              rating ? std::optional(Stored{levelId(*m_instrument, w, *rating), {}, {}, note})
                     : std::nullopt);
}

void SessionFile::setRanking(const std::string &worksheet, const std::string &participant,
                             const std::optional<std::vector<std::string>> &ranking,
                             const std::string &otherLabel, const std::string &scope)
{
    if (participant.empty())
        throw Error("a ranking needs a participant");
    const auto &w = worksheetNamed(worksheet, WorksheetKind::Ranking);
    putAnswer(participant, w.id, {}, scope,
              ranking ? std::optional(Stored{join(*ranking, ","), {}, otherLabel, {}}) : std::nullopt);
}

void SessionFile::setRankingConsensus(const std::string &worksheet,
                                      const std::optional<RankingConsensus> &consensus,
                                      const std::string &scope)
{
    const auto &w = worksheetNamed(worksheet, WorksheetKind::Ranking);
    putAnswer({}, w.id, {}, scope,
              consensus ? std::optional(Stored{join(consensus->ranking, ","), {}, {}, consensus->note})
                        : std::nullopt);
}

void SessionFile::setChecklist(const std::string &participant, const std::string &question,
                               std::optional<Answer> answer, const std::string &note,
                               const std::string &scope)
{
    if (participant.empty())
        throw Error("an answer needs a participant");
    const auto &w = worksheetOf(question, WorksheetKind::Checklist);
    if (w.teamOnly)
        throw Error("\"" + w.id + "\" is answered by the team only, not by each participant");
    putAnswer(participant, w.id, question, scope,
              answer ? std::optional(Stored{std::string(toString(*answer)), {}, {}, note}) : std::nullopt);
}

void SessionFile::setChecklistConsensus(const std::string &question, std::optional<Answer> answer,
                                        const std::string &note, const std::string &scope)
{
    const auto &w = worksheetOf(question, WorksheetKind::Checklist);
    putAnswer({}, w.id, question, scope,
              answer ? std::optional(Stored{std::string(toString(*answer)), {}, {}, note}) : std::nullopt);
}

std::optional<SessionFile::Stored> SessionFile::trackedRow(const std::optional<Answer> &tracked,
                                                           const std::optional<int> &difficulty,
                                                           const std::string &note, const Worksheet &w)
{
    if (!tracked && !difficulty && note.empty())
        return std::nullopt;
    if (difficulty && (*difficulty < 1 || *difficulty > static_cast<int>(w.barometer.size())))
        throw Error("a difficulty of " + std::to_string(*difficulty) + " is outside 1 to " +
                    std::to_string(w.barometer.size()));
    SessionFile::Stored row;
    row.value = tracked ? std::string(toString(*tracked)) : std::string();
    if (difficulty)
        row.level = *difficulty;
    row.note = note;
    return row;
}

void SessionFile::setTracked(const std::string &participant, const std::string &item,
                             const std::optional<TrackedAnswer> &answer, const std::string &scope)
{
    if (participant.empty())
        throw Error("an answer needs a participant");
    const auto &w = worksheetOf(item, WorksheetKind::Tracked);
    putAnswer(participant, w.id, item, scope,
              answer ? trackedRow(answer->tracked, answer->difficulty, answer->note, w) : std::nullopt);
}

void SessionFile::setTrackedConsensus(const std::string &item, const std::optional<TrackedConsensus> &answer,
                                      const std::string &scope)
{
    const auto &w = worksheetOf(item, WorksheetKind::Tracked);
    putAnswer({}, w.id, item, scope,
              answer ? trackedRow(answer->tracked, answer->difficulty, answer->note, w) : std::nullopt);
}

void SessionFile::setItemName(const std::string &item, const std::string &name, const std::string &scope)
{
    const Worksheet *named = m_instrument->worksheetOfItem(item);
    const auto &w =
        named && named->kind == WorksheetKind::Reconcile ? *named : worksheetOf(item, WorksheetKind::Tracked);
    if (!w.findItem(item)->named)
        throw Error("\"" + item + "\" is not an item the team names");
    const std::string clean = lineInput(name, "the name");
    checkScope(w, scope);
    const bool priority = w.kind == WorksheetKind::Reconcile && w.findItem(item)->group == "priorities";
    transaction([&] {
        if (clean.empty()) {
            auto st = statement("DELETE FROM item_name WHERE worksheet = ?1 AND item = ?2 AND scope = ?3");
            st.bind(1, w.id).bind(2, item).bind(3, scope);
            done(st);
            if (priority) {
                // A cleared priority serves no project any more: the projects that served it serve
                // none, rather than whatever is typed into the slot next.
                auto unlink = statement(
                    "UPDATE team_answer SET label = '' WHERE worksheet = ?1 AND scope = ?2 AND label = ?3");
                unlink.bind(1, w.id).bind(2, scope).bind(3, item);
                done(unlink);
                auto empty = statement("DELETE FROM team_answer WHERE worksheet = ?1 AND scope = ?2 AND"
                                       " label = '' AND value = '' AND note = ''");
                empty.bind(1, w.id).bind(2, scope);
                done(empty);
            }
        } else {
            auto st = statement(
                "INSERT OR REPLACE INTO item_name(worksheet, item, scope, name) VALUES (?1, ?2, ?3, ?4)");
            st.bind(1, w.id).bind(2, item).bind(3, scope).bind(4, clean);
            done(st);
        }
    });
}

void SessionFile::setChoice(const std::string &worksheet, const std::optional<ChoiceAnswer> &choice,
                            const std::string &scope)
{
    const auto &w = worksheetNamed(worksheet, WorksheetKind::Choice);
    if (choice && !w.findItem(choice->option))
        throw Error("\"" + choice->option + "\" is not an option of \"" + worksheet + "\"");
    putAnswer({}, w.id, {}, scope,
              choice ? std::optional(Stored{choice->option, {}, {}, choice->note}) : std::nullopt);
}

void SessionFile::setReconciliation(const std::string &item, const std::optional<Reconciliation> &answer,
                                    const std::string &scope)
{
    const auto &w = worksheetOf(item, WorksheetKind::Reconcile);
    if (w.findItem(item)->group != "projects")
        throw Error("\"" + item + "\" is not a project of \"" + w.id + "\"");
    if (answer && !answer->serves.empty() &&
        (!w.findItem(answer->serves) || w.findItem(answer->serves)->group != "priorities"))
        throw Error("\"" + answer->serves + "\" is not a priority of \"" + w.id + "\"");
    if (answer && !answer->decision.empty() && !w.findDecision(answer->decision))
        throw Error("\"" + answer->decision + "\" is not a decision of \"" + w.id + "\"");
    const bool empty =
        !answer || (answer->serves.empty() && answer->decision.empty() && answer->note.empty());
    putAnswer({}, w.id, item, scope,
              empty ? std::nullopt
                    : std::optional(Stored{answer->decision, {}, answer->serves, answer->note}));
}

void SessionFile::setListEntries(const std::string &worksheet, const std::string &heading,
                                 const std::string &column, const std::vector<std::string> &entries,
                                 const std::string &scope)
{
    const auto &w = worksheetNamed(worksheet, WorksheetKind::Lists);
    if (!w.findHeading(heading) || !w.findColumn(column))
        throw Error("\"" + heading + "\" / \"" + column + "\" is not a list of the worksheet \"" + worksheet +
                    "\"");
    checkScope(w, scope);
    transaction([&] {
        {
            auto st = statement(
                "DELETE FROM entry WHERE worksheet = ?1 AND scope = ?2 AND heading = ?3 AND list = ?4");
            st.bind(1, w.id).bind(2, scope).bind(3, heading).bind(4, column);
            done(st);
        }
        long long position = 0;
        for (const auto &text : entries) {
            const std::string clean = noteInput(text, "the line");
            if (clean.empty())
                continue; // an emptied line is no entry
            auto st = statement("INSERT INTO entry(worksheet, scope, heading, list, position, text)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            st.bind(1, w.id)
                .bind(2, scope)
                .bind(3, heading)
                .bind(4, column)
                .bind(5, ++position)
                .bind(6, clean);
            done(st);
        }
    });
}

Session SessionFile::load() const
{
    if (m_loadedAtOpen) {
        std::optional<Session> cached;
        cached.swap(m_loadedAtOpen);
        // data_version moves when another connection commits; our own edits drop the copy.
        if (dataVersion() == m_loadedVersion)
            return std::move(*cached);
    }
    const Instrument &ins = *m_instrument;
    const std::string name = m_path.string();
    const auto corrupt = [&](const std::string &what) {
        throw FileError(FileError::Kind::Corrupt, name, "contains an impossible value: " + what);
    };
    const auto text = [&](Query &st, int c) {
        std::string t = st.text(c);
        if (!isValidUtf8(t))
            corrupt("text that is not valid UTF-8");
        return t;
    };
    if (instrumentId() != ins.id)
        throw FileError(FileError::Kind::OtherInstrument, name,
                        "was taken with the instrument \"" + instrumentId() + "\", not \"" + ins.id +
                            "\"; open it with the instrument it was taken with");
    // Answers to a worksheet or an item the instrument lacks cannot be shown, scored or kept by a
    // later save: the file is refused as a whole, and left as it is.
    std::set<std::string> missing;
    const auto worksheetFor = [&](const std::string &worksheet,
                                  const std::string &item) -> const Worksheet * {
        const Worksheet *w = ins.findWorksheet(worksheet);
        if (!w || (!item.empty() && w->itemIndex(item) < 0) ||
            (item.empty() && w->kind != WorksheetKind::Ranking && w->kind != WorksheetKind::Choice)) {
            missing.insert(w ? worksheet + " (" + (item.empty() ? std::string("its ranking") : item) + ")"
                             : worksheet);
            return nullptr;
        }
        return w;
    };

    Session s;
    {
        auto st =
            statement("SELECT title, organization, mode, facilitator, date, notes FROM session WHERE id = 1");
        if (st.step() != SQLITE_ROW)
            corrupt("the session details are missing");
        s.info.title = text(st, 0);
        s.info.organization = text(st, 1);
        s.info.mode = parseMode(st.text(2)).value_or(Mode::Workshop);
        s.info.facilitator = text(st, 3);
        s.info.date = text(st, 4);
        s.info.notes = text(st, 5);
    }
    std::map<long long, std::string> ids;
    {
        auto st = statement("SELECT pk, id, name, role FROM participant ORDER BY position, pk");
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            Participant p{text(st, 1), text(st, 2), text(st, 3)};
            if (p.id.empty())
                corrupt("a participant without an id");
            ids[st.integer(0)] = p.id;
            s.participants.push_back(std::move(p));
        }
        if (rc != SQLITE_DONE)
            raise(rc, "reading");
    }
    const auto rating = [&](const Worksheet &w, const std::string &value) {
        for (const auto &l : ins.levelsOf(w))
            if (l.id == value)
                return static_cast<Rating>(l.value);
        corrupt("a rating \"" + value + "\" that is not one of the levels");
        return Rating::Early;
    };
    const auto yesNo = [&](const std::string &value) {
        const auto a = parseAnswer(value);
        if (!a)
            corrupt("an answer \"" + value + "\" other than yes or no");
        return *a;
    };
    const auto ranking = [&](const Worksheet &w, const std::string &value) {
        auto r = split(value, ',');
        auto sorted = r;
        std::sort(sorted.begin(), sorted.end());
        std::vector<std::string> all;
        for (const auto &o : w.items)
            all.push_back(o.id);
        std::sort(all.begin(), all.end());
        if (sorted != all)
            corrupt("a ranking of \"" + w.id + "\" that does not rank every option once");
        return r;
    };
    const auto tracked = [&](const Worksheet &w, const std::string &value, Query &st, int levelColumn) {
        std::pair<std::optional<Answer>, std::optional<int>> out;
        if (!value.empty())
            out.first = yesNo(value);
        if (!st.isNull(levelColumn)) {
            const long long level = st.integer(levelColumn);
            if (level < 1 || level > static_cast<long long>(w.barometer.size()))
                corrupt("a difficulty outside the barometer of \"" + w.id + "\"");
            out.second = static_cast<int>(level);
        }
        return out;
    };
    {
        auto st = statement("SELECT id, name, replaces, questions FROM stage ORDER BY position, id");
        while (st.step() == SQLITE_ROW) {
            Stage stage{text(st, 0), text(st, 1), text(st, 2), {}};
            if (stage.id.empty() || s.findStage(stage.id))
                corrupt("a stage without an id of its own");
            for (auto &q : split(text(st, 3), '\n'))
                if (!q.empty())
                    stage.questions.push_back(std::move(q));
            s.stages.push_back(std::move(stage));
        }
    }
    const auto scoped = [&](const Worksheet &w, const std::string &scope) {
        if (w.scope == WorksheetScope::Company && !scope.empty())
            corrupt("an answer to \"" + w.id + "\" about a stage, which the worksheet does not have");
        if (w.scope == WorksheetScope::Stage && !s.findStage(scope))
            corrupt("an answer to \"" + w.id + "\" about a stage \"" + scope +
                    "\" that the journey does not have");
        return scope;
    };

    {
        // A participant's answers and the team's (participant NULL) through one mapping per kind.
        auto st =
            statement("SELECT participant, worksheet, item, scope, value, level, label, note FROM answer"
                      " UNION ALL SELECT NULL, worksheet, item, scope, value, level, label, note"
                      " FROM team_answer");
        while (st.step() == SQLITE_ROW) {
            std::string p; // empty: the team's answer
            if (!st.isNull(0)) {
                const auto pk = ids.find(st.integer(0));
                if (pk == ids.end())
                    corrupt("an answer of a participant who does not exist");
                p = pk->second;
            }
            const bool team = p.empty();
            const Worksheet *w = worksheetFor(text(st, 1), text(st, 2));
            if (!w)
                continue;
            const std::string item = text(st, 2), scope = scoped(*w, text(st, 3)), value = text(st, 4);
            const std::string note = text(st, 7);
            switch (w->kind) {
            case WorksheetKind::Scale:
                if (team)
                    s.consensus.push_back({item, rating(*w, value), note, scope});
                else
                    s.ratings.push_back({p, item, rating(*w, value), note, scope});
                break;
            case WorksheetKind::Ranking:
                if (team)
                    s.rankingConsensus.push_back({ranking(*w, value), note, w->id, scope});
                else
                    s.rankings.push_back({p, ranking(*w, value), text(st, 6), w->id, scope});
                break;
            case WorksheetKind::Tracked: {
                const auto [t, d] = tracked(*w, value, st, 5);
                if (team)
                    s.trackedConsensus.push_back({item, t, d, note, scope});
                else
                    s.tracked.push_back({p, item, t, d, note, scope});
                break;
            }
            case WorksheetKind::Choice:
                if (!team || !item.empty() || !w->findItem(value))
                    corrupt("a choice of \"" + w->id + "\" that is not one of its options");
                s.choices.push_back({w->id, value, note, scope});
                break;
            case WorksheetKind::Reconcile: {
                const Item *project = w->findItem(item);
                const std::string serves = text(st, 6);
                if (!team || project->group != "projects" ||
                    (!serves.empty() &&
                     (!w->findItem(serves) || w->findItem(serves)->group != "priorities")) ||
                    (!value.empty() && !w->findDecision(value)))
                    corrupt("a reconciliation of \"" + item + "\" that the worksheet cannot hold");
                s.reconciliations.push_back({item, serves, value, note, scope});
                break;
            }
            case WorksheetKind::Checklist:
                if (!team && w->teamOnly)
                    corrupt("a participant's answer to \"" + w->id + "\", which only the team answers");
                if (team)
                    s.checklistConsensus.push_back({item, yesNo(value), note, scope});
                else
                    s.checklist.push_back({p, item, yesNo(value), note, scope});
                break;
            case WorksheetKind::Lists:
            case WorksheetKind::Stages:
            case WorksheetKind::Reference:
                corrupt("an answer to the worksheet \"" + w->id + "\", which takes no answers of this kind");
            }
        }
    }
    {
        auto st = statement("SELECT worksheet, item, scope, name FROM item_name");
        while (st.step() == SQLITE_ROW) {
            const Worksheet *w = worksheetFor(text(st, 0), text(st, 1));
            if (!w)
                continue;
            if ((w->kind != WorksheetKind::Tracked && w->kind != WorksheetKind::Reconcile) ||
                !w->findItem(text(st, 1))->named)
                corrupt("a name for \"" + text(st, 1) + "\", which the team does not name");
            s.itemNames.push_back({text(st, 1), text(st, 3), scoped(*w, text(st, 2))});
        }
    }
    {
        auto st = statement("SELECT worksheet, scope, heading, list, text FROM entry"
                            " ORDER BY worksheet, scope, heading, list, position");
        while (st.step() == SQLITE_ROW) {
            const std::string ws = text(st, 0);
            const Worksheet *w = ins.findWorksheet(ws);
            if (!w) {
                missing.insert(ws);
                continue;
            }
            const std::string heading = text(st, 2), column = text(st, 3);
            if (w->kind != WorksheetKind::Lists || !w->findHeading(heading) || !w->findColumn(column)) {
                missing.insert(ws + " (" + heading + " / " + column + ")");
                continue;
            }
            s.entries.push_back({ws, heading, column, text(st, 4), scoped(*w, text(st, 1))});
        }
    }
    {
        auto st = statement("SELECT p.id, a.step FROM absence a JOIN participant p ON p.pk = a.participant"
                            " ORDER BY p.position, a.step");
        while (st.step() == SQLITE_ROW) {
            std::string step = text(st, 1);
            if (!ins.findWorksheet(step)) {
                missing.insert(step);
                continue;
            }
            s.absences.push_back({text(st, 0), std::move(step)});
        }
    }
    loadPlan(s, corrupt, [&](const std::string &what) { missing.insert(what); });
    if (!missing.empty())
        throw FileError(FileError::Kind::OtherInstrument, name,
                        "has answers to worksheets that the instrument in use does not have: " +
                            join(std::vector<std::string>(missing.begin(), missing.end()), ", ") +
                            ". Open it with the instrument it was taken with (--instrument FOLDER); "
                            "nothing in it was changed");
    sortCanonically(s, ins);
    return s;
}

} // namespace cxm
