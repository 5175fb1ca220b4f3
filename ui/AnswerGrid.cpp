#include "AnswerGrid.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
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
        ChoiceTableView::paintToggle(
            painter, option.palette, option.font, option.rect.adjusted(2, 2, -2, -2),
            index.data(Qt::DisplayRole).toString(), index.data(AnswerGridModel::ChosenRole).toBool(),
            index.data(AnswerGridModel::ColorRole).value<QColor>(), index.flags() & Qt::ItemIsEnabled,
            option.state & QStyle::State_HasFocus);
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
    : ChoiceTableView(model->labels(), parent)
    , m_model(model)
{
    setModel(model);
    model->setParent(this);
    setAccessibleName(subject);
    setItemDelegate(new ChoiceDelegate(this));
    // Long names are elided in a column of bounded width; the full name is in the tooltip.
    const int nameWidth =
        std::min(240, std::max(120, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14));
    setColumnWidth(0, nameWidth);
    for (int c = 1; c < model->columnCount(); ++c)
        setColumnWidth(c, std::max(38, fontMetrics().horizontalAdvance(QStringLiteral("MM")) + 16));
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

int AnswerGridView::stopCount() const
{
    return m_model->rowCount();
}

ChoiceTableView::Stop AnswerGridView::stop(int index) const
{
    const AnswerGridModel::Row &r = m_model->row(index);
    return {r.participant, r.value, r.enabled};
}

int AnswerGridView::stopOf(const QModelIndex &index) const
{
    return index.column() >= 1 ? index.row() : -1;
}

QModelIndex AnswerGridView::cellOf(int stop) const
{
    return m_model->index(stop, currentChoiceColumn(stop));
}

int AnswerGridView::choiceAt(const QModelIndex &index, const QPoint &) const
{
    return index.column() - 1;
}

int AnswerGridView::currentChoiceColumn(int row) const
{
    const int value = m_model->row(row).value;
    const int current = currentIndex().row() == row ? currentIndex().column() : 0;
    if (current >= 1)
        return current;
    return value >= 0 ? value + 1 : 1;
}

bool AnswerGridView::navigate(QKeyEvent *event, int row)
{
    const int column = currentChoiceColumn(row);
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        moveOn(row, event->key() == Qt::Key_Down ? 1 : -1);
        return true;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int to = column + (event->key() == Qt::Key_Right ? 1 : -1);
        if (to >= 1 && to < m_model->columnCount())
            setCurrentIndex(m_model->index(row, to));
        return true;
    }
    case Qt::Key_Space:
        pick(row, column - 1);
        return true;
    default:
        return false;
    }
}

} // namespace cxm::ui
