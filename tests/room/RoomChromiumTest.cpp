// A real headless Chromium joins a room on loopback, picks a name, answers the round, and the .cxm
// holds the answers. Chromium is driven over the DevTools protocol (a WebSocket, QtWebSockets).
// A participant's name that looks like HTML must come out as text.
#include "RoomServer.h"
#include "RoomStore.h"

#include "../core/TempDir.h"
#include "RoomTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QWebSocket>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::test;

namespace {

class DevTools
{
public:
    explicit DevTools(const QUrl &url)
    {
        m_socket.open(url);
        (void)QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 60'000);
        REQUIRE(m_socket.state() == QAbstractSocket::ConnectedState);
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &message) {
            const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
            if (o.contains(QStringLiteral("id")))
                m_replies[o.value(QStringLiteral("id")).toInt()] = o;
        });
    }
    // Sends a DevTools command and returns its result.
    QJsonObject call(const QString &method, const QJsonObject &params)
    {
        const int id = ++m_next;
        m_socket.sendTextMessage(QString::fromUtf8(toJson({{QStringLiteral("id"), id},
                                                           {QStringLiteral("method"), method},
                                                           {QStringLiteral("params"), params}})));
        (void)QTest::qWaitFor([&] { return m_replies.count(id) > 0; }, 60'000);
        REQUIRE(m_replies.count(id) > 0);
        return m_replies[id].value(QStringLiteral("result")).toObject();
    }
    // Evaluates an expression in the page and returns its value.
    QJsonValue evaluate(const QString &expression)
    {
        return call(QStringLiteral("Runtime.evaluate"),
                    {{QStringLiteral("expression"), expression}, {QStringLiteral("returnByValue"), true}})
            .value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("value"));
    }
    // With CXM_SCREENSHOT_DIR set (scripts/screenshots), saves what a 390x844 phone shows as NAME.png.
    void screenshot(const char *name)
    {
        const QByteArray dir = qgetenv("CXM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        call(QStringLiteral("Emulation.setDeviceMetricsOverride"), {{QStringLiteral("width"), 390},
                                                                    {QStringLiteral("height"), 844},
                                                                    {QStringLiteral("deviceScaleFactor"), 1},
                                                                    {QStringLiteral("mobile"), true}});
        const QJsonObject shot = call(QStringLiteral("Page.captureScreenshot"),
                                      {{QStringLiteral("format"), QStringLiteral("png")}});
        QFile out(QString::fromUtf8(dir) + QStringLiteral("/") + QString::fromUtf8(name) +
                  QStringLiteral(".png"));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromBase64(shot.value(QStringLiteral("data")).toString().toLatin1()));
    }
    // Waits (bounded) until the expression is true in the page.
    bool waitFor(const QString &expression)
    {
        for (int i = 0; i < 300; ++i) {
            if (evaluate(expression).toBool())
                return true;
            QTest::qWait(100);
        }
        return false;
    }

private:
    QWebSocket m_socket;
    int m_next = 0;
    std::map<int, QJsonObject> m_replies;
};

} // namespace

TEST_CASE("a headless Chromium joins the room, answers the round, and the file holds the answers")
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    // Never skipped: scripts/setup installs Chromium, and a room untested in a real browser is not done.
    INFO("chromium is not installed: run scripts/setup");
    REQUIRE_FALSE(chromium.isEmpty());
    application();
    TempDir dir;
    {
        SessionInfo info;
        info.title = "Room <b>test</b>";
        auto file = SessionFile::create(dir / "s.cxm", Instrument::builtin(), info);
        file->addParticipant("Ana", "");
        file->addParticipant("<img src=x onerror=alert(1)>", "");
    }
    room::SessionFileStore store(SessionFile::open(dir / "s.cxm"), Instrument::builtin());
    room::RoomServer server(store, {});
    QString why;
    REQUIRE(server.listen(&why));
    REQUIRE(server.openRound({"c1", "readiness"}, &why));

    QProcess browser;
    browser.setProcessChannelMode(QProcess::SeparateChannels);
    browser.start(chromium,
                  {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                   QStringLiteral("--disable-gpu"), QStringLiteral("--disable-dev-shm-usage"),
                   QStringLiteral("--no-first-run"),
                   QStringLiteral("--remote-debugging-port=0"),
                   QStringLiteral("--user-data-dir=") + QString::fromStdString((dir / "profile").string()),
                   QStringLiteral("--window-size=390,844"), server.joinUrl().toString()});
    REQUIRE(browser.waitForStarted(30'000));
    // Chromium says where its DevTools listen: "DevTools listening on
    // ws://127.0.0.1:PORT/devtools/browser/…".
    QString log;
    const QRegularExpression listening(QStringLiteral("DevTools listening on (ws://[^\\s]+)"));
    (void)QTest::qWaitFor(
        [&] {
            log += QString::fromUtf8(browser.readAllStandardError());
            return listening.match(log).hasMatch() || browser.state() == QProcess::NotRunning;
        },
        60'000);
    const QRegularExpressionMatch m = listening.match(log);
    INFO(log.toStdString());
    REQUIRE(m.hasMatch());
    QUrl list(m.captured(1));
    list.setScheme(QStringLiteral("http"));
    list.setPath(QStringLiteral("/json/list"));
    QNetworkAccessManager net;
    QUrl page;
    for (int i = 0; i < 100 && page.isEmpty(); ++i) {
        const HttpReply targets = httpGet(net, list);
        for (const QJsonValue &t : QJsonDocument::fromJson(targets.body).array())
            if (t.toObject().value(QStringLiteral("type")).toString() == QStringLiteral("page"))
                page = QUrl(t.toObject().value(QStringLiteral("webSocketDebuggerUrl")).toString());
        if (page.isEmpty())
            QTest::qWait(100);
    }
    REQUIRE(!page.isEmpty());
    {
        DevTools tab(page);
        REQUIRE(tab.waitFor(QStringLiteral("document.querySelectorAll('button.participant').length === 2")));
        // The name that looks like HTML is shown as text; no element was made from it.
        CHECK(tab.evaluate(QStringLiteral("[...document.querySelectorAll('button.participant')].some(b => "
                                          "b.textContent === '<img src=x onerror=alert(1)>')"))
                  .toBool());
        CHECK(tab.evaluate(QStringLiteral("document.querySelectorAll('img').length")).toInt() == 0);
        CHECK(tab.evaluate(QStringLiteral("document.getElementById('title').textContent")).toString() ==
              QStringLiteral("Room <b>test</b>"));

        tab.screenshot("room-phone-join");
        tab.evaluate(
            QStringLiteral("document.querySelector('button.participant[data-participant=\"p1\"]').click()"));
        REQUIRE(tab.waitFor(QStringLiteral("document.querySelectorAll('section.question').length === 14")));
        // Mature for the competency's three items, yes to every readiness question.
        tab.evaluate(QStringLiteral("for (const s of document.querySelectorAll('section.question')) {"
                                    "  const b = s.querySelector('button[data-value=\"mature\"]') || "
                                    "s.querySelector('button[data-value=\"yes\"]');"
                                    "  b.click(); }"));
        REQUIRE(tab.waitFor(QStringLiteral("[...document.querySelectorAll('section.question "
                                           ".saved')].every(p => p.textContent === 'Saved')")));
        CHECK(
            tab.evaluate(QStringLiteral("document.querySelectorAll('button[aria-pressed=\"true\"]').length"))
                .toInt() == 14);
        tab.evaluate(QStringLiteral("window.scrollTo(0, 0)"));
        tab.screenshot("room-phone-round");
    }
    browser.kill();
    browser.waitForFinished(30'000);

    const Session disk = SessionFile::open(dir / "s.cxm", SessionFile::Access::ReadOnly)->load();
    for (const Item &item : Instrument::builtin().findWorksheet("c1")->items) {
        REQUIRE(disk.findRating("p1", item.id));
        CHECK(disk.findRating("p1", item.id)->rating == Rating::Mature);
    }
    for (const Item &q : Instrument::builtin().readiness().items) {
        REQUIRE(disk.findChecklist("p1", q.id));
        CHECK(disk.findChecklist("p1", q.id)->answer == Answer::Yes);
    }
    CHECK(!disk.findRating("p2", "c1.culture"));
}
