// The pages of the journey's team decisions, driven as a facilitator does: a stage placed on the
// Stairway to DESIRE with a click and with the arrow keys, projects named and reconciled on the STOP
// DOING list, the Customer Room ticked stage by stage, and the listening card put on the projector.
// Every change is on disk at once; Ctrl+Z takes it back; a removed stage comes back with its answers.
#include "UiTestSupport.h"

#include "SessionController.h"
#include "UiText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QRadioButton>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;

namespace {

// A workshop of two with three stages, on the step of the worksheet.
struct Journey
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("j.cxm"));
    std::unique_ptr<MainWindow> window = newWorkshop(path);
    QWidget *page = nullptr;

    explicit Journey(const std::string &worksheet)
    {
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        REQUIRE(window->controller()->addStages(
            {{"I have a need", "Prospect", {}}, {"I decide", "Pitch", {}}, {"I use it", "Service", {}}}));
        const int step = window->stepOf(worksheet);
        window->setStep(step);
        page = window->stepPage(step);
    }
    Session stored() const { return onDisk(path); }
    void undo() { QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier); }
    QString stepText(const std::string &worksheet) const
    {
        return find<QListWidget>(window.get(), QStringLiteral("steps"))
            ->item(window->stepOf(worksheet))
            ->text();
    }
};

// Picks the entry of a combo box that reads `text`, with the keys: open it, walk to it, Return.
void pickWithKeys(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    INFO(text.toStdString() << " in " << [&] {
        QStringList all;
        for (int i = 0; i < combo->count(); ++i)
            all << combo->itemText(i);
        return all.join(QStringLiteral(" | ")).toStdString();
    }());
    REQUIRE(target >= 0);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down, Qt::AltModifier);
    REQUIRE(combo->view()->isVisible());
    const int steps = target - combo->currentIndex();
    for (int i = 0; i < std::abs(steps); ++i)
        QTest::keyClick(combo->view(), steps > 0 ? Qt::Key_Down : Qt::Key_Up);
    QTest::keyClick(combo->view(), Qt::Key_Return);
    REQUIRE(combo->currentText() == text);
}

} // namespace

TEST_CASE("the stairway: a stage placed with a click and with the keys, a note, Clear, and undo")
{
    ensureApp();
    PromptRecorder prompts;
    Journey j("stairway");
    CHECK(j.stepText("stairway").contains(QStringLiteral("0 of 3 stages")));
    auto *reliable = find<QRadioButton>(j.page, QStringLiteral("choice_s2_stairway.reliable"));
    QTest::mouseClick(reliable, Qt::LeftButton);
    REQUIRE(j.stored().findChoice("stairway", "s2"));
    CHECK(j.stored().findChoice("stairway", "s2")->option == "stairway.reliable");
    CHECK_FALSE(j.stored().findChoice("stairway", "s1"));
    CHECK(j.stepText("stairway").contains(QStringLiteral("1 of 3 stages")));

    // With the keys: Space on the first step, then the arrow key walks up the stairway and Space.
    auto *random = find<QRadioButton>(j.page, QStringLiteral("choice_s1_stairway.random"));
    random->setFocus();
    QTest::keyClick(random, Qt::Key_Space);
    CHECK(j.stored().findChoice("stairway", "s1")->option == "stairway.random");
    QTest::keyClick(random, Qt::Key_Right);
    QWidget *next = QApplication::focusWidget();
    CHECK(next == find<QRadioButton>(j.page, QStringLiteral("choice_s1_stairway.reliable")));
    QTest::keyClick(next, Qt::Key_Space);
    CHECK(j.stored().findChoice("stairway", "s1")->option == "stairway.reliable");
    // The other rows are their own groups: stage 2 is still where it was put.
    CHECK(find<QRadioButton>(j.page, QStringLiteral("choice_s2_stairway.reliable"))->isChecked());

    typeInto(j.page, QStringLiteral("choiceNote_s1"), QStringLiteral("Defined <b>at last</b>"));
    CHECK(j.stored().findChoice("stairway", "s1")->note == "Defined <b>at last</b>");
    j.undo(); // the note
    CHECK(j.stored().findChoice("stairway", "s1")->note.empty());
    j.undo(); // reliable → random
    CHECK(j.stored().findChoice("stairway", "s1")->option == "stairway.random");
    CHECK(find<QRadioButton>(j.page, QStringLiteral("choice_s1_stairway.random"))->isChecked());

    click(j.page, QStringLiteral("choiceClear_s1"));
    CHECK_FALSE(j.stored().findChoice("stairway", "s1"));
    for (const char *option : {"random", "reliable", "differentiated", "desire"})
        CHECK_FALSE(
            find<QRadioButton>(j.page, QStringLiteral("choice_s1_stairway.%1").arg(QLatin1String(option)))
                ->isChecked());

    // Removing stage 2 takes its place on the stairway; undo brings it back with it.
    REQUIRE(j.window->controller()->removeStage("s2"));
    CHECK_FALSE(j.stored().findChoice("stairway", "s2"));
    CHECK(j.page->findChild<QRadioButton *>(QStringLiteral("choice_s2_stairway.reliable")) == nullptr);
    j.undo();
    CHECK(j.stored().findChoice("stairway", "s2")->option == "stairway.reliable");
    CHECK(find<QRadioButton>(j.page, QStringLiteral("choice_s2_stairway.reliable"))->isChecked());
    CHECK(prompts.warnings.isEmpty());
}

TEST_CASE("the stop-doing list: priorities and projects named, a stop candidate flagged, then reconciled")
{
    ensureApp();
    PromptRecorder prompts;
    Journey j("stop_doing");
    auto *stage = find<QComboBox>(j.page, QStringLiteral("stageSelector"));
    REQUIRE(stage->count() == 3);
    pickWithKeys(stage, QStringLiteral("2. I decide"));

    typeInto(j.page, QStringLiteral("name_stop_doing.priorities1"),
             QStringLiteral("When the customer compares plans"));
    typeInto(j.page, QStringLiteral("name_stop_doing.projects1"), QStringLiteral("Brand campaign"));
    CHECK(j.stored().itemName("stop_doing.priorities1", "s2") == "When the customer compares plans");
    CHECK(j.stored().itemName("stop_doing.projects1", "s2") == "Brand campaign");
    CHECK(j.stored().itemName("stop_doing.projects1", "s1").empty());
    // Serving no priority, it is a stop candidate, on the page as in the score.
    auto *flag = find<QLabel>(j.page, QStringLiteral("flag_stop_doing.projects1"));
    CHECK(flag->text().contains(QStringLiteral("Stop candidate")));
    CHECK(find<QLabel>(j.page, QStringLiteral("reconcileSummary"))
              ->text()
              .contains(QStringLiteral("1 stop candidate")));
    CHECK(stage->currentText().contains(QStringLiteral("1 project")));
    // An unnamed project's answers wait for its name.
    CHECK_FALSE(find<QComboBox>(j.page, QStringLiteral("serves_stop_doing.projects2"))->isEnabled());

    pickWithKeys(find<QComboBox>(j.page, QStringLiteral("serves_stop_doing.projects1")),
                 QStringLiteral("When the customer compares plans"));
    REQUIRE(j.stored().findReconciliation("stop_doing.projects1", "s2"));
    CHECK(j.stored().findReconciliation("stop_doing.projects1", "s2")->serves == "stop_doing.priorities1");
    CHECK(flag->text().isEmpty());
    CHECK_FALSE(j.stepText("stop_doing").startsWith(QStringLiteral("✓")));
    pickWithKeys(find<QComboBox>(j.page, QStringLiteral("decision_stop_doing.projects1")),
                 QStringLiteral("Change"));
    CHECK(j.stored().findReconciliation("stop_doing.projects1", "s2")->decision == "change");
    CHECK(j.stepText("stop_doing").startsWith(QStringLiteral("✓")));

    // The other stage has its own list.
    pickWithKeys(stage, QStringLiteral("1. I have a need"));
    CHECK(find<QLineEdit>(j.page, QStringLiteral("name_stop_doing.projects1"))->text().isEmpty());
    pickWithKeys(stage, QStringLiteral("2. I decide — 1 project"));
    CHECK(find<QLineEdit>(j.page, QStringLiteral("name_stop_doing.projects1"))->text() ==
          QStringLiteral("Brand campaign"));

    j.undo(); // the decision
    j.undo(); // what it serves
    CHECK_FALSE(j.stored().findReconciliation("stop_doing.projects1", "s2"));
    CHECK(flag->text().contains(QStringLiteral("Stop candidate")));
    CHECK(prompts.warnings.isEmpty());
}

TEST_CASE("the Customer Room: the team ticks what it has for each stage; Space and undo")
{
    ensureApp();
    PromptRecorder prompts;
    Journey j("customer_room");
    auto *box = find<QCheckBox>(j.page, QStringLiteral("check_room.aided@s2"));
    QTest::mouseClick(box, Qt::LeftButton);
    REQUIRE(j.stored().findChecklistConsensus("room.aided", "s2"));
    CHECK(j.stored().findChecklistConsensus("room.aided", "s2")->answer == Answer::Yes);
    CHECK_FALSE(j.stored().findChecklistConsensus("room.aided", "s1"));
    CHECK(j.stored().checklist.empty()); // nobody's own answer: the team's
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    CHECK(j.stored().findChecklistConsensus("room.aided", "s2")->answer == Answer::No);
    CHECK_FALSE(box->isChecked());
    j.undo();
    CHECK(j.stored().findChecklistConsensus("room.aided", "s2")->answer == Answer::Yes);
    CHECK(box->isChecked());
    CHECK(j.stepText("customer_room").contains(QStringLiteral("1 of 3 stages")));
    CHECK(prompts.warnings.isEmpty());
}

TEST_CASE("the listening conversation: four cards to read, full screen on the projector, Esc closes")
{
    ensureApp();
    Journey j("listening");
    for (const char *card : {"initiate", "probe", "earn", "close"})
        find<QWidget>(j.page, QStringLiteral("card_listening.%1").arg(QLatin1String(card)));
    CHECK(j.stepText("listening").startsWith(QStringLiteral("»")));
    // The journey's worksheets stand indented under the journey's step; the others do not.
    auto *steps = find<QListWidget>(j.window.get(), QStringLiteral("steps"));
    const auto depth = [&](const std::string &id) {
        return steps->item(j.window->stepOf(id))->data(Qt::UserRole + 1).toInt();
    };
    CHECK(depth("journey_stages") == 0);
    CHECK(depth("readiness") == 0);
    for (const char *id : {"reliability", "stairway", "stop_doing", "customer_room", "listening"})
        CHECK(depth(id) == 1);
    click(j.page, QStringLiteral("presentCards"));
    QPointer<QWidget> projector;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == QStringLiteral("projectorCards") && w->isVisible())
            projector = w;
    REQUIRE(projector);
    CHECK(projector->isFullScreen());
    CHECK(projector->findChild<QWidget *>(QStringLiteral("card_listening.close")));
    QTest::keyClick(projector, Qt::Key_Escape);
    CHECK((projector.isNull() || !projector->isVisible()));
}
