// The journey strip on the reliability step: the stages across and, for each, the distribution of the
// ratings, the team's agreed answer and any disagreement, painted by the report's JourneyStripPainter
// so the window and the PDF show the same picture. As tall as the strip needs at its width, but never
// more than half the screen: on a small screen in large type it is drawn smaller, whole, and the
// answers below keep their room.
#pragma once

#include "JourneyStripPainter.h"

#include <QWidget>

#include <string>

namespace cxm::ui {

class SessionController;

class JourneyStripWidget : public QWidget
{
    Q_OBJECT

public:
    JourneyStripWidget(SessionController *controller, const std::string &worksheetId,
                       QWidget *parent = nullptr);
    // Re-reads the session's stages and score (the page calls it after every change).
    void refresh();
    const report::JourneyStrip &strip() const { return m_strip; }
    // The strip's parts as painted, in the widget's coordinates.
    report::JourneyStripLayout stripLayout() const;

    // The strip's whole height at a width (the widget may be given less, see above).
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override; // a stage's full name as its tooltip
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr int kMargin = 2;
    report::Theme theme() const;
    report::JourneyStripOptions options() const;
    int fittedHeight(int width) const;
    qreal scale() const; // 1, or less when the strip is drawn smaller to fit its height
    void fitHeight();

    SessionController *m_controller;
    std::string m_worksheetId;
    report::JourneyStrip m_strip;
};

} // namespace cxm::ui
