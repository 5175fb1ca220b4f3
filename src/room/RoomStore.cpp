#include "RoomStore.h"

namespace cxm::room {

SessionFileStore::SessionFileStore(std::unique_ptr<SessionFile> file, const Instrument &instrument)
    : m_file(std::move(file))
    , m_instrument(instrument)
    , m_session(m_file->load())
{}

void SessionFileStore::store(const RoomAnswer &answer)
{
    storeAnswer(*m_file, m_session, answer);
    m_session = m_file->load();
}

void storeAnswer(SessionFile &file, const Session &before, const RoomAnswer &a)
{
    const std::string &p = a.participant;
    switch (a.worksheet->kind) {
    case WorksheetKind::Scale: {
        const RatingEntry *old = before.findRating(p, a.question, a.scope);
        file.setRating(p, a.question, a.clear ? std::nullopt : a.rating, old ? old->note : std::string(),
                       a.scope);
        return;
    }
    case WorksheetKind::Checklist: {
        const ChecklistAnswer *old = before.findChecklist(p, a.question, a.scope);
        file.setChecklist(p, a.question, a.clear ? std::nullopt : a.answer, old ? old->note : std::string(),
                          a.scope);
        return;
    }
    case WorksheetKind::Tracked: {
        const TrackedAnswer *old = before.findTracked(p, a.question, a.scope);
        std::optional<TrackedAnswer> value;
        if (!a.clear)
            value = TrackedAnswer{
                p, a.question, a.tracked, a.difficulty, old ? old->note : std::string(), a.scope};
        file.setTracked(p, a.question, value, a.scope);
        return;
    }
    case WorksheetKind::Ranking:
        file.setRanking(a.question, p, a.clear ? std::nullopt : a.ranking, a.otherLabel, a.scope);
        return;
    default:
        throw std::logic_error("storeAnswer: a worksheet the room does not ask");
    }
}

} // namespace cxm::room
