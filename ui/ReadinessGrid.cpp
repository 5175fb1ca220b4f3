#include "ReadinessGrid.h"

#include "AnswerNavigator.h"
#include "UiText.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QStyledItemDelegate>

#include <algorithm>

namespace cxm::ui {

QRect readinessToggleRect(const QRect &cell, int choice, int choices)
{
    constexpr int gap = 3;
    constexpr int widest = 40;
    const int width = std::clamp((cell.width() - 8 - gap * (choices - 1)) / std::max(1, choices), 1, widest);
    const int all = width * choices + gap * (choices - 1);
    const int left = cell.left() + (cell.width() - all) / 2;
    return {left + choice * (width + gap), cell.top() + 2, width, cell.height() - 4};
}

namespace {

// Paints a participant's cell as their Y and N toggles side by side; the keys' frame goes around both.
class ReadinessDelegate : public QStyledItemDelegate
{
public:
    ReadinessDelegate(ReadinessGridModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int value = index.data(ReadinessGridModel::ValueRole).toInt();
        const bool enabled = index.flags() & Qt::ItemIsEnabled;
        const int choices = static_cast<int>(m_model->labels().size());
        QRect both;
        for (int c = 0; c < choices; ++c) {
            const QRect r = readinessToggleRect(option.rect, c, choices);
            both = both.united(r);
            ChoiceTableView::paintToggle(painter, option.palette, option.font, r, m_model->labels().at(c),
                                         value == c, m_model->color(c), enabled, false);
        }
        if (option.state & QStyle::State_HasFocus) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
            painter->drawRoundedRect(QRectF(both).adjusted(-1, -1, 1, 1), 4, 4);
            painter->restore();
        }
    }

private:
    ReadinessGridModel *m_model;
};

} // namespace

ReadinessGridModel::ReadinessGridModel(QStringList labels, QStringList names, std::vector<QColor> colors,
                                       std::vector<std::string> questions,
                                       std::vector<Participant> participants, QObject *parent)
    : QAbstractTableModel(parent)
    , m_labels(std::move(labels))
    , m_names(std::move(names))
    , m_colors(std::move(colors))
    , m_questions(std::move(questions))
    , m_participants(std::move(participants))
    , m_values(m_questions.size() * m_participants.size(), -1)
    , m_enabled(m_participants.size(), false)
    , m_absent(m_participants.size(), false)
{}

void ReadinessGridModel::setAnswers(const std::vector<std::vector<int>> &values,
                                    const std::vector<bool> &absent, bool writable)
{
    const int people = columnCount();
    for (int q = 0; q < rowCount(); ++q) {
        int first = -1;
        int last = -1;
        for (int p = 0; p < people; ++p) {
            int &cell = m_values[static_cast<std::size_t>(q * people + p)];
            const int v = values.at(static_cast<std::size_t>(q)).at(static_cast<std::size_t>(p));
            if (cell == v)
                continue;
            cell = v;
            if (first < 0)
                first = p;
            last = p;
        }
        if (first >= 0)
            emit dataChanged(index(q, first), index(q, last));
    }
    int first = -1;
    int last = -1;
    for (int p = 0; p < people; ++p) {
        const auto i = static_cast<std::size_t>(p);
        const bool enabled = writable && !absent.at(i);
        if (m_enabled[i] == enabled && m_absent[i] == absent.at(i))
            continue;
        m_enabled[i] = enabled;
        m_absent[i] = absent.at(i);
        if (first < 0)
            first = p;
        last = p;
    }
    if (first >= 0) {
        emit headerDataChanged(Qt::Horizontal, first, last);
        if (rowCount() > 0)
            emit dataChanged(index(0, first), index(rowCount() - 1, last));
    }
}

int ReadinessGridModel::value(int question, int participant) const
{
    return m_values.at(static_cast<std::size_t>(question * columnCount() + participant));
}

const std::string &ReadinessGridModel::participantId(int column) const
{
    return m_participants.at(static_cast<std::size_t>(column)).id;
}

QColor ReadinessGridModel::color(int choice) const
{
    return choice >= 0 && static_cast<std::size_t>(choice) < m_colors.size()
               ? m_colors[static_cast<std::size_t>(choice)]
               : QColor();
}

int ReadinessGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_questions.size());
}

int ReadinessGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_participants.size());
}

QVariant ReadinessGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int v = value(index.row(), index.column());
    const QString &name = m_participants[static_cast<std::size_t>(index.column())].name;
    const QString answer = v >= 0 && v < m_names.size() ? m_names.at(v) : tr("no answer");
    switch (role) {
    case Qt::DisplayRole:
        return v >= 0 && v < m_labels.size() ? m_labels.at(v) : QString();
    case Qt::ToolTipRole:
        return richTextOf(tr("%1: %2").arg(name, answer));
    case Qt::AccessibleTextRole:
        return tr("%1, question %2: %3").arg(name).arg(index.row() + 1).arg(answer);
    case ValueRole:
        return v;
    default:
        return {};
    }
}

QVariant ReadinessGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole && section >= 0 && section < rowCount() ? QVariant(section + 1)
                                                                               : QVariant();
    if (section < 0 || section >= columnCount())
        return {};
    const auto i = static_cast<std::size_t>(section);
    const QString &name = m_participants[i].name;
    switch (role) {
    case Qt::DisplayRole:
        return name;
    case Qt::ToolTipRole:
        return richTextOf(m_absent[i] ? tr("%1 (absent)").arg(name) : name);
    case Qt::ForegroundRole:
        if (m_absent[i])
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::WindowText);
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags ReadinessGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !m_enabled.at(static_cast<std::size_t>(index.column())))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

ReadinessNameHeader::ReadinessNameHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setSectionResizeMode(QHeaderView::Fixed);
    setSectionsClickable(false);
    setHighlightSections(false);
    setMinimumSectionSize(10);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // On the page's own background, like the question text beside it.
    setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
}

QString ReadinessNameHeader::shownName(int section) const
{
    if (!model())
        return {};
    const QString name = model()->headerData(section, orientation(), Qt::DisplayRole).toString();
    return fontMetrics().elidedText(name, Qt::ElideRight, std::max(0, sectionSize(section) - 10));
}

QSize ReadinessNameHeader::sizeHint() const
{
    return {QHeaderView::sizeHint().width(), fontMetrics().height() + 8};
}

QSize ReadinessNameHeader::minimumSizeHint() const
{
    // One line of names: not a scroll area's minimum, which would leave a gap above the rows.
    return {0, sizeHint().height()};
}

void ReadinessNameHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    const QVariant foreground = model()->headerData(logicalIndex, orientation(), Qt::ForegroundRole);
    painter->save();
    painter->setFont(font());
    painter->setPen(foreground.isValid() ? foreground.value<QBrush>().color()
                                         : palette().color(QPalette::WindowText));
    painter->drawText(rect.adjusted(5, 0, -5, -3), Qt::AlignHCenter | Qt::AlignBottom,
                      shownName(logicalIndex));
    painter->restore();
}

ReadinessGridView::ReadinessGridView(ReadinessGridModel *model, int question, const QString &subject,
                                     QWidget *parent)
    : ChoiceTableView(model->labels(), parent)
    , m_model(model)
    , m_question(question)
{
    setModel(model);
    setAccessibleName(subject);
    setItemDelegate(new ReadinessDelegate(model, this));
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    for (int q = 0; q < model->rowCount(); ++q)
        setRowHidden(q, q != question);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(verticalHeader()->defaultSectionSize());
}

QSize ReadinessGridView::sizeHint() const
{
    return {horizontalHeader()->length(), verticalHeader()->defaultSectionSize()};
}

QSize ReadinessGridView::minimumSizeHint() const
{
    return {0, verticalHeader()->defaultSectionSize()};
}

QPoint ReadinessGridView::toggleCenter(int participant, int choice) const
{
    const QRect cell = visualRect(m_model->index(m_question, participant));
    return readinessToggleRect(cell, choice, static_cast<int>(m_model->labels().size())).center();
}

int ReadinessGridView::stopCount() const
{
    return m_model->columnCount();
}

ChoiceTableView::Stop ReadinessGridView::stop(int index) const
{
    return {m_model->participantId(index), m_model->value(m_question, index), m_model->isEnabled(index)};
}

int ReadinessGridView::stopOf(const QModelIndex &index) const
{
    return index.row() == m_question ? index.column() : -1;
}

QModelIndex ReadinessGridView::cellOf(int stop) const
{
    return m_model->index(m_question, stop);
}

int ReadinessGridView::choiceAt(const QModelIndex &index, const QPoint &pos) const
{
    // The half of the cell the click is in, so a click beside a toggle still picks it.
    return pos.x() < visualRect(index).center().x() ? 0 : 1;
}

bool ReadinessGridView::navigate(QKeyEvent *event, int s)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        moveOn(s, event->key() == Qt::Key_Right ? 1 : -1);
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (navigator())
            navigator()->moveToParticipant(this, event->key() == Qt::Key_Down ? 1 : -1,
                                           m_model->participantId(s));
        return true;
    case Qt::Key_Space:
        moveOn(s, 1); // keeps the answer (or none) and goes on to the next person
        return true;
    default:
        return false;
    }
}

} // namespace cxm::ui
