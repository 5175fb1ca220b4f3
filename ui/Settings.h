// The workbench's settings, typed, over QSettings: recent files, window geometry, the portfolio's
// database.
#pragma once

#include <QByteArray>
#include <QStringList>

namespace cxm::ui {

class Settings
{
public:
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
};

} // namespace cxm::ui
