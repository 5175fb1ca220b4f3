// The step of a checklist the team answers once per stage of the journey (the Customer Room: which
// sources of listening it has for each stage, and whether the stage's story is balanced): the
// questions down, under their groups, the stages across, a check box in each cell. Ticking is the
// team's "yes", unticking its "no"; each is one undoable edit, stored before the box shows it.
#pragma once

#include "StepPage.h"

#include <string>
#include <vector>

class QCheckBox;
class QLabel;
class QScrollArea;

namespace cxm {
struct Worksheet;
}

namespace cxm::ui {

class SessionController;

class StageChecklistPage : public StepPage
{
    Q_OBJECT

public:
    StageChecklistPage(SessionController *controller, const std::string &worksheetId,
                       QWidget *parent = nullptr);
    void refresh() override;
    void focusFirstUnanswered() override;

private:
    struct Cell
    {
        std::string question;
        std::string scope;
        QCheckBox *box = nullptr;
    };
    void rebuild();

    SessionController *m_controller;
    const Worksheet *m_worksheet;
    QLabel *m_noStages;
    QScrollArea *m_scroll;
    std::vector<Cell> m_cells;
    QString m_structure;
};

} // namespace cxm::ui
