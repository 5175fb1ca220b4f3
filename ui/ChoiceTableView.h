// What the answer tables share: painted toggle cells, one answer per participant, and one way to
// answer by keyboard and mouse. A "stop" is one participant's answer (a row of a competency grid, a
// column of a readiness question). The letter a choice shows (E, A, M; Y, N, or J, N in German) picks
// it and moves the keys on to the next participant, after the last one through the page's
// AnswerNavigator. A click picks and keeps the keys on the clicked answer, so Delete or Backspace (or
// "Clear answer" in the context menu) clears the answer that is visibly selected. At the end of the
// page a further choice key changes nothing and says why, until the keys are moved; Tab leaves.
#pragma once

#include <QStringList>
#include <QTableView>

#include <string>

namespace cxm::ui {

class AnswerNavigator;

class ChoiceTableView : public QTableView
{
    Q_OBJECT

public:
    struct Stop
    {
        std::string participant;
        int value = -1;       // the chosen choice, -1 for none
        bool enabled = false; // false: read-only file, or the participant is absent
    };

    void setNavigator(AnswerNavigator *navigator) { m_navigator = navigator; }
    // Puts the keys on a participant: the first (or last) that takes answers, the first without an
    // answer, or a given one. False when there is none.
    bool enter(bool fromEnd);
    bool enterFirstUnanswered();
    bool enterParticipant(const std::string &participant);
    // The participant the keys are on, or an empty string.
    std::string currentParticipant() const;

    // Paints one choice as a toggle button: its colour and bold letter when chosen, an outline with
    // the letter when not, so it reads the same in greyscale.
    static void paintToggle(QPainter *painter, const QPalette &palette, const QFont &font, const QRect &rect,
                            const QString &label, bool chosen, const QColor &color, bool enabled,
                            bool focused);

signals:
    // The user picked a choice for a participant (-1: cleared).
    void chosen(const std::string &participant, int value);

protected:
    // keys: the letters the choices show, whose first letters pick them.
    ChoiceTableView(QStringList keys, QWidget *parent);

    virtual int stopCount() const = 0;
    virtual Stop stop(int index) const = 0;
    // The stop a cell belongs to, -1 for a cell that is not an answer (a name).
    virtual int stopOf(const QModelIndex &index) const = 0;
    // The cell that gets the keys on a stop.
    virtual QModelIndex cellOf(int stop) const = 0;
    // The choice a click at pos (viewport coordinates) in the cell picks, -1 for none.
    virtual int choiceAt(const QModelIndex &index, const QPoint &pos) const = 0;
    // Arrow keys and Space, as the table's shape makes them mean; true when handled.
    virtual bool navigate(QKeyEvent *event, int stop) = 0;

    bool focusStop(int stop);
    // Focus on the next (or previous) participant who takes answers, else on the next table; false
    // when there is none (the end of the page).
    bool moveOn(int stop, int direction);
    // Records a choice (unless it is the chosen one already); by key it then moves on to the next
    // participant, by click it keeps the keys on the clicked answer.
    enum class After { MoveOn, Stay };
    void pick(int stop, int value, After after = After::MoveOn);
    AnswerNavigator *navigator() const { return m_navigator; }

    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    int stopOfParticipant(const std::string &participant) const;
    // The choice a typed text picks, -1 for none.
    int choiceOfKey(const QString &text) const;

    QStringList m_keys;
    AnswerNavigator *m_navigator = nullptr;
    // A choice key found no participant after the last one: the next choice key is refused until the
    // keys are moved (an arrow key, a click, Tab), so one key too many never overwrites the last answer.
    bool m_atEnd = false;
};

} // namespace cxm::ui
