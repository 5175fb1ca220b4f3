// The live room as the window opens it: a projector view with the join URL's QR code, the address
// in large type and the room code, who has joined, and for the open round who has answered (never
// what). The facilitator picks the address to listen on, chooses a round's worksheets, opens it,
// and closes it, which reveals the answers together (by name or anonymously, as private voting
// does); they can let a participant use a new device or take a device out. The server runs while
// this view is open and stops when it closes. Answers go through the window's SessionController
// (ControllerRoomStore), so Undo covers them.
#pragma once

#include <QDialog>
#include <QHostAddress>

#include <memory>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace cxm::room {
class RoomServer;
}

namespace cxm::ui {

class ControllerRoomStore;
class QrCodeWidget;
class SessionController;

class RoomDialog : public QDialog
{
    Q_OBJECT

public:
    // worksheets: those the round list starts with ticked (the step the room was opened from).
    RoomDialog(SessionController *controller, const std::vector<std::string> &worksheets,
               QWidget *parent = nullptr);
    ~RoomDialog() override;

    // The addresses the room can listen on: loopback first, then this machine's IPv4 addresses on
    // its networks (QNetworkInterface).
    static std::vector<QHostAddress> addresses();
    // (Re)starts the room on an address; a new room code, so phones join again. False (and the
    // reason on screen) when it cannot listen.
    bool listenOn(const QHostAddress &address);
    room::RoomServer *server() const { return m_server.get(); }

    // As the buttons do: opens a round on the ticked worksheets (answers are hidden in the window
    // until it closes); closes it and reveals the answers, by name or anonymously.
    bool openRound();
    void closeRound(bool anonymous);

private:
    void refresh();
    std::string selectedParticipant() const;

    SessionController *m_controller;
    std::unique_ptr<ControllerRoomStore> m_store;
    std::unique_ptr<room::RoomServer> m_server;
    QComboBox *m_address;
    QrCodeWidget *m_qr;
    QLabel *m_url;
    QLabel *m_code;
    QLabel *m_status;
    QListWidget *m_people;
    QListWidget *m_worksheets;
    QPushButton *m_open;
    QPushButton *m_close;
    QComboBox *m_revealMode;
    QPushButton *m_allow;
    QPushButton *m_revoke;
};

} // namespace cxm::ui
