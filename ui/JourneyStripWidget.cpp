#include "JourneyStripWidget.h"

#include "SessionController.h"
#include "UiText.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <QtMath>

namespace cxm::ui {

JourneyStripWidget::JourneyStripWidget(SessionController *controller, const std::string &worksheetId,
                                       QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_worksheetId(worksheetId)
{
    setObjectName(QStringLiteral("journeyStrip_%1").arg(QString::fromStdString(worksheetId)));
    setAccessibleName(tr("Journey strip: the ratings of every stage"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    refresh();
}

void JourneyStripWidget::refresh()
{
    const Worksheet *w = m_controller->instrument().findWorksheet(m_worksheetId);
    m_strip = w ? report::JourneyStrip::of(m_controller->instrument(), *w, m_controller->session(),
                                           m_controller->score())
                : report::JourneyStrip{};
    fitHeight();
    update();
}

report::Theme JourneyStripWidget::theme() const
{
    report::Theme t = report::Theme::fromPalette(palette());
    t.font = font();
    return t;
}

report::JourneyStripOptions JourneyStripWidget::options() const
{
    report::JourneyStripOptions o;
    o.team = m_controller->isWorkshop();
    o.answersHidden = m_controller->votesHidden();
    return o;
}

report::JourneyStripLayout JourneyStripWidget::stripLayout() const
{
    return report::layoutJourneyStrip(m_strip, QPointF(kMargin, kMargin), width() - 2 * kMargin,
                                      logicalDpiY(), theme(), options());
}

int JourneyStripWidget::heightForWidth(int width) const
{
    return qCeil(
               report::journeyStripHeight(m_strip, width - 2 * kMargin, logicalDpiY(), theme(), options())) +
           2 * kMargin;
}

QSize JourneyStripWidget::sizeHint() const
{
    const int w = width() > 0 ? width() : 800;
    return {w, heightForWidth(w)};
}

QSize JourneyStripWidget::minimumSizeHint() const
{
    return {320, heightForWidth(width() > 0 ? width() : 800)};
}

void JourneyStripWidget::fitHeight()
{
    // The layout asks sizeHint at the old width; a fixed height at the current width keeps the
    // strip whole when the stages' names wrap differently.
    const int h = heightForWidth(width() > 0 ? width() : 800);
    if (height() != h || minimumHeight() != h) {
        setFixedHeight(h);
        updateGeometry();
    }
}

void JourneyStripWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

bool JourneyStripWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    // A long name ends in "…" in its arrow; the tooltip has all of it.
    const QPoint at = static_cast<QHelpEvent *>(event)->pos();
    const report::JourneyStripLayout layout = stripLayout();
    for (std::size_t i = 0; i < layout.stages.size() && i < m_strip.stages.size(); ++i) {
        if (layout.stages[i].header.contains(at)) {
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
                               richTextOf(tr("Stage %1: %2").arg(i + 1).arg(m_strip.stages[i])), this);
            return true;
        }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

void JourneyStripWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const report::Theme t = theme();
    painter.fillRect(rect(), t.background);
    report::paintJourneyStrip(painter, QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin), m_strip,
                              t, options());
}

} // namespace cxm::ui
