// A QR code of a short text (the live room's join URL), encoded on this machine with libqrencode
// and painted module by module with QPainter: black on white with the standard quiet zone, as
// large as the widget allows, so a phone across the room can read it from the projector.
#pragma once

#include <QWidget>

#include <vector>

namespace cxm::ui {

class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);
    void setText(const QString &text);
    QString text() const { return m_text; }
    // Modules per side (0 when there is no code).
    int modules() const { return m_width; }
    bool isDark(int x, int y) const { return m_modules[static_cast<size_t>(y * m_width + x)]; }
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    int m_width = 0;
    std::vector<bool> m_modules;
};

} // namespace cxm::ui
