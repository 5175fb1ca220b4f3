// The window's menus: File, Edit and View. Each menu's entries, and the menus with the buttons and
// fields of every step, take distinct Alt+letter mnemonics (tests/ui/MnemonicsTest.cpp checks them in
// English and German).
#include "MainWindow.h"

#include "CompareActions.h"
#include "ExportActions.h"
#include "LanguageMenu.h"
#include "MergeDialog.h"
#include "PortfolioDialog.h"
#include "PublishDialog.h"
#include "SessionController.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace cxm::ui {

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_exports = new ExportActions(this);
    QAction *newWindow =
        file->addAction(tr("New Wi&ndow"), this, [this] { openWindow(QString(), instrument()); });
    newWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newWindow->setObjectName(QStringLiteral("actionNewWindow"));
    QAction *newWorkshop = file->addAction(tr("New &workshop…"), this, [this] { chooseNew(Mode::Workshop); });
    newWorkshop->setShortcut(QKeySequence::New);
    newWorkshop->setObjectName(QStringLiteral("actionNewWorkshop"));
    file->addAction(tr("New &self-assessment…"), this, [this] { chooseNew(Mode::Self); })
        ->setObjectName(QStringLiteral("actionNewSelf"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseOpen);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open demo wor&kshop"), this, &MainWindow::openDemo);
    file->addAction(tr("&Import session JSON…"), m_exports, &ExportActions::importJson)
        ->setObjectName(QStringLiteral("actionImport"));
    file->addAction(tr("Mer&ge sessions…"), this,
                    [this] {
                        MergeDialog dialog(instrument(), this);
                        if (dialog.exec() == QDialog::Accepted && !dialog.mergedPath().isEmpty())
                            openFile(dialog.mergedPath());
                    })
        ->setObjectName(QStringLiteral("actionMergeSessions"));
    auto *compare = new CompareActions(this);
    QAction *followUp =
        file->addAction(tr("New &follow-up session…"), compare, &CompareActions::chooseFollowUp);
    followUp->setObjectName(QStringLiteral("actionNewFollowUp"));
    file->addAction(tr("Co&mpare sessions…"), compare, &CompareActions::chooseComparison)
        ->setObjectName(QStringLiteral("actionCompareSessions"));
    file->addSeparator();
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    QAction *pdf = file->addAction(tr("Export P&DF report…"), m_exports,
                                   [this] { m_exports->exportReport(ExportFormat::Pdf); });
    pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    pdf->setObjectName(QStringLiteral("actionExportPdf"));
    QAction *odt = file->addAction(tr("Export &editable report (ODT)…"), m_exports,
                                   [this] { m_exports->exportReport(ExportFormat::Odt); });
    odt->setStatusTip(tr("The same report as a document to edit in Word or LibreOffice Writer"));
    odt->setObjectName(QStringLiteral("actionExportOdt"));
    QAction *csv = file->addAction(tr("Export CS&V…"), m_exports, [this] { m_exports->exportText(false); });
    csv->setObjectName(QStringLiteral("actionExportCsv"));
    QAction *xlsx =
        file->addAction(tr("Export spreadsheet (&XLSX)…"), m_exports, &ExportActions::exportSpreadsheet);
    xlsx->setObjectName(QStringLiteral("actionExportXlsx"));
    QAction *json = file->addAction(tr("Export &JSON…"), m_exports, [this] { m_exports->exportText(true); });
    json->setObjectName(QStringLiteral("actionExportJson"));
    QAction *publish =
        file->addAction(tr("P&ublish to portfolio…"), this, [this] { PublishDialog::openFor(this); });
    publish->setObjectName(QStringLiteral("actionPublishPortfolio"));
    file->addAction(tr("Por&tfolio…"), this, [this] { PortfolioDialog::openFor(this); })
        ->setObjectName(QStringLiteral("actionPortfolio"));
    QAction *printAction = file->addAction(tr("&Print…"), this, &MainWindow::print);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setObjectName(QStringLiteral("actionPrint"));
    QAction *closeAction = file->addAction(tr("&Close session"), this, &MainWindow::closeSession);
    closeAction->setShortcut(QKeySequence::Close);
    m_sessionActions = {saveAsAction, pdf, odt, csv, xlsx, json, publish, printAction, closeAction, followUp};
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"), this, [this] {
        if (m_controller)
            m_controller->undoStack()->undo();
    });
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_redo = edit->addAction(tr("&Redo"), this, [this] {
        if (m_controller)
            m_controller->undoStack()->redo();
    });
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setObjectName(QStringLiteral("actionRedo"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_fullScreen = view->addAction(tr("&Full screen (projector)"), this, &MainWindow::setPresentationMode);
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    QAction *voting = view->addAction(tr("Private &voting…"), this, &MainWindow::openPrivateVoting);
    m_sessionActions.push_back(voting);
    QAction *roomAction = view->addAction(tr("Open the &room…"), this, [this] { openRoom(); });
    roomAction->setObjectName(QStringLiteral("actionOpenRoom"));
    m_sessionActions.push_back(roomAction);
    view->addSeparator();
    new LanguageMenu(view, this);
    addActions({m_undo, m_redo, m_fullScreen});
}

} // namespace cxm::ui
