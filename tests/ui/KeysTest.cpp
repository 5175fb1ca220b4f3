// No key changes an answer nobody aimed at (issue 21 §3): one key too many at the end of every kind of
// answer grid changes nothing and says why, at 1366 and 1920 wide; Delete after a click clears what
// was clicked; after New workshop the keys are in Organisation, after opening a session on the first
// unanswered row; a Space or a letter never opens or sets a team answer; German keys follow the
// letters shown (J/N).
#include "ChoiceRow.h"
#include "SessionController.h"
#include "UiTestSupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;

namespace {

struct Size
{
    int width;
    int height;
};

// Opens a step as a person does, by a click in the step list: the keys go to its first open answer.
void openStep(MainWindow *window, int step)
{
    auto *steps = find<QListWidget>(window, QStringLiteral("steps"));
    steps->scrollToItem(steps->item(step));
    QTest::mouseClick(steps->viewport(), Qt::LeftButton, {},
                      steps->visualItemRect(steps->item(step)).center());
    REQUIRE(window->currentStep() == step);
}

// Where the keys are, with the answer they would change: the focus widget, its participant and row.
QString keysWithValue()
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *button = qobject_cast<QToolButton *>(focus))
        if (auto *row = qobject_cast<ChoiceRow *>(button->parentWidget()))
            return row->objectName();
    return keysAt();
}

// Types key until the keys stop moving on: the page's last answer. Returns how many keys it took.
int typeToTheEnd(char key)
{
    int typed = 0;
    QString before;
    do {
        before = keysWithValue();
        REQUIRE(QApplication::focusWidget() != nullptr);
        QTest::keyClick(QApplication::focusWidget(), key);
        ++typed;
    } while (keysWithValue() != before && typed < 400);
    return typed;
}

// One key too many at the end of the step: nothing changes, and the status bar says why.
void oneKeyTooMany(MainWindow *window, char other)
{
    const Session before = window->controller()->session();
    const QString at = keysWithValue();
    window->statusBar()->clearMessage();
    QTest::keyClick(QApplication::focusWidget(), other);
    CHECK(window->controller()->session() == before);
    CHECK(keysWithValue() == at);
    CHECK(window->statusBar()->currentMessage().startsWith(QStringLiteral("End of this step")));
    // Space too: on a grid it would pick the choice the keys are on.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(window->controller()->session() == before);
    CHECK(window->controller()->session().consensus.empty());
    CHECK(window->controller()->session().checklistConsensus.empty());
}

std::unique_ptr<MainWindow> workshopAt(const QString &path, Size size)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(size.width, size.height);
    window->show();
    REQUIRE(window->newSession(path, Mode::Workshop));
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    typeInto(window.get(), QStringLiteral("organization"), QStringLiteral("Northwind"));
    click(window.get(), QStringLiteral("addParticipant"));
    click(window.get(), QStringLiteral("addParticipant"));
    click(window.get(), QStringLiteral("addParticipant"));
    return window;
}

// Every kind of answer grid in one workshop, typed to its end and one key further.
void endOfEveryGrid(Size size)
{
    INFO("window " << size.width << "x" << size.height);
    const Instrument &ins = Instrument::builtin();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cxm"));
    auto window = workshopAt(path, size);
    REQUIRE(window->controller()->addStages({{"Research", {}, {}}, {"Decision", {}, {}}}));

    // A competency's answers: three items, three people.
    openStep(window.get(), MainWindow::FirstCompetencyStep);
    CHECK(typeToTheEnd('E') == 3 * 3);
    CHECK(window->isStepComplete(MainWindow::FirstCompetencyStep));
    oneKeyTooMany(window.get(), 'M');
    // Moved back and forth deliberately, the keys act on the last answer again.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), 'M');
    const std::string p3 = window->controller()->session().participants.back().id;
    CHECK(window->controller()->session().findRating(p3, ins.competencies()[0].items.back().id)->rating ==
          Rating::Mature);

    // The readiness questions.
    openStep(window.get(), stepOf(kReadinessStep));
    CHECK(typeToTheEnd('Y') == static_cast<int>(ins.readinessQuestions().size()) * 3);
    oneKeyTooMany(window.get(), 'N');

    // A worksheet asked per stage of the journey: two stages.
    openStep(window.get(), stepOf("reliability"));
    const int items = static_cast<int>(ins.findWorksheet("reliability")->items.size());
    CHECK(typeToTheEnd('A') == items * 2 * 3);
    oneKeyTooMany(window.get(), 'F');

    // Every other worksheet whose page is an answer grid (the other competencies, other checklists).
    for (const Worksheet &w : ins.worksheets) {
        const bool grid = w.kind == WorksheetKind::Scale || w.kind == WorksheetKind::Checklist;
        if (!grid || w.scope == WorksheetScope::Stage || w.id == kReadinessStep ||
            w.id == ins.competencies()[0].id)
            continue;
        INFO(w.id);
        openStep(window.get(), stepOf(w.id));
        const bool checklist = w.kind == WorksheetKind::Checklist;
        CHECK(typeToTheEnd(checklist ? 'Y' : 'A') > 1);
        oneKeyTooMany(window.get(), checklist ? 'N' : 'E');
    }
}

} // namespace

TEST_CASE("one rating key too many at the end of a page changes nothing and says why")
{
    ensureApp();
    PromptRecorder prompts;
    endOfEveryGrid({1366, 768});
    endOfEveryGrid({1920, 1080});

    // A self-assessment: one row per item.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("self.cxm"));
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.newSession(path, Mode::Self));
    REQUIRE(QTest::qWaitForWindowActive(&window));
    openStep(&window, MainWindow::FirstCompetencyStep);
    CHECK(typeToTheEnd('E') == 3);
    oneKeyTooMany(&window, 'M');
    CHECK(window.controller()
              ->session()
              .findRating("p1", Instrument::builtin().competencies()[0].items.back().id)
              ->rating == Rating::Early);
}

TEST_CASE("a click keeps the keys on the clicked answer: Delete and Clear answer clear that one")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cxm"));
    auto window = workshopAt(path, {1366, 768});
    const auto &session = [&] { return window->controller()->session(); };
    const std::string p1 = session().participants[0].id;
    const std::string p2 = session().participants[1].id;
    const auto &items = Instrument::builtin().competencies()[0].items;
    openStep(window.get(), MainWindow::FirstCompetencyStep);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(QApplication::focusWidget(), 'A'); // the first item: everyone Advanced

    SECTION("a competency's grid")
    {
        clickAnswer(window.get(), items[0].id, p1, "mature");
        CHECK(session().findRating(p1, items[0].id)->rating == Rating::Mature);
        CHECK(keysAt() == rowName(items[0].id, p1)); // the frame stays on what was clicked
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
        CHECK(session().findRating(p1, items[0].id) == nullptr);
        CHECK(session().findRating(p2, items[0].id)->rating == Rating::Advanced);
        // The context menu's "Clear answer" clears what was clicked as well.
        clickAnswer(window.get(), items[0].id, p2, "early");
        answerGrid(window.get(), items[0].id)->findChild<QAction *>(QStringLiteral("clearAnswer"))->trigger();
        CHECK(session().findRating(p2, items[0].id) == nullptr);
        CHECK(session().findRating(session().participants[2].id, items[0].id)->rating == Rating::Advanced);
    }
    SECTION("the readiness answers")
    {
        const auto &questions = Instrument::builtin().readinessQuestions();
        openStep(window.get(), stepOf(kReadinessStep));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(QApplication::focusWidget(), 'Y');
        clickReadiness(window.get(), questions[0].id, p1, "no");
        CHECK(keysAt() == rowName(questions[0].id, p1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
        CHECK(session().findChecklist(p1, questions[0].id) == nullptr);
        CHECK(session().findChecklist(p2, questions[0].id)->answer == Answer::Yes);
    }
    SECTION("a self-assessment's row")
    {
        QTemporaryDir selfDir;
        const QString selfPath = selfDir.filePath(QStringLiteral("self.cxm"));
        MainWindow self;
        self.show();
        REQUIRE(self.newSession(selfPath, Mode::Self));
        REQUIRE(QTest::qWaitForWindowActive(&self));
        openStep(&self, MainWindow::FirstCompetencyStep);
        QTest::keyClick(QApplication::focusWidget(), 'E');
        QTest::keyClick(QApplication::focusWidget(), 'E'); // the second item, then the keys on the third
        click(&self, buttonName(items[0].id, "p1", "advanced"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
        const Session s = self.controller()->session();
        CHECK(s.findRating("p1", items[0].id) == nullptr);
        CHECK(s.findRating("p1", items[1].id)->rating == Rating::Early);
    }
}

TEST_CASE("the first keys after New workshop go to Organisation, after opening to the first gap")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cxm"));
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.newSession(path, Mode::Workshop));
        CHECK(keysAt() == QStringLiteral("organization"));
        // Typed straight away, as a facilitator does: the organisation, not the step list.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Contoso Care"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        CHECK(window.controller()->session().info.organization == "Contoso Care");
        CHECK(window.currentStep() == MainWindow::SetupStep);
        click(&window, QStringLiteral("addParticipant"));
        click(&window, QStringLiteral("addParticipant"));
        window.controller()->setRating(window.controller()->session().participants[0].id,
                                       Instrument::builtin().competencies()[0].items[0].id, Rating::Early,
                                       {});
    }
    MainWindow reopened;
    reopened.resize(1366, 768);
    reopened.show();
    REQUIRE(QTest::qWaitForWindowActive(&reopened));
    REQUIRE(reopened.openFile(path));
    REQUIRE(reopened.currentStep() == MainWindow::FirstCompetencyStep);
    const Session s = reopened.controller()->session();
    const auto &items = Instrument::builtin().competencies()[0].items;
    CHECK(keysAt() == rowName(items[0].id, s.participants[1].id));
    QTest::keyClick(QApplication::focusWidget(), 'M'); // the first key is not lost
    CHECK(reopened.controller()->session().findRating(s.participants[1].id, items[0].id)->rating ==
          Rating::Mature);
}

TEST_CASE("neither a Space nor a letter opens or sets a consensus or any team answer")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cxm"));
    auto window = workshopAt(path, {1366, 768});
    SessionController *c = window->controller();
    REQUIRE(c->addStages({{"Research", {}, {}}, {"Decision", {}, {}}}));
    // Projects and priorities named, so the reconciliation's boxes take answers too.
    const Worksheet *reconcile = nullptr;
    for (const Worksheet &w : Instrument::builtin().worksheets)
        if (w.kind == WorksheetKind::Reconcile)
            reconcile = &w;
    REQUIRE(reconcile);
    REQUIRE(c->setItemName(reconcile->itemsOf("priorities").front()->id, "Billing", "s1"));
    REQUIRE(c->setItemName(reconcile->itemsOf("projects").front()->id, "New portal", "s1"));
    // The boxes that choose what a page shows, not an answer.
    const QStringList selectors{QStringLiteral("powerCoreParticipant"), QStringLiteral("stageSelector"),
                                QStringLiteral("ownerFilter"), QStringLiteral("statusFilter")};
    int boxes = 0;
    for (int step = 0; step < window->stepCount(); ++step) {
        window->setStep(step);
        QApplication::processEvents();
        for (QComboBox *box : window->stepPage(step)->findChildren<QComboBox *>()) {
            if (!box->isVisible() || !box->isEnabled() || box->isEditable() ||
                selectors.contains(box->objectName()))
                continue;
            INFO(box->objectName().toStdString());
            ++boxes;
            const Session before = c->session();
            const int index = box->currentIndex();
            box->setFocus(Qt::TabFocusReason);
            for (const auto key : {Qt::Key_Space, Qt::Key_E, Qt::Key_A, Qt::Key_M, Qt::Key_Y, Qt::Key_N,
                                   Qt::Key_D, Qt::Key_S, Qt::Key_1})
                QTest::keyClick(box, key);
            CHECK_FALSE(box->view()->isVisible());
            CHECK(box->currentIndex() == index);
            CHECK(c->session() == before);
        }
    }
    // Consensus (3 items × 5 competencies), readiness decisions, per-stage consensus, difficulty,
    // serves and decision, targets: far more than a handful.
    CHECK(boxes > 40);
}

TEST_CASE("in German the readiness keys are the letters shown: J and N")
{
    ensureApp();
    PromptRecorder prompts;
    struct Restore
    {
        ~Restore() { report::Language::use(QLocale::system()); }
    } restore;
    report::Language::use(QLocale(QLocale::German, QLocale::Germany));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cxm"));
    auto window = workshopAt(path, {1366, 768});
    const auto &questions = Instrument::builtin().readinessQuestions();
    const std::string p1 = window->controller()->session().participants[0].id;
    const std::string p2 = window->controller()->session().participants[1].id;
    openStep(window.get(), stepOf(kReadinessStep));
    QModelIndex cell = readinessCell(window.get(), questions[0].id, p1);
    CHECK(cell.data(Qt::DisplayRole).toString().isEmpty());
    CHECK(readinessAnswers(window.get(), questions[0].id)->answers()->labels() ==
          QStringList({QStringLiteral("J"), QStringLiteral("N")}));
    QTest::keyClick(QApplication::focusWidget(), 'J');
    QTest::keyClick(QApplication::focusWidget(), 'n');
    const Session s = window->controller()->session();
    CHECK(s.findChecklist(p1, questions[0].id)->answer == Answer::Yes);
    CHECK(s.findChecklist(p2, questions[0].id)->answer == Answer::No);
}
