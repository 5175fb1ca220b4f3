// The window's questions and warnings to the user. They go through replaceable functions so tests
// can answer them without a modal dialog blocking the event loop.
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace cxm::ui {

struct Prompt
{
    // Shows a warning; by default a QMessageBox::warning.
    static std::function<void(QWidget *parent, const QString &title, const QString &text)> warn;
    // Asks a yes/no question; by default a QMessageBox::question. Returns true for yes.
    static std::function<bool(QWidget *parent, const QString &title, const QString &text)> confirm;
};

} // namespace cxm::ui
