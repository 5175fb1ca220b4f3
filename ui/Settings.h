// The workbench's settings, typed, over QSettings: recent files, window geometry, the portfolio's
// database and the language; and the application's identity, which says where QSettings keeps them.
#pragma once

#include <QByteArray>
#include <QStringList>

namespace cxm::ui {

class Settings
{
public:
    // The reverse-DNS application id (CMake's CXM_APP_ID): the desktop file, the icon, the AppStream
    // id, the single instance's socket. The settings live under its organisation and application
    // parts: ~/.config/io.github.cxmaturity/workbench.conf.
    static QString applicationId();
    // Sets QApplication's organisation, application, display and desktop file names from the id, then
    // brings the settings over from the names used before 0.1.0 (see migrateFrom).
    static void setUpApplication();
    // Copies every key of the settings kept under oldOrganisation / oldApplication into the current
    // ones, when the current ones are still empty; true when something was copied. The old file is
    // left as it was, so an older workbench still finds its own.
    static bool migrateFrom(const QString &oldOrganisation, const QString &oldApplication);

    static constexpr int kMaxRecent = 8;
    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    static QByteArray geometry();
    static void setGeometry(const QByteArray &geometry);
    // The shared portfolio's database (a libpq URI or connection string), never with a password:
    // one given is removed before it is stored.
    static QString portfolioDatabase();
    static void setPortfolioDatabase(const QString &database);
    // The language chosen in View → Language ("en", "de"), or empty to follow the system's.
    static QString language();
    static void setLanguage(const QString &code);
};

} // namespace cxm::ui
