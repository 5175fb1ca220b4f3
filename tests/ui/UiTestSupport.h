// What the window tests share: one QApplication, widgets found by objectName and driven with QTest,
// a recorder for the window's message boxes, and a two-participant workshop made through the window.
#pragma once

#include "Instrument.h"
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
    }
}

// Records the warnings and answers the confirmations the window would show in a message box.
struct PromptRecorder
{
    QStringList warnings;
    bool answer = true;
    int questions = 0;
    PromptRecorder()
    {
        Prompt::warn = [this](QWidget *, const QString &title, const QString &text) {
            warnings << title + QLatin1Char('\n') + text;
        };
        Prompt::confirm = [this](QWidget *, const QString &, const QString &) {
            ++questions;
            return answer;
        };
    }
    ~PromptRecorder()
    {
        Prompt::warn = [](QWidget *, const QString &, const QString &) {};
        Prompt::confirm = [](QWidget *, const QString &, const QString &) { return false; };
    }
};

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
