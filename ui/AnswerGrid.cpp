#include "AnswerGrid.h"

#include "AnswerNavigator.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QScrollArea>
#include <QStyledItemDelegate>

namespace cxm::ui {

namespace {

// Paints a choice cell as a toggle button: the level's colour and letter when chosen, an outline
// with the letter when not, so it reads the same in greyscale.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() == 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const bool chosen = index.data(AnswerGridModel::ChosenRole).toBool();
        const bool enabled = index.flags() & Qt::ItemIsEnabled;
        const QPalette &pal = option.palette;
        const QRect r = option.rect.adjusted(2, 2, -2, -2);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill =
            chosen ? index.data(AnswerGridModel::ColorRole).value<QColor>() : pal.color(QPalette::Button);
        if (!enabled)
            fill = fill.lighter(115);
        painter->setBrush(fill);
        painter->setPen(QPen(chosen ? QColor(0x55, 0x55, 0x55) : pal.color(QPalette::Mid), 1));
        painter->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        if (option.state & QStyle::State_HasFocus) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(pal.color(QPalette::Highlight), 2));
            painter->drawRoundedRect(QRectF(r).adjusted(1, 1, -1, -1), 3, 3);
        }
        QFont f = option.font;
        f.setBold(chosen);
        painter->setFont(f);
        painter->setPen(
            chosen ? QColor(Qt::black)
                   : pal.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText));
        painter->drawText(r, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
        painter->restore();
    }
};

} // namespace

AnswerGridModel::AnswerGridModel(QStringList labels, QStringList names, std::vector<QColor> colors,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_labels(std::move(labels))
    , m_names(std::move(names))
    , m_colors(std::move(colors))
{}

void AnswerGridModel::setRows(std::vector<Row> rows)
{
    bool sameShape = rows.size() == m_rows.size();
    for (std::size_t i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows[i].participant == m_rows[i].participant;
    if (!sameShape) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] == m_rows[i])
            continue;
        m_rows[i] = std::move(rows[i]);
        const int r = static_cast<int>(i);
        emit dataChanged(index(r, 0), index(r, columnCount() - 1));
    }
}

int AnswerGridModel::rowOf(const std::string &participant) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].participant == participant)
            return static_cast<int>(i);
    return -1;
}

int AnswerGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AnswerGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + static_cast<int>(m_labels.size());
}

QVariant AnswerGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = row(index.row());
    const int choice = index.column() - 1;
    if (choice < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return r.name;
        case Qt::ToolTipRole:
            // Qt guesses rich text for tooltips: escaped inside a paragraph, a name is always literal.
            return QStringLiteral("<p>") + r.name.toHtmlEscaped() + QStringLiteral("</p>");
        default:
            return {};
        }
    }
    if (choice >= m_labels.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_labels.at(choice);
    case Qt::ToolTipRole:
        return m_names.at(choice);
    case Qt::AccessibleTextRole:
        return tr("%1: %2%3").arg(r.name, m_names.at(choice), r.value == choice ? tr(", chosen") : QString());
    case ChosenRole:
        return r.value == choice;
    case ColorRole:
        return static_cast<std::size_t>(choice) < m_colors.size() ? m_colors[static_cast<std::size_t>(choice)]
                                                                  : QColor();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

Qt::ItemFlags AnswerGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == 0)
        return row(index.row()).enabled ? Qt::ItemIsEnabled : Qt::NoItemFlags;
    return row(index.row()).enabled ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

AnswerGridView::AnswerGridView(AnswerGridModel *model, const QString &subject, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setModel(model);
    model->setParent(this);
    setAccessibleName(subject);
    setItemDelegate(new ChoiceDelegate(this));
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setShowGrid(false);
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setFocusPolicy(Qt::StrongFocus);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
    const int rowHeight = fontMetrics().height() + 12;
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(rowHeight);
    horizontalHeader()->setMinimumSectionSize(10);
    // Long names are elided in a column of bounded width; the full name is in the tooltip.
    const int nameWidth =
        std::min(240, std::max(120, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14));
    setColumnWidth(0, nameWidth);
    for (int c = 1; c < model->columnCount(); ++c)
        setColumnWidth(c, std::max(38, fontMetrics().horizontalAdvance(QStringLiteral("MM")) + 16));

    auto *clear = new QAction(tr("Clear answer"), this);
    clear->setObjectName(QStringLiteral("clearAnswer"));
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, this, [this] {
        const int r = currentIndex().row();
        if (r >= 0 && m_model->row(r).enabled && m_model->row(r).value >= 0)
            emit chosen(m_model->row(r).participant, -1);
    });
    addAction(clear);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(model, &QAbstractItemModel::modelReset, this, &AnswerGridView::fitRows);
    fitRows();
}

void AnswerGridView::fitRows()
{
    int width = 0;
    for (int c = 0; c < m_model->columnCount(); ++c)
        width += columnWidth(c);
    setFixedSize(width + 2, std::max(1, m_model->rowCount()) * verticalHeader()->defaultSectionSize() + 2);
}

int AnswerGridView::currentChoiceColumn(int row) const
{
    const int value = m_model->row(row).value;
    const int current = currentIndex().row() == row ? currentIndex().column() : 0;
    if (current >= 1)
        return current;
    return value >= 0 ? value + 1 : 1;
}

bool AnswerGridView::focusRow(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_model->row(row).enabled)
        return false;
    setFocus(Qt::OtherFocusReason);
    setCurrentIndex(m_model->index(row, currentChoiceColumn(row)));
    // The grid is as tall as its rows, inside the page's scroll area: bring the row into view there.
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            if (area->widget()) {
                const QRect cell = visualRect(currentIndex());
                const QPoint at = viewport()->mapTo(area->widget(), cell.center());
                area->ensureVisible(at.x(), at.y(), 0, cell.height());
            }
            break;
        }
    }
    return true;
}

bool AnswerGridView::enter(bool fromEnd)
{
    const int n = m_model->rowCount();
    for (int i = 0; i < n; ++i)
        if (focusRow(fromEnd ? n - 1 - i : i))
            return true;
    return false;
}

bool AnswerGridView::enterFirstUnanswered()
{
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->row(i).enabled && m_model->row(i).value < 0)
            return focusRow(i);
    return false;
}

void AnswerGridView::moveOn(int row, int direction)
{
    for (int r = row + direction; r >= 0 && r < m_model->rowCount(); r += direction)
        if (focusRow(r))
            return;
    if (m_navigator)
        m_navigator->moveFrom(this, direction);
}

void AnswerGridView::pick(int row, int value)
{
    if (row < 0 || row >= m_model->rowCount() || !m_model->row(row).enabled)
        return;
    QPointer<AnswerGridView> self(this);
    const std::string participant = m_model->row(row).participant;
    if (m_model->row(row).value != value)
        emit chosen(participant, value);
    if (!self)
        return;
    // The model may have been refilled: find the person again, then straight on to the next one.
    moveOn(m_model->rowOf(participant), 1);
}

void AnswerGridView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    if (!currentIndex().isValid() && event->reason() != Qt::MouseFocusReason)
        enter(event->reason() == Qt::BacktabFocusReason);
}

void AnswerGridView::keyPressEvent(QKeyEvent *event)
{
    const int row = currentIndex().row();
    if (row < 0 || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        QTableView::keyPressEvent(event);
        return;
    }
    const int column = currentChoiceColumn(row);
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        moveOn(row, event->key() == Qt::Key_Down ? 1 : -1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int to = column + (event->key() == Qt::Key_Right ? 1 : -1);
        if (to >= 1 && to < m_model->columnCount())
            setCurrentIndex(m_model->index(row, to));
        return;
    }
    case Qt::Key_Space:
        pick(row, column - 1);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_model->row(row).enabled && m_model->row(row).value >= 0)
            emit chosen(m_model->row(row).participant, -1);
        return;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        event->ignore(); // Tab leaves the grid (to the consensus box, for instance)
        return;
    default:
        break;
    }
    const QString text = event->text();
    if (text.size() == 1) {
        const QStringList &names = m_model->choiceNames();
        for (int i = 0; i < names.size(); ++i) {
            if (names.at(i).startsWith(text, Qt::CaseInsensitive)) {
                pick(row, i);
                return;
            }
        }
    }
    QTableView::keyPressEvent(event);
}

void AnswerGridView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && index.column() >= 1 && (index.flags() & Qt::ItemIsEnabled)) {
        setFocus(Qt::MouseFocusReason);
        setCurrentIndex(index);
        return;
    }
    QTableView::mousePressEvent(event);
}

void AnswerGridView::mouseReleaseEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index.isValid() && index.column() >= 1 &&
        (index.flags() & Qt::ItemIsEnabled)) {
        pick(index.row(), index.column() - 1); // a click moves on like a key
        return;
    }
    QTableView::mouseReleaseEvent(event);
}

} // namespace cxm::ui
