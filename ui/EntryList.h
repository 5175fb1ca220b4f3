// The list of one heading and column of a lists worksheet: its entries wrap and are set apart by a
// thin line, and it asks its layout for the height its entries take at the width it is given (plus a
// free line for the next one), from a few lines up to nine, where it starts to scroll. So a handful
// of entries never hide behind a scroll bar, and an empty list takes little room.
#pragma once

#include <QListWidget>

namespace cxm::ui {

class EntryList : public QListWidget
{
public:
    EntryList(int minimumLines, QWidget *parent = nullptr);
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int m_minimumLines;
};

} // namespace cxm::ui
