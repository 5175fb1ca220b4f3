#include "ChoiceTableView.h"

#include "AnswerNavigator.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QScrollArea>

namespace cxm::ui {

ChoiceTableView::ChoiceTableView(QStringList keys, QWidget *parent)
    : QTableView(parent)
    , m_keys(std::move(keys))
{
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
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    horizontalHeader()->setMinimumSectionSize(10);

    auto *clear = new QAction(tr("Clear answer"), this);
    clear->setObjectName(QStringLiteral("clearAnswer"));
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, this, [this] {
        const int s = currentIndex().isValid() ? stopOf(currentIndex()) : -1;
        if (s < 0)
            return;
        const Stop answer = stop(s);
        if (answer.enabled && answer.value >= 0)
            emit chosen(answer.participant, -1);
    });
    addAction(clear);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void ChoiceTableView::paintToggle(QPainter *painter, const QPalette &pal, const QFont &font,
                                  const QRect &rect, const QString &label, bool chosen, const QColor &color,
                                  bool enabled, bool focused)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = chosen ? color : pal.color(QPalette::Button);
    if (!enabled)
        fill = fill.lighter(115);
    painter->setBrush(fill);
    painter->setPen(QPen(chosen ? QColor(0x55, 0x55, 0x55) : pal.color(QPalette::Mid), 1));
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    if (focused) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter->drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 3, 3);
    }
    QFont f = font;
    f.setBold(chosen);
    painter->setFont(f);
    // A chosen letter is white on the dark level, black on the light ones.
    painter->setPen(chosen
                        ? (qGray(fill.rgb()) < 110 ? QColor(Qt::white) : QColor(Qt::black))
                        : pal.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText));
    painter->drawText(rect, Qt::AlignCenter, label);
    painter->restore();
}

std::string ChoiceTableView::currentParticipant() const
{
    const int s = currentIndex().isValid() ? stopOf(currentIndex()) : -1;
    return s >= 0 ? stop(s).participant : std::string();
}

int ChoiceTableView::stopOfParticipant(const std::string &participant) const
{
    for (int i = 0; i < stopCount(); ++i)
        if (stop(i).participant == participant)
            return i;
    return -1;
}

bool ChoiceTableView::focusStop(int s)
{
    if (s < 0 || s >= stopCount() || !stop(s).enabled)
        return false;
    m_atEnd = false;
    setFocus(Qt::OtherFocusReason);
    setCurrentIndex(cellOf(s));
    // The table is as tall as its rows, inside the page's scroll area: bring the cell into view there.
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

bool ChoiceTableView::enter(bool fromEnd)
{
    const int n = stopCount();
    for (int i = 0; i < n; ++i)
        if (focusStop(fromEnd ? n - 1 - i : i))
            return true;
    return false;
}

bool ChoiceTableView::enterFirstUnanswered()
{
    for (int i = 0; i < stopCount(); ++i) {
        const Stop s = stop(i);
        if (s.enabled && s.value < 0)
            return focusStop(i);
    }
    return false;
}

bool ChoiceTableView::enterParticipant(const std::string &participant)
{
    return focusStop(stopOfParticipant(participant));
}

bool ChoiceTableView::moveOn(int from, int direction)
{
    for (int s = from + direction; s >= 0 && s < stopCount(); s += direction)
        if (focusStop(s))
            return true;
    return m_navigator && m_navigator->moveFrom(this, direction);
}

void ChoiceTableView::pick(int s, int value, After after)
{
    if (s < 0 || s >= stopCount())
        return;
    const Stop answer = stop(s);
    if (!answer.enabled)
        return;
    QPointer<ChoiceTableView> self(this);
    if (answer.value != value)
        emit chosen(answer.participant, value);
    if (!self)
        return;
    // The model may have been refilled: find the person again.
    const int at = stopOfParticipant(answer.participant);
    if (after == After::Stay) {
        m_atEnd = false;
        if (at >= 0 && currentIndex() != cellOf(at))
            setCurrentIndex(cellOf(at));
        return;
    }
    // Straight on to the next person; after the last one the keys stay, and wait to be moved.
    if (!moveOn(at, 1)) {
        m_atEnd = true;
        AnswerNavigator::sayEndOfPage(this);
    }
}

int ChoiceTableView::choiceOfKey(const QString &text) const
{
    if (text.size() != 1 || !text.at(0).isLetter())
        return -1;
    for (int i = 0; i < m_keys.size(); ++i)
        if (m_keys.at(i).startsWith(text, Qt::CaseInsensitive))
            return i;
    return -1;
}

void ChoiceTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    // Coming back by Tab or a click is a deliberate move: the keys act here again.
    if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason ||
        event->reason() == Qt::MouseFocusReason)
        m_atEnd = false;
    if (!currentIndex().isValid() && event->reason() != Qt::MouseFocusReason)
        enter(event->reason() == Qt::BacktabFocusReason);
}

void ChoiceTableView::keyPressEvent(QKeyEvent *event)
{
    const int s = currentIndex().isValid() ? stopOf(currentIndex()) : -1;
    if (s < 0 || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        QTableView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace: {
        const Stop answer = stop(s);
        if (answer.enabled && answer.value >= 0)
            emit chosen(answer.participant, -1);
        return;
    }
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        event->ignore(); // Tab leaves the table (to the consensus box, for instance)
        return;
    default:
        break;
    }
    const int choice = choiceOfKey(event->text());
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        m_atEnd = false; // the person moves the keys themselves: they act where the frame is
        break;
    default:
        break;
    }
    if (m_atEnd && (choice >= 0 || event->key() == Qt::Key_Space)) {
        // One key too many at the end of the page: the last answer stays as it is.
        AnswerNavigator::sayEndOfPage(this);
        return;
    }
    if (navigate(event, s))
        return;
    if (choice >= 0) {
        pick(s, choice);
        return;
    }
    QTableView::keyPressEvent(event);
}

void ChoiceTableView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && stopOf(index) >= 0 && (index.flags() & Qt::ItemIsEnabled)) {
        m_atEnd = false;
        setFocus(Qt::MouseFocusReason);
        setCurrentIndex(index);
        return;
    }
    QTableView::mousePressEvent(event);
}

void ChoiceTableView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    if (event->button() == Qt::LeftButton && index.isValid() && (index.flags() & Qt::ItemIsEnabled)) {
        const int s = stopOf(index);
        const int choice = s >= 0 ? choiceAt(index, pos) : -1;
        if (choice >= 0) {
            pick(s, choice, After::Stay); // the keys stay on what was clicked: Delete clears it
            return;
        }
    }
    QTableView::mouseReleaseEvent(event);
}

} // namespace cxm::ui
