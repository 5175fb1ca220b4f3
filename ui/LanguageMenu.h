// View → Language: follow the system's language, or choose one of the workbench's (Language.h). The
// choice is kept in Settings and takes effect when the workbench next starts, since every window
// and page says its words when it is built.
#pragma once

#include <QLocale>
#include <QObject>

class QMenu;

namespace cxm::ui {

class LanguageMenu : public QObject
{
    Q_OBJECT

public:
    // Adds the Language submenu to menu; its actions are named actionLanguageSystem and
    // actionLanguage_<code> (actionLanguage_de).
    LanguageMenu(QMenu *menu, QWidget *window);

    // The locale Settings asks for: the chosen language's, or the system's.
    static QLocale chosenLocale();
    // Puts the chosen language into effect for this process (translations, numbers and dates, and a
    // right-to-left layout for a right-to-left language). Called once at start, after the
    // application's name is set (Settings reads QSettings).
    static void useChosenLanguage();

private:
    void choose(const QString &code);

    QWidget *m_window;
};

} // namespace cxm::ui
