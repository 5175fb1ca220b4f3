// The facilitator's PIN for private voting, and the one place that tries a PIN against it. A first
// wrong try (a typo) may be corrected at once; each further one makes the next try wait longer (1 s,
// then 2, 4, 8 … up to 5 minutes), so the PIN cannot be guessed by trying many while the laptop goes
// round. The right PIN starts the count again. The clock is injectable, so tests step through the
// waits without sleeping.
#pragma once

#include <QString>

#include <chrono>
#include <functional>

namespace cxm::ui {

class PinGuard
{
public:
    // Milliseconds on a monotonic clock; tests replace it.
    static std::function<std::chrono::milliseconds()> clock;

    void set(const QString &pin)
    {
        m_pin = pin;
        m_failures = 0;
        m_until = {};
    }
    bool isSet() const { return !m_pin.isEmpty(); }

    enum class Result { Right, Wrong, Waiting };
    struct Check
    {
        Result result;
        int secondsToWait = 0; // before the next try: after a wrong one, or still, while waiting
    };
    // Tries pin: refused unseen while a wait runs, else right or wrong (and the next wait starts).
    Check attempt(const QString &pin);
    // Seconds until the next try is taken, 0 when it is taken now.
    int secondsToWait() const;

private:
    QString m_pin;
    int m_failures = 0;
    std::chrono::milliseconds m_until{0};
};

} // namespace cxm::ui
