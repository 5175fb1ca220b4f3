// One competency step: its title, tagline and the workbook's summary, then three items with the full
// question. In a workshop each item shows a compact grid (one row of Early/Advanced/Mature per
// participant), the distribution, a disagreement marker and the facilitator's consensus with a "why"
// note; while private voting hides the answers it shows only how many have answered. In a
// self-assessment, one choice and a note per item. A title the workbook leaves out is marked as the app's.
#pragma once

#include "Instrument.h"
#include "StepPage.h"

#include <QWidget>

#include <array>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace cxm::ui {

class AbsenceButton;
class AnonymousRevealWidget;
class AnswerGridView;
class AnswerNavigator;
class ChoiceRow;
class SessionController;

class CompetencyPage : public StepPage
{
    Q_OBJECT

public:
    // The page of one scale worksheet: one of the five competencies, or a consultant's own.
    CompetencyPage(SessionController *controller, const std::string &worksheetId, QWidget *parent = nullptr);
    void refresh() override;
    // Scrolls the item into view and puts the focus on its first control.
    void showItem(const std::string &itemId);
    // Keys go to the first row without an answer (after Next, or a click in the step list).
    void focusFirstUnanswered() override;

signals:
    void privateVotingRequested();

private:
    struct ItemWidgets
    {
        std::string item;
        std::vector<std::pair<std::string, ChoiceRow *>> rows; // participant id → row
        AnswerGridView *grid = nullptr; // a workshop's answers: one row per participant
        QLineEdit *selfNote = nullptr;
        QLabel *distribution = nullptr;
        QLabel *disagreement = nullptr;
        QLabel *answered = nullptr;
        QComboBox *consensus = nullptr;
        QLineEdit *why = nullptr;
        AnonymousRevealWidget *bars = nullptr; // revealed anonymously: counts instead of names
    };
    void rebuild();
    QString structureKey() const;
    void commitConsensus(const std::string &item);

    SessionController *m_controller;
    const Worksheet *m_worksheet; // of the controller's instrument
    QLabel *m_votingStatus;
    QPushButton *m_privateVoting;
    QPushButton *m_reveal;
    QPushButton *m_revealAnonymous;
    AbsenceButton *m_absence;
    QLabel *m_progress;
    AnswerNavigator *m_navigator;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    std::vector<ItemWidgets> m_items;
    QString m_structure;
};

// "Early 2 · Advanced 3 · Mature 1", the distribution of answers to an item.
QString distributionText(const std::array<int, 3> &counts);

} // namespace cxm::ui
