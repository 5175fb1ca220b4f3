// The anonymous reveal of one item for the projector: a bar per level (Early, Advanced, Mature) with
// how many chose it, out of the participants. It knows counts only, never who answered what, so
// nothing it shows can name a participant.
#pragma once

#include <QColor>
#include <QWidget>

#include <array>
#include <string>
#include <vector>

class QLabel;

namespace cxm::ui {

class DistributionBar;

class AnonymousRevealWidget : public QWidget
{
    Q_OBJECT

public:
    // colors: one per level, Early first. Children are named anonymousCount_<item>_<level>.
    AnonymousRevealWidget(const std::string &itemId, const std::vector<QColor> &colors,
                          QWidget *parent = nullptr);
    // counts: Early, Advanced, Mature; participants: how many could have answered.
    void setCounts(const std::array<int, 3> &counts, int participants);
    std::array<int, 3> counts() const { return m_counts; }

private:
    std::array<DistributionBar *, 3> m_bars{};
    std::array<QLabel *, 3> m_countLabels{};
    QLabel *m_answered;
    std::array<int, 3> m_counts{};
};

} // namespace cxm::ui
