// Every Alt+letter in the window does one thing (issue 21 §3): on the start screen and on every step,
// the menus' titles, the buttons, the tabs, the group boxes and the labels of fields take distinct
// mnemonics, and so do the entries of each menu, in English and in German. Found by walking the
// window's visible widgets, not from a list, so a new button or label is checked as well.
#include "Language.h"
#include "SessionController.h"
#include "UiTestSupport.h"

#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <map>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;

namespace {

using Mnemonics = std::map<QString, QStringList>; // "Alt+F" → the texts that take it

void note(Mnemonics &found, const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        found[key.toString().toUpper()] << text;
}

// What takes an Alt+letter in the window as it is shown now: the menu bar's titles and every visible
// button, tab, group box and field label (a label's mnemonic works only with a buddy).
Mnemonics shownMnemonics(QMainWindow *window)
{
    Mnemonics found;
    for (QAction *menu : window->menuBar()->actions())
        if (menu->isVisible())
            note(found, menu->text());
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || !w->isVisible())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            note(found, button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            note(found, label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            note(found, group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    note(found, tabs->tabText(i));
    }
    return found;
}

void checkUnique(const Mnemonics &found, const QString &where)
{
    INFO(where.toStdString());
    for (const auto &[key, texts] : found) {
        INFO(key.toStdString() << " is taken by: " << texts.join(QStringLiteral(" | ")).toStdString());
        CHECK(texts.size() == 1);
    }
}

// Each menu's entries, and its submenus' (Open Recent, Language), take distinct mnemonics.
void checkMenus(QMainWindow *window)
{
    for (QMenu *menu : window->findChildren<QMenu *>()) {
        Mnemonics found;
        for (QAction *a : menu->actions())
            if (a->isVisible() && !a->isSeparator())
                note(found, a->text());
        checkUnique(found, QStringLiteral("menu ") + menu->title());
    }
}

void checkEveryScreen(const QString &language)
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    checkUnique(shownMnemonics(&window), language + QStringLiteral(": start screen"));
    checkMenus(&window);

    // A workshop with its journey, so every step shows all it can.
    const QString path = dir.filePath(QStringLiteral("w.cxm"));
    REQUIRE(window.newSession(path, Mode::Workshop));
    click(&window, QStringLiteral("addParticipant"));
    click(&window, QStringLiteral("addParticipant"));
    REQUIRE(window.controller()->addStages({{"Research", {}, {}}, {"Decision", {}, {}}}));
    checkMenus(&window);
    int checked = 0;
    for (int step = 0; step < window.stepCount(); ++step) {
        window.setStep(step);
        QApplication::processEvents();
        const Mnemonics found = shownMnemonics(&window);
        checkUnique(found, language + QStringLiteral(": step ") + window.stepName(step));
        checked += static_cast<int>(found.size());
    }
    CHECK(checked > window.stepCount() * 5); // the menus and Back/Next at least, on every step

    // A self-assessment's setup has fields of its own (the leader's name and role).
    const QString self = dir.filePath(QStringLiteral("self.cxm"));
    REQUIRE(window.newSession(self, Mode::Self));
    checkUnique(shownMnemonics(&window), language + QStringLiteral(": self-assessment setup"));
}

} // namespace

TEST_CASE("every mnemonic in the window is unique, in English")
{
    ensureApp();
    PromptRecorder prompts;
    report::Language::use(QLocale::system());
    checkEveryScreen(QStringLiteral("English"));
}

TEST_CASE("every mnemonic in the window is unique, in German")
{
    ensureApp();
    PromptRecorder prompts;
    struct Restore
    {
        ~Restore() { report::Language::use(QLocale::system()); }
    } restore;
    report::Language::use(QLocale(QLocale::German, QLocale::Germany));
    checkEveryScreen(QStringLiteral("Deutsch"));
}
