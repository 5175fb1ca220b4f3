// The window in the room: full screen for the projector (F11), the private voting kiosk and the live
// room's projector view, and the lock on Undo while votes are hidden.
#include "MainWindow.h"

#include "PrivateVotingDialog.h"
#include "Prompt.h"
#include "RoomDialog.h"
#include "SessionController.h"

#include <QAction>
#include <QApplication>
#include <QScreen>
#include <QStackedWidget>

namespace cxm::ui {

void MainWindow::setPresentationMode(bool on)
{
    // The session view is rebuilt in the new type size: a field being typed in must store its text
    // first (leaving it does), or what was typed would vanish with the old field.
    if (QWidget *typing = QApplication::focusWidget();
        typing && m_sessionView && m_sessionView->isAncestorOf(typing))
        typing->clearFocus();
    if (on && !m_presentation) {
        m_stateBeforeFullScreen = windowState() & ~Qt::WindowFullScreen;
        m_geometryBeforeFullScreen = saveGeometry();
        m_normalBeforeFullScreen = normalGeometry();
    }
    m_presentation = on;
    m_fullScreen->setChecked(on);
    if (on) {
        showFullScreen();
        // Without a window manager full screen is only a wish: cover the screen anyway.
        if (const QScreen *s = screen(); s && !geometry().contains(s->geometry())) {
            setGeometry(s->geometry());
            setWindowState(windowState() | Qt::WindowFullScreen);
        }
    } else if (m_stateBeforeFullScreen & Qt::WindowMaximized) {
        showMaximized();
    } else {
        showNormal();
        setGeometry(m_normalBeforeFullScreen); // the place and size before, whoever moved it since
    }
    if (m_controller)
        buildSessionView();
}

void MainWindow::openPrivateVoting()
{
    if (!m_controller || !m_controller->isWorkshop() || m_controller->session().participants.empty())
        return;
    if (m_controller->isReadOnly()) {
        // Votes could not be stored, nor the answers hidden: say so instead of starting a kiosk.
        Prompt::warn(this, tr("Private voting"),
                     tr("This session is read-only (%1), so votes cannot be stored. Use File → Save As… to "
                        "make an editable copy first.")
                         .arg(m_controller->readOnlyReason()));
        return;
    }
    auto *dialog = new PrivateVotingDialog(m_controller.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The kiosk fills the screen; the session view is hidden too, so no answer shows even where a
    // window manager lets the window behind peek through.
    m_stack->hide();
    connect(dialog, &QDialog::finished, this, [this] { m_stack->show(); });
    dialog->open();
}

void MainWindow::openRoom(const std::vector<std::string> &worksheets)
{
    if (!m_controller || !m_controller->isWorkshop() || m_controller->session().participants.empty())
        return;
    if (m_controller->isReadOnly()) {
        Prompt::warn(this, tr("The live room"),
                     tr("This session is read-only (%1), so answers from phones cannot be stored. Use File → "
                        "Save As… to make an editable copy first.")
                         .arg(m_controller->readOnlyReason()));
        return;
    }
    // One room at a time: opening it again brings the open one forward.
    if (RoomDialog *open = findChild<RoomDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new RoomDialog(m_controller.get(), worksheets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Undo and redo work from the projector view as well as from the laptop's window.
    dialog->addActions({m_undo, m_redo});
    // While it is being destroyed it is still a child: refresh once it is gone.
    connect(dialog, &QObject::destroyed, this,
            [this] { QMetaObject::invokeMethod(this, &MainWindow::refresh, Qt::QueuedConnection); });
    dialog->show();
    refresh();
}

bool MainWindow::undoLocked() const
{
    // Hidden votes lock Undo while the laptop is passed around the room (private voting): a voter
    // must not take back the one before. In the live room the phones are the ballots and the laptop
    // stays with the facilitator, so Undo covers the phones' answers.
    return m_controller && m_controller->votesHidden() && !findChild<RoomDialog *>();
}

} // namespace cxm::ui
