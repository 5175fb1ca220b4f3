#include "WorkbookText.h"

#include "UiText.h"

#include <QCoreApplication>
#include <QLabel>

namespace cxm::ui {

QString appTitleNote()
{
    return QCoreApplication::translate(
        "cxm::ui::WorkbookText", "Title added by this app: the workbook leaves this question untitled.");
}

void showTitleSource(QLabel *label, TextSource source)
{
    if (source != TextSource::App)
        return;
    QFont font = label->font();
    font.setItalic(true);
    label->setFont(font);
    label->setToolTip(richTextOf(appTitleNote()));
    label->setAccessibleDescription(appTitleNote());
}

} // namespace cxm::ui
