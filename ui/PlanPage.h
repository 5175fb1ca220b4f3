// The Action Plan step: the suggestions the answers make (each taken into the plan or dismissed, never
// silently), the readiness questions to discuss first, and the plan itself as a table that sorts by
// any column, filters by owner and status, and is edited in place. Every change is one undoable edit.
#pragma once

#include "StepPage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QVBoxLayout;
class QGroupBox;
class QScrollArea;

namespace cxm::ui {

class ActionsFilter;
class ActionsModel;
class RoadmapWidget;
class SessionController;

class PlanPage : public StepPage
{
    Q_OBJECT

public:
    explicit PlanPage(SessionController *controller, QWidget *parent = nullptr);
    void refresh() override;
    void focusFirstUnanswered() override;
    QTableView *table() const { return m_table; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildSuggestions();
    void fillFilters();
    void addAction();
    void removeSelected();

    SessionController *m_controller;
    ActionsModel *m_model;
    ActionsFilter *m_filter;
    QScrollArea *m_suggestionsScroll;
    QGroupBox *m_suggestionsBox;
    QVBoxLayout *m_suggestions;
    QComboBox *m_ownerFilter;
    QComboBox *m_statusFilter;
    QPushButton *m_add;
    QPushButton *m_remove;
    QTableView *m_table;
    QLabel *m_empty;
    QTabWidget *m_tabs;
    RoadmapWidget *m_roadmap;
    QString m_suggestionKey; // what the suggestions shown were built from
};

} // namespace cxm::ui
