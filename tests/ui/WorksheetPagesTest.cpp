// The tracked and lists worksheets' pages, driven as a person does: names typed into a slot, an
// answer clicked, entries added and moved; every change is on disk at once and Ctrl+Z takes it back.
#include "UiTestSupport.h"

#include "SessionController.h"
#include "UiText.h"

#include "SessionFile.h"

#include <nlohmann/json.hpp>

#include <QAbstractItemDelegate>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;

namespace {

const std::string kMetrics = "asset_metrics";
const std::string kLists = "enablers_inhibitors";

// Types one entry into the list's open editor and commits it with Return.
void typeEntry(QListWidget *list, const QString &text)
{
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor);
    REQUIRE(editor != list);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits a Return once the editor has seen it
}

std::vector<std::string> stored(const QString &path, const std::string &heading, const std::string &column)
{
    return onDisk(path).listEntries(kLists, heading, column);
}

} // namespace

TEST_CASE("a tracked worksheet: a behaviour is named, a metric answered, and Ctrl+Z takes it back")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cxm"));
    auto window = newWorkshop(path);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    const std::string p1 = onDisk(path).participants.at(0).id;
    const int step = window->stepOf(kMetrics);
    REQUIRE(step > MainWindow::SetupStep);
    window->setStep(step);
    QWidget *page = window->stepPage(step);

    auto *minimum = find<QLabel>(page, QStringLiteral("namedMinimum"));
    CHECK(minimum->isVisible());
    CHECK(minimum->text().contains(QStringLiteral("at least 3")));
    // An unnamed slot shows no answers yet.
    CHECK_FALSE(
        find<QAbstractButton>(page, QStringLiteral("tracked_am.behavior1_%1_yes").arg(qs(p1)))->isVisible());

    typeInto(page, QStringLiteral("name_am.behavior1"), QStringLiteral("Product Usage Increase"));
    CHECK(onDisk(path).itemName("am.behavior1") == "Product Usage Increase");
    CHECK(
        find<QAbstractButton>(page, QStringLiteral("tracked_am.behavior1_%1_yes").arg(qs(p1)))->isVisible());

    click(page, QStringLiteral("tracked_am.new_customers_%1_yes").arg(qs(p1)));
    auto *difficulty = find<QComboBox>(page, QStringLiteral("difficulty_am.new_customers_%1").arg(qs(p1)));
    difficulty->setCurrentIndex(4);
    emit difficulty->activated(4);
    {
        const Session s = onDisk(path);
        const TrackedAnswer *a = s.findTracked(p1, "am.new_customers");
        REQUIRE(a);
        CHECK(a->tracked == Answer::Yes);
        CHECK(a->difficulty == 4);
    }
    // The team's answer and its note.
    click(page, QStringLiteral("tracked_am.new_customers_team_no"));
    typeInto(page, QStringLiteral("note_am.new_customers"),
             QStringLiteral("Finance has it, nobody reads it"));
    {
        const Session s = onDisk(path);
        const TrackedConsensus *c = s.findTrackedConsensus("am.new_customers");
        REQUIRE(c);
        CHECK(c->tracked == Answer::No);
        CHECK(c->note == "Finance has it, nobody reads it");
    }

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier); // the note
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier); // the team's No
    CHECK_FALSE(onDisk(path).findTrackedConsensus("am.new_customers"));
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier); // the difficulty
    {
        const Session s = onDisk(path);
        REQUIRE(s.findTracked(p1, "am.new_customers"));
        CHECK_FALSE(s.findTracked(p1, "am.new_customers")->difficulty);
    }
    CHECK(
        find<QComboBox>(page, QStringLiteral("difficulty_am.new_customers_%1").arg(qs(p1)))->currentIndex() ==
        0);
}

TEST_CASE("a lists worksheet: entries are added, moved and removed, each change undoable")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cxm"));
    auto window = newWorkshop(path);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    const int step = window->stepOf(kLists);
    REQUIRE(step > MainWindow::SetupStep);
    window->setStep(step);
    QWidget *page = window->stepPage(step);
    auto *list = find<QListWidget>(page, QStringLiteral("list_culture_enablers"));

    click(page, QStringLiteral("add_culture_enablers"));
    typeEntry(list, QStringLiteral("Leaders visit customers"));
    click(page, QStringLiteral("add_culture_enablers"));
    typeEntry(list, QStringLiteral("Customer stories at every meeting"));
    CHECK(stored(path, "culture", "enablers") ==
          std::vector<std::string>{"Leaders visit customers", "Customer stories at every meeting"});
    CHECK(stored(path, "culture", "inhibitors").empty());

    // An entry added and left empty is not kept.
    click(page, QStringLiteral("add_culture_enablers"));
    typeEntry(list, QString());
    CHECK(list->count() == 2);
    CHECK(stored(path, "culture", "enablers").size() == 2);

    list->setCurrentRow(1);
    click(page, QStringLiteral("up_culture_enablers"));
    CHECK(stored(path, "culture", "enablers") ==
          std::vector<std::string>{"Customer stories at every meeting", "Leaders visit customers"});
    CHECK(list->currentRow() == 0);

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(stored(path, "culture", "enablers") ==
          std::vector<std::string>{"Leaders visit customers", "Customer stories at every meeting"});
    CHECK(list->item(0)->text() == QStringLiteral("Leaders visit customers"));

    // Edited to empty: removed.
    list->setCurrentRow(0);
    list->editItem(list->item(0));
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor != list);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(stored(path, "culture", "enablers") ==
          std::vector<std::string>{"Customer stories at every meeting"});

    list->setCurrentRow(0);
    click(page, QStringLiteral("remove_culture_enablers"));
    CHECK(stored(path, "culture", "enablers").empty());
    // The step list counts what the team wrote.
    window->controller()->undoStack()->undo();
    CHECK(find<QListWidget>(window.get(), QStringLiteral("steps"))
              ->item(step)
              ->text()
              .contains(QStringLiteral("1 entry")));
}

// The workbook's ALWAYS / NEVER (lines 631-675): four lists per stage. Without stages the page sends
// the facilitator to the journey; with them, entries are typed with the keys alone (Return, the text,
// Return; Tab to the next list), stored with their stage, undone with Ctrl+Z, and kept when the stage
// is renamed, moved, or removed and restored.
TEST_CASE("ALWAYS / NEVER per stage: typed with the keys, stored with their stage, kept by the journey")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("always.cxm"));
    auto window = newWorkshop(path);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    const int step = window->stepOf("always_never");
    REQUIRE(step == window->stepOf("stairway") + 1);
    window->setStep(step);
    QWidget *page = find<QWidget>(window.get(), QStringLiteral("listsPage_always_never"));
    CHECK(find<QLabel>(page, QStringLiteral("listsPrompt"))->text() ==
          QStringLiteral("What behaviors and conditions will drive our conduct & decisions?"));
    const auto entries = [&](const char *heading, const char *column, const std::string &stage) {
        return onDisk(path).listEntries("always_never", heading, column, stage);
    };
    const auto list = [&](const char *name) { return find<QListWidget>(page, QLatin1String(name)); };

    // No stages yet: the page says so and its button leads to the journey.
    CHECK(find<QWidget>(page, QStringLiteral("noStages"))->isVisible());
    CHECK_FALSE(find<QLabel>(page, QStringLiteral("listsKeys"))->isVisible());
    CHECK(page->findChild<QListWidget *>(QStringLiteral("list_customers_always@s1")) == nullptr);
    click(page, QStringLiteral("goToStages"));
    CHECK(window->currentStep() == window->stepOf("journey_stages"));

    REQUIRE(window->controller()->addStages(
        {{"I have a need", {}, {}}, {"I choose", {}, {}}, {"I use it", {}, {}}}));
    window->setStep(step);
    CHECK_FALSE(find<QWidget>(page, QStringLiteral("noStages"))->isVisible());
    CHECK(find<QLabel>(page, QStringLiteral("stageHeading_s2"))->text() ==
          QStringLiteral("Stage 2: I choose"));
    CHECK(find<QGroupBox>(page, QStringLiteral("heading_employees@s3"))->title() ==
          QStringLiteral("What Will We ENSURE for Employees?"));

    CHECK(find<QLabel>(page, QStringLiteral("listsKeys"))->isVisible());
    // Return opens a new entry, Return stores it; again for a second one.
    QListWidget *always = list("list_customers_always@s2");
    const int emptyHeight = always->heightForWidth(always->width());
    always->setFocus();
    QTest::keyClick(always, Qt::Key_Return);
    typeEntry(always, QStringLiteral("Call back the same day"));
    CHECK(QApplication::focusWidget() == always);
    QTest::keyClick(always, Qt::Key_Return);
    typeEntry(always, QStringLiteral("Explain the bill"));
    CHECK(entries("customers", "always", "s2") ==
          std::vector<std::string>{"Call back the same day", "Explain the bill"});
    CHECK(entries("customers", "always", "s1").empty());
    CHECK(entries("customers", "never", "s2").empty());
    CHECK(always->heightForWidth(always->width()) > emptyHeight); // the list grows with its entries
    // Tab goes to the next list, not through the buttons.
    QTest::keyClick(always, Qt::Key_Tab);
    QListWidget *never = list("list_customers_never@s2");
    CHECK(QApplication::focusWidget() == never);
    QTest::keyClick(never, Qt::Key_Return);
    typeEntry(never, QStringLiteral("Blame another department"));
    CHECK(entries("customers", "never", "s2") == std::vector<std::string>{"Blame another department"});
    CHECK(entries("employees", "never", "s2").empty());

    // Ctrl+Up moves the selected entry; Delete removes one; Ctrl+Z takes each back.
    always->setFocus();
    always->setCurrentRow(1);
    QTest::keyClick(always, Qt::Key_Up, Qt::ControlModifier);
    CHECK(entries("customers", "always", "s2") ==
          std::vector<std::string>{"Explain the bill", "Call back the same day"});
    QTest::keyClick(always, Qt::Key_Delete);
    CHECK(entries("customers", "always", "s2") == std::vector<std::string>{"Call back the same day"});
    CHECK(always->count() == 1);
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(entries("customers", "always", "s2") ==
          std::vector<std::string>{"Call back the same day", "Explain the bill"});
    CHECK(always->item(1)->text() == QStringLiteral("Explain the bill"));
    CHECK(find<QListWidget>(window.get(), QStringLiteral("steps"))
              ->item(step)
              ->text()
              .contains(QStringLiteral("3 entries")));

    // Renamed and moved first, the stage keeps its lists and shows its new name and number.
    Stage renamed = *window->controller()->session().findStage("s2");
    renamed.name = "I choose what fits me";
    REQUIRE(window->controller()->updateStage(renamed));
    REQUIRE(window->controller()->moveStage("s2", -1));
    CHECK(find<QLabel>(page, QStringLiteral("stageHeading_s2"))->text() ==
          QStringLiteral("Stage 1: I choose what fits me"));
    CHECK(list("list_customers_always@s2")->count() == 2);
    CHECK(list("list_customers_never@s2")->item(0)->text() == QStringLiteral("Blame another department"));
    CHECK(list("list_customers_always@s1")->count() == 0);

    // Removed, the stage takes its lists; undone, both come back.
    const Session before = onDisk(path);
    REQUIRE(window->controller()->removeStage("s2"));
    CHECK(page->findChild<QListWidget *>(QStringLiteral("list_customers_always@s2")) == nullptr);
    CHECK(onDisk(path).entries.empty());
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(onDisk(path) == before);
    CHECK(list("list_customers_always@s2")->item(1)->text() == QStringLiteral("Explain the bill"));
    CHECK(prompts.warnings.isEmpty());
}

// A consultant's copy of the readiness checklist, in a copy of the instrument folder, is a step of its
// own in the window: its own title and questions, answered with a click, stored under its id.
TEST_CASE("a checklist copied under a new id is a step of its own in the window")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const std::filesystem::path folder = dir.filePath(QStringLiteral("acme")).toStdString();
    std::filesystem::create_directories(folder);
    for (const auto &entry :
         std::filesystem::directory_iterator(std::filesystem::path(CXM_SOURCE_DIR) / "assessments"))
        if (entry.path().extension() == ".json")
            std::filesystem::copy_file(entry.path(), folder / entry.path().filename());
    {
        std::ifstream in(folder / "readiness.json");
        nlohmann::ordered_json j = nlohmann::ordered_json::parse(in);
        j["id"] = "governance";
        j["title"] = "Customer Governance at Acme";
        j["items"] = nlohmann::ordered_json::array(
            {{{"id", "g1"}, {"question", "A board member owns the customer agenda."}},
             {{"id", "g2"}, {"question", "Customer losses are reviewed every quarter."}}});
        std::ofstream(folder / "governance.json") << j.dump(2);
        // A scale worksheet of the consultant's own, outside the maturity map's five competencies.
        nlohmann::ordered_json culture = {{"schemaVersion", 3},
                                          {"id", "culture_check"},
                                          {"kind", "scale"},
                                          {"title", "Acme Culture Check"},
                                          {"items",
                                           {{{"id", "cc.meetings"},
                                             {"title", "Meetings"},
                                             {"question", "Do our meetings start with a customer?"}}}}};
        std::ofstream(folder / "culture_check.json") << culture.dump(2);
    }
    const Instrument acme = Instrument::loadDirectory(folder);

    const QString path = dir.filePath(QStringLiteral("acme.cxm"));
    MainWindow window;
    window.setInstrument(acme);
    window.show();
    REQUIRE(window.newSession(path, Mode::Workshop));
    click(&window, QStringLiteral("addParticipant"));
    const int step = MainWindow::stepOf(acme, "governance");
    // After the declared worksheets, in file-name order: culture_check.json, governance.json.
    REQUIRE(step == MainWindow::maturityMapStep(acme) - 1);
    REQUIRE(MainWindow::stepOf(acme, "culture_check") == step - 1);
    auto *steps = find<QListWidget>(&window, QStringLiteral("steps"));
    CHECK(steps->item(step)->text().contains(QStringLiteral("Customer Governance at Acme")));
    QTest::mouseClick(steps->viewport(), Qt::LeftButton, {},
                      steps->visualItemRect(steps->item(step)).center());
    REQUIRE(window.currentStep() == step);
    QWidget *page = find<QWidget>(&window, QStringLiteral("checklistPage_governance"));
    CHECK(find<QLabel>(page, QStringLiteral("pageHeading"))->text() ==
          QStringLiteral("Customer Governance at Acme"));
    // The readiness checklist is still there, with its own page and questions.
    CHECK(window.findChild<QWidget *>(QStringLiteral("readinessPage")) != nullptr);

    const std::string p1 = SessionFile::open(path.toStdString(), SessionFile::Access::ReadOnly, acme)
                               ->load()
                               .participants.front()
                               .id;
    clickReadiness(page, "g2", p1, "no");
    const Session stored = SessionFile::open(path.toStdString(), SessionFile::Access::ReadOnly, acme)->load();
    REQUIRE(stored.findChecklist(p1, "g2"));
    CHECK(stored.findChecklist(p1, "g2")->answer == Answer::No);
    CHECK(readinessShown(page, "g2", p1) == QStringLiteral("no"));
    // The mandate is the readiness checklist's; this one counts its gaps.
    CHECK(find<QLabel>(page, QStringLiteral("mandate"))->text() ==
          QStringLiteral("1 of 2 questions answered No or split."));

    // The scale worksheet is rated like a competency, without a competency's number.
    window.setStep(step - 1);
    QWidget *scale = find<QWidget>(&window, QStringLiteral("competencyPage_culture_check"));
    CHECK(find<QLabel>(scale, QStringLiteral("pageHeading"))->text() == QStringLiteral("Acme Culture Check"));
    clickAnswer(scale, "cc.meetings", p1, "mature");
    const Session rated = SessionFile::open(path.toStdString(), SessionFile::Access::ReadOnly, acme)->load();
    REQUIRE(rated.findRating(p1, "cc.meetings"));
    CHECK(rated.findRating(p1, "cc.meetings")->rating == Rating::Mature);
    CHECK(window.isStepComplete(step - 1));
}

namespace cxm::detail {
std::vector<Instrument::Source> builtinInstrumentSources();
}

// The journey's stages, defined as a facilitator does: the workbook's example as the start, a stage
// renamed, moved and removed, every change on disk and undone with Ctrl+Z; a stage with answers is
// removed only after asking, and undo brings its answers back.
TEST_CASE("the journey's stages: the workbook's example, renamed, moved, removed and restored")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.cxm"));
    // The built-in worksheets, whose ALWAYS / NEVER lists are answered per stage.
    const Instrument &ins = Instrument::builtin();
    const auto stored = [&] {
        return SessionFile::open(path.toStdString(), SessionFile::Access::ReadOnly, ins)->load();
    };
    const auto names = [&] {
        std::vector<std::string> out;
        for (const auto &s : stored().stages)
            out.push_back(s.name);
        return out;
    };

    MainWindow window;
    window.setInstrument(ins);
    window.show();
    REQUIRE(window.newSession(path, Mode::Workshop));
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.setStep(MainWindow::stepOf(ins, "journey_stages"));
    QWidget *page = find<QWidget>(&window, QStringLiteral("stagesPage_journey_stages"));
    CHECK(find<QLabel>(page, QStringLiteral("stagesHint"))->text().contains(QStringLiteral("at least 3")));

    click(page, QStringLiteral("useTemplate"));
    CHECK(names() == std::vector<std::string>{"Research", "Decision", "Selection", "Installation", "Usage",
                                              "Relationship"});
    CHECK(stored().findStage("s2")->questions ==
          std::vector<std::string>{"How will they help me?", "Can I trust them?"});
    CHECK_FALSE(find<QPushButton>(page, QStringLiteral("useTemplate"))->isVisible());
    CHECK(window.isStepComplete(MainWindow::stepOf(ins, "journey_stages")));

    typeInto(page, QStringLiteral("stageName_s1"), QStringLiteral("I have a need to be filled"));
    typeInto(page, QStringLiteral("stageReplaces_s1"), QStringLiteral("Prospect"));
    CHECK(stored().findStage("s1")->name == "I have a need to be filled");
    CHECK(stored().findStage("s1")->replaces == "Prospect");
    // Questions: one per line, stored when the box is left.
    auto *questions = find<QPlainTextEdit>(page, QStringLiteral("stageQuestions_s3"));
    questions->setFocus();
    questions->moveCursor(QTextCursor::End);
    QTest::keyClick(questions, Qt::Key_Return);
    QTest::keyClicks(questions, QStringLiteral("Do they listen?"));
    QTest::keyClick(questions, Qt::Key_Tab); // Tab leaves the box
    CHECK(stored().findStage("s3")->questions ==
          std::vector<std::string>{"Will they help me pick out the right plan for my family?",
                                   "Do they listen?"});

    click(page, QStringLiteral("stageDown_s1"));
    CHECK(stored().stages[1].id == "s1");
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(stored().stages[0].id == "s1");

    // A stage with answers: removing it asks, and undo returns the stage with its answers.
    window.controller()->setListEntries("always_never", "customers", "always", {"Call back the same day"},
                                        "s2");
    const Session withAnswers = stored();
    prompts.answer = false;
    click(page, QStringLiteral("stageRemove_s2"));
    CHECK(prompts.questions == 1);
    CHECK(stored().findStage("s2"));
    prompts.answer = true;
    click(page, QStringLiteral("stageRemove_s2"));
    CHECK(prompts.questions == 2);
    CHECK_FALSE(stored().findStage("s2"));
    CHECK(stored().entries.empty());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(stored() == withAnswers);
    // A stage without answers goes without asking.
    click(page, QStringLiteral("stageRemove_s6"));
    CHECK(prompts.questions == 2);
    CHECK(names().size() == 5);
    CHECK(prompts.warnings.isEmpty());
}

// A scale worksheet asked once per stage of the journey: a group per stage with the worksheet's
// items, each answer stored with its stage, the team's answer undone with Ctrl+Z, and a renamed
// stage keeps its answers and shows its new name.
TEST_CASE("a scale worksheet per stage: answers stored with their stage, undone, kept on renaming")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reliability.cxm"));
    auto files = cxm::detail::builtinInstrumentSources();
    // The workbook's reliability worksheet, rated per stage on its own levels.
    const Instrument ins = Instrument::load(files);
    const auto stored = [&] {
        return SessionFile::open(path.toStdString(), SessionFile::Access::ReadOnly, ins)->load();
    };

    MainWindow window;
    window.setInstrument(ins);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.newSession(path, Mode::Workshop));
    REQUIRE(QTest::qWaitForWindowActive(&window));
    click(&window, QStringLiteral("addParticipant"));
    click(&window, QStringLiteral("addParticipant"));
    const std::string p1 = window.controller()->session().participants.at(0).id;
    const std::string p2 = window.controller()->session().participants.at(1).id;

    const int step = MainWindow::stepOf(ins, "reliability");
    window.setStep(step);
    QWidget *page = find<QWidget>(&window, QStringLiteral("stageScalePage_reliability"));
    // No stages yet: the page sends the facilitator to the journey first.
    CHECK(find<QLabel>(page, QStringLiteral("noStages"))->isVisible());
    CHECK(page->findChild<QWidget *>(QStringLiteral("answers_reliability.customer@s1")) == nullptr);

    REQUIRE(
        window.controller()->addStages({{"Research", {}, {}}, {"Decision", {}, {}}, {"Selection", {}, {}}}));
    CHECK_FALSE(find<QLabel>(page, QStringLiteral("noStages"))->isVisible());
    CHECK(find<QLabel>(page, QStringLiteral("stageHeading_s2"))->text() ==
          QStringLiteral("Stage 2: Decision"));
    for (const char *stage : {"s1", "s2", "s3"})
        for (const char *item : {"reliability.customer", "reliability.employee"})
            find<AnswerGridView>(
                page, QStringLiteral("answers_%1@%2").arg(QLatin1String(item), QLatin1String(stage)));

    clickAnswerIn(page, QStringLiteral("answers_reliability.customer@s2"), p1, "mature");
    REQUIRE(stored().findRating(p1, "reliability.customer", "s2"));
    CHECK(stored().findRating(p1, "reliability.customer", "s2")->rating == Rating::Mature);
    CHECK_FALSE(stored().findRating(p1, "reliability.customer", "s1"));
    CHECK_FALSE(stored().findRating(p1, "reliability.customer"));
    CHECK_FALSE(stored().findRating(p2, "reliability.customer", "s2"));
    CHECK(find<QLabel>(page, QStringLiteral("distribution_reliability.customer@s2"))->text() ==
          QStringLiteral("Frequently UNRELIABLE 0 · SOMETIMES Reliable 0 · ALWAYS Reliable 1"));

    // The team's answer for stage 2, picked in the open list; Ctrl+Z takes it back.
    auto *combo = find<QComboBox>(page, QStringLiteral("consensus_reliability.customer@s2"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    REQUIRE(combo->view()->isVisible());
    QTest::keyClick(combo->view(), Qt::Key_Down); // — → Early
    QTest::keyClick(combo->view(), Qt::Key_Down); // Frequently UNRELIABLE → SOMETIMES Reliable
    QTest::keyClick(combo->view(), Qt::Key_Return);
    REQUIRE(stored().findConsensus("reliability.customer", "s2"));
    CHECK(stored().findConsensus("reliability.customer", "s2")->rating == Rating::Advanced);
    CHECK_FALSE(stored().findConsensus("reliability.customer", "s1"));
    typeInto(page, QStringLiteral("consensusNote_reliability.customer@s2"),
             QStringLiteral("Sales calls back late"));
    CHECK(stored().findConsensus("reliability.customer", "s2")->note == "Sales calls back late");
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier); // the note
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier); // the team answer
    CHECK_FALSE(stored().findConsensus("reliability.customer", "s2"));
    CHECK(find<QComboBox>(page, QStringLiteral("consensus_reliability.customer@s2"))->currentIndex() == 0);
    CHECK(stored().findRating(p1, "reliability.customer", "s2"));

    // Renamed, the stage keeps its answers; the page shows the new name.
    Stage renamed = *window.controller()->session().findStage("s2");
    renamed.name = "Choosing a plan";
    REQUIRE(window.controller()->updateStage(renamed));
    CHECK(find<QLabel>(page, QStringLiteral("stageHeading_s2"))->text() ==
          QStringLiteral("Stage 2: Choosing a plan"));
    CHECK(stored().findRating(p1, "reliability.customer", "s2"));
    CHECK(isChosenIn(page, QStringLiteral("answers_reliability.customer@s2"), p1, "mature"));
    CHECK_FALSE(isChosenIn(page, QStringLiteral("answers_reliability.customer@s1"), p1, "mature"));
    CHECK(prompts.warnings.isEmpty());
}
