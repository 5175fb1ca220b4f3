// The step of a reference worksheet (the customer listening conversation): its cards, numbered, each
// with the workbook's sentences and its motto, to read together or put on the projector. "Show on
// the projector" (Alt+P) opens the cards full screen in large type; Esc closes them. There is
// nothing to answer, so the step has no progress and no answers.
#pragma once

#include "StepPage.h"

#include <string>

class QPushButton;

namespace cxm {
struct Worksheet;
}

namespace cxm::ui {

class SessionController;

class ReferencePage : public StepPage
{
    Q_OBJECT

public:
    ReferencePage(SessionController *controller, const std::string &worksheetId, QWidget *parent = nullptr);
    void refresh() override {}
    // The cards full screen, for the projector (a window of its own, closed with Esc or F11).
    QWidget *showOnProjector();

private:
    const Worksheet *m_worksheet;
    QPushButton *m_present;
};

// The cards of a reference worksheet in a grid of two columns, their type scaled by `scale`.
QWidget *makeReferenceCards(const Worksheet &worksheet, qreal scale, QWidget *parent);

} // namespace cxm::ui
