// Trust in the room (issue 8): the keys a facilitator types can never set a team answer, a step is
// complete only when everyone present has answered, and the Power Core counts only real rankings.
#include "Progress.h"
#include "SessionController.h"
#include "TeamRankingModel.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QDialog>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;

namespace {

std::string participant(const QString &path, int index)
{
    return onDisk(path).participants.at(static_cast<std::size_t>(index)).id;
}

QString stepText(MainWindow *window, int step)
{
    return find<QListWidget>(window, QStringLiteral("steps"))->item(step)->text();
}

// Ticks a participant in the step's "Absent…" menu, the way a click on the entry does.
void markAbsent(QWidget *page, const std::string &pid)
{
    auto *button = find<QToolButton>(page, QStringLiteral("absentMenu"));
    REQUIRE(button->isVisible());
    emit button->menu()->aboutToShow();
    auto *entry =
        button->menu()->findChild<QAction *>(QStringLiteral("absent_") + QString::fromStdString(pid));
    REQUIRE(entry);
    entry->trigger();
}

} // namespace

TEST_CASE("typing E, A, M down the participants never reaches the consensus box")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cxm"));
    auto window = newWorkshop(path);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    const std::string p1 = participant(path, 0);
    const std::string p2 = participant(path, 1);
    const auto &items = Instrument::builtin().competencies()[0].items;

    click(window.get(), QStringLiteral("nextButton"));
    REQUIRE(window->currentStep() == MainWindow::FirstCompetencyStep);
    // After Next the keys are on the first unanswered row: the first item's first participant.
    CHECK(keysAt() == rowName(items[0].id, p1));

    // Six letters: two participants for each of the three items, typed as a column.
    for (const char key : {'M', 'E', 'A', 'A', 'E', 'M'})
        QTest::keyClick(QApplication::focusWidget(), key);
    CHECK(keysAt() == rowName(items[2].id, p2)); // the last row keeps the keys: nothing after it
    const Session s = onDisk(path);
    CHECK(s.findRating(p1, items[0].id)->rating == Rating::Mature);
    CHECK(s.findRating(p2, items[0].id)->rating == Rating::Early);
    CHECK(s.findRating(p1, items[1].id)->rating == Rating::Advanced);
    CHECK(s.findRating(p2, items[1].id)->rating == Rating::Advanced);
    CHECK(s.findRating(p1, items[2].id)->rating == Rating::Early);
    CHECK(s.findRating(p2, items[2].id)->rating == Rating::Mature);
    CHECK(s.consensus.empty()); // no letter went into a consensus box
    for (const auto &item : items)
        CHECK(find<QComboBox>(window.get(), QStringLiteral("consensus_") + QString::fromStdString(item.id))
                  ->currentIndex() == 0);

    SECTION("a letter typed on a consensus box changes nothing; only the list sets it")
    {
        auto *combo =
            find<QComboBox>(window.get(), QStringLiteral("consensus_") + QString::fromStdString(items[0].id));
        combo->setFocus();
        for (const char key : {'E', 'A', 'M', 'e'})
            QTest::keyClick(combo, key);
        CHECK(combo->currentIndex() == 0);
        CHECK(onDisk(path).consensus.empty());
        // A why without a consensus could not be stored: it cannot be typed until one is chosen.
        CHECK_FALSE(find<QLineEdit>(window.get(),
                                    QStringLiteral("consensusNote_") + QString::fromStdString(items[0].id))
                        ->isEnabled());
        // Nor do the arrow keys, Page and Home/End (they open the list), nor the wheel scrolling past.
        for (const auto key : {Qt::Key_Down, Qt::Key_Up, Qt::Key_PageDown, Qt::Key_End, Qt::Key_Home}) {
            QTest::keyClick(combo, key);
            combo->hidePopup();
        }
        QWheelEvent wheel(QPointF(5, 5), combo->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(combo, &wheel);
        CHECK(combo->currentIndex() == 0);
        CHECK(onDisk(path).consensus.empty());
    }

    SECTION("Down from a question's last participant goes to the next question's first participant")
    {
        AnswerGridView *first = answerGrid(window.get(), items[0].id);
        first->setFocus();
        first->setCurrentIndex(answerCell(window.get(), items[0].id, p2, "early"));
        QTest::keyClick(first, Qt::Key_Down);
        CHECK(keysAt() == rowName(items[1].id, p1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        CHECK(keysAt() == rowName(items[0].id, p2));
        // Tab leaves the grid for the consensus box: the only way there from the keyboard.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        CHECK(qobject_cast<QComboBox *>(QApplication::focusWidget()) != nullptr);
    }

    SECTION("a click keeps the keys on the clicked answer, and clicking the chosen answer keeps it")
    {
        clickAnswer(window.get(), items[1].id, p1, "advanced"); // already chosen
        CHECK(onDisk(path).findRating(p1, items[1].id)->rating == Rating::Advanced);
        // Issue 21: the keys stay on what was clicked, so Delete clears that, not the next person's.
        CHECK(keysAt() == rowName(items[1].id, p1));
        // A key moves on as ever.
        QTest::keyClick(QApplication::focusWidget(), 'A');
        CHECK(keysAt() == rowName(items[1].id, p2));
        // Clearing is explicit: the row's "Clear answer" entry.
        AnswerGridView *grid = answerGrid(window.get(), items[1].id);
        grid->setCurrentIndex(answerCell(window.get(), items[1].id, p1, "advanced"));
        auto *clear = grid->findChild<QAction *>(QStringLiteral("clearAnswer"));
        REQUIRE(clear);
        clear->trigger();
        CHECK(onDisk(path).findRating(p1, items[1].id) == nullptr);
    }

    SECTION("a click in the step list sends the keys to the first unanswered row of that step")
    {
        window->setStep(MainWindow::SetupStep);
        auto *steps = find<QListWidget>(window.get(), QStringLiteral("steps"));
        const QRect second = steps->visualItemRect(steps->item(MainWindow::FirstCompetencyStep + 1));
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, second.center());
        REQUIRE(window->currentStep() == MainWindow::FirstCompetencyStep + 1);
        const auto &next = Instrument::builtin().competencies()[1].items;
        CHECK(keysAt() == rowName(next[0].id, p1));
        // Back on a step that is partly answered, the first gap gets the keys.
        window->controller()->setRating(p1, items[0].id, std::nullopt, {});
        const QRect first = steps->visualItemRect(steps->item(MainWindow::FirstCompetencyStep));
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, first.center());
        CHECK(keysAt() == rowName(items[0].id, p1));
    }
}

TEST_CASE("typing Y and N across the participants goes question by question, never into a team decision")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cxm"));
    auto window = newWorkshop(path);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    const std::string p1 = participant(path, 0);
    const std::string p2 = participant(path, 1);
    const auto &questions = Instrument::builtin().readinessQuestions();
    REQUIRE(questions.size() >= 5);
    const auto id = [&](std::size_t q) { return questions[q].id; };

    // A click in the step list puts the keys on the first question's first participant.
    auto *steps = find<QListWidget>(window.get(), QStringLiteral("steps"));
    QTest::mouseClick(steps->viewport(), Qt::LeftButton, {},
                      steps->visualItemRect(steps->item(stepOf(kReadinessStep))).center());
    REQUIRE(window->currentStep() == stepOf(kReadinessStep));
    CHECK(keysAt() == rowName(id(0), p1));

    // Five letters: both participants of the first two questions, then the third's first.
    for (const char key : {'Y', 'N', 'n', 'Y', 'Y'})
        QTest::keyClick(QApplication::focusWidget(), key);
    CHECK(keysAt() == rowName(id(2), p2));
    Session s = onDisk(path);
    CHECK(s.findChecklist(p1, id(0))->answer == Answer::Yes);
    CHECK(s.findChecklist(p2, id(0))->answer == Answer::No);
    CHECK(s.findChecklist(p1, id(1))->answer == Answer::No);
    CHECK(s.findChecklist(p2, id(1))->answer == Answer::Yes);
    CHECK(s.findChecklist(p1, id(2))->answer == Answer::Yes);
    CHECK(s.findChecklist(p2, id(2)) == nullptr);
    CHECK(readinessShown(window.get(), id(1), p1) == QStringLiteral("no"));
    CHECK(s.checklistConsensus.empty()); // no letter went into a team decision
    for (const auto &q : questions)
        CHECK(find<QComboBox>(window.get(),
                              QStringLiteral("readinessConsensus_") + QString::fromStdString(q.id))
                  ->currentIndex() == 0);

    SECTION("Left goes back a person, Delete clears, and the keys stay there")
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        CHECK(keysAt() == rowName(id(2), p1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
        CHECK(onDisk(path).findChecklist(p1, id(2)) == nullptr);
        CHECK(readinessShown(window.get(), id(2), p1).isEmpty());
        CHECK(keysAt() == rowName(id(2), p1));
        // Backspace on an answered one too.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        CHECK(keysAt() == rowName(id(1), p1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        CHECK(onDisk(path).findChecklist(p1, id(1)) == nullptr);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        CHECK(keysAt() == rowName(id(2), p1));
    }

    SECTION("a letter typed on a team decision changes nothing; Tab is the only way there")
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        REQUIRE(combo);
        CHECK(combo->objectName() == QStringLiteral("readinessConsensus_") + QString::fromStdString(id(2)));
        for (const char key : {'Y', 'N', 'd', 'f'})
            QTest::keyClick(combo, key);
        CHECK(combo->currentIndex() == 0);
        CHECK(onDisk(path).checklistConsensus.empty());
    }

    SECTION("a click picks and keeps the keys there, and clicking the chosen answer keeps it")
    {
        clickReadiness(window.get(), id(1), p1, "no"); // already chosen
        CHECK(onDisk(path).findChecklist(p1, id(1))->answer == Answer::No);
        // Issue 21: the keys stay on what was clicked, so Delete clears that, not the next person's.
        CHECK(keysAt() == rowName(id(1), p1));
        clickReadiness(window.get(), id(4), p2, "yes");
        CHECK(onDisk(path).findChecklist(p2, id(4))->answer == Answer::Yes);
        CHECK(keysAt() == rowName(id(4), p2));
        // A key moves on as ever, after the last person to the next question's first.
        QTest::keyClick(QApplication::focusWidget(), 'Y');
        CHECK(keysAt() == rowName(id(5), p1));
        // Clearing by mouse is explicit: the "Clear answer" entry.
        ReadinessGridView *view = readinessAnswers(window.get(), id(4));
        view->setCurrentIndex(readinessCell(window.get(), id(4), p2));
        auto *clear = view->findChild<QAction *>(QStringLiteral("clearAnswer"));
        REQUIRE(clear);
        clear->trigger();
        CHECK(onDisk(path).findChecklist(p2, id(4)) == nullptr);
    }

    SECTION("an absent participant is skipped, and the last answer keeps the keys")
    {
        QWidget *readiness = window->findChild<QWidget *>(QStringLiteral("readinessPage"));
        markAbsent(readiness, p1);
        CHECK_FALSE(readinessCell(window.get(), id(3), p1).flags() & Qt::ItemIsEnabled);
        readinessAnswers(window.get(), id(2))->enterParticipant(p2);
        QTest::keyClick(QApplication::focusWidget(), 'Y');
        CHECK(keysAt() == rowName(id(3), p2));
        for (std::size_t q = 3; q < questions.size(); ++q)
            QTest::keyClick(QApplication::focusWidget(), 'N');
        CHECK(keysAt() == rowName(questions.back().id, p2));
        CHECK(window->isStepComplete(stepOf(kReadinessStep)));
    }
}

TEST_CASE("a step is complete only when everyone present has answered; absent people can be marked")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cxm"));
    auto window = newWorkshop(path);
    const std::string p1 = participant(path, 0);
    const std::string p2 = participant(path, 1);
    const auto &items = Instrument::builtin().competencies()[0].items;
    window->setStep(MainWindow::FirstCompetencyStep);
    for (const auto &item : items)
        clickAnswer(window.get(), item.id, p1, "mature");

    // One answer per item used to tick the step: now it says how far it is.
    CHECK_FALSE(window->isStepComplete(MainWindow::FirstCompetencyStep));
    CHECK(stepText(window.get(), MainWindow::FirstCompetencyStep).startsWith(QStringLiteral("○")));
    CHECK(
        stepText(window.get(), MainWindow::FirstCompetencyStep).contains(QStringLiteral("1 of 2 answered")));
    QWidget *page = window->findChild<QWidget *>(QStringLiteral("competencyPage_c1"));
    REQUIRE(page);
    CHECK(find<QLabel>(page, QStringLiteral("stepProgress"))->text() == QStringLiteral("1 of 2 answered"));
    CHECK(find<QLabel>(page, QStringLiteral("distribution_") + QString::fromStdString(items[0].id))
              ->text()
              .contains(QStringLiteral("1 of 2 answered")));

    // The map says which team figures rest on fewer than everyone.
    window->setStep(mapStep());
    CHECK(find<QLabel>(window.get(), QStringLiteral("mapSummary"))
              ->text()
              .contains(QStringLiteral("Competency 1: 1 of 2 answered")));
    window->setStep(MainWindow::FirstCompetencyStep);

    markAbsent(page, p2);
    CHECK(onDisk(path).isAbsent(p2, "c1"));
    CHECK(window->isStepComplete(MainWindow::FirstCompetencyStep));
    CHECK(stepText(window.get(), MainWindow::FirstCompetencyStep).startsWith(QStringLiteral("✓")));
    AnswerGridView *grid = answerGrid(page, items[0].id);
    const auto &absentRow = grid->answers()->row(grid->answers()->rowOf(p2));
    CHECK(absentRow.name.endsWith(QStringLiteral("(absent)")));
    // An absent person's row takes no keys or clicks.
    CHECK_FALSE(absentRow.enabled);
    clickAnswer(page, items[0].id, p2, "early");
    CHECK(onDisk(path).findRating(p2, items[0].id) == nullptr);
    // Absence is per step, and undo brings the person back.
    CHECK_FALSE(window->isStepComplete(MainWindow::FirstCompetencyStep + 1));
    window->controller()->undoStack()->undo();
    CHECK_FALSE(onDisk(path).isAbsent(p2, "c1"));
    CHECK_FALSE(window->isStepComplete(MainWindow::FirstCompetencyStep));

    SECTION("readiness: one person's answers do not complete it; marking the other absent does")
    {
        window->setStep(stepOf(kReadinessStep));
        for (const auto &q : Instrument::builtin().readinessQuestions())
            clickReadiness(window.get(), q.id, p1, "yes");
        CHECK_FALSE(window->isStepComplete(stepOf(kReadinessStep)));
        QWidget *readiness = window->findChild<QWidget *>(QStringLiteral("readinessPage"));
        CHECK(find<QLabel>(readiness, QStringLiteral("stepProgress"))->text() ==
              QStringLiteral("1 of 2 answered"));
        markAbsent(readiness, p2);
        CHECK(window->isStepComplete(stepOf(kReadinessStep)));
    }
}

TEST_CASE(
    "the Power Core: unranked until ranked, 'This order is right' confirms, the agreed order is editable")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cxm"));
    auto window = newWorkshop(path);
    const std::string p1 = participant(path, 0);
    const std::string p2 = participant(path, 1);
    const auto &options = Instrument::builtin().powerCoreOptions();
    window->setStep(stepOf(kPowerCoreStep));

    // Naming "Other" is not a ranking: the untouched default order must not count.
    typeInto(window.get(), QStringLiteral("powerCoreOther"), QStringLiteral("Finance"));
    CHECK(onDisk(path).rankings.empty());
    auto *list = find<QListWidget>(window.get(), QStringLiteral("powerCoreRanking"));
    CHECK_FALSE(list->item(0)->text().startsWith(QStringLiteral("A ")));
    CHECK_FALSE(window->isStepComplete(stepOf(kPowerCoreStep)));

    // "This order is right" stores the order shown as this participant's ranking.
    click(window.get(), QStringLiteral("powerCoreConfirm"));
    REQUIRE(onDisk(path).findRanking("power_core", p1));
    CHECK(onDisk(path).findRanking("power_core", p1)->ranking.front() == options.front().id);
    CHECK(onDisk(path).findRanking("power_core", p1)->otherLabel == "Finance");
    CHECK(list->item(0)->text().startsWith(QStringLiteral("A")));
    CHECK_FALSE(find<QPushButton>(window.get(), QStringLiteral("powerCoreConfirm"))->isVisible());
    CHECK(window->controller()->score().powerCore.rankers == 1);

    // p2 ranks by moving the third option to the top.
    auto *who = find<QComboBox>(window.get(), QStringLiteral("powerCoreParticipant"));
    who->setCurrentIndex(1);
    list->setFocus();
    list->setCurrentRow(2);
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    REQUIRE(onDisk(path).findRanking("power_core", p2));
    CHECK(window->isStepComplete(stepOf(kPowerCoreStep)));
    // The team's figures in words a CEO reads: what the points are, and what the agreement means.
    auto *team = find<QTableView>(window.get(), QStringLiteral("teamRanking"));
    CHECK(team->model()->headerData(TeamRankingModel::Points, Qt::Horizontal).toString() ==
          QStringLiteral("Points"));
    CHECK(team->model()
              ->headerData(TeamRankingModel::Points, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("Each person's ranking gives 6 points for a first place")));
    CHECK(find<QLabel>(window.get(), QStringLiteral("agreement"))
              ->text()
              .contains(QStringLiteral("from 0, no agreement, to 1, identical rankings")));

    // The agreed ranking starts from the team's and can then be reordered.
    click(window.get(), QStringLiteral("recordAgreedRanking"));
    REQUIRE(onDisk(path).findRankingConsensus("power_core"));
    const auto agreed = onDisk(path).findRankingConsensus("power_core")->ranking;
    auto *agreedList = find<QListWidget>(window.get(), QStringLiteral("agreedRankingList"));
    REQUIRE(agreedList->isVisible());
    agreedList->setFocus();
    agreedList->setCurrentRow(3);
    QTest::keyClick(agreedList, Qt::Key_Up, Qt::AltModifier);
    const auto edited = onDisk(path).findRankingConsensus("power_core")->ranking;
    CHECK(edited[2] == agreed[3]);
    CHECK(edited[3] == agreed[2]);
    CHECK(window->controller()->score().powerCore.ranking == edited);
}

TEST_CASE("a self-assessor confirms the shown Power Core order with 'This order is right'")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("self.cxm"));
    MainWindow window;
    window.show();
    REQUIRE(window.newSession(path, Mode::Self));
    window.setStep(stepOf(kPowerCoreStep));
    CHECK(onDisk(path).rankings.empty());
    CHECK_FALSE(window.isStepComplete(stepOf(kPowerCoreStep)));
    click(&window, QStringLiteral("powerCoreConfirm"));
    CHECK(onDisk(path).rankings.size() == 1);
    CHECK(window.isStepComplete(stepOf(kPowerCoreStep)));
}

TEST_CASE("a Power Core tie on the map is named, not hidden behind the workbook's order")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tie.cxm"));
    const Instrument &ins = Instrument::builtin();
    Session s;
    s.info.organization = "Acme";
    s.participants = {{"p1", "Ana", ""}, {"p2", "Ben", ""}};
    std::vector<std::string> order;
    for (const auto &o : ins.powerCoreOptions())
        order.push_back(o.id);
    s.rankings.push_back({"p1", order, {}, "power_core"});
    s.rankings.push_back({"p2", {order.rbegin(), order.rend()}, {}, "power_core"});
    SessionFile::write(path.toStdString(), ins, s, false);
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    window.setStep(mapStep());
    // Opposite rankings: every option has the same points; the first and the last option each have
    // one first place, so A and B are tied and the map says so.
    const QString summary = find<QLabel>(&window, QStringLiteral("mapSummary"))->text();
    CHECK(summary.contains(QStringLiteral("A is tied with %1")
                               .arg(QString::fromStdString(ins.powerCoreOptions().back().title))));
    CHECK_FALSE(summary.contains(QStringLiteral("B is tied")));
}

TEST_CASE("F11 keeps a setup field half typed; a read-only session starts no private voting")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cxm"));
    auto window = newWorkshop(path);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    auto *organization = find<QLineEdit>(window.get(), QStringLiteral("organization"));
    organization->setFocus();
    organization->selectAll();
    QTest::keyClicks(organization, QStringLiteral("Contoso"));
    // Projector mode rebuilds the session view: what was typed is stored first, not lost.
    window->setPresentationMode(true);
    CHECK(onDisk(path).info.organization == "Contoso");
    CHECK(find<QLineEdit>(window.get(), QStringLiteral("organization"))->text() == QStringLiteral("Contoso"));
    window->setPresentationMode(false);

    MainWindow second;
    second.show();
    REQUIRE(second.openFile(path)); // read-only: the first window holds the file
    REQUIRE(second.controller()->isReadOnly());
    second.openPrivateVoting();
    CHECK(second.findChild<QDialog *>(QStringLiteral("privateVotingDialog")) == nullptr);
    REQUIRE(prompts.warnings.size() == 1);
    CHECK(prompts.warnings.front().contains(QStringLiteral("read-only")));
}
