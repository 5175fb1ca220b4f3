// Small conversions between the core's std::string and Qt's QString, kept in one place.
#pragma once

#include <QString>

#include <string>

namespace cxm::ui {

inline QString qs(const std::string &text) { return QString::fromStdString(text); }
inline std::string ss(const QString &text) { return text.trimmed().toStdString(); }

} // namespace cxm::ui
