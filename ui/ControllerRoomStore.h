// The window's RoomStore: the answers from phones go through the window's SessionController, the
// same undoable edits as a click on the laptop. The answers that arrive together are one commit,
// on disk before the phones hear "saved"; each is its own step of Edit → Undo; the session on screen
// is updated from them without reading the file again, and the pages refresh once per batch.
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
    // Throws (cxm::Error) when the controller refused the edits (it has said why through editFailed).
    void storeAll(const std::vector<room::RoomAnswer> &answers,
                  const std::function<void()> &beforeCommit) override;
    SessionFile &file() override;

private:
    SessionController &m_controller;
};

} // namespace cxm::ui
