// The Power Core step: each participant ranks the seven options (drag and drop, Up/Down buttons or
// Alt+Up/Alt+Down); the top two carry A and B badges; "Other" can be named. Below, the team ranking
// with Borda points and the agreement in plain words, and the facilitator's agreed ranking.
#pragma once

#include "Instrument.h"
#include "StepPage.h"

#include <QListWidget>

#include <QWidget>

#include <map>
#include <string>
#include <vector>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cxm::ui {

class AbsenceButton;
class SessionController;
class TeamRankingModel;

// A list whose order is the value: reports every reorder, by drag and drop or Alt+Up/Alt+Down.
class RankingList : public QListWidget
{
    Q_OBJECT

public:
    using QListWidget::QListWidget;
    void moveCurrent(int delta);

signals:
    void reordered();

protected:
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

class PowerCorePage : public StepPage
{
    Q_OBJECT

public:
    explicit PowerCorePage(SessionController *controller, const std::string &worksheetId,
                           QWidget *parent = nullptr);
    void refresh() override;
    RankingList *rankingList() const { return m_list; }
    // Shows the first participant who is expected and has not ranked yet, with the keys on the list.
    void focusFirstUnanswered() override;

private:
    std::string currentParticipant() const;
    std::vector<std::string> listOrder() const;
    void commitRanking();
    void fillList(RankingList *list, const std::vector<std::string> &order, bool ranked);
    void commitAgreed();

    SessionController *m_controller;
    std::string m_worksheet; // the ranking worksheet this page shows
    const Worksheet &worksheet() const;
    TeamRankingModel *m_model;
    QComboBox *m_participant;
    QGroupBox *m_own;
    QGroupBox *m_teamBox;
    QLabel *m_participantLabel;
    QLabel *m_participantStatus;
    QLabel *m_ownNote;
    RankingList *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_clear;
    QPushButton *m_confirm;
    AbsenceButton *m_absence;
    RankingList *m_agreedList;
    QLineEdit *m_other;
    // "Other" named for someone not ranked yet: kept here (and said so) until their ranking is stored
    // with it, never dropped by a refresh.
    std::map<std::string, QString> m_pendingOther;
    QTableView *m_team;
    QLabel *m_agreement;
    QPushButton *m_record;
    QPushButton *m_clearAgreed;
    QLabel *m_agreed;
};

// "strong agreement (Kendall's W 0.62)", or an empty string when there is nothing to say.
QString agreementText(const std::optional<std::string> &agreement, const std::optional<double> &kendallW);

} // namespace cxm::ui
