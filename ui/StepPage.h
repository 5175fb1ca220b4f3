// What every step of the window is: a page that re-reads the session when it is shown or changed,
// and that can put the keys where a person continues answering. The window holds its steps as
// StepPages, so it needs no chain of casts to drive them.
#pragma once

#include <QWidget>

namespace cxm::ui {

class StepPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Re-reads what the page shows from the session; called before the page is shown and after
    // every change while it is visible.
    virtual void refresh() = 0;
    // Puts the keys on the first place that still waits for an answer (after Next, or a click in
    // the step list). Pages without answers keep the focus where it is.
    virtual void focusFirstUnanswered() {}
};

} // namespace cxm::ui
