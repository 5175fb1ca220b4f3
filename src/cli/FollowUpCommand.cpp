// `cxm follow-up`: the next session of an organisation, started from its previous one (FollowUp.h).
#include "Commands.h"
#include "Error.h"
#include "FileSafety.h"
#include "FollowUp.h"
#include "SessionFile.h"
#include "Text.h"

#include <ctime>
#include <iostream>

namespace cxm::cli {

namespace {

std::string today()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char out[16];
    std::strftime(out, sizeof out, "%Y-%m-%d", &local);
    return out;
}

std::string count(std::size_t n, const char *one, const char *many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

int cmdFollowUp(const Args &a, const Instrument &ins)
{
    if (a.positional.size() != 1 || !a.output())
        throw UsageError{"usage: cxm follow-up FILE.cxm -o NEW.cxm [--date YYYY-MM-DD]"};
    const std::string date = a.value("--date").value_or(today());
    if (!isIsoDate(date))
        throw UsageError{"--date must be a day as YYYY-MM-DD, not \"" + date + "\""};
    const std::string &input = a.positional[0];
    checkOutput(*a.output(), input, true);
    if (!looksLikeSessionFile(input)) {
        std::error_code ec;
        if (!std::filesystem::exists(input, ec))
            throw InputError(input, "does not exist");
        throw InputError(input,
                         "is not a session file (.cxm): a follow-up records the UUID of the session it "
                         "follows, which only a session file has (make one with cxm import)");
    }
    // Opened for editing where it can be: a file written before sessions had a UUID is given its one
    // now, so the follow-up can name it. Nothing else in it changes.
    const auto previous = SessionFile::open(input, SessionFile::Access::ReadWrite, ins);
    if (previous->uuid().empty())
        throw InputError(input,
                         "has no session UUID yet (it was written by an older version) and cannot be "
                         "given one now: " +
                             previous->readOnlyReason() +
                             ". Open it once where it can be written (close other windows using it), then "
                             "make the follow-up");
    const Session before = previous->load();
    const Session next = makeFollowUp(before, date);
    SessionFile::write(*a.output(), ins, next, false, systemClock, followUpLineage(before, previous->uuid()));
    std::cerr << "cxm: wrote " << *a.output() << ", the follow-up of " << input << " dated " << date << " ("
              << count(next.participants.size(), "participant", "participants") << ", "
              << count(next.stages.size(), "stage", "stages") << ", "
              << count(next.targets.size(), "target", "targets") << ", "
              << count(next.actions.size(), "open action", "open actions") << "; no answers yet)\n";
    return kOk;
}

} // namespace cxm::cli
