#include "ControllerRoomStore.h"

#include "Error.h"
#include "SessionController.h"

namespace cxm::ui {

ControllerRoomStore::ControllerRoomStore(SessionController &controller)
    : m_controller(controller)
{}

const Instrument &ControllerRoomStore::instrument() const
{
    return m_controller.instrument();
}

const Session &ControllerRoomStore::session() const
{
    return m_controller.stored();
}

void ControllerRoomStore::store(const room::RoomAnswer &a)
{
    // A participant's note on an answer is kept, as cxm room's store keeps it (room::storeAnswer).
    const Session &before = m_controller.stored();
    const std::string &p = a.participant;
    bool stored = false;
    switch (a.worksheet->kind) {
    case WorksheetKind::Scale: {
        const RatingEntry *old = before.findRating(p, a.question, a.scope);
        stored = m_controller.setRating(p, a.question, a.clear ? std::nullopt : a.rating,
                                        old ? old->note : std::string(), a.scope);
        break;
    }
    case WorksheetKind::Checklist: {
        const ChecklistAnswer *old = before.findChecklist(p, a.question, a.scope);
        stored = m_controller.setChecklist(p, a.question, a.clear ? std::nullopt : a.answer,
                                           old ? old->note : std::string(), a.scope);
        break;
    }
    case WorksheetKind::Tracked: {
        const TrackedAnswer *old = before.findTracked(p, a.question, a.scope);
        std::optional<TrackedAnswer> value;
        if (!a.clear)
            value = TrackedAnswer{
                p, a.question, a.tracked, a.difficulty, old ? old->note : std::string(), a.scope};
        stored = m_controller.setTracked(p, a.question, value, a.scope);
        break;
    }
    case WorksheetKind::Ranking:
        stored =
            m_controller.setRanking(a.question, p, a.clear ? std::nullopt : a.ranking, a.otherLabel, a.scope);
        break;
    default:
        throw Error("a worksheet the room does not ask");
    }
    if (!stored)
        throw Error("the session file refused the edit");
}

} // namespace cxm::ui
