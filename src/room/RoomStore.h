// Where the live room's answers go: the same durable edit path as the laptop. The room never writes
// an answer itself; it hands the checked answers that arrived together to a RoomStore, which has
// committed them (one transaction, one fsync, on disk) when storeAll() returns, and has updated the
// session it holds from those answers alone, never by reading the whole file again. `cxm room`
// stores through a SessionFile it owns; the window stores through its SessionController, so Undo
// covers answers from phones too. The room keeps its own state (code, port, devices) in the same file.
#pragma once

#include "RoomRound.h"
#include "SessionFile.h"

#include <functional>
#include <memory>
#include <vector>

namespace cxm::room {

class RoomStore
{
public:
    virtual ~RoomStore() = default;
    virtual const Instrument &instrument() const = 0;
    // The session as stored, with every answer stored so far.
    virtual const Session &session() const = 0;
    // Stores the answers in one transaction and returns once they are on disk. `beforeCommit` runs
    // inside that transaction after the answers are in session(), so the room's own notes about them
    // commit with them. Throws (FileError, Error) when refused; then nothing of it is stored.
    virtual void storeAll(const std::vector<RoomAnswer> &answers,
                          const std::function<void()> &beforeCommit) = 0;
    void store(const RoomAnswer &answer) { storeAll({answer}, {}); }
    // The file, for the room's own state (SessionFile::room(), roomDevices(), …): never its answers.
    virtual SessionFile &file() = 0;
};

// A store over a session file of its own (single writer: it holds the file's lock).
class SessionFileStore : public RoomStore
{
public:
    SessionFileStore(std::unique_ptr<SessionFile> file, const Instrument &instrument);
    const Instrument &instrument() const override { return m_instrument; }
    const Session &session() const override { return m_session; }
    void storeAll(const std::vector<RoomAnswer> &answers, const std::function<void()> &beforeCommit) override;
    SessionFile &file() override { return *m_file; }

private:
    std::unique_ptr<SessionFile> m_file;
    const Instrument &m_instrument;
    Session m_session;
};

} // namespace cxm::room
