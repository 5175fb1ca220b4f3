// One participant's answer to one question of a worksheet each participant answers on their own (a
// scale, a checklist, a tracked item, a ranking), and the one mapping of it to the session file and
// to a Session held in memory. The room's phones answer through it, in `cxm room` and in the window,
// so that an answer writes only its own row and the session in memory is updated from the same
// answer instead of being read again: after writeAnswer() and SessionPatch::apply() the session
// equals what SessionFile::load() returns.
#pragma once

#include "Instrument.h"
#include "Session.h"

#include <optional>
#include <string>
#include <vector>

namespace cxm {

class SessionFile;

struct AnswerEdit
{
    std::string participant;
    const Worksheet *worksheet = nullptr;
    std::string question;          // the item's id, or the ranking worksheet's id
    std::string scope;             // empty, or the stage of the journey it is about
    bool clear = false;            // takes the answer out; otherwise the one field of the kind is set
    std::optional<Rating> rating;  // scale
    std::optional<Answer> answer;  // checklist
    std::optional<Answer> tracked; // tracked: do we track it?
    std::optional<int> difficulty; // tracked: 1 … the barometer's size
    std::optional<std::vector<std::string>> ranking; // ranking: every option once
    std::string otherLabel;                          // ranking: the name of the "Other" option
};

// The note the answer stored now for the same participant, question and scope carries (a phone's
// answer keeps it), or empty.
std::string noteOf(const Session &session, const AnswerEdit &edit);
// The answer stored now for the same participant, question and scope, as an edit that puts it back
// (clear when there is none): what undoing `edit` writes.
AnswerEdit storedEdit(const Session &session, const AnswerEdit &edit);

// Writes the answer with this note through the file's setter of its kind: one transaction, or part
// of the caller's SessionFile::batch().
void writeAnswer(SessionFile &file, const AnswerEdit &edit, const std::string &note);

// Puts answers into a session held in memory exactly as writeAnswer() puts them into the file (the
// text cleaned the same way), each in its place of the canonical order, without reading anything.
// The session must be in that order (as load() returns it) and keep its participants meanwhile.
class SessionPatch
{
public:
    SessionPatch(Session &session, const Instrument &instrument);
    void apply(const AnswerEdit &edit, const std::string &note);

private:
    Session &m_session;
    CanonicalOrder m_order;
};

} // namespace cxm
