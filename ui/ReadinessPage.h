// The CCO Readiness step: the eleven questions with a yes/no per participant, the team answer (which
// the facilitator can set), each question's implementation tip where the team answer is No or split,
// and the mandate in plain words.
#pragma once

#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QGridLayout;

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
        QLabel *tip = nullptr;
    };
    void rebuild();

    SessionController *m_controller;
    QLabel *m_mandate;
    QLabel *m_progress;
    AbsenceButton *m_absence;
    AnswerNavigator *m_navigator;
    std::vector<std::pair<std::string, QLabel *>> m_names; // participant id → column heading
    QWidget *m_content;
    QGridLayout *m_grid = nullptr;
    std::vector<QuestionWidgets> m_questions;
    QString m_structure;
};

// The mandate ("low", "moderate", "strong") as a sentence for the facilitator.
QString mandateText(const std::optional<std::string> &mandate, int gaps);

} // namespace cxm::ui
