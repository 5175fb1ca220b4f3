// The window itself: made on the start screen, sized to its screen, one window per file
// (openWindow), its title and actions following the open session (refresh), printing, and the
// geometry kept for the next start. Each other job has its own file: MainWindowStart, -Files,
// -Steps, -Pages, -Presentation, -Menus and -Screenshots.
#include "MainWindow.h"

#include "ExportActions.h"
#include "Prompt.h"
#include "ReportWriter.h"
#include "RevealGate.h"
#include "SessionController.h"
#include "Settings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QShowEvent>
#include <QStackedWidget>
#include <QUndoStack>

#include <algorithm>

namespace cxm::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.cxmaturity.workbench.svg")));
    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);
    m_startPage = buildStartPage();
    m_stack->addWidget(m_startPage);
    buildMenus();
    refresh();
    m_fitOnShow = !restoreGeometry(Settings::geometry());
}

void MainWindow::showEvent(QShowEvent *event)
{
    // A size the caller chose (or the remembered one) stands; otherwise fit the screen the window
    // opens on, so a 1366×768 laptop shows the whole window without maximising.
    if (m_fitOnShow && !testAttribute(Qt::WA_Resized) && !isMaximized() && !isFullScreen())
        fitToScreen();
    m_fitOnShow = false;
    QMainWindow::showEvent(event);
}

void MainWindow::fitToScreen()
{
    const QRect available = screen()->availableGeometry();
    // Room for a window manager's frame and title bar, which are not known before the first show.
    const QSize frame(16, 48);
    const QSize room = available.size() - frame;
    const QSize size(std::min(room.width(), std::max(1280, available.width() * 85 / 100)),
                     std::min(room.height(), std::max(820, available.height() * 85 / 100)));
    resize(size);
    move(available.x() + (room.width() - size.width()) / 2,
         available.y() + (room.height() - size.height()) / 2);
}

MainWindow::~MainWindow()
{
    // The pages read the controller while they go; remove them first.
    delete m_sessionView;
    m_sessionView = nullptr;
}

MainWindow *MainWindow::openWindow(const QString &path, const Instrument &instrument)
{
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    MainWindow *active = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (!window || !window->isVisible())
            continue;
        if (!absolute.isEmpty() && window->m_controller &&
            QFileInfo(window->m_controller->filePath()).absoluteFilePath() == absolute) {
            window->showNormal();
            window->raise();
            window->activateWindow();
            return window;
        }
        if (!active || window->isActiveWindow())
            active = window;
    }
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setInstrument(instrument);
    if (active && !active->isFullScreen()) {
        // Offset from the window the user is in, so the new one does not hide it exactly.
        window->resize(active->size());
        window->move(active->pos() + QPoint(32, 32));
    }
    window->show();
    window->raise();
    window->activateWindow();
    if (!absolute.isEmpty())
        window->openFile(absolute);
    return window;
}

void MainWindow::refresh()
{
    for (QAction *a : m_sessionActions)
        a->setEnabled(m_controller != nullptr);
    if (!m_controller) {
        setWindowTitle(tr("CX Maturity Workbench"));
        setWindowFilePath(QString());
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
        m_stack->setCurrentWidget(m_startPage);
        refreshRecent();
        return;
    }
    const QString name = QFileInfo(m_controller->filePath()).fileName();
    setWindowFilePath(m_controller->filePath());
    setWindowTitle(m_controller->isReadOnly() ? tr("%1 (read-only) — CX Maturity Workbench").arg(name)
                                              : tr("%1 — CX Maturity Workbench").arg(name));
    m_undo->setEnabled(m_controller->undoStack()->canUndo() && !undoLocked());
    m_redo->setEnabled(m_controller->undoStack()->canRedo() && !undoLocked());
    m_banner->setVisible(m_controller->isReadOnly());
    if (m_controller->isReadOnly())
        m_banner->setText(
            tr("Read-only: %1. Changes cannot be saved here; use File → Save As… to make an editable copy.")
                .arg(m_controller->readOnlyReason()));
    refreshStepList();
    // Only the visible page follows each change; the others refresh when they are shown.
    setStep(currentStep());
}

void MainWindow::showEditError(const QString &title, const QString &message)
{
    Prompt::warn(this, title, message);
}

bool MainWindow::exportTo(const QString &path, ExportFormat format, bool anonymous)
{
    return m_exports->exportTo(path, format, anonymous);
}

void MainWindow::print()
{
    // What is printed is what "window.print" may read (Disclosure.h): never hidden answers.
    if (!m_controller || !RevealGate::allows(this, m_controller.get(), "window.print"))
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print maturity report"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &MainWindow::printTo);
    preview.exec();
}

void MainWindow::printTo(QPrinter *printer)
{
    if (!m_controller)
        return;
    try {
        report::renderReport(*printer, m_controller->sessionFor("window.print"), m_controller->instrument(),
                             report::ReportOptions{});
    } catch (const VotesHiddenError &) {
        // Hidden again since the preview opened (a room round): nothing is painted.
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Full screen is for the session in the room; the next start opens as the window was before.
    Settings::setGeometry(m_presentation ? m_geometryBeforeFullScreen : saveGeometry());
    event->accept();
}

} // namespace cxm::ui
