// What is typed is kept whole or refused visibly (issue 21 §3): the Setup date, the name of the Power
// Core's "Other" for someone not ranked yet, a priority touchpoint cleared, the voting kiosk's PIN
// (Return, the growing wait after wrong tries, the people skipped), a 3–3 readiness split on the plan,
// and "Listen on" in German.
#include "DemoSession.h"
#include "Language.h"
#include "PinGuard.h"
#include "PrivateVotingDialog.h"
#include "SessionController.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QPointer>
#include <QPushButton>
#include <QUndoStack>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;

namespace {

QString labelText(QWidget *root, const QString &name)
{
    return find<QLabel>(root, name)->text();
}

// Types into the field that has the keys, the way a person does: no setText, no selectAll.
void typeHere(const QString &text)
{
    REQUIRE(QApplication::focusWidget() != nullptr);
    QTest::keyClicks(QApplication::focusWidget(), text);
}

// Pins the PIN's clock for a test, and puts the real one back.
struct FakeClock
{
    std::chrono::milliseconds now{1'000'000};
    decltype(PinGuard::clock) saved = PinGuard::clock;
    FakeClock()
    {
        PinGuard::clock = [this] { return now; };
    }
    ~FakeClock() { PinGuard::clock = saved; }
};

} // namespace

TEST_CASE("the Setup date: Tab lands on the whole date, and a typed date is taken whole or refused")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cxm"));
    auto window = newWorkshop(path);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    SessionInfo info = window->controller()->session().info;
    info.date = "2025-03-14";
    REQUIRE(window->controller()->setInfo(info));
    auto *title = find<QLineEdit>(window.get(), QStringLiteral("sessionTitle"));
    title->setFocus(Qt::TabFocusReason);
    QTest::keyClick(title, Qt::Key_Tab);
    auto *date = find<QLineEdit>(window.get(), QStringLiteral("sessionDate"));
    REQUIRE(QApplication::focusWidget() == date);
    CHECK(date->selectedText() == date->text()); // the whole date, not its year

    // Half a date typed over it: refused, the stored date stays, and a line says why.
    typeHere(QStringLiteral("2024"));
    QTest::keyClick(date, Qt::Key_Tab);
    CHECK(window->controller()->session().info.date == "2025-03-14");
    auto *error = find<QLabel>(window.get(), QStringLiteral("sessionDateError"));
    CHECK(error->isVisible());
    CHECK(error->text().startsWith(
        QStringLiteral("\"2024\" is not a whole date, so the date stays 2025-03-14.")));
    CHECK(date->text() == QStringLiteral("2025-03-14"));

    // A whole date is taken as typed.
    date->setFocus(Qt::TabFocusReason);
    typeHere(QStringLiteral("2025-02-30")); // no such day
    QTest::keyClick(date, Qt::Key_Return);
    CHECK(window->controller()->session().info.date == "2025-03-14");
    CHECK(error->isVisible());
    date->setFocus(Qt::TabFocusReason);
    typeHere(QStringLiteral("2025-02-28"));
    QTest::keyClick(date, Qt::Key_Return);
    CHECK(window->controller()->session().info.date == "2025-02-28");
    CHECK_FALSE(error->isVisible());
}

TEST_CASE("an Other typed for someone not ranked yet is kept and said so, then stored with the ranking")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cxm"));
    auto window = newWorkshop(path);
    window->setStep(stepOf(kPowerCoreStep));
    typeInto(window.get(), QStringLiteral("powerCoreOther"), QStringLiteral("Finance"));
    CHECK(onDisk(path).rankings.empty());
    CHECK(labelText(window.get(), QStringLiteral("powerCoreStatus")).contains(QStringLiteral("Finance")));
    // Looking at someone else and back, or any other change, does not drop it.
    auto *who = find<QComboBox>(window.get(), QStringLiteral("powerCoreParticipant"));
    who->setFocus(Qt::MouseFocusReason); // as a click on it takes the focus from the field
    who->setCurrentIndex(1);
    CHECK(find<QLineEdit>(window.get(), QStringLiteral("powerCoreOther"))->text().isEmpty());
    window->controller()->setAbsent(window->controller()->session().participants[1].id, kReadinessStep, true);
    who->setCurrentIndex(0);
    CHECK(find<QLineEdit>(window.get(), QStringLiteral("powerCoreOther"))->text() ==
          QStringLiteral("Finance"));
    click(window.get(), QStringLiteral("powerCoreConfirm"));
    const std::string p1 = onDisk(path).participants[0].id;
    REQUIRE(onDisk(path).findRanking("power_core", p1));
    CHECK(onDisk(path).findRanking("power_core", p1)->otherLabel == "Finance");
}

TEST_CASE("clearing a priority touchpoint unlinks its projects; undo links them again")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cxm"));
    auto window = newWorkshop(path);
    SessionController *c = window->controller();
    REQUIRE(c->addStages({{"Research", {}, {}}}));
    const Worksheet *reconcile = nullptr;
    for (const Worksheet &w : Instrument::builtin().worksheets)
        if (w.kind == WorksheetKind::Reconcile)
            reconcile = &w;
    REQUIRE(reconcile);
    const std::string priority = reconcile->itemsOf("priorities").front()->id;
    const std::string project = reconcile->itemsOf("projects").front()->id;
    window->setStep(stepOf(reconcile->id));
    typeInto(window.get(), QStringLiteral("name_") + QString::fromStdString(priority),
             QStringLiteral("Billing"));
    typeInto(window.get(), QStringLiteral("name_") + QString::fromStdString(project),
             QStringLiteral("Portal"));
    auto *serves = find<QComboBox>(window.get(), QStringLiteral("serves_") + QString::fromStdString(project));
    REQUIRE(serves->count() == 2);
    serves->setCurrentIndex(1);
    emit serves->activated(1);
    REQUIRE(onDisk(path).findReconciliation(project, "s1")->serves == priority);

    // Cleared, the priority serves nothing: typing a new one there links nobody to it.
    auto *priorityName =
        find<QLineEdit>(window.get(), QStringLiteral("name_") + QString::fromStdString(priority));
    priorityName->setFocus();
    priorityName->selectAll();
    QTest::keyClick(priorityName, Qt::Key_Delete);
    QTest::keyClick(priorityName, Qt::Key_Return);
    CHECK(onDisk(path).itemName(priority, "s1").empty());
    CHECK(onDisk(path).findReconciliation(project, "s1") == nullptr);
    typeInto(window.get(), QStringLiteral("name_") + QString::fromStdString(priority),
             QStringLiteral("Moving"));
    CHECK(onDisk(path).findReconciliation(project, "s1") == nullptr);
    CHECK(serves->currentIndex() == 0);
    CHECK(find<QLabel>(window.get(), QStringLiteral("flag_") + QString::fromStdString(project))
              ->text()
              .contains(QStringLiteral("Stop candidate")));
    // Undo the new name and the clearing: the link is back, to the priority it had.
    c->undoStack()->undo();
    c->undoStack()->undo();
    CHECK(onDisk(path).itemName(priority, "s1") == "Billing");
    REQUIRE(onDisk(path).findReconciliation(project, "s1"));
    CHECK(onDisk(path).findReconciliation(project, "s1")->serves == priority);
}

TEST_CASE("a readiness question split 3–3 is to discuss on the plan, as the mandate counts it a gap")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("split.cxm"));
    const Instrument &ins = Instrument::builtin();
    Session s;
    s.info.organization = "Acme";
    for (int p = 0; p < 6; ++p)
        s.participants.push_back({"p" + std::to_string(p + 1), "Person " + std::to_string(p + 1), {}});
    const std::string q = ins.readinessQuestions()[2].id;
    for (int p = 0; p < 6; ++p)
        s.checklist.push_back(
            {s.participants[static_cast<std::size_t>(p)].id, q, p < 3 ? Answer::Yes : Answer::No, {}});
    SessionFile::write(path.toStdString(), ins, s, false);
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    CHECK(window.controller()->score().readiness.answerFor(q) == TeamAnswer::Split);
    CHECK(window.controller()->score().readiness.gaps() == 1);
    window.setStep(MainWindow::planStep(ins));
    auto *flag = find<QLabel>(&window, QStringLiteral("discuss_") + QString::fromStdString(q));
    CHECK(flag->text().contains(QStringLiteral("3 Yes and 3 No")));
    CHECK(window.findChild<QWidget *>(QStringLiteral("suggestion_readiness:") + QString::fromStdString(q)) ==
          nullptr);
}

TEST_CASE("the voting kiosk: Return keeps the first hand-over, wrong PINs wait longer, the skipped are named")
{
    ensureApp();
    PromptRecorder prompts;
    FakeClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.cxm"));
    const Session s = makeDemoSession(Instrument::builtin());
    SessionFile::write(path.toStdString(), Instrument::builtin(), s, true);
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    window.setStep(MainWindow::FirstCompetencyStep);
    window.openPrivateVoting();
    QPointer<PrivateVotingDialog> dialog = window.findChild<PrivateVotingDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    using Screen = PrivateVotingDialog::Screen;

    // The facilitator types the PIN twice, each time with Return.
    auto *pin = find<QLineEdit>(dialog, QStringLiteral("votingPinNew"));
    pin->setFocus();
    QTest::keyClicks(pin, QStringLiteral("2468"));
    QTest::keyClick(pin, Qt::Key_Return);
    CHECK(dialog->currentScreen() == Screen::SetPin); // on to the second field, no "PINs differ"
    CHECK_FALSE(find<QLabel>(dialog, QStringLiteral("votingPinError"))->isVisible());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2468"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // The first person's hand-over screen, not their questions: the laptop has not gone round yet.
    REQUIRE(dialog->currentScreen() == Screen::HandOver);
    CHECK(dialog->currentParticipant() == 0);

    // The first person votes; the second, who answered before, is skipped; the rest hand on.
    find<QPushButton>(dialog, QStringLiteral("votingStart"))->click();
    find<QPushButton>(dialog, QStringLiteral("votingNext"))->click();
    REQUIRE(dialog->currentParticipant() == 1);
    find<QPushButton>(dialog, QStringLiteral("votingSkip"))->click();
    while (dialog->currentScreen() == Screen::HandOver) {
        find<QPushButton>(dialog, QStringLiteral("votingStart"))->click();
        find<QPushButton>(dialog, QStringLiteral("votingNext"))->click();
    }
    REQUIRE(dialog->currentScreen() == Screen::Finished);
    const QString skipped = QString::fromStdString(s.participants[1].name);
    const QString summary = labelText(dialog, QStringLiteral("votingSummary"));
    CHECK(
        summary.contains(skipped + QStringLiteral(": skipped; 27 of 27 answers are from before this round")));
    CHECK_FALSE(summary.startsWith(QStringLiteral("Everyone has voted")));

    // Wrong PINs: the first may be a typo, then each wait is longer, and a try during one is refused.
    auto *end = find<QLineEdit>(dialog, QStringLiteral("votingEndPin"));
    auto *error = find<QLabel>(dialog, QStringLiteral("votingEndError"));
    const auto tryPin = [&](const QString &typed) {
        end->setFocus();
        QTest::keyClicks(end, typed);
        QTest::keyClick(end, Qt::Key_Return);
        return error->text();
    };
    CHECK(tryPin(QStringLiteral("1111")) == QStringLiteral("That is not the PIN. Ask the facilitator."));
    CHECK(tryPin(QStringLiteral("1112")).endsWith(QStringLiteral("Next try in 1 s.")));
    clock.now += std::chrono::milliseconds(1500);
    CHECK(tryPin(QStringLiteral("1113")).endsWith(QStringLiteral("Next try in 2 s.")));
    clock.now += std::chrono::milliseconds(1000);
    CHECK(tryPin(QStringLiteral("2468")).startsWith(QStringLiteral("Wait 1 s before the next try")));
    CHECK(dialog->isVisible()); // the right PIN during a wait is not taken either
    clock.now += std::chrono::milliseconds(1000);
    CHECK(tryPin(QStringLiteral("1114")).endsWith(QStringLiteral("Next try in 4 s.")));
    clock.now += std::chrono::seconds(4);
    tryPin(QStringLiteral("2468"));
    CHECK((dialog.isNull() || !dialog->isVisible()));
}

TEST_CASE("the live room's \"Listen on\" reads as German, not as eavesdropping")
{
    ensureApp();
    struct Restore
    {
        ~Restore() { report::Language::use(QLocale::system()); }
    } restore;
    report::Language::use(QLocale(QLocale::German, QLocale::Germany));
    const QString listen = QCoreApplication::translate("cxm::ui::RoomDialog", "Listen &on:");
    CHECK(listen == QStringLiteral("Erreichbar &unter:"));
    CHECK_FALSE(listen.contains(QStringLiteral("Lauschen")));
}
