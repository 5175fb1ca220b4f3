// The Setup step: the session's details (organisation, title, date, facilitator, notes) and its
// participants. Every field is stored when the user leaves it; participants are added, renamed in
// place and removed (with a confirmation when they have answers), all undoable. A self-assessment has
// its own form: the same details without a facilitator, and the leader's name and role as two fields.
#pragma once

#include "StepPage.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace cxm::ui {

class DateField;
class ParticipantsModel;
class SessionController;

class SetupPage : public StepPage
{
    Q_OBJECT

public:
    explicit SetupPage(SessionController *controller, QWidget *parent = nullptr);
    void refresh() override;
    // Keys go to the first detail still empty (Organisation in a new session), else the title.
    void focusFirstUnanswered() override;
    // Adds a participant with a placeholder name and starts editing the name.
    void addParticipant();
    void removeSelectedParticipant();

private:
    void commitInfo();
    void commitSelf();

    SessionController *m_controller;
    ParticipantsModel *m_model;
    QLabel *m_heading;
    QLineEdit *m_organization;
    QLineEdit *m_title;
    DateField *m_date;
    QLabel *m_facilitatorLabel;
    QLineEdit *m_facilitator;
    QPlainTextEdit *m_notes;
    QLabel *m_selfNameLabel;
    QLineEdit *m_selfName;
    QLabel *m_selfRoleLabel;
    QLineEdit *m_selfRole;
    QLabel *m_participantsHeading;
    QTableView *m_participants;
    QPushButton *m_add;
    QPushButton *m_remove;
    QVBoxLayout *m_layout;
    int m_formStretch = 0;
};

} // namespace cxm::ui
