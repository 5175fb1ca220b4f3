#include "Language.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace cxm::report {

namespace {

// Where qt_add_translations puts the compiled translations (src/report/CMakeLists.txt).
const QString kResources = QStringLiteral(":/i18n");
const QString kName = QStringLiteral("cx-workbench");

struct State
{
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt; // Qt's own words (standard buttons, file dialogs)
    QString code = QStringLiteral("en");
    bool installed = false; // on a QCoreApplication
    bool chosen = false;    // by use(), or else the system's on first need
};

State &state()
{
    static State s;
    return s;
}

void load(State &s, const QLocale &locale)
{
    if (s.installed && QCoreApplication::instance()) {
        QCoreApplication::removeTranslator(s.own.get());
        QCoreApplication::removeTranslator(s.qt.get());
    }
    s.own = std::make_unique<QTranslator>();
    s.qt = std::make_unique<QTranslator>();
    s.code = QStringLiteral("en");
    s.chosen = true;
    s.installed = false;
    // The first of the locale's languages (LANGUAGE's list, then LC_MESSAGES …) that has a file
    // wins. English is the sources' language: its file holds only the plural forms ("1 participant",
    // "6 participants"), and it is the one for a language without a translation (C, French …).
    if (s.own->load(locale, kName, QStringLiteral("_"), kResources))
        s.code = QFileInfo(s.own->filePath()).completeBaseName().section(QLatin1Char('_'), 1);
    else
        (void)s.own->load(kName + QStringLiteral("_en"), kResources);
    // Qt's own words (qtbase_de.qm, from Debian's qt6-translations-l10n), also for a language the
    // workbench lacks: they say whether the language is written right to left (QT_LAYOUT_DIRECTION).
    if (!s.qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        s.qt.reset();
}

} // namespace

QStringList Language::available()
{
    QDirIterator it(kResources, {kName + QStringLiteral("_*.qm")}, QDir::Files);
    QStringList translated;
    while (it.hasNext())
        translated << QFileInfo(it.next()).completeBaseName().section(QLatin1Char('_'), 1);
    translated.removeAll(QStringLiteral("en"));
    translated.sort();
    return QStringList{QStringLiteral("en")} + translated;
}

QString Language::nativeName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QStringLiteral("English"); // not "American English", nor the C locale's nothing
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

void Language::use(const QLocale &locale)
{
    State &s = state();
    load(s, locale);
    QLocale::setDefault(locale);
    if (QCoreApplication::instance()) {
        if (!s.own->isEmpty())
            QCoreApplication::installTranslator(s.own.get());
        if (s.qt && !s.qt->isEmpty())
            QCoreApplication::installTranslator(s.qt.get());
        s.installed = true;
    }
}

QString Language::current()
{
    State &s = state();
    if (!s.chosen)
        load(s, QLocale::system());
    return s.code;
}

QString Language::translateFor(const QLocale &locale, const char *context, const char *text)
{
    State other;
    load(other, locale);
    const QString result = other.own->translate(context, text);
    return result.isNull() ? QString::fromUtf8(text) : result;
}

QString Language::translate(const char *context, const char *text, const char *disambiguation, int n)
{
    State &s = state();
    if (!s.chosen)
        load(s, QLocale::system());
    QString result = s.own->translate(context, text, disambiguation, n);
    if (result.isNull())
        result = QString::fromUtf8(text);
    if (n >= 0)
        result.replace(QLatin1String("%n"), QString::number(n));
    return result;
}

} // namespace cxm::report
