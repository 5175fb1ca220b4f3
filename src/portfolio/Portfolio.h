// The shared portfolio: sessions pooled in a PostgreSQL database (docs/portfolio.md). Publishing is
// idempotent: a session is one row keyed by its UUID, with a revision that grows only when what is
// published changes; each publication is one transaction, so a broken connection leaves the
// previous revision as it was. The listing and the benchmark (how many sessions at each milestone,
// each competency's distribution, where one session stands) are read by the server over
// the filter's indexes in one query, and the figures computed from the rows it returns (the listing
// needs them all anyway), so thousands of sessions answer at once. Plain C++ and libpq, no Qt.
#pragma once

#include "Instrument.h"
#include "PgConnection.h"
#include "PortfolioRecord.h"
#include "ScoringEngine.h"
#include "Session.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cxm::portfolio {

// Which published sessions a listing or a benchmark takes: all unless narrowed. Organisation and
// facilitator match whole, whatever their case; dates (YYYY-MM-DD) are inclusive.
struct Filter
{
    std::optional<std::string> organization;
    std::optional<std::string> facilitator;
    std::optional<std::string> from;
    std::optional<std::string> to;
};

struct PublishResult
{
    long long revision = 0;
    bool changed = false; // false: the same content was already published
};

struct ListedSession
{
    std::string uuid;
    long long revision = 0;
    bool anonymous = false;
    std::string organization;
    std::string title;
    std::string date;
    std::string facilitator;
    std::string mode;
    int participants = 0;
    std::optional<std::string> milestone;
    std::optional<double> overall;
    std::vector<std::pair<std::string, double>> percents; // complete competencies, by id
    std::string publishedAt;                              // UTC, ISO 8601
};

// One competency's percentages over the sessions that completed it (quartiles as PostgreSQL's
// percentile_cont: linear between the nearest ranks).
struct Distribution
{
    long long sessions = 0;
    double min = 0;
    double q1 = 0;
    double median = 0;
    double q3 = 0;
    double max = 0;
    double mean = 0;
};

struct Benchmark
{
    long long sessions = 0;
    long long unscored = 0; // sessions with no milestone yet (a competency incomplete)
    std::vector<std::pair<std::string, long long>> milestones; // every milestone, in the map's order
    std::vector<std::pair<std::string, std::optional<Distribution>>> competencies; // instrument order
};

class Portfolio
{
public:
    // Connects and brings the schema up to date when needed and allowed (migrate: the owner's
    // connection; publishers and readers are refused a migration by the server, with a clear
    // error). Throws PortfolioError.
    Portfolio(const std::string &conninfo, const Instrument &instrument);
    ~Portfolio();

    PgConnection &connection() { return *m_db; }
    const std::string &name() const { return m_db->name(); }
    // The version the database had before this connection migrated it.
    int schemaBefore() const { return m_schemaBefore; }

    // Publishes the session under its UUID (a .cxm's SessionFile::uuid()) in one transaction, through
    // the server's function cxm_publish: unchanged content changes nothing, changed content replaces
    // the row with the next revision. Refuses (NewerSchema) a row written by a newer cxm and
    // (NotYours) a UUID another role published first. An anonymous publication is listed under an
    // id of its own that leads back to nothing; it replaces the session's named row, and the other
    // way round (a session counts once).
    PublishResult publish(const Session &session, const std::string &uuid, const std::string &follows,
                          bool anonymous);
    PublishResult publish(const PublishRecord &record);

    std::vector<ListedSession> listing(const Filter &filter = {});
    // The id this role's own publication of a session is listed under: its UUID, or the anonymous
    // id the server gave it. Anyone else's session (or none) answers its UUID as it is: nothing
    // leads from a UUID to someone else's anonymous publication.
    std::string publicationOf(const std::string &uuid);
    Benchmark benchmark(const Filter &filter = {});
    // Where a score stands per complete competency among the published sessions that match (the
    // session itself left out: by UUID, or this role's anonymous publication of it): the share of them below
    // it, counting ties half, 0 … 100; nullopt when no other session completed the competency.
    std::vector<std::pair<std::string, std::optional<double>>>
    percentiles(const Score &score, const std::string &uuid, const Filter &filter = {});

private:
    std::vector<PgParam> filterParams(const Filter &filter) const;

    const Instrument &m_instrument;
    std::unique_ptr<PgConnection> m_db;
    int m_schemaBefore = 0;
};

// Whether a listed session passes the filter, as the server's listing decides it (organisation and
// facilitator whole, whatever the case of ASCII letters; dates inclusive; a session without a date
// passes no date bound): for narrowing a listing already fetched.
bool matches(const ListedSession &session, const Filter &filter);

// The benchmark of these sessions: milestones in the instrument's order, then any other; each
// competency of the instrument with its distribution, or nullopt when no session completed it.
Benchmark benchmarkOf(const std::vector<ListedSession> &sessions, const Instrument &instrument);
// Where a score stands per complete competency among these sessions (the one with this UUID left
// out): the share of them below it, counting ties half, 0 … 100; nullopt when none completed it.
std::vector<std::pair<std::string, std::optional<double>>>
percentilesOf(const std::vector<ListedSession> &sessions, const Score &score, const std::string &uuid);
// The stored percentages ({"c1": 46.7, …} as PostgreSQL writes jsonb) in the instrument's order.
std::vector<std::pair<std::string, double>> percentsOf(const char *text, const Instrument &instrument);

} // namespace cxm::portfolio
