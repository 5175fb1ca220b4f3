#include "EntryList.h"

#include <QPainter>
#include <QStyle>
#include <QStyledItemDelegate>

#include <algorithm>

namespace cxm::ui {

namespace {

constexpr int kItemPadding = 6; // above and below an entry's text, the line included

// Paints an entry as usual with a line under it, so entries that wrap still read as separate ones.
class EntryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        painter->save();
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
        painter->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.rheight() += kItemPadding / 2;
        return size;
    }
};

} // namespace

EntryList::EntryList(int minimumLines, QWidget *parent)
    : QListWidget(parent)
    , m_minimumLines(minimumLines)
{
    setItemDelegate(new EntryDelegate(this));
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int EntryList::heightForWidth(int width) const
{
    const QFontMetrics fm = fontMetrics();
    const int frame = 2 * frameWidth();
    // The entries' text wraps narrower than the list: the item's margins, and room the view keeps
    // for a scroll bar. Erring on the narrow side costs a little space, never a hidden line.
    const int margins = 12 + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const QRect room(0, 0, std::max(40, width - frame - margins), 1000000);
    int h = frame + fm.height() + kItemPadding; // the free line
    for (int i = 0; i < count(); ++i)
        h += fm.boundingRect(room, Qt::TextWordWrap, item(i)->text()).height() + kItemPadding;
    return std::clamp(h, frame + fm.height() * m_minimumLines, frame + fm.height() * 9);
}

// Neither hint depends on the width the list has now, which may be a layout pass old: the layout
// asks heightForWidth for the width it gives.
QSize EntryList::sizeHint() const
{
    const int width = QListWidget::sizeHint().width();
    return {width, heightForWidth(width)};
}

QSize EntryList::minimumSizeHint() const
{
    return {120, 2 * frameWidth() + fontMetrics().height() * m_minimumLines};
}

} // namespace cxm::ui
