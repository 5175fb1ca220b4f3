// The top of a worksheet's page: its title as the page's heading (objectName "pageHeading") and its
// introduction below, both plain text, wrapped. The pages of the journey's decisions share it.
#pragma once

class QBoxLayout;
class QWidget;

namespace cxm {
struct Worksheet;
}

namespace cxm::ui {

void addPageHeading(QBoxLayout *layout, QWidget *parent, const Worksheet &worksheet);

} // namespace cxm::ui
