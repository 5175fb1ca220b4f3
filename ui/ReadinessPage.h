// The CCO Readiness step: the eleven questions with a yes/no per participant, the team answer (which
// the facilitator can set), each question's implementation tip where the team answer is No or split,
// and the mandate in plain words. The participants' names stay above the grid while it scrolls down,
// the questions at its left and the team answers at its right while it scrolls sideways (13 people
// do not fit a laptop), and a tip opens under its question only when asked, so no row moves when an
// answer changes. The answers are one model and a view per question, not a widget per answer.
#pragma once

#include "Instrument.h"
#include "StepPage.h"

#include <QWidget>

#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QScrollArea;
class QScrollBar;

namespace cxm::ui {

class AbsenceButton;
class AnswerNavigator;
class ReadinessGridModel;
class ReadinessGridView;
class ReadinessNameHeader;
class SessionController;

class ReadinessPage : public StepPage
{
    Q_OBJECT

public:
    // The page of one checklist worksheet (the readiness checklist, or a consultant's).
    ReadinessPage(SessionController *controller, const std::string &worksheetId, QWidget *parent = nullptr);
    ~ReadinessPage() override;
    void refresh() override;
    // Keys go to the first question without an answer (after Next, or a click in the step list).
    void focusFirstUnanswered() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct QuestionWidgets
    {
        std::string question;
        ReadinessGridView *answers = nullptr;
        QLabel *team = nullptr;
        QComboBox *decision = nullptr;
        QLabel *tip = nullptr;     // the "Tip" link, shown where the team answer is No or split
        QLabel *tipText = nullptr; // the tip itself, open once the link is followed
    };
    void rebuild();
    QWidget *buildQuestionCell(std::size_t index, QuestionWidgets &w, QWidget *parent);
    QWidget *buildTeamCell(std::size_t index, QuestionWidgets &w, QWidget *parent);
    void layOutColumns();

    SessionController *m_controller;
    const Worksheet *m_worksheet; // of the controller's instrument
    bool isReadiness() const;
    QLabel *m_mandate;
    QLabel *m_progress;
    AbsenceButton *m_absence;
    AnswerNavigator *m_navigator;
    QWidget *m_corner;            // over the questions
    ReadinessNameHeader *m_names; // over the answers: the participants' names
    QLabel *m_teamHeading;        // over the team answers
    QScrollArea *m_scroll;
    QScrollBar *m_sideways;
    QWidget *m_content = nullptr;
    ReadinessGridModel *m_model = nullptr;
    std::vector<QWidget *> m_questionCells; // the left column, one fixed width for all rows
    std::vector<QWidget *> m_teamCells;     // the right column
    int m_minPersonWidth = 0;
    int m_teamWidth = 0;
    std::vector<QuestionWidgets> m_questions;
    QString m_structure;
};

// The mandate ("low", "moderate", "strong") as a sentence for the facilitator.
QString mandateText(const std::optional<std::string> &mandate, int gaps);

} // namespace cxm::ui
