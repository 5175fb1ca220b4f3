// The Targets step: for each competency item (and, once the journey exists, each stage's reliability
// for customers and employees) where the team stands now, where it wants to be and by when (a date,
// or within so many months of the session). A competency's own row sets all of its items at once, as
// one undoable edit. Each change is stored before the page shows it.
#pragma once

#include "StepPage.h"

#include <string>
#include <vector>

class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace cxm::ui {

class SessionController;

class TargetsPage : public StepPage
{
    Q_OBJECT

public:
    explicit TargetsPage(SessionController *controller, QWidget *parent = nullptr);
    void refresh() override;

    // "within 12 months" / a date as typed in a By box, to a target's date and months; false when it
    // is neither (the box then goes back to what is stored).
    static bool parseBy(const QString &text, std::string &date, int &months);

private:
    struct Row
    {
        std::vector<std::pair<std::string, std::string>> items; // (item, scope): one, or a competency's
        QTreeWidgetItem *tree = nullptr;
        QComboBox *target = nullptr;
        QComboBox *by = nullptr;
    };
    void rebuild();
    void store(const Row &row);
    QComboBox *levelBox(const std::string &item, QWidget *parent) const;
    QComboBox *byBox(QWidget *parent) const;

    SessionController *m_controller;
    QTreeWidget *m_tree;
    std::vector<Row> m_rows;
    QString m_structure;
};

} // namespace cxm::ui
