// What a round of the live room asks and how a phone's answer becomes an edit: the open round's
// questions in the workbook's words, a participant's own answers as JSON, and the checks that turn
// an answer document into one RoomAnswer (or say exactly what is wrong with it). No I/O here.
#pragma once

#include "AnswerEdit.h"
#include "Instrument.h"
#include "Session.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace cxm::room {

// One question of a round: an item of a worksheet (a ranking's one question is the worksheet
// itself), for the whole company or for one stage of the journey.
struct RoomQuestion
{
    const Worksheet *worksheet = nullptr;
    const Item *item = nullptr; // nullptr for a ranking
    std::string id;             // the item's id, or the ranking worksheet's id
    std::string scope;          // empty, or the id of a stage of the journey
};

// One answer from a phone, checked against the instrument and the round: the one field of its kind
// is set, or `clear` is true. The core's AnswerEdit, so the file and the session in memory take it
// through one mapping.
using RoomAnswer = AnswerEdit;

// Whether participants can answer the worksheet from a phone (each answers it on their own).
bool isAnswerableInRoom(const Worksheet &worksheet);

// The questions of a round on these worksheets, in the instrument's order; a per-stage worksheet
// asks each of its items once per stage of the session's journey.
std::vector<RoomQuestion> roundQuestions(const Instrument &instrument, const Session &session,
                                         const std::vector<std::string> &worksheets);

// The question as the phone shows it: the workbook's words and the choices, no answer (a device's
// view of answers is DevicePolicy::questionFor's to build).
QJsonObject questionJson(const Instrument &instrument, const Session &session, const RoomQuestion &question);

// A participant's answer to the question as stored, in the phone's words: {"answer": … or null} and,
// for a ranking, "otherLabel". DevicePolicy decides whether a device is sent it.
QJsonObject storedAnswer(const Instrument &instrument, const Session &session, const RoomQuestion &question,
                         const std::string &participant);

// Who has answered which question, indexed once: the projector asks for every participant and
// question of a round on each refresh. An answer counts when it is complete (a tracked item: both
// halves).
class AnswerIndex
{
public:
    explicit AnswerIndex(const Session &session);
    bool answered(const RoomQuestion &question, const std::string &participant) const;

private:
    std::set<std::tuple<std::string, std::string, std::string>> m_answers; // participant, question, scope
};

// Reads {"question", "scope", "value"} against the round's questions. Returns the error to send
// (the answer is refused) or fills `out`.
std::optional<QString> parseAnswer(const Instrument &instrument, const std::vector<RoomQuestion> &questions,
                                   const QJsonObject &body, const std::string &participant, RoomAnswer &out);

} // namespace cxm::room
