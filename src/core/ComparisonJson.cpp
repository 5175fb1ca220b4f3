// The document of `cxm compare --json` (docs/compare.md): ids and numbers only, no words, so a tool
// reads it whatever the language of the window.
#include "Comparison.h"

namespace cxm {

namespace {

using json = nlohmann::ordered_json;

json orNull(const std::optional<double> &v)
{
    return v ? json(*v) : json(nullptr);
}

json orNull(const std::optional<std::string> &v)
{
    return v ? json(*v) : json(nullptr);
}

json orNull(const std::string &v)
{
    return v.empty() ? json(nullptr) : json(v);
}

json changeJson(const Change &c)
{
    return {{"from", orNull(c.from)},
            {"to", orNull(c.to)},
            {"delta", orNull(c.delta())},
            {"direction", std::string(toString(c.direction))}};
}

json rowJson(const TrendRow &row)
{
    json values = json::array(), levels = json::array(), steps = json::array();
    for (const auto &v : row.values)
        values.push_back(orNull(v));
    for (const auto &l : row.levels)
        levels.push_back(orNull(l));
    for (const Change &c : row.steps)
        steps.push_back(changeJson(c));
    return {{"values", values}, {"levels", levels}, {"changes", steps}, {"change", changeJson(row.overall)}};
}

json withId(json id, const TrendRow &row)
{
    json out = std::move(id);
    const json figures = rowJson(row);
    for (const auto &[key, value] : figures.items())
        out[key] = value;
    return out;
}

// The leader against the team: "higher", "lower", "same" (level), "unknown".
std::string gapDirection(Direction d)
{
    return d == Direction::Up ? "higher" : d == Direction::Down ? "lower" : std::string(toString(d));
}

} // namespace

json comparisonJson(const Comparison &c, const Instrument &ins)
{
    json out;
    out["format"] = "cxm-comparison";
    out["version"] = 1;
    out["instrument"] = {{"id", ins.id}, {"version", ins.version}};
    out["warnings"] = c.warnings;
    json sessions = json::array();
    for (std::size_t s = 0; s < c.sessions.size(); ++s) {
        const ComparedSession &cs = c.sessions[s];
        sessions.push_back({{"file", cs.file},
                            {"uuid", orNull(cs.uuid)},
                            {"follows", orNull(cs.follows)},
                            {"date", orNull(cs.session.info.date)},
                            {"organization", cs.session.info.organization},
                            {"title", cs.session.info.title},
                            {"mode", std::string(toString(cs.session.info.mode))},
                            {"participants", cs.session.participants.size()},
                            {"instrument_version", cs.instrumentVersion},
                            {"milestone", orNull(c.scores[s].milestone)},
                            {"overall", orNull(c.scores[s].overall)}});
    }
    out["sessions"] = sessions;
    out["overall"] = rowJson(c.overall);
    out["milestone"] = rowJson(c.milestone);
    json competencies = json::array(), items = json::array(), stages = json::array();
    for (const TrendRow &r : c.competencies)
        competencies.push_back(withId({{"id", r.id}}, r));
    for (const TrendRow &r : c.items) {
        const Competency *comp = ins.competencyOfItem(r.id);
        items.push_back(withId({{"id", r.id}, {"competency", comp ? comp->id : std::string()}}, r));
    }
    for (const TrendRow &r : c.stages) {
        json ids = json::array();
        for (const std::string &id : r.stageIds)
            ids.push_back(orNull(id));
        stages.push_back(withId({{"worksheet", r.id}, {"name", r.label}, {"stage_ids", ids}}, r));
    }
    out["competencies"] = competencies;
    out["items"] = items;
    out["stages"] = stages;
    json actions = json::array();
    for (const CompletedAction &a : c.actionsCompleted)
        actions.push_back({{"id", a.action.id},
                           {"title", a.action.title},
                           {"session", a.session},
                           {"was", a.was ? json(std::string(toString(*a.was))) : json(nullptr)}});
    out["actions_completed"] = actions;
    json targets = json::array();
    for (const MetTarget &t : c.targetsMet)
        targets.push_back({{"item", t.target.item},
                           {"stage", orNull(t.target.scope)},
                           {"level", std::string(toString(t.target.level))},
                           {"set_in", t.setIn},
                           {"met_in", t.metIn},
                           {"value", t.value},
                           {"due", orNull(t.due)},
                           {"on_time", t.onTime ? json(*t.onTime) : json(nullptr)}});
    out["targets_met"] = targets;
    out["targets_checked"] = c.targetsChecked;
    json gaps = json::array();
    for (const PerceptionGap &g : c.perceptionGaps) {
        json gi = json::array();
        for (const GapItem &i : g.items)
            gi.push_back({{"id", i.item},
                          {"self", orNull(i.self)},
                          {"team", orNull(i.team)},
                          {"previous", orNull(i.previous)},
                          {"self_level", orNull(i.selfLevel)},
                          {"team_level", orNull(i.teamLevel)},
                          {"previous_level", orNull(i.previousLevel)},
                          {"gap", orNull(i.gap())},
                          {"direction", gapDirection(i.direction)}});
        gaps.push_back({{"file", g.file},
                        {"leader", g.leader},
                        {"team_file", g.teamFile},
                        {"previous_file", orNull(g.previousFile)},
                        {"differing", g.differing()},
                        {"items", gi}});
    }
    out["perception_gap"] = gaps;
    return out;
}

} // namespace cxm
