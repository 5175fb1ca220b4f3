#include "ListsPage.h"

#include "EntryList.h"
#include "Instrument.h"
#include "PageHeading.h"
#include "SessionController.h"
#include "UiText.h"

#include <QAbstractItemDelegate>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace cxm::ui {

namespace {

// "culture_enablers"; about a stage, "customers_always@s2" (as a per-stage scale page names its cells).
QString columnKey(const std::string &scope, const std::string &heading, const std::string &column)
{
    const QString key = qs(heading) + QLatin1Char('_') + qs(column);
    return scope.empty() ? key : key + QLatin1Char('@') + qs(scope);
}

// Whether an entry of the list is being typed: its editor is a visible child of the viewport (a
// closed editor is hidden at once and deleted later).
bool hasOpenEditor(const QListWidget *list)
{
    const auto children = list->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    return std::any_of(children.begin(), children.end(), [](const QWidget *w) { return w->isVisible(); });
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The step where the team names its journey's stages; nullptr when the instrument has none.
const Worksheet *stagesWorksheet(const Instrument &ins)
{
    const auto it = std::find_if(ins.worksheets.begin(), ins.worksheets.end(),
                                 [](const Worksheet &w) { return w.kind == WorksheetKind::Stages; });
    return it == ins.worksheets.end() ? nullptr : &*it;
}

} // namespace

ListsPage::ListsPage(SessionController *controller, const std::string &worksheetId, QWidget *parent)
    : StepPage(parent)
    , m_controller(controller)
    , m_worksheetId(worksheetId)
{
    setObjectName(QStringLiteral("listsPage_%1").arg(qs(worksheetId)));
    const Worksheet &ws = worksheet();
    auto *layout = new QVBoxLayout(this);
    addPageHeading(layout, this, ws);
    if (!ws.prompt.empty()) {
        auto *prompt = wrapped(qs(ws.prompt), this);
        prompt->setObjectName(QStringLiteral("listsPrompt"));
        QFont italic = prompt->font();
        italic.setItalic(true);
        prompt->setFont(italic);
        layout->addWidget(prompt);
    }
    if (!m_controller->isReadOnly()) {
        m_keys = wrapped(tr("Return adds an entry to the list you are in, F2 edits the selected one, Delete "
                            "removes it, Ctrl+↑ and Ctrl+↓ move it; Tab goes to the next list."),
                         this);
        m_keys->setObjectName(QStringLiteral("listsKeys"));
        m_keys->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(m_keys);
    }
    if (perStage()) {
        // Until the team has named its stages there is nothing to write about: say where to go.
        m_noStages = new QWidget(this);
        m_noStages->setObjectName(QStringLiteral("noStages"));
        auto *box = new QVBoxLayout(m_noStages);
        box->setContentsMargins(0, 12, 0, 0);
        const Worksheet *stages = stagesWorksheet(m_controller->instrument());
        const QString step = stages ? qs(stages->title) : tr("Your Customer Journey");
        auto *text = wrapped(tr("Define your journey's stages first. These lists are written for each stage, "
                                "on the step \"%1\".")
                                 .arg(step),
                             m_noStages);
        QFont bold = text->font();
        bold.setBold(true);
        text->setFont(bold);
        box->addWidget(text);
        auto *go = new QPushButton(tr("Go to \"%1\"").arg(step), m_noStages);
        go->setObjectName(QStringLiteral("goToStages"));
        go->setVisible(stages != nullptr);
        connect(go, &QPushButton::clicked, this, &ListsPage::defineStagesRequested);
        box->addWidget(go, 0, Qt::AlignLeft);
        layout->addWidget(m_noStages);
    }
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("listsRows"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll, 1);
    // About the whole company the columns are built once: the worksheet fixes them, and the entries
    // only change their text. Per stage they follow the journey (refresh).
    if (!perStage())
        rebuild();
}

const Worksheet &ListsPage::worksheet() const
{
    return *m_controller->instrument().findWorksheet(m_worksheetId);
}

bool ListsPage::perStage() const
{
    return worksheet().scope == WorksheetScope::Stage;
}

QString ListsPage::structureKey() const
{
    QString key = m_controller->isReadOnly() ? QStringLiteral("r") : QStringLiteral("e");
    if (perStage())
        for (const Stage &stage : m_controller->session().stages)
            key += QLatin1Char('#') + qs(stage.id) + QLatin1Char('=') + qs(stage.name);
    return key;
}

void ListsPage::rebuild()
{
    m_structure = structureKey();
    m_columns.clear();
    // A new content widget each time, so the scroll area sizes it afresh; the old one goes once its
    // events are done (the page may be rebuilt from inside a signal of one of its lists).
    retire(m_scroll->takeWidget());
    auto *content = new QWidget;
    auto *rows = new QVBoxLayout(content);
    rows->setContentsMargins(0, 0, 8, 0);
    const Worksheet &ws = worksheet();
    // The columns do not move once built (reserved), so a list's buttons may keep its Column.
    const std::vector<Stage> &stages = m_controller->session().stages;
    m_columns.reserve(ws.headings.size() * ws.columns.size() * (perStage() ? stages.size() : 1));
    if (!perStage()) {
        buildLists({}, {}, rows, content);
    } else {
        m_noStages->setVisible(stages.empty());
        if (m_keys)
            m_keys->setVisible(!stages.empty()); // no lists to type into yet
        for (std::size_t i = 0; i < stages.size(); ++i) {
            const QString title = tr("Stage %1: %2").arg(i + 1).arg(qs(stages[i].name));
            auto *stageHeading = new QLabel(title, content);
            stageHeading->setObjectName(QStringLiteral("stageHeading_%1").arg(qs(stages[i].id)));
            stageHeading->setTextFormat(Qt::PlainText);
            QFont bold = stageHeading->font();
            bold.setBold(true);
            bold.setPointSizeF(bold.pointSizeF() * 1.15);
            stageHeading->setFont(bold);
            rows->addSpacing(i == 0 ? 0 : 6);
            rows->addWidget(stageHeading);
            // A stage's headings side by side when their lists fit a laptop's width (ALWAYS / NEVER:
            // four lists), else one under the other.
            QBoxLayout *stageBox = ws.headings.size() * ws.columns.size() <= 4
                                       ? static_cast<QBoxLayout *>(new QHBoxLayout)
                                       : static_cast<QBoxLayout *>(new QVBoxLayout);
            rows->addLayout(stageBox);
            buildLists(stages[i].id, title, stageBox, content);
        }
    }
    rows->addStretch();
    m_scroll->setWidget(content);
}

void ListsPage::buildLists(const std::string &scope, const QString &stage, QBoxLayout *into, QWidget *parent)
{
    const Worksheet &ws = worksheet();
    for (const Heading &h : ws.headings) {
        auto *box = new QGroupBox(qs(h.title), parent);
        box->setObjectName(scope.empty() ? QStringLiteral("heading_%1").arg(qs(h.id))
                                         : QStringLiteral("heading_%1@%2").arg(qs(h.id), qs(scope)));
        auto *boxLayout = new QHBoxLayout(box);
        for (const Heading &col : ws.columns) {
            m_columns.push_back({scope, h.id, col.id});
            const QString subject = tr("%1: %2").arg(qs(h.title), qs(col.title));
            buildColumn(m_columns.back(), boxLayout, box,
                        stage.isEmpty() ? subject : tr("%1, %2").arg(stage, subject));
        }
        into->addWidget(box, 1);
    }
}

void ListsPage::buildColumn(Column &c, QBoxLayout *into, QWidget *parent, const QString &subject)
{
    const Worksheet &ws = worksheet();
    const QString key = columnKey(c.scope, c.heading, c.column);
    const bool editable = !m_controller->isReadOnly();
    auto *column = new QVBoxLayout;
    auto *label = new QLabel(qs(ws.findColumn(c.column)->title), parent);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    column->addWidget(label);
    // Per stage there are many lists on the page: an empty one takes less room.
    c.list = new EntryList(c.scope.empty() ? 5 : 3, parent);
    c.list->setObjectName(QStringLiteral("list_%1").arg(key));
    c.list->setAccessibleName(subject);
    c.list->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    c.list->installEventFilter(this);
    label->setBuddy(c.list);
    column->addWidget(c.list);
    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QToolButton(parent);
        b->setText(text);
        b->setObjectName(name + QLatin1Char('_') + key);
        b->setToolTip(tip);
        b->setAccessibleName(tr("%1 (%2)").arg(tip, subject));
        // The keys do the same in the list, so Tab goes from list to list, not through four buttons each.
        b->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(b);
        return b;
    };
    // Small buttons: two columns of them fit side by side on a laptop.
    QToolButton *add = button(tr("Add"), QStringLiteral("add"), tr("Add an entry (Return)"));
    add->setEnabled(editable);
    c.remove = button(tr("Remove"), QStringLiteral("remove"), tr("Remove the selected entry (Delete)"));
    c.up = button(tr("Up"), QStringLiteral("up"), tr("Move the selected entry up (Ctrl+↑)"));
    c.up->setArrowType(Qt::UpArrow);
    c.down = button(tr("Down"), QStringLiteral("down"), tr("Move the selected entry down (Ctrl+↓)"));
    c.down->setArrowType(Qt::DownArrow);
    buttons->addStretch();
    column->addLayout(buttons);
    column->addStretch(); // the list's title stays on top when its neighbour is taller
    into->addLayout(column, 1);

    // The lambdas find their column by its list each time: a per-stage page rebuilds its columns.
    QListWidget *list = c.list;
    const auto with = [this, list](void (ListsPage::*action)(const Column &)) {
        return [this, list, action] {
            if (const Column *found = columnOf(list))
                (this->*action)(*found);
        };
    };
    connect(add, &QToolButton::clicked, this, with(&ListsPage::add));
    connect(c.remove, &QToolButton::clicked, this, with(&ListsPage::remove));
    connect(c.up, &QToolButton::clicked, this, [this, list] {
        if (const Column *found = columnOf(list))
            move(*found, -1);
    });
    connect(c.down, &QToolButton::clicked, this, [this, list] {
        if (const Column *found = columnOf(list))
            move(*found, +1);
    });
    connect(c.list, &QListWidget::currentRowChanged, this, with(&ListsPage::updateButtons));
    // After an edit ends (committed or not): store the list, which drops an entry left empty. The
    // view connected to the delegate first, so its editor is closed by the time the list is stored.
    connect(c.list->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, with(&ListsPage::store));
}

ListsPage::Column *ListsPage::columnOf(const QObject *list)
{
    const auto it =
        std::find_if(m_columns.begin(), m_columns.end(), [&](const Column &c) { return c.list == list; });
    return it == m_columns.end() ? nullptr : &*it;
}

bool ListsPage::eventFilter(QObject *watched, QEvent *event)
{
    // Keys typed into the list itself; a Return that closes an entry's editor reaches the list too
    // (the editor passes it on), while the list does not have the focus.
    if (event->type() != QEvent::KeyPress || m_controller->isReadOnly())
        return StepPage::eventFilter(watched, event);
    const Column *c = columnOf(watched);
    if (!c || !c->list->hasFocus() || hasOpenEditor(c->list))
        return StepPage::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::NoModifier &&
        (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Insert)) {
        add(*c);
        return true;
    }
    if (mods == Qt::NoModifier && key->key() == Qt::Key_Delete && c->list->currentRow() >= 0) {
        remove(*c);
        return true;
    }
    if (mods == Qt::ControlModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
        move(*c, key->key() == Qt::Key_Up ? -1 : +1);
        return true;
    }
    return StepPage::eventFilter(watched, event);
}

void ListsPage::add(const Column &c)
{
    auto *item = new QListWidgetItem(c.list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    c.list->setCurrentItem(item);
    c.list->setFocus();
    m_scroll->ensureWidgetVisible(c.list);
    c.list->editItem(item);
}

void ListsPage::remove(const Column &c)
{
    delete c.list->currentItem();
    store(c);
}

void ListsPage::store(const Column &c)
{
    std::vector<std::string> entries;
    for (int i = 0; i < c.list->count(); ++i) {
        const std::string text = ss(singleLine(c.list->item(i)->text()));
        if (!text.empty())
            entries.push_back(text);
    }
    // Copied: a refused edit may rebuild the page, and with it the column.
    const Column column = c;
    m_controller->setListEntries(m_worksheetId, column.heading, column.column, entries, column.scope);
    // Unchanged (an empty entry given up) or refused: show what is stored all the same.
    if (const Column *still = columnOf(column.list))
        show(*still);
}

void ListsPage::move(const Column &c, int by)
{
    const int row = c.list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= c.list->count())
        return;
    QListWidgetItem *item = c.list->takeItem(row);
    c.list->insertItem(to, item);
    c.list->setCurrentRow(to);
    store(c);
}

void ListsPage::show(const Column &c)
{
    const std::vector<std::string> entries =
        m_controller->session().listEntries(m_worksheetId, c.heading, c.column, c.scope);
    bool same = static_cast<int>(entries.size()) == c.list->count();
    for (int i = 0; same && i < c.list->count(); ++i)
        same = c.list->item(i)->text() == qs(entries[static_cast<std::size_t>(i)]);
    // An entry being typed is not stored yet: leave that list alone until its editor closes.
    if (!same && !hasOpenEditor(c.list)) {
        const int row = c.list->currentRow();
        c.list->clear();
        for (const std::string &e : entries) {
            auto *item = new QListWidgetItem(qs(e), c.list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        c.list->setCurrentRow(std::min(row, c.list->count() - 1));
    }
    c.list->updateGeometry(); // as tall as its entries
    updateButtons(c);
}

void ListsPage::updateButtons(const Column &c)
{
    const bool editable = !m_controller->isReadOnly();
    const int row = c.list->currentRow();
    c.remove->setEnabled(editable && row >= 0);
    c.up->setEnabled(editable && row > 0);
    c.down->setEnabled(editable && row >= 0 && row + 1 < c.list->count());
}

void ListsPage::refresh()
{
    if (structureKey() != m_structure)
        rebuild();
    for (const Column &c : m_columns)
        show(c);
}

void ListsPage::focusFirstUnanswered()
{
    if (m_noStages && m_noStages->isVisible()) {
        if (auto *go = m_noStages->findChild<QPushButton *>(QStringLiteral("goToStages"));
            go && go->isVisible())
            go->setFocus();
        return;
    }
    for (const Column &c : m_columns) {
        if (c.list->count() == 0) {
            c.list->setFocus();
            m_scroll->ensureWidgetVisible(c.list);
            return;
        }
    }
}

} // namespace cxm::ui
