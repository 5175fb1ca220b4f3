// cxm-bench-room CXM WORKDIR: the live room's answer round trip. Starts `cxm room` on loopback over a
// session of 40 participants with a 15-question round (the five competencies), joins 40 phones, then
// has all 40 answer every question at once, each answer timed from its submission to its 200 (the
// server acknowledges only once the answer is on disk). Prints the median and the 90th percentile of
// the 600 round trips, beside the target, in scripts/bench's format.
#include "Instrument.h"
#include "SessionFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <functional>
#include <string>
#include <filesystem>
#include <memory>
#include <vector>

namespace {

constexpr int kPhones = 40;
const char *const kLevels[] = {"early", "advanced", "mature"};

QNetworkRequest request(const QUrl &url, const QByteArray &token)
{
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token);
    return r;
}

QJsonObject wait(QNetworkReply *reply, int *status = nullptr)
{
    std::unique_ptr<QNetworkReply> owned(reply);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

struct Phone
{
    std::unique_ptr<QNetworkAccessManager> net = std::make_unique<QNetworkAccessManager>();
    QByteArray token;
    QString round;
    std::vector<QString> questions;
    std::size_t at = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: cxm-bench-room CXM WORKDIR\n");
        return 1;
    }
    const std::filesystem::path file = std::filesystem::path(argv[2]) / "room.cxm";
    std::filesystem::remove(file);
    {
        cxm::SessionInfo info;
        info.title = "Room benchmark";
        auto session = cxm::SessionFile::create(file, cxm::Instrument::builtin(), info);
        for (int i = 1; i <= kPhones; ++i)
            session->addParticipant("Person " + std::to_string(i), "");
    }
    QProcess room;
    room.start(QString::fromLocal8Bit(argv[1]),
               {QStringLiteral("room"), QString::fromStdString(file.string()), QStringLiteral("--round"),
                QStringLiteral("c1,c2,c3,c4,c5")});
    if (!room.waitForStarted(30'000) || !room.waitForReadyRead(30'000)) {
        std::fprintf(stderr, "cxm-bench-room: cxm room did not start\n");
        return 2;
    }
    const QUrl url(QString::fromUtf8(room.readLine().trimmed()));
    const QString code = url.path().section(QLatin1Char('/'), 2, 2);
    const auto api = [&](const char *what) {
        QUrl u = url;
        u.setPath(QStringLiteral("/api/rooms/") + code + QLatin1Char('/') + QLatin1String(what));
        return u;
    };

    std::vector<Phone> phones(kPhones);
    for (int i = 0; i < kPhones; ++i) {
        Phone &p = phones[static_cast<std::size_t>(i)];
        int status = 0;
        const QJsonObject joined = wait(
            p.net->post(
                request(api("join"), {}),
                QJsonDocument(QJsonObject{{QStringLiteral("participant"), QStringLiteral("p%1").arg(i + 1)}})
                    .toJson(QJsonDocument::Compact)),
            &status);
        p.token = joined.value(QStringLiteral("token")).toString().toUtf8();
        const QJsonObject round =
            wait(p.net->get(request(api("round"), p.token))).value(QStringLiteral("round")).toObject();
        p.round = round.value(QStringLiteral("id")).toString();
        for (const QJsonValue &q : round.value(QStringLiteral("questions")).toArray())
            p.questions.push_back(q.toObject().value(QStringLiteral("question")).toString());
        if (status != 200 || p.questions.size() != 15) {
            std::fprintf(stderr, "cxm-bench-room: phone %d could not join (%d)\n", i + 1, status);
            return 2;
        }
    }

    // First, answers one at a time while all 40 stay connected, as a room answers at a person's pace:
    // each phone its first five questions, the phones in turn.
    std::vector<double> single;
    for (std::size_t q = 0; q < 5; ++q)
        for (int i = 0; i < kPhones; ++i) {
            Phone &p = phones[static_cast<std::size_t>(i)];
            const QJsonObject body{{QStringLiteral("round"), p.round},
                                   {QStringLiteral("sequence"), static_cast<int>(p.at) + 1},
                                   {QStringLiteral("question"), p.questions[p.at]},
                                   {QStringLiteral("value"), QLatin1String(kLevels[(i + p.at) % 3])}};
            QElapsedTimer timer;
            timer.start();
            int status = 0;
            wait(p.net->post(request(api("answer"), p.token),
                             QJsonDocument(body).toJson(QJsonDocument::Compact)),
                 &status);
            if (status != 200) {
                std::fprintf(stderr, "cxm-bench-room: an answer was refused (%d)\n", status);
                return 2;
            }
            single.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            ++p.at;
        }

    // Then every phone answers its remaining questions at once, each the moment the last is acknowledged.
    std::vector<double> trips;
    int failures = 0, finished = 0;
    QEventLoop loop;
    std::function<void(Phone &, int)> next = [&](Phone &p, int index) {
        if (p.at == p.questions.size()) {
            if (++finished == kPhones)
                loop.quit();
            return;
        }
        const QJsonObject body{{QStringLiteral("round"), p.round},
                               {QStringLiteral("sequence"), static_cast<int>(p.at) + 1},
                               {QStringLiteral("question"), p.questions[p.at]},
                               {QStringLiteral("value"), QLatin1String(kLevels[(index + p.at) % 3])}};
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply =
            p.net->post(request(api("answer"), p.token), QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, timer, index] {
            const double ms = static_cast<double>(timer->nsecsElapsed()) / 1e6;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                trips.push_back(ms);
            else
                ++failures;
            reply->deleteLater();
            Phone &phone = phones[static_cast<std::size_t>(index)];
            ++phone.at;
            next(phone, index);
        });
    };
    for (int i = 0; i < kPhones; ++i)
        next(phones[static_cast<std::size_t>(i)], i);
    QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
    loop.exec();
    ::kill(static_cast<pid_t>(room.processId()), SIGTERM);
    room.waitForFinished(30'000);

    if (trips.empty() || failures > 0) {
        std::fprintf(stderr, "cxm-bench-room: %d answers refused, %zu acknowledged\n", failures,
                     trips.size());
        return 2;
    }
    const auto ms = [](double v) {
        char b[32];
        std::snprintf(b, sizeof b, "%.2f ms", v);
        return std::string(b);
    };
    const auto at = [](std::vector<double> v, double q) {
        std::sort(v.begin(), v.end());
        return v[static_cast<std::size_t>(static_cast<double>(v.size() - 1) * q)];
    };
    char line[256];
    const double median = at(single, 0.5);
    std::snprintf(line, sizeof line, "%-66s %12s   %-16s %s",
                  ("live room: answer round trip, 40 phones connected (median of " +
                   std::to_string(single.size()) + ")")
                      .c_str(),
                  ms(median).c_str(), "< 20 ms", median < 20 ? "met" : "MISSED");
    std::printf("%s\n", line);
    std::snprintf(line, sizeof line, "%-66s %12s",
                  ("  all 40 answering at once, median of " + std::to_string(trips.size())).c_str(),
                  ms(at(trips, 0.5)).c_str());
    std::printf("%s\n", line);
    std::snprintf(line, sizeof line, "%-66s %12s", "  all 40 at once, 90th percentile",
                  ms(at(trips, 0.9)).c_str());
    std::printf("%s\n", line);
    return 0;
}
