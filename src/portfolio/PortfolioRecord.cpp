#include "PortfolioRecord.h"

#include "SessionJson.h"

#include <nlohmann/json.hpp>

namespace cxm::portfolio {

Session anonymised(const Session &session)
{
    Session s = session;
    s.info.title.clear();
    s.info.organization.clear();
    s.info.facilitator.clear();
    s.info.notes.clear();
    for (auto &p : s.participants) {
        p.name = p.id;
        p.role.clear();
    }
    for (auto &stage : s.stages) {
        stage.name = stage.id;
        stage.replaces.clear();
        stage.questions.clear();
    }
    for (auto &r : s.ratings)
        r.note.clear();
    for (auto &c : s.consensus)
        c.note.clear();
    for (auto &r : s.rankings)
        r.otherLabel.clear();
    for (auto &r : s.rankingConsensus)
        r.note.clear();
    for (auto &c : s.checklist)
        c.note.clear();
    for (auto &c : s.checklistConsensus)
        c.note.clear();
    for (auto &t : s.tracked)
        t.note.clear();
    for (auto &t : s.trackedConsensus)
        t.note.clear();
    for (auto &c : s.choices)
        c.note.clear();
    for (auto &r : s.reconciliations)
        r.note.clear();
    for (auto &t : s.targets)
        t.note.clear();
    s.itemNames.clear();
    s.entries.clear();
    s.actions.clear();
    s.dismissed.clear();
    return s;
}

std::string PublishRecord::content() const
{
    nlohmann::ordered_json j;
    j["uuid"] = uuid;
    j["follows"] = follows;
    j["anonymous"] = anonymous;
    j["organization"] = organization;
    j["title"] = title;
    j["date"] = date;
    j["facilitator"] = facilitator;
    j["mode"] = mode;
    j["participants"] = participants;
    j["instrument"] = {instrumentId, instrumentVersion};
    // The score and the document are themselves canonical (written by this program, in order).
    return j.dump() + "\n" + score + "\n" + document;
}

PublishRecord recordOf(const Session &session, const Instrument &instrument, const std::string &uuid,
                       const std::string &follows, bool anonymous)
{
    const Session stored = anonymous ? anonymised(session) : session;
    // Scored on the whole session (an unnamed tracked metric is no metric); an anonymous score loses
    // the one text it holds, the stages' names.
    Score score = ScoringEngine(instrument).score(session);
    if (anonymous)
        for (auto &[id, name] : score.journey)
            name = id;
    PublishRecord r;
    r.uuid = uuid;
    r.follows = follows;
    r.anonymous = anonymous;
    r.organization = stored.info.organization;
    r.title = stored.info.title;
    r.date = stored.info.date;
    r.facilitator = stored.info.facilitator;
    r.mode = std::string(toString(stored.info.mode));
    r.participants = static_cast<int>(stored.participants.size());
    r.instrumentId = instrument.id;
    r.instrumentVersion = instrument.version;
    r.milestone = score.milestone;
    r.overall = score.overall;
    for (const auto &c : score.competencies)
        if (c.complete && c.percent)
            r.percents.emplace_back(c.id, *c.percent);
    r.score = ScoringEngine::toJson(score).dump();
    r.document = SessionJson::toJson(stored, instrument).dump();
    return r;
}

} // namespace cxm::portfolio
