#include "ReconcilePage.h"

#include "Instrument.h"
#include "PageHeading.h"
#include "SessionController.h"
#include "TeamAnswerBox.h"
#include "UiText.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cxm::ui {

ReconcilePage::ReconcilePage(SessionController *controller, const std::string &worksheetId, QWidget *parent)
    : StepPage(parent)
    , m_controller(controller)
    , m_worksheet(controller->instrument().findWorksheet(worksheetId))
{
    Q_ASSERT(m_worksheet && m_worksheet->kind == WorksheetKind::Reconcile);
    const Worksheet &ws = *m_worksheet;
    setObjectName(QStringLiteral("reconcilePage_%1").arg(qs(ws.id)));
    auto *layout = new QVBoxLayout(this);
    addPageHeading(layout, this, ws);
    m_noStages = new QLabel(tr("Define the journey's stages first (step \"Your Customer Journey\")."), this);
    m_noStages->setObjectName(QStringLiteral("noStages"));
    m_noStages->setWordWrap(true);
    layout->addWidget(m_noStages);
    auto *pick = new QHBoxLayout;
    auto *stageLabel = new QLabel(tr("&Stage:"), this);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageSelector"));
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    stageLabel->setBuddy(m_stage);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reconcileSummary"));
    m_summary->setWordWrap(true);
    pick->addWidget(stageLabel);
    pick->addWidget(m_stage);
    pick->addWidget(m_summary, 1);
    layout->addLayout(pick);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *rows = new QVBoxLayout(content);
    const Heading *priorities = ws.findHeading("priorities");
    auto *pbox = new QGroupBox(priorities ? qs(priorities->title) : QString(), content);
    auto *plist = new QVBoxLayout(pbox);
    for (const Item *slot : ws.itemsOf("priorities")) {
        Priority p{slot->id, new QLineEdit(pbox)};
        p.name->setObjectName(QStringLiteral("name_%1").arg(qs(slot->id)));
        p.name->setPlaceholderText(qs(slot->title));
        p.name->setAccessibleName(priorities ? qs(priorities->title) : qs(slot->title));
        plist->addWidget(p.name);
        m_priorities.push_back(p);
    }
    rows->addWidget(pbox);

    const Heading *projects = ws.findHeading("projects");
    auto *rbox = new QGroupBox(qs(ws.reconcileTitle), content);
    auto *grid = new QGridLayout(rbox);
    const auto header = [&](const QString &text, int column) {
        auto *label = new QLabel(text, rbox);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        grid->addWidget(label, 0, column);
    };
    header(projects ? qs(projects->title) : QString(), 0);
    header(qs(ws.servesTitle), 1);
    header(qs(ws.decisionTitle), 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 1);
    int r = 1;
    for (const Item *slot : ws.itemsOf("projects")) {
        Project p{slot->id};
        p.name = new QLineEdit(rbox);
        p.name->setObjectName(QStringLiteral("name_%1").arg(qs(slot->id)));
        p.name->setPlaceholderText(qs(slot->title));
        p.name->setAccessibleName(qs(slot->title));
        p.serves = new TeamAnswerBox(rbox);
        p.serves->setObjectName(QStringLiteral("serves_%1").arg(qs(slot->id)));
        p.serves->setAccessibleName(tr("%1: %2").arg(qs(slot->title), qs(ws.servesTitle)));
        p.serves->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        p.serves->setMinimumContentsLength(16);
        p.decision = new TeamAnswerBox(rbox);
        p.decision->setObjectName(QStringLiteral("decision_%1").arg(qs(slot->id)));
        p.decision->setAccessibleName(tr("%1: %2").arg(qs(slot->title), qs(ws.decisionTitle)));
        p.decision->addItem(tr("Not decided"), QString());
        for (const Heading &d : ws.decisions)
            p.decision->addItem(qs(d.title), qs(d.id));
        p.flag = new QLabel(rbox);
        p.flag->setObjectName(QStringLiteral("flag_%1").arg(qs(slot->id)));
        p.flag->setTextFormat(Qt::PlainText);
        grid->addWidget(p.name, r, 0);
        grid->addWidget(p.serves, r, 1);
        grid->addWidget(p.decision, r, 2);
        grid->addWidget(p.flag, r, 3);
        ++r;
        m_projects.push_back(p);
    }
    auto *legend = new QLabel(
        tr("▲ Stop candidate: a project that serves none of the stage's priority touchpoints."), rbox);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(legend, r, 0, 1, 4);
    rows->addWidget(rbox);
    rows->addStretch();
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll, 1);

    // The slots never change (the worksheet fixes them): the lambdas may keep an index.
    for (std::size_t i = 0; i < m_priorities.size(); ++i)
        connect(m_priorities[i].name, &QLineEdit::editingFinished, this,
                [this, i] { storeName(m_priorities[i].item, m_priorities[i].name); });
    for (std::size_t i = 0; i < m_projects.size(); ++i) {
        connect(m_projects[i].name, &QLineEdit::editingFinished, this,
                [this, i] { storeName(m_projects[i].item, m_projects[i].name); });
        connect(m_projects[i].serves, &QComboBox::activated, this,
                [this, i] { storeProject(m_projects[i]); });
        connect(m_projects[i].decision, &QComboBox::activated, this,
                [this, i] { storeProject(m_projects[i]); });
    }
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
}

std::string ReconcilePage::currentStage() const
{
    return ss(m_stage->currentData().toString());
}

void ReconcilePage::storeName(const std::string &item, QLineEdit *edit)
{
    const std::string stage = currentStage();
    if (stage.empty())
        return;
    m_controller->setItemName(item, ss(singleLine(edit->text())), stage);
    refresh();
}

void ReconcilePage::storeProject(const Project &p)
{
    const std::string stage = currentStage();
    if (stage.empty())
        return;
    const Reconciliation *before = m_controller->session().findReconciliation(p.item, stage);
    Reconciliation r{p.item, ss(p.serves->currentData().toString()), ss(p.decision->currentData().toString()),
                     before ? before->note : std::string(), stage};
    m_controller->setReconciliation(p.item, r, stage);
    refresh();
}

void ReconcilePage::fillStages()
{
    const Session &s = m_controller->session();
    const QString current = m_stage->currentData().toString();
    const QSignalBlocker block(m_stage);
    m_stage->clear();
    // Each stage says how far its list is, so the facilitator sees which stages still wait.
    for (std::size_t i = 0; i < s.stages.size(); ++i) {
        int projects = 0;
        for (const Item *p : m_worksheet->itemsOf("projects"))
            projects += s.itemName(p->id, s.stages[i].id).empty() ? 0 : 1;
        QString text = tr("%1. %2").arg(i + 1).arg(qs(s.stages[i].name));
        if (projects > 0)
            text +=
                QStringLiteral(" — ") + (projects == 1 ? tr("1 project") : tr("%1 projects").arg(projects));
        m_stage->addItem(text, qs(s.stages[i].id));
    }
    int at = m_stage->findData(current);
    // Opened for the first time: the first stage that has a list, where the work is.
    if (current.isEmpty())
        for (std::size_t i = 0; i < s.stages.size() && at < 0; ++i)
            for (const Item *p : m_worksheet->itemsOf("projects"))
                if (!s.itemName(p->id, s.stages[i].id).empty())
                    at = static_cast<int>(i);
    m_stage->setCurrentIndex(at >= 0 ? at : 0);
}

void ReconcilePage::refresh()
{
    const Session &s = m_controller->session();
    fillStages();
    const std::string stage = currentStage();
    const bool any = !stage.empty();
    const bool writable = any && !m_controller->isReadOnly();
    m_noStages->setVisible(!any);
    m_scroll->setEnabled(any);
    m_stage->setEnabled(any);
    const auto setText = [](QLineEdit *edit, const QString &text) {
        if (!edit->hasFocus() && edit->text() != text)
            edit->setText(text);
    };
    for (const Priority &p : m_priorities) {
        setText(p.name, any ? qs(s.itemName(p.item, stage)) : QString());
        p.name->setReadOnly(!writable);
    }
    int candidates = 0, named = 0;
    for (const Project &p : m_projects) {
        const std::string name = any ? s.itemName(p.item, stage) : std::string();
        setText(p.name, qs(name));
        p.name->setReadOnly(!writable);
        const Reconciliation *r = any ? s.findReconciliation(p.item, stage) : nullptr;
        {
            const QSignalBlocker block(p.serves);
            p.serves->clear();
            p.serves->addItem(qs(m_worksheet->servesNone), QString());
            for (const Priority &priority : m_priorities)
                if (const auto n = s.itemName(priority.item, stage); !n.empty())
                    p.serves->addItem(shortName(qs(n)), qs(priority.item));
            const int at = r ? p.serves->findData(qs(r->serves)) : 0;
            p.serves->setCurrentIndex(at >= 0 ? at : 0);
        }
        {
            const QSignalBlocker block(p.decision);
            const int at = p.decision->findData(r ? qs(r->decision) : QString());
            p.decision->setCurrentIndex(at >= 0 ? at : 0);
        }
        const bool project = !name.empty();
        p.serves->setEnabled(writable && project);
        p.decision->setEnabled(writable && project);
        // As the score counts it: a named project serving no named priority.
        const bool candidate = project && p.serves->currentIndex() == 0;
        p.flag->setText(candidate ? tr("▲ Stop candidate") : QString());
        named += project ? 1 : 0;
        candidates += candidate ? 1 : 0;
    }
    m_summary->setText(
        !any ? QString()
        : named == 0
            ? tr("No projects listed for this stage yet.")
            : (named == 1 ? tr("1 project listed") : tr("%1 projects listed").arg(named)) +
                  QStringLiteral(", ") +
                  (candidates == 1 ? tr("1 stop candidate") : tr("%1 stop candidates").arg(candidates)));
}

void ReconcilePage::focusFirstUnanswered()
{
    for (const Priority &p : m_priorities)
        if (p.name->text().isEmpty()) {
            p.name->setFocus();
            return;
        }
    for (const Project &p : m_projects)
        if (p.name->text().isEmpty()) {
            p.name->setFocus();
            m_scroll->ensureWidgetVisible(p.name);
            return;
        }
}

} // namespace cxm::ui
