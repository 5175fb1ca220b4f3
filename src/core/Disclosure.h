// The one rule of what a reader may see of a session while its answers are hidden (private voting,
// or an open round of the live room): no individual answer, and nothing computed from one, until
// the reveal. Every output and reader of the program is registered in readers() and reads a session
// only through disclose(), naming itself: a reader that is not registered cannot read at all
// (std::logic_error), so a new output cannot forget the rule, and the disclosure tests enumerate the
// registry instead of a list of their own. docs/disclosure.md explains the design.
#pragma once

#include "Error.h"
#include "Session.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxm {

// The state of the answers, as the session file keeps it (workflow key "votes").
enum class Votes {
    Open,                // no private voting: answers show as they are given
    Hidden,              // private voting or an open room round: nobody sees an answer yet
    RevealedAnonymously, // counts per level, no names
    Revealed,            // everything, with names
};
inline const std::string kVotesKey = "votes";
Votes parseVotes(const std::optional<std::string> &stored);
// The stored value of a state (nullopt for Open).
std::optional<std::string> storedVotes(Votes votes);

enum class ReaderKind {
    Command, // a command of cxm
    Window,  // an output or view of the window
    Room,    // what the live room sends to phones
};

// What a reader does while answers are hidden.
enum class WhenHidden {
    Refuse,   // it cannot work without the answers: it is refused (VotesHiddenError), writes nothing
    Withhold, // it shows the session without the individual answers (who answered, not what)
};

struct Reader
{
    std::string_view id; // "cli.score", "window.print", …
    ReaderKind kind = ReaderKind::Command;
    WhenHidden whenHidden = WhenHidden::Refuse;
    // True when it names who said what: refused after an anonymous reveal as well.
    bool named = true;
    // How a test reaches it: a Command's arguments ("{file}", "{other}" and "{out}" are filled in),
    // a Window reader's action (its objectName), a Room reader's path.
    std::vector<std::string_view> reach;
};

// Every reader of the program, in one list.
const std::vector<Reader> &readers();
// The registered reader; std::logic_error for an id nobody registered.
const Reader &reader(std::string_view id);

// A reader was refused because the session's answers are hidden (or revealed anonymously, for a
// reader that names people). what() says so and how to reveal them.
class VotesHiddenError : public InputError
{
public:
    VotesHiddenError(std::string source, Votes votes);
    Votes votes() const { return m_votes; }

private:
    Votes m_votes;
};

// Whether the reader may read the session as it is (true) or is refused / given less (false).
bool mayReadAll(Votes votes, const Reader &reader);

// The session as `readerId` may see it. Answers open or revealed: the session as it is. Hidden:
// a Refuse reader gets VotesHiddenError (naming `source`); a Withhold reader gets the session
// without any individual answer: ratings, rankings, checklist and tracked answers move to
// Session::withheld (who answered which question, never what), so "4 of 6 have answered" stays
// true and nothing computed from an answer can be. Team answers (consensus) stay: the facilitator
// records them in the open.
Session disclose(Session session, Votes votes, std::string_view readerId, const std::string &source = {});

} // namespace cxm
