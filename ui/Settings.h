// The workbench's settings, typed, over QSettings: recent files, window geometry and the language.
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
    // The language chosen in View → Language ("en", "de"), or empty to follow the system's.
    static QString language();
    static void setLanguage(const QString &code);
};

} // namespace cxm::ui
