#include "AbsenceButton.h"

#include "Progress.h"
#include "SessionController.h"
#include "UiText.h"

#include <QAction>
#include <QMenu>

namespace cxm::ui {

QString progressText(const StepProgress &progress)
{
    return AbsenceButton::tr("%1 of %2 answered").arg(progress.answered).arg(progress.expected);
}

QString stepTitle(const Instrument &instrument, const std::string &step)
{
    if (step == instrument.powerCore().id)
        return AbsenceButton::tr("Power Core");
    if (step == instrument.readiness().id)
        return AbsenceButton::tr("CCO readiness");
    for (const Competency &c : instrument.competencies())
        if (c.id == step)
            return AbsenceButton::tr("Competency %1").arg(c.number);
    if (const Worksheet *ws = instrument.findWorksheet(step))
        return qs(ws->title);
    return qs(step);
}

AbsenceButton::AbsenceButton(SessionController *controller, std::string step, QWidget *parent)
    : QToolButton(parent)
    , m_controller(controller)
    , m_step(std::move(step))
{
    setObjectName(QStringLiteral("absentMenu"));
    setText(tr("Absent…"));
    setToolTip(tr("Mark who is not here for this step: the step is complete without their answers"));
    setPopupMode(QToolButton::InstantPopup);
    setMenu(new QMenu(this));
    connect(menu(), &QMenu::aboutToShow, this, &AbsenceButton::rebuildMenu);
    rebuildMenu();
}

void AbsenceButton::rebuildMenu()
{
    QMenu *m = menu();
    m->clear();
    const Session &s = m_controller->session();
    for (const Participant &p : s.participants) {
        QAction *action = m->addAction(menuTextOf(qs(p.name)));
        action->setObjectName(QStringLiteral("absent_%1").arg(qs(p.id)));
        action->setCheckable(true);
        action->setChecked(s.isAbsent(p.id, m_step));
        action->setEnabled(!m_controller->isReadOnly());
        connect(action, &QAction::toggled, this,
                [this, id = p.id](bool absent) { m_controller->setAbsent(id, m_step, absent); });
    }
}

void AbsenceButton::refresh()
{
    const Session &s = m_controller->session();
    int absent = 0;
    for (const Participant &p : s.participants)
        absent += s.isAbsent(p.id, m_step) ? 1 : 0;
    setText(absent == 0 ? tr("Absent…") : tr("Absent: %1…").arg(absent));
    setEnabled(!m_controller->isReadOnly());
    if (!menu()->isVisible())
        rebuildMenu();
}

} // namespace cxm::ui
