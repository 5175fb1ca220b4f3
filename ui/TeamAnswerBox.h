// The one kind of box that holds a team's answer: a consensus, a team decision, a difficulty, what a
// project serves, a target level. Only a deliberate act sets it: a click, or opening the list (F4,
// Alt+Down, an arrow key) and choosing there. A closed box ignores Space and typed letters (which a
// plain QComboBox takes as a choice, or as a reason to open) and hands the mouse wheel to the page,
// so a rating key or a scroll past it never opens or sets a team answer.
#pragma once

#include <QComboBox>

namespace cxm::ui {

class TeamAnswerBox : public QComboBox
{
    Q_OBJECT

public:
    using QComboBox::QComboBox;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
};

} // namespace cxm::ui
