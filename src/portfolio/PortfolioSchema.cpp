#include "PortfolioSchema.h"

#include "PortfolioSteps.h"

#include <string>

namespace cxm::portfolio {

namespace {

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
            db.exec(portfolioStep(step));
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
