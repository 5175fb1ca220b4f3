// The CCO Readiness step: the eleven questions with a yes/no per participant, the team answer (which
// the facilitator can set), each question's implementation tip where the team answer is No or split,
// and the mandate in plain words. The participants' names stay above the grid while it scrolls down,
// the questions stay at its left while it scrolls sideways (13 people do not fit a laptop), and a tip
// opens under its question only when asked, so no row moves when an answer changes.
#pragma once

#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QScrollArea;
class QScrollBar;
class QVBoxLayout;

namespace cxm::ui {

class AbsenceButton;
class AnswerNavigator;
class ChoiceRow;
class SessionController;

class ReadinessPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReadinessPage(SessionController *controller, QWidget *parent = nullptr);
    ~ReadinessPage() override;
    void refresh();
    // Keys go to the first question without an answer (after Next, or a click in the step list).
    void focusFirstUnanswered();

private:
    struct QuestionWidgets
    {
        std::string question;
        std::vector<std::pair<std::string, ChoiceRow *>> rows;
        QLabel *team = nullptr;
        QComboBox *decision = nullptr;
        QLabel *tip = nullptr;     // the "Tip" link, shown where the team answer is No or split
        QLabel *tipText = nullptr; // the tip itself, open once the link is followed
    };
    void rebuild();
    void layOutColumns();
    void scrollToShow(QWidget *focused);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SessionController *m_controller;
    QLabel *m_mandate;
    QLabel *m_progress;
    AbsenceButton *m_absence;
    AnswerNavigator *m_navigator;
    std::vector<std::pair<std::string, QLabel *>> m_names; // participant id → column heading
    QWidget *m_header;
    QScrollArea *m_scroll;
    QScrollBar *m_sideways;
    QWidget *m_content = nullptr;
    std::vector<QWidget *> m_questionCells; // the left column, one fixed width for all rows
    std::vector<QWidget *> m_strips;        // the answer columns of each row, scrolled sideways together
    std::vector<std::pair<QLabel *, QString>> m_nameLabels; // shortened to the column, full name kept
    int m_minPersonWidth = 0;
    int m_teamWidth = 0;
    QMetaObject::Connection m_focusWatch;
    std::vector<QuestionWidgets> m_questions;
    QString m_structure;
};

// The mandate ("low", "moderate", "strong") as a sentence for the facilitator.
QString mandateText(const std::optional<std::string> &mandate, int gaps);

} // namespace cxm::ui
