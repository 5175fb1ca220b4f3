// The live room: serves the phone page and the room's JSON API over Qt's HTTP server while the
// facilitator keeps the room open. A participant's phone joins with the room code, picks their name
// and gets a device token; with it, it reads the open round (its own answers only) and answers. Each
// answer goes through the RoomStore (one durable transaction) before it is acknowledged. Every
// refusal is a JSON {"error": …} with its status, and the room keeps serving everyone else. The API
// and the threat model are in docs/live-room.md.
#pragma once

#include "RoomListener.h"
#include "RoomRound.h"
#include "RoomStore.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

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

    // Who has a device in the room, and who has answered in the open round (never what).
    std::set<std::string> joined() const;
    std::set<std::string> answeredThisRound() const { return m_answered; }
    // The facilitator's consent: the next device that picks this participant takes them over (the
    // device they had is revoked). revoke() takes a participant's device out of the room.
    void allowNewDevice(const std::string &participant);
    void revoke(const std::string &participant);

signals:
    void joinedChanged();
    void answered(const QString &participant);

private:
    struct Bucket
    {
        double tokens = 0;
        std::chrono::steady_clock::time_point last;
    };
    struct Device
    {
        std::string participant;
        // Per question (id@scope): an answer older than the last one stored for it is a replay.
        std::map<std::string, qint64> sequences;
        qint64 lastSequence = -1; // the largest of them
        Bucket bucket;
    };
    QHttpServerResponse page(const QString &code) const;
    QHttpServerResponse asset(const QString &name) const;
    QHttpServerResponse api(const QString &code, const QString &what, const QHttpServerRequest &request);
    QHttpServerResponse info() const;
    QHttpServerResponse join(const QJsonObject &body);
    QHttpServerResponse round(const Device &device) const;
    QHttpServerResponse answer(Device &device, const QJsonObject &body);
    bool take(Bucket &bucket);

    RoomStore &m_store;
    Options m_options;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    QString m_code;
    std::map<std::string, Device> m_devices; // by token
    std::set<std::string> m_mayTakeOver;     // participants
    std::map<QString, Bucket> m_addressBuckets;
    QString m_roundId;
    std::vector<std::string> m_roundWorksheets;
    std::vector<RoomQuestion> m_questions;
    std::set<std::string> m_answered;
};

} // namespace cxm::room
