#include "Prompt.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>

namespace cxm::ui {

namespace {

// A word longer than a line (a 200-character name, a deep path) cannot wrap and would make the box
// wider than the screen: shorten it in the middle, and keep the whole text under "Show Details…".
QString fitted(const QString &text, bool &shortened)
{
    constexpr int kLongest = 60;
    static const QRegularExpression longWord(QStringLiteral("\\S{%1,}").arg(kLongest + 1));
    QString out = text;
    shortened = false;
    for (auto match = longWord.match(out); match.hasMatch();
         match = longWord.match(out, match.capturedStart() + kLongest)) {
        const QString word = match.captured();
        out.replace(match.capturedStart(), word.size(),
                    word.left(kLongest / 2 - 1) + QStringLiteral("…") + word.right(kLongest / 2 - 1));
        shortened = true;
    }
    return out;
}

// QMessageBox's static helpers guess rich text, so a name like "<img src=…>" would load an image.
bool ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
         QMessageBox::StandardButtons buttons)
{
    bool shortened = false;
    QMessageBox box(icon, title, fitted(text, shortened), buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (shortened)
        box.setDetailedText(text); // shown as plain text
    return box.exec() == QMessageBox::Yes;
}

} // namespace

std::function<void(QWidget *, const QString &, const QString &)> Prompt::warn =
    [](QWidget *parent, const QString &title, const QString &text) {
        ask(parent, QMessageBox::Warning, title, text, QMessageBox::Ok);
    };

std::function<void(QWidget *, const QString &, const QString &)> Prompt::inform =
    [](QWidget *parent, const QString &title, const QString &text) {
        ask(parent, QMessageBox::Information, title, text, QMessageBox::Ok);
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
