// The page of a scale worksheet asked once per stage of the customer journey ("Experience
// reliability by stage"): the journey strip at the top (JourneyStripWidget), then for each stage, in the
// journey's order, a group titled with its number and name holding the worksheet's items, each with every
// participant's Early/Advanced/Mature (one AnswerGrid), the distribution and the team's answer with a note.
// Every answer it reads or writes carries the stage's id as its scope, so renaming or reordering stages keeps
// the answers; the page rebuilds when the stages, participants or voting state change.
#pragma once

#include "StepPage.h"

#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QVBoxLayout;

namespace cxm {
struct Worksheet;
}

namespace cxm::ui {

class AnonymousRevealWidget;
class AnswerGridView;
class AnswerNavigator;
class JourneyStripWidget;
class SessionController;

class StageScalePage : public StepPage
{
    Q_OBJECT

public:
    StageScalePage(SessionController *controller, const std::string &worksheetId, QWidget *parent = nullptr);
    void refresh() override;
    void focusFirstUnanswered() override;

protected:
    // The steps share one stack, whose minimum height counts every page's widgets that are not
    // hidden: the strip is hidden with its page, so it never makes another step taller.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // One item of one stage.
    struct Cell
    {
        std::string stage;
        std::string item;
        AnswerGridView *grid = nullptr;
        AnonymousRevealWidget *bars = nullptr; // revealed anonymously: counts instead of names
        QLabel *answered = nullptr;            // private voting: how many have answered
        QLabel *distribution = nullptr;
        QLabel *disagreement = nullptr;
        QComboBox *consensus = nullptr;
        QLineEdit *why = nullptr;
    };
    void rebuild();
    QString structureKey() const;
    void commitConsensus(const std::string &stage, const std::string &item);

    SessionController *m_controller;
    const Worksheet *m_worksheet; // of the controller's instrument
    QLabel *m_votingStatus;
    QLabel *m_noStages;
    JourneyStripWidget *m_strip;
    AnswerNavigator *m_navigator;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    std::vector<Cell> m_cells;
    QString m_structure;
};

} // namespace cxm::ui
