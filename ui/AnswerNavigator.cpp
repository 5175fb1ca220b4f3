#include "AnswerNavigator.h"

#include "ChoiceRow.h"
#include "ChoiceTableView.h"

#include <QMainWindow>
#include <QStatusBar>
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

bool AnswerNavigator::moveFrom(QWidget *stop, int direction)
{
    const auto count = static_cast<int>(m_rows.size());
    int at = -1;
    for (int i = 0; i < count; ++i)
        if (m_rows[static_cast<std::size_t>(i)] == stop)
            at = i;
    if (at < 0)
        return false;
    for (int i = at + direction; i >= 0 && i < count; i += direction)
        if (enter(m_rows[static_cast<std::size_t>(i)], direction < 0))
            return true;
    return false;
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

void AnswerNavigator::sayEndOfPage(QWidget *from)
{
    auto *window = from ? qobject_cast<QMainWindow *>(from->window()) : nullptr;
    if (!window)
        return;
    window->statusBar()->showMessage(
        tr("End of this step: that key changed nothing, the last answer stays. Move with the arrow keys "
           "or click to change an answer; Next (Ctrl+PgDown) goes on to the next step."),
        10 * 1000);
}

} // namespace cxm::ui
