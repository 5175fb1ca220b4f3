// The edits of an open session file that are not answers (details, participants, absences, workflow),
// and the check that the file is still in place. Opening, creating and copying are in SessionFile.cpp;
// the answers of every kind of worksheet, read and written, in SessionFileAnswers.cpp.
#include "SessionFile.h"

#include "SessionFileSql.h"
#include "Text.h"

#include <algorithm>
#include <map>

#include <sys/stat.h>

namespace cxm {

using namespace detail;

SessionFile::Query SessionFile::statement(const char *sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        int rc = SQLITE_OK;
        auto st = std::make_unique<Statement>(m_db, sql, rc);
        if (rc != SQLITE_OK)
            raise(rc, "reading");
        it = m_statements.emplace(sql, std::move(st)).first;
    }
    return Query(*it->second);
}

void SessionFile::exec(const char *sql) const
{
    if (int rc = execRaw(m_db, sql); rc != SQLITE_OK)
        raise(rc, "writing");
}

void SessionFile::raise(int rc, const std::string &doing) const
{
    throw FileError(kindFor(rc), m_path.string(),
                    (doing == "writing" ? "the change was not saved: " : "could not be read: ") +
                        plainReason(rc));
}

std::string SessionFile::meta(const char *key) const
{
    auto st = statement("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, std::string(key));
    return st.step() == SQLITE_ROW ? st.text(0) : std::string();
}

std::string SessionFile::instrumentId() const
{
    return meta("instrument_id");
}

std::string SessionFile::instrumentVersion() const
{
    return meta("instrument_version");
}

std::string SessionFile::createdAt() const
{
    return meta("created_at");
}

std::string SessionFile::uuid() const
{
    return meta("uuid");
}

std::string SessionFile::follows() const
{
    return meta("follows");
}

int SessionFile::participantRow(const std::string &id) const
{
    auto st = statement("SELECT pk FROM participant WHERE id = ?1");
    st.bind(1, id);
    if (st.step() != SQLITE_ROW)
        throw Error("unknown participant \"" + id + "\"");
    return static_cast<int>(st.integer(0));
}

long long SessionFile::dataVersion() const
{
    auto st = statement("PRAGMA data_version");
    return st.step() == SQLITE_ROW ? st.integer(0) : -1;
}

void SessionFile::done(Query &st) const
{
    if (int rc = st.step(); rc != SQLITE_DONE)
        raise(rc, "writing");
}

void SessionFile::setInfo(const SessionInfo &info)
{
    transaction([&] {
        auto st = statement("UPDATE session SET title = ?1, organization = ?2, mode = ?3, facilitator = ?4,"
                            " date = ?5, notes = ?6 WHERE id = 1");
        st.bind(1, lineInput(info.title, "the title"))
            .bind(2, lineInput(info.organization, "the organisation"))
            .bind(3, std::string(toString(info.mode)));
        st.bind(4, lineInput(info.facilitator, "the facilitator")).bind(5, info.date);
        st.bind(6, noteInput(info.notes, "the notes"));
        done(st);
    });
}

std::string SessionFile::addParticipant(const std::string &name, const std::string &role)
{
    std::string id;
    transaction([&] {
        id = load().nextParticipantId();
        auto st = statement("INSERT INTO participant(id, name, role, position) VALUES (?1, ?2, ?3,"
                            " (SELECT coalesce(max(position), 0) + 1 FROM participant))");
        st.bind(1, id).bind(2, lineInput(name, "the name")).bind(3, lineInput(role, "the role"));
        done(st);
    });
    return id;
}

void SessionFile::updateParticipant(const std::string &id, const std::string &name, const std::string &role)
{
    transaction([&] {
        participantRow(id);
        auto st = statement("UPDATE participant SET name = ?2, role = ?3 WHERE id = ?1");
        st.bind(1, id).bind(2, lineInput(name, "the name")).bind(3, lineInput(role, "the role"));
        done(st);
    });
}

ParticipantRecord SessionFile::removeParticipant(const std::string &id)
{
    ParticipantRecord record;
    transaction([&] {
        const Session s = load();
        const auto it = std::find_if(s.participants.begin(), s.participants.end(),
                                     [&](const Participant &p) { return p.id == id; });
        if (it == s.participants.end())
            throw Error("unknown participant \"" + id + "\"");
        record.participant = *it;
        {
            auto st = statement("SELECT position FROM participant WHERE id = ?1");
            st.bind(1, id);
            st.step();
            record.position = static_cast<int>(st.integer(0));
        }
        const auto mine = [&](const auto &answers, auto &into) {
            for (const auto &a : answers)
                if (a.participant == id)
                    into.push_back(a);
        };
        mine(s.ratings, record.ratings);
        mine(s.rankings, record.rankings);
        mine(s.checklist, record.checklist);
        mine(s.tracked, record.tracked);
        for (const auto &a : s.absences)
            if (a.participant == id)
                record.absences.push_back(a.step);
        // The actions they own stay in the plan, owned by their name as free text.
        for (const auto &a : s.actions)
            if (a.owner == id) {
                record.ownedActions.push_back(a);
                auto own = statement("UPDATE action SET owner = '', owner_name = ?2 WHERE id = ?1");
                own.bind(1, a.id).bind(2, singleLineText(record.participant.name));
                done(own);
            }
        auto st = statement("DELETE FROM participant WHERE id = ?1");
        st.bind(1, id);
        done(st);
    });
    return record;
}

void SessionFile::restoreParticipant(const ParticipantRecord &record)
{
    const bool outer = m_inBulk;
    transaction([&] {
        auto st = statement("INSERT INTO participant(id, name, role, position) VALUES (?1, ?2, ?3, ?4)");
        st.bind(1, record.participant.id).bind(2, singleLineText(record.participant.name));
        st.bind(3, singleLineText(record.participant.role));
        st.bind(4, static_cast<long long>(record.position));
        done(st);
        m_inBulk = true; // the answers below join this transaction
        try {
            for (const auto &r : record.ratings)
                setRating(r.participant, r.item, r.rating, r.note, r.scope);
            for (const auto &r : record.rankings)
                setRanking(r.worksheet, r.participant, r.ranking, r.otherLabel, r.scope);
            for (const auto &a : record.checklist)
                setChecklist(a.participant, a.question, a.answer, a.note, a.scope);
            for (const auto &a : record.tracked)
                setTracked(a.participant, a.item, a, a.scope);
            for (const auto &step : record.absences)
                setAbsent(record.participant.id, step, true);
            for (const auto &a : record.ownedActions)
                updateAction(a);
        } catch (...) {
            m_inBulk = outer;
            throw;
        }
        m_inBulk = outer;
    });
}

void SessionFile::setAbsent(const std::string &participant, const std::string &step, bool absent)
{
    // A step the instrument lacks would make the file refuse to open under it: refused here instead.
    if (absent && !m_instrument->findWorksheet(step))
        throw Error("\"" + step + "\" is not a step of this instrument");
    transaction([&] {
        const long long pk = participantRow(participant);
        auto st = statement(absent ? "INSERT OR IGNORE INTO absence(participant, step) VALUES (?1, ?2)"
                                   : "DELETE FROM absence WHERE participant = ?1 AND step = ?2");
        st.bind(1, pk).bind(2, step);
        done(st);
    });
}

void SessionFile::setWorkflow(const std::string &key, const std::optional<std::string> &value)
{
    transaction([&] {
        if (value) {
            auto st = statement("INSERT OR REPLACE INTO workflow(key, value) VALUES (?1, ?2)");
            st.bind(1, key).bind(2, *value);
            done(st);
        } else {
            auto st = statement("DELETE FROM workflow WHERE key = ?1");
            st.bind(1, key);
            done(st);
        }
    });
}

std::optional<std::string> SessionFile::workflow(const std::string &key) const
{
    auto st = statement("SELECT value FROM workflow WHERE key = ?1");
    st.bind(1, key);
    if (st.step() == SQLITE_ROW)
        return st.text(0);
    return std::nullopt;
}

Votes SessionFile::votes() const
{
    return parseVotes(workflow(kVotesKey));
}

Session SessionFile::read(std::string_view readerId) const
{
    return disclose(load(), votes(), readerId, path().string());
}

void SessionFile::limitPagesForTesting(int pages)
{
    const std::string sql = "PRAGMA max_page_count = " + std::to_string(pages);
    exec(sql.c_str());
}

void SessionFile::rememberIdentity()
{
    struct stat st = {};
    if (m_lockFd < 0 || ::fstat(m_lockFd, &st) != 0)
        return;
    m_identity = Identity{static_cast<unsigned long long>(st.st_dev),
                          static_cast<unsigned long long>(st.st_ino), static_cast<long long>(st.st_size),
                          static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec};
}

// Another program may rename a file over ours, delete it, or write into it, none of which our
// lock can stop. SQLite would go on writing to a file nobody can see any more (or refuse as
// "read-only"); instead the first edit after it notices, and the session turns read-only so that
// what is on screen can be kept with Save As.
void SessionFile::checkStillInPlace()
{
    if (!m_identity)
        return;
    struct stat now = {};
    if (::stat(m_realPath.c_str(), &now) == 0) {
        const Identity seen{static_cast<unsigned long long>(now.st_dev),
                            static_cast<unsigned long long>(now.st_ino), static_cast<long long>(now.st_size),
                            static_cast<long long>(now.st_mtim.tv_sec) * 1000000000LL + now.st_mtim.tv_nsec};
        if (seen == *m_identity)
            return;
    }
    m_identity.reset();
    m_readOnly = true;
    m_readOnlyReason = "its file was replaced or removed by another program";
    throw FileError(FileError::Kind::Replaced, m_path.string(),
                    "was replaced or removed by another program, so the change was not saved. The answers "
                    "on screen are not lost: use Save As to keep them");
}

} // namespace cxm
