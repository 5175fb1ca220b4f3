#include "RoomServer.h"

#include "RoomPending.h"

#include "Error.h"
#include "SecurityHeaders.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QRandomGenerator>

#include <algorithm>

namespace cxm::room {

namespace {

using Status = QHttpServerResponse::StatusCode;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// No letters or digits that are easy to mix up when typed from the projector (0/o, 1/l/i).
constexpr char kCodeAlphabet[] = "23456789abcdefghjkmnpqrstuvwxyz";
constexpr int kCodeLength = 10;

QString randomText(const char *alphabet, std::size_t alphabetSize, int length)
{
    QString out;
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out.append(QChar::fromLatin1(alphabet[random->bounded(static_cast<quint32>(alphabetSize))]));
    return out;
}

// The address a request came from, as the projector shows it (one phone is one address however it
// connects). Requests reach the server only through RoomConnection, over a socket pair, which names
// the client's address in a header of its own (a client's header of that name never gets through).
QString addressOf(const QHttpServerRequest &request)
{
    const QByteArray peer = request.value(RoomConnection::kPeerHeader);
    return peer.isEmpty() ? RoomListener::addressText(request.remoteAddress()) : QString::fromLatin1(peer);
}

void addSecurityHeaders(QHttpServerResponse &response)
{
    for (const auto &[name, value] : securityHeaders())
        response.setHeader(name, value);
}

QHttpServerResponse json(const QJsonObject &body, Status status = Status::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse error(Status status, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("error"), message}}, status);
}

QByteArray bearerToken(const QHttpServerRequest &request)
{
    const QByteArray value = request.value("Authorization").trimmed();
    if (!value.startsWith("Bearer "))
        return {};
    return value.mid(7).trimmed();
}

} // namespace

RoomServer::RoomServer(RoomStore &store, const Options &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
    , m_code(randomText(kCodeAlphabet, sizeof kCodeAlphabet - 1, kCodeLength))
    , m_policy(options.devices)
{
    resume();
}

RoomServer::~RoomServer()
{
    // Answers checked but not yet committed are stored and answered, not dropped; whoever listened
    // to the room may be going away with it, so no signal.
    blockSignals(true);
    commitPending();
}

bool RoomServer::listen(QString *why)
{
    m_http = std::make_unique<QHttpServer>();
    auto *listener = new RoomListener(m_options.limits, m_options.maxBodyBytes);
    // A resumed room takes its port again when it is free; otherwise any free port.
    const quint16 resumedPort = m_resumed && !m_options.port ? static_cast<quint16>(m_resumed->port) : 0;
    if (!listener->listen(m_options.address, resumedPort ? resumedPort : m_options.port) &&
        !(resumedPort && listener->listen(m_options.address, 0))) {
        if (why)
            *why = listener->errorString();
        delete listener;
        m_http.reset();
        return false;
    }
    m_port = listener->serverPort();
    m_listener = listener;
    setPerAddress(m_policy.settings().perAddress);
    m_http->bind(listener);

    using Method = QHttpServerRequest::Method;
    m_http->route(
        QStringLiteral("/r/<arg>"), Method::Get,
        [this](const QString &code, const QHttpServerRequest &request) { return page(code, request); });
    m_http->route(QStringLiteral("/room.js"), Method::Get,
                  [this] { return asset(QStringLiteral("room.js")); });
    m_http->route(QStringLiteral("/room.css"), Method::Get,
                  [this] { return asset(QStringLiteral("room.css")); });
    // The API answers through a responder: an answer's response waits for its commit.
    const auto respond = [](std::optional<QHttpServerResponse> response, QHttpServerResponder &&responder) {
        if (!response)
            return; // queued: commitPending() answers it
        addSecurityHeaders(*response);
        response->write(std::move(responder));
    };
    m_http->route(QStringLiteral("/api/rooms/<arg>"),
                  [this, respond](const QString &code, const QHttpServerRequest &request,
                                  QHttpServerResponder &&responder) {
                      respond(api(code, QString(), request, responder), std::move(responder));
                  });
    m_http->route(QStringLiteral("/api/rooms/<arg>/<arg>"),
                  [this, respond](const QString &code, const QString &what, const QHttpServerRequest &request,
                                  QHttpServerResponder &&responder) {
                      respond(api(code, what, request, responder), std::move(responder));
                  });
    m_http->afterRequest([](QHttpServerResponse &&response) {
        addSecurityHeaders(response);
        return std::move(response);
    });
    m_http->setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        QHttpServerResponse response = error(Status::NotFound, tr("there is nothing at this address"));
        addSecurityHeaders(response);
        response.write(std::move(responder));
    });
    saveRoom();
    return true;
}

QUrl RoomServer::joinUrl() const
{
    QHostAddress host = m_options.address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6) {
        // Listening everywhere: phones need the laptop's address on the room's network.
        host = QHostAddress::LocalHost;
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLinkLocal()) {
                host = a;
                break;
            }
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/r/") + m_code);
    return url;
}

bool RoomServer::openRound(const std::vector<std::string> &worksheets, QString *why)
{
    for (const std::string &id : worksheets) {
        const Worksheet *w = m_store.instrument().findWorksheet(id);
        if (!w || !isAnswerableInRoom(*w)) {
            if (why)
                *why = w ? tr("worksheet \"%1\" is answered by the team, not by each participant").arg(q(id))
                         : tr("there is no worksheet \"%1\"").arg(q(id));
            return false;
        }
    }
    commitPending(); // answers to the round before are stored first
    m_roundWorksheets = worksheets;
    m_questions = roundQuestions(m_store.instrument(), m_store.session(), worksheets);
    // The round of a resumed room goes on under its id, so the phones' answers are not refused.
    const bool same = m_resumed && !m_resumed->round.empty() && m_resumed->worksheets == worksheets;
    m_roundId = same ? q(m_resumed->round) : randomText(kCodeAlphabet, sizeof kCodeAlphabet - 1, 12);
    if (m_resumed)
        m_resumed->round.clear();
    saveRoom();
    return true;
}

void RoomServer::closeRound()
{
    commitPending(); // answers to the round that were already checked are stored first
    m_roundId.clear();
    m_roundWorksheets.clear();
    m_questions.clear();
    saveRoom();
}

std::map<std::string, RoomServer::Progress> RoomServer::roundProgress() const
{
    std::map<std::string, Progress> out;
    const Session &s = m_store.session();
    const AnswerIndex index(s);
    for (const Participant &p : s.participants) {
        Progress &progress = out[p.id];
        progress.of = static_cast<int>(m_questions.size());
        for (const RoomQuestion &question : m_questions) {
            if (index.answered(question, p.id))
                ++progress.answered;
            else
                progress.missing.push_back(&question);
        }
    }
    return out;
}

void RoomServer::allowNewDevice(const std::string &participant)
{
    m_policy.allowNewDevice(participant);
    emit joinedChanged();
}

// The policy changes its devices in memory first and then records them in the file; when the file
// refuses the record, the change has still happened (a device taken out is out at once).
bool RoomServer::revoke(const std::string &participant)
{
    bool done = true;
    try {
        done = m_policy.removeParticipant(participant);
    } catch (const std::exception &) {
    }
    emit joinedChanged();
    return done;
}

bool RoomServer::allow(int device)
{
    bool done = true;
    try {
        done = m_policy.allow(device);
    } catch (const std::exception &) {
    }
    emit joinedChanged();
    return done;
}

bool RoomServer::removeDevice(int device)
{
    bool done = true;
    try {
        done = m_policy.remove(device);
    } catch (const std::exception &) {
    }
    emit joinedChanged();
    return done;
}

bool RoomServer::take(RateBucket &bucket)
{
    const auto now = std::chrono::steady_clock::now();
    if (bucket.last == std::chrono::steady_clock::time_point{}) {
        bucket.tokens = m_options.rateBurst;
    } else {
        const double seconds = std::chrono::duration<double>(now - bucket.last).count();
        bucket.tokens = std::min(m_options.rateBurst, bucket.tokens + seconds * m_options.ratePerSecond);
    }
    bucket.last = now;
    if (bucket.tokens < 1)
        return false;
    bucket.tokens -= 1;
    return true;
}

void RoomServer::setPerAddress(int participants)
{
    m_policy.setPerAddress(participants);
    // Each participant an address may claim brings a browser, which opens up to six connections.
    if (m_listener)
        m_listener->setPerAddress(std::max(m_options.limits.perAddress, 8 * m_policy.settings().perAddress));
}

QHttpServerResponse RoomServer::page(const QString &code, const QHttpServerRequest &request)
{
    // Guessing codes through the page costs from the same allowance per address as through the API.
    if (!take(m_addressBuckets[addressOf(request)]))
        return error(Status::TooManyRequests, tr("too many requests: wait a moment"));
    if (code != m_code)
        return error(Status::NotFound, tr("this room is closed, or the room code is wrong"));
    QFile file(QStringLiteral(":/room/room.html"));
    file.open(QIODevice::ReadOnly);
    return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), file.readAll());
}

QHttpServerResponse RoomServer::asset(const QString &name) const
{
    QFile file(QStringLiteral(":/room/") + name);
    file.open(QIODevice::ReadOnly);
    const QByteArray type = name.endsWith(QStringLiteral(".js"))
                                ? QByteArrayLiteral("text/javascript; charset=utf-8")
                                : QByteArrayLiteral("text/css; charset=utf-8");
    return QHttpServerResponse(type, file.readAll());
}

std::optional<QHttpServerResponse> RoomServer::api(const QString &code, const QString &what,
                                                   const QHttpServerRequest &request,
                                                   QHttpServerResponder &responder)
{
    using Method = QHttpServerRequest::Method;
    if (request.body().size() > m_options.maxBodyBytes)
        return error(Status::PayloadTooLarge, tr("the request is too large"));
    // Checked before the code, so guessing codes is rate-limited as well.
    Device *device = m_policy.find(bearerToken(request));
    RateBucket &bucket = device ? device->bucket : m_addressBuckets[addressOf(request)];
    if (!take(bucket))
        return error(Status::TooManyRequests, tr("too many requests: wait a moment"));
    if (code != m_code)
        return error(Status::Forbidden, tr("the room code is wrong, or the room is closed"));

    const bool post = request.method() == Method::Post;
    const bool get = request.method() == Method::Get;
    QJsonObject body;
    if (post) {
        if (!request.value("Content-Type").startsWith("application/json"))
            return error(Status::UnsupportedMediaType, tr("send JSON (Content-Type: application/json)"));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return error(Status::BadRequest, tr("the body is not a JSON object"));
        body = doc.object();
    }
    if (what.isEmpty()) {
        if (!get)
            return error(Status::MethodNotAllowed, tr("use GET"));
        return info();
    }
    if (what == QStringLiteral("join")) {
        if (!post)
            return error(Status::MethodNotAllowed, tr("use POST"));
        return join(body, request);
    }
    if (what != QStringLiteral("round") && what != QStringLiteral("answer"))
        return error(Status::NotFound, tr("there is nothing at this address"));
    if (!device)
        return error(Status::Unauthorized, tr("this device has not joined the room, or was taken out of it"));
    if (what == QStringLiteral("round")) {
        if (!get)
            return error(Status::MethodNotAllowed, tr("use GET"));
        return round(*device);
    }
    if (!post)
        return error(Status::MethodNotAllowed, tr("use POST"));
    return answer(*device, body, responder);
}

QHttpServerResponse RoomServer::info() const
{
    const Session &s = m_store.session();
    QJsonArray participants;
    for (const Participant &p : s.participants)
        participants.append(QJsonObject{{QStringLiteral("id"), q(p.id)},
                                        {QStringLiteral("name"), q(p.name)},
                                        {QStringLiteral("joined"), m_policy.deviceOf(p.id) != nullptr}});
    return json(QJsonObject{{QStringLiteral("title"), q(s.info.title)},
                            {QStringLiteral("participants"), participants}});
}

QHttpServerResponse RoomServer::join(const QJsonObject &body, const QHttpServerRequest &request)
{
    const QJsonValue id = body.value(QStringLiteral("participant"));
    if (!id.isString())
        return error(Status::BadRequest, tr("\"participant\" must be the id of a participant"));
    const std::string participant = id.toString().toStdString();
    if (!m_store.session().findParticipant(participant))
        return error(Status::NotFound, tr("there is no such participant in this session"));
    DevicePolicy::Claim claim;
    try { // the device is on disk before the phone has its token, so a restarted room knows it
        claim = m_policy.claim(participant, addressOf(request), request.value("User-Agent"));
    } catch (const std::exception &) {
        return error(Status::ServiceUnavailable, tr("the room could not record this device; try again"));
    }
    if (claim.token.isEmpty())
        return error(static_cast<Status>(claim.status), claim.error);
    emit joinedChanged();
    QJsonObject out{{QStringLiteral("token"), claim.token}, {QStringLiteral("participant"), q(participant)}};
    if (claim.status == 202) {
        out[QStringLiteral("waiting")] = true;
        emit deviceWaiting(claim.number);
        return json(out, Status::Accepted);
    }
    return json(out);
}

QHttpServerResponse RoomServer::round(const Device &device) const
{
    const Session &s = m_store.session();
    const Participant *p = s.findParticipant(device.participant);
    QJsonObject out{{QStringLiteral("participant"), q(device.participant)},
                    {QStringLiteral("name"), q(p ? p->name : std::string())},
                    {QStringLiteral("lastSequence"), device.lastSequence}};
    if (device.waiting) {
        out[QStringLiteral("waiting")] = true;
        out[QStringLiteral("round")] = QJsonValue::Null;
        return json(out, Status::Accepted);
    }
    if (m_roundId.isEmpty()) {
        out[QStringLiteral("round")] = QJsonValue::Null;
        return json(out);
    }
    QJsonArray questions;
    for (const RoomQuestion &question : m_questions)
        questions.append(m_policy.questionFor(device, m_store.instrument(), s, question));
    out[QStringLiteral("round")] =
        QJsonObject{{QStringLiteral("id"), m_roundId}, {QStringLiteral("questions"), questions}};
    return json(out);
}

std::optional<QHttpServerResponse> RoomServer::answer(Device &device, const QJsonObject &body,
                                                      QHttpServerResponder &responder)
{
    if (const auto why = m_policy.refuseAnswer(device, body))
        return error(Status::Forbidden, *why);
    if (m_roundId.isEmpty() || body.value(QStringLiteral("round")).toString() != m_roundId)
        return error(Status::Conflict, tr("this round is closed: the answer was not stored"));
    const QJsonValue sequence = body.value(QStringLiteral("sequence"));
    if (!sequence.isDouble() || sequence.toDouble() != static_cast<double>(sequence.toInteger()))
        return error(Status::BadRequest, tr("\"sequence\" must be a whole number, larger for every answer"));
    const std::string question = body.value(QStringLiteral("question")).toString().toStdString();
    const std::string scope = body.value(QStringLiteral("scope")).toString().toStdString();
    const auto asked = std::find_if(m_questions.begin(), m_questions.end(), [&](const RoomQuestion &x) {
        return x.id == question && x.scope == scope;
    });
    if (asked == m_questions.end())
        return error(Status::NotFound, tr("no question of the open round has this id and scope"));
    const std::string questionKey = question + '@' + scope;
    const auto last = device.sequences.find(questionKey);
    if (last != device.sequences.end() && sequence.toInteger() <= last->second)
        return error(Status::Conflict, tr("this answer is older than one already stored: it was not stored"));
    RoomAnswer parsed;
    if (auto why = parseAnswer(m_store.instrument(), m_questions, body, device.participant, parsed))
        return error(Status::UnprocessableEntity, *why);
    // Reserved now, so a replay in the same batch is refused; given back if the commit fails.
    const qint64 previous = last == device.sequences.end() ? -1 : last->second;
    device.sequences[questionKey] = sequence.toInteger();
    queueAnswer(device, std::move(parsed), *asked, sequence.toInteger(), previous, std::move(responder));
    return std::nullopt;
}

QHttpServerResponse RoomServer::answerStored(const RoomAnswer &answer, qint64 sequence)
{
    return json(QJsonObject{{QStringLiteral("saved"), true},
                            {QStringLiteral("question"), q(answer.question)},
                            {QStringLiteral("scope"), q(answer.scope)},
                            {QStringLiteral("sequence"), sequence}});
}

QHttpServerResponse RoomServer::answerNotStored()
{
    return error(Status::ServiceUnavailable,
                 tr("the answer could not be stored on the facilitator's laptop: nothing was stored; try "
                    "again"));
}

void RoomServer::reply(QHttpServerResponder &&responder, QHttpServerResponse &&response)
{
    addSecurityHeaders(response);
    response.write(std::move(responder));
}

} // namespace cxm::room
