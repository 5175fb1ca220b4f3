// One keyboard focus model for every answer grid. The rows of a page are kept in reading order
// (question by question, participant by participant): a rating key picks an answer and moves on to
// the next row, after a question's last participant to the next question's first, and never into a
// consensus or team-decision box (a TeamAnswerBox), which only Tab or a click reaches. A click picks
// and keeps the keys on the clicked answer. After the page's last row a rating key changes nothing:
// the window's status bar says why (sayEndOfPage), until the person moves the keys.
#pragma once

#include <QObject>
#include <QPointer>

#include <string>
#include <vector>

namespace cxm::ui {

class ChoiceRow;
class ChoiceTableView;

class AnswerNavigator : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void clear() { m_rows.clear(); }
    // Appends a row, or a grid of rows; it moves focus through this navigator from now on.
    void add(ChoiceRow *row);
    void add(ChoiceTableView *table);
    // Focus on the row after (or before) this one that takes answers; stays put at either end and
    // returns false there.
    bool moveFrom(QWidget *stop, int direction);
    // Focus on the same participant in the table after (or before) this one; stays put when there is
    // no such table, or the participant takes no answers there.
    void moveToParticipant(QWidget *stop, int direction, const std::string &participant);
    // Focus on the first row that takes answers and has none yet, else on the first row. False
    // when there is no row to focus.
    bool focusFirstUnanswered();

    // Tells the person, in the window's status bar, that a rating key at the end of the page changed
    // nothing, and how to go on.
    static void sayEndOfPage(QWidget *from);

private:
    std::vector<QPointer<QWidget>> m_rows; // ChoiceRow or ChoiceTableView, in reading order
};

} // namespace cxm::ui
