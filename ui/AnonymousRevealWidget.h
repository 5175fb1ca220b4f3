// The anonymous reveal of one item for the projector: a bar per level, named as the worksheet names
// its levels (Early / Advanced / Mature, or a worksheet's own, such as Frequently UNRELIABLE …
// ALWAYS Reliable), with how many chose it, out of the participants. It knows counts only, never who answered
// what, so nothing it shows can name a participant.
#pragma once

#include <QColor>
#include <QStringList>
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
    // levelNames, levelKeys (the levels' ids) and colors: one per level, the lowest first. Children
    // are named anonymousLevel_<item>_<key> (the level's name) and anonymousCount_<item>_<key>.
    AnonymousRevealWidget(const std::string &itemId, const QStringList &levelNames,
                          const QStringList &levelKeys, const std::vector<QColor> &colors,
                          QWidget *parent = nullptr);
    // counts: per level, the lowest first; participants: how many could have answered.
    void setCounts(const std::array<int, 3> &counts, int participants);
    std::array<int, 3> counts() const { return m_counts; }

private:
    std::array<DistributionBar *, 3> m_bars{};
    std::array<QLabel *, 3> m_countLabels{};
    QLabel *m_answered;
    std::array<int, 3> m_counts{};
    QStringList m_names;
};

} // namespace cxm::ui
