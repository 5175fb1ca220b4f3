// The portfolio database's numbered migrations as SQL: step N turns schema N−1 into N. A released
// step never changes; a new one is added (PortfolioSchema runs them, docs/portfolio.md lists them).
#pragma once

namespace cxm::portfolio {

// How many steps there are: the schema version this program writes.
constexpr int kPortfolioSteps = 2;

// The SQL of step n (1 … kPortfolioSteps), run by the database's owner in one transaction.
const char *portfolioStep(int n);

} // namespace cxm::portfolio
