// The step of a choice worksheet the team answers per stage (the Stairway to DESIRE): the options
// across the top, drawn as a staircase with the workbook's words for each step, and for each stage
// of the journey a row of radio buttons (one group per stage: arrow keys move along it, Tab to the
// next stage), a note, and a button that takes the stage off the stairway. Every choice is one
// undoable edit, stored before the row shows it.
#pragma once

#include "StepPage.h"

#include <string>
#include <vector>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QToolButton;

namespace cxm {
struct Worksheet;
}

namespace cxm::ui {

class SessionController;

class ChoicePage : public StepPage
{
    Q_OBJECT

public:
    ChoicePage(SessionController *controller, const std::string &worksheetId, QWidget *parent = nullptr);
    void refresh() override;
    void focusFirstUnanswered() override;

private:
    struct Row
    {
        std::string scope;
        QButtonGroup *group = nullptr;
        QLineEdit *note = nullptr;
        QToolButton *clear = nullptr;
    };
    void rebuild();
    void choose(const Row &row, int option);
    void storeNote(const Row &row);

    SessionController *m_controller;
    const Worksheet *m_worksheet;
    QLabel *m_noStages;
    QScrollArea *m_scroll;
    std::vector<Row> m_rows;
    QString m_structure;
};

} // namespace cxm::ui
