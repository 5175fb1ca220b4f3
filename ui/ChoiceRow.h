// A row of two or three toggle buttons for one answer (Early/Advanced/Mature, or Yes/No), fast by
// mouse or keyboard: Tab (or Up/Down) goes from row to row, Left/Right move between buttons, Space
// picks, and the first letter a button shows (E, A, M, Y, N) picks it. A pick by key moves on to the
// next row (through the page's AnswerNavigator); a click keeps the keys on the clicked row, so Delete
// clears what was clicked. After the page's last row a further pick key changes nothing until the keys
// are moved. Clicking the chosen button keeps it: clearing is explicit, with Delete or Backspace, or
// "Clear answer" in the row's context menu.
#pragma once

#include <QColor>
#include <QStringList>
#include <QWidget>

#include <vector>

class QToolButton;

namespace cxm::ui {

class AnswerNavigator;

class ChoiceRow : public QWidget
{
    Q_OBJECT

public:
    // labels are the button texts, whose first letters are the keys; names the full names (tooltips,
    // accessible names);
    // keys the untranslated ids that name the buttons (objectName_key).
    ChoiceRow(const QStringList &labels, const QStringList &names, const QStringList &keys,
              const QString &objectName, const QString &accessibleSubject, QWidget *parent = nullptr);

    // -1 when nothing is chosen. Does not emit chosen().
    void setValue(int value);
    int value() const { return m_value; }
    // The button Tab lands on: the chosen one, else the first.
    QToolButton *tabStop() const;
    QToolButton *button(int index) const { return m_buttons.at(static_cast<std::size_t>(index)); }
    void setColors(const std::vector<QColor> &colors);
    // The page's navigator decides which row comes next; without one, the next widget in Tab order.
    void setNavigator(AnswerNavigator *navigator) { m_navigator = navigator; }

signals:
    // The user picked value (-1: cleared).
    void chosen(int value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pick(int index, bool thenMoveOn);
    void clear();
    bool moveOn(int direction);

    std::vector<QToolButton *> m_buttons;
    QStringList m_labels;
    int m_value = -1;
    AnswerNavigator *m_navigator = nullptr;
    bool m_atEnd = false; // a key picked the page's last row: the next pick key is refused
};

} // namespace cxm::ui
