// A live room for a test: a session file with N participants (and what the laptop stored before
// the room opened), a SessionFileStore over it and a RoomServer listening on loopback, with helpers
// that speak to it over real HTTP.
#pragma once

#include "RoomServer.h"
#include "RoomStore.h"

#include "../core/TempDir.h"
#include "RoomTestSupport.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

#include <functional>

namespace cxm::test {

struct Room
{
    TempDir dir;
    std::unique_ptr<room::SessionFileStore> store;
    std::unique_ptr<room::RoomServer> server;
    QNetworkAccessManager net;

    // before: what the laptop stored before the room opened (answers given there, not by a phone).
    explicit Room(int participants = 3, room::RoomServer::Options options = {},
                  const std::function<void(SessionFile &)> &before = {})
    {
        application();
        makeRoomSession(dir / "s.cxm", participants);
        if (before)
            before(*SessionFile::open(dir / "s.cxm"));
        store =
            std::make_unique<room::SessionFileStore>(SessionFile::open(dir / "s.cxm"), Instrument::builtin());
        server = std::make_unique<room::RoomServer>(*store, options);
        QString why;
        REQUIRE(server->listen(&why));
    }
    QUrl api(const QString &what = {}, const QString &code = {}) const
    {
        QUrl url = server->joinUrl();
        url.setPath(QStringLiteral("/api/rooms/") + (code.isEmpty() ? server->code() : code) +
                    (what.isEmpty() ? QString() : QStringLiteral("/") + what));
        return url;
    }
    HttpReply joinReply(const std::string &participant)
    {
        return httpPost(net, api(QStringLiteral("join")),
                        toJson({{QStringLiteral("participant"), QString::fromStdString(participant)}}));
    }
    QByteArray join(const char *participant)
    {
        const HttpReply r = joinReply(participant);
        REQUIRE(r.status == 200);
        return r.json.value(QStringLiteral("token")).toString().toUtf8();
    }
    // The round's questions as this device is sent them.
    QJsonArray questions(const QByteArray &token)
    {
        const HttpReply r = httpGet(net, api(QStringLiteral("round")), token);
        REQUIRE(r.status == 200);
        return r.json.value(QStringLiteral("round")).toObject().value(QStringLiteral("questions")).toArray();
    }
    int deviceNumber(const std::string &participant) const
    {
        const room::Device *d = server->devices().deviceOf(participant);
        REQUIRE(d);
        return d->number;
    }
    QString roundId(const QByteArray &token)
    {
        const HttpReply r = httpGet(net, api(QStringLiteral("round")), token);
        REQUIRE(r.status == 200);
        return r.json.value(QStringLiteral("round")).toObject().value(QStringLiteral("id")).toString();
    }
    HttpReply answer(const QByteArray &token, const QJsonObject &body)
    {
        return httpPost(net, api(QStringLiteral("answer")), toJson(body), token);
    }
    // What is on disk, read through a second, read-only connection.
    Session onDisk() const { return SessionFile::open(dir / "s.cxm", SessionFile::Access::ReadOnly)->load(); }
};

// A rating's answer body.
inline QJsonObject rating(const QString &round, int sequence, const char *item, const char *value)
{
    return {{QStringLiteral("round"), round},
            {QStringLiteral("sequence"), sequence},
            {QStringLiteral("question"), QString::fromUtf8(item)},
            {QStringLiteral("value"), QString::fromUtf8(value)}};
}

} // namespace cxm::test
