#include "RoadmapWidget.h"

#include "Roadmap.h"
#include "RoadmapPainter.h"
#include "SessionController.h"

#include <QPainter>

#include <cmath>

namespace cxm::ui {

namespace {

report::Roadmap roadmapOf(const SessionController &c)
{
    return report::Roadmap::of(c.instrument(), c.session(),
                               [](const std::string &text) { return QString::fromStdString(text); });
}

} // namespace

RoadmapWidget::RoadmapWidget(SessionController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("roadmap"));
    setAccessibleName(tr("Roadmap of the plan by quarter"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int RoadmapWidget::heightForWidth(int width) const
{
    const auto theme = report::Theme::fromPalette(palette());
    return static_cast<int>(
        std::ceil(report::roadmapHeight(roadmapOf(*m_controller), width, logicalDpiY(), theme)));
}

QSize RoadmapWidget::sizeHint() const
{
    return {600, heightForWidth(600)};
}

void RoadmapWidget::refresh()
{
    updateGeometry();
    update();
}

void RoadmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto theme = report::Theme::fromPalette(palette());
    report::paintRoadmap(painter, QRectF(rect()), roadmapOf(*m_controller), theme);
}

} // namespace cxm::ui
