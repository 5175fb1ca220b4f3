#include "Portfolio.h"

#include "PortfolioSchema.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>

namespace cxm::portfolio {

namespace {

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::string isoTime(long long epochSeconds)
{
    const auto t = static_cast<std::time_t>(epochSeconds);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}

PgParam optionalText(const std::optional<std::string> &text)
{
    return text && !text->empty() ? PgParam(*text) : std::nullopt;
}

// The filter's four parameters are $1 … $4 of every statement that takes one.
const char *const kFilter = "($1::text IS NULL OR lower(s.organization) = lower($1)) "
                            "AND ($2::text IS NULL OR lower(s.facilitator) = lower($2)) "
                            "AND ($3::date IS NULL OR s.session_date >= $3::date) "
                            "AND ($4::date IS NULL OR s.session_date <= $4::date)";

} // namespace

Portfolio::Portfolio(const std::string &conninfo, const Instrument &instrument)
    : m_instrument(instrument)
    , m_db(std::make_unique<PgConnection>(conninfo))
{
    m_schemaBefore = PortfolioSchema::migrate(*m_db);
}

Portfolio::~Portfolio() = default;

PublishResult Portfolio::publish(const Session &session, const std::string &uuid, const std::string &follows,
                                 bool anonymous)
{
    return publish(recordOf(session, m_instrument, uuid, follows, anonymous));
}

PublishResult Portfolio::publish(const PublishRecord &r)
{
    PgConnection &db = *m_db;
    // One call, so one transaction and one round trip. The server's function (PortfolioSteps.cpp,
    // step 2) decides everything that is not the session's own content: whether this role may
    // publish this UUID, the revision, the writer's schema, who published it and when, and under
    // which id an anonymous publication is stored. Unchanged content, or a row a newer cxm wrote, is
    // left alone and returned as it is.
    db.prepare("cxm_publish",
               "SELECT published_revision, changed, stored_by_schema FROM cxm_publish($1::uuid, $2::boolean, "
               "$3::uuid, $4, $5, $6, $7::date, $8, $9, $10::integer, $11, $12, $13, $14::double precision, "
               "$15::jsonb, $16::jsonb, $17::jsonb)",
               17);
    nlohmann::ordered_json percents = nlohmann::ordered_json::object();
    for (const auto &[id, v] : r.percents)
        percents[id] = v;
    const PgResult written =
        db.run("cxm_publish",
               {r.uuid, r.anonymous ? "t" : "f", r.follows.empty() ? PgParam() : PgParam(r.follows),
                r.content(), r.organization, r.title, r.date.empty() ? PgParam() : PgParam(r.date),
                r.facilitator, r.mode, std::to_string(r.participants), r.instrumentId, r.instrumentVersion,
                r.milestone ? PgParam(*r.milestone) : PgParam(),
                r.overall ? PgParam(number(*r.overall)) : PgParam(), percents.dump(), r.score, r.document});
    if (written.rows() != 1)
        throw PortfolioError(PortfolioError::Kind::Refused, db.name(),
                             "the server's publishing function answered nothing; nothing was changed");
    if (written.text(0, 1) == "t")
        return {written.integer(0, 0), true};
    // Nothing written: the same content is there, or a newer cxm wrote the row.
    if (written.integer(0, 2) > PortfolioSchema::kVersion)
        throw PortfolioError(PortfolioError::Kind::NewerSchema, db.name(),
                             "session " + r.uuid + " was published by a newer cxm (portfolio schema " +
                                 std::to_string(written.integer(0, 2)) + ", this cxm knows " +
                                 std::to_string(PortfolioSchema::kVersion) +
                                 "); it was left as it is: publish it with that version");
    return {written.integer(0, 0), false};
}

std::vector<PgParam> Portfolio::filterParams(const Filter &filter) const
{
    return {optionalText(filter.organization), optionalText(filter.facilitator), optionalText(filter.from),
            optionalText(filter.to)};
}

std::vector<ListedSession> Portfolio::listing(const Filter &filter)
{
    PgConnection &db = *m_db;
    // Sorted here, not by the server: its sort of ten thousand rows costs more than the whole scan.
    const std::string sql =
        std::string("SELECT s.uuid, s.revision, s.anonymous, s.organization, s.title, "
                    "coalesce(to_char(s.session_date, 'YYYY-MM-DD'), ''), s.facilitator, s.mode, "
                    "s.participants, s.milestone, s.overall, s.percents::text, "
                    "extract(epoch FROM s.published_at)::bigint FROM cxm_listing s WHERE ") +
        kFilter;
    db.prepare("cxm_listing", sql.c_str(), 4);
    const PgResult r = db.run("cxm_listing", filterParams(filter));
    std::vector<ListedSession> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) {
        ListedSession s;
        s.uuid = r.text(i, 0);
        s.revision = r.integer(i, 1);
        s.anonymous = r.text(i, 2) == "t";
        s.organization = r.text(i, 3);
        s.title = r.text(i, 4);
        s.date = r.text(i, 5);
        s.facilitator = r.text(i, 6);
        s.mode = r.text(i, 7);
        s.participants = static_cast<int>(r.integer(i, 8));
        if (!r.isNull(i, 9))
            s.milestone = r.text(i, 9);
        s.overall = r.number(i, 10);
        s.percents = percentsOf(r.raw(i, 11), m_instrument);
        s.publishedAt = isoTime(r.integer(i, 12));
        out.push_back(std::move(s));
    }
    // The newest sessions first (no date last), then the latest published.
    std::sort(out.begin(), out.end(), [](const ListedSession &a, const ListedSession &b) {
        if (a.date != b.date)
            return b.date.empty() || (!a.date.empty() && a.date > b.date);
        if (a.publishedAt != b.publishedAt)
            return a.publishedAt > b.publishedAt;
        return a.uuid < b.uuid;
    });
    return out;
}

std::string Portfolio::publicationOf(const std::string &uuid)
{
    if (uuid.empty())
        return uuid;
    PgConnection &db = *m_db;
    db.prepare("cxm_publication_of", "SELECT cxm_publication_of($1::uuid)", 1);
    const PgResult r = db.run("cxm_publication_of", {uuid});
    return r.rows() == 1 && !r.isNull(0, 0) ? r.text(0, 0) : uuid;
}

Benchmark Portfolio::benchmark(const Filter &filter)
{
    return benchmarkOf(listing(filter), m_instrument);
}

std::vector<std::pair<std::string, std::optional<double>>>
Portfolio::percentiles(const Score &score, const std::string &uuid, const Filter &filter)
{
    return percentilesOf(listing(filter), score, publicationOf(uuid));
}

std::vector<std::pair<std::string, double>> percentsOf(const char *text, const Instrument &instrument)
{
    // PostgreSQL writes a jsonb object of numbers as {"c1": 46.666666666666664, "c2": 50}: ids are
    // the instrument's (no escapes), values plain numbers. Anything else is read as no percentages.
    std::vector<std::pair<std::string, double>> found;
    const char *p = text;
    while (*p && *p != '"')
        ++p;
    while (*p == '"') {
        const char *end = std::strchr(p + 1, '"');
        if (!end)
            break;
        std::string id(p + 1, end);
        p = end + 1;
        while (*p == ':' || *p == ' ')
            ++p;
        char *after = nullptr;
        const double v = std::strtod(p, &after);
        if (after == p)
            break;
        found.emplace_back(std::move(id), v);
        p = after;
        while (*p == ',' || *p == ' ')
            ++p;
    }
    std::vector<std::pair<std::string, double>> ordered;
    for (const auto &c : instrument.competencies())
        for (const auto &[id, v] : found)
            if (id == c.id)
                ordered.emplace_back(id, v);
    return ordered;
}

namespace {

// PostgreSQL's percentile_cont: linear interpolation between the two nearest ranks.
double quantile(const std::vector<double> &sorted, double fraction)
{
    const double position = fraction * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

std::map<std::string, std::vector<double>> valuesByCompetency(const std::vector<ListedSession> &sessions,
                                                              const std::string &leaveOut = {})
{
    std::map<std::string, std::vector<double>> values;
    for (const auto &s : sessions)
        if (leaveOut.empty() || s.uuid != leaveOut)
            for (const auto &[id, v] : s.percents)
                values[id].push_back(v);
    return values;
}

} // namespace

namespace {

bool sameText(const std::string &a, const std::string &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

} // namespace

bool matches(const ListedSession &s, const Filter &filter)
{
    if (filter.organization && !filter.organization->empty() &&
        !sameText(s.organization, *filter.organization))
        return false;
    if (filter.facilitator && !filter.facilitator->empty() && !sameText(s.facilitator, *filter.facilitator))
        return false;
    if (filter.from && !filter.from->empty() && (s.date.empty() || s.date < *filter.from))
        return false;
    if (filter.to && !filter.to->empty() && (s.date.empty() || s.date > *filter.to))
        return false;
    return true;
}

Benchmark benchmarkOf(const std::vector<ListedSession> &sessions, const Instrument &instrument)
{
    Benchmark b;
    b.sessions = static_cast<long long>(sessions.size());
    std::map<std::string, long long> counts;
    for (const auto &s : sessions) {
        if (s.milestone)
            ++counts[*s.milestone];
        else
            ++b.unscored;
    }
    for (const auto &milestone : instrument.milestones)
        b.milestones.emplace_back(milestone.id, counts[milestone.id]);
    for (const auto &[id, n] : counts)
        if (!instrument.findMilestone(id))
            b.milestones.emplace_back(id, n); // from another instrument: still counted, after ours
    auto values = valuesByCompetency(sessions);
    for (const auto &c : instrument.competencies()) {
        auto &v = values[c.id];
        if (v.empty()) {
            b.competencies.emplace_back(c.id, std::nullopt);
            continue;
        }
        std::sort(v.begin(), v.end());
        Distribution d;
        d.sessions = static_cast<long long>(v.size());
        d.min = v.front();
        d.max = v.back();
        d.q1 = quantile(v, 0.25);
        d.median = quantile(v, 0.5);
        d.q3 = quantile(v, 0.75);
        double sum = 0;
        for (const double x : v)
            sum += x;
        d.mean = sum / static_cast<double>(v.size());
        b.competencies.emplace_back(c.id, d);
    }
    return b;
}

std::vector<std::pair<std::string, std::optional<double>>>
percentilesOf(const std::vector<ListedSession> &sessions, const Score &score, const std::string &uuid)
{
    const auto values = valuesByCompetency(sessions, uuid);
    std::vector<std::pair<std::string, std::optional<double>>> out;
    for (const auto &c : score.competencies) {
        if (!c.complete || !c.percent)
            continue;
        const auto found = values.find(c.id);
        if (found == values.end() || found->second.empty()) {
            out.emplace_back(c.id, std::nullopt);
            continue;
        }
        double below = 0;
        double level = 0;
        for (const double v : found->second) {
            if (std::abs(v - *c.percent) <= 1e-9)
                ++level;
            else if (v < *c.percent)
                ++below;
        }
        out.emplace_back(c.id, 100.0 * (below + 0.5 * level) / static_cast<double>(found->second.size()));
    }
    return out;
}

} // namespace cxm::portfolio
