// The workbench window driven the way a facilitator drives it: widgets found by objectName, clicked
// and typed into with QTest, and every answer checked in the session file on disk.
#include "BackgroundTask.h"
#include "ChoiceRow.h"
#include "CompetencyPage.h"
#include "CsvExport.h"
#include "DemoSession.h"
#include "Instrument.h"
#include "MainWindow.h"
#include "ParticipantsModel.h"
#include "PowerCorePage.h"
#include "PrivateVotingDialog.h"
#include "Prompt.h"
#include "ScoringEngine.h"
#include "SessionController.h"
#include "SessionFile.h"
#include "SessionJson.h"
#include "TeamRankingModel.h"
#include "UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <memory>
#include <random>

using namespace cxm;
using namespace cxm::ui;

using namespace cxm::ui::test;

TEST_CASE("a workshop filled through the window is in the file, step by step")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workshop.cxm"));
    auto window = newWorkshop(path);
    Session s = onDisk(path);
    CHECK(s.info.organization == "Northwind");
    CHECK(s.info.title == "Board offsite");
    REQUIRE(s.participants.size() == 2);
    CHECK(window->windowTitle().contains(QStringLiteral("workshop.cxm")));
    CHECK_FALSE(find<QLabel>(window.get(), QStringLiteral("readOnlyBanner"))->isVisible());
    const std::string p1 = s.participants[0].id;
    const std::string p2 = s.participants[1].id;

    // Every item: p1 Advanced, p2 Mature, by mouse on the grid.
    const Instrument &ins = Instrument::builtin();
    for (int c = 0; c < 5; ++c) {
        click(window.get(), QStringLiteral("nextButton"));
        REQUIRE(window->currentStep() == MainWindow::FirstCompetencyStep + c);
        for (const Item &item : ins.competencies()[static_cast<std::size_t>(c)].items) {
            clickAnswer(window.get(), item.id, p1, "advanced");
            clickAnswer(window.get(), item.id, p2, "mature");
        }
        CHECK(window->isStepComplete(MainWindow::FirstCompetencyStep + c));
    }
    s = onDisk(path);
    REQUIRE(s.ratings.size() == 30);
    CHECK(s.findRating(p1, "c1.culture")->rating == Rating::Advanced);
    CHECK(s.findRating(p2, ins.competencies()[4].items[2].id)->rating == Rating::Mature);

    SECTION("a disagreement shows where Early and Mature both appear, and a consensus is recorded")
    {
        window->setStep(MainWindow::FirstCompetencyStep);
        const std::string item = ins.competencies()[0].items[0].id;
        const QString iq = QString::fromStdString(item);
        clickAnswer(window.get(), item, p1, "early");
        CHECK(find<QLabel>(window.get(), QStringLiteral("disagreement_") + iq)->isVisible());
        CHECK(find<QLabel>(window.get(), QStringLiteral("distribution_") + iq)->text() ==
              QStringLiteral("Early 1 · Advanced 0 · Mature 1"));
        auto *combo = find<QComboBox>(window.get(), QStringLiteral("consensus_") + iq);
        combo->setFocus();
        // An arrow key opens the list and changes nothing; the choice is made in the open list.
        QTest::keyClick(combo, Qt::Key_Down);
        CHECK(combo->currentIndex() == 0);
        REQUIRE(combo->view()->isVisible());
        QTest::keyClick(combo->view(), Qt::Key_Down); // — → Early
        QTest::keyClick(combo->view(), Qt::Key_Return);
        typeInto(window.get(), QStringLiteral("consensusNote_") + iq,
                 QStringLiteral("Finance sees it, sales not"));
        s = onDisk(path);
        REQUIRE(s.findConsensus(item));
        CHECK(s.findConsensus(item)->rating == Rating::Early);
        CHECK(s.findConsensus(item)->note == "Finance sees it, sales not");
    }

    SECTION("keyboard: typing M on a row picks Mature and moves on")
    {
        window->setStep(MainWindow::FirstCompetencyStep);
        const std::string item = ins.competencies()[0].items[1].id;
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        AnswerGridView *grid = answerGrid(window.get(), item);
        grid->setFocus();
        grid->setCurrentIndex(answerCell(window.get(), item, p1, "early"));
        REQUIRE(keysAt() == rowName(item, p1));
        QTest::keyClick(grid, Qt::Key_E);
        CHECK(onDisk(path).findRating(p1, item)->rating == Rating::Early);
        // The keys moved on to the next person's row, on their current choice.
        CHECK(keysAt() == rowName(item, p2));
        CHECK(grid->currentIndex() == answerCell(window.get(), item, p2, "mature"));
        QTest::keyClick(grid, Qt::Key_A);
        CHECK(onDisk(path).findRating(p2, item)->rating == Rating::Advanced);
        // Left/Right walk the choices of a row; Space picks.
        grid->setFocus();
        grid->setCurrentIndex(answerCell(window.get(), item, p2, "advanced"));
        QTest::keyClick(grid, Qt::Key_Right);
        REQUIRE(grid->currentIndex() == answerCell(window.get(), item, p2, "mature"));
        QTest::keyClick(grid, Qt::Key_Space);
        CHECK(onDisk(path).findRating(p2, item)->rating == Rating::Mature);
    }

    SECTION("undo and redo go through the file")
    {
        window->setStep(MainWindow::FirstCompetencyStep);
        const std::string item = ins.competencies()[0].items[0].id;
        clickAnswer(window.get(), item, p1, "early");
        CHECK(onDisk(path).findRating(p1, item)->rating == Rating::Early);
        auto *undo = window->findChild<QAction *>(QStringLiteral("actionUndo"));
        auto *redo = window->findChild<QAction *>(QStringLiteral("actionRedo"));
        REQUIRE(undo);
        REQUIRE(redo);
        undo->trigger();
        CHECK(onDisk(path).findRating(p1, item)->rating == Rating::Advanced);
        CHECK(isChosen(window.get(), item, p1, "advanced"));
        redo->trigger();
        CHECK(onDisk(path).findRating(p1, item)->rating == Rating::Early);
        CHECK(isChosen(window.get(), item, p1, "early"));
        // Clicking the chosen answer again keeps it; Delete clears it; undo brings it back.
        clickAnswer(window.get(), item, p1, "early");
        CHECK(onDisk(path).findRating(p1, item)->rating == Rating::Early);
        AnswerGridView *grid = answerGrid(window.get(), item);
        grid->setFocus();
        grid->setCurrentIndex(answerCell(window.get(), item, p1, "early"));
        QTest::keyClick(grid, Qt::Key_Delete);
        CHECK(onDisk(path).findRating(p1, item) == nullptr);
        undo->trigger();
        CHECK(onDisk(path).findRating(p1, item)->rating == Rating::Early);
    }

    SECTION("participants are renamed in place in the table")
    {
        window->setStep(MainWindow::SetupStep);
        auto *table = find<QTableView>(window.get(), QStringLiteral("participants"));
        const QModelIndex name = table->model()->index(1, ParticipantsModel::Name);
        table->setCurrentIndex(name);
        table->edit(name);
        auto *editor =
            qobject_cast<QLineEdit *>(table->indexWidget(name) ? table->indexWidget(name)
                                                               : table->viewport()->findChild<QLineEdit *>());
        REQUIRE(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Ben Cho"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits through a queued call
        CHECK(onDisk(path).findParticipant(p2)->name == "Ben Cho");
        window->setStep(MainWindow::FirstCompetencyStep);
        AnswerGridView *grid = answerGrid(window.get(), "c1.culture");
        CHECK(grid->answers()->row(grid->answers()->rowOf(p2)).name == QStringLiteral("Ben Cho"));
        window->controller()->undoStack()->undo();
        CHECK(onDisk(path).findParticipant(p2)->name == "Participant 2");
    }

    SECTION("removing a participant with answers asks first, and undo restores every answer")
    {
        window->setStep(MainWindow::SetupStep);
        prompts.answer = false;
        click(window.get(), QStringLiteral("removeParticipant"));
        CHECK(prompts.questions == 1);
        CHECK(onDisk(path).participants.size() == 2);
        prompts.answer = true;
        click(window.get(), QStringLiteral("removeParticipant"));
        CHECK(onDisk(path).participants.size() == 1);
        window->controller()->undoStack()->undo();
        const Session back = onDisk(path);
        CHECK(back.participants.size() == 2);
        CHECK(back.ratings.size() == 30);
    }

    SECTION("Power Core, readiness, private voting and reveal, then reopen")
    {
        // Power Core: p1 moves the third option to the top with Up twice, p2 with Alt+Up twice.
        window->setStep(stepOf(kPowerCoreStep));
        auto *list = find<QListWidget>(window.get(), QStringLiteral("powerCoreRanking"));
        const std::string third = ins.powerCoreOptions()[2].id;
        list->setCurrentRow(2);
        click(window.get(), QStringLiteral("powerCoreUp"));
        click(window.get(), QStringLiteral("powerCoreUp"));
        REQUIRE(onDisk(path).findRanking("power_core", p1));
        CHECK(onDisk(path).findRanking("power_core", p1)->ranking.front() == third);
        CHECK(list->item(0)->text().startsWith(QStringLiteral("A")));
        auto *who = find<QComboBox>(window.get(), QStringLiteral("powerCoreParticipant"));
        who->setCurrentIndex(1);
        list->setFocus();
        list->setCurrentRow(2);
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        REQUIRE(onDisk(path).findRanking("power_core", p2));
        CHECK(onDisk(path).findRanking("power_core", p2)->ranking.front() == third);
        CHECK(find<QLabel>(window.get(), QStringLiteral("agreement"))
                  ->text()
                  .contains(QStringLiteral("Kendall's W")));
        click(window.get(), QStringLiteral("recordAgreedRanking"));
        REQUIRE(onDisk(path).findRankingConsensus("power_core"));
        CHECK(onDisk(path).findRankingConsensus("power_core")->ranking.front() == third);

        // Readiness: p1 yes everywhere, p2 no on the first question: the tip shows there only.
        window->setStep(stepOf(kReadinessStep));
        for (const auto &q : ins.readinessQuestions()) {
            clickReadiness(window.get(), q.id, p1, "yes");
            clickReadiness(window.get(), q.id, p2, q.id == ins.readinessQuestions()[0].id ? "no" : "yes");
        }
        const QString r1 = QString::fromStdString(ins.readinessQuestions()[0].id);
        const QString r2 = QString::fromStdString(ins.readinessQuestions()[1].id);
        CHECK(find<QLabel>(window.get(), QStringLiteral("tip_") + r1)->isVisible());
        CHECK_FALSE(find<QLabel>(window.get(), QStringLiteral("tip_") + r2)->isVisible());
        CHECK(onDisk(path).checklist.size() == 2 * ins.readinessQuestions().size());
        CHECK(window->isStepComplete(stepOf(kReadinessStep)));

        // Private voting: each participant sees a hand-over screen, then only their own answers.
        window->setStep(MainWindow::FirstCompetencyStep);
        const std::string item = ins.competencies()[0].items[0].id;
        const QString iq = QString::fromStdString(item);
        {
            PrivateVotingDialog dialog(window->controller(), window.get());
            dialog.show();
            REQUIRE(dialog.begin(QStringLiteral("2468")));
            CHECK(window->controller()->votesHidden());
            CHECK(find<QLabel>(&dialog, QStringLiteral("handOverText"))
                      ->text()
                      .contains(QStringLiteral("Participant 1")));
            CHECK(dialog.findChildren<QToolButton *>().isEmpty());
            click(&dialog, QStringLiteral("votingStart"));
            CHECK(find<QToolButton>(&dialog, QStringLiteral("vote_%1_mature").arg(iq))->isChecked() == false);
            CHECK(find<QToolButton>(&dialog, QStringLiteral("vote_%1_advanced").arg(iq))->isChecked());
            CHECK(find<QLabel>(&dialog, QStringLiteral("votingProgress"))->text() ==
                  QStringLiteral("15 of 15 answered"));
            click(&dialog, QStringLiteral("vote_%1_early").arg(iq));
            click(&dialog, QStringLiteral("votingNext"));
            CHECK(find<QLabel>(&dialog, QStringLiteral("handOverText"))
                      ->text()
                      .contains(QStringLiteral("Participant 2")));
            CHECK(dialog.findChildren<QToolButton *>().isEmpty());
            click(&dialog, QStringLiteral("votingStart"));
            // p2 sees their own Mature, not p1's new Early.
            CHECK(find<QToolButton>(&dialog, QStringLiteral("vote_%1_mature").arg(iq))->isChecked());
            click(&dialog, QStringLiteral("votingNext"));
            find<QLineEdit>(&dialog, QStringLiteral("votingEndPin"))->setText(QStringLiteral("2468"));
            click(&dialog, QStringLiteral("votingClose"));
        }
        CHECK(onDisk(path).findRating(p1, item)->rating == Rating::Early);
        window->setStep(MainWindow::FirstCompetencyStep);
        CHECK(window->findChild<AnswerGridView *>(QStringLiteral("answers_") + iq) == nullptr);
        CHECK(find<QLabel>(window.get(), QStringLiteral("answered_") + iq)
                  ->text()
                  .startsWith(QStringLiteral("2 of 2")));
        click(window.get(), QStringLiteral("revealAnswers"));
        CHECK(window->controller()->votesRevealed());
        CHECK(isChosen(window.get(), item, p1, "early"));
        window->setStep(mapStep());
        auto *discussion = find<QListWidget>(window.get(), QStringLiteral("discussionOrder"));
        REQUIRE(discussion->count() == 15);
        CHECK(discussion->item(0)->data(Qt::UserRole).toString() == iq);
        // Picking an item there opens its competency step.
        const std::string later = ins.competencies()[3].items[1].id;
        for (int row = 0; row < discussion->count(); ++row)
            if (discussion->item(row)->data(Qt::UserRole).toString() == QString::fromStdString(later))
                emit discussion->itemActivated(discussion->item(row));
        CHECK(window->currentStep() == MainWindow::FirstCompetencyStep + 3);
        window->setStep(mapStep());

        // Close, reopen: every answer and the milestone are back.
        const Session before = onDisk(path);
        const Score expected = ScoringEngine(ins).score(before);
        REQUIRE(expected.milestone);
        window.reset();
        MainWindow reopened;
        REQUIRE(reopened.openFile(path));
        CHECK(reopened.controller()->session() == before);
        CHECK(reopened.controller()->score().milestone == expected.milestone);
        CHECK_FALSE(reopened.controller()->isReadOnly());
        // Every step the map rests on is done; the window resumes at the first other worksheet, which
        // nobody has written yet.
        CHECK(reopened.isStepComplete(mapStep()));
        CHECK(reopened.currentStep() == stepOf("enablers_inhibitors"));
        reopened.setStep(mapStep());
        const QString title = QString::fromStdString(ins.findMilestone(*expected.milestone)->title);
        CHECK(find<QLabel>(&reopened, QStringLiteral("mapSummary"))->text().contains(title));
        for (int step = 0; step < stepCount(); ++step)
            if (step != stepOf("enablers_inhibitors") && step != stepOf("asset_metrics") &&
                step != stepOf("journey_stages") && step != stepOf("reliability") &&
                step != stepOf("stairway") && step != stepOf("always_never") &&
                step != stepOf("stop_doing") && step != stepOf("customer_room") &&
                step != stepOf("listening") && step != MainWindow::targetsStep(ins) &&
                step != MainWindow::planStep(ins))
                CHECK(reopened.isStepComplete(step));
        // No plan yet: the targets and the plan wait (the readiness Nos make suggestions).
        CHECK_FALSE(reopened.isStepComplete(MainWindow::targetsStep(ins)));
        CHECK_FALSE(reopened.isStepComplete(MainWindow::planStep(ins)));
    }
    CHECK(prompts.warnings.isEmpty());
}

TEST_CASE("a file open in another window is read-only: a banner, and edits are refused with a message")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.cxm"));
    auto first = newWorkshop(path);
    const Session before = onDisk(path);

    MainWindow second;
    second.show();
    REQUIRE(second.openFile(path));
    REQUIRE(second.controller()->isReadOnly());
    CHECK(find<QLabel>(&second, QStringLiteral("readOnlyBanner"))->isVisible());
    CHECK(second.windowTitle().contains(QStringLiteral("read-only")));
    second.setStep(MainWindow::FirstCompetencyStep);
    const std::string p1 = before.participants[0].id;
    CHECK_FALSE(answerCell(&second, "c1.culture", p1, "mature").flags().testFlag(Qt::ItemIsEnabled));
    clickAnswer(&second, "c1.culture", p1, "mature");
    CHECK(onDisk(path) == before);
    // The readiness answers too: painted disabled, a click or a key changes nothing.
    second.setStep(stepOf(kReadinessStep));
    const std::string r1 = Instrument::builtin().readinessQuestions()[0].id;
    CHECK_FALSE(readinessCell(&second, r1, p1).flags().testFlag(Qt::ItemIsEnabled));
    clickReadiness(&second, r1, p1, "yes");
    QTest::keyClick(readinessAnswers(&second, r1), 'Y');
    CHECK(onDisk(path) == before);
    CHECK(prompts.warnings.isEmpty());

    // Through the controller (as a command would): refused, reported with the file's name, nothing changes.
    CHECK_FALSE(second.controller()->setRating(p1, "c1.culture", Rating::Mature, {}));
    REQUIRE(prompts.warnings.size() == 1);
    CHECK(prompts.warnings.front().contains(QStringLiteral("shared.cxm")));
    CHECK(second.controller()->undoStack()->count() == 0);
    CHECK(second.controller()->session() == before);
    CHECK(onDisk(path) == before);
}

TEST_CASE("a file that is not a session is refused with a dialog naming it, and the app carries on")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("noise.cxm"));
    QByteArray noise(4096, '\0');
    std::mt19937 random(7);
    for (auto &byte : noise)
        byte = static_cast<char>(random() & 0xff);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(noise);
    }
    MainWindow window;
    window.show();
    CHECK_FALSE(window.openFile(path));
    REQUIRE(prompts.warnings.size() == 1);
    CHECK(prompts.warnings.front().contains(QStringLiteral("noise.cxm")));
    CHECK(window.controller() == nullptr);
    CHECK(find<QStackedWidget>(&window, QString())->currentWidget()->objectName() ==
          QStringLiteral("startPage"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == noise);

    // Still working: the demo opens.
    CHECK(window.openDemo());
    CHECK(window.controller()->session().participants.size() == 6);
    CHECK(window.isStepComplete(mapStep()));
}

TEST_CASE("item models pass QAbstractItemModelTester through edits")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("models.cxm"));
    const Instrument &ins = Instrument::builtin();
    SessionFile::write(path.toStdString(), ins, makeDemoSession(ins), false);
    SessionController controller(SessionFile::open(path.toStdString()), ins);
    ParticipantsModel participants(&controller);
    TeamRankingModel ranking(&controller, ins.powerCore().id);
    QAbstractItemModelTester t1(&participants, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&ranking, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The demo's first participant answered everything: 15 ratings, a ranking, 11 readiness answers
    // and 7 asset metrics (3 of the workbook's, 4 the team named; the fifth slot is unnamed), 12 reliability
    // ratings.
    CHECK(participants.data(participants.index(0, ParticipantsModel::Answers)).toString() ==
          QStringLiteral("46 of 46"));
    CHECK(participants.data(participants.index(0, ParticipantsModel::Answers), Qt::EditRole).toInt() == 46);
    // Naming the fifth behavior makes one more metric to answer.
    REQUIRE(controller.setItemName("am.behavior5", "Customers who add a second service"));
    CHECK(participants.data(participants.index(0, ParticipantsModel::Answers)).toString() ==
          QStringLiteral("46 of 47"));
    controller.undoStack()->undo();
    CHECK(participants.data(participants.index(0, ParticipantsModel::Answers)).toString() ==
          QStringLiteral("46 of 46"));
    CHECK(participants.rowCount() == 6);
    CHECK(ranking.rowCount() == static_cast<int>(ins.powerCoreOptions().size()));
    REQUIRE(participants.setData(participants.index(0, ParticipantsModel::Name), QStringLiteral("Ana O.")));
    CHECK(participants.data(participants.index(0, ParticipantsModel::Name)).toString() ==
          QStringLiteral("Ana O."));
    CHECK_FALSE(participants.setData(participants.index(0, ParticipantsModel::Name), QString()));
    CHECK(
        participants.flags(participants.index(0, ParticipantsModel::Answers)).testFlag(Qt::ItemIsEditable) ==
        false);
    REQUIRE(controller.addParticipant("Zoe", "CFO"));
    CHECK(participants.rowCount() == 7);
    REQUIRE(controller.removeParticipant(participants.participantId(0)));
    CHECK(participants.rowCount() == 6);
    controller.undoStack()->undo();
    CHECK(participants.rowCount() == 7);
    CHECK(SessionFile::open(path.toStdString())->load().participants.front().name == "Ana O.");
    REQUIRE(controller.setRanking("power_core", participants.participantId(0), std::nullopt, {}));
    CHECK(ranking.rowCount() == static_cast<int>(ins.powerCoreOptions().size()));
    CHECK(ranking.data(ranking.index(0, TeamRankingModel::Rank)).toString() == QStringLiteral("A"));
}

TEST_CASE("a self-assessment: one choice and a note per item, no facilitator, no grid")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("me.cxm"));
    MainWindow window;
    window.show();
    REQUIRE(window.newSession(path, Mode::Self));
    CHECK_FALSE(find<QLineEdit>(&window, QStringLiteral("facilitator"))->isVisible());
    Session s = onDisk(path);
    REQUIRE(s.participants.size() == 1);
    CHECK(s.info.mode == Mode::Self);
    const std::string me = s.participants[0].id;
    const std::string item = Instrument::builtin().competencies()[0].items[0].id;
    const QString iq = QString::fromStdString(item);

    click(&window, QStringLiteral("nextButton"));
    CHECK(window.findChild<QPushButton *>(QStringLiteral("privateVoting"))->isVisible() == false);
    CHECK(window.findChild<QComboBox *>(QStringLiteral("consensus_") + iq) == nullptr);
    CHECK_FALSE(find<QLineEdit>(&window, QStringLiteral("ratingNote_") + iq)->isEnabled());
    click(&window, buttonName(item, me, "mature"));
    typeInto(&window, QStringLiteral("ratingNote_") + iq, QStringLiteral("We review lost customers monthly"));
    s = onDisk(path);
    REQUIRE(s.findRating(me, item));
    CHECK(s.findRating(me, item)->rating == Rating::Mature);
    CHECK(s.findRating(me, item)->note == "We review lost customers monthly");
    // Changing the choice keeps the note.
    click(&window, buttonName(item, me, "advanced"));
    CHECK(onDisk(path).findRating(me, item)->note == "We review lost customers monthly");
    CHECK(prompts.warnings.isEmpty());
}

TEST_CASE("every step is reachable from the keyboard, and the step list marks completed steps")
{
    ensureApp();
    PromptRecorder prompts;
    MainWindow window;
    window.show();
    REQUIRE(window.openDemo());
    auto *steps = find<QListWidget>(&window, QStringLiteral("steps"));
    REQUIRE(steps->count() == stepCount());
    steps->setFocus();
    steps->setCurrentRow(0);
    for (int i = 1; i < stepCount(); ++i) {
        QTest::keyClick(steps, Qt::Key_Down);
        CHECK(window.currentStep() == i);
    }
    // The demo fills every worksheet; the listening card has nothing to answer and is marked as a card.
    // Its targets cover one competency and some suggestions are still open: those two steps wait.
    const Instrument &ins = Instrument::builtin();
    for (int i = 0; i < stepCount(); ++i)
        CHECK(steps->item(i)->text().startsWith(
            i == stepOf("listening")                                              ? QStringLiteral("»")
            : i == MainWindow::targetsStep(ins) || i == MainWindow::planStep(ins) ? QStringLiteral("○")
                                                                                  : QStringLiteral("✓")));
    click(&window, QStringLiteral("backButton"));
    CHECK(window.currentStep() == stepCount() - 2);
    CHECK(find<QPushButton>(&window, QStringLiteral("nextButton"))->isEnabled());
}

TEST_CASE("projector mode enlarges the type and keeps the session; Save As continues in the copy")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    REQUIRE(window.openDemo());
    window.setStep(stepOf(kPowerCoreStep));
    const qreal normal = find<QWidget>(&window, QStringLiteral("sessionView"))->font().pointSizeF();
    window.setPresentationMode(true);
    CHECK(find<QWidget>(&window, QStringLiteral("sessionView"))->font().pointSizeF() > normal * 1.2);
    CHECK(window.currentStep() == stepOf(kPowerCoreStep));
    CHECK_FALSE(find<QLabel>(&window, QStringLiteral("readOnlyBanner"))->isVisible());
    window.setPresentationMode(false);
    CHECK(find<QWidget>(&window, QStringLiteral("sessionView"))->font().pointSizeF() == normal);

    const QString copy = dir.filePath(QStringLiteral("copy.cxm"));
    const Session original = window.controller()->session();
    REQUIRE(window.saveCopyAs(copy));
    CHECK(window.controller()->filePath() == copy);
    CHECK(window.windowTitle().contains(QStringLiteral("copy.cxm")));
    CHECK(window.currentStep() == stepOf(kPowerCoreStep));
    CHECK(onDisk(copy) == original);
    REQUIRE(window.controller()->setConsensus("c1.data", Rating::Mature, "after the break"));
    CHECK(onDisk(copy).findConsensus("c1.data"));
    CHECK(onDisk(MainWindow::demoPath()).findConsensus("c1.data") == nullptr);
}

TEST_CASE("an edit the disk cannot take is refused with a message, and the screen shows what is stored")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.cxm"));
    auto window = newWorkshop(path);
    SessionController *controller = window->controller();
    const Session before = onDisk(path);
    const int commands = controller->undoStack()->count();
    controller->file().limitPagesForTesting(1); // no room to grow
    window->setStep(MainWindow::FirstCompetencyStep);
    const QString iq = QStringLiteral("c1.culture");
    auto *combo = find<QComboBox>(window.get(), QStringLiteral("consensus_") + iq);
    combo->setCurrentIndex(3);
    auto *why = find<QLineEdit>(window.get(), QStringLiteral("consensusNote_") + iq);
    why->setMaxLength(1 << 20);
    why->setText(QString(20000, QLatin1Char('x'))); // the longest note there is: several pages
    emit why->editingFinished();
    REQUIRE(prompts.warnings.size() == 1);
    CHECK(prompts.warnings.front().contains(QStringLiteral("full.cxm")));
    CHECK(onDisk(path) == before);
    CHECK(controller->session() == before);
    CHECK(controller->undoStack()->count() == commands);
    // The view went back to what the file holds.
    CHECK(find<QComboBox>(window.get(), QStringLiteral("consensus_") + iq)->currentIndex() == 0);
}

TEST_CASE("the window icon is the SVG from the resources, sharp at any size")
{
    ensureApp();
    MainWindow window;
    const QIcon icon = window.windowIcon();
    REQUIRE_FALSE(icon.isNull());
    CHECK(icon.pixmap(QSize(256, 256)).width() == 256);
}

TEST_CASE("exports write the open session; a folder that cannot take the file is reported")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openDemo());
    const Session &s = window.controller()->session();
    const auto read = [](const QString &path) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    REQUIRE(window.exportTo(dir.filePath(QStringLiteral("s.csv")), MainWindow::ExportFormat::Csv));
    CHECK(read(dir.filePath(QStringLiteral("s.csv"))).toStdString() ==
          CsvExport::toCsv(s, Instrument::builtin()));
    REQUIRE(window.exportTo(dir.filePath(QStringLiteral("s.json")), MainWindow::ExportFormat::Json));
    CHECK(read(dir.filePath(QStringLiteral("s.json"))).toStdString() ==
          SessionJson::toString(s, Instrument::builtin()));
    REQUIRE(window.exportTo(dir.filePath(QStringLiteral("s.pdf")), MainWindow::ExportFormat::Pdf, true));
    CHECK(read(dir.filePath(QStringLiteral("s.pdf"))).startsWith("%PDF"));
    CHECK(prompts.warnings.isEmpty());

    // Print… paints the same report onto the printer.
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        window.printTo(&printer);
    }
    CHECK(read(dir.filePath(QStringLiteral("printed.pdf"))).startsWith("%PDF"));
    CHECK(read(dir.filePath(QStringLiteral("printed.pdf"))).size() > 10000);

    CHECK_FALSE(
        window.exportTo(dir.filePath(QStringLiteral("missing/s.csv")), MainWindow::ExportFormat::Csv));
    CHECK_FALSE(
        window.exportTo(dir.filePath(QStringLiteral("missing/s.pdf")), MainWindow::ExportFormat::Pdf));
    CHECK(prompts.warnings.size() == 2);
}

TEST_CASE("opened files are listed on the start screen, newest first")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.cxm"));
    const QString b = dir.filePath(QStringLiteral("b.cxm"));
    const Instrument &ins = Instrument::builtin();
    SessionFile::write(a.toStdString(), ins, makeDemoSession(ins), false);
    SessionFile::write(b.toStdString(), ins, makeDemoSession(ins), false);
    {
        MainWindow window;
        REQUIRE(window.openFile(a));
        REQUIRE(window.openFile(b));
    }
    MainWindow window;
    auto *recent = find<QListWidget>(&window, QStringLiteral("recentFiles"));
    REQUIRE(recent->count() >= 2);
    CHECK(recent->item(0)->data(Qt::UserRole).toString() == b);
    CHECK(recent->item(1)->data(Qt::UserRole).toString() == a);
    emit recent->itemActivated(recent->item(1));
    REQUIRE(window.controller());
    CHECK(window.controller()->filePath() == a);
}

TEST_CASE("the maturity map follows a dark palette")
{
    ensureApp();
    PromptRecorder prompts;
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    {
        MainWindow window;
        window.resize(1280, 820);
        window.show();
        REQUIRE(window.openDemo());
        window.setStep(mapStep());
        auto *view = find<QWidget>(&window, QStringLiteral("maturityMapView"));
        const QImage image = view->grab().toImage();
        REQUIRE_FALSE(image.isNull());
        CHECK(QColor(image.pixel(2, 2)).lightness() < 60);
        // Something light is drawn on it: the text and the path.
        int bright = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                bright += QColor(image.pixel(x, y)).lightness() > 180;
        CHECK(bright > 50);
    }
    QApplication::setPalette(light);
}

TEST_CASE("an edit the session refuses (unknown participant) is reported and leaves nothing behind")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("refuse.cxm"));
    auto window = newWorkshop(path);
    const Session before = onDisk(path);
    CHECK_FALSE(window->controller()->setRating("p99", "c1.culture", Rating::Early, {}));
    CHECK(prompts.warnings.size() == 1);
    CHECK(onDisk(path) == before);
    CHECK_FALSE(window->controller()->undoStack()->canRedo());
}

TEST_CASE("every kind of edit is one undoable command, and undo/redo go through the file")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("undo.cxm"));
    const Instrument &ins = Instrument::builtin();
    SessionFile::write(path.toStdString(), ins, makeDemoSession(ins), false);
    SessionController c(SessionFile::open(path.toStdString()), ins);
    const std::string p1 = c.session().participants[0].id;
    const std::string r1 = ins.readinessQuestions()[0].id;
    std::vector<std::string> reversed;
    for (auto it = ins.powerCoreOptions().rbegin(); it != ins.powerCoreOptions().rend(); ++it)
        reversed.push_back(it->id);

    const std::vector<std::pair<const char *, std::function<bool()>>> edits = {
        {"info",
         [&] {
             SessionInfo info = c.session().info;
             info.title = "Renamed";
             return c.setInfo(info);
         }},
        {"add participant", [&] { return c.addParticipant("Zoe", "CFO").has_value(); }},
        {"rename participant", [&] { return c.updateParticipant(p1, "Ana O.", "CEO"); }},
        {"rating", [&] { return c.setRating(p1, "c2.value", Rating::Mature, "note"); }},
        {"clear rating", [&] { return c.setRating(p1, "c2.value", std::nullopt, {}); }},
        {"consensus", [&] { return c.setConsensus("c3.aided", Rating::Advanced, "why"); }},
        {"power core", [&] { return c.setRanking("power_core", p1, reversed, "Finance"); }},
        {"agreed ranking",
         [&] {
             return c.setRankingConsensus("power_core", RankingConsensus{reversed, "agreed"});
         }},
        {"readiness", [&] { return c.setChecklist(p1, r1, Answer::Yes, {}); }},
        {"readiness consensus", [&] { return c.setChecklistConsensus(r1, Answer::Yes, "decided"); }},
        {"votes", [&] { return c.setVotes(std::string("hidden")); }},
        {"remove participant", [&] { return c.removeParticipant(p1); }},
    };
    for (const auto &[name, edit] : edits) {
        INFO(name);
        const Session before = onDisk(path);
        const auto votesBefore = SessionFile::open(path.toStdString())->workflow("votes");
        const int count = c.undoStack()->count();
        REQUIRE(edit());
        CHECK(c.undoStack()->count() == count + 1);
        const Session after = onDisk(path);
        const auto votesAfter = SessionFile::open(path.toStdString())->workflow("votes");
        CHECK((after != before || votesAfter != votesBefore));
        c.undoStack()->undo();
        CHECK(onDisk(path) == before);
        CHECK(SessionFile::open(path.toStdString())->workflow("votes") == votesBefore);
        // The controller's copy is the file's; what the pages read is its disclosed view.
        CHECK(c.stored() == before);
        CHECK(c.session() == disclose(before, c.votes(), "window.session"));
        c.undoStack()->redo();
        CHECK(onDisk(path) == after);
        CHECK(c.stored() == after);
        CHECK(c.session() == disclose(after, c.votes(), "window.session"));
    }
    CHECK(c.session().ratings.empty()); // hidden: the pages have no answer to show
    CHECK(c.votesHidden());
    CHECK(prompts.warnings.isEmpty());
}

TEST_CASE("names and notes full of markup, formulas, right-to-left text and emoji are shown literally")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.cxm"));
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    const std::string hostile =
        "<img src=\"/etc/hostname\"><b>&\" =HYPERLINK(\"http://x\") \u05E9\u05DC\u05D5\u05DD \U0001F600";
    s.participants[0].name = hostile;
    s.participants[1].role = hostile;
    s.info.organization = hostile;
    s.info.title = hostile;
    for (auto &c : s.consensus)
        c.note = hostile;
    s.ratings[0].note = hostile;
    SessionFile::write(path.toStdString(), ins, s, false);

    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    const QString literal = QString::fromStdString(hostile);
    for (int step = MainWindow::SetupStep; step <= mapStep(); ++step) {
        window.setStep(step);
        QApplication::processEvents();
        INFO("step " << step);
        // A label that would interpret its text must not be handed the raw markup.
        for (const QLabel *label : window.findChildren<QLabel *>()) {
            const bool rich = label->textFormat() == Qt::RichText ||
                              (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            if (rich)
                CHECK_FALSE(label->text().contains(QStringLiteral("<img")));
        }
        // Tooltips are guessed to be rich text: user text in them arrives escaped.
        for (const QWidget *w : window.findChildren<QWidget *>())
            CHECK_FALSE(w->toolTip().contains(QStringLiteral("<img")));
    }
    // The text itself is there, literally: in a plain label or a line edit.
    bool shown = false;
    window.setStep(MainWindow::SetupStep);
    for (const QLineEdit *edit : window.findChildren<QLineEdit *>())
        shown = shown || edit->text() == literal;
    CHECK(shown);
    CHECK(window.windowTitle().contains(QStringLiteral("hostile.cxm")));
    CHECK(onDisk(path) == s);
    CHECK(prompts.warnings.isEmpty());
}

TEST_CASE("a long report export runs off the window's thread: the window keeps handling events")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    // Forty participants: long enough to render that the event loop turns while it runs.
    const Session s = makeRepeatedDemoSession(ins, 40);
    const QString path = dir.filePath(QStringLiteral("big.cxm"));
    SessionFile::write(path.toStdString(), ins, s, false);
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));

    // The dialog shows at once, so whether it shows does not depend on how fast this machine renders.
    progressDelayMs = 0;
    int ticks = 0;
    bool progressShown = false;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        ++ticks;
        if (const auto *progress = window.findChild<QProgressDialog *>())
            progressShown = progressShown || progress->isVisible();
    });
    timer.start(0);
    REQUIRE(window.exportTo(dir.filePath(QStringLiteral("big.pdf")), MainWindow::ExportFormat::Pdf));
    timer.stop();
    progressDelayMs = 400;
    CHECK(ticks > 0); // a frozen window would not have run its timer until the export returned
    // Progress was shown while the report was written, and it is gone once the export is done.
    CHECK(progressShown);
    const auto *progress = window.findChild<QProgressDialog *>();
    CHECK((progress == nullptr || !progress->isVisible()));
    QFile pdf(dir.filePath(QStringLiteral("big.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(4) == "%PDF");
    CHECK(prompts.warnings.isEmpty());
}
