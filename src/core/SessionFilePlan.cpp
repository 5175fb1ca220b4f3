// The plan in a session file: the team's targets (table target, keyed like an answer), the actions
// (table action, in their order, ids never handed out again: meta "action_counter"), and the
// suggestions the facilitator dismissed (table dismissed). Every edit is one durable transaction,
// checked by the same rules as an action or a target read from a document (Plan.h).
#include "SessionFile.h"

#include "Plan.h"
#include "SessionFileSql.h"
#include "Text.h"

#include <algorithm>

namespace cxm {

using namespace detail;

void SessionFile::checkAction(const Action &a) const
{
    if (singleLineText(a.title).find_first_not_of(' ') == std::string::npos)
        throw Error("an action needs a title");
    if (!a.owner.empty() && participantRow(a.owner) <= 0)
        throw Error("\"" + a.owner + "\" is not a participant");
    if (!a.due.empty() && !isIsoDate(a.due))
        throw Error("expected a due date as YYYY-MM-DD, found \"" + a.due + "\"");
    Session stages; // what an address may name: the journey's stages
    {
        auto st = statement("SELECT id FROM stage");
        while (st.step() == SQLITE_ROW)
            stages.stages.push_back({st.text(0), {}, {}, {}});
    }
    if (const auto problem = addressProblem(a.addresses, *m_instrument, stages); !problem.empty())
        throw Error(problem);
    if (const auto problem = priorityProblem(a.priority, *m_instrument); !problem.empty())
        throw Error(problem);
}

void SessionFile::writeAction(const Action &a, long long position)
{
    auto st =
        statement("INSERT OR REPLACE INTO action(id, position, title, owner, owner_name, due, status, note,"
                  " addresses, priority, suggestion) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    st.bind(1, a.id).bind(2, position).bind(3, lineInput(a.title, "the action's title")).bind(4, a.owner);
    st.bind(5, lineInput(a.ownerName, "the action's owner"))
        .bind(6, a.due)
        .bind(7, std::string(toString(a.status)));
    st.bind(8, noteInput(a.note, "the action's note"))
        .bind(9, a.addresses)
        .bind(10, a.priority)
        .bind(11, a.suggestion);
    done(st);
}

void SessionFile::setTarget(const std::string &item, const std::optional<Target> &target,
                            const std::string &scope)
{
    const Worksheet &w = worksheetOf(item, WorksheetKind::Scale);
    checkScope(w, scope);
    if (target) {
        if (target->months < 0 || target->months > 120)
            throw Error("expected 0 to 120 months, found " + std::to_string(target->months));
        if (!target->date.empty() && !isIsoDate(target->date))
            throw Error("expected a date as YYYY-MM-DD, found \"" + target->date + "\"");
    }
    transaction([&] {
        if (!target) {
            auto st = statement("DELETE FROM target WHERE worksheet = ?1 AND item = ?2 AND scope = ?3");
            st.bind(1, w.id).bind(2, item).bind(3, scope);
            done(st);
            return;
        }
        auto st = statement("INSERT OR REPLACE INTO target(worksheet, item, scope, level, date, months, note)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        const auto &levels = m_instrument->levelsOf(w);
        st.bind(1, w.id).bind(2, item).bind(3, scope);
        st.bind(4, levels.at(static_cast<std::size_t>(ratingValue(target->level) - 1)).id);
        st.bind(5, target->date)
            .bind(6, static_cast<long long>(target->months))
            .bind(7, noteInput(target->note, "the target's note"));
        done(st);
    });
}

std::string SessionFile::addAction(const Action &action)
{
    checkAction(action);
    Action a = action;
    transaction([&] {
        long long highest = std::atoll(meta("action_counter").c_str());
        {
            auto st = statement("SELECT id FROM action");
            while (st.step() == SQLITE_ROW)
                highest = std::max(highest, actionNumber(st.text(0)));
        }
        a.id = "a" + std::to_string(highest + 1);
        long long position = 0;
        {
            auto st = statement("SELECT coalesce(max(position), 0) FROM action");
            st.step();
            position = st.integer(0) + 1;
        }
        writeAction(a, position);
        auto counter = statement("INSERT OR REPLACE INTO meta(key, value) VALUES ('action_counter', ?1)");
        counter.bind(1, std::to_string(highest + 1));
        done(counter);
    });
    return a.id;
}

void SessionFile::updateAction(const Action &action)
{
    checkAction(action);
    transaction([&] {
        auto st = statement("SELECT position FROM action WHERE id = ?1");
        st.bind(1, action.id);
        if (st.step() != SQLITE_ROW)
            throw Error("unknown action \"" + action.id + "\"");
        const long long position = st.integer(0);
        writeAction(action, position);
    });
}

ActionRecord SessionFile::removeAction(const std::string &id)
{
    ActionRecord record;
    transaction([&] {
        const Session s = load();
        const auto it =
            std::find_if(s.actions.begin(), s.actions.end(), [&](const Action &a) { return a.id == id; });
        if (it == s.actions.end())
            throw Error("unknown action \"" + id + "\"");
        record.action = *it;
        record.position = static_cast<int>(it - s.actions.begin());
        auto st = statement("DELETE FROM action WHERE id = ?1");
        st.bind(1, id);
        done(st);
    });
    return record;
}

void SessionFile::restoreAction(const ActionRecord &record)
{
    checkAction(record.action);
    transaction([&] {
        std::vector<std::string> order;
        {
            auto st = statement("SELECT id FROM action ORDER BY position, id");
            while (st.step() == SQLITE_ROW)
                order.push_back(st.text(0));
        }
        if (std::find(order.begin(), order.end(), record.action.id) != order.end())
            throw Error("the action \"" + record.action.id + "\" is already there");
        order.insert(order.begin() +
                         std::min<std::ptrdiff_t>(record.position, static_cast<std::ptrdiff_t>(order.size())),
                     record.action.id);
        writeAction(record.action, 0);
        long long position = 0;
        for (const auto &id : order) {
            auto st = statement("UPDATE action SET position = ?2 WHERE id = ?1");
            st.bind(1, id).bind(2, ++position);
            done(st);
        }
    });
}

void SessionFile::setDismissed(const std::string &key, bool dismissed)
{
    if (key.empty() || key.size() > 500)
        throw Error("a suggestion's key must be 1 to 500 characters");
    transaction([&] {
        auto st = statement(dismissed ? "INSERT OR IGNORE INTO dismissed(key) VALUES (?1)"
                                      : "DELETE FROM dismissed WHERE key = ?1");
        st.bind(1, key);
        done(st);
    });
}

void SessionFile::putPlan(const Session &session)
{
    transaction([&] { // the targets are answers: putAnswers writes them
        long long position = 0, highest = 0;
        for (const auto &a : session.actions) {
            if (actionNumber(a.id) <= 0)
                throw Error("an action id must be of the form \"a1\", \"a2\", …, not \"" + a.id + "\"");
            checkAction(a);
            writeAction(a, ++position);
            highest = std::max(highest, actionNumber(a.id));
        }
        auto counter = statement("INSERT OR REPLACE INTO meta(key, value) VALUES ('action_counter', ?1)");
        counter.bind(1, std::to_string(std::max(highest, std::atoll(meta("action_counter").c_str()))));
        done(counter);
        for (const auto &key : session.dismissed)
            setDismissed(key, true);
    });
}

void SessionFile::loadPlan(Session &s, const std::function<void(const std::string &)> &corrupt,
                           const std::function<void(const std::string &)> &missing) const
{
    const Instrument &ins = *m_instrument;
    {
        auto st = statement("SELECT worksheet, item, scope, level, date, months, note FROM target");
        while (st.step() == SQLITE_ROW) {
            const Worksheet *w = ins.findWorksheet(st.text(0));
            if (!w || w->itemIndex(st.text(1)) < 0) {
                missing(st.text(0) + " (" + st.text(1) + ")");
                continue;
            }
            Target t{st.text(1), Rating::Early, st.text(4), static_cast<int>(st.integer(5)),
                     st.text(6), st.text(2)};
            bool found = false;
            for (const auto &l : ins.levelsOf(*w))
                if (l.id == st.text(3)) {
                    t.level = static_cast<Rating>(l.value);
                    found = true;
                }
            if (!found || !targetProblem(t, ins, s).empty())
                corrupt("a target for \"" + t.item + "\" that the worksheet cannot hold");
            s.targets.push_back(std::move(t));
        }
    }
    {
        auto st = statement(
            "SELECT id, title, owner, owner_name, due, status, note, addresses, priority, suggestion"
            " FROM action ORDER BY position, id");
        while (st.step() == SQLITE_ROW) {
            Action a;
            a.id = st.text(0);
            a.title = st.text(1);
            a.owner = st.text(2);
            a.ownerName = st.text(3);
            a.due = st.text(4);
            const auto status = parseActionStatus(st.text(5));
            a.note = st.text(6);
            a.addresses = st.text(7);
            a.priority = st.text(8);
            a.suggestion = st.text(9);
            if (!status || actionNumber(a.id) <= 0 || (!a.owner.empty() && !s.findParticipant(a.owner)) ||
                (!a.due.empty() && !isIsoDate(a.due)))
                corrupt("an action that the plan cannot hold");
            a.status = status.value_or(ActionStatus::Open);
            if (!addressProblem(a.addresses, ins, s).empty() || !priorityProblem(a.priority, ins).empty())
                missing("the action \"" + a.id + "\" (" + a.addresses +
                        (a.priority.empty() ? "" : ", " + a.priority) + ")");
            s.actions.push_back(std::move(a));
        }
    }
    {
        auto st = statement("SELECT key FROM dismissed ORDER BY key");
        while (st.step() == SQLITE_ROW)
            s.dismissed.push_back(st.text(0));
    }
}

} // namespace cxm
