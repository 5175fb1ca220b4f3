// The room across restarts: its code, port, open round and devices live in the session file
// (SessionFile::room(), roomDevices()), so after the window or `cxm room` restarts on the same file
// the room opens with the same code (and port, when it is free), and phones go on with their tokens
// without scanning again: each still sees the answers it gave, and a device taken out stays out. A
// room on another address is a new room: its new code forgets the old devices. Only each token's
// SHA-256 is stored. Resuming is a convenience: a file that refuses these notes does not stop the room.
#include "RoomServer.h"

#include <QJsonDocument>

namespace cxm::room {

namespace {

// DevicePolicy's journal: every device change goes into the session file at once.
class FileJournal : public DeviceJournal
{
public:
    explicit FileJournal(SessionFile &file)
        : m_file(file)
    {}
    void put(const Device &d) override
    {
        m_file.putRoomDevice(
            {d.tokenHash, d.number, d.participant, d.address.toStdString(), d.platform, d.waiting, {}});
    }
    void remove(const Device &d) override { m_file.removeRoomDevice(d.tokenHash); }

private:
    SessionFile &m_file;
};

Device deviceOf(const RoomDeviceRecord &r)
{
    Device d;
    d.tokenHash = r.tokenHash;
    d.number = r.number;
    d.participant = r.participant;
    d.address = QString::fromStdString(r.address);
    d.platform = r.platform;
    d.waiting = r.waiting;
    for (const auto &[question, given] : r.given) {
        d.given[question] = QJsonDocument::fromJson(QByteArray::fromStdString(given.answer)).object();
        d.sequences[question] = given.sequence;
        d.lastSequence = std::max<qint64>(d.lastSequence, given.sequence);
    }
    return d;
}

} // namespace

void RoomServer::resume()
{
    SessionFile &file = m_store.file();
    m_journal = std::make_unique<FileJournal>(file);
    try {
        const std::optional<RoomRecord> room = file.room();
        if (room && room->address == m_options.address.toString().toStdString() && !room->code.empty()) {
            m_resumed = room;
            m_code = QString::fromStdString(room->code);
            for (const RoomDeviceRecord &record : file.roomDevices())
                if (m_store.session().findParticipant(record.participant))
                    m_policy.restore(deviceOf(record));
        }
    } catch (const std::exception &) {
        m_resumed.reset(); // a file that cannot say: a new room
    }
    m_policy.setJournal(m_journal.get());
}

void RoomServer::saveRoom()
{
    if (!m_http)
        return; // not open yet: listen() saves it
    RoomRecord room{m_code.toStdString(), m_options.address.toString().toStdString(), m_port,
                    m_roundId.toStdString(), m_roundWorksheets};
    try {
        m_store.file().setRoom(room);
    } catch (const std::exception &) {
        // Not kept: the room serves on, and a restart opens a new room.
    }
}

} // namespace cxm::room
