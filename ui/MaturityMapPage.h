// The Maturity Map step: the milestone path, the radar and the heat map, painted by the same report
// code as the PDF, with the Power Core, the readiness mandate, what the next milestone asks of leaders
// and employees, and (after private voting is revealed) the items in discussion order.
#pragma once

#include "StepPage.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QScrollArea;

namespace cxm::ui {

class SessionController;

// Paints the three maturity map drawings with Theme::fromPalette(palette()).
class MaturityMapView : public QWidget
{
    Q_OBJECT

public:
    explicit MaturityMapView(SessionController *controller, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {720, 620}; }
    QSize minimumSizeHint() const override { return {360, 320}; }
    void setFontScale(qreal scale);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Below this width the three drawings stack (path, radar, heat map) and the step scrolls down, so
    // their words keep the window's type size instead of shrinking to fit side by side (1366 wide).
    static constexpr int kStackBelow = 900;
    static constexpr qreal kGap = 12;
    struct Heights
    {
        qreal path;
        qreal radar;
        qreal heat;
    };
    static Heights stackedHeights(qreal width);
    bool isStacked() const;

    SessionController *m_controller;
    qreal m_fontScale = 1;
};

class MaturityMapPage : public StepPage
{
    Q_OBJECT

public:
    explicit MaturityMapPage(SessionController *controller, QWidget *parent = nullptr);
    void refresh() override;
    MaturityMapView *view() const { return m_view; }

signals:
    // The user picked an item in the discussion order (to discuss it on its competency step).
    void discussItem(const QString &itemId);

private:
    SessionController *m_controller;
    QScrollArea *m_mapScroll;
    MaturityMapView *m_view;
    QLabel *m_hidden;
    QLabel *m_summary;
    QLabel *m_discussionHeading;
    QListWidget *m_discussion;
};

} // namespace cxm::ui
