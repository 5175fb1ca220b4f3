// The Targets and Action Plan steps, driven as a facilitator does: a whole competency's target set on
// its row and undone in one step, a date and "within 18 months" typed; suggestions taken into the plan
// or dismissed; an action added and its title typed, its status changed in place, the plan filtered by
// owner and sorted by due date, an action removed and brought back. Every change is on disk at once.
#include "UiTestSupport.h"

#include "ActionsModel.h"
#include "DemoSession.h"
#include "SessionController.h"
#include "SessionFile.h"
#include "UiText.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;

namespace {

void pick(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    REQUIRE(target >= 0);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down, Qt::AltModifier);
    REQUIRE(combo->view()->isVisible());
    const int steps = target - combo->currentIndex();
    for (int i = 0; i < std::abs(steps); ++i)
        QTest::keyClick(combo->view(), steps > 0 ? Qt::Key_Down : Qt::Key_Up);
    QTest::keyClick(combo->view(), Qt::Key_Return);
}

// The same with the arrow keys on the closed list, as a person does on a focused filter.
void arrowTo(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    REQUIRE(target >= 0);
    combo->setFocus();
    while (combo->currentIndex() != target)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
}

void typeBy(QComboBox *by, const QString &text)
{
    by->setFocus();
    by->lineEdit()->selectAll();
    QTest::keyClicks(by->lineEdit(), text);
    QTest::keyClick(by->lineEdit(), Qt::Key_Return);
}

} // namespace

TEST_CASE("targets: a whole competency at once, a date, within N months, a refusal, and one undo")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.cxm"));
    auto window = newWorkshop(path);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    const Instrument &ins = Instrument::builtin();
    window->setStep(MainWindow::targetsStep(ins));
    QWidget *page = window->stepPage(MainWindow::targetsStep(ins));

    pick(find<QComboBox>(page, QStringLiteral("target_c2")), QStringLiteral("Mature"));
    for (const char *item : {"c2.alignment", "c2.priorities", "c2.value"}) {
        INFO(item);
        REQUIRE(onDisk(path).findTarget(item));
        CHECK(onDisk(path).findTarget(item)->level == Rating::Mature);
    }
    CHECK_FALSE(onDisk(path).findTarget("c1.culture"));
    // The items follow their competency's row.
    CHECK(find<QComboBox>(page, QStringLiteral("target_c2.value"))->currentText() ==
          QStringLiteral("Mature"));

    typeBy(find<QComboBox>(page, QStringLiteral("by_c2.value")), QStringLiteral("2027-06-30"));
    CHECK(onDisk(path).findTarget("c2.value")->date == "2027-06-30");
    CHECK(onDisk(path).findTarget("c2.alignment")->date.empty());
    typeBy(find<QComboBox>(page, QStringLiteral("by_c2.alignment")), QStringLiteral("within 18 months"));
    CHECK(onDisk(path).findTarget("c2.alignment")->months == 18);
    // Neither a date nor months: nothing stored, the box shows what is.
    typeBy(find<QComboBox>(page, QStringLiteral("by_c2.alignment")), QStringLiteral("next year"));
    CHECK(onDisk(path).findTarget("c2.alignment")->months == 18);
    CHECK(find<QComboBox>(page, QStringLiteral("by_c2.alignment"))->currentText() ==
          QStringLiteral("within 18 months"));

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier); // within 18 months
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier); // the date
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier); // the whole competency, at once
    for (const char *item : {"c2.alignment", "c2.priorities", "c2.value"})
        CHECK_FALSE(onDisk(path).findTarget(item));
    CHECK(prompts.warnings.isEmpty());
}

TEST_CASE("the action plan: suggestions taken or dismissed, an action typed, edited in place, filtered, "
          "sorted, removed and restored")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.cxm"));
    MainWindow window;
    window.show();
    SessionFile::write(path.toStdString(), Instrument::builtin(), makeDemoSession(Instrument::builtin()),
                       false);
    REQUIRE(window.openFile(path));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const Instrument &ins = Instrument::builtin();
    const int step = MainWindow::planStep(ins);
    window.setStep(step);
    QWidget *page = window.stepPage(step);
    const auto stored = [&] { return onDisk(path); };
    const std::size_t before = stored().actions.size();

    // A readiness No, taken into the plan: an action that remembers it, and the suggestion is gone.
    click(page, QStringLiteral("accept_readiness:r2"));
    REQUIRE(stored().actions.size() == before + 1);
    CHECK(stored().actions.back().suggestion == "readiness:r2");
    CHECK(stored().actions.back().note == ins.findItem("r2")->tip);
    CHECK(page->findChild<QWidget *>(QStringLiteral("suggestion_readiness:r2")) == nullptr);
    // Dismissed, it stays dismissed; undo offers it again.
    click(page, QStringLiteral("dismiss_weakest:c1.culture"));
    CHECK(stored().dismissed == std::vector<std::string>{"readiness:r11", "weakest:c1.culture"});
    CHECK(page->findChild<QWidget *>(QStringLiteral("suggestion_weakest:c1.culture")) == nullptr);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(stored().dismissed == std::vector<std::string>{"readiness:r11"});
    CHECK(page->findChild<QWidget *>(QStringLiteral("suggestion_weakest:c1.culture")) != nullptr);
    // A minority No is for discussion, not a suggestion: the demo's r6 (most said Yes, some No).
    auto *discuss = find<QLabel>(page, QStringLiteral("discuss_r6"));
    CHECK(discuss->text().contains(QStringLiteral("Yes and")));
    CHECK(page->findChild<QWidget *>(QStringLiteral("suggestion_readiness:r6")) == nullptr);

    // A new action: its title typed straight away.
    click(page, QStringLiteral("addAction"));
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(qobject_cast<QLineEdit *>(editor));
    QTest::keyClicks(editor, QStringLiteral("Publish the <b>customer</b> scorecard"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits a Return once the editor has seen it
    REQUIRE(stored().actions.size() == before + 2);
    const Action added = stored().actions.back();
    CHECK(added.title == "Publish the <b>customer</b> scorecard");
    CHECK(added.status == ActionStatus::Open);

    // Its status changed in place, with the keys: F2 on the cell, the list, Done.
    auto *table = find<QTableView>(page, QStringLiteral("actionsTable"));
    const auto cell = [&](const std::string &id, int column) {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex i = table->model()->index(r, ActionsModel::Title);
            if (table->model()->data(i).toString() == qs(stored().findAction(id)->title))
                return table->model()->index(r, column);
        }
        return QModelIndex();
    };
    table->setFocus();
    table->setCurrentIndex(cell(added.id, ActionsModel::Status));
    QTest::keyClick(table, Qt::Key_F2);
    auto *status = qobject_cast<QComboBox *>(QApplication::focusWidget());
    REQUIRE(status);
    arrowTo(status, QStringLiteral("Done"));
    QTest::keyClick(status, Qt::Key_Return); // commits the editor's choice
    QCoreApplication::processEvents();
    CHECK(stored().findAction(added.id)->status == ActionStatus::Done);

    // Filtered by owner: Chiara Rossi owns one action of the demo.
    arrowTo(find<QComboBox>(page, QStringLiteral("ownerFilter")), QStringLiteral("Chiara Rossi"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, ActionsModel::Owner).data().toString() == QStringLiteral("Chiara Rossi"));
    arrowTo(find<QComboBox>(page, QStringLiteral("ownerFilter")), QStringLiteral("Everyone"));
    // Sorted by due date: a click on the header; undated last.
    table->horizontalHeader()->setSortIndicatorShown(true);
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      QPoint(table->horizontalHeader()->sectionViewportPosition(ActionsModel::Due) + 5, 5));
    QStringList dues;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        dues << table->model()->index(r, ActionsModel::Due).data().toString();
    QStringList dated = dues.filter(QRegularExpression(QStringLiteral("^\\d")));
    QStringList sorted = dated;
    sorted.sort();
    CHECK(dated == sorted);
    CHECK(dues.last().isEmpty()); // the new action has no date

    // Removed, and back in its place with undo.
    const Session full = stored();
    const QModelIndex a2 = cell("a2", ActionsModel::Title);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(a2).center());
    REQUIRE(table->currentIndex().row() == a2.row());
    click(page, QStringLiteral("removeAction"));
    CHECK_FALSE(stored().findAction("a2"));
    CHECK(QApplication::focusWidget() == table); // the keys stay in the plan, on the next row
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(stored().actions == full.actions);

    // The roadmap tab (Alt+M) draws the same plan by quarter, and grows with it.
    auto *tabs = find<QTabWidget>(page, QStringLiteral("planTabs"));
    QTest::keyClick(&window, Qt::Key_M, Qt::AltModifier);
    CHECK(tabs->currentIndex() == 1);
    auto *roadmap = find<QWidget>(page, QStringLiteral("roadmap"));
    CHECK(roadmap->isVisible());
    const int tall = roadmap->heightForWidth(900);
    CHECK(tall > 100);
    Action later;
    later.title = "Review the plan at the next offsite";
    later.due = "2027-09-30";
    later.priority = "years1to3.prove"; // a lane of its own
    REQUIRE(window.controller()->addAction(later));
    CHECK(roadmap->heightForWidth(900) > tall);
    CHECK(prompts.warnings.isEmpty());
}
