#include "PageHeading.h"

#include "Instrument.h"
#include "UiText.h"

#include <QBoxLayout>
#include <QLabel>

namespace cxm::ui {

void addPageHeading(QBoxLayout *layout, QWidget *parent, const Worksheet &ws)
{
    auto *heading = new QLabel(qs(ws.title), parent);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    if (!ws.introduction.empty()) {
        auto *intro = new QLabel(qs(ws.introduction), parent);
        intro->setObjectName(QStringLiteral("pageIntroduction"));
        intro->setWordWrap(true);
        intro->setTextFormat(Qt::PlainText);
        layout->addWidget(intro);
    }
}

} // namespace cxm::ui
