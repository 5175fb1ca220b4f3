// "Absent…": a menu of the session's participants, each checkable, that marks who is absent for one
// step. An absent participant's answers are not awaited: the step can be complete without them, and
// "n of N answered" counts only those present. Every change is an undoable edit.
#pragma once

#include "Progress.h"

#include <QToolButton>

#include <string>

namespace cxm::ui {

class SessionController;

class AbsenceButton : public QToolButton
{
    Q_OBJECT

public:
    AbsenceButton(SessionController *controller, std::string step, QWidget *parent = nullptr);
    // Re-reads who is absent; called by the page on every refresh.
    void refresh();

private:
    void rebuildMenu();

    SessionController *m_controller;
    std::string m_step;
};

// "4 of 6 answered": how many of the participants expected for a step or question have answered.
QString progressText(const StepProgress &progress);
// "Competency 2", "Power Core", "CCO readiness": a step id in words.
QString stepTitle(const Instrument &instrument, const std::string &step);

} // namespace cxm::ui
