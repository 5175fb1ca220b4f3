// The roadmap in the window: the report's RoadmapPainter on the Action Plan step, as tall as the
// roadmap is at its width, redrawn from the session whenever the plan changes.
#pragma once

#include <QWidget>

namespace cxm::ui {

class SessionController;

class RoadmapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RoadmapWidget(SessionController *controller, QWidget *parent = nullptr);
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    // Re-reads the plan (after an edit).
    void refresh();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SessionController *m_controller;
};

} // namespace cxm::ui
