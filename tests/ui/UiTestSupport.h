// What the window tests share: one QApplication, widgets found by objectName and driven with QTest,
// a recorder for the window's message boxes, and a two-participant workshop made through the window.
#pragma once

#include "AnswerGrid.h"
#include "ReadinessGrid.h"
#include "Instrument.h"
#include "Language.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "Session.h"
#include "SessionFile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>
#include <optional>

// fontconfig keeps a cache for the life of the process, which LeakSanitizer reports at exit. Each
// window test binary includes this header from its one source file.
extern "C" const char *__lsan_default_suppressions();
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}

namespace cxm::ui::test {

inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "test_ui";
    static char *argv[] = {name, nullptr};
    if (!QApplication::instance()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Never destroyed: Qt's input devices must not outlive a static QApplication at exit.
        static auto *app = new QApplication(argc, argv);
        Q_UNUSED(app);
        QApplication::setOrganizationName(QStringLiteral("cxm-test"));
        QApplication::setApplicationName(QStringLiteral("cx-workbench-test"));
        // The language as main() puts it into effect: the system's (C under ctest), whose English file
        // holds the plural forms ("1 conflict still to choose.", not "1 conflict(s) …").
        report::Language::use(QLocale::system());
    }
}

// Records the warnings and answers the confirmations and PIN questions the window would show in a
// message box, and puts the previous prompts back afterwards.
struct PromptRecorder
{
    QStringList warnings;
    bool answer = true;
    int questions = 0;
    QStringList questionTexts;
    std::optional<QString> pin = QStringLiteral("2468"); // the facilitator's PIN, as the tests choose it
    int pinAsked = 0;
    decltype(Prompt::warn) savedWarn = Prompt::warn;
    decltype(Prompt::confirm) savedConfirm = Prompt::confirm;
    decltype(Prompt::pin) savedPin = Prompt::pin;
    PromptRecorder()
    {
        Prompt::warn = [this](QWidget *, const QString &title, const QString &text) {
            warnings << title + QLatin1Char('\n') + text;
        };
        Prompt::confirm = [this](QWidget *, const QString &, const QString &text) {
            ++questions;
            questionTexts << text;
            return answer;
        };
        Prompt::pin = [this](QWidget *, const QString &, const QString &) {
            ++pinAsked;
            return pin;
        };
    }
    ~PromptRecorder()
    {
        Prompt::warn = savedWarn;
        Prompt::confirm = savedConfirm;
        Prompt::pin = savedPin;
    }
};

// The window's steps for the workbook's instrument, which the tests open.
inline int stepOf(const std::string &worksheetId)
{
    return MainWindow::stepOf(Instrument::builtin(), worksheetId);
}
inline int mapStep()
{
    return MainWindow::maturityMapStep(Instrument::builtin());
}
inline int stepCount()
{
    return MainWindow::stepCount(Instrument::builtin());
}

template<typename T>
T *find(QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(w != nullptr);
    return w;
}

inline void click(QWidget *root, const QString &name)
{
    QTest::mouseClick(find<QAbstractButton>(root, name), Qt::LeftButton);
}

inline void typeInto(QWidget *root, const QString &name, const QString &text)
{
    auto *edit = find<QLineEdit>(root, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

inline Session onDisk(const QString &path)
{
    return SessionFile::open(path.toStdString())->load();
}

inline QString buttonName(const std::string &item, const std::string &pid, const char *level)
{
    return QStringLiteral("rating_%1_%2_%3")
        .arg(QString::fromStdString(item), QString::fromStdString(pid), QLatin1String(level));
}

// A two-participant workshop made through the window: setup fields, participants added by button.
// A competency item's answers in a workshop: one grid, a row per participant, a cell per level.
inline AnswerGridView *answerGrid(QWidget *root, const std::string &item)
{
    return find<AnswerGridView>(root, QStringLiteral("answers_") + QString::fromStdString(item));
}

// The cell of a grid named by its objectName (a per-stage grid is "answers_<item>@<stage>").
inline QModelIndex answerCell(AnswerGridView *grid, const std::string &pid, const char *level)
{
    const int row = grid->answers()->rowOf(pid);
    INFO(pid);
    REQUIRE(row >= 0);
    const QString l = QLatin1String(level);
    const int column = l == QLatin1String("early") ? 1 : l == QLatin1String("advanced") ? 2 : 3;
    return grid->model()->index(row, column);
}

inline QModelIndex answerCell(QWidget *root, const std::string &item, const std::string &pid,
                              const char *level)
{
    return answerCell(answerGrid(root, item), pid, level);
}

// Clicks a participant's Early / Advanced / Mature cell, as a person does with the mouse.
inline void clickAnswer(AnswerGridView *grid, const std::string &pid, const char *level)
{
    const QModelIndex cell = answerCell(grid, pid, level);
    grid->scrollTo(cell);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(cell).center());
}

inline void clickAnswer(QWidget *root, const std::string &item, const std::string &pid, const char *level)
{
    clickAnswer(answerGrid(root, item), pid, level);
}

// The same, for a grid named by its objectName (a per-stage grid: "answers_<item>@<stage>").
inline void clickAnswerIn(QWidget *root, const QString &gridName, const std::string &pid, const char *level)
{
    clickAnswer(find<AnswerGridView>(root, gridName), pid, level);
}

inline bool isChosen(QWidget *root, const std::string &item, const std::string &pid, const char *level)
{
    return answerCell(root, item, pid, level).data(AnswerGridModel::ChosenRole).toBool();
}

inline bool isChosenIn(QWidget *root, const QString &gridName, const std::string &pid, const char *level)
{
    return answerCell(find<AnswerGridView>(root, gridName), pid, level)
        .data(AnswerGridModel::ChosenRole)
        .toBool();
}

// Where the keys are: "item/participant" when on an answer grid's row ("question/participant" on a
// readiness question's answers), else the widget's objectName.
inline QString keysAt()
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return {};
    if (auto *table = qobject_cast<ChoiceTableView *>(focus)) {
        QString subject = table->objectName();
        for (const QString &prefix : {QStringLiteral("answers_"), QStringLiteral("readiness_")})
            if (subject.startsWith(prefix))
                subject = subject.mid(prefix.size());
        return subject + QLatin1Char('/') + QString::fromStdString(table->currentParticipant());
    }
    return focus->objectName();
}

// A readiness question's answers: one view, a cell per participant holding a Y and an N toggle.
inline ReadinessGridView *readinessAnswers(QWidget *root, const std::string &question)
{
    return find<ReadinessGridView>(root, QStringLiteral("readiness_") + QString::fromStdString(question));
}

inline QModelIndex readinessCell(QWidget *root, const std::string &question, const std::string &pid)
{
    ReadinessGridView *view = readinessAnswers(root, question);
    int column = -1;
    for (int c = 0; c < view->answers()->columnCount(); ++c)
        if (view->answers()->participantId(c) == pid)
            column = c;
    INFO(pid);
    REQUIRE(column >= 0);
    return view->model()->index(view->question(), column);
}

// Clicks a participant's Yes or No toggle for a readiness question, as a person does with the mouse.
inline void clickReadiness(QWidget *root, const std::string &question, const std::string &pid,
                           const char *answer)
{
    ReadinessGridView *view = readinessAnswers(root, question);
    const QModelIndex cell = readinessCell(root, question, pid);
    view->scrollTo(cell);
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {},
        view->toggleCenter(cell.column(), QLatin1String(answer) == QLatin1String("yes") ? 0 : 1));
}

// The answer shown for a participant: "yes", "no" or "" for none.
inline QString readinessShown(QWidget *root, const std::string &question, const std::string &pid)
{
    const int value = readinessCell(root, question, pid).data(ReadinessGridModel::ValueRole).toInt();
    return value == 0 ? QStringLiteral("yes") : value == 1 ? QStringLiteral("no") : QString();
}

inline QString rowName(const std::string &item, const std::string &pid)
{
    return QString::fromStdString(item) + QLatin1Char('/') + QString::fromStdString(pid);
}

inline std::unique_ptr<MainWindow> newWorkshop(const QString &path)
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    REQUIRE(window->newSession(path, Mode::Workshop));
    REQUIRE(window->currentStep() == MainWindow::SetupStep);
    typeInto(window.get(), QStringLiteral("organization"), QStringLiteral("Northwind"));
    typeInto(window.get(), QStringLiteral("sessionTitle"), QStringLiteral("Board offsite"));
    click(window.get(), QStringLiteral("addParticipant"));
    click(window.get(), QStringLiteral("addParticipant"));
    return window;
}

} // namespace cxm::ui::test
