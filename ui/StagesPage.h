// The step that defines the team's customer journey: its stages as customers live them, the
// company-centric stage each replaces, and the questions the customer needs answered there. The
// workbook's six-stage example can be the start. Stages are renamed in place, moved, added and
// removed; every change is one undoable edit, and removing a stage that has answers asks first.
#pragma once

#include "StepPage.h"

#include <string>
#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace cxm {
struct Worksheet;
}

namespace cxm::ui {

class SessionController;

class StagesPage : public StepPage
{
    Q_OBJECT

public:
    StagesPage(SessionController *controller, const std::string &worksheetId, QWidget *parent = nullptr);
    void refresh() override;
    void focusFirstUnanswered() override;

private:
    struct Row
    {
        std::string id;
        QLabel *number = nullptr;
        QLineEdit *name = nullptr;
        QLineEdit *replaces = nullptr;
        QPlainTextEdit *questions = nullptr;
        QToolButton *up = nullptr;
        QToolButton *down = nullptr;
        QToolButton *remove = nullptr;
    };
    const Worksheet &worksheet() const;
    void rebuild();
    void store(const Row &row);
    void removeStage(const std::string &id);
    bool eventFilter(QObject *watched, QEvent *event) override;

    SessionController *m_controller;
    std::string m_worksheetId;
    QLabel *m_hint;
    QPushButton *m_template;
    QPushButton *m_add;
    QVBoxLayout *m_rows;
    std::vector<std::string> m_structure; // the stage ids the rows were built for
    std::vector<Row> m_stageRows;
};

} // namespace cxm::ui
