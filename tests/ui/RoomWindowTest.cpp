// The live room as the window opens it, over a real socket on loopback: a phone (here
// QNetworkAccessManager) joins and answers; the answer is in the .cxm when the phone hears "saved",
// the projector view shows who answered and never what, Ctrl+Z on the laptop takes the answer back,
// and closing the view stops the server.
#include "UiTestSupport.h"

#include "../room/RoomTestSupport.h"
#include "ControllerRoomStore.h"
#include "QrCodeWidget.h"
#include "RoomDialog.h"
#include "RoomServer.h"
#include "SessionController.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
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

// Someone missing from the laptop is added from the room, and their phone can then pick them.
void addMissingFromRoom(QWidget *dialog, const room::RoomServer &server, const QString &path)
{
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

    addMissingFromRoom(dialog, server, path);

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
    CHECK_FALSE(dialogText(dialog).contains(QStringLiteral("Mature"), Qt::CaseInsensitive));
    // One question of three: "1 of 3 answered", and nobody has answered every question (Dana, added
    // from the room, counts too).
    CHECK(row.contains(QStringLiteral("1 of 3 answered")));
    CHECK(find<QLabel>(dialog, QStringLiteral("roomStatus"))
              ->text()
              .contains(QStringLiteral("0 of 3 have answered every question")));

    // Ctrl+Z on the laptop takes the phone's answer back, on disk too.
    // (The projector view is usually on the other screen; the laptop's window has the keys.)
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window->windowHandle()));
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    INFO(c->undoStack()->undoText().toStdString() << " / " << c->undoStack()->index());
    CHECK(c->session().findRating(pid, item) == nullptr);
    CHECK(onDisk(path).findRating(pid, item) == nullptr);

    // Closing the round reveals the answers together (anonymously here), after the warning that
    // nobody has answered everything.
    PromptRecorder prompts;
    REQUIRE(dialog->closeRound(true));
    CHECK(prompts.questionTexts.size() == 1);
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

namespace {

// A phone in the window tests: joins as a participant over HTTP and answers the open round.
struct Phone
{
    explicit Phone(const room::RoomServer &room)
        : server(room)
    {}
    const room::RoomServer &server;
    QNetworkAccessManager net;
    QByteArray token;
    int sequence = 0;

    http::HttpReply join(const std::string &participant)
    {
        const auto r = http::httpPost(
            net, api(server, QStringLiteral("/join")),
            http::toJson({{QStringLiteral("participant"), QString::fromStdString(participant)}}));
        token = r.json.value(QStringLiteral("token")).toString().toUtf8();
        return r;
    }
    int roundStatus() { return http::httpGet(net, api(server, QStringLiteral("/round")), token).status; }
    // Answers the first `count` questions of the open round with their first choice.
    void answer(int count)
    {
        const auto r = http::httpGet(net, api(server, QStringLiteral("/round")), token);
        REQUIRE(r.status == 200);
        const QJsonObject round = r.json.value(QStringLiteral("round")).toObject();
        const QJsonArray questions = round.value(QStringLiteral("questions")).toArray();
        REQUIRE(questions.size() >= count);
        for (int i = 0; i < count; ++i) {
            const QJsonObject q = questions[i].toObject();
            const auto saved = http::httpPost(
                net, api(server, QStringLiteral("/answer")),
                http::toJson({{QStringLiteral("round"), round.value(QStringLiteral("id"))},
                              {QStringLiteral("sequence"), ++sequence},
                              {QStringLiteral("question"), q.value(QStringLiteral("question"))},
                              {QStringLiteral("scope"), q.value(QStringLiteral("scope"))},
                              {QStringLiteral("value"), q.value(QStringLiteral("choices"))
                                                            .toArray()
                                                            .first()
                                                            .toObject()
                                                            .value(QStringLiteral("value"))}}),
                token);
            REQUIRE(saved.status == 200);
        }
    }
};

void tick(QListWidget *worksheets, const std::vector<std::string> &ids)
{
    for (int i = 0; i < worksheets->count(); ++i) {
        const std::string id = worksheets->item(i)->data(Qt::UserRole).toString().toStdString();
        worksheets->item(i)->setCheckState(
            std::find(ids.begin(), ids.end(), id) != ids.end() ? Qt::Checked : Qt::Unchecked);
    }
}

QString rowOf(QWidget *dialog, const std::string &name)
{
    auto *people = find<QListWidget>(dialog, QStringLiteral("roomParticipants"));
    for (int i = 0; i < people->count(); ++i)
        if (people->item(i)->text().contains(QString::fromStdString(name)))
            return people->item(i)->text();
    return {};
}

void select(QWidget *dialog, const std::string &participant)
{
    auto *people = find<QListWidget>(dialog, QStringLiteral("roomParticipants"));
    for (int i = 0; i < people->count(); ++i)
        if (people->item(i)->data(Qt::UserRole).toString().toStdString() == participant) {
            const QRect cell = people->visualItemRect(people->item(i));
            QTest::mouseClick(people->viewport(), Qt::LeftButton, {}, cell.center());
        }
    REQUIRE(people->currentItem());
    REQUIRE(people->currentItem()->data(Qt::UserRole).toString().toStdString() == participant);
}

RoomDialog *openRoom(MainWindow *window)
{
    window->setStep(MainWindow::FirstCompetencyStep);
    QTest::mouseClick(find<QPushButton>(window, QStringLiteral("roomButton")), Qt::LeftButton);
    auto *dialog = window->findChild<RoomDialog *>(QStringLiteral("roomDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->server());
    return dialog;
}

} // namespace

TEST_CASE("the projector view: a label for every device, 14 of 15 while a round has gaps, and closing "
          "names who and what")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gaps.cxm"));
    auto window = newWorkshop(path);
    SessionController *c = window->controller();
    QPointer<RoomDialog> dialog = openRoom(window.get());
    const room::RoomServer &server = *dialog->server();
    tick(find<QListWidget>(dialog, QStringLiteral("roomWorksheets")), {"c1", "c2", "c3", "c4", "c5"});
    click(dialog, QStringLiteral("roomOpenRound"));
    REQUIRE(server.questions().size() == 15);

    const Participant first = c->session().participants.at(0);
    const Participant second = c->session().participants.at(1);
    Phone one{server};
    Phone two{server};
    REQUIRE(one.join(first.id).status == 200);
    REQUIRE(two.join(second.id).status == 200);
    CHECK(rowOf(dialog, first.name).contains(QStringLiteral("device #1 (")));
    CHECK(rowOf(dialog, first.name).contains(QStringLiteral("127.0.0.1")));
    CHECK(rowOf(dialog, second.name).contains(QStringLiteral("device #2 (")));
    one.answer(14);
    two.answer(15);

    // The one with a gap is "14 of 15", never answered; only the other counts as done.
    CHECK(rowOf(dialog, first.name).contains(QStringLiteral("14 of 15")));
    CHECK_FALSE(rowOf(dialog, first.name).startsWith(QStringLiteral("✓")));
    CHECK(rowOf(dialog, second.name).startsWith(QStringLiteral("✓")));
    CHECK(rowOf(dialog, second.name).contains(QStringLiteral("15 of 15")));
    const QString status = find<QLabel>(dialog, QStringLiteral("roomStatus"))->text();
    CHECK(status.contains(QStringLiteral("1 of 2 have answered every question")));
    CHECK_FALSE(status.contains(QStringLiteral("2 of 2")));

    if (const QString shots = qEnvironmentVariable("CXM_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog->resize(1366, 768);
        QApplication::processEvents();
        CHECK(dialog->grab().save(shots + QStringLiteral("/room-projector-gaps.png")));
    }

    // Closing warns and names who and what; kept open when the facilitator says no.
    const Worksheet &c5 = *c->instrument().findWorksheet("c5");
    prompts.answer = false;
    click(dialog, QStringLiteral("roomCloseRound"));
    REQUIRE(prompts.questionTexts.size() == 1);
    const QString warning = prompts.questionTexts.front();
    CHECK(warning.contains(QString::fromStdString(first.name) + QStringLiteral(": 14 of 15 answered")));
    CHECK(warning.contains(QString::fromStdString(c5.items.back().title)));
    CHECK_FALSE(warning.contains(QString::fromStdString(second.name)));
    CHECK(server.roundOpen());
    CHECK(c->votesHidden());
    prompts.answer = true;
    click(dialog, QStringLiteral("roomCloseRound"));
    CHECK_FALSE(server.roundOpen());
    CHECK(c->votesRevealed());
}

TEST_CASE("the projector view takes a device out, lets another in, asks before a phone joins, and limits "
          "claims per address")
{
    ensureApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("devices.cxm"));
    auto window = newWorkshop(path);
    SessionController *c = window->controller();
    REQUIRE(c->addParticipant("Chiara", {}));
    QPointer<RoomDialog> dialog = openRoom(window.get());
    const room::RoomServer &server = *dialog->server();
    const std::string p1 = c->session().participants.at(0).id;
    const std::string p2 = c->session().participants.at(1).id;
    const std::string p3 = c->session().participants.at(2).id;

    // Two participants from this address; the third is refused until the facilitator allows more.
    Phone one{server};
    Phone two{server};
    Phone three{server};
    REQUIRE(one.join(p1).status == 200);
    REQUIRE(two.join(p2).status == 200);
    const auto refused = three.join(p3);
    CHECK(refused.status == 403);
    CHECK(refused.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("network address")));
    auto *perAddress = find<QSpinBox>(dialog, QStringLiteral("roomPerAddress"));
    CHECK(perAddress->value() == 2);
    perAddress->setFocus();
    perAddress->selectAll();
    QTest::keyClicks(perAddress, QStringLiteral("3"));
    CHECK(perAddress->value() == 3);
    CHECK(three.join(p3).status == 200);

    // Take device out: its token stops working, and the participant can join again.
    select(dialog, p2);
    click(dialog, QStringLiteral("roomRevoke"));
    CHECK(two.roundStatus() == 401);
    CHECK(rowOf(dialog, c->session().participants.at(1).name).contains(QStringLiteral("not joined yet")));

    // Ask me first: the next phone waits, shown on the projector, until Let in.
    click(dialog, QStringLiteral("roomAskFirst"));
    Phone again{server};
    CHECK(again.join(p2).status == 202);
    CHECK(again.roundStatus() == 202);
    CHECK(rowOf(dialog, c->session().participants.at(1).name).contains(QStringLiteral("asks to join")));
    CHECK(
        find<QLabel>(dialog, QStringLiteral("roomStatus"))->text().contains(QStringLiteral("1 phone wait")));
    select(dialog, p2);
    REQUIRE(find<QPushButton>(dialog, QStringLiteral("roomLetIn"))->isEnabled());
    click(dialog, QStringLiteral("roomLetIn"));
    CHECK(again.roundStatus() == 200);
    CHECK(rowOf(dialog, c->session().participants.at(1).name).contains(QStringLiteral("on device #4")));

    // Allow a new device: the next phone for p1 takes over (it too waits for Let in), the old one is out.
    select(dialog, p1);
    click(dialog, QStringLiteral("roomAllowDevice"));
    Phone replacement{server};
    CHECK(replacement.join(p1).status == 202);
    CHECK(one.roundStatus() == 401);
    select(dialog, p1);
    click(dialog, QStringLiteral("roomLetIn"));
    CHECK(replacement.roundStatus() == 200);
}

TEST_CASE("the anonymous reveal of a room round uses the worksheet's own levels")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("levels.cxm"));
    auto window = newWorkshop(path);
    SessionController *c = window->controller();
    REQUIRE(c->addStages({{"Research", {}, {}}, {"Decision", {}, {}}}));
    const Worksheet *reliability = nullptr;
    for (const Worksheet &w : c->instrument().worksheets)
        if (w.kind == WorksheetKind::Scale && w.scope == WorksheetScope::Stage && !w.levels.empty())
            reliability = &w;
    REQUIRE(reliability);
    QPointer<RoomDialog> dialog = openRoom(window.get());
    tick(find<QListWidget>(dialog, QStringLiteral("roomWorksheets")), {reliability->id});
    click(dialog, QStringLiteral("roomOpenRound"));
    Phone one{*dialog->server()};
    REQUIRE(one.join(c->session().participants.at(0).id).status == 200);
    one.answer(static_cast<int>(dialog->server()->questions().size()));
    find<QComboBox>(dialog, QStringLiteral("roomRevealMode"))->setCurrentIndex(1);
    click(dialog, QStringLiteral("roomCloseRound"));
    REQUIRE(c->votesRevealedAnonymously());

    window->setStep(window->stepOf(reliability->id));
    QApplication::processEvents();
    const std::string item = reliability->items.front().id;
    for (const Level &level : reliability->levels) {
        INFO(level.id);
        auto *name = find<QLabel>(window.get(),
                                  QStringLiteral("anonymousLevel_%1_%2")
                                      .arg(QString::fromStdString(item), QString::fromStdString(level.id)));
        CHECK(name->text().toStdString() == level.label);
    }
    for (auto *label : window->stepPage(window->stepOf(reliability->id))->findChildren<QLabel *>())
        if (label->objectName().startsWith(QStringLiteral("anonymousLevel_")))
            CHECK_FALSE(label->text().contains(QStringLiteral("Mature")));
}

TEST_CASE("the window stores answers that arrive together in one commit, each its own undo step, and "
          "the room reopens with the same code, port and devices")
{
    ensureApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("batch.cxm"));
    auto window = newWorkshop(path);
    SessionController *c = window->controller();
    const Worksheet *w = c->instrument().findWorksheet(window->answerStep(MainWindow::FirstCompetencyStep));
    REQUIRE(w);
    const std::vector<Participant> ps = c->session().participants;
    REQUIRE(ps.size() >= 2);
    const std::string first = w->items[0].id, second = w->items[1].id;
    REQUIRE(c->setRating(ps[0].id, first, Rating::Early, "a note to keep"));
    const Session before = onDisk(path);
    const int steps = c->undoStack()->count();

    ControllerRoomStore store(*c);
    const std::vector<room::RoomAnswer> answers = {
        {ps[0].id, w, first, "", false, Rating::Mature, {}, {}, {}, {}, {}},
        {ps[1].id, w, first, "", false, Rating::Advanced, {}, {}, {}, {}, {}},
        {ps[1].id, w, second, "", false, Rating::Early, {}, {}, {}, {}, {}}};
    int inside = 0;
    store.storeAll(answers, [&] { ++inside; });
    CHECK(inside == 1);
    CHECK(c->undoStack()->count() == steps + 3);
    const Session after = onDisk(path);
    CHECK(c->stored() == after); // patched in memory exactly as the file holds it
    CHECK(after.findRating(ps[0].id, first)->rating == Rating::Mature);
    CHECK(after.findRating(ps[0].id, first)->note == "a note to keep");
    CHECK(after.findRating(ps[1].id, second)->rating == Rating::Early);
    CHECK(c->session().findRating(ps[1].id, second)); // votes open: the window shows it
    for (int i = 0; i < 3; ++i)
        c->undoStack()->undo();
    CHECK(onDisk(path) == before);
    CHECK(c->stored() == before);

    // Resume: a second room on the same file and address is the same room to the phones.
    QNetworkAccessManager net;
    QString code;
    quint16 port = 0;
    QByteArray token;
    {
        room::RoomServer server(store, room::RoomServer::Options{});
        REQUIRE(server.listen(nullptr));
        code = server.code();
        port = server.port();
        const auto joined =
            http::httpPost(net, api(server, QStringLiteral("/join")),
                           http::toJson({{QStringLiteral("participant"), QString::fromStdString(ps[1].id)}}));
        REQUIRE(joined.status == 200);
        token = joined.json.value(QStringLiteral("token")).toString().toUtf8();
    }
    room::RoomServer again(store, room::RoomServer::Options{});
    REQUIRE(again.listen(nullptr));
    CHECK(again.code() == code);
    CHECK(again.port() == port);
    CHECK(http::httpGet(net, api(again, QStringLiteral("/round")), token).status == 200);
    CHECK(again.joined() == std::set<std::string>{ps[1].id});
}
