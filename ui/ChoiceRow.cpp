#include "ChoiceRow.h"

#include "AnswerNavigator.h"

#include <algorithm>

#include <QAction>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPointer>
#include <QToolButton>

namespace cxm::ui {

ChoiceRow::ChoiceRow(const QStringList &labels, const QStringList &names, const QStringList &keys,
                     const QString &objectName, const QString &accessibleSubject, QWidget *parent)
    : QWidget(parent)
    , m_labels(labels)
{
    setObjectName(objectName);
    setAccessibleName(accessibleSubject);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (int i = 0; i < labels.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setText(labels.at(i));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setObjectName(objectName + QLatin1Char('_') + keys.at(i));
        button->setToolTip(names.at(i));
        button->setAccessibleName(tr("%1: %2").arg(accessibleSubject, names.at(i)));
        // Wide enough for the label in bold, as the chosen button shows it (a level's whole name).
        QFont bold = button->font();
        bold.setBold(true);
        button->setMinimumWidth(std::max(34, QFontMetrics(bold).horizontalAdvance(labels.at(i)) + 14));
        button->installEventFilter(this);
        connect(button, &QToolButton::clicked, this, [this, i] { pick(i, false); });
        layout->addWidget(button);
        m_buttons.push_back(button);
    }
    auto *clearAction = new QAction(tr("Clear answer"), this);
    clearAction->setObjectName(QStringLiteral("clearAnswer"));
    connect(clearAction, &QAction::triggered, this, &ChoiceRow::clear);
    addAction(clearAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setValue(-1);
}

void ChoiceRow::setColors(const std::vector<QColor> &colors)
{
    for (std::size_t i = 0; i < m_buttons.size() && i < colors.size(); ++i) {
        // Black on the light levels, white on the dark one, so the chosen name stays readable.
        const bool dark = qGray(colors[i].rgb()) < 110;
        m_buttons[i]->setStyleSheet(
            QStringLiteral("QToolButton:checked { background: %1; color: %2; font-weight: bold; "
                           "border: 1px solid #555; border-radius: 3px; }")
                .arg(colors[i].name(), dark ? QStringLiteral("white") : QStringLiteral("black")));
    }
}

void ChoiceRow::setValue(int value)
{
    m_value = value;
    // Like a radio group: one Tab stop per row (the chosen button, else the first), so Tab walks
    // from person to person and Left/Right walk the choices.
    const int tabStop = value >= 0 ? value : 0;
    for (std::size_t i = 0; i < m_buttons.size(); ++i) {
        m_buttons[i]->setChecked(static_cast<int>(i) == value);
        m_buttons[i]->setFocusPolicy(static_cast<int>(i) == tabStop ? Qt::StrongFocus : Qt::ClickFocus);
    }
    setFocusProxy(m_buttons[static_cast<std::size_t>(tabStop)]);
}

QToolButton *ChoiceRow::tabStop() const
{
    return m_buttons[static_cast<std::size_t>(m_value >= 0 ? m_value : 0)];
}

void ChoiceRow::pick(int index, bool thenMoveOn)
{
    QPointer<ChoiceRow> self(this);
    if (index != m_value) {
        setValue(index);
        emit chosen(index);
    } else {
        setValue(index); // a click on the chosen button leaves it chosen
    }
    if (!self)
        return;
    m_atEnd = false;
    if (!thenMoveOn) {
        // A click keeps the keys on the row it chose: the chosen button has them now.
        tabStop()->setFocus(Qt::MouseFocusReason);
        return;
    }
    // A key goes straight on to the next person; after the last one the keys wait to be moved.
    if (!moveOn(1)) {
        m_atEnd = true;
        AnswerNavigator::sayEndOfPage(this);
    }
}

void ChoiceRow::clear()
{
    if (m_value < 0)
        return;
    setValue(-1);
    emit chosen(-1);
}

bool ChoiceRow::moveOn(int direction)
{
    if (m_navigator)
        return m_navigator->moveFrom(this, direction);
    tabStop()->setFocus(Qt::TabFocusReason);
    return focusNextPrevChild(direction > 0);
}

bool ChoiceRow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
            reason == Qt::MouseFocusReason)
            m_atEnd = false; // the person moved the keys here: they act here again
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const auto it = std::find(m_buttons.begin(), m_buttons.end(), watched);
    if (it == m_buttons.end() || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return QWidget::eventFilter(watched, event);
    const int current = static_cast<int>(it - m_buttons.begin());
    const int count = static_cast<int>(m_buttons.size());
    const QString text = key->text();
    int choice = -1;
    for (int i = 0; text.size() == 1 && text.at(0).isLetter() && i < m_labels.size() && choice < 0; ++i)
        if (m_labels.at(i).startsWith(text, Qt::CaseInsensitive))
            choice = i;
    if (m_atEnd && (choice >= 0 || key->key() == Qt::Key_Space)) {
        AnswerNavigator::sayEndOfPage(this); // one key too many: the last answer stays
        return true;
    }
    if (key->key() == Qt::Key_Left && current > 0) {
        m_buttons[static_cast<std::size_t>(current - 1)]->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (key->key() == Qt::Key_Right && current + 1 < count) {
        m_buttons[static_cast<std::size_t>(current + 1)]->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
        m_atEnd = false; // the person moves the keys themselves: they act where the focus is
        moveOn(key->key() == Qt::Key_Down ? 1 : -1);
        return true;
    }
    if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
        clear();
        return true;
    }
    if (key->key() == Qt::Key_Space) {
        pick(current, true); // Space picks the focused button, and moves on like any pick key
        return true;
    }
    if (choice >= 0) {
        pick(choice, true); // picks, then straight on to the next person, so a whole column can be typed
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cxm::ui
