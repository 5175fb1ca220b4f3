#include "ScoringEngine.h"

#include <algorithm>
#include <cmath>

namespace cxm {

int PowerCoreScore::pointsOf(const std::string &option) const
{
    for (const auto &[id, p] : points)
        if (id == option)
            return p;
    return 0;
}

int PowerCoreScore::firstPlacesOf(const std::string &option) const
{
    for (const auto &[id, k] : firstPlaces)
        if (id == option)
            return k;
    return 0;
}

std::vector<std::string> PowerCoreScore::tiedWith(std::size_t place) const
{
    std::vector<std::string> tied;
    // An agreed ranking has no ties: the team put one option before the other.
    if (fromConsensus || place >= ranking.size())
        return tied;
    const std::string &at = ranking[place];
    for (std::size_t i = 0; i < ranking.size(); ++i)
        if (i != place && pointsOf(ranking[i]) == pointsOf(at) &&
            firstPlacesOf(ranking[i]) == firstPlacesOf(at))
            tied.push_back(ranking[i]);
    return tied;
}

std::string_view toString(TeamAnswer answer)
{
    switch (answer) {
    case TeamAnswer::Yes:
        return "yes";
    case TeamAnswer::No:
        return "no";
    case TeamAnswer::Split:
        return "split";
    case TeamAnswer::Unanswered:
        break;
    }
    return "unanswered";
}

TeamAnswer ReadinessScore::answerFor(const std::string &question) const
{
    for (const auto &[id, a] : answers)
        if (id == question)
            return a;
    return TeamAnswer::Unanswered;
}

int Score::disagreements() const
{
    int n = 0;
    for (const auto &c : competencies)
        for (const auto &i : c.items)
            n += i.disagreement ? 1 : 0;
    return n;
}

const CompetencyScore *Score::strongest() const
{
    const CompetencyScore *best = nullptr;
    for (const auto &c : competencies)
        if (c.percent && (!best || *c.percent > *best->percent))
            best = &c;
    return best;
}

const CompetencyScore *Score::weakest() const
{
    const CompetencyScore *worst = nullptr;
    for (const auto &c : competencies)
        if (c.percent && (!worst || *c.percent < *worst->percent))
            worst = &c;
    return worst;
}

const WorksheetScore *Score::findWorksheet(const std::string &worksheetId) const
{
    for (const auto &w : worksheets)
        if (w.id == worksheetId)
            return &w;
    return nullptr;
}

const PowerCoreScore &Score::rankingOf(const std::string &worksheetId) const
{
    static const PowerCoreScore none;
    const WorksheetScore *w = findWorksheet(worksheetId);
    return w && w->ranking ? *w->ranking : none;
}

const ReadinessScore &Score::checklistOf(const std::string &worksheetId) const
{
    static const ReadinessScore none;
    const WorksheetScore *w = findWorksheet(worksheetId);
    return w && w->checklist ? *w->checklist : none;
}

const ItemScore *Score::findItem(const std::string &itemId) const
{
    for (const auto &c : competencies)
        for (const auto &i : c.items)
            if (i.id == itemId)
                return &i;
    return nullptr;
}

ScoringEngine::ScoringEngine(const Instrument &instrument)
    : m_instrument(instrument)
{}

std::string ScoringEngine::levelFor(double mean) const
{
    const auto &rules = m_instrument.scoring;
    std::string level = rules.competencyLevels.front().id;
    for (const auto &l : rules.competencyLevels)
        if (mean >= l.fromMean - rules.tolerance)
            level = l.id;
    return level;
}

int ScoringEngine::bandFor(double percent) const
{
    const auto &rules = m_instrument.scoring;
    const int maxBand = static_cast<int>(rules.milestones.size()) - 1;
    int band = 0;
    while (band < maxBand && percent >= (band + 1) * rules.milestoneBandWidth - rules.tolerance)
        ++band;
    return band;
}

Score ScoringEngine::score(const Session &session) const
{
    return scoreImpl(session, nullptr);
}

Score ScoringEngine::scoreParticipant(const Session &session, const std::string &participantId) const
{
    return scoreImpl(session, &participantId);
}

Score ScoringEngine::scoreImpl(const Session &session, const std::string *only) const
{
    const auto &rules = m_instrument.scoring;
    Score score;

    // 1. Competencies
    for (const auto &comp : m_instrument.competencies())
        score.competencies.push_back(scoreScale(comp, session, only));

    score.complete = std::all_of(score.competencies.begin(), score.competencies.end(),
                                 [](const CompetencyScore &c) { return c.complete; });
    if (score.complete && !score.competencies.empty()) {
        double sum = 0, lowest = 1e300;
        for (const auto &c : score.competencies) {
            sum += *c.percent;
            lowest = std::min(lowest, *c.percent);
        }
        score.overall = sum / static_cast<double>(score.competencies.size());
        const int index = std::min(bandFor(*score.overall), bandFor(lowest) + rules.weakestCompetencyCap);
        score.milestoneIndex = index;
        score.milestone = rules.milestones[static_cast<std::size_t>(index)];
    }

    // 2. Every worksheet that scores, each by its kind's scorer; the Power Core and readiness of
    // scoring.md are two of them.
    for (const auto &w : m_instrument.worksheets) {
        WorksheetScore ws;
        ws.id = w.id;
        ws.kind = w.kind;
        switch (w.kind) {
        case WorksheetKind::Scale:
            if (m_instrument.competencyOfItem(w.items.front().id))
                continue; // a competency, scored above
            if (w.scope == WorksheetScope::Stage) {
                for (const auto &stage : session.stages)
                    ws.stages.emplace_back(stage.id, scoreScale(w, session, only, stage.id));
                break;
            }
            ws.scale = scoreScale(w, session, only);
            break;
        case WorksheetKind::Ranking:
            ws.ranking = scoreRanking(w, session, only);
            break;
        case WorksheetKind::Checklist:
            if (w.scope == WorksheetScope::Stage) {
                for (const auto &stage : session.stages)
                    ws.checklistByStage.emplace_back(stage.id, scoreChecklist(w, session, only, stage.id));
                break;
            }
            ws.checklist = scoreChecklist(w, session, only);
            break;
        case WorksheetKind::Choice: {
            const auto chosen = [&](const std::string &scope) {
                const ChoiceAnswer *c = session.findChoice(w.id, scope);
                return c ? c->option : std::string();
            };
            if (w.scope == WorksheetScope::Company)
                ws.choices.emplace_back(std::string(), chosen({}));
            else
                for (const auto &stage : session.stages)
                    ws.choices.emplace_back(stage.id, chosen(stage.id));
            break;
        }
        case WorksheetKind::Reconcile:
            if (w.scope == WorksheetScope::Company)
                ws.reconcile.emplace_back(std::string(), scoreReconcile(w, session, {}));
            else
                for (const auto &stage : session.stages)
                    ws.reconcile.emplace_back(stage.id, scoreReconcile(w, session, stage.id));
            break;
        case WorksheetKind::Reference:
            continue; // nothing to answer
        case WorksheetKind::Tracked:
            ws.tracked = scoreTracked(w, session, only);
            break;
        case WorksheetKind::Stages:
            continue; // the journey's stages are what the per-stage worksheets are scored by
        case WorksheetKind::Lists:
            if (w.scope == WorksheetScope::Stage)
                for (const auto &stage : session.stages)
                    for (const auto &c : w.columns)
                        for (const auto &h : w.headings)
                            ws.listsByStage[stage.id][c.id][h.id] = 0;
            for (const auto &e : session.entries)
                if (e.worksheet == w.id) {
                    ++ws.entries; // every line the team wrote, about the company or a stage
                    if (!e.scope.empty()) {
                        ++ws.entriesByStage[e.scope][e.heading + "." + e.column];
                        ++ws.listsByStage[e.scope][e.column][e.heading];
                    }
                }
            break;
        }
        score.worksheets.push_back(std::move(ws));
    }
    for (const auto &stage : session.stages)
        score.journey.emplace_back(stage.id, stage.name);
    if (const auto *pc = score.findWorksheet(m_instrument.powerCore().id))
        score.powerCore = *pc->ranking;
    if (const auto *rd = score.findWorksheet(m_instrument.readiness().id)) {
        score.readiness = *rd->checklist;
        if (score.readiness.unanswered == 0) {
            for (const auto &band : rules.mandate)
                if (score.readiness.gaps() >= band.minGaps && score.readiness.gaps() <= band.maxGaps)
                    score.readiness.mandate = band.id;
        }
    }
    return score;
}

// A scale worksheet's items (the mean of the ratings, or the team's agreed rating) and its mean,
// percent and level: scoring.md §1 for a competency, the same for any other scale worksheet.
CompetencyScore ScoringEngine::scoreScale(const Worksheet &comp, const Session &session,
                                          const std::string *only, const std::string &scope) const
{
    const auto &rules = m_instrument.scoring;
    const auto counts = [&](const std::string &participant) { return !only || participant == *only; };
    CompetencyScore cs;
    cs.id = comp.id;
    const auto &levels = m_instrument.levelsOf(comp);
    for (std::size_t i = 0; i < cs.levelIds.size() && i < levels.size(); ++i)
        cs.levelIds[i] = levels[i].id;
    double sum = 0;
    int valued = 0;
    for (const auto &item : comp.items) {
        ItemScore is;
        is.id = item.id;
        int lo = 4, hi = 0, total = 0;
        for (const auto &r : session.ratings) {
            if (r.item != item.id || r.scope != scope || !counts(r.participant))
                continue;
            const int v = ratingValue(r.rating);
            ++is.counts[static_cast<std::size_t>(v - 1)];
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            total += v;
        }
        const int n = is.answered();
        is.spread = n >= 2 ? hi - lo : 0;
        is.disagreement = is.spread >= rules.disagreementSpread;
        if (!only) {
            if (const auto *c = session.findConsensus(item.id, scope))
                is.consensus = c->rating;
        }
        if (is.consensus)
            is.value = ratingValue(*is.consensus);
        else if (n > 0)
            is.value = static_cast<double>(total) / n;
        if (is.value) {
            sum += *is.value;
            ++valued;
        }
        cs.items.push_back(std::move(is));
    }
    cs.complete = valued == static_cast<int>(comp.items.size());
    if (valued > 0) {
        cs.mean = sum / valued;
        cs.percent = (*cs.mean - 1.0) / 2.0 * 100.0;
        // The level of the mean, named in the worksheet's own levels where it has them.
        const std::string level = levelFor(*cs.mean);
        cs.level = level;
        for (std::size_t i = 0; i < rules.competencyLevels.size() && i < comp.levels.size(); ++i)
            if (rules.competencyLevels[i].id == level)
                cs.level = comp.levels[i].id;
    }
    return cs;
}

namespace {

// The team's answer from yes and no counts: the majority, split on a tie.
TeamAnswer majority(int yes, int no)
{
    return yes + no == 0 ? TeamAnswer::Unanswered
           : yes > no    ? TeamAnswer::Yes
           : no > yes    ? TeamAnswer::No
                         : TeamAnswer::Split;
}

TeamAnswer teamAnswer(Answer a)
{
    return a == Answer::Yes ? TeamAnswer::Yes : TeamAnswer::No;
}

} // namespace

PowerCoreScore ScoringEngine::scoreRanking(const Worksheet &w, const Session &session,
                                           const std::string *only) const
{
    const auto &rules = m_instrument.scoring;
    const auto counts = [&](const std::string &participant) { return !only || participant == *only; };
    PowerCoreScore pc;
    const auto &options = w.items;
    const std::size_t n = options.size();
    // Borda points: n - 1 for first place (scoring.md's bordaTop for the Power Core's seven).
    const int top = static_cast<int>(n) - 1;
    std::vector<int> points(n, 0), firsts(n, 0), rankSums(n, 0);
    for (const auto &r : session.rankings) {
        if (r.worksheet != w.id || !r.scope.empty() || !counts(r.participant) || r.ranking.size() != n)
            continue;
        ++pc.rankers;
        for (std::size_t pos = 0; pos < n; ++pos) {
            const int opt = w.itemIndex(r.ranking[pos]);
            if (opt < 0)
                continue;
            points[static_cast<std::size_t>(opt)] += top - static_cast<int>(pos);
            rankSums[static_cast<std::size_t>(opt)] += static_cast<int>(pos) + 1;
            if (pos == 0)
                ++firsts[static_cast<std::size_t>(opt)];
        }
    }
    const RankingConsensus *agreed = only ? nullptr : session.findRankingConsensus(w.id);
    const bool useConsensus = agreed && agreed->ranking.size() == n;
    if (pc.rankers == 0 && !useConsensus)
        return pc;
    pc.hasData = true;
    for (std::size_t i = 0; i < n; ++i) {
        pc.points.emplace_back(options[i].id, points[i]);
        pc.firstPlaces.emplace_back(options[i].id, firsts[i]);
    }
    if (useConsensus) {
        pc.ranking = agreed->ranking;
        pc.fromConsensus = true;
    } else {
        std::vector<std::size_t> order(n);
        for (std::size_t i = 0; i < n; ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            if (points[a] != points[b])
                return points[a] > points[b];
            if (firsts[a] != firsts[b])
                return firsts[a] > firsts[b];
            return a < b;
        });
        for (auto i : order)
            pc.ranking.push_back(options[i].id);
    }
    pc.primary = pc.ranking.at(0);
    pc.secondary = pc.ranking.at(1);
    if (w.findItem("customer"))
        pc.customerInCore = *pc.primary == "customer" || *pc.secondary == "customer";
    if (pc.rankers >= 2) {
        const double m = pc.rankers;
        const double nn = static_cast<double>(n);
        const double mean = m * (nn + 1) / 2.0;
        double s = 0;
        for (std::size_t i = 0; i < n; ++i)
            s += (rankSums[i] - mean) * (rankSums[i] - mean);
        pc.kendallW = 12.0 * s / (m * m * (nn * nn * nn - nn));
        for (const auto &band : rules.agreement)
            if (*pc.kendallW >= band.fromW - rules.tolerance)
                pc.agreement = band.id;
    }
    return pc;
}

ReadinessScore ScoringEngine::scoreChecklist(const Worksheet &w, const Session &session,
                                             const std::string *only, const std::string &scope) const
{
    const auto counts = [&](const std::string &participant) { return !only || participant == *only; };
    ReadinessScore rd;
    for (const auto &q : w.items) {
        TeamAnswer team = TeamAnswer::Unanswered;
        // A checklist the team answers alone has the team's answers in anyone's score.
        if (const ChecklistConsensus *c =
                only && !w.teamOnly ? nullptr : session.findChecklistConsensus(q.id, scope)) {
            team = teamAnswer(c->answer);
        } else {
            int yes = 0, no = 0;
            for (const auto &a : session.checklist)
                if (a.question == q.id && a.scope == scope && counts(a.participant))
                    (a.answer == Answer::Yes ? yes : no)++;
            team = majority(yes, no);
        }
        switch (team) {
        case TeamAnswer::Yes:
            ++rd.yes;
            break;
        case TeamAnswer::No:
            ++rd.no;
            break;
        case TeamAnswer::Split:
            ++rd.split;
            break;
        case TeamAnswer::Unanswered:
            ++rd.unanswered;
            break;
        }
        rd.answers.emplace_back(q.id, team);
    }
    return rd;
}

ReconcileScore ScoringEngine::scoreReconcile(const Worksheet &w, const Session &session,
                                             const std::string &scope) const
{
    ReconcileScore rs;
    for (const auto *priority : w.itemsOf("priorities"))
        rs.priorities += session.itemName(priority->id, scope).empty() ? 0 : 1;
    for (const auto *project : w.itemsOf("projects")) {
        if (session.itemName(project->id, scope).empty())
            continue; // an empty slot is no project
        ++rs.projects;
        const Reconciliation *r = session.findReconciliation(project->id, scope);
        ++rs.decisions[r ? r->decision : std::string()];
        if (!r || r->serves.empty() || session.itemName(r->serves, scope).empty())
            rs.stopCandidates.push_back(project->id);
    }
    return rs;
}

TrackedScore ScoringEngine::scoreTracked(const Worksheet &w, const Session &session,
                                         const std::string *only) const
{
    const auto counts = [&](const std::string &participant) { return !only || participant == *only; };
    TrackedScore ts;
    double untrackedSum = 0;
    int untrackedRated = 0;
    for (const auto &item : w.items) {
        if (item.named && session.itemName(item.id).empty())
            continue; // a slot the team did not name is no metric
        TrackedItemScore is;
        is.id = item.id;
        int difficultySum = 0, difficulties = 0;
        for (const auto &a : session.tracked) {
            if (a.item != item.id || !a.scope.empty() || !counts(a.participant))
                continue;
            if (a.tracked)
                (*a.tracked == Answer::Yes ? is.yes : is.no)++;
            if (a.difficulty) {
                difficultySum += *a.difficulty;
                ++difficulties;
            }
        }
        is.tracked = majority(is.yes, is.no);
        if (difficulties > 0)
            is.difficulty = static_cast<double>(difficultySum) / difficulties;
        if (const TrackedConsensus *c = only ? nullptr : session.findTrackedConsensus(item.id)) {
            if (c->tracked) {
                is.tracked = teamAnswer(*c->tracked);
                is.fromConsensus = true;
            }
            if (c->difficulty) {
                is.difficulty = *c->difficulty;
                is.fromConsensus = true;
            }
        }
        switch (is.tracked) {
        case TeamAnswer::Yes:
            ++ts.tracked;
            break;
        case TeamAnswer::No:
            ++ts.untracked;
            if (is.difficulty) {
                untrackedSum += *is.difficulty;
                ++untrackedRated;
            }
            break;
        case TeamAnswer::Split:
            ++ts.split;
            break;
        case TeamAnswer::Unanswered:
            ++ts.unanswered;
            break;
        }
        ts.items.push_back(std::move(is));
    }
    if (untrackedRated > 0)
        ts.meanUntrackedDifficulty = untrackedSum / untrackedRated;
    return ts;
}

namespace {

// A checklist's team answers and counts (scoring.md §3's shape), into j.
void checklistJson(const ReadinessScore &c, nlohmann::ordered_json &j)
{
    nlohmann::ordered_json byQuestion = nlohmann::ordered_json::object();
    for (const auto &[q, a] : c.answers)
        byQuestion[q] = std::string(toString(a));
    j["answers"] = std::move(byQuestion);
    j["yes"] = c.yes;
    j["no"] = c.no;
    j["split"] = c.split;
    j["unanswered"] = c.unanswered;
}

// A reconcile worksheet about one stage (or the company), into j.
void reconcileJson(const ReconcileScore &r, nlohmann::ordered_json &j)
{
    j["priorities"] = r.priorities;
    j["projects"] = r.projects;
    nlohmann::ordered_json decisions = nlohmann::ordered_json::object();
    for (const auto &[id, n] : r.decisions)
        decisions[id.empty() ? "undecided" : id] = n;
    j["decisions"] = std::move(decisions);
    j["stop_candidates"] = r.stopCandidates;
}

} // namespace

nlohmann::ordered_json ScoringEngine::toJson(const Score &score)
{
    using json = nlohmann::ordered_json;
    const auto opt = [](const auto &o) -> json { return o ? json(*o) : json(nullptr); };
    json out;
    out["complete"] = score.complete;
    out["overall"] = opt(score.overall);
    out["milestone"] = opt(score.milestone);
    const auto scaleJson = [&](const CompetencyScore &c) {
        json cj;
        cj["id"] = c.id;
        cj["mean"] = opt(c.mean);
        cj["percent"] = opt(c.percent);
        cj["level"] = opt(c.level);
        cj["complete"] = c.complete;
        json items = json::array();
        for (const auto &i : c.items) {
            json ij;
            ij["id"] = i.id;
            ij["value"] = opt(i.value);
            ij["ratings"] = {
                {c.levelIds[0], i.counts[0]}, {c.levelIds[1], i.counts[1]}, {c.levelIds[2], i.counts[2]}};
            ij["spread"] = i.spread;
            ij["disagreement"] = i.disagreement;
            ij["consensus"] = i.consensus
                                  ? json(c.levelIds[static_cast<std::size_t>(ratingValue(*i.consensus) - 1)])
                                  : json(nullptr);
            items.push_back(std::move(ij));
        }
        cj["items"] = std::move(items);
        return cj;
    };
    json comps = json::array();
    for (const auto &c : score.competencies)
        comps.push_back(scaleJson(c));
    out["competencies"] = std::move(comps);

    const auto &pc = score.powerCore;
    json pj;
    if (pc.hasData) {
        pj["ranking"] = pc.ranking;
        json points = json::object();
        for (const auto &[id, p] : pc.points)
            points[id] = p;
        pj["points"] = std::move(points);
        pj["primary"] = opt(pc.primary);
        pj["secondary"] = opt(pc.secondary);
        pj["customer_in_core"] = opt(pc.customerInCore);
        pj["kendall_w"] = opt(pc.kendallW);
    } else {
        for (const char *k : {"ranking", "points", "primary", "secondary", "customer_in_core", "kendall_w"})
            pj[k] = nullptr;
    }
    out["power_core"] = std::move(pj);

    const auto &rd = score.readiness;
    json answers = json::object();
    for (const auto &[q, a] : rd.answers)
        answers[q] = std::string(toString(a));
    out["readiness"] = {{"answers", std::move(answers)},
                        {"yes", rd.yes},
                        {"no", rd.no},
                        {"split", rd.split},
                        {"unanswered", rd.unanswered},
                        {"mandate", opt(rd.mandate)}};

    // Added in version 2 of the workbench: every worksheet that scores, by its id (the Power Core and
    // readiness again, in the same shape as any ranking or checklist).
    json worksheets = json::object();
    for (const auto &w : score.worksheets) {
        json wj;
        wj["kind"] = std::string(toString(w.kind));
        if (w.scale) {
            const json scale = scaleJson(*w.scale); // kept alive: items() only refers to it
            for (const auto &field : scale.items())
                if (field.key() != "id")
                    wj[field.key()] = field.value();
        }
        if (w.ranking) {
            const auto &r = *w.ranking;
            wj["ranking"] = r.hasData ? json(r.ranking) : json(nullptr);
            json points = json::object();
            for (const auto &[id, p] : r.points)
                points[id] = p;
            wj["points"] = r.hasData ? points : json(nullptr);
            wj["from_consensus"] = r.fromConsensus;
            wj["rankers"] = r.rankers;
            wj["kendall_w"] = opt(r.kendallW);
            wj["agreement"] = opt(r.agreement);
        }
        if (w.checklist)
            checklistJson(*w.checklist, wj);
        for (const auto &[scope, option] : w.choices)
            if (scope.empty())
                wj["choice"] = option.empty() ? json(nullptr) : json(option);
        for (const auto &[scope, rs] : w.reconcile)
            if (scope.empty())
                reconcileJson(rs, wj);
        if (w.tracked) {
            const auto &t = *w.tracked;
            json items = json::object();
            for (const auto &i : t.items)
                items[i.id] = {{"tracked", std::string(toString(i.tracked))},
                               {"difficulty", opt(i.difficulty)},
                               {"from_consensus", i.fromConsensus}};
            wj["items"] = std::move(items);
            wj["metrics"] = static_cast<int>(t.items.size());
            wj["tracked"] = t.tracked;
            wj["untracked"] = t.untracked;
            wj["split"] = t.split;
            wj["unanswered"] = t.unanswered;
            wj["mean_difficulty_untracked"] = opt(t.meanUntrackedDifficulty);
        }
        if (w.kind == WorksheetKind::Lists)
            wj["entries"] = w.entries;
        worksheets[w.id] = std::move(wj);
    }
    out["worksheets"] = std::move(worksheets);

    // The journey, stage by stage: each per-stage scale worksheet's items (distribution, team value
    // and level, agreed answer, and whether the lowest and the highest level were both given), and
    // each per-stage lists worksheet's entry counts.
    json stages = json::array();
    for (const auto &[stageId, stageName] : score.journey) {
        json sj;
        sj["id"] = stageId;
        sj["name"] = stageName;
        json byWorksheet = json::object();
        for (const auto &w : score.worksheets) {
            for (const auto &[scope, cs] : w.stages)
                if (scope == stageId) {
                    json items = json::object();
                    for (const auto &i : cs.items) {
                        json ij;
                        ij["ratings"] = {{cs.levelIds[0], i.counts[0]},
                                         {cs.levelIds[1], i.counts[1]},
                                         {cs.levelIds[2], i.counts[2]}};
                        ij["value"] = opt(i.value);
                        ij["consensus"] =
                            i.consensus
                                ? json(cs.levelIds[static_cast<std::size_t>(ratingValue(*i.consensus) - 1)])
                                : json(nullptr);
                        ij["both_extremes"] = i.counts[0] > 0 && i.counts[2] > 0;
                        items[i.id] = std::move(ij);
                    }
                    byWorksheet[w.id] = {{"items", std::move(items)}};
                }
            for (const auto &[scope, checks] : w.checklistByStage)
                if (scope == stageId)
                    checklistJson(checks, byWorksheet[w.id]);
            for (const auto &[scope, option] : w.choices)
                if (scope == stageId)
                    byWorksheet[w.id] = {{"choice", option.empty() ? json(nullptr) : json(option)}};
            for (const auto &[scope, rs] : w.reconcile)
                if (scope == stageId)
                    reconcileJson(rs, byWorksheet[w.id]);
            if (const auto it = w.entriesByStage.find(stageId); it != w.entriesByStage.end())
                byWorksheet[w.id] = {{"entries", it->second}};
            else if (w.kind == WorksheetKind::Lists && !w.entriesByStage.empty())
                byWorksheet[w.id] = {{"entries", json::object()}};
            // Each list's count by heading, every one of them, 0 too: "always": {"customers": 3, …}.
            if (const auto it = w.listsByStage.find(stageId); it != w.listsByStage.end()) {
                json &lj = byWorksheet[w.id];
                if (!lj.contains("entries"))
                    lj["entries"] = json::object();
                lj["lists"] = it->second;
            }
        }
        sj["worksheets"] = std::move(byWorksheet);
        stages.push_back(std::move(sj));
    }
    out["journey"] = {{"stages", std::move(stages)}};
    return out;
}

} // namespace cxm
