// The step of a lists worksheet (e.g. enablers and inhibitors): for each heading, one list per
// column that the team writes together. Entries are edited in place (double-click or F2), added,
// removed and moved; each change writes the column's whole list as one undoable edit, and an entry
// left empty is dropped.
#pragma once

#include "StepPage.h"

#include <string>
#include <vector>

class QBoxLayout;
class QListWidget;
class QToolButton;
class QScrollArea;

namespace cxm {
struct Worksheet;
}

namespace cxm::ui {

class SessionController;

class ListsPage : public StepPage
{
    Q_OBJECT

public:
    ListsPage(SessionController *controller, const std::string &worksheetId, QWidget *parent = nullptr);
    void refresh() override;
    void focusFirstUnanswered() override;

private:
    struct Column
    {
        std::string heading;
        std::string column;
        QListWidget *list = nullptr;
        QToolButton *remove = nullptr;
        QToolButton *up = nullptr;
        QToolButton *down = nullptr;
    };
    const Worksheet &worksheet() const;
    void buildColumn(Column &c, QBoxLayout *into, QWidget *parent);
    // Writes what the list shows (without empty entries) as the column's entries.
    void store(const Column &c);
    void show(const Column &c);
    void move(const Column &c, int by);
    void updateButtons(const Column &c);

    SessionController *m_controller;
    std::string m_worksheetId;
    QScrollArea *m_scroll;
    std::vector<Column> m_columns;
};

} // namespace cxm::ui
