#include "PlanPage.h"

#include "ActionsModel.h"
#include "Roadmap.h"
#include "PlanDelegate.h"
#include "PlanWords.h"
#include "RoadmapWidget.h"
#include "SessionController.h"
#include "UiText.h"

#include <QComboBox>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cxm::ui {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

PlanPage::PlanPage(SessionController *controller, QWidget *parent)
    : StepPage(parent)
    , m_controller(controller)
    , m_model(new ActionsModel(controller, this))
    , m_filter(new ActionsFilter(this))
{
    setObjectName(QStringLiteral("planPage"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Action Plan"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    layout->addWidget(
        wrapped(tr("Turn the diagnosis into actions: what, who, by when, and which CCO priority "
                   "each one serves. Double-click a cell (or press F2) to change it."),
                this));

    // The suggestions scroll on their own, so the plan keeps its room however many there are.
    m_suggestionsScroll = new QScrollArea(this);
    m_suggestionsScroll->setWidgetResizable(true);
    m_suggestionsScroll->setFrameShape(QFrame::NoFrame);
    m_suggestionsBox = new QGroupBox(tr("Suggested by your answers"));
    m_suggestionsBox->setObjectName(QStringLiteral("suggestions"));
    m_suggestions = new QVBoxLayout(m_suggestionsBox);
    m_suggestionsScroll->setWidget(m_suggestionsBox);
    layout->addWidget(m_suggestionsScroll, 2);

    // The plan as a table, and as a roadmap by quarter: two tabs over the same actions.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("planTabs"));
    auto *tablePage = new QWidget(m_tabs);
    auto *tableLayout = new QVBoxLayout(tablePage);
    auto *bar = new QHBoxLayout;
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    m_ownerFilter = new QComboBox(this);
    m_ownerFilter->setObjectName(QStringLiteral("ownerFilter"));
    ownerLabel->setBuddy(m_ownerFilter);
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    statusLabel->setBuddy(m_statusFilter);
    m_statusFilter->addItem(tr("All"), QString());
    for (const auto status :
         {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped})
        m_statusFilter->addItem(report::statusWords(status), qs(std::string(toString(status))));
    m_add = new QPushButton(tr("&Add action"), this);
    m_add->setObjectName(QStringLiteral("addAction"));
    m_remove = new QPushButton(tr("&Remove action"), this);
    m_remove->setObjectName(QStringLiteral("removeAction"));
    bar->addWidget(ownerLabel);
    bar->addWidget(m_ownerFilter);
    bar->addWidget(statusLabel);
    bar->addWidget(m_statusFilter);
    bar->addStretch();
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    tableLayout->addLayout(bar);

    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(ActionsModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("actionsTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new PlanDelegate(controller, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the plan's own order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ActionsModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ActionsModel::Note, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Action plan"));
    tableLayout->addWidget(m_table, 1);
    m_empty = wrapped(tr("No actions yet: add one, or take a suggestion into the plan."), this);
    m_empty->setObjectName(QStringLiteral("planEmpty"));
    tableLayout->addWidget(m_empty);
    m_tabs->addTab(tablePage, tr("A&ctions"));
    auto *roadmapScroll = new QScrollArea(m_tabs);
    roadmapScroll->setWidgetResizable(true);
    roadmapScroll->setFrameShape(QFrame::NoFrame);
    roadmapScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_roadmap = new RoadmapWidget(controller);
    roadmapScroll->setWidget(m_roadmap);
    m_tabs->addTab(roadmapScroll, tr("Road&map"));
    layout->addWidget(m_tabs, 3);

    connect(m_ownerFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOwner(m_ownerFilter->currentData().toString()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_statusFilter->currentData().toString()); });
    connect(m_add, &QPushButton::clicked, this, &PlanPage::addAction);
    connect(m_remove, &QPushButton::clicked, this, &PlanPage::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_remove->setEnabled(!m_controller->isReadOnly() && m_table->currentIndex().isValid());
    });
}

void PlanPage::addAction()
{
    Action a;
    a.title = tr("New action").toStdString();
    const auto id = m_controller->addAction(a);
    if (!id)
        return;
    refresh();
    // Straight into typing its title.
    const QModelIndex source = m_model->index(m_model->rowOf(*id), ActionsModel::Title);
    const QModelIndex shown = m_filter->mapFromSource(source);
    if (shown.isValid()) {
        m_table->setCurrentIndex(shown);
        m_table->setFocus();
        m_table->edit(shown);
    }
}

void PlanPage::removeSelected()
{
    const QModelIndex shown = m_table->currentIndex();
    if (!shown.isValid())
        return;
    const std::string id = m_model->actionId(m_filter->mapToSource(shown).row());
    if (id.empty() || !m_controller->removeAction(id))
        return;
    // The keys go back to the plan, on the row that took its place (Ctrl+Z brings it back).
    refresh();
    const int rows = m_filter->rowCount();
    if (rows > 0)
        m_table->setCurrentIndex(m_filter->index(std::min(shown.row(), rows - 1), ActionsModel::Title));
    m_table->setFocus();
}

void PlanPage::fillFilters()
{
    const Session &s = m_controller->session();
    const QString current = m_ownerFilter->currentData().toString();
    const QSignalBlocker block(m_ownerFilter);
    m_ownerFilter->clear();
    m_ownerFilter->addItem(tr("Everyone"), QString());
    for (const auto &p : s.participants)
        m_ownerFilter->addItem(shortName(qs(p.name)), qs(p.id));
    QStringList names; // owners named freely, once each
    for (const auto &a : s.actions)
        if (a.owner.empty() && !names.contains(qs(a.ownerName)))
            names << qs(a.ownerName);
    for (const QString &name : names)
        m_ownerFilter->addItem(name.isEmpty() ? tr("(nobody yet)") : shortName(name),
                               QStringLiteral("name:") + name);
    const int at = m_ownerFilter->findData(current);
    m_ownerFilter->setCurrentIndex(at >= 0 ? at : 0);
    m_filter->setOwner(m_ownerFilter->currentData().toString());
}

void PlanPage::rebuildSuggestions()
{
    const Session &s = m_controller->session();
    const Instrument &ins = m_controller->instrument();
    const auto suggestions = suggestActions(s, ins, m_controller->score());
    const auto discuss = readinessToDiscuss(s, ins);
    QString key;
    for (const auto &sg : suggestions)
        key += qs(sg.key) + QLatin1Char('\n') + qs(sg.title) + QLatin1Char('\n');
    for (const auto &d : discuss)
        key += qs(d.question) + QString::number(d.yes) + QLatin1Char('/') + QString::number(d.no);
    key += m_controller->isReadOnly() ? QStringLiteral("r") : QStringLiteral("w");
    if (key == m_suggestionKey)
        return;
    m_suggestionKey = key;
    while (QLayoutItem *item = m_suggestions->takeAt(0)) {
        if (QWidget *w = item->widget())
            retire(w);
        delete item;
    }
    const bool writable = !m_controller->isReadOnly();
    for (const auto &sg : suggestions) {
        auto *row = new QWidget(m_suggestionsBox);
        row->setObjectName(QStringLiteral("suggestion_%1").arg(qs(sg.key)));
        auto *line = new QHBoxLayout(row);
        line->setContentsMargins(0, 0, 0, 0);
        const report::SuggestionWords words = report::suggestionWords(sg, ins, s, m_controller->score());
        auto *text = wrapped(words.title + QStringLiteral("\n") + words.reason, row);
        text->setToolTip(richTextOf(qs(sg.note)));
        auto *accept = new QPushButton(tr("Add to plan"), row);
        accept->setObjectName(QStringLiteral("accept_%1").arg(qs(sg.key)));
        accept->setEnabled(writable);
        auto *dismiss = new QPushButton(tr("Dismiss"), row);
        dismiss->setObjectName(QStringLiteral("dismiss_%1").arg(qs(sg.key)));
        dismiss->setEnabled(writable);
        line->addWidget(text, 1);
        line->addWidget(accept);
        line->addWidget(dismiss);
        m_suggestions->addWidget(row);
        const Suggestion copy = sg;
        connect(accept, &QPushButton::clicked, this, [this, copy] { m_controller->acceptSuggestion(copy); });
        connect(dismiss, &QPushButton::clicked, this,
                [this, copy] { m_controller->setDismissed(copy.key, true); });
    }
    for (const auto &d : discuss) {
        const Item *q = ins.findItem(d.question);
        auto *flag = wrapped(tr("To discuss before deciding: readiness question %1, %2 Yes and %3 No. %4")
                                 .arg(ins.readiness().itemIndex(d.question) + 1)
                                 .arg(d.yes)
                                 .arg(d.no)
                                 .arg(q ? qs(q->question) : QString()),
                             m_suggestionsBox);
        flag->setObjectName(QStringLiteral("discuss_%1").arg(qs(d.question)));
        m_suggestions->addWidget(flag);
    }
    m_suggestionsBox->setTitle(suggestions.empty()
                                   ? tr("Suggested by your answers")
                                   : tr("Suggested by your answers (%1 open)").arg(suggestions.size()));
    if (suggestions.empty() && discuss.empty())
        m_suggestions->addWidget(
            wrapped(tr("No suggestions are open: each has been taken into the plan or dismissed."),
                    m_suggestionsBox));
}

void PlanPage::resizeEvent(QResizeEvent *event)
{
    StepPage::resizeEvent(event);
    m_suggestionsScroll->setMaximumHeight(std::max(120, height() * 2 / 5));
}

void PlanPage::refresh()
{
    m_model->reload();
    fillFilters();
    rebuildSuggestions();
    const bool writable = !m_controller->isReadOnly();
    m_add->setEnabled(writable);
    m_remove->setEnabled(writable && m_table->currentIndex().isValid());
    m_empty->setVisible(m_controller->session().actions.empty());
    m_roadmap->refresh();
    m_table->resizeColumnToContents(ActionsModel::Due);
    m_table->resizeColumnToContents(ActionsModel::Status);
}

void PlanPage::focusFirstUnanswered()
{
    m_table->setFocus();
}

} // namespace cxm::ui
