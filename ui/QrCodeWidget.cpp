#include "QrCodeWidget.h"

#include <QPainter>

#include <qrencode.h>

namespace cxm::ui {

namespace {
constexpr int kQuietZone = 4; // modules of white around the code, as the standard asks
}

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(160, 160);
}

void QrCodeWidget::setText(const QString &text)
{
    m_text = text;
    m_width = 0;
    m_modules.clear();
    const QByteArray bytes = text.toUtf8();
    // Level M: a projector's glare and a distant phone still read it; version chosen by the length.
    if (QRcode *code = QRcode_encodeString(bytes.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1)) {
        m_width = code->width;
        m_modules.resize(static_cast<size_t>(m_width * m_width));
        for (size_t i = 0; i < m_modules.size(); ++i)
            m_modules[i] = (code->data[i] & 1) != 0;
        QRcode_free(code);
    }
    setAccessibleName(tr("QR code of %1").arg(text));
    update();
}

QSize QrCodeWidget::sizeHint() const
{
    return {360, 360};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int side = std::min(width(), height());
    const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
    painter.fillRect(square, Qt::white);
    if (m_width == 0)
        return;
    // Whole pixels per module keep the edges sharp; what is left over is centred.
    const int total = m_width + 2 * kQuietZone;
    const int module = std::max(1, side / total);
    const int origin = (side - module * total) / 2 + module * kQuietZone;
    for (int y = 0; y < m_width; ++y)
        for (int x = 0; x < m_width; ++x)
            if (isDark(x, y))
                painter.fillRect(square.x() + origin + x * module, square.y() + origin + y * module, module,
                                 module, Qt::black);
}

} // namespace cxm::ui
