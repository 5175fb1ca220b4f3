#include "MainWindow.h"

#include "CompetencyPage.h"
#include "DemoSession.h"
#include "ChoicePage.h"
#include "ListsPage.h"
#include "ReconcilePage.h"
#include "ReferencePage.h"
#include "StageChecklistPage.h"
#include "AbsenceButton.h"
#include "CompareActions.h"
#include "ExportActions.h"
#include "LanguageMenu.h"
#include "MaturityMapPage.h"
#include "MergeDialog.h"
#include "Progress.h"
#include "PowerCorePage.h"
#include "PlanPage.h"
#include "PortfolioDialog.h"
#include "PublishDialog.h"
#include "PrivateVotingDialog.h"
#include "Prompt.h"
#include "ReadinessPage.h"
#include "ReportWriter.h"
#include "RevealGate.h"
#include "RoomDialog.h"
#include "RoomRound.h"
#include "SessionController.h"
#include "Settings.h"
#include "SetupPage.h"
#include "StageScalePage.h"
#include "StagesPage.h"
#include "TargetsPage.h"
#include "TrackedPage.h"
#include "UiText.h"

#include <QAction>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cxm::ui {

namespace {

int listEntryCount(const Session &session, const Worksheet &worksheet)
{
    return static_cast<int>(std::count_if(session.entries.begin(), session.entries.end(),
                                          [&](const ListEntry &e) { return e.worksheet == worksheet.id; }));
}

// The role of a step's depth in the step list: the journey's worksheets stand one level under the
// journey's own step, so the list reads as the workbook's two halves.
constexpr int kStepDepthRole = Qt::UserRole + 1;

// Indents a step by its depth, so the journey's worksheets show as grouped under it.
class StepDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem indented = option;
        indented.rect.setLeft(indented.rect.left() + indent(option, index));
        QStyledItemDelegate::paint(painter, indented, index);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem indented = option;
        indented.rect.setWidth(std::max(0, indented.rect.width() - indent(option, index)));
        return QStyledItemDelegate::sizeHint(indented, index);
    }

private:
    static int indent(const QStyleOptionViewItem &option, const QModelIndex &index)
    {
        return index.data(kStepDepthRole).toInt() * option.fontMetrics.averageCharWidth() * 3;
    }
};

QString documentsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

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

QWidget *MainWindow::buildStartPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("startPage"));
    auto *outer = new QHBoxLayout(page);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    outer->addLayout(column, 2);
    outer->addStretch(1);
    column->addStretch(1);
    auto *logo = new QLabel(page);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/io.github.cxmaturity.workbench.svg"))
                        .pixmap(QSize(72, 72), devicePixelRatioF()));
    logo->setAccessibleName(tr("CX Maturity Workbench logo"));
    column->addWidget(logo);
    auto *title = new QLabel(tr("CX Maturity Workbench"), page);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    title->setFont(big);
    column->addWidget(title);
    auto *subtitle =
        new QLabel(tr("Find where your organisation stands on the customer-experience maturity map: "
                      "as a leadership team in a workshop, or on your own."),
                   page);
    subtitle->setWordWrap(true);
    column->addWidget(subtitle);
    column->addSpacing(16);

    const auto addButton = [&](const QString &text, const QString &detail, const QString &name, auto slot) {
        auto *button = new QPushButton(text, page);
        button->setObjectName(name);
        button->setToolTip(detail);
        button->setAccessibleDescription(detail);
        button->setMinimumHeight(40);
        QFont f = button->font();
        f.setPointSizeF(f.pointSizeF() * 1.15);
        button->setFont(f);
        connect(button, &QPushButton::clicked, this, slot);
        column->addWidget(button);
    };
    addButton(tr("&New workshop…"), tr("A facilitator and a leadership team, on one laptop"),
              QStringLiteral("newWorkshopButton"), [this] { chooseNew(Mode::Workshop); });
    addButton(tr("New &self-assessment…"), tr("One leader, answering alone"), QStringLiteral("newSelfButton"),
              [this] { chooseNew(Mode::Self); });
    addButton(tr("&Open…"), tr("Open a session file (.cxm)"), QStringLiteral("openButton"),
              [this] { chooseOpen(); });
    addButton(tr("Open &demo workshop"), tr("A finished workshop with six executives, to look around"),
              QStringLiteral("openDemoButton"), [this] { openDemo(); });
    column->addSpacing(16);
    auto *recentLabel = new QLabel(tr("&Recent sessions"), page);
    column->addWidget(recentLabel);
    m_recentList = new QListWidget(page);
    m_recentList->setObjectName(QStringLiteral("recentFiles"));
    m_recentList->setAccessibleName(tr("Recent sessions"));
    m_recentList->setMaximumHeight(180);
    recentLabel->setBuddy(m_recentList);
    column->addWidget(m_recentList);
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openFile(item->data(Qt::UserRole).toString()); });
    column->addStretch(2);
    return page;
}

void MainWindow::refreshRecent()
{
    const QStringList files = Settings::recentFiles();
    m_recentList->clear();
    m_recentMenu->clear();
    for (const QString &path : files) {
        auto *item = new QListWidgetItem(
            tr("%1   (%2)").arg(QFileInfo(path).fileName(), QFileInfo(path).absolutePath()), m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(richTextOf(path));
        m_recentMenu
            ->addAction(menuTextOf(QFileInfo(path).fileName()), this, [this, path] { openFile(path); })
            ->setToolTip(richTextOf(path));
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent sessions yet"), m_recentList);
        item->setFlags(Qt::NoItemFlags);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

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

void MainWindow::buildSessionView()
{
    const int keepStep = m_pages ? currentStep() : SetupStep;
    if (m_sessionView) {
        m_stack->removeWidget(m_sessionView);
        delete m_sessionView;
        m_stepPages.clear();
    }
    SessionController *c = m_controller.get();
    m_sessionView = new QWidget;
    m_sessionView->setObjectName(QStringLiteral("sessionView"));
    if (m_presentation) {
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.4);
        m_sessionView->setFont(f);
    }
    auto *outer = new QVBoxLayout(m_sessionView);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_banner = new QLabel(m_sessionView);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(
        QStringLiteral("background: #fde68a; color: #1f2937; padding: 8px; font-weight: bold;"));
    outer->addWidget(m_banner);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(8, 8, 8, 8);
    outer->addLayout(body, 1);
    m_steps = new QListWidget(m_sessionView);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setMaximumWidth(m_presentation ? 330 : 250);
    m_steps->setMinimumWidth(190);
    m_steps->setWordWrap(true);
    m_steps->setItemDelegate(new StepDelegate(m_steps));
    body->addWidget(m_steps);

    auto *right = new QVBoxLayout;
    body->addLayout(right, 1);
    m_pages = new QStackedWidget(m_sessionView);
    m_pages->setObjectName(QStringLiteral("pages"));
    right->addWidget(m_pages, 1);
    auto *nav = new QHBoxLayout;
    m_back = new QPushButton(tr("← &Back"), m_sessionView);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_next = new QPushButton(tr("&Next →"), m_sessionView);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    nav->addWidget(m_back);
    nav->addStretch();
    // On a step phones can answer: the live room, with this step's worksheet as the round.
    m_roomButton = new QPushButton(tr("Open the room…"), m_sessionView);
    m_roomButton->setObjectName(QStringLiteral("roomButton"));
    connect(m_roomButton, &QPushButton::clicked, this, [this] {
        const std::string worksheet = answerStep(currentStep());
        openRoom(worksheet.empty() ? std::vector<std::string>{} : std::vector<std::string>{worksheet});
    });
    nav->addWidget(m_roomButton);
    nav->addWidget(m_next);
    right->addLayout(nav);

    m_stepPages.push_back(new SetupPage(c, m_pages));
    // One page per worksheet, by its kind, in the instrument's order.
    const Instrument &ins = c->instrument();
    for (const Worksheet &ws : ins.worksheets) {
        switch (ws.kind) {
        case WorksheetKind::Scale: {
            if (ws.scope == WorksheetScope::Stage) {
                // Asked once per stage of the journey: a group of the items for each stage.
                m_stepPages.push_back(new StageScalePage(c, ws.id, m_pages));
                break;
            }
            auto *page = new CompetencyPage(c, ws.id, m_pages);
            connect(page, &CompetencyPage::privateVotingRequested, this, &MainWindow::openPrivateVoting);
            m_stepPages.push_back(page);
            break;
        }
        case WorksheetKind::Ranking:
            m_stepPages.push_back(new PowerCorePage(c, ws.id, m_pages));
            break;
        case WorksheetKind::Checklist:
            if (ws.scope == WorksheetScope::Stage)
                m_stepPages.push_back(new StageChecklistPage(c, ws.id, m_pages));
            else
                m_stepPages.push_back(new ReadinessPage(c, ws.id, m_pages));
            break;
        case WorksheetKind::Choice:
            m_stepPages.push_back(new ChoicePage(c, ws.id, m_pages));
            break;
        case WorksheetKind::Reconcile:
            m_stepPages.push_back(new ReconcilePage(c, ws.id, m_pages));
            break;
        case WorksheetKind::Reference:
            m_stepPages.push_back(new ReferencePage(c, ws.id, m_pages));
            break;
        case WorksheetKind::Tracked:
            m_stepPages.push_back(new TrackedPage(c, ws.id, m_pages));
            break;
        case WorksheetKind::Stages:
            m_stepPages.push_back(new StagesPage(c, ws.id, m_pages));
            break;
        case WorksheetKind::Lists: {
            auto *page = new ListsPage(c, ws.id, m_pages);
            // Per stage, before the journey has stages: the button that leads to where they are named.
            connect(page, &ListsPage::defineStagesRequested, this, [this] {
                const auto &all = instrument().worksheets;
                const auto stages = std::find_if(all.begin(), all.end(), [](const Worksheet &w) {
                    return w.kind == WorksheetKind::Stages;
                });
                if (stages == all.end())
                    return;
                setStep(stepOf(stages->id));
                focusFirstUnanswered();
            });
            m_stepPages.push_back(page);
            break;
        }
        }
    }
    auto *map = new MaturityMapPage(c, m_pages);
    connect(map, &MaturityMapPage::discussItem, this, [this](const QString &itemId) {
        const Competency *competency = instrument().competencyOfItem(itemId.toStdString());
        if (!competency)
            return;
        const int step = stepOf(competency->id);
        setStep(step);
        if (auto *page = qobject_cast<CompetencyPage *>(stepPage(step)))
            page->showItem(itemId.toStdString());
    });
    map->view()->setFontScale(m_presentation ? 1.3 : 1.0);
    m_stepPages.push_back(map);
    // From diagnosis to action: the team's targets, then its plan.
    m_stepPages.push_back(new TargetsPage(c, m_pages));
    m_stepPages.push_back(new PlanPage(c, m_pages));
    for (StepPage *page : m_stepPages)
        m_pages->addWidget(page);
    for (int i = 0; i < stepCount(); ++i) {
        auto *item = new QListWidgetItem(stepName(i), m_steps);
        item->setData(Qt::AccessibleTextRole, stepName(i));
        item->setData(kStepDepthRole, stepDepth(i));
    }
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setStep(row);
    });
    // A click in the step list, like Next, sends the keys to the first unanswered row of the step;
    // arrow keys in the list keep the focus there, so the steps can still be walked.
    connect(m_steps, &QListWidget::itemClicked, this, [this] { focusFirstUnanswered(); });
    connect(m_back, &QPushButton::clicked, this, [this] { setStep(currentStep() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        setStep(currentStep() + 1);
        focusFirstUnanswered();
    });
    m_stack->addWidget(m_sessionView);
    m_stack->setCurrentWidget(m_sessionView);
    setStep(keepStep);
    refresh();
}

int MainWindow::stepOf(const Instrument &instrument, const std::string &worksheetId)
{
    for (std::size_t i = 0; i < instrument.worksheets.size(); ++i)
        if (instrument.worksheets[i].id == worksheetId)
            return FirstCompetencyStep + static_cast<int>(i);
    return -1;
}

int MainWindow::maturityMapStep(const Instrument &instrument)
{
    return FirstCompetencyStep + static_cast<int>(instrument.worksheets.size());
}

int MainWindow::targetsStep(const Instrument &instrument)
{
    return maturityMapStep(instrument) + 1;
}

int MainWindow::planStep(const Instrument &instrument)
{
    return maturityMapStep(instrument) + 2;
}

int MainWindow::stepCount(const Instrument &instrument)
{
    return planStep(instrument) + 1;
}

int MainWindow::stepOf(const std::string &worksheetId) const
{
    return m_controller ? stepOf(m_controller->instrument(), worksheetId) : -1;
}

int MainWindow::maturityMapStep() const
{
    return m_controller ? maturityMapStep(m_controller->instrument()) : -1;
}

int MainWindow::stepCount() const
{
    return m_controller ? stepCount(m_controller->instrument()) : 0;
}

QString MainWindow::stepName(int step) const
{
    return stepName(step, [](const char *text) { return tr(text); });
}

QString MainWindow::stepName(int step, QString (*say)(const char *)) const
{
    if (step == SetupStep)
        return say(QT_TR_NOOP("Setup"));
    const Instrument &ins = m_controller->instrument();
    if (step == targetsStep(ins))
        return say(QT_TR_NOOP("Targets"));
    if (step == planStep(ins))
        return say(QT_TR_NOOP("Action Plan"));
    const std::string id = answerStep(step);
    const Worksheet *ws = ins.findWorksheet(id);
    if (!ws)
        return say(QT_TR_NOOP("Maturity Map"));
    if (ws->kind == WorksheetKind::Scale && ws->number > 0)
        return say(QT_TR_NOOP("%1. %2")).arg(ws->number).arg(qs(ws->title));
    // The two steps the maturity map reads keep the workbook's short names.
    if (ws == &ins.powerCore())
        return say(QT_TR_NOOP("Power Core"));
    if (ws == &ins.readiness())
        return say(QT_TR_NOOP("CCO Readiness"));
    return qs(ws->title);
}

int MainWindow::stepDepth(int step) const
{
    // Every worksheet after the journey's stages (in the instrument's order) is part of the journey.
    const auto &worksheets = m_controller->instrument().worksheets;
    const std::string id = answerStep(step);
    bool journey = false;
    for (const Worksheet &w : worksheets) {
        if (w.id == id)
            return journey ? 1 : 0;
        journey = journey || w.kind == WorksheetKind::Stages;
    }
    return 0;
}

StepPage *MainWindow::stepPage(int step) const
{
    return step >= 0 && step < static_cast<int>(m_stepPages.size())
               ? m_stepPages[static_cast<std::size_t>(step)]
               : nullptr;
}

int MainWindow::currentStep() const
{
    return m_pages ? m_pages->currentIndex() : -1;
}

void MainWindow::setStep(int step)
{
    if (!m_pages || step < 0 || step >= stepCount())
        return;
    // Refresh before showing: pages that are not visible do not follow every change.
    stepPage(step)->refresh();
    m_pages->setCurrentIndex(step);
    if (m_steps->currentRow() != step) {
        const QSignalBlocker block(m_steps);
        m_steps->setCurrentRow(step);
    }
    m_back->setEnabled(step > 0);
    m_next->setEnabled(step + 1 < stepCount());
    const Worksheet *worksheet = m_controller->instrument().findWorksheet(answerStep(step));
    m_roomButton->setVisible(m_controller->isWorkshop() && worksheet && room::isAnswerableInRoom(*worksheet));
}

void MainWindow::focusFirstUnanswered()
{
    if (StepPage *page = stepPage(currentStep()))
        page->focusFirstUnanswered();
}

std::string MainWindow::answerStep(int step) const
{
    if (!m_controller)
        return {};
    const auto &worksheets = m_controller->instrument().worksheets;
    const int index = step - FirstCompetencyStep;
    if (index < 0 || index >= static_cast<int>(worksheets.size()))
        return {};
    return worksheets[static_cast<std::size_t>(index)].id;
}

bool MainWindow::isStepComplete(int step) const
{
    return m_controller &&
           isStepComplete(step, Progress(m_controller->session(), m_controller->instrument()));
}

bool MainWindow::isStepComplete(int step, const Progress &answers) const
{
    const Session &s = m_controller->session();
    if (step == SetupStep)
        return !s.info.organization.empty() && !s.participants.empty();
    const Instrument &ins = m_controller->instrument();
    // Targets: one for every competency item. The plan: an action at least, and no suggestion left
    // open (each taken in or dismissed).
    if (step == targetsStep(ins)) {
        for (const Competency &c : ins.competencies())
            for (const Item &i : c.items)
                if (!s.findTarget(i.id))
                    return false;
        return true;
    }
    if (step == planStep(ins))
        return !s.actions.empty() && suggestActions(s, ins, m_controller->score()).empty();
    if (step == maturityMapStep()) {
        // The map is complete when every step it rests on is (the competencies, the Power Core and
        // the readiness checklist): everyone present has answered. The other worksheets do not
        // change it.
        std::vector<std::string> mapSteps;
        for (const Competency &c : ins.competencies())
            mapSteps.push_back(c.id);
        mapSteps.push_back(ins.powerCore().id);
        mapSteps.push_back(ins.readiness().id);
        return std::all_of(mapSteps.begin(), mapSteps.end(),
                           [&](const std::string &id) { return isStepComplete(stepOf(id), answers); });
    }
    const std::string id = answerStep(step);
    const Worksheet *ws = ins.findWorksheet(id);
    // The team writes a lists worksheet together: it is done once something is written.
    if (ws && ws->kind == WorksheetKind::Lists)
        return listEntryCount(s, *ws) > 0;
    // The journey is defined once it has as many stages as the workbook asks for at least.
    if (ws && ws->kind == WorksheetKind::Stages)
        return static_cast<int>(s.stages.size()) >= ws->stageMinimum;
    // What the team decides together: complete once every stage (or project) has its decision.
    if (const auto team = ws ? teamProgress(s, *ws) : std::nullopt)
        return team->complete();
    if (ws && ws->kind == WorksheetKind::Reference)
        return false; // a card to read: never to do, never done
    // Complete only when everyone not marked absent has answered all of it, not at the first answer.
    return answers.step(id).complete();
}

void MainWindow::refreshStepList()
{
    if (!m_steps || !m_controller)
        return;
    const bool workshop = m_controller->isWorkshop();
    const Progress answers(m_controller->session(), m_controller->instrument()); // indexed once
    for (int i = 0; i < stepCount(); ++i) {
        const bool done = isStepComplete(i, answers);
        QListWidgetItem *item = m_steps->item(i);
        QString name = stepName(i);
        // "Competency 2 (4 of 6 answered)": a step some have answered says how far it is; a lists
        // step, which the team writes together, how many entries it has.
        const std::string step = answerStep(i);
        const Worksheet *ws = m_controller->instrument().findWorksheet(step);
        if (ws && ws->kind == WorksheetKind::Lists) {
            const int n = listEntryCount(m_controller->session(), *ws);
            if (n > 0)
                name = n == 1 ? tr("%1 (1 entry)").arg(name) : tr("%1 (%2 entries)").arg(name).arg(n);
        } else if (ws && ws->kind == WorksheetKind::Stages) {
            const auto n = m_controller->session().stages.size();
            if (n > 0)
                name = n == 1 ? tr("%1 (1 stage)").arg(name) : tr("%1 (%2 stages)").arg(name).arg(n);
        } else if (const auto team = ws ? teamProgress(m_controller->session(), *ws) : std::nullopt) {
            if (!done && team->of > 0)
                name = ws->kind == WorksheetKind::Reconcile
                           ? tr("%1 (%2 of %3 projects decided)").arg(name).arg(team->done).arg(team->of)
                           : tr("%1 (%2 of %3 stages)").arg(name).arg(team->done).arg(team->of);
        } else if (!done && workshop && !step.empty()) {
            const StepProgress p = answers.step(step);
            if (p.answered + p.partly > 0)
                name = tr("%1 (%2)").arg(name, progressText(p));
        }
        const bool reference = ws && ws->kind == WorksheetKind::Reference;
        item->setText((done ? tr("✓  %1") : reference ? tr("»  %1") : tr("○  %1")).arg(name));
        item->setData(Qt::AccessibleTextRole, done ? tr("%1, complete").arg(name) : name);
    }
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
                SessionFile::open(path.toStdString(), SessionFile::Access::ReadWrite, m_controller->instrument())
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

QStringList MainWindow::saveScreenshots(const QString &dir)
{
    QStringList written;
    QDir().mkpath(dir);
    const auto save = [&](QWidget *widget, const QString &name) {
        QApplication::processEvents();
        const QImage full = widget->grab().toImage();
        const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
        // Keep the documentation light: a palette image first, then smaller if it is still too heavy.
        const qint64 limit = 145 * 1000;
        QImage image = full;
        image.save(path);
        for (int width = full.width(); QFileInfo(path).size() > limit && width > 600;
             width = width * 9 / 10) {
            image = full.scaledToWidth(width, Qt::SmoothTransformation)
                        .convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither);
            image.save(path);
        }
        written << path;
    };
    const auto slug = [](QString text) {
        text = text.toLower();
        QString out;
        for (const QChar ch : text)
            out += ch.isLetterOrNumber() ? ch : QLatin1Char('-');
        while (out.contains(QStringLiteral("--")))
            out.replace(QStringLiteral("--"), QStringLiteral("-"));
        return out;
    };
    if (m_controller) {
        m_stack->setCurrentWidget(m_startPage);
        refreshRecent();
        save(this, QStringLiteral("00-start"));
        m_stack->setCurrentWidget(m_sessionView);
        for (int i = 0; i < stepCount(); ++i) {
            setStep(i);
            save(this, QStringLiteral("%1-%2")
                           .arg(i + 1, 2, 10, QLatin1Char('0'))
                           .arg(slug(stepName(i, [](const char *text) { return QString::fromUtf8(text); }))));
        }
        // The plan's second tab: the roadmap.
        if (auto *tabs = findChild<QTabWidget *>(QStringLiteral("planTabs"))) {
            setStep(planStep(instrument()));
            tabs->setCurrentIndex(1);
            save(this, QStringLiteral("%1-roadmap").arg(planStep(instrument()) + 1, 2, 10, QLatin1Char('0')));
            tabs->setCurrentIndex(0);
        }
        if (m_controller->isWorkshop() && !m_controller->isReadOnly()) {
            PrivateVotingDialog dialog(m_controller.get(), this);
            dialog.show();
            // The window system resizes the kiosk to the screen a moment after it shows.
            QElapsedTimer waited;
            waited.start();
            while (dialog.size() != dialog.screen()->size() && waited.elapsed() < 2000)
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            save(&dialog, QStringLiteral("10-private-voting-pin"));
            dialog.begin(QStringLiteral("screenshot"));
            save(&dialog, QStringLiteral("10-private-voting-handover"));
            dialog.startVoting();
            save(&dialog, QStringLiteral("11-private-voting-questions"));
            // Further down the same voter's sheet: the journey's stages, each rated on its own.
            const auto &stages = m_controller->session().stages;
            auto *scroll = dialog.findChild<QScrollArea *>();
            if (QWidget *stage =
                    stages.empty()
                        ? nullptr
                        : dialog.findChild<QWidget *>(
                              QStringLiteral("voteStage_%1").arg(QString::fromStdString(stages.front().id)));
                stage && scroll) {
                // From the heading of the worksheet the stage belongs to: the last heading above it.
                const auto yOf = [&](QWidget *w) { return w->mapTo(scroll->widget(), QPoint(0, 0)).y(); };
                int top = -1;
                for (QWidget *w : scroll->widget()->findChildren<QWidget *>())
                    if (w->objectName().startsWith(QStringLiteral("voteHeading_")) && yOf(w) < yOf(stage))
                        top = std::max(top, yOf(w));
                scroll->verticalScrollBar()->setValue(top >= 0 ? top : yOf(stage));
                save(&dialog, QStringLiteral("11-private-voting-stages"));
            }
            dialog.handOver(static_cast<int>(m_controller->session().participants.size()));
            save(&dialog, QStringLiteral("11-private-voting-end"));
            dialog.done(QDialog::Accepted);
            setStep(FirstCompetencyStep);
            save(this, QStringLiteral("12-answers-hidden"));
            m_controller->setVotes(std::string("revealed-anonymous"));
        }
        if (m_controller->isWorkshop()) {
            setPresentationMode(true);
            if (m_controller->votesRevealedAnonymously()) {
                setStep(FirstCompetencyStep + 1);
                save(this, QStringLiteral("14-anonymous-reveal"));
                m_controller->setVotes(std::string("revealed"));
            }
            setStep(FirstCompetencyStep + 1);
            save(this, QStringLiteral("13-projector"));
            setPresentationMode(false);
        }
        if (m_controller->isWorkshop() && !m_controller->isReadOnly()) {
            // The live room's projector view, on loopback, the size of the window.
            RoomDialog room(m_controller.get(), {answerStep(FirstCompetencyStep)}, this);
            room.resize(size());
            room.show();
            save(&room, QStringLiteral("room-projector"));
        }
    }
    return written;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Full screen is for the session in the room; the next start opens as the window was before.
    Settings::setGeometry(m_presentation ? m_geometryBeforeFullScreen : saveGeometry());
    event->accept();
}

} // namespace cxm::ui
