// What the live room's tests share: a session file with N participants, and a small blocking HTTP
// client (QNetworkAccessManager) that returns a reply's status, headers and JSON body. Every wait is
// bounded: a request that gets no answer fails the test instead of hanging it.
#pragma once

#include "Instrument.h"
#include "SessionFile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <filesystem>
#include <memory>
#include <string>

namespace cxm::test {

inline QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "test_room";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app =
        QCoreApplication::instance() ? QCoreApplication::instance() : new QCoreApplication(argc, argv);
    return *app;
}

inline void makeRoomSession(const std::filesystem::path &path, int participants)
{
    SessionInfo info;
    info.title = "Room test";
    auto file = SessionFile::create(path, Instrument::builtin(), info);
    for (int i = 1; i <= participants; ++i)
        file->addParticipant("Person " + std::to_string(i), "");
}

struct HttpReply
{
    int status = 0; // 0: no HTTP answer (the connection was refused or cut)
    QJsonObject json;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};

inline QNetworkRequest roomRequest(const QUrl &url, const QByteArray &token,
                                   const QByteArray &contentType = "application/json")
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return request;
}

inline HttpReply finish(QNetworkReply *reply)
{
    std::unique_ptr<QNetworkReply> owned(reply);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60'000, &loop, [reply] { reply->abort(); });
        loop.exec();
    }
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.error = reply->error();
    out.headers = reply->rawHeaderPairs();
    out.json = QJsonDocument::fromJson(out.body).object();
    return out;
}

inline HttpReply httpGet(QNetworkAccessManager &net, const QUrl &url, const QByteArray &token = {})
{
    return finish(net.get(roomRequest(url, token, {})));
}

inline HttpReply httpPost(QNetworkAccessManager &net, const QUrl &url, const QByteArray &body,
                          const QByteArray &token = {}, const QByteArray &contentType = "application/json")
{
    return finish(net.post(roomRequest(url, token, contentType), body));
}

inline QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace cxm::test
