// The step of a lists worksheet (e.g. enablers and inhibitors): for each heading, one list per
// column that the team writes together. A worksheet answered per stage of the journey (ALWAYS /
// NEVER) has these lists once per stage, in the journey's order, each stage titled with its name;
// its entries carry the stage's id, so renaming, reordering or removing (and restoring) stages keeps
// them. Entries are added with Return (or Add), edited in place (double-click or F2), removed with
// Delete and moved with Ctrl+Up/Down; each change writes the list as one undoable edit, and an entry
// left empty is dropped.
#pragma once

#include "StepPage.h"

#include <string>
#include <vector>

class QBoxLayout;
class QListWidget;
class QPushButton;
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

signals:
    // A per-stage worksheet while the journey has no stages: the facilitator asks to define them.
    void defineStagesRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column
    {
        std::string scope; // the stage's id, or empty for the whole company
        std::string heading;
        std::string column;
        QListWidget *list = nullptr;
        QToolButton *remove = nullptr;
        QToolButton *up = nullptr;
        QToolButton *down = nullptr;
    };
    const Worksheet &worksheet() const;
    bool perStage() const;
    QString structureKey() const;
    // The headings of one scope (the company, or a stage titled `stage`) into `into`.
    void buildLists(const std::string &scope, const QString &stage, QBoxLayout *into, QWidget *parent);
    void rebuild();
    void buildColumn(Column &c, QBoxLayout *into, QWidget *parent, const QString &subject);
    Column *columnOf(const QObject *list);
    void add(const Column &c);
    void remove(const Column &c);
    // Writes what the list shows (without empty entries) as the column's entries.
    void store(const Column &c);
    void show(const Column &c);
    void move(const Column &c, int by);
    void updateButtons(const Column &c);

    SessionController *m_controller;
    std::string m_worksheetId;
    QWidget *m_noStages = nullptr; // per stage, without stages: where to define them
    QWidget *m_keys = nullptr;     // the keys that edit the lists (not when read-only)
    QScrollArea *m_scroll;
    std::vector<Column> m_columns;
    QString m_structure;
};

} // namespace cxm::ui
