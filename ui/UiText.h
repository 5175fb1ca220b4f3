// Small conversions between the core's std::string and Qt's QString, kept in one place.
#pragma once

#include <QString>
#include <QWidget>

#include <string>

namespace cxm::ui {

inline QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}
inline std::string ss(const QString &text)
{
    return text.trimmed().toStdString();
}

// A name (or another one-line field) as typed or pasted: line breaks, tabs and other control
// characters become spaces, NUL and the bidirectional embedding/override/isolate controls (RLO …)
// are dropped, so a name can neither break a line in a list or a CSV cell nor reverse what follows.
inline QString singleLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u == 0 || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            continue;
        out += (ch.category() == QChar::Other_Control || u == 0x2028 || u == 0x2029) ? QChar(u' ') : ch;
    }
    return out.simplified();
}

// User text for a tooltip. Qt guesses whether a tooltip is rich text, so "<b>" in a note would be
// rendered as markup; escaping it inside an explicit paragraph always shows it literally.
inline QString richTextOf(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

// A person's name where room is short (a grid's row, a list, a combo box): at most kShortName
// characters, shortened with "…". Show the full name in the tooltip (richTextOf).
inline constexpr int kShortName = 40;
inline QString shortName(const QString &name)
{
    return name.size() <= kShortName ? name : name.left(kShortName - 1).trimmed() + QChar(0x2026);
}

// User text for a menu entry: a single "&" would otherwise underline the next letter and vanish.
inline QString menuTextOf(const QString &text)
{
    QString t = text;
    return t.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

// Takes a widget out of the window now and deletes it once control is back in the event loop: a
// page may be rebuilt from inside a signal of one of its own controls (an edit the file refused),
// which must not be deleted while that signal is still running.
inline void retire(QWidget *widget)
{
    if (!widget)
        return;
    widget->hide();
    widget->setParent(nullptr);
    widget->deleteLater();
}

} // namespace cxm::ui
