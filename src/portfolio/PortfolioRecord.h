// What publishing stores of one session: the row's fields, its score and its session document, and
// the anonymised form of a session for benchmarks across clients. Plain C++, no database here.
#pragma once

#include "Instrument.h"
#include "ScoringEngine.h"
#include "Session.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cxm::portfolio {

// The session with nothing that names or quotes anyone: no organisation, title, facilitator or
// session notes; participants keep their ids ("p1") as names and lose their roles; every note,
// every free-text line (list entries, the names the team gave items, the Power Core's "Other"
// label, the stages' names and questions) and the action plan (its titles and owners are free text)
// are dropped. The date, the mode and every answer stay: they are what a benchmark compares.
Session anonymised(const Session &session);

struct PublishRecord
{
    std::string uuid;
    std::string follows; // empty: none
    bool anonymous = false;
    std::string organization;
    std::string title;
    std::string date; // YYYY-MM-DD or empty
    std::string facilitator;
    std::string mode;
    int participants = 0;
    std::string instrumentId;
    std::string instrumentVersion;
    std::optional<std::string> milestone;
    std::optional<double> overall;
    // The complete competencies' percentages, in the instrument's order (an incomplete competency
    // is left out of the benchmark: it would compare a half-answered worksheet with finished ones).
    std::vector<std::pair<std::string, double>> percents;
    std::string score;    // the `cxm score --json` document
    std::string document; // the session JSON (anonymised when anonymous)
    // Everything above in one canonical text: publishing compares its hash with the stored one.
    std::string content() const;
};

PublishRecord recordOf(const Session &session, const Instrument &instrument, const std::string &uuid,
                       const std::string &follows, bool anonymous);

} // namespace cxm::portfolio
