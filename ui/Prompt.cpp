#include "Prompt.h"

#include <QMessageBox>

namespace cxm::ui {

std::function<void(QWidget *, const QString &, const QString &)> Prompt::warn =
    [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };

std::function<bool(QWidget *, const QString &, const QString &)> Prompt::confirm =
    [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
    };

} // namespace cxm::ui
