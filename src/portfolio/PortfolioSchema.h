// The portfolio database's schema: numbered migrations, step N turning version N−1 into N, the
// version recorded in the table cxm_schema. A database is migrated in one transaction under an
// advisory lock (two programs connecting at once migrate it once); a database of a newer version
// than this program's is refused, never written.
#pragma once

#include "PgConnection.h"
#include "PortfolioSteps.h"

namespace cxm::portfolio {

class PortfolioSchema
{
public:
    static constexpr int kVersion = kPortfolioSteps;

    // The database's schema version: 0 for a database the portfolio has never used.
    static int versionOf(PgConnection &db);
    // Brings the database to kVersion; returns the version it had. Throws PortfolioError: NewerSchema
    // for a newer database, OlderSchema when the role may not migrate (a publisher or a reader).
    static int migrate(PgConnection &db);
    // Refuses a database that is not at kVersion (for a connection that must not migrate).
    static void require(PgConnection &db);
};

} // namespace cxm::portfolio
