#include "Portfolio.h"

#include "PortfolioSchema.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace cxm::portfolio {

namespace {

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

// An array literal of PostgreSQL's text format; ids are quoted, numbers written in full.
std::string textArray(const std::vector<std::string> &values)
{
    std::string out = "{";
    for (const auto &v : values) {
        out += out.size() > 1 ? ",\"" : "\"";
        for (char c : v) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + "}";
}

std::string numberArray(const std::vector<double> &values)
{
    std::string out = "{";
    for (const double v : values)
        out += (out.size() > 1 ? "," : "") + number(v);
    return out + "}";
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
    db.prepare("cxm_current",
               "SELECT revision, written_by, content_hash = encode(sha256(convert_to($2, 'UTF8')), 'hex') "
               "FROM cxm_session WHERE uuid = $1::uuid FOR UPDATE",
               2);
    db.prepare(
        "cxm_upsert",
        "INSERT INTO cxm_session (uuid, revision, content_hash, written_by, anonymous, follows, "
        "organization, title, session_date, facilitator, mode, participants, instrument_id, "
        "instrument_version, milestone, overall, percents, score, document) "
        "VALUES ($1::uuid, 1, encode(sha256(convert_to($2, 'UTF8')), 'hex'), $3, $4, $5::uuid, $6, $7, "
        "$8::date, $9, $10, $11, $12, $13, $14, $15, $16::jsonb, $17::jsonb, $18::jsonb) "
        "ON CONFLICT (uuid) DO UPDATE SET revision = cxm_session.revision + 1, "
        "content_hash = EXCLUDED.content_hash, written_by = EXCLUDED.written_by, "
        "anonymous = EXCLUDED.anonymous, follows = EXCLUDED.follows, "
        "organization = EXCLUDED.organization, title = EXCLUDED.title, "
        "session_date = EXCLUDED.session_date, facilitator = EXCLUDED.facilitator, "
        "mode = EXCLUDED.mode, participants = EXCLUDED.participants, "
        "instrument_id = EXCLUDED.instrument_id, instrument_version = EXCLUDED.instrument_version, "
        "milestone = EXCLUDED.milestone, overall = EXCLUDED.overall, percents = EXCLUDED.percents, "
        "score = EXCLUDED.score, document = EXCLUDED.document, published_at = now(), "
        "published_by = current_user "
        "WHERE cxm_session.content_hash <> EXCLUDED.content_hash "
        "RETURNING revision",
        18);
    db.prepare("cxm_clear_competencies", "DELETE FROM cxm_competency WHERE session = $1::uuid", 1);
    db.prepare("cxm_add_competencies",
               "INSERT INTO cxm_competency (session, competency, percent) "
               "SELECT $1::uuid, c, p FROM unnest($2::text[], $3::float8[]) AS t(c, p)",
               3);

    const std::string content = r.content();
    std::vector<std::string> ids;
    std::vector<double> values;
    nlohmann::ordered_json percents = nlohmann::ordered_json::object();
    for (const auto &[id, v] : r.percents) {
        ids.push_back(id);
        values.push_back(v);
        percents[id] = v;
    }

    db.exec("BEGIN");
    try {
        const PgResult current = db.run("cxm_current", {r.uuid, content});
        if (current.rows() == 1) {
            const long long writtenBy = current.integer(0, 1);
            if (writtenBy > PortfolioSchema::kVersion)
                throw PortfolioError(PortfolioError::Kind::NewerSchema, db.name(),
                                     "session " + r.uuid +
                                         " was published by a newer cxm (portfolio schema " +
                                         std::to_string(writtenBy) + ", this cxm knows " +
                                         std::to_string(PortfolioSchema::kVersion) +
                                         "); it was left as it is: publish it with that version");
            if (current.text(0, 2) == "t") {
                db.exec("COMMIT");
                return {current.integer(0, 0), false};
            }
        }
        const PgResult written =
            db.run("cxm_upsert", {r.uuid, content, std::to_string(PortfolioSchema::kVersion),
                                  r.anonymous ? "t" : "f", r.follows.empty() ? PgParam() : PgParam(r.follows),
                                  r.organization, r.title, r.date.empty() ? PgParam() : PgParam(r.date),
                                  r.facilitator, r.mode, std::to_string(r.participants), r.instrumentId,
                                  r.instrumentVersion, r.milestone ? PgParam(*r.milestone) : PgParam(),
                                  r.overall ? PgParam(number(*r.overall)) : PgParam(), percents.dump(),
                                  r.score, r.document});
        if (written.rows() == 0) {
            // Another publisher stored the same content between our look and our write.
            db.exec("COMMIT");
            return {current.rows() == 1 ? current.integer(0, 0) : 1, false};
        }
        db.run("cxm_clear_competencies", {r.uuid});
        db.run("cxm_add_competencies", {r.uuid, textArray(ids), numberArray(values)});
        const long long revision = written.integer(0, 0);
        db.exec("COMMIT");
        return {revision, true};
    } catch (const PortfolioError &e) {
        if (e.kind() != PortfolioError::Kind::Lost) {
            try {
                db.exec("ROLLBACK");
            } catch (const PortfolioError &) {
                // The error that stopped the publication is the one to report.
            }
        }
        throw;
    }
}

std::vector<PgParam> Portfolio::filterParams(const Filter &filter) const
{
    return {optionalText(filter.organization), optionalText(filter.facilitator), optionalText(filter.from),
            optionalText(filter.to)};
}

std::vector<ListedSession> Portfolio::listing(const Filter &filter)
{
    PgConnection &db = *m_db;
    const std::string sql =
        std::string("SELECT s.uuid, s.revision, s.anonymous, s.organization, s.title, "
                    "coalesce(to_char(s.session_date, 'YYYY-MM-DD'), ''), s.facilitator, s.mode, "
                    "s.participants, s.milestone, s.overall, s.percents::text, "
                    "to_char(s.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
                    "FROM cxm_session s WHERE ") +
        kFilter + " ORDER BY s.session_date DESC NULLS LAST, lower(s.organization), s.title, s.uuid";
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
        const auto percents = nlohmann::json::parse(r.raw(i, 11), nullptr, false);
        if (percents.is_object())
            for (const auto &c : m_instrument.competencies())
                if (percents.contains(c.id) && percents[c.id].is_number())
                    s.percents.emplace_back(c.id, percents[c.id].get<double>());
        s.publishedAt = r.text(i, 12);
        out.push_back(std::move(s));
    }
    return out;
}

Benchmark Portfolio::benchmark(const Filter &filter)
{
    PgConnection &db = *m_db;
    const std::string milestones = std::string("SELECT s.milestone, count(*) FROM cxm_session s WHERE ") +
                                   kFilter + " GROUP BY s.milestone";
    db.prepare("cxm_milestones", milestones.c_str(), 4);
    const std::string distributions =
        std::string("SELECT c.competency, count(*), min(c.percent), "
                    "percentile_cont(0.25) WITHIN GROUP (ORDER BY c.percent), "
                    "percentile_cont(0.5) WITHIN GROUP (ORDER BY c.percent), "
                    "percentile_cont(0.75) WITHIN GROUP (ORDER BY c.percent), max(c.percent), avg(c.percent) "
                    "FROM cxm_competency c JOIN cxm_session s ON s.uuid = c.session WHERE ") +
        kFilter + " GROUP BY c.competency";
    db.prepare("cxm_distributions", distributions.c_str(), 4);

    const auto params = filterParams(filter);
    Benchmark b;
    std::map<std::string, long long> counts;
    const PgResult m = db.run("cxm_milestones", params);
    for (int i = 0; i < m.rows(); ++i) {
        const long long n = m.integer(i, 1);
        b.sessions += n;
        if (m.isNull(i, 0))
            b.unscored += n;
        else
            counts[m.text(i, 0)] += n;
    }
    for (const auto &milestone : m_instrument.milestones)
        b.milestones.emplace_back(milestone.id, counts[milestone.id]);
    for (const auto &[id, n] : counts)
        if (!m_instrument.findMilestone(id))
            b.milestones.emplace_back(id, n); // from another instrument: still counted, after ours

    std::map<std::string, Distribution> byCompetency;
    const PgResult d = db.run("cxm_distributions", params);
    for (int i = 0; i < d.rows(); ++i) {
        Distribution dist;
        dist.sessions = d.integer(i, 1);
        dist.min = d.number(i, 2).value_or(0);
        dist.q1 = d.number(i, 3).value_or(0);
        dist.median = d.number(i, 4).value_or(0);
        dist.q3 = d.number(i, 5).value_or(0);
        dist.max = d.number(i, 6).value_or(0);
        dist.mean = d.number(i, 7).value_or(0);
        byCompetency[d.text(i, 0)] = dist;
    }
    for (const auto &c : m_instrument.competencies()) {
        const auto found = byCompetency.find(c.id);
        b.competencies.emplace_back(c.id, found == byCompetency.end() ? std::optional<Distribution>()
                                                                      : std::optional(found->second));
    }
    return b;
}

std::vector<std::pair<std::string, std::optional<double>>>
Portfolio::percentiles(const Score &score, const std::string &uuid, const Filter &filter)
{
    PgConnection &db = *m_db;
    const std::string sql =
        std::string("WITH mine(competency, v) AS (SELECT * FROM unnest($5::text[], $6::float8[])) "
                    "SELECT m.competency, count(c.percent), "
                    "count(c.percent) FILTER (WHERE c.percent < m.v - 1e-9), "
                    "count(c.percent) FILTER (WHERE abs(c.percent - m.v) <= 1e-9) "
                    "FROM mine m LEFT JOIN (cxm_competency c JOIN cxm_session s ON s.uuid = c.session "
                    "AND s.uuid IS DISTINCT FROM $7::uuid AND ") +
        kFilter + ") ON c.competency = m.competency GROUP BY m.competency";
    db.prepare("cxm_percentiles", sql.c_str(), 7);
    std::vector<std::string> ids;
    std::vector<double> values;
    for (const auto &c : score.competencies)
        if (c.complete && c.percent) {
            ids.push_back(c.id);
            values.push_back(*c.percent);
        }
    auto params = filterParams(filter);
    params.push_back(textArray(ids));
    params.push_back(numberArray(values));
    params.push_back(uuid.empty() ? PgParam() : PgParam(uuid));
    const PgResult r = db.run("cxm_percentiles", params);
    std::map<std::string, std::optional<double>> found;
    for (int i = 0; i < r.rows(); ++i) {
        const long long n = r.integer(i, 1);
        if (n > 0)
            found[r.text(i, 0)] =
                100.0 * (static_cast<double>(r.integer(i, 2)) + 0.5 * static_cast<double>(r.integer(i, 3))) /
                static_cast<double>(n);
        else
            found[r.text(i, 0)] = std::nullopt;
    }
    std::vector<std::pair<std::string, std::optional<double>>> out;
    for (const auto &id : ids)
        out.emplace_back(id, found[id]);
    return out;
}

} // namespace cxm::portfolio
