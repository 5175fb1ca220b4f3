// The window when other programs touch its file: its session's file replaced or removed behind it,
// and Save As onto a session another window is editing.
#include "MainWindow.h"
#include "SessionController.h"
#include "UiTestSupport.h"

#include <QFile>
#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;
namespace fs = std::filesystem;

namespace {

// The questions the window asks, with their text, answered by `answer`.
struct Questions
{
    QStringList asked;
    bool answer = false;
    Questions()
    {
        Prompt::confirm = [this](QWidget *, const QString &title, const QString &text) {
            asked << title + QLatin1Char('\n') + text;
            return answer;
        };
    }
};

// Answers the next file dialog with `path`, as a person typing a name and pressing Save would: it
// waits for the dialog, which may open only once a queued offer runs.
void answerFileDialogWith(const QString &path)
{
    auto *poll = new QTimer;
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, [poll, path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept"); // a protected slot: as the Save button does
    });
    poll->start();
}

// A two-person workshop with one answer, whose file another program then replaces or removes.
std::unique_ptr<MainWindow> workshopLosingItsFile(const QTemporaryDir &dir, bool replaced)
{
    const QString path = dir.filePath(QStringLiteral("S.cxm"));
    auto window = newWorkshop(path);
    window->setStep(MainWindow::FirstCompetencyStep);
    clickAnswer(window.get(), "c1.culture", "p1", "mature");
    REQUIRE(onDisk(path).findRating("p1", "c1.culture"));
    if (replaced) {
        Session theirs;
        theirs.info.title = "another session";
        const QString other = dir.filePath(QStringLiteral("theirs.cxm"));
        SessionFile::write(other.toStdString(), Instrument::builtin(), theirs, false);
        fs::rename(other.toStdString(), path.toStdString());
    } else {
        REQUIRE(QFile::remove(path));
    }
    return window;
}

const QString kLostMessage =
    QStringLiteral("This session's file was replaced or removed by another program. Your "
                   "answers on screen are not lost: use Save As to keep them.");

void checkKept(const QString &path)
{
    const Session saved = onDisk(path);
    REQUIRE(saved.findRating("p1", "c1.culture"));
    CHECK(saved.findRating("p1", "c1.culture")->rating == Rating::Mature);
    CHECK_FALSE(saved.findRating("p2", "c1.culture")); // the edit that found the file gone was not kept
    CHECK(saved.info.title == "Board offsite");
    CHECK(saved.participants.size() == 2);
}

} // namespace

TEST_CASE(
    "a session's file replaced or removed behind the window: it says so and offers Save As, which keeps "
    "the answers")
{
    ensureApp();
    PromptRecorder prompts;
    Questions questions;
    QTemporaryDir dir;
    const bool replaced = GENERATE(true, false);
    INFO((replaced ? "replaced" : "removed"));
    auto window = workshopLosingItsFile(dir, replaced);

    const QString kept = dir.filePath(QStringLiteral("kept.cxm"));
    questions.answer = true;
    answerFileDialogWith(kept);
    clickAnswer(window.get(), "c1.culture", "p2", "early");
    QCoreApplication::processEvents(); // the offer comes once the refused edit has unwound
    REQUIRE(questions.asked.size() == 1);
    CHECK(questions.asked.front().contains(kLostMessage));
    CHECK(prompts.warnings.isEmpty()); // one clear message, not a technical one besides
    // The window goes on in the copy, which holds what was on screen and takes edits again.
    CHECK(window->controller()->filePath() == kept);
    CHECK_FALSE(window->controller()->isReadOnly());
    checkKept(kept);
    clickAnswer(window.get(), "c1.culture", "p2", "early");
    CHECK(onDisk(kept).findRating("p2", "c1.culture"));
}

TEST_CASE("a session whose file is gone stays on screen, read-only, until File → Save As keeps it")
{
    ensureApp();
    PromptRecorder prompts;
    Questions questions; // the offer is declined
    QTemporaryDir dir;
    auto window = workshopLosingItsFile(dir, true);
    clickAnswer(window.get(), "c1.culture", "p2", "early");
    QCoreApplication::processEvents(); // the offer comes once the refused edit has unwound
    REQUIRE(questions.asked.size() == 1);
    CHECK(questions.asked.front().contains(kLostMessage));
    CHECK(isChosen(window.get(), "c1.culture", "p1", "mature"));
    CHECK(window->controller()->fileLost());
    CHECK(window->windowTitle().contains(QStringLiteral("(read-only)")));
    auto *banner = find<QLabel>(window.get(), QStringLiteral("readOnlyBanner"));
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("replaced or removed by another program")));
    CHECK(banner->text().contains(QStringLiteral("Save As")));
    // The other program's file is left alone.
    CHECK(onDisk(dir.filePath(QStringLiteral("S.cxm"))).info.title == "another session");

    // Saved later through the menu.
    QAction *saveAs = nullptr;
    for (QAction *a : window->findChildren<QAction *>())
        if (a->text() == QStringLiteral("Save &As…"))
            saveAs = a;
    REQUIRE(saveAs != nullptr);
    const QString path = dir.filePath(QStringLiteral("restored.cxm"));
    answerFileDialogWith(path);
    saveAs->trigger();
    CHECK(window->controller()->filePath() == path);
    CHECK_FALSE(window->controller()->isReadOnly());
    checkKept(path);
}

TEST_CASE("Save As onto a session another window is editing is refused, and changes nothing")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString held = dir.filePath(QStringLiteral("S.cxm"));
    auto first = newWorkshop(held);
    first->setStep(MainWindow::FirstCompetencyStep);
    clickAnswer(first.get(), "c1.culture", "p1", "mature");
    auto second = newWorkshop(dir.filePath(QStringLiteral("other.cxm")));
    QFile file(held);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    CHECK_FALSE(second->saveCopyAs(held));
    REQUIRE(prompts.warnings.size() == 1);
    CHECK(prompts.warnings.front().contains(QStringLiteral("is open in another window")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
    file.close();
    CHECK(second->controller()->filePath() == dir.filePath(QStringLiteral("other.cxm")));
    // The first window's answers are still acknowledged, and it goes on writing to its file.
    clickAnswer(first.get(), "c1.culture", "p2", "early");
    const Session s = onDisk(held);
    CHECK(s.findRating("p1", "c1.culture")->rating == Rating::Mature);
    CHECK(s.findRating("p2", "c1.culture")->rating == Rating::Early);
}

TEST_CASE("Undo that finds the file gone, then Save As from the offer: the window carries on in the copy")
{
    ensureApp();
    PromptRecorder prompts;
    Questions questions;
    QTemporaryDir dir;
    auto window = workshopLosingItsFile(dir, true);
    const QString kept = dir.filePath(QStringLiteral("kept.cxm"));
    questions.answer = true;
    answerFileDialogWith(kept);
    // Undo of the last answer is refused by the lost file; accepting the offer opens the copy, which
    // replaces the controller, its undo stack and its pages: nothing may use them afterwards.
    auto *undo = window->findChild<QAction *>(QStringLiteral("actionUndo"));
    REQUIRE(undo);
    undo->trigger();
    QCoreApplication::processEvents();
    REQUIRE(questions.asked.size() == 1);
    CHECK(window->controller()->filePath() == kept);
    CHECK(onDisk(kept).findRating("p1", "c1.culture"));
    CHECK_FALSE(window->controller()->isReadOnly());
}
