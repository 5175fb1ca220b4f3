// Where the live room's answers go: the same durable edit path as the laptop. The room never writes
// a file itself; it hands each checked answer to a RoomStore, which has committed it (one
// transaction, on disk) when store() returns. `cxm room` stores through a SessionFile it owns; the
// window stores through its SessionController, so Undo covers answers from phones too.
#pragma once

#include "RoomRound.h"
#include "SessionFile.h"

#include <memory>

namespace cxm::room {

class RoomStore
{
public:
    virtual ~RoomStore() = default;
    virtual const Instrument &instrument() const = 0;
    // The session as stored, with every answer stored so far.
    virtual const Session &session() const = 0;
    // Stores one answer and returns once it is on disk; throws (FileError) when it is refused, and
    // then nothing of it is stored.
    virtual void store(const RoomAnswer &answer) = 0;
};

// A store over a session file of its own (single writer: it holds the file's lock).
class SessionFileStore : public RoomStore
{
public:
    SessionFileStore(std::unique_ptr<SessionFile> file, const Instrument &instrument);
    const Instrument &instrument() const override { return m_instrument; }
    const Session &session() const override { return m_session; }
    void store(const RoomAnswer &answer) override;

private:
    std::unique_ptr<SessionFile> m_file;
    const Instrument &m_instrument;
    Session m_session;
};

// Stores an answer through the file's setters (one transaction each), keeping the note a
// participant's answer already has. Shared by every store so both paths write alike.
void storeAnswer(SessionFile &file, const Session &before, const RoomAnswer &answer);

} // namespace cxm::room
