// cxm-bench-room CXM WORKDIR: the live room's answer round trip, each answer timed from its POST to
// its 200 (the server acknowledges only once the answer is on disk). `cxm room` runs on loopback with
// a 15-question round (the five competencies):
//  - 40 phones: first one answer at a time, then all 40 at once (issue 13);
//  - 200 phones answering every question at once (3,000 answers; issue 22: 95th percentile < 50 ms);
//  - one phone answering one question at a time in a 2,000-person session whose every participant
//    has answered the round already (issue 22: median < 5 ms);
// beside the floor: a bare SQLite upsert and durable COMMIT on the same disk, with the session file's
// pragmas. Prints scripts/bench's format.
#include "Instrument.h"
#include "SessionFile.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QThread>
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

const auto ms = [](double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%.2f ms", v);
    return std::string(b);
};

double quantile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(static_cast<double>(v.size() - 1) * q)];
}

void line(const std::string &what, double value, const char *target = nullptr, bool met = true)
{
    if (target)
        std::printf("%-66s %12s   %-16s %s\n", what.c_str(), ms(value).c_str(), target,
                    met ? "met" : "MISSED");
    else
        std::printf("%-66s %12s\n", what.c_str(), ms(value).c_str());
}

// A session of n participants; with `answered`, each has rated every item of the round.
void makeSession(const std::filesystem::path &file, int n, bool answered)
{
    std::filesystem::remove(file);
    const cxm::Instrument &ins = cxm::Instrument::builtin();
    cxm::Session s;
    s.info.title = "Room benchmark";
    for (int i = 1; i <= n; ++i) {
        const std::string id = "p" + std::to_string(i);
        s.participants.push_back({id, "Person " + std::to_string(i), ""});
        if (answered)
            for (const char *c : {"c1", "c2", "c3", "c4", "c5"})
                for (const cxm::Item &item : ins.findWorksheet(c)->items)
                    s.ratings.push_back({id, item.id, static_cast<cxm::Rating>(1 + i % 3), {}, {}});
    }
    cxm::SessionFile::write(file, ins, s, false);
}

class Room
{
public:
    Room(const char *cxm, const std::filesystem::path &file, int perAddress)
    {
        m_process.start(QString::fromLocal8Bit(cxm),
                        {QStringLiteral("room"), QString::fromStdString(file.string()),
                         QStringLiteral("--round"), QStringLiteral("c1,c2,c3,c4,c5"),
                         QStringLiteral("--per-address"), QString::number(perAddress)});
        if (!m_process.waitForStarted(30'000) || !m_process.waitForReadyRead(30'000))
            throw std::runtime_error("cxm room did not start");
        m_url = QUrl(QString::fromUtf8(m_process.readLine().trimmed()));
        m_code = m_url.path().section(QLatin1Char('/'), 2, 2);
    }
    ~Room()
    {
        ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
        m_process.waitForFinished(30'000);
    }
    QUrl api(const char *what) const
    {
        QUrl u = m_url;
        u.setPath(QStringLiteral("/api/rooms/") + m_code + QLatin1Char('/') + QLatin1String(what));
        return u;
    }
    // Joins phone i as participant p(i+1) and reads its round.
    void join(Phone &p, int i) const
    {
        int status = 429;
        QJsonObject joined;
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("participant"), QStringLiteral("p%1").arg(i + 1)}})
                .toJson(QJsonDocument::Compact);
        for (int tries = 0; status == 429 && tries < 100; ++tries) { // joins are rate-limited per address
            if (tries > 0)
                QThread::msleep(100);
            joined = wait(p.net->post(request(api("join"), {}), body), &status);
        }
        p.token = joined.value(QStringLiteral("token")).toString().toUtf8();
        const QJsonObject round =
            wait(p.net->get(request(api("round"), p.token))).value(QStringLiteral("round")).toObject();
        p.round = round.value(QStringLiteral("id")).toString();
        for (const QJsonValue &q : round.value(QStringLiteral("questions")).toArray())
            p.questions.push_back(q.toObject().value(QStringLiteral("question")).toString());
        if (status != 200 || p.questions.size() != 15)
            throw std::runtime_error("phone " + std::to_string(i + 1) + " could not join (" +
                                     std::to_string(status) + ")");
    }
    QByteArray body(const Phone &p, int index) const
    {
        const QJsonObject o{{QStringLiteral("round"), p.round},
                            {QStringLiteral("sequence"), static_cast<int>(p.at) + 1},
                            {QStringLiteral("question"), p.questions[p.at]},
                            {QStringLiteral("value"), QLatin1String(kLevels[(index + p.at) % 3])}};
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    // One answer of phone `index`, timed.
    double answerOne(Phone &p, int index) const
    {
        QElapsedTimer timer;
        timer.start();
        int status = 0;
        wait(p.net->post(request(api("answer"), p.token), body(p, index)), &status);
        if (status != 200)
            throw std::runtime_error("an answer was refused (" + std::to_string(status) + ")");
        ++p.at;
        return static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    // Every phone answers its remaining questions at once, each the moment the last is acknowledged.
    std::vector<double> allAtOnce(std::vector<Phone> &phones) const
    {
        std::vector<double> trips;
        int failures = 0, finished = 0;
        const int count = static_cast<int>(phones.size());
        QEventLoop loop;
        std::function<void(int)> next = [&](int index) {
            Phone &p = phones[static_cast<std::size_t>(index)];
            if (p.at == p.questions.size()) {
                if (++finished == count)
                    loop.quit();
                return;
            }
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            QNetworkReply *reply = p.net->post(request(api("answer"), p.token), body(p, index));
            QObject::connect(reply, &QNetworkReply::finished, [&, reply, timer, index] {
                const double took = static_cast<double>(timer->nsecsElapsed()) / 1e6;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                    trips.push_back(took);
                else
                    ++failures;
                reply->deleteLater();
                ++phones[static_cast<std::size_t>(index)].at;
                next(index);
            });
        };
        for (int i = 0; i < count; ++i)
            next(i);
        QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
        loop.exec();
        if (trips.empty() || failures > 0)
            throw std::runtime_error(std::to_string(failures) + " answers refused");
        return trips;
    }

    // The same over plain keep-alive sockets, one a phone, with a minimal HTTP/1.1 client: for 200
    // phones, QNetworkAccessManager's own cost in this process (four times the server's CPU time)
    // would be measured instead of the room's.
    std::vector<double> allAtOnceRaw(std::vector<Phone> &phones) const;
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
    QString m_code;
};

namespace {

// One phone's connection: writes a request, reads one response (status line, headers, body).
class RawConnection : public QObject
{
public:
    RawConnection(const QUrl &url, std::function<void(int status)> done)
        : m_done(std::move(done))
    {
        m_host = (url.host() + QLatin1Char(':') + QString::number(url.port())).toUtf8();
        connect(&m_socket, &QTcpSocket::readyRead, this, &RawConnection::read);
        m_socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
        m_socket.waitForConnected(10'000);
    }
    void post(const QByteArray &path, const QByteArray &token, const QByteArray &body)
    {
        m_in.clear();
        m_socket.write("POST " + path + " HTTP/1.1\r\nHost: " + m_host +
                       "\r\nContent-Type: application/json\r\nAuthorization: Bearer " + token +
                       "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

private:
    void read()
    {
        m_in += m_socket.readAll();
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : m_in.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (m_in.size() < end + 4 + length)
            return;
        const int status = m_in.mid(9, 3).toInt();
        m_in.clear();
        m_done(status);
    }

    QTcpSocket m_socket;
    QByteArray m_host;
    QByteArray m_in;
    std::function<void(int)> m_done;
};

} // namespace

std::vector<double> Room::allAtOnceRaw(std::vector<Phone> &phones) const
{
    std::vector<double> trips;
    int failures = 0, finished = 0;
    const int count = static_cast<int>(phones.size());
    const QByteArray path = api("answer").path().toUtf8();
    // The managers' idle connections from joining go first: the room serves at most 256 at once.
    for (Phone &p : phones)
        p.net.reset();
    QEventLoop settle;
    QTimer::singleShot(500, &settle, &QEventLoop::quit);
    settle.exec();
    std::vector<std::unique_ptr<RawConnection>> connections(phones.size());
    std::vector<QElapsedTimer> timers(phones.size());
    QEventLoop loop;
    std::function<void(int)> next = [&](int index) {
        Phone &p = phones[static_cast<std::size_t>(index)];
        if (p.at == p.questions.size()) {
            if (++finished == count)
                loop.quit();
            return;
        }
        timers[static_cast<std::size_t>(index)].start();
        connections[static_cast<std::size_t>(index)]->post(path, p.token, body(p, index));
    };
    for (int i = 0; i < count; ++i)
        connections[static_cast<std::size_t>(i)] = std::make_unique<RawConnection>(m_url, [&, i](int status) {
            const double took = static_cast<double>(timers[static_cast<std::size_t>(i)].nsecsElapsed()) / 1e6;
            if (status == 200)
                trips.push_back(took);
            else
                ++failures;
            ++phones[static_cast<std::size_t>(i)].at;
            next(i);
        });
    for (int i = 0; i < count; ++i)
        next(i);
    QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
    loop.exec();
    if (trips.empty() || failures > 0)
        throw std::runtime_error(std::to_string(failures) + " answers refused");
    return trips;
}

// The floor: one upsert and a durable COMMIT with the session file's pragmas, on the same disk.
double bareCommit(const std::filesystem::path &file, int runs)
{
    std::filesystem::remove(file);
    sqlite3 *db = nullptr;
    sqlite3_open(file.c_str(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;"
                 " CREATE TABLE answer(k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;",
                 nullptr, nullptr, nullptr);
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const std::string sql = "BEGIN IMMEDIATE; INSERT OR REPLACE INTO answer VALUES ('k" +
                                std::to_string(i % 50) + "', 'v" + std::to_string(i) + "'); COMMIT;";
        QElapsedTimer timer;
        timer.start();
        sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    sqlite3_close(db);
    return quantile(times, 0.5);
}

int run(const char *cxm, const std::filesystem::path &work)
{
    const double floor = bareCommit(work / "floor.sqlite", 200);
    line("live room: the floor, a bare SQLite upsert + durable COMMIT (median of 200)", floor);
    {
        makeSession(work / "room40.cxm", 40, false);
        Room room(cxm, work / "room40.cxm", 40);
        std::vector<Phone> phones(40);
        for (int i = 0; i < 40; ++i)
            room.join(phones[static_cast<std::size_t>(i)], i);
        // One at a time while all 40 stay connected: each phone its first five questions, in turn.
        std::vector<double> single;
        for (int q = 0; q < 5; ++q)
            for (int i = 0; i < 40; ++i)
                single.push_back(room.answerOne(phones[static_cast<std::size_t>(i)], i));
        const std::vector<double> trips = room.allAtOnce(phones);
        const double median = quantile(single, 0.5);
        line("live room: answer round trip, 40 phones connected (median of " + std::to_string(single.size()) +
                 ")",
             median, "< 20 ms", median < 20);
        line("  all 40 answering at once, median of " + std::to_string(trips.size()), quantile(trips, 0.5));
        line("  all 40 at once, 90th percentile", quantile(trips, 0.9));
    }
    {
        makeSession(work / "room200.cxm", 200, false);
        Room room(cxm, work / "room200.cxm", 200);
        std::vector<Phone> phones(200);
        for (int i = 0; i < 200; ++i)
            room.join(phones[static_cast<std::size_t>(i)], i);
        const std::vector<double> trips = room.allAtOnceRaw(phones);
        const double p95 = quantile(trips, 0.95);
        line("live room: 200 phones answering at once, 95th percentile of " + std::to_string(trips.size()),
             p95, "< 50 ms", p95 < 50);
        line("  median", quantile(trips, 0.5));
        // The disk is shared: its durable commit right after, for the line above.
        line("  the floor right after (median of 200)", bareCommit(work / "floor.sqlite", 200));
    }
    {
        makeSession(work / "room2000.cxm", 2000, true);
        Room room(cxm, work / "room2000.cxm", 1);
        Phone phone;
        room.join(phone, 1999);
        // Its 15 questions six times over (each answer a larger sequence): 90 answers, one at a time.
        const std::vector<QString> round = phone.questions;
        for (int k = 1; k < 6; ++k)
            phone.questions.insert(phone.questions.end(), round.begin(), round.end());
        std::vector<double> single;
        for (std::size_t i = 0; i < phone.questions.size(); ++i)
            single.push_back(room.answerOne(phone, static_cast<int>(i)));
        const double median = quantile(single, 0.5);
        line("live room: one answer in a 2,000-person session (median of " + std::to_string(single.size()) +
                 ")",
             median, "< 5 ms", median < 5);
        line("  the floor right after (median of 200)", bareCommit(work / "floor.sqlite", 200));
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: cxm-bench-room CXM WORKDIR\n");
        return 1;
    }
    try {
        return run(argv[1], argv[2]);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "cxm-bench-room: %s\n", e.what());
        return 2;
    }
}
