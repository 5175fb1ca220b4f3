// The workbench's settings, typed, over QSettings: recent files and window geometry.
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
};

} // namespace cxm::ui
