// The live room's own state in the session file (tables room, room_device and room_answer, schema 7),
// and batch(), which commits the answers that arrive together in one transaction. None of it is an
// answer: the session's answers are written by the setters in SessionFileAnswers.cpp.
#include "SessionFile.h"

#include "SessionFileSql.h"
#include "Text.h"

namespace cxm {

using namespace detail;

void SessionFile::batch(const std::function<void()> &edits)
{
    const bool outer = m_inBulk;
    transaction([&] {
        m_inBulk = true; // the edits below join this transaction
        try {
            edits();
        } catch (...) {
            m_inBulk = outer;
            throw;
        }
        m_inBulk = outer;
    });
}

namespace {

bool hasRoomTables(sqlite3 *db)
{
    // A file of an earlier schema opened read-only is not migrated: it has no room to resume.
    sqlite3_stmt *st = nullptr;
    bool found = false;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'room_answer'",
                           -1, &st, nullptr) == SQLITE_OK)
        found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    return found;
}

} // namespace

std::optional<RoomRecord> SessionFile::room() const
{
    if (!hasRoomTables(m_db))
        return std::nullopt;
    auto st = statement("SELECT code, address, port, round, worksheets FROM room WHERE id = 1");
    if (st.step() != SQLITE_ROW)
        return std::nullopt;
    RoomRecord r{st.text(0), st.text(1), static_cast<int>(st.integer(2)), st.text(3), {}};
    for (auto &w : split(st.text(4), '\n'))
        if (!w.empty())
            r.worksheets.push_back(std::move(w));
    return r;
}

void SessionFile::setRoom(const RoomRecord &room)
{
    const std::optional<RoomRecord> before = this->room();
    transaction([&] {
        if (!before || before->code != room.code) {
            exec("DELETE FROM room_answer");
            exec("DELETE FROM room_device");
        }
        auto st = statement("INSERT OR REPLACE INTO room(id, code, address, port, round, worksheets)"
                            " VALUES (1, ?1, ?2, ?3, ?4, ?5)");
        st.bind(1, room.code).bind(2, room.address).bind(3, static_cast<long long>(room.port));
        st.bind(4, room.round).bind(5, join(room.worksheets, "\n"));
        done(st);
    });
}

std::vector<RoomDeviceRecord> SessionFile::roomDevices() const
{
    std::vector<RoomDeviceRecord> out;
    if (!hasRoomTables(m_db))
        return out;
    {
        auto st = statement("SELECT d.token_hash, d.number, p.id, d.address, d.platform, d.waiting FROM"
                            " room_device d JOIN participant p ON p.pk = d.participant ORDER BY d.number");
        while (st.step() == SQLITE_ROW)
            out.push_back({st.text(0),
                           static_cast<int>(st.integer(1)),
                           st.text(2),
                           st.text(3),
                           st.text(4),
                           st.integer(5) != 0,
                           {}});
    }
    for (RoomDeviceRecord &d : out) {
        auto st = statement("SELECT question, sequence, answer FROM room_answer WHERE token_hash = ?1");
        st.bind(1, d.tokenHash);
        while (st.step() == SQLITE_ROW)
            d.given[st.text(0)] = {st.integer(1), st.text(2)};
    }
    return out;
}

void SessionFile::putRoomDevice(const RoomDeviceRecord &d)
{
    transaction([&] {
        const long long pk = participantRow(d.participant);
        auto st =
            statement("INSERT INTO room_device(token_hash, number, participant, address, platform, waiting)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(token_hash) DO UPDATE SET"
                      " number = ?2, participant = ?3, address = ?4, platform = ?5, waiting = ?6");
        st.bind(1, d.tokenHash).bind(2, static_cast<long long>(d.number)).bind(3, pk);
        st.bind(4, d.address).bind(5, singleLineText(d.platform)).bind(6, d.waiting ? 1LL : 0LL);
        done(st);
    });
}

void SessionFile::removeRoomDevice(const std::string &tokenHash)
{
    transaction([&] {
        auto st = statement("DELETE FROM room_device WHERE token_hash = ?1");
        st.bind(1, tokenHash);
        done(st);
    });
}

void SessionFile::putRoomAnswer(const std::string &tokenHash, const std::string &question, long long sequence,
                                const std::string &answer)
{
    transaction([&] {
        auto st = statement("INSERT OR REPLACE INTO room_answer(token_hash, question, sequence, answer)"
                            " VALUES (?1, ?2, ?3, ?4)");
        st.bind(1, tokenHash).bind(2, question).bind(3, sequence).bind(4, answer);
        done(st);
    });
}

} // namespace cxm
