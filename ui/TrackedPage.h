// The step of a tracked worksheet (e.g. the customer asset metrics): for each metric, whether the
// company tracks and discusses it and how hard it would be to track well, per participant, and the
// team's answer with a note. The items the team names itself get a name field (with the workbook's
// examples offered as it is typed) and show their answers once named. Every change is one undoable
// edit through the SessionController; the page only re-reads what is stored.
#pragma once

#include "Session.h"
#include "StepPage.h"

#include <functional>
#include <optional>

#include <string>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QWidget;

namespace cxm {
struct Worksheet;
}

namespace cxm::ui {

class AbsenceButton;
class SessionController;

class TrackedPage : public StepPage
{
    Q_OBJECT

public:
    TrackedPage(SessionController *controller, const std::string &worksheetId, QWidget *parent = nullptr);
    void refresh() override;
    void focusFirstUnanswered() override;

private:
    // One answer row: a participant's (or, with an empty participant, the team's).
    struct AnswerRow
    {
        std::string item;
        std::string participant; // empty: the team
        QPushButton *yes = nullptr;
        QPushButton *no = nullptr;
        QComboBox *difficulty = nullptr;
        QLineEdit *note = nullptr; // the team's row only
    };
    struct ItemWidgets
    {
        std::string item;
        bool named = false;
        QLineEdit *name = nullptr;  // named items only
        QWidget *answers = nullptr; // the rows, hidden while a named item has no name
    };
    const Worksheet &worksheet() const;
    void rebuild();
    QWidget *buildItem(const std::string &itemId, QWidget *parent);
    void addAnswerRow(QGridLayout *grid, int row, const std::string &item, const std::string &participant,
                      const QString &label, QWidget *parent);
    // Changes one field of a row's stored answer (read afresh), keeping the others.
    void
    change(const std::string &item, const std::string &participant,
           const std::function<void(std::optional<Answer> &, std::optional<int> &, std::string &)> &edit);
    void update();

    SessionController *m_controller;
    std::string m_worksheetId;
    QLabel *m_progress;
    QLabel *m_minimum = nullptr;
    AbsenceButton *m_absence;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    std::vector<ItemWidgets> m_items;
    std::vector<AnswerRow> m_rows;
    QString m_structure;
};

} // namespace cxm::ui
