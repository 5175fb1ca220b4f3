// The live room as the window opens it, over a real socket on loopback: a phone (here
// QNetworkAccessManager) joins and answers; the answer is in the .cxm when the phone hears "saved",
// the projector view shows who answered and never what, Ctrl+Z on the laptop takes the answer back,
// and closing the view stops the server.
#include "UiTestSupport.h"

#include "../room/RoomTestSupport.h"
#include "QrCodeWidget.h"
#include "RoomDialog.h"
#include "RoomServer.h"
#include "SessionController.h"

#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;
namespace http = cxm::test;

namespace {

QUrl api(const room::RoomServer &server, const QString &what)
{
    QUrl url = server.joinUrl();
    url.setPath(QStringLiteral("/api/rooms/%1%2").arg(server.code(), what));
    return url;
}

QString dialogText(QWidget *dialog)
{
    QStringList all;
    for (auto *label : dialog->findChildren<QLabel *>())
        all << label->text();
    for (auto *list : dialog->findChildren<QListWidget *>())
        for (int i = 0; i < list->count(); ++i)
            all << list->item(i)->text();
    return all.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("the window's room: a phone's answer is stored, shown as answered, and undone by Ctrl+Z")
{
    ensureApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("room.cxm"));
    auto window = newWorkshop(path);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    SessionController *c = window->controller();
    const std::string worksheet = window->answerStep(MainWindow::FirstCompetencyStep);
    window->setStep(MainWindow::FirstCompetencyStep);

    // The step's button opens the room with the step's worksheet ticked for the round.
    auto *button = find<QPushButton>(window.get(), QStringLiteral("roomButton"));
    REQUIRE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<RoomDialog> dialog = window->findChild<RoomDialog *>(QStringLiteral("roomDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->server());
    const room::RoomServer &server = *dialog->server();
    CHECK(server.joinUrl().host() == QStringLiteral("127.0.0.1"));
    CHECK(find<QrCodeWidget>(dialog, QStringLiteral("roomQr"))->text() == server.joinUrl().toString());
    CHECK(find<QrCodeWidget>(dialog, QStringLiteral("roomQr"))->modules() >= 21);
    CHECK(find<QLabel>(dialog, QStringLiteral("roomCode"))->text().contains(server.code()));

    click(dialog, QStringLiteral("roomOpenRound"));
    REQUIRE(server.roundOpen());
    CHECK(c->votesHidden());

    // Someone missing from the laptop is added from the room, and their phone can then pick them.
    QNetworkAccessManager missingNet;
    typeInto(dialog, QStringLiteral("roomAddName"), QStringLiteral("Dana <b>Late</b>"));
    REQUIRE(onDisk(path).participants.size() == 3);
    CHECK(onDisk(path).participants.back().name == "Dana <b>Late</b>");
    CHECK(find<QLineEdit>(dialog, QStringLiteral("roomAddName"))->text().isEmpty());
    const auto names = http::httpGet(missingNet, api(server, QString()));
    REQUIRE(names.status == 200);
    bool listed = false; // the name as data, for the phone page to show as text
    for (const QJsonValue &p : names.json.value(QStringLiteral("participants")).toArray())
        listed = listed ||
                 p.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Dana <b>Late</b>");
    CHECK(listed);
    const auto lateJoin =
        http::httpPost(missingNet, api(server, QStringLiteral("/join")),
                       http::toJson({{QStringLiteral("participant"),
                                      QString::fromStdString(onDisk(path).participants.back().id)}}));
    CHECK(lateJoin.status == 200);

    QNetworkAccessManager net;
    const std::string pid = c->session().participants.front().id;
    const std::string name = c->session().participants.front().name;
    const auto joined =
        http::httpPost(net, api(server, QStringLiteral("/join")),
                       http::toJson({{QStringLiteral("participant"), QString::fromStdString(pid)}}));
    REQUIRE(joined.status == 200);
    const QByteArray token = joined.json.value(QStringLiteral("token")).toString().toUtf8();
    CHECK(dialogText(dialog).contains(QStringLiteral("joined")));

    const auto round = http::httpGet(net, api(server, QStringLiteral("/round")), token);
    REQUIRE(round.status == 200);
    const QJsonObject roundObject = round.json.value(QStringLiteral("round")).toObject();
    const QJsonObject question = roundObject.value(QStringLiteral("questions")).toArray().first().toObject();
    CHECK(question.value(QStringLiteral("worksheet")).toString().toStdString() == worksheet);
    const std::string item = question.value(QStringLiteral("question")).toString().toStdString();
    const auto answer =
        http::httpPost(net, api(server, QStringLiteral("/answer")),
                       http::toJson({{QStringLiteral("round"), roundObject.value(QStringLiteral("id"))},
                                     {QStringLiteral("sequence"), 1},
                                     {QStringLiteral("question"), question.value(QStringLiteral("question"))},
                                     {QStringLiteral("scope"), question.value(QStringLiteral("scope"))},
                                     {QStringLiteral("value"), QStringLiteral("mature")}}),
                       token);
    REQUIRE(answer.status == 200);

    // Durable before the phone heard "saved": the file has it.
    const Session afterAnswer = onDisk(path);
    const RatingEntry *stored = afterAnswer.findRating(pid, item);
    REQUIRE(stored);
    CHECK(stored->rating == Rating::Mature);

    // Who, never what.
    auto *people = find<QListWidget>(dialog, QStringLiteral("roomParticipants"));
    const QString row = people->item(0)->text();
    CHECK(row.contains(QString::fromStdString(name)));
    CHECK(row.contains(QStringLiteral("answered")));
    CHECK_FALSE(dialogText(dialog).contains(QStringLiteral("Mature"), Qt::CaseInsensitive));
    CHECK(find<QLabel>(dialog, QStringLiteral("roomStatus"))
              ->text()
              .contains(QStringLiteral("1 of 3"))); // Dana, added from the room, counts too

    // Ctrl+Z on the laptop takes the phone's answer back, on disk too.
    // (The projector view is usually on the other screen; the laptop's window has the keys.)
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window->windowHandle()));
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    INFO(c->undoStack()->undoText().toStdString() << " / " << c->undoStack()->index());
    CHECK(c->session().findRating(pid, item) == nullptr);
    CHECK(onDisk(path).findRating(pid, item) == nullptr);

    // Closing the round reveals the answers together (anonymously here).
    dialog->closeRound(true);
    CHECK_FALSE(server.roundOpen());
    CHECK(c->votesRevealedAnonymously());

    // Closing the view stops the server: the address no longer answers.
    const QUrl url = server.joinUrl();
    dialog->close();
    QApplication::processEvents();
    CHECK_FALSE(dialog);
    const auto after = http::httpGet(net, url);
    CHECK(after.status == 0);
    CHECK(after.error == QNetworkReply::ConnectionRefusedError);
}

TEST_CASE("the room's addresses: loopback first, then this machine's networks")
{
    ensureApp();
    const auto all = RoomDialog::addresses();
    REQUIRE_FALSE(all.empty());
    CHECK(all.front().isLoopback());
    for (std::size_t i = 1; i < all.size(); ++i)
        CHECK_FALSE(all[i].isLoopback());
}
