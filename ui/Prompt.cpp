#include "Prompt.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace cxm::ui {

namespace {

// QMessageBox's static helpers guess rich text, so a name like "<img src=…>" would load an image.
bool ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
         QMessageBox::StandardButtons buttons)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    return box.exec() == QMessageBox::Yes;
}

} // namespace

std::function<void(QWidget *, const QString &, const QString &)> Prompt::warn =
    [](QWidget *parent, const QString &title, const QString &text) {
        ask(parent, QMessageBox::Warning, title, text, QMessageBox::Ok);
    };

std::function<bool(QWidget *, const QString &, const QString &)> Prompt::confirm =
    [](QWidget *parent, const QString &title, const QString &text) {
        return ask(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No);
    };

std::function<std::optional<QString>(QWidget *, const QString &, const QString &)> Prompt::pin =
    [](QWidget *parent, const QString &title, const QString &text) -> std::optional<QString> {
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("pinDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(text);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
};

} // namespace cxm::ui
