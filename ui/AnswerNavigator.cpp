#include "AnswerNavigator.h"

#include "ChoiceRow.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QToolButton>

namespace cxm::ui {

namespace {

bool takesAnswers(const ChoiceRow *row)
{
    return row && row->isEnabled() && row->isVisibleTo(row->window());
}

// Eats printable keys on a closed combo box: QComboBox would otherwise pick the first entry
// starting with the letter. Arrow keys, Space and F4 (which open the list) still work.
class TypeAheadFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const QString text = key->text();
            if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) && text.size() == 1 &&
                text.at(0).isLetterOrNumber())
                return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void AnswerNavigator::add(ChoiceRow *row)
{
    m_rows.emplace_back(row);
    row->setNavigator(this);
}

void AnswerNavigator::moveFrom(ChoiceRow *row, int direction)
{
    const auto count = static_cast<int>(m_rows.size());
    int at = -1;
    for (int i = 0; i < count; ++i)
        if (m_rows[static_cast<std::size_t>(i)] == row)
            at = i;
    if (at < 0)
        return;
    for (int i = at + direction; i >= 0 && i < count; i += direction) {
        ChoiceRow *next = m_rows[static_cast<std::size_t>(i)];
        if (takesAnswers(next)) {
            next->tabStop()->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

bool AnswerNavigator::focusFirstUnanswered()
{
    ChoiceRow *first = nullptr;
    for (const auto &row : m_rows) {
        if (!takesAnswers(row))
            continue;
        if (!first)
            first = row;
        if (row->value() < 0) {
            row->tabStop()->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    if (first)
        first->tabStop()->setFocus(Qt::OtherFocusReason);
    return first != nullptr;
}

void AnswerNavigator::refuseTypeAhead(QComboBox *combo)
{
    combo->installEventFilter(new TypeAheadFilter(combo));
}

} // namespace cxm::ui
