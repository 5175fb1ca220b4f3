// The window's questions and warnings to the user. They go through replaceable functions so tests
// can answer them without a modal dialog blocking the event loop. The default message boxes show
// their text as plain text: it carries names and file names, which are data, never markup.
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace cxm::ui {

struct Prompt
{
    // Shows a warning; by default a QMessageBox with Qt::PlainText.
    static std::function<void(QWidget *parent, const QString &title, const QString &text)> warn;
    // Tells something (no question); by default a QMessageBox with Qt::PlainText.
    static std::function<void(QWidget *parent, const QString &title, const QString &text)> inform;
    // Asks a yes/no question; by default a QMessageBox with Qt::PlainText. Returns true for yes.
    static std::function<bool(QWidget *parent, const QString &title, const QString &text)> confirm;
    // Asks for the facilitator's PIN (typed unseen); by default a QInputDialog. Nothing when cancelled.
    static std::function<std::optional<QString>(QWidget *parent, const QString &title, const QString &text)>
        pin;
};

} // namespace cxm::ui
