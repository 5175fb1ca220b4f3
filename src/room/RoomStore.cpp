#include "RoomStore.h"

namespace cxm::room {

SessionFileStore::SessionFileStore(std::unique_ptr<SessionFile> file, const Instrument &instrument)
    : m_file(std::move(file))
    , m_instrument(instrument)
    , m_session(m_file->load())
{}

void SessionFileStore::storeAll(const std::vector<RoomAnswer> &answers,
                                const std::function<void()> &beforeCommit)
{
    try {
        m_file->batch([&] {
            SessionPatch patch(m_session, m_instrument);
            for (const RoomAnswer &a : answers) {
                const std::string note = noteOf(m_session, a); // a participant's note is kept
                writeAnswer(*m_file, a, note);
                patch.apply(a, note);
            }
            if (beforeCommit)
                beforeCommit();
        });
    } catch (...) {
        // Rolled back: the session in memory goes back to what the file holds (the rare path).
        try {
            m_session = m_file->load();
        } catch (...) { // the file cannot be read either: the first error is the one to report
        }
        throw;
    }
}

} // namespace cxm::room
