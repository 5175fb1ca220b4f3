#include "Settings.h"

#include "PgConnection.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>

namespace cxm::ui {

namespace {
const QString kRecent = QStringLiteral("recentFiles");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kPortfolio = QStringLiteral("portfolio/database");
const QString kLanguage = QStringLiteral("language");
} // namespace

QString Settings::applicationId()
{
    return QStringLiteral(CXM_APP_ID);
}

void Settings::setUpApplication()
{
    const QString id = applicationId();
    const qsizetype lastDot = id.lastIndexOf(QLatin1Char('.'));
    QApplication::setOrganizationName(id.left(lastDot));   // io.github.cxmaturity
    QApplication::setApplicationName(id.mid(lastDot + 1)); // workbench
    QApplication::setApplicationDisplayName(QApplication::translate("Settings", "CX Maturity Workbench"));
    QApplication::setDesktopFileName(id);
    migrateFrom(QStringLiteral("CX Maturity"), QStringLiteral("CX Maturity Workbench"));
}

bool Settings::migrateFrom(const QString &oldOrganisation, const QString &oldApplication)
{
    QSettings current;
    if (!current.allKeys().isEmpty())
        return false;
    const QSettings old(oldOrganisation, oldApplication);
    const QStringList keys = old.allKeys();
    for (const QString &key : keys)
        current.setValue(key, old.value(key));
    return !keys.isEmpty();
}

QStringList Settings::recentFiles()
{
    return QSettings().value(kRecent).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecent, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kRecent, files);
}

QByteArray Settings::geometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void Settings::setGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QString Settings::portfolioDatabase()
{
    return QSettings().value(kPortfolio).toString();
}

void Settings::setPortfolioDatabase(const QString &database)
{
    QSettings().setValue(
        kPortfolio, QString::fromStdString(portfolio::withoutPassword(database.trimmed().toStdString())));
}

QString Settings::language()
{
    return QSettings().value(kLanguage).toString();
}

void Settings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(kLanguage);
    else
        QSettings().setValue(kLanguage, code);
}

} // namespace cxm::ui
