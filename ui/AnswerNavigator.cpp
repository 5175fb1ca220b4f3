#include "AnswerNavigator.h"

#include "ChoiceRow.h"
#include "ChoiceTableView.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QToolButton>

#include <algorithm>

namespace cxm::ui {

namespace {

bool takesAnswers(const QWidget *stop)
{
    return stop && stop->isEnabled() && stop->isVisibleTo(stop->window());
}

// Puts the keys on a stop: a row's chosen button, or a grid's first (or last) open row.
bool enter(QWidget *stop, bool fromEnd)
{
    if (!takesAnswers(stop))
        return false;
    if (auto *grid = qobject_cast<ChoiceTableView *>(stop))
        return grid->enter(fromEnd);
    if (auto *row = qobject_cast<ChoiceRow *>(stop)) {
        row->tabStop()->setFocus(Qt::TabFocusReason);
        return true;
    }
    return false;
}

// Keeps a closed combo box (a consensus, a team decision) from changing its value by a typed letter,
// an arrow key or the mouse wheel, which QComboBox all take as a choice: a rating key or a scroll
// past the box must never set a team answer. Arrow keys and Page/Home/End open the list instead, so
// the choice is made in the open list (arrows, Enter) or with the mouse; the wheel scrolls the page.
class TypeAheadFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *combo = qobject_cast<QComboBox *>(watched);
        if (!combo)
            return QObject::eventFilter(watched, event);
        if (event->type() == QEvent::Wheel) {
            // Hand the wheel to the page around the box, which scrolls.
            for (QWidget *w = combo->parentWidget(); w; w = w->parentWidget()) {
                if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
                    QCoreApplication::sendEvent(area->viewport(), event);
                    break;
                }
            }
            return true;
        }
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return QObject::eventFilter(watched, event); // Alt+Down opens the list as usual
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
            combo->showPopup();
            return true;
        default:
            break;
        }
        const QString text = key->text();
        return text.size() == 1 && text.at(0).isLetterOrNumber();
    }
};

} // namespace

void AnswerNavigator::add(ChoiceRow *row)
{
    m_rows.emplace_back(row);
    row->setNavigator(this);
}

void AnswerNavigator::add(ChoiceTableView *table)
{
    m_rows.emplace_back(table);
    table->setNavigator(this);
}

void AnswerNavigator::moveFrom(QWidget *stop, int direction)
{
    const auto count = static_cast<int>(m_rows.size());
    int at = -1;
    for (int i = 0; i < count; ++i)
        if (m_rows[static_cast<std::size_t>(i)] == stop)
            at = i;
    if (at < 0)
        return;
    for (int i = at + direction; i >= 0 && i < count; i += direction)
        if (enter(m_rows[static_cast<std::size_t>(i)], direction < 0))
            return;
}

void AnswerNavigator::moveToParticipant(QWidget *stop, int direction, const std::string &participant)
{
    const auto at = std::find(m_rows.begin(), m_rows.end(), stop);
    if (at == m_rows.end())
        return;
    const auto next = at - m_rows.begin() + direction;
    if (next < 0 || next >= static_cast<int>(m_rows.size()))
        return;
    auto *table = qobject_cast<ChoiceTableView *>(m_rows[static_cast<std::size_t>(next)].data());
    if (table && takesAnswers(table))
        table->enterParticipant(participant);
}

bool AnswerNavigator::focusFirstUnanswered()
{
    QWidget *first = nullptr;
    for (const auto &stop : m_rows) {
        if (!takesAnswers(stop))
            continue;
        if (!first)
            first = stop;
        if (auto *grid = qobject_cast<ChoiceTableView *>(stop.data())) {
            if (grid->enterFirstUnanswered())
                return true;
        } else if (auto *row = qobject_cast<ChoiceRow *>(stop.data()); row && row->value() < 0) {
            return enter(row, false);
        }
    }
    return first && enter(first, false);
}

void AnswerNavigator::refuseTypeAhead(QComboBox *combo)
{
    combo->installEventFilter(new TypeAheadFilter(combo));
}

} // namespace cxm::ui
