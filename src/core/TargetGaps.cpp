#include "TargetGaps.h"

#include "Text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cxm {

std::optional<double> TargetGap::gap() const
{
    if (!current)
        return std::nullopt;
    return ratingValue(target.level) - *current;
}

std::optional<double> teamValue(const Score &score, const Instrument &ins, const std::string &item,
                                const std::string &scope)
{
    if (scope.empty()) {
        if (const ItemScore *is = score.findItem(item))
            return is->value;
    }
    const Worksheet *w = ins.worksheetOfItem(item);
    if (!w)
        return std::nullopt;
    if (const WorksheetScore *ws = score.findWorksheet(w->id)) {
        if (scope.empty() && ws->scale)
            for (const ItemScore &is : ws->scale->items)
                if (is.id == item)
                    return is.value;
        for (const auto &[stage, cs] : ws->stages)
            if (stage == scope)
                for (const ItemScore &is : cs.items)
                    if (is.id == item)
                        return is.value;
    }
    return std::nullopt;
}

std::vector<TargetGap> targetGaps(const Session &session, const Instrument &ins, const Score &score)
{
    std::vector<TargetGap> gaps;
    for (const Target &t : session.targets)
        gaps.push_back({t, teamValue(score, ins, t.item, t.scope)});
    // The instrument's order of items across its worksheets, then the journey's order of stages.
    const auto order = [&](const TargetGap &g) {
        int item = -1;
        int n = 0;
        for (const Worksheet &w : ins.worksheets)
            for (const Item &i : w.items) {
                if (item < 0 && i.id == g.target.item)
                    item = n;
                ++n;
            }
        int stage = -1;
        for (std::size_t s = 0; s < session.stages.size(); ++s)
            if (session.stages[s].id == g.target.scope)
                stage = static_cast<int>(s);
        return std::make_pair(item, stage);
    };
    // Rank: open gaps first (largest first), then reached (0 or less), then not rated.
    const auto rank = [](const TargetGap &g) {
        const auto gap = g.gap();
        return !gap ? 2 : (*gap > 1e-9 ? 0 : 1);
    };
    std::stable_sort(gaps.begin(), gaps.end(), [&](const TargetGap &a, const TargetGap &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (rank(a) == 0 && std::abs(*a.gap() - *b.gap()) > 1e-9)
            return *a.gap() > *b.gap();
        return order(a) < order(b);
    });
    return gaps;
}

std::string targetDate(const Target &target, const SessionInfo &info)
{
    if (!target.date.empty())
        return target.date;
    if (target.months <= 0 || !isIsoDate(info.date))
        return {};
    int y = std::stoi(info.date.substr(0, 4));
    int m = std::stoi(info.date.substr(5, 2)) - 1 + target.months;
    int d = std::stoi(info.date.substr(8, 2));
    y += m / 12;
    m = m % 12 + 1;
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    d = std::min(d, days[m - 1] + (m == 2 && leap ? 1 : 0));
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, d);
    return out;
}

} // namespace cxm
