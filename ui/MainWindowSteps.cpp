// The step list and the steps: which step shows which worksheet, their names, when a step is
// complete, and the list beside the pages that says so ("✓", "4 of 6 answered").
#include "MainWindow.h"

#include "AbsenceButton.h"
#include "Plan.h"
#include "Progress.h"
#include "RoomRound.h"
#include "SessionController.h"
#include "UiText.h"

#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>

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

} // namespace

void MainWindow::buildStepList()
{
    m_steps = new QListWidget(m_sessionView);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setMaximumWidth(m_presentation ? 330 : 250);
    m_steps->setMinimumWidth(190);
    m_steps->setWordWrap(true);
    m_steps->setItemDelegate(new StepDelegate(m_steps));
}

void MainWindow::fillStepList()
{
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

} // namespace cxm::ui
