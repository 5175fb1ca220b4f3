#include "JourneyStripWidget.h"

#include "SessionController.h"
#include "UiText.h"

#include <QHelpEvent>
#include <QPainter>
#include <QScreen>
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
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
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
    const qreal s = scale();
    report::JourneyStripLayout layout = report::layoutJourneyStrip(
        m_strip, QPointF(kMargin, kMargin), width() / s - 2 * kMargin, logicalDpiY(), theme(), options());
    const auto scaled = [s](QRectF &r) { r = QRectF(r.topLeft() * s, r.size() * s); };
    for (auto &stage : layout.stages) {
        scaled(stage.header);
        for (QRectF &cell : stage.cells)
            scaled(cell);
    }
    for (QRectF &caption : layout.captions)
        scaled(caption);
    scaled(layout.legend);
    scaled(layout.message);
    layout.height *= s;
    return layout;
}

int JourneyStripWidget::heightForWidth(int width) const
{
    return qCeil(
               report::journeyStripHeight(m_strip, width - 2 * kMargin, logicalDpiY(), theme(), options())) +
           2 * kMargin;
}

int JourneyStripWidget::fittedHeight(int width) const
{
    // Half the screen at most, so the stages' answers keep the rest (eight stages in projector type
    // on a 1280×720 screen).
    const QScreen *s = screen();
    const int cap = s ? s->availableGeometry().height() / 2 : 400;
    return std::min(heightForWidth(width), cap);
}

qreal JourneyStripWidget::scale() const
{
    const int full = heightForWidth(width());
    return full > height() && full > 0 ? qreal(height()) / full : 1.0;
}

QSize JourneyStripWidget::sizeHint() const
{
    const int w = width() > 0 ? width() : 800;
    return {w, fittedHeight(w)};
}

QSize JourneyStripWidget::minimumSizeHint() const
{
    return {320, fittedHeight(width() > 0 ? width() : 800)};
}

void JourneyStripWidget::fitHeight()
{
    // The layout asks sizeHint at the old width; a fixed height at the current width keeps the strip
    // whole when the stages' names wrap differently.
    const int h = fittedHeight(width() > 0 ? width() : 800);
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
    // Drawn smaller, but whole, when the strip is taller than the height it was given.
    const qreal s = scale();
    painter.scale(s, s);
    const QRectF area(0, 0, width() / s, height() / s);
    report::paintJourneyStrip(painter, area.adjusted(kMargin, kMargin, -kMargin, -kMargin), m_strip, t,
                              options());
}

} // namespace cxm::ui
