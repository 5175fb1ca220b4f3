#include "AnonymousRevealWidget.h"

#include "UiText.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>

#include <algorithm>

namespace cxm::ui {

// One horizontal bar, filled in proportion to its share of the participants.
class DistributionBar : public QWidget
{
public:
    DistributionBar(const QColor &color, QWidget *parent)
        : QWidget(parent)
        , m_color(color)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    void setShare(int count, int of)
    {
        m_count = count;
        m_of = of;
        update();
    }

    QSize sizeHint() const override { return {240, fontMetrics().height() + 8}; }
    QSize minimumSizeHint() const override { return {60, fontMetrics().height() + 8}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF track = QRectF(rect()).adjusted(0.5, 2.5, -0.5, -2.5);
        QColor empty = palette().color(QPalette::Mid);
        empty.setAlphaF(0.25);
        p.setPen(Qt::NoPen);
        p.setBrush(empty);
        p.drawRoundedRect(track, 3, 3);
        if (m_of > 0 && m_count > 0) {
            QRectF filled = track;
            filled.setWidth(track.width() * std::min(m_count, m_of) / m_of);
            p.setBrush(m_color);
            p.drawRoundedRect(filled, 3, 3);
        }
    }

private:
    QColor m_color;
    int m_count = 0;
    int m_of = 0;
};

AnonymousRevealWidget::AnonymousRevealWidget(const std::string &itemId, const QStringList &levelNames,
                                             const QStringList &levelKeys, const std::vector<QColor> &colors,
                                             QWidget *parent)
    : QWidget(parent)
    , m_names(levelNames)
{
    setObjectName(QStringLiteral("anonymous_%1").arg(qs(itemId)));
    const QStringList &names = m_names;
    const QStringList &keys = levelKeys;
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    for (int i = 0; i < 3; ++i) {
        const auto at = static_cast<std::size_t>(i);
        auto *name = new QLabel(names.value(i), this);
        name->setObjectName(QStringLiteral("anonymousLevel_%1_%2").arg(qs(itemId), keys.value(i)));
        name->setTextFormat(Qt::PlainText); // the worksheet's words are data
        grid->addWidget(name, i, 0);
        m_bars[at] =
            new DistributionBar(colors.size() > at ? colors[at] : palette().color(QPalette::Highlight), this);
        grid->addWidget(m_bars[at], i, 1);
        m_countLabels[at] = new QLabel(this);
        m_countLabels[at]->setObjectName(
            QStringLiteral("anonymousCount_%1_%2").arg(qs(itemId), keys.value(i)));
        m_countLabels[at]->setTextFormat(Qt::PlainText);
        QFont bold = m_countLabels[at]->font();
        bold.setBold(true);
        m_countLabels[at]->setFont(bold);
        m_countLabels[at]->setMinimumWidth(
            m_countLabels[at]->fontMetrics().horizontalAdvance(QStringLiteral("000")));
        grid->addWidget(m_countLabels[at], i, 2);
    }
    m_answered = new QLabel(this);
    m_answered->setObjectName(QStringLiteral("anonymousAnswered_%1").arg(qs(itemId)));
    grid->addWidget(m_answered, 3, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    setCounts({0, 0, 0}, 0);
}

void AnonymousRevealWidget::setCounts(const std::array<int, 3> &counts, int participants)
{
    m_counts = counts;
    int answered = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        m_bars[i]->setShare(counts[i], participants);
        m_countLabels[i]->setText(QString::number(counts[i]));
        answered += counts[i];
    }
    m_answered->setText(tr("%1 of %2 answered, no names shown").arg(answered).arg(participants));
    QStringList perLevel;
    for (std::size_t i = 0; i < 3; ++i)
        perLevel << tr("%1: %2").arg(m_names.value(static_cast<int>(i))).arg(counts[i]);
    setAccessibleDescription(
        tr("%1; %2 of %3 answered").arg(perLevel.join(tr(", "))).arg(answered).arg(participants));
}

} // namespace cxm::ui
