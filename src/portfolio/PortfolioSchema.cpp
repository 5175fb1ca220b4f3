#include "PortfolioSchema.h"

#include <array>
#include <string>

namespace cxm::portfolio {

namespace {

// Step N of the list turns schema N−1 into N. Never change a step once released: add one.
const std::array<const char *, PortfolioSchema::kVersion> kSteps = {
    // 1: the sessions, one row per session UUID holding its latest revision; `percents` holds each
    // complete competency's percentage ({"c1": 46.7, …}), what the listing and the benchmark read.
    R"sql(
CREATE TABLE cxm_schema (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version integer NOT NULL
);
CREATE TABLE cxm_session (
    uuid uuid PRIMARY KEY,
    revision integer NOT NULL CHECK (revision > 0),
    content_hash text NOT NULL,
    written_by integer NOT NULL,
    anonymous boolean NOT NULL,
    follows uuid,
    organization text NOT NULL,
    title text NOT NULL,
    session_date date,
    facilitator text NOT NULL,
    mode text NOT NULL,
    participants integer NOT NULL,
    instrument_id text NOT NULL,
    instrument_version text NOT NULL,
    milestone text,
    overall double precision,
    percents jsonb NOT NULL,
    score jsonb NOT NULL,
    document jsonb NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    published_by text NOT NULL DEFAULT current_user
);
CREATE INDEX cxm_session_organization ON cxm_session (lower(organization));
CREATE INDEX cxm_session_facilitator ON cxm_session (lower(facilitator));
CREATE INDEX cxm_session_date ON cxm_session (session_date);
)sql",
};

std::string newerMessage(int version)
{
    return "the portfolio was set up by a newer cxm (database schema " + std::to_string(version) +
           ", this cxm knows " + std::to_string(PortfolioSchema::kVersion) +
           "); nothing was changed: update cxm to use it";
}

} // namespace

int PortfolioSchema::versionOf(PgConnection &db)
{
    // One round trip (prepared and run together): a database without the table answers
    // "undefined table" (42P01): version 0.
    db.prepare("cxm_schema_version", "SELECT version FROM cxm_schema", 0);
    try {
        const PgResult r = db.run("cxm_schema_version");
        return r.rows() == 0 ? 0 : static_cast<int>(r.integer(0, 0));
    } catch (const PortfolioError &e) {
        if (e.kind() == PortfolioError::Kind::Refused && e.sqlstate() == "42P01")
            return 0;
        throw;
    }
}

void PortfolioSchema::require(PgConnection &db)
{
    const int version = versionOf(db);
    if (version > kVersion)
        throw PortfolioError(PortfolioError::Kind::NewerSchema, db.name(), newerMessage(version));
    if (version < kVersion)
        throw PortfolioError(
            PortfolioError::Kind::OlderSchema, db.name(),
            "the portfolio's tables are not set up yet (schema " + std::to_string(version) + " of " +
                std::to_string(kVersion) +
                "): its owner runs cxm portfolio --db URI --migrate first (docs/portfolio.md)");
}

int PortfolioSchema::migrate(PgConnection &db)
{
    const int before = versionOf(db);
    if (before > kVersion)
        throw PortfolioError(PortfolioError::Kind::NewerSchema, db.name(), newerMessage(before));
    if (before == kVersion)
        return before;
    db.exec("BEGIN");
    try {
        // Whoever takes the lock first migrates; the other then finds the work done.
        db.exec("SELECT pg_advisory_xact_lock(7318046298145062961)");
        // Inside the transaction a failed statement would abort it: look before asking.
        const int now =
            db.exec("SELECT to_regclass('cxm_schema') IS NOT NULL").text(0, 0) == "t" ? versionOf(db) : 0;
        if (now > kVersion)
            throw PortfolioError(PortfolioError::Kind::NewerSchema, db.name(), newerMessage(now));
        for (int step = now + 1; step <= kVersion; ++step)
            db.exec(kSteps[static_cast<std::size_t>(step - 1)]);
        db.prepare("cxm_schema_set",
                   "INSERT INTO cxm_schema (singleton, version) VALUES (true, $1) "
                   "ON CONFLICT (singleton) DO UPDATE SET version = EXCLUDED.version",
                   1);
        db.run("cxm_schema_set", {std::to_string(kVersion)});
        db.exec("COMMIT");
    } catch (const PortfolioError &e) {
        if (e.kind() != PortfolioError::Kind::Lost)
            db.exec("ROLLBACK");
        if (e.kind() == PortfolioError::Kind::Permission)
            throw PortfolioError(PortfolioError::Kind::OlderSchema, db.name(),
                                 "the portfolio's tables need setting up (schema " + std::to_string(before) +
                                     " of " + std::to_string(kVersion) + "), and the role \"" + db.user() +
                                     "\" may not create them: the database's owner runs cxm portfolio "
                                     "--db URI --migrate (docs/portfolio.md)");
        throw;
    }
    return before;
}

} // namespace cxm::portfolio
