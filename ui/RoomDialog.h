// The live room as the window opens it: a projector view with the join URL's QR code, the address
// in large type and the room code, who has joined, and for the open round who has answered (never
// what: "14 of 15", never "answered" while a question is open). Every claim shows with a short
// device label; the facilitator can take a device out, let a participant use a new device, limit
// how many participants one network address may claim, and choose to let each phone in by hand.
// They pick the address to listen on, choose a round's worksheets, open it, and close it (warned,
// by name and question, when someone has gaps), which reveals the answers together (by name or
// anonymously, as private voting does). The server runs while this view is open and stops when it
// closes. Answers go through the window's SessionController (ControllerRoomStore), so Undo covers
// them.
#pragma once

#include "RoomServer.h"
#include "Session.h"

#include <QDialog>
#include <QHostAddress>

#include <map>
#include <memory>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QVBoxLayout;
class QListWidget;
class QPushButton;

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
    // until it closes); closes it and reveals the answers, by name or anonymously. When someone has
    // not answered every question, closing first asks (Prompt::confirm), naming who and what; false
    // when the facilitator keeps the round open.
    bool openRound();
    bool closeRound(bool anonymous);

private:
    void buildDevices(QVBoxLayout *side);
    void buildRound(QVBoxLayout *side, const std::vector<std::string> &worksheets);
    void refresh();
    QString personRow(const Participant &p, const std::map<std::string, room::RoomServer::Progress> &progress,
                      int &complete) const;
    QString gapsText() const;
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
    QPushButton *m_letIn;
    QPushButton *m_allow;
    QPushButton *m_revoke;
    QSpinBox *m_perAddress;
    QCheckBox *m_askFirst;
};

} // namespace cxm::ui
