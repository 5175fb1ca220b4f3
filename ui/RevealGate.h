// Where every output of the window (print, each export, publish, follow-up, compare, merge) passes
// before it reads the session: the session as that registered output may read it (Disclosure.h),
// or, while the answers are hidden, a message that says so and offers the reveal, with the voting
// PIN when one was set. It never hands hidden answers to an output.
#pragma once

#include "Session.h"

#include <QCoreApplication>

#include <optional>
#include <string_view>

class QWidget;

namespace cxm::ui {

class SessionController;

class RevealGate
{
    Q_DECLARE_TR_FUNCTIONS(cxm::ui::RevealGate)

public:
    // The session for the output `readerId`, or nothing (the output does not run) when the answers
// are hidden and the facilitator did not reveal them when asked.
    static std::optional<Session> sessionFor(QWidget *parent, SessionController *controller,
                                             std::string_view readerId);

    // Whether the output may run now (asks as sessionFor does); for a check before a file dialog.
    static bool allows(QWidget *parent, SessionController *controller, std::string_view readerId);

private:
    static bool offerReveal(QWidget *parent, SessionController *controller, bool named);
};

} // namespace cxm::ui
