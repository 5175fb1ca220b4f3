#include "ListsPage.h"

#include "Instrument.h"
#include "SessionController.h"
#include "UiText.h"

#include <QAbstractItemDelegate>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace cxm::ui {

namespace {

QString columnKey(const std::string &heading, const std::string &column)
{
    return qs(heading) + QLatin1Char('_') + qs(column);
}

// Whether an entry of the list is being typed: its editor is a visible child of the viewport (a
// closed editor is hidden at once and deleted later).
bool hasOpenEditor(const QListWidget *list)
{
    const auto children = list->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    return std::any_of(children.begin(), children.end(), [](const QWidget *w) { return w->isVisible(); });
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
    auto *heading = new QLabel(qs(ws.title), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    if (!ws.introduction.empty()) {
        auto *intro = new QLabel(qs(ws.introduction), this);
        intro->setWordWrap(true);
        intro->setTextFormat(Qt::PlainText);
        layout->addWidget(intro);
    }
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("listsRows"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll, 1);
    auto *content = new QWidget;
    auto *rows = new QVBoxLayout(content);
    // The columns are built once: the worksheet fixes them, and the entries only change their text.
    m_columns.reserve(ws.headings.size() * ws.columns.size());
    for (const Heading &h : ws.headings) {
        auto *box = new QGroupBox(qs(h.title), content);
        box->setObjectName(QStringLiteral("heading_%1").arg(qs(h.id)));
        auto *boxLayout = new QHBoxLayout(box);
        for (const Heading &col : ws.columns) {
            m_columns.push_back({h.id, col.id});
            buildColumn(m_columns.back(), boxLayout, box);
        }
        rows->addWidget(box);
    }
    rows->addStretch();
    m_scroll->setWidget(content);
}

const Worksheet &ListsPage::worksheet() const
{
    return *m_controller->instrument().findWorksheet(m_worksheetId);
}

void ListsPage::buildColumn(Column &c, QBoxLayout *into, QWidget *parent)
{
    const Worksheet &ws = worksheet();
    const QString key = columnKey(c.heading, c.column);
    QString title;
    for (const Heading &col : ws.columns)
        if (col.id == c.column)
            title = qs(col.title);
    QString headingTitle;
    for (const Heading &h : ws.headings)
        if (h.id == c.heading)
            headingTitle = qs(h.title);
    const bool editable = !m_controller->isReadOnly();
    auto *column = new QVBoxLayout;
    auto *label = new QLabel(title, parent);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    column->addWidget(label);
    c.list = new QListWidget(parent);
    c.list->setObjectName(QStringLiteral("list_%1").arg(key));
    c.list->setAccessibleName(tr("%1: %2").arg(headingTitle, title));
    c.list->setWordWrap(true);
    c.list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    c.list->setMinimumWidth(120);
    c.list->setMinimumHeight(c.list->fontMetrics().height() * 5);
    c.list->setMaximumHeight(c.list->fontMetrics().height() * 9);
    c.list->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    column->addWidget(c.list);
    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QToolButton(parent);
        b->setText(text);
        b->setObjectName(name + QLatin1Char('_') + key);
        b->setToolTip(tip);
        b->setAccessibleName(tr("%1 (%2: %3)").arg(tip, headingTitle, title));
        buttons->addWidget(b);
        return b;
    };
    // Small buttons: two columns of them fit side by side on a laptop.
    QToolButton *add = button(tr("Add"), QStringLiteral("add"), tr("Add an entry"));
    add->setEnabled(editable);
    c.remove = button(tr("Remove"), QStringLiteral("remove"), tr("Remove the selected entry"));
    c.up = button(tr("Up"), QStringLiteral("up"), tr("Move the selected entry up"));
    c.up->setArrowType(Qt::UpArrow);
    c.down = button(tr("Down"), QStringLiteral("down"), tr("Move the selected entry down"));
    c.down->setArrowType(Qt::DownArrow);
    buttons->addStretch();
    column->addLayout(buttons);
    into->addLayout(column, 1);

    // Columns do not move (m_columns is reserved), so the lambdas may keep a pointer to this one.
    const Column *self = &c;
    connect(add, &QToolButton::clicked, this, [self] {
        auto *item = new QListWidgetItem(self->list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        self->list->setCurrentItem(item);
        self->list->setFocus();
        self->list->editItem(item);
    });
    connect(c.remove, &QToolButton::clicked, this, [this, self] {
        delete self->list->currentItem();
        store(*self);
    });
    connect(c.up, &QToolButton::clicked, this, [this, self] { move(*self, -1); });
    connect(c.down, &QToolButton::clicked, this, [this, self] { move(*self, +1); });
    connect(c.list, &QListWidget::currentRowChanged, this, [this, self] { updateButtons(*self); });
    // After an edit ends (committed or not): store the list, which drops an entry left empty. The
    // view connected to the delegate first, so its editor is closed by the time the list is stored.
    connect(c.list->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this, self] { store(*self); });
}

void ListsPage::store(const Column &c)
{
    std::vector<std::string> entries;
    for (int i = 0; i < c.list->count(); ++i) {
        const std::string text = ss(singleLine(c.list->item(i)->text()));
        if (!text.empty())
            entries.push_back(text);
    }
    m_controller->setListEntries(m_worksheetId, c.heading, c.column, entries);
    // Unchanged (an empty entry given up) or refused: show what is stored all the same.
    show(c);
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
        m_controller->session().listEntries(m_worksheetId, c.heading, c.column);
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
    for (const Column &c : m_columns)
        show(c);
}

void ListsPage::focusFirstUnanswered()
{
    for (const Column &c : m_columns) {
        if (c.list->count() == 0) {
            c.list->setFocus();
            m_scroll->ensureWidgetVisible(c.list);
            return;
        }
    }
}

} // namespace cxm::ui
