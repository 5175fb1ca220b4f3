// The session view, built from the instrument: the read-only banner, the step list, one page per
// step (Setup, a page per worksheet by its kind, the Maturity Map, Targets, the Action Plan) and the
// buttons under the page. It is built again in the projector's type size (setPresentationMode).
#include "MainWindow.h"

#include "ChoicePage.h"
#include "CompetencyPage.h"
#include "ListsPage.h"
#include "MaturityMapPage.h"
#include "PlanPage.h"
#include "PowerCorePage.h"
#include "ReadinessPage.h"
#include "ReconcilePage.h"
#include "ReferencePage.h"
#include "SessionController.h"
#include "SetupPage.h"
#include "StageChecklistPage.h"
#include "StageScalePage.h"
#include "StagesPage.h"
#include "TargetsPage.h"
#include "TrackedPage.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cxm::ui {

void MainWindow::buildSessionView()
{
    const int keepStep = m_pages ? currentStep() : SetupStep;
    if (m_sessionView) {
        m_stack->removeWidget(m_sessionView);
        delete m_sessionView;
        m_stepPages.clear();
    }
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
    buildStepList();
    body->addWidget(m_steps);

    auto *right = new QVBoxLayout;
    body->addLayout(right, 1);
    m_pages = new QStackedWidget(m_sessionView);
    m_pages->setObjectName(QStringLiteral("pages"));
    right->addWidget(m_pages, 1);
    right->addLayout(buildNavigation());

    buildStepPages();
    fillStepList();
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

QHBoxLayout *MainWindow::buildNavigation()
{
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
    return nav;
}

void MainWindow::buildStepPages()
{
    SessionController *c = m_controller.get();
    m_stepPages.push_back(new SetupPage(c, m_pages));
    // One page per worksheet, by its kind, in the instrument's order.
    for (const Worksheet &ws : c->instrument().worksheets)
        m_stepPages.push_back(buildWorksheetPage(ws));
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
}

StepPage *MainWindow::buildWorksheetPage(const Worksheet &ws)
{
    SessionController *c = m_controller.get();
    switch (ws.kind) {
    case WorksheetKind::Scale: {
        if (ws.scope == WorksheetScope::Stage) {
            // Asked once per stage of the journey: a group of the items for each stage.
            return new StageScalePage(c, ws.id, m_pages);
        }
        auto *page = new CompetencyPage(c, ws.id, m_pages);
        connect(page, &CompetencyPage::privateVotingRequested, this, &MainWindow::openPrivateVoting);
        return page;
    }
    case WorksheetKind::Ranking:
        return new PowerCorePage(c, ws.id, m_pages);
    case WorksheetKind::Checklist:
        if (ws.scope == WorksheetScope::Stage)
            return new StageChecklistPage(c, ws.id, m_pages);
        return new ReadinessPage(c, ws.id, m_pages);
    case WorksheetKind::Choice:
        return new ChoicePage(c, ws.id, m_pages);
    case WorksheetKind::Reconcile:
        return new ReconcilePage(c, ws.id, m_pages);
    case WorksheetKind::Reference:
        return new ReferencePage(c, ws.id, m_pages);
    case WorksheetKind::Tracked:
        return new TrackedPage(c, ws.id, m_pages);
    case WorksheetKind::Stages:
        return new StagesPage(c, ws.id, m_pages);
    case WorksheetKind::Lists: {
        auto *page = new ListsPage(c, ws.id, m_pages);
        // Per stage, before the journey has stages: the button that leads to where they are named.
        connect(page, &ListsPage::defineStagesRequested, this, [this] {
            const auto &all = instrument().worksheets;
            const auto stages = std::find_if(
                all.begin(), all.end(), [](const Worksheet &w) { return w.kind == WorksheetKind::Stages; });
            if (stages == all.end())
                return;
            setStep(stepOf(stages->id));
            focusFirstUnanswered();
        });
        return page;
    }
    }
    return nullptr;
}

} // namespace cxm::ui
