// How the window shows whose words a text is. The workbook's words appear as they are; a text the
// app supplies itself (a title the workbook leaves out) is set in italics with a tooltip saying so,
// so the window never presents the app's words as the workbook's.
#pragma once

#include "Instrument.h"

#include <QString>

class QLabel;

namespace cxm::ui {

// "Title added by this app: the workbook leaves this question untitled."
QString appTitleNote();
// Italics and the tooltip for a title of the app's own; nothing for the workbook's.
void showTitleSource(QLabel *label, TextSource source);

} // namespace cxm::ui
