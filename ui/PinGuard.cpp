#include "PinGuard.h"

#include <algorithm>

namespace cxm::ui {

std::function<std::chrono::milliseconds()> PinGuard::clock = [] {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
};

int PinGuard::secondsToWait() const
{
    const auto left = m_until - clock();
    return left.count() <= 0 ? 0 : static_cast<int>((left.count() + 999) / 1000);
}

PinGuard::Check PinGuard::attempt(const QString &pin)
{
    if (const int wait = secondsToWait(); wait > 0)
        return {Result::Waiting, wait};
    if (isSet() && pin == m_pin) {
        m_failures = 0;
        m_until = {};
        return {Result::Right, 0};
    }
    ++m_failures;
    const int seconds = m_failures < 2 ? 0 : 1 << std::min(m_failures - 2, 9); // 0, 1, 2, 4 … 512
    const int capped = std::min(seconds, 300);
    m_until = clock() + std::chrono::seconds(capped);
    return {Result::Wrong, capped};
}

} // namespace cxm::ui
