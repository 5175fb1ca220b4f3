// The window's RoomStore: each answer from a phone goes through the window's SessionController, the
// same undoable edit as a click on the laptop. So it is on disk before the phone hears "saved",
// Edit → Undo takes it back, and the pages refresh as answers arrive.
#pragma once

#include "RoomStore.h"

namespace cxm::ui {

class SessionController;

class ControllerRoomStore : public room::RoomStore
{
public:
    explicit ControllerRoomStore(SessionController &controller);
    const Instrument &instrument() const override;
    const Session &session() const override;
    // Throws (cxm::Error) when the controller refused the edit (it has said why through editFailed).
    void store(const room::RoomAnswer &answer) override;

private:
    SessionController &m_controller;
};

} // namespace cxm::ui
