// File → New follow-up session… and File → Compare sessions…, driven through the window's actions
// and the comparison view's widgets found by objectName.
#include "CompareActions.h"
#include "ComparisonView.h"
#include "DemoSession.h"
#include "ExportActions.h"
#include "FollowUp.h"
#include "SessionController.h"
#include "UiTestSupport.h"

#include "../core/TempDir.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDate>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;
using cxm::test::readBytes;
using cxm::test::TempDir;
using cxm::test::writeBytes;
namespace fs = std::filesystem;

namespace {

const Instrument &ins()
{
    return Instrument::builtin();
}

// The file dialogs answered by the test; the previous ones put back afterwards.
struct Dialogs
{
    decltype(ExportActions::chooseSaveFile) savedSave = ExportActions::chooseSaveFile;
    decltype(CompareActions::chooseSessionFiles) savedOpen = CompareActions::chooseSessionFiles;
    QString suggested;
    Dialogs(const QString &saveAs, const QStringList &open)
    {
        ExportActions::chooseSaveFile = [this, saveAs](QWidget *, const QString &, const QString &suggestion,
                                                       const QString &) {
            suggested = suggestion;
            return saveAs;
        };
        CompareActions::chooseSessionFiles = [open](QWidget *, const QString &, const QString &,
                                                    const QString &) { return open; };
    }
    ~Dialogs()
    {
        ExportActions::chooseSaveFile = savedSave;
        CompareActions::chooseSessionFiles = savedOpen;
    }
};

void trigger(MainWindow &window, const char *name)
{
    auto *action = window.findChild<QAction *>(QLatin1String(name));
    INFO(name);
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
}

ComparisonView *openView(MainWindow &window)
{
    const auto views = window.findChildren<ComparisonView *>(QStringLiteral("comparisonView"));
    return views.isEmpty() ? nullptr : views.back();
}

QString cell(QStandardItemModel *model, const QString &rowStart, int column)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->item(r, 0)->text().startsWith(rowStart) || model->item(r, 1)->text().startsWith(rowStart))
            return model->item(r, column)->text();
    FAIL("no row " << rowStart.toStdString());
    return {};
}

// The demo, and its follow-up answered six months on, as files (the follow-up naming the demo).
void writePair(const TempDir &dir)
{
    SessionFile::write(dir / "demo.cxm", ins(), makeDemoSession(ins()), false);
    const std::string uuid = SessionFile::open(dir / "demo.cxm", SessionFile::Access::ReadOnly)->uuid();
    SessionFile::write(dir / "next.cxm", ins(), makeDemoFollowUp(ins()), false, systemClock,
                       followUpLineage(makeDemoSession(ins()), uuid));
}

QString q(const fs::path &p)
{
    return QString::fromStdString(p.string());
}

} // namespace

TEST_CASE("File → New follow-up session writes the follow-up and opens it at Setup")
{
    ensureApp();
    const TempDir dir;
    SessionFile::write(dir / "demo.cxm", ins(), makeDemoSession(ins()), false);
    MainWindow window;
    PromptRecorder prompts;
    // No session open: nothing to follow up.
    CHECK(!window.findChild<QAction *>(QStringLiteral("actionNewFollowUp"))->isEnabled());
    REQUIRE(window.openFile(q(dir / "demo.cxm")));
    const std::string uuid = window.controller()->file().uuid();
    {
        const Dialogs dialogs(q(dir / "next"), {}); // typed without .cxm
        trigger(window, "actionNewFollowUp");
        CHECK(dialogs.suggested.startsWith(q(dir.path()) + QStringLiteral("/Follow-up ")));
    }
    CHECK(prompts.warnings.isEmpty());
    REQUIRE(window.controller());
    CHECK(window.controller()->filePath().endsWith(QStringLiteral("next.cxm")));
    CHECK(window.currentStep() == MainWindow::SetupStep);
    CHECK(window.controller()->file().follows() == uuid);
    const Session &next = window.controller()->session();
    CHECK(next.participants.size() == 6);
    CHECK(next.ratings.empty());
    CHECK(next.actions.size() == 4);
    CHECK(next.info.date == QDate::currentDate().toString(Qt::ISODate).toStdString());
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral(
              "The follow-up of demo.cxm: 4 open actions and the targets carried over, no answers yet."));

    // Over the session it follows: refused, nothing written.
    REQUIRE(window.openFile(q(dir / "demo.cxm")));
    const std::string before = readBytes(dir / "demo.cxm");
    CHECK(!window.findChild<CompareActions *>()->newFollowUp(q(dir / "demo.cxm")));
    REQUIRE(prompts.warnings.size() == 1);
    CHECK(prompts.warnings[0].contains(QStringLiteral("the session it follows")));
    CHECK(readBytes(dir / "demo.cxm") == before);
}

TEST_CASE("File → Compare sessions shows the open session against the files chosen")
{
    ensureApp();
    const TempDir dir;
    writePair(dir);
    MainWindow window;
    PromptRecorder prompts;
    REQUIRE(window.openFile(q(dir / "next.cxm")));
    {
        const Dialogs dialogs({}, {q(dir / "demo.cxm")});
        trigger(window, "actionCompareSessions");
    }
    CHECK(prompts.warnings.isEmpty());
    ComparisonView *view = openView(window);
    REQUIRE(view);
    CHECK(view->isVisible());
    // Oldest first: the file chosen is the earlier session.
    CHECK(find<QLabel>(view, QStringLiteral("comparisonSessions"))
              ->text()
              .startsWith(QStringLiteral("1. 2026-11-20")));
    CHECK(find<QLabel>(view, QStringLiteral("comparisonSessions"))
              ->text()
              .contains(QStringLiteral("the follow-up of 1")));

    auto *tabs = find<QTabWidget>(view, QStringLiteral("comparisonTabs"));
    QStringList names;
    for (int i = 0; i < tabs->count(); ++i)
        names << tabs->tabText(i);
    CHECK(names == QStringList{QStringLiteral("Summary"), QStringLiteral("Competencies"),
                               QStringLiteral("Items"), QStringLiteral("Journey stages"),
                               QStringLiteral("Perception gap")});

    for (QStandardItemModel *model :
         {view->competencyModel(), view->itemModel(), view->stageModel(), view->gapModel()})
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The items: each session's value and level, the change as arrow, word and colour.
    auto *items = find<QTableView>(view, QStringLiteral("itemTable"));
    CHECK(items->model() == view->itemModel());
    CHECK(view->itemModel()->rowCount() == 15);
    CHECK(view->itemModel()->columnCount() == 4);
    CHECK(view->itemModel()->horizontalHeaderItem(1)->text() == QStringLiteral("2026-11-20"));
    CHECK(view->itemModel()->horizontalHeaderItem(2)->text() == QStringLiteral("2027-05-20"));
    CHECK(cell(view->itemModel(), QStringLiteral("C1 Culture"), 1) == QStringLiteral("1.00  Early"));
    const QString up = cell(view->itemModel(), QStringLiteral("C1 Culture"), 3);
    CHECK(up.startsWith(QStringLiteral("▲ up +")));
    CHECK(cell(view->itemModel(), QStringLiteral("C3 Real-time Unaided Listening"), 3)
              .startsWith(QStringLiteral("▼ down −")));
    CHECK(cell(view->itemModel(), QStringLiteral("C2 Alignment Around Experience"), 3) ==
          QStringLiteral("▬ no change"));
    const QColor upColour = view->itemModel()->item(0, 3)->foreground().color();
    const QColor sameColour = view->itemModel()->item(3, 3)->foreground().color();
    CHECK(upColour != sameColour);
    // Competencies in percent; stages in the reliability worksheet's own levels.
    CHECK(cell(view->competencyModel(), QStringLiteral("C1 Honor"), 1) == QStringLiteral("8.3%  Early"));
    CHECK(cell(view->stageModel(), QStringLiteral("My power is on when I move in"), 3)
              .startsWith(QStringLiteral("▲ up")));
    CHECK(cell(view->stageModel(), QStringLiteral("My power is on when I move in"), 1)
              .contains(QStringLiteral("UNRELIABLE")));

    // The summary: the milestone's path, actions completed, targets met.
    CHECK(find<QLabel>(view, QStringLiteral("comparisonMilestone"))->text() ==
          QStringLiteral("Unite & Build → Embed   ▲ up one milestone"));
    const QString actions = find<QLabel>(view, QStringLiteral("comparisonActions"))->text();
    CHECK(actions.contains(QStringLiteral(
        "✓ Publish the move-in promise on the website (done by 2027-05-20; new since the session before)")));
    CHECK(actions.count(QStringLiteral("✓")) == 3);
    const QString targets = find<QLabel>(view, QStringLiteral("comparisonTargets"))->text();
    CHECK(targets.contains(QStringLiteral("C1 Culture: Advanced reached by 2027-05-20")));
    CHECK(targets.contains(QStringLiteral("due 2027-06-30: on time")));
    CHECK(targets.contains(
        QStringLiteral("(My power is on when I move in): SOMETIMES Reliable reached by 2027-05-20")));
    // The report's chart, on the summary.
    auto *chart = find<QWidget>(view, QStringLiteral("comparisonChart"));
    tabs->setCurrentIndex(0);
    CHECK(chart->isVisible());
    CHECK(chart->height() >= 260);
    // No self-assessment: the gap tab says how to get one.
    CHECK(view->gapModel()->rowCount() == 0);
    view->close();
}

TEST_CASE("the comparison view's perception gap tab, and what cannot be compared")
{
    ensureApp();
    const TempDir dir;
    writePair(dir);
    Session self = makeSelfDemoSession(ins());
    for (RatingEntry &r : self.ratings)
        if (r.item == "c1.why")
            r.rating = Rating::Mature;
    SessionFile::write(dir / "self.cxm", ins(), self, false);
    MainWindow window;
    PromptRecorder prompts;
    REQUIRE(window.openFile(q(dir / "next.cxm")));
    auto *actions = window.findChild<CompareActions *>();
    REQUIRE(actions);
    ComparisonView *view = actions->compareWith({q(dir / "demo.cxm"), q(dir / "self.cxm")});
    REQUIRE(view);
    auto *tabs = find<QTabWidget>(view, QStringLiteral("comparisonTabs"));
    tabs->setCurrentIndex(tabs->count() - 1);
    CHECK(find<QTableView>(view, QStringLiteral("gapTable"))->isVisible());
    QStandardItemModel *gap = view->gapModel();
    REQUIRE(gap->rowCount() == 15);
    CHECK(gap->item(2, 0)->text() == QString::fromStdString(self.participants[0].name));
    CHECK(gap->item(2, 1)->text() == QStringLiteral("C1 Wanting to know WHY?"));
    CHECK(gap->item(2, 2)->text() == QStringLiteral("Mature"));
    CHECK(gap->item(2, 3)->text() == QStringLiteral("Advanced"));
    CHECK(gap->item(2, 4)->text() == QStringLiteral("Early"));
    CHECK(gap->item(2, 5)->text() == QStringLiteral("▲ you rate higher"));
    CHECK(gap->item(2, 5)->toolTip() == QStringLiteral("You: Mature · Team: Advanced · Last time: Early"));
    view->close();

    // A file that is no session, and the open session chosen again: a warning each, no view.
    writeBytes(dir / "notes.txt", "not a session");
    const int views = window.findChildren<ComparisonView *>().size();
    CHECK(!actions->compareWith({q(dir / "notes.txt")}));
    CHECK(!actions->compareWith({q(dir / "next.cxm")}));
    REQUIRE(prompts.warnings.size() == 2);
    CHECK(prompts.warnings[0].contains(QStringLiteral("notes.txt")));
    CHECK(prompts.warnings[1].contains(QStringLiteral("is the same session as")));
    CHECK(window.findChildren<ComparisonView *>().size() == views);
}

TEST_CASE("Compare sessions with no session open needs two files")
{
    ensureApp();
    const TempDir dir;
    writePair(dir);
    MainWindow window;
    PromptRecorder prompts;
    auto *actions = window.findChild<CompareActions *>();
    CHECK(!actions->compareWith({q(dir / "demo.cxm")}));
    REQUIRE(prompts.warnings.size() == 1);
    CHECK(prompts.warnings[0].contains(QStringLiteral("two or more sessions")));
    {
        const Dialogs dialogs({}, {q(dir / "next.cxm"), q(dir / "demo.cxm")});
        trigger(window, "actionCompareSessions");
    }
    REQUIRE(openView(window));
    CHECK(openView(window)->comparison().sessions.size() == 2);
}

TEST_CASE("the comparison view exports the trend report where the facilitator chooses")
{
    ensureApp();
    const TempDir dir;
    writePair(dir);
    MainWindow window;
    PromptRecorder prompts;
    REQUIRE(window.openFile(q(dir / "next.cxm")));
    {
        const Dialogs dialogs({}, {q(dir / "demo.cxm")});
        trigger(window, "actionCompareSessions");
    }
    ComparisonView *view = openView(window);
    REQUIRE(view);
    const fs::path pdf = dir / "trend.pdf";
    {
        const Dialogs dialogs(q(pdf), {});
        QTest::mouseClick(find<QPushButton>(view, QStringLiteral("exportTrendReport")), Qt::LeftButton);
        // The name offered is the organisation's trend report, beside the newest session.
        CHECK(dialogs.suggested.endsWith(QStringLiteral(".pdf")));
        CHECK(dialogs.suggested.startsWith(q(dir.path())));
    }
    CHECK(prompts.warnings.isEmpty());
    CHECK(view->exportedTo() == q(pdf));
    REQUIRE(fs::exists(pdf));
    CHECK(readBytes(pdf).rfind("%PDF-", 0) == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {q(pdf), QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(words.contains(QString::fromStdString(makeDemoSession(ins()).info.organization)));
    CHECK(words.contains(QStringLiteral("2026-11-20")));
    CHECK(words.contains(QStringLiteral("2027-05-20")));

    // Cancelled: nothing written, nothing said.
    fs::remove(pdf);
    {
        const Dialogs dialogs({}, {});
        QTest::mouseClick(find<QPushButton>(view, QStringLiteral("exportTrendReport")), Qt::LeftButton);
    }
    CHECK_FALSE(fs::exists(pdf));
    CHECK(prompts.warnings.isEmpty());
    view->close();
}
