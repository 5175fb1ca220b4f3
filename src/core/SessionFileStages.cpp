// The journey's stages in a session file: added, renamed, reordered, removed with every answer about
// them and restored. A stage's id is the scope its answers carry, so it never changes and is never
// handed out again (meta "stage_counter" remembers the highest ever given).
#include "SessionFile.h"

#include "SessionFileSql.h"
#include "Text.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <tuple>

namespace cxm {

using namespace detail;

namespace {

long long stageNumber(const std::string &id)
{
    long long n = 0;
    if (id.size() < 2 || id[0] != 's')
        return 0;
    const auto [ptr, ec] = std::from_chars(id.data() + 1, id.data() + id.size(), n);
    return ec == std::errc() && ptr == id.data() + id.size() ? n : 0;
}

std::string questionsText(const std::vector<std::string> &questions)
{
    std::vector<std::string> lines;
    for (const auto &q : questions)
        if (const std::string line = singleLineText(q); line.find_first_not_of(" \t") != std::string::npos)
            lines.push_back(line);
    return join(lines, "\n");
}

} // namespace

void SessionFile::putStages(const std::vector<Stage> &stages)
{
    transaction([&] {
        long long highest = 0;
        long long position = 0;
        for (const auto &stage : stages) {
            if (stageNumber(stage.id) <= 0)
                throw Error("a stage id must be of the form \"s1\", \"s2\", …, not \"" + stage.id + "\"");
            auto st = statement(
                "INSERT INTO stage(id, position, name, replaces, questions) VALUES (?1, ?2, ?3, ?4, ?5)");
            st.bind(1, stage.id).bind(2, ++position).bind(3, singleLineText(stage.name));
            st.bind(4, singleLineText(stage.replaces)).bind(5, questionsText(stage.questions));
            done(st);
            highest = std::max(highest, stageNumber(stage.id));
        }
        auto st = statement("INSERT OR REPLACE INTO meta(key, value) VALUES ('stage_counter', ?1)");
        st.bind(1, std::to_string(std::max(highest, std::atoll(meta("stage_counter").c_str()))));
        done(st);
    });
}

std::string SessionFile::addStage(const std::string &name, const std::string &replaces,
                                  const std::vector<std::string> &questions)
{
    std::string id;
    transaction([&] {
        long long highest = std::atoll(meta("stage_counter").c_str());
        {
            auto st = statement("SELECT id FROM stage");
            while (st.step() == SQLITE_ROW)
                highest = std::max(highest, stageNumber(st.text(0)));
        }
        id = "s" + std::to_string(highest + 1);
        auto st = statement("INSERT INTO stage(id, position, name, replaces, questions) VALUES (?1,"
                            " (SELECT coalesce(max(position), 0) + 1 FROM stage), ?2, ?3, ?4)");
        st.bind(1, id).bind(2, lineInput(name, "the stage's name")).bind(3, lineInput(replaces, "the stage it replaces"));
        st.bind(4, questionsText(questions));
        done(st);
        auto counter = statement("INSERT OR REPLACE INTO meta(key, value) VALUES ('stage_counter', ?1)");
        counter.bind(1, std::to_string(highest + 1));
        done(counter);
    });
    return id;
}

void SessionFile::updateStage(const Stage &stage)
{
    transaction([&] {
        auto st = statement("UPDATE stage SET name = ?2, replaces = ?3, questions = ?4 WHERE id = ?1");
        st.bind(1, stage.id).bind(2, lineInput(stage.name, "the stage's name"));
        st.bind(3, lineInput(stage.replaces, "the stage it replaces"));
        st.bind(4, questionsText(stage.questions));
        done(st);
        if (sqlite3_changes(m_db) != 1)
            throw Error("unknown stage \"" + stage.id + "\"");
    });
}

void SessionFile::setStageOrder(const std::vector<std::string> &ids)
{
    transaction([&] {
        std::vector<std::string> stored;
        {
            auto st = statement("SELECT id FROM stage");
            while (st.step() == SQLITE_ROW)
                stored.push_back(st.text(0));
        }
        auto sortedIds = ids;
        std::sort(sortedIds.begin(), sortedIds.end());
        std::sort(stored.begin(), stored.end());
        if (sortedIds != stored)
            throw Error("a new order of the stages must name every stage once");
        long long position = 0;
        for (const auto &id : ids) {
            auto st = statement("UPDATE stage SET position = ?2 WHERE id = ?1");
            st.bind(1, id).bind(2, ++position);
            done(st);
        }
    });
}

StageRecord SessionFile::removeStage(const std::string &id)
{
    StageRecord record;
    transaction([&] {
        const Session s = load();
        const auto it =
            std::find_if(s.stages.begin(), s.stages.end(), [&](const Stage &st) { return st.id == id; });
        if (it == s.stages.end())
            throw Error("unknown stage \"" + id + "\"");
        record.stage = *it;
        record.position = static_cast<int>(it - s.stages.begin());
        const auto about = [&](const auto &from, auto &into) {
            for (const auto &a : from)
                if (a.scope == id)
                    into.push_back(a);
        };
        Session &r = record.answers;
        about(s.ratings, r.ratings);
        about(s.consensus, r.consensus);
        about(s.rankings, r.rankings);
        about(s.rankingConsensus, r.rankingConsensus);
        about(s.checklist, r.checklist);
        about(s.checklistConsensus, r.checklistConsensus);
        about(s.tracked, r.tracked);
        about(s.trackedConsensus, r.trackedConsensus);
        about(s.itemNames, r.itemNames);
        about(s.entries, r.entries);
        about(s.choices, r.choices);
        about(s.targets, r.targets);
        // Actions that addressed the stage (or one of its projects) stay, addressing nothing now.
        const std::string stageRef = "stage:" + id, projectRef = "project:" + id + ":";
        for (const auto &a : s.actions)
            if (a.addresses == stageRef || a.addresses.rfind(projectRef, 0) == 0) {
                r.actions.push_back(a);
                auto st = statement("UPDATE action SET addresses = '' WHERE id = ?1");
                st.bind(1, a.id);
                done(st);
            }
        about(s.reconciliations, r.reconciliations);
        for (const char *sql :
             {"DELETE FROM answer WHERE scope = ?1", "DELETE FROM team_answer WHERE scope = ?1",
              "DELETE FROM item_name WHERE scope = ?1", "DELETE FROM entry WHERE scope = ?1",
              "DELETE FROM target WHERE scope = ?1", "DELETE FROM stage WHERE id = ?1"}) {
            auto st = statement(sql);
            st.bind(1, id);
            done(st);
        }
    });
    return record;
}

void SessionFile::restoreStage(const StageRecord &record)
{
    const bool outer = m_inBulk;
    transaction([&] {
        std::vector<std::string> order;
        {
            auto st = statement("SELECT id FROM stage ORDER BY position, id");
            while (st.step() == SQLITE_ROW)
                order.push_back(st.text(0));
        }
        if (std::find(order.begin(), order.end(), record.stage.id) != order.end())
            throw Error("the stage \"" + record.stage.id + "\" is already there");
        auto st = statement(
            "INSERT INTO stage(id, position, name, replaces, questions) VALUES (?1, 0, ?2, ?3, ?4)");
        st.bind(1, record.stage.id).bind(2, singleLineText(record.stage.name));
        st.bind(3, singleLineText(record.stage.replaces)).bind(4, questionsText(record.stage.questions));
        done(st);
        order.insert(order.begin() +
                         std::min<std::ptrdiff_t>(record.position, static_cast<std::ptrdiff_t>(order.size())),
                     record.stage.id);
        m_inBulk = true; // the order and the answers below join this transaction
        try {
            setStageOrder(order);
            putAnswers(record.answers);
            for (const auto &a : record.answers.actions)
                updateAction(a);
        } catch (...) {
            m_inBulk = outer;
            throw;
        }
        m_inBulk = outer;
    });
}

void SessionFile::putAnswers(const Session &session)
{
    const bool outer = m_inBulk;
    transaction([&] {
        m_inBulk = true;
        try {
            for (const auto &r : session.ratings)
                setRating(r.participant, r.item, r.rating, r.note, r.scope);
            for (const auto &c : session.consensus)
                setConsensus(c.item, c.rating, c.note, c.scope);
            for (const auto &r : session.rankings)
                setRanking(r.worksheet, r.participant, r.ranking, r.otherLabel, r.scope);
            for (const auto &c : session.rankingConsensus)
                setRankingConsensus(c.worksheet, c, c.scope);
            for (const auto &a : session.checklist)
                setChecklist(a.participant, a.question, a.answer, a.note, a.scope);
            for (const auto &c : session.checklistConsensus)
                setChecklistConsensus(c.question, c.answer, c.note, c.scope);
            for (const auto &a : session.tracked)
                setTracked(a.participant, a.item, a, a.scope);
            for (const auto &c : session.trackedConsensus)
                setTrackedConsensus(c.item, c, c.scope);
            for (const auto &n : session.itemNames)
                setItemName(n.item, n.name, n.scope);
            for (const auto &c : session.choices)
                setChoice(c.worksheet, c, c.scope);
            for (const auto &r : session.reconciliations)
                setReconciliation(r.item, r, r.scope);
            for (const auto &t : session.targets)
                setTarget(t.item, t, t.scope);
            // One list at a time, each in its order.
            std::vector<std::tuple<std::string, std::string, std::string, std::string>> lists;
            for (const auto &e : session.entries)
                if (std::find(lists.begin(), lists.end(),
                              std::tuple(e.worksheet, e.heading, e.column, e.scope)) == lists.end())
                    lists.emplace_back(e.worksheet, e.heading, e.column, e.scope);
            for (const auto &[w, h, c, scope] : lists)
                setListEntries(w, h, c, session.listEntries(w, h, c, scope), scope);
        } catch (...) {
            m_inBulk = outer;
            throw;
        }
        m_inBulk = outer;
    });
}

} // namespace cxm
