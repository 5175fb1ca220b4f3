// The session's file from opening to closing: new, open, the demo, Save As (also after the file was
// lost to another program) and close. One session file is open per window at a time.
#include "MainWindow.h"

#include "DemoSession.h"
#include "ExportActions.h"
#include "PrivateVotingDialog.h"
#include "Prompt.h"
#include "RoomDialog.h"
#include "SessionController.h"
#include "Settings.h"
#include "UiText.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QUndoStack>

namespace cxm::ui {

namespace {

QString documentsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

QString MainWindow::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-workshop.cxm"));
}

bool MainWindow::openDemo()
{
    const QString path = demoPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    // The demo is written afresh each time, so it always starts as the same finished workshop.
    if (m_controller && m_controller->filePath() == path)
        closeSession();
    try {
        SessionFile::write(path.toStdString(), instrument(), makeDemoSession(instrument()), true);
    } catch (const Error &e) {
        Prompt::warn(this, tr("Cannot create the demo workshop"), qs(e.what()));
        return false;
    }
    return openFile(path);
}

bool MainWindow::newSession(const QString &path, Mode mode)
{
    Session s;
    s.info.mode = mode;
    s.info.date = QDate::currentDate().toString(Qt::ISODate).toStdString();
    if (mode == Mode::Self)
        s.participants.push_back({"p1", ss(tr("Me")), {}});
    if (m_controller && m_controller->filePath() == path)
        closeSession();
    try {
        SessionFile::write(path.toStdString(), instrument(), s, true);
    } catch (const Error &e) {
        Prompt::warn(this, tr("Cannot create %1").arg(QFileInfo(path).fileName()), qs(e.what()));
        return false;
    }
    if (!openFile(path))
        return false;
    setStep(SetupStep);
    focusFirstUnanswered(); // Organisation: the keys typed next are the session's details
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    std::unique_ptr<SessionFile> file;
    try {
        file = SessionFile::open(path.toStdString(), SessionFile::Access::ReadWrite, instrument());
    } catch (const FileError &e) {
        Prompt::warn(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                     tr("The file %1 cannot be opened.\n\nReason: %2\n\nNothing in the file was changed.")
                         .arg(QDir::toNativeSeparators(path), qs(e.reason())));
        if (e.kind() == FileError::Kind::NotFound)
            Settings::removeRecentFile(path);
        refreshRecent();
        return false;
    } catch (const Error &e) {
        Prompt::warn(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()), qs(e.what()));
        return false;
    }
    closeSession();
    m_controller = std::make_unique<SessionController>(std::move(file), instrument());
    connect(m_controller.get(), &SessionController::editFailed, this, &MainWindow::showEditError);
    // Queued: the offer may open another file and so delete this controller, its undo stack and its
    // pages; it must not run inside the edit that noticed the loss.
    connect(m_controller.get(), &SessionController::fileReplaced, this, &MainWindow::offerSaveAsAfterLoss,
            Qt::QueuedConnection);
    connect(m_controller.get(), &SessionController::sessionChanged, this, &MainWindow::refresh);
    QUndoStack *stack = m_controller->undoStack();
    // While private voting hides the answers, Undo and Redo are off: undoing would change a hidden
    // vote unseen, or end the hiding without the facilitator's PIN.
    connect(stack, &QUndoStack::canUndoChanged, m_undo,
            [this](bool can) { m_undo->setEnabled(can && !undoLocked()); });
    connect(stack, &QUndoStack::canRedoChanged, m_redo,
            [this](bool can) { m_redo->setEnabled(can && !m_controller->votesHidden()); });
    connect(stack, &QUndoStack::undoTextChanged, m_undo, [this](const QString &text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, m_redo, [this](const QString &text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    Settings::addRecentFile(path);
    buildSessionView();
    // Pick up where the session left off: the first step that is not complete yet.
    int resume = SetupStep;
    while (resume < maturityMapStep() && isStepComplete(resume))
        ++resume;
    setStep(resume);
    // The keys go where the work continues, not to the step list (which would take letters as a search).
    focusFirstUnanswered();
    return true;
}

void MainWindow::closeSession()
{
    // A voting kiosk works on this session's controller: it closes with it.
    for (PrivateVotingDialog *kiosk : findChildren<PrivateVotingDialog *>())
        delete kiosk;
    for (RoomDialog *room : findChildren<RoomDialog *>())
        delete room;
    m_stack->show();
    if (m_sessionView) {
        m_stack->removeWidget(m_sessionView);
        delete m_sessionView;
        m_sessionView = nullptr;
        m_stepPages.clear();
        m_steps = nullptr;
        m_pages = nullptr;
        m_banner = nullptr;
    }
    m_controller.reset();
    refresh();
}

void MainWindow::offerSaveAsAfterLoss()
{
    if (Prompt::confirm(this, tr("The session's file is gone"),
                        tr("This session's file was replaced or removed by another program. Your answers on "
                           "screen are not lost: use Save As to keep them.\n\nSave them in a new file now?")))
        saveAs();
}

void MainWindow::chooseNew(Mode mode)
{
    const QString suggested =
        QDir(documentsDir())
            .filePath(mode == Mode::Workshop
                          ? tr("Workshop %1.cxm").arg(QDate::currentDate().toString(Qt::ISODate))
                          : tr("Self-assessment %1.cxm").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        withSuffix(QFileDialog::getSaveFileName(
                       this, mode == Mode::Workshop ? tr("New workshop") : tr("New self-assessment"),
                       suggested, tr("Workbench sessions (*.cxm)")),
                   QStringLiteral("cxm"));
    if (!path.isEmpty())
        newSession(path, mode);
}

void MainWindow::chooseOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open session"), documentsDir(),
                                                      tr("Workbench sessions (*.cxm);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveAs()
{
    if (!m_controller)
        return;
    const QString path = withSuffix(QFileDialog::getSaveFileName(this, tr("Save a copy as"), documentsDir(),
                                                                 tr("Workbench sessions (*.cxm)")),
                                    QStringLiteral("cxm"));
    if (!path.isEmpty())
        saveCopyAs(path);
}

bool MainWindow::saveCopyAs(const QString &path)
{
    if (!m_controller)
        return false;
    const bool lost = m_controller->fileLost();
    if (!lost && QFileInfo(path).absoluteFilePath() == QFileInfo(m_controller->filePath()).absoluteFilePath())
        return true;
    try {
        if (lost) { // what the file held is gone or someone else's: keep what the session held
            SessionFile::write(path.toStdString(), m_controller->instrument(), m_controller->stored(), true);
            // Hidden answers stay hidden in the copy (Disclosure.h).
            if (m_controller->votes() != Votes::Open)
                SessionFile::open(path.toStdString(), SessionFile::Access::ReadWrite,
                                  m_controller->instrument())
                    ->setWorkflow(kVotesKey, storedVotes(m_controller->votes()));
        } else
            m_controller->file().saveAs(path.toStdString());
    } catch (const Error &e) {
        Prompt::warn(this, tr("Cannot save %1").arg(QFileInfo(path).fileName()), qs(e.what()));
        return false;
    }
    const int step = currentStep();
    if (!openFile(path))
        return false;
    setStep(step);
    return true;
}

} // namespace cxm::ui
