#include "LanguageMenu.h"

#include "Language.h"
#include "Prompt.h"
#include "Settings.h"
#include "UiText.h"

#include <QActionGroup>
#include <QGuiApplication>
#include <QMenu>

namespace cxm::ui {

LanguageMenu::LanguageMenu(QMenu *menu, QWidget *window)
    : QObject(menu)
    , m_window(window)
{
    QMenu *languages = menu->addMenu(tr("&Language"));
    languages->setObjectName(QStringLiteral("menuLanguage"));
    auto *group = new QActionGroup(languages);
    const QString chosen = Settings::language();
    const auto add = [&](const QString &code, const QString &text) {
        QAction *action = languages->addAction(menuTextOf(text));
        action->setObjectName(code.isEmpty() ? QStringLiteral("actionLanguageSystem")
                                             : QStringLiteral("actionLanguage_") + code);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("System (%1)").arg(report::Language::nativeName(QLocale::system().name())));
    languages->addSeparator();
    for (const QString &code : report::Language::available())
        add(code, report::Language::nativeName(code));
}

QLocale LanguageMenu::chosenLocale()
{
    const QString code = Settings::language();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

void LanguageMenu::useChosenLanguage()
{
    const QLocale locale = chosenLocale();
    report::Language::use(locale);
    if (locale.textDirection() == Qt::RightToLeft)
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
}

void LanguageMenu::choose(const QString &code)
{
    if (code == Settings::language())
        return;
    Settings::setLanguage(code);
    // Said in the language in use and, below, in the one chosen, which the reader may be looking for.
    const char *kText = QT_TR_NOOP("The language changes when you next start the workbench.");
    QString text = tr(kText);
    const QString chosenText = report::Language::translateFor(
        code.isEmpty() ? QLocale::system() : QLocale(code), "cxm::ui::LanguageMenu", kText);
    if (chosenText != text)
        text += QStringLiteral("\n\n") + chosenText;
    Prompt::inform(m_window, tr("Language"), text);
}

} // namespace cxm::ui
