#include "TeamAnswerBox.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QWheelEvent>

namespace cxm::ui {

void TeamAnswerBox::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        QComboBox::keyPressEvent(event); // Alt+Down opens the list as usual
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        // Would step the value; open the list instead, where arrows and Enter choose.
        showPopup();
        return;
    case Qt::Key_Space:
        // Would open the list: a Space meant for an answer grid must not land in a team answer.
        event->accept();
        return;
    default:
        break;
    }
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isPrint()) {
        event->accept(); // a typed letter would choose the entry that starts with it
        return;
    }
    QComboBox::keyPressEvent(event);
}

void TeamAnswerBox::wheelEvent(QWheelEvent *event)
{
    // The page around the box scrolls; the box keeps its value.
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
            QCoreApplication::sendEvent(area->viewport(), event);
            return;
        }
    }
    event->ignore();
}

} // namespace cxm::ui
