// View → Language: the choice is kept in the settings, and the next start speaks it (menus, numbers);
// the window in German lays out without clipping (ScreensTest's checks, in German).
#include "Language.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "ReportWriter.h"
#include "Settings.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QMenuBar>
#include <QSettings>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;

namespace {

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    return titles;
}

// The first start after the test: English again, whatever the test chose.
struct RestoreLanguage
{
    decltype(Prompt::inform) savedInform = Prompt::inform;
    ~RestoreLanguage()
    {
        Settings::setLanguage(QString());
        report::Language::use(QLocale::c());
    }
};

} // namespace

TEST_CASE("View → Language → Deutsch is kept, and the next start is in German")
{
    ensureApp();
    RestoreLanguage restore;
    Settings::setLanguage(QString());
    LanguageMenu::useChosenLanguage();
    QStringList told;
    Prompt::inform = [&](QWidget *, const QString &title, const QString &text) { told << title << text; };

    {
        MainWindow window;
        window.show();
        CHECK(menuTitles(window).contains(QStringLiteral("&View")));
        CHECK(find<QAction>(&window, QStringLiteral("actionLanguageSystem"))->isChecked());
        auto *languages = find<QMenu>(&window, QStringLiteral("menuLanguage"));
        QAction *german = find<QAction>(&window, QStringLiteral("actionLanguage_de"));
        CHECK(german->text() == QStringLiteral("Deutsch"));
        // Through the menu as a person picks it: open it and click the entry.
        languages->popup(window.mapToGlobal(QPoint(40, 40)));
        REQUIRE(QTest::qWaitForWindowExposed(languages));
        QTest::mouseClick(languages, Qt::LeftButton, {}, languages->actionGeometry(german).center());
        CHECK(german->isChecked());
        // The window keeps its language until the next start, and says so in both languages.
        CHECK(menuTitles(window).contains(QStringLiteral("&View")));
        REQUIRE(told.size() == 2);
        CHECK(told[1].contains(QStringLiteral("The language changes when you next start the workbench.")));
        CHECK(told[1].contains(QStringLiteral("Die Sprache wechselt beim nächsten Start der Workbench.")));
    }
    // Kept in the settings file, where the next start reads it.
    CHECK(QSettings().value(QStringLiteral("language")).toString() == QStringLiteral("de"));
    CHECK(Settings::language() == QStringLiteral("de"));

    // The next start: main() puts the chosen language into effect before the window is built.
    LanguageMenu::useChosenLanguage();
    MainWindow window;
    window.show();
    const QStringList titles = menuTitles(window);
    CHECK(titles.contains(QStringLiteral("&Datei")));
    CHECK(titles.contains(QStringLiteral("&Ansicht")));
    CHECK(find<QAction>(&window, QStringLiteral("actionLanguage_de"))->isChecked());
    CHECK(report::formatPercent(62.5) == QStringLiteral("62,5\u00a0%"));
    CHECK(QLocale().toString(1234.5, 'f', 1) == QStringLiteral("1.234,5"));

    // System again: the setting is removed, so a later change of the system's language is followed.
    told.clear();
    find<QAction>(&window, QStringLiteral("actionLanguageSystem"))->trigger();
    CHECK(!QSettings().contains(QStringLiteral("language")));
    REQUIRE(told.size() == 2);
    CHECK(told[0] == QStringLiteral("Sprache"));
}

namespace {

// Buttons and one-line labels narrower than their words on the page shown: clipped text.
QStringList clipped(QWidget *root)
{
    QStringList out;
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty() || button->width() == 0)
            continue;
        if (qobject_cast<QPushButton *>(button) || qobject_cast<QCheckBox *>(button))
            if (button->width() < button->minimumSizeHint().width())
                out << QStringLiteral("%1 \"%2\" %3 < %4")
                           .arg(button->objectName(), button->text())
                           .arg(button->width())
                           .arg(button->minimumSizeHint().width());
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->wordWrap() || label->text().isEmpty() ||
            label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()) || label->width() == 0)
            continue;
        const int needed = label->fontMetrics().horizontalAdvance(label->text().remove(QLatin1Char('&')));
        if (label->contentsRect().width() + 1 < needed)
            out << QStringLiteral("label %1 \"%2\" %3 < %4")
                       .arg(label->objectName(), label->text())
                       .arg(label->contentsRect().width())
                       .arg(needed);
    }
    return out;
}

} // namespace

TEST_CASE("the window in German at 1366×768: no button or one-line label cuts its words")
{
    ensureApp();
    RestoreLanguage restore;
    report::Language::use(QLocale(QLocale::German, QLocale::Germany));
    MainWindow window;
    window.resize(1366, 768 - 48); // the laptop's screen less a panel
    window.show();
    REQUIRE(window.openDemo());
    QStringList problems;
    for (int step = 0; step < window.stepCount(); ++step) {
        window.setStep(step);
        QApplication::processEvents();
        for (const QString &p : clipped(&window))
            problems << window.stepName(step) + QStringLiteral(": ") + p;
    }
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    CHECK(window.stepName(0) == QStringLiteral("Einrichtung"));
}
