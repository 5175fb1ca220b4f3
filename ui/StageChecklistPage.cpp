#include "StageChecklistPage.h"

#include "Instrument.h"
#include "PageHeading.h"
#include "SessionController.h"
#include "UiText.h"

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cxm::ui {

StageChecklistPage::StageChecklistPage(SessionController *controller, const std::string &worksheetId,
                                       QWidget *parent)
    : StepPage(parent)
    , m_controller(controller)
    , m_worksheet(controller->instrument().findWorksheet(worksheetId))
{
    Q_ASSERT(m_worksheet && m_worksheet->kind == WorksheetKind::Checklist &&
             m_worksheet->scope == WorksheetScope::Stage);
    setObjectName(QStringLiteral("stageChecklistPage_%1").arg(qs(worksheetId)));
    auto *layout = new QVBoxLayout(this);
    addPageHeading(layout, this, *m_worksheet);
    m_noStages = new QLabel(tr("Define the journey's stages first (step \"Your Customer Journey\")."), this);
    m_noStages->setObjectName(QStringLiteral("noStages"));
    m_noStages->setWordWrap(true);
    layout->addWidget(m_noStages);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);
}

void StageChecklistPage::rebuild()
{
    m_cells.clear();
    retire(m_scroll->takeWidget());
    const Session &s = m_controller->session();
    if (s.stages.empty())
        return;
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setHorizontalSpacing(6);
    const Worksheet &ws = *m_worksheet;
    const bool writable = !m_controller->isReadOnly();
    // The stages across, numbered and named (wrapped: eight of them share a laptop's width).
    for (std::size_t i = 0; i < s.stages.size(); ++i) {
        auto *head = new QLabel(tr("%1. %2").arg(i + 1).arg(qs(s.stages[i].name)), content);
        head->setObjectName(QStringLiteral("stageColumn_%1").arg(qs(s.stages[i].id)));
        head->setTextFormat(Qt::PlainText);
        head->setWordWrap(true);
        head->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        head->setMinimumWidth(fontMetrics().averageCharWidth() * 10);
        grid->addWidget(head, 0, static_cast<int>(i) + 1);
        grid->setColumnStretch(static_cast<int>(i) + 1, 1);
    }
    grid->setColumnStretch(0, 2);
    int r = 1;
    const auto addQuestion = [&](const Item &q) {
        auto *label = new QLabel(qs(q.question), content);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        grid->addWidget(label, r, 0);
        for (std::size_t i = 0; i < s.stages.size(); ++i) {
            auto *box = new QCheckBox(content);
            box->setObjectName(QStringLiteral("check_%1@%2").arg(qs(q.id), qs(s.stages[i].id)));
            box->setAccessibleName(
                tr("%1, stage %2: %3").arg(qs(q.question)).arg(i + 1).arg(qs(s.stages[i].name)));
            box->setEnabled(writable);
            grid->addWidget(box, r, static_cast<int>(i) + 1, Qt::AlignHCenter);
            m_cells.push_back({q.id, s.stages[i].id, box});
        }
        ++r;
    };
    if (ws.headings.empty())
        for (const Item &q : ws.items)
            addQuestion(q);
    for (const Heading &group : ws.headings) {
        auto *title = new QLabel(qs(group.title), content);
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        grid->addWidget(title, r++, 0, 1, static_cast<int>(s.stages.size()) + 1);
        for (const Item *q : ws.itemsOf(group.id))
            addQuestion(*q);
    }
    auto *legend =
        new QLabel(tr("Ticked: %1. Not ticked: %2.").arg(qs(ws.yesLabel), qs(ws.noLabel)), content);
    legend->setTextFormat(Qt::PlainText);
    legend->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(legend, r++, 0, 1, static_cast<int>(s.stages.size()) + 1);
    grid->setRowStretch(r, 1);
    m_scroll->setWidget(content);
    for (const Cell &cell : m_cells) {
        const std::string question = cell.question, scope = cell.scope;
        connect(cell.box, &QCheckBox::toggled, this, [this, question, scope](bool on) {
            const ChecklistConsensus *c = m_controller->session().findChecklistConsensus(question, scope);
            m_controller->setChecklistConsensus(question, on ? Answer::Yes : Answer::No,
                                                c ? c->note : std::string(), scope);
            refresh(); // refused or not, the box shows what is stored
        });
    }
}

void StageChecklistPage::refresh()
{
    const Session &s = m_controller->session();
    QString structure = m_controller->isReadOnly() ? QStringLiteral("r") : QStringLiteral("w");
    for (const auto &stage : s.stages)
        structure += QLatin1Char('|') + qs(stage.id) + QLatin1Char('=') + qs(stage.name);
    m_noStages->setVisible(s.stages.empty());
    if (structure != m_structure) {
        m_structure = structure;
        rebuild();
    }
    for (const Cell &cell : m_cells) {
        const ChecklistConsensus *c = s.findChecklistConsensus(cell.question, cell.scope);
        const QSignalBlocker block(cell.box);
        cell.box->setChecked(c && c->answer == Answer::Yes);
        cell.box->setToolTip(!c                         ? tr("Not answered yet")
                             : c->answer == Answer::Yes ? qs(m_worksheet->yesLabel)
                                                        : qs(m_worksheet->noLabel));
    }
}

void StageChecklistPage::focusFirstUnanswered()
{
    for (const Cell &cell : m_cells)
        if (!m_controller->session().findChecklistConsensus(cell.question, cell.scope)) {
            cell.box->setFocus();
            m_scroll->ensureWidgetVisible(cell.box);
            return;
        }
}

} // namespace cxm::ui
