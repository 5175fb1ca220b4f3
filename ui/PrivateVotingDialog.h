// "Pass the laptop": participants vote in turn on the fifteen items, each seeing only the questions
// and their own choices, with a blank hand-over screen between people. Opening it hides the answers
// (workflow "votes" = "hidden") until the facilitator reveals them on a competency page.
#pragma once

#include <QDialog>

#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace cxm::ui {

class ChoiceRow;
class SessionController;

class PrivateVotingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PrivateVotingDialog(SessionController *controller, QWidget *parent = nullptr);
    int currentParticipant() const { return m_current; }
    // Shows the hand-over screen for participant index (or the final screen past the last one).
    void handOver(int index);
    void startVoting();

private:
    void showQuestions();
    void updateProgress();

    SessionController *m_controller;
    QStackedWidget *m_pages;
    QLabel *m_handOverText;
    QPushButton *m_start;
    QLabel *m_voterName;
    QVBoxLayout *m_questionsLayout;
    QWidget *m_questions;
    QPushButton *m_next;
    QLabel *m_progress;
    QLabel *m_doneText;
    std::vector<std::pair<std::string, ChoiceRow *>> m_rows;
    int m_current = 0;
};

} // namespace cxm::ui
