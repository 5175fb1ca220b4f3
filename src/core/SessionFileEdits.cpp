// The reads and edits of an open session file; opening, creating and copying are in SessionFile.cpp.
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

Session SessionFile::load() const
{
    if (m_loadedAtOpen) {
        std::optional<Session> cached;
        cached.swap(m_loadedAtOpen);
        // data_version moves when another connection commits; our own edits drop the copy.
        if (dataVersion() == m_loadedVersion)
            return std::move(*cached);
    }
    const Instrument &ins = Instrument::builtin();
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
        throw FileError(FileError::Kind::NotAWorkbenchFile, name,
                        "was taken with the instrument \"" + instrumentId() +
                            "\", which this version does not know");

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
    const auto participantOf = [&](long long pk) {
        const auto it = ids.find(pk);
        if (it == ids.end())
            corrupt("an answer of a participant who does not exist");
        return it->second;
    };
    const auto checkRating = [&](long long v) {
        if (v < 1 || v > 3)
            corrupt("a rating outside Early/Advanced/Mature");
        return static_cast<Rating>(v);
    };
    const auto checkItem = [&](const std::string &item) {
        if (!ins.findItem(item))
            corrupt("an answer to an unknown question \"" + item + "\"");
        return item;
    };
    const auto checkQuestion = [&](const std::string &q) {
        if (ins.questionIndex(q) < 0)
            corrupt("an answer to an unknown readiness question \"" + q + "\"");
        return q;
    };
    const auto checkAnswer = [&](long long v) {
        if (v != 0 && v != 1)
            corrupt("a readiness answer other than yes or no");
        return static_cast<Answer>(v);
    };
    const auto checkRanking = [&](const std::string &t) {
        auto r = split(t, ',');
        auto sorted = r;
        std::sort(sorted.begin(), sorted.end());
        std::vector<std::string> all;
        for (const auto &o : ins.powerCoreOptions)
            all.push_back(o.id);
        std::sort(all.begin(), all.end());
        if (sorted != all)
            corrupt("a Power Core ranking that does not rank all seven options once");
        return r;
    };

    {
        auto st = statement("SELECT participant, item, rating, note FROM rating");
        while (st.step() == SQLITE_ROW)
            s.ratings.push_back({participantOf(st.integer(0)), checkItem(text(st, 1)),
                                 checkRating(st.integer(2)), text(st, 3)});
    }
    {
        auto st = statement("SELECT item, rating, note FROM consensus");
        while (st.step() == SQLITE_ROW)
            s.consensus.push_back({checkItem(text(st, 0)), checkRating(st.integer(1)), text(st, 2)});
    }
    {
        auto st = statement("SELECT participant, ranking, other_label FROM power_core");
        while (st.step() == SQLITE_ROW)
            s.powerCore.push_back({participantOf(st.integer(0)), checkRanking(text(st, 1)), text(st, 2)});
    }
    {
        auto st = statement("SELECT ranking, note FROM power_core_consensus WHERE id = 1");
        if (st.step() == SQLITE_ROW)
            s.powerCoreConsensus = PowerCoreConsensus{checkRanking(text(st, 0)), text(st, 1)};
    }
    {
        auto st = statement("SELECT participant, question, answer, note FROM readiness");
        while (st.step() == SQLITE_ROW)
            s.readiness.push_back({participantOf(st.integer(0)), checkQuestion(text(st, 1)),
                                   checkAnswer(st.integer(2)), text(st, 3)});
    }
    {
        auto st = statement("SELECT question, answer, note FROM readiness_consensus");
        while (st.step() == SQLITE_ROW)
            s.readinessConsensus.push_back(
                {checkQuestion(text(st, 0)), checkAnswer(st.integer(1)), text(st, 2)});
    }
    {
        auto st = statement("SELECT p.id, a.step FROM absence a JOIN participant p ON p.pk = a.participant"
                            " ORDER BY p.position, a.step");
        while (st.step() == SQLITE_ROW) {
            std::string step = text(st, 1);
            const bool competency = std::any_of(ins.competencies.begin(), ins.competencies.end(),
                                                [&](const Competency &c) { return c.id == step; });
            if (!competency && step != kPowerCoreStep && step != kReadinessStep)
                corrupt("an absence from an unknown step \"" + step + "\"");
            s.absences.push_back({text(st, 0), std::move(step)});
        }
    }
    sortCanonically(s, ins);
    return s;
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
        st.bind(1, singleLineText(info.title))
            .bind(2, singleLineText(info.organization))
            .bind(3, std::string(toString(info.mode)));
        st.bind(4, singleLineText(info.facilitator)).bind(5, info.date).bind(6, multiLineText(info.notes));
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
        st.bind(1, id).bind(2, singleLineText(name)).bind(3, singleLineText(role));
        done(st);
    });
    return id;
}

void SessionFile::updateParticipant(const std::string &id, const std::string &name, const std::string &role)
{
    transaction([&] {
        participantRow(id);
        auto st = statement("UPDATE participant SET name = ?2, role = ?3 WHERE id = ?1");
        st.bind(1, id).bind(2, singleLineText(name)).bind(3, singleLineText(role));
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
        for (const auto &r : s.ratings)
            if (r.participant == id)
                record.ratings.push_back(r);
        if (const auto *pc = s.findPowerCore(id))
            record.powerCore = *pc;
        for (const auto &a : s.readiness)
            if (a.participant == id)
                record.readiness.push_back(a);
        for (const auto &a : s.absences)
            if (a.participant == id)
                record.absences.push_back(a.step);
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
                setRating(r.participant, r.item, r.rating, r.note);
            if (record.powerCore)
                setPowerCore(record.participant.id, record.powerCore->ranking, record.powerCore->otherLabel);
            for (const auto &a : record.readiness)
                setReadiness(a.participant, a.question, a.answer, a.note);
            for (const auto &step : record.absences)
                setAbsent(record.participant.id, step, true);
        } catch (...) {
            m_inBulk = outer;
            throw;
        }
        m_inBulk = outer;
    });
}

void SessionFile::setRating(const std::string &participant, const std::string &item,
                            std::optional<Rating> rating, const std::string &note)
{
    transaction([&] {
        const long long pk = participantRow(participant);
        if (rating) {
            auto st = statement("INSERT INTO rating(participant, item, rating, note) VALUES (?1, ?2, ?3, ?4)"
                                " ON CONFLICT(participant, item) DO UPDATE SET rating = excluded.rating,"
                                " note = excluded.note");
            st.bind(1, pk)
                .bind(2, item)
                .bind(3, static_cast<long long>(ratingValue(*rating)))
                .bind(4, multiLineText(note));
            done(st);
        } else {
            auto st = statement("DELETE FROM rating WHERE participant = ?1 AND item = ?2");
            st.bind(1, pk).bind(2, item);
            done(st);
        }
    });
}

void SessionFile::setConsensus(const std::string &item, std::optional<Rating> rating, const std::string &note)
{
    transaction([&] {
        if (rating) {
            auto st = statement("INSERT OR REPLACE INTO consensus(item, rating, note) VALUES (?1, ?2, ?3)");
            st.bind(1, item)
                .bind(2, static_cast<long long>(ratingValue(*rating)))
                .bind(3, multiLineText(note));
            done(st);
        } else {
            auto st = statement("DELETE FROM consensus WHERE item = ?1");
            st.bind(1, item);
            done(st);
        }
    });
}

void SessionFile::setPowerCore(const std::string &participant,
                               const std::optional<std::vector<std::string>> &ranking,
                               const std::string &otherLabel)
{
    transaction([&] {
        const long long pk = participantRow(participant);
        if (ranking) {
            auto st = statement("INSERT OR REPLACE INTO power_core(participant, ranking, other_label)"
                                " VALUES (?1, ?2, ?3)");
            st.bind(1, pk).bind(2, join(*ranking, ",")).bind(3, singleLineText(otherLabel));
            done(st);
        } else {
            auto st = statement("DELETE FROM power_core WHERE participant = ?1");
            st.bind(1, pk);
            done(st);
        }
    });
}

void SessionFile::setPowerCoreConsensus(const std::optional<PowerCoreConsensus> &consensus)
{
    transaction([&] {
        if (consensus) {
            auto st = statement(
                "INSERT OR REPLACE INTO power_core_consensus(id, ranking, note) VALUES (1, ?1, ?2)");
            st.bind(1, join(consensus->ranking, ",")).bind(2, multiLineText(consensus->note));
            done(st);
        } else {
            {
                auto st = statement("DELETE FROM power_core_consensus");
                done(st);
            }
        }
    });
}

void SessionFile::setReadiness(const std::string &participant, const std::string &question,
                               std::optional<Answer> answer, const std::string &note)
{
    transaction([&] {
        const long long pk = participantRow(participant);
        if (answer) {
            auto st =
                statement("INSERT INTO readiness(participant, question, answer, note) VALUES (?1, ?2, ?3, ?4)"
                          " ON CONFLICT(participant, question) DO UPDATE SET answer = excluded.answer,"
                          " note = excluded.note");
            st.bind(1, pk)
                .bind(2, question)
                .bind(3, static_cast<long long>(*answer))
                .bind(4, multiLineText(note));
            done(st);
        } else {
            auto st = statement("DELETE FROM readiness WHERE participant = ?1 AND question = ?2");
            st.bind(1, pk).bind(2, question);
            done(st);
        }
    });
}

void SessionFile::setReadinessConsensus(const std::string &question, std::optional<Answer> answer,
                                        const std::string &note)
{
    transaction([&] {
        if (answer) {
            auto st = statement(
                "INSERT OR REPLACE INTO readiness_consensus(question, answer, note) VALUES (?1, ?2, ?3)");
            st.bind(1, question).bind(2, static_cast<long long>(*answer)).bind(3, multiLineText(note));
            done(st);
        } else {
            auto st = statement("DELETE FROM readiness_consensus WHERE question = ?1");
            st.bind(1, question);
            done(st);
        }
    });
}

void SessionFile::setAbsent(const std::string &participant, const std::string &step, bool absent)
{
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
