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

void ControllerRoomStore::storeAll(const std::vector<room::RoomAnswer> &answers,
                                   const std::function<void()> &beforeCommit)
{
    if (!m_controller.storeAnswers(answers, beforeCommit))
        throw Error("the session file refused the edit");
}

SessionFile &ControllerRoomStore::file()
{
    return m_controller.file();
}

} // namespace cxm::ui
