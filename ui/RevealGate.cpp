#include "RevealGate.h"

#include "Disclosure.h"
#include "PrivateVotingDialog.h"
#include "Prompt.h"
#include "SessionController.h"

namespace cxm::ui {

// Says why the output cannot run yet and offers the reveal that lets it. True once revealed.
bool RevealGate::offerReveal(QWidget *parent, SessionController *controller, bool named)
{
    const bool anonymous = controller->votes() == Votes::RevealedAnonymously;
    const QString title = tr("The answers are hidden");
    const QString text =
        anonymous
            ? tr("The answers were revealed anonymously, so nothing that names people can be printed or "
                 "exported. Reveal them with names now?")
            : named
                ? tr("Private voting is on: the answers stay hidden until you reveal them, so nothing "
                     "with them can be printed or exported yet. Reveal them with names now?")
                : tr("Private voting is on: the answers stay hidden until you reveal them, so nothing "
                     "computed from them can be printed or exported yet. Reveal them now?");
    if (!Prompt::confirm(parent, title, text))
        return false;
    return PrivateVotingDialog::reveal(parent, controller, false);
}

std::optional<Session> RevealGate::sessionFor(QWidget *parent, SessionController *controller,
                                              std::string_view readerId)
{
    if (!allows(parent, controller, readerId))
        return std::nullopt;
    try {
        return controller->sessionFor(readerId);
    } catch (const VotesHiddenError &) {
        return std::nullopt; // the reveal was not stored: editFailed() has said why
    }
}

bool RevealGate::allows(QWidget *parent, SessionController *controller, std::string_view readerId)
{
    // Asks without copying the session: an export asks here before its file dialog, then reads.
    const Reader &r = reader(readerId); // an unregistered output cannot read at all
    return mayReadAll(controller->votes(), r) || offerReveal(parent, controller, r.named);
}

} // namespace cxm::ui
