// The step of a reconcile worksheet (the Intelligent STOP DOING list), one stage at a time: the
// stage's priority touchpoints ("When the Customer…"), its silo-based projects, and for each named
// project the priority it serves (none is allowed) and the decision: keep, change or stop. A named
// project that serves no named priority is flagged as a stop candidate, as the score counts it.
// The slots are fixed by the worksheet, so the page builds them once and refills them when another
// stage is picked; every name and choice is one undoable edit, stored before the page shows it.
#pragma once

#include "StepPage.h"

#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;

namespace cxm {
struct Worksheet;
}

namespace cxm::ui {

class SessionController;

class ReconcilePage : public StepPage
{
    Q_OBJECT

public:
    ReconcilePage(SessionController *controller, const std::string &worksheetId, QWidget *parent = nullptr);
    void refresh() override;
    void focusFirstUnanswered() override;
    // The stage the page shows (its id); empty when the journey has none.
    std::string currentStage() const;

private:
    struct Priority
    {
        std::string item;
        QLineEdit *name = nullptr;
    };
    struct Project
    {
        std::string item;
        QLineEdit *name = nullptr;
        QComboBox *serves = nullptr;
        QComboBox *decision = nullptr;
        QLabel *flag = nullptr;
    };
    void storeName(const std::string &item, QLineEdit *edit);
    void storeProject(const Project &p);
    void fillStages();

    SessionController *m_controller;
    const Worksheet *m_worksheet;
    QLabel *m_noStages;
    QComboBox *m_stage;
    QLabel *m_summary;
    QScrollArea *m_scroll;
    std::vector<Priority> m_priorities;
    std::vector<Project> m_projects;
};

} // namespace cxm::ui
