// The live room: serves the phone page and the room's JSON API over Qt's HTTP server while the
// facilitator keeps the room open. A participant's phone joins with the room code, picks their name
// and gets a device token; with it, it reads the open round and answers. Who a device may act for
// and which answers it is sent (only those it gave itself) is DevicePolicy's to decide. Answers
// that arrive together are committed together through the RoomStore (one transaction, one fsync,
// RoomCommit.cpp), and each is acknowledged only after that commit. The room's code, port and
// devices are kept in the session file, so a room restarted on the same file resumes
// (RoomResume.cpp). Every refusal is a JSON {"error": …} with its status, and the room keeps
// serving everyone else. Qt's server never sees a client's socket: RoomListener and RoomConnection
// read each request first and hand it over whole and checked (the limits under hostile load). The
// API and the threat model are in docs/live-room.md.
#pragma once

#include "DevicePolicy.h"
#include "RoomListener.h"
#include "RoomRound.h"
#include "RoomStore.h"

#include <QHostAddress>
#include <QHttpServerResponse>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace cxm::room {

class RoomServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0: any free port
        qsizetype maxBodyBytes = 64 * 1024;
        double rateBurst = 120;    // requests a device (or an address without a token) may make at once
        double ratePerSecond = 20; // … and then per second
        RoomListener::Limits limits;
        DevicePolicy::Settings devices; // participants per address, ask before a phone joins
    };
    // How far a participant is in the open round: answered of the round's questions, and which not.
    struct Progress
    {
        int answered = 0;
        int of = 0;
        std::vector<const RoomQuestion *> missing;
        bool complete() const { return answered == of; }
    };

    RoomServer(RoomStore &store, const Options &options, QObject *parent = nullptr);
    ~RoomServer() override;

    // Opens the room: listens on the chosen address. False with a reason when it cannot.
    bool listen(QString *error);
    quint16 port() const { return m_port; }
    QString code() const { return m_code; }
    // The address phones open (it carries the room code): http://HOST:PORT/r/CODE.
    QUrl joinUrl() const;

    // Opens a round on these worksheets (each answerable from a phone); closes the one before.
    // False with a reason when a worksheet is unknown or is not answered by each participant.
    bool openRound(const std::vector<std::string> &worksheets, QString *error);
    void closeRound();
    bool roundOpen() const { return !m_roundId.isEmpty(); }

    const Session &session() const { return m_store.session(); }
    // The open round's questions, and how far each participant of the session is in it (from the
    // answers stored, wherever they were given; never what they are).
    const std::vector<RoomQuestion> &questions() const { return m_questions; }
    std::map<std::string, Progress> roundProgress() const;

    // Who has a device in the room (joined, not waiting), and every device, for the projector.
    std::set<std::string> joined() const { return m_policy.joined(); }
    const DevicePolicy &devices() const { return m_policy; }
    // The facilitator's consent: the next device that picks this participant takes them over (the
    // device they had is revoked). revoke() takes a participant's device out of the room; allow()
    // lets a waiting device in, removeDevice() takes one out or refuses it. Each emits
    // joinedChanged() and returns false when there was nothing to do.
    void allowNewDevice(const std::string &participant);
    bool revoke(const std::string &participant);
    bool allow(int device);
    bool removeDevice(int device);
    // Participants one address may claim; an address may hold 8 connections for each (at least
    // limits.perAddress).
    void setPerAddress(int participants);
    void setAskFirst(bool ask) { m_policy.setAskFirst(ask); }

signals:
    void joinedChanged();
    // A device asks to join and waits for allow() (only when the facilitator asked to be asked).
    void deviceWaiting(int device);
    void answered(const QString &participant);
    // An answer the file refused (disk full, file replaced): the reason, for the facilitator only.
    void storeFailed(const QString &why);

private:
    struct PendingAnswer;
    // The room as the file remembers it, when it was this address's: its code, devices and round.
    void resume();
    void saveRoom();
    void queueAnswer(Device &device, RoomAnswer answer, const RoomQuestion &question, qint64 sequence,
                     qint64 previous, QHttpServerResponder &&responder);
    // Commits every queued answer in one transaction, then answers each phone (200, or 503 for all).
    void commitPending();
    static QHttpServerResponse answerStored(const RoomAnswer &answer, qint64 sequence);
    static QHttpServerResponse answerNotStored();
    static void reply(QHttpServerResponder &&responder, QHttpServerResponse &&response);
    QHttpServerResponse page(const QString &code, const QHttpServerRequest &request);
    QHttpServerResponse asset(const QString &name) const;
    std::optional<QHttpServerResponse> api(const QString &code, const QString &what,
                                           const QHttpServerRequest &request,
                                           QHttpServerResponder &responder);
    QHttpServerResponse info() const;
    QHttpServerResponse join(const QJsonObject &body, const QHttpServerRequest &request);
    QHttpServerResponse round(const Device &device) const;
    // Checks an answer and queues it for the next commit (nothing returned; the responder waits),
    // or returns the refusal.
    std::optional<QHttpServerResponse> answer(Device &device, const QJsonObject &body,
                                              QHttpServerResponder &responder);
    bool take(RateBucket &bucket);

    RoomStore &m_store;
    Options m_options;
    std::unique_ptr<QHttpServer> m_http;
    RoomListener *m_listener = nullptr; // owned by m_http
    quint16 m_port = 0;
    QString m_code;
    DevicePolicy m_policy; // every request's device passes through it
    std::map<QString, RateBucket> m_addressBuckets;
    QString m_roundId;
    std::vector<std::string> m_roundWorksheets;
    std::vector<RoomQuestion> m_questions;
    std::unique_ptr<DeviceJournal> m_journal;              // devices into the session file
    std::optional<RoomRecord> m_resumed;                   // the file's room, when this one resumes it
    std::vector<std::unique_ptr<PendingAnswer>> m_pending; // checked, waiting for the next commit
};

} // namespace cxm::room
