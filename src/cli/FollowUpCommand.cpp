// `cxm follow-up`: the next session of an organisation, started from its previous one (FollowUp.h).
#include "CliText.h"
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

} // namespace

int cmdFollowUp(const Args &a, const Instrument &ins)
{
    if (a.positional.size() != 1 || !a.output())
        throw UsageError{Cli::tr("usage: %1").arg("cxm follow-up FILE.cxm -o NEW.cxm [--date YYYY-MM-DD]")};
    const std::string date = a.value("--date").value_or(today());
    if (!isIsoDate(date))
        throw UsageError{Cli::tr("--date must be a day as YYYY-MM-DD, not \"%1\"").arg(date)};
    const std::string &input = a.positional[0];
    checkOutput(*a.output(), input, true);
    if (!looksLikeSessionFile(input)) {
        std::error_code ec;
        if (!std::filesystem::exists(input, ec))
            throw InputError(input, Cli::tr("does not exist"));
        throw InputError(
            input, Cli::tr("is not a session file (.cxm): a follow-up records the UUID of the session it "
                           "follows, which only a session file has (make one with cxm import)"));
    }
    // Opened for editing where it can be: a file written before sessions had a UUID is given its one
    // now, so the follow-up can name it. Nothing else in it changes.
    const auto previous = SessionFile::open(input, SessionFile::Access::ReadWrite, ins);
    if (previous->uuid().empty())
        throw InputError(
            input, Cli::tr("has no session UUID yet (it was written by an older version) and cannot be "
                           "given one now: %1. Open it once where it can be written (close other windows "
                           "using it), then make the follow-up")
                       .arg(previous->readOnlyReason()));
    const Session before = previous->read("cli.follow-up");
    const Session next = makeFollowUp(before, date);
    SessionFile::write(*a.output(), ins, next, false, systemClock, followUpLineage(before, previous->uuid()));
    std::cerr << Cli::tr("cxm: wrote %1, the follow-up of %2 dated %3 (%4, %5, %6, %7; no answers yet)")
                     .arg(*a.output())
                     .arg(input)
                     .arg(date)
                     .arg(Cli::tr("%n participant(s)", nullptr, static_cast<int>(next.participants.size())))
                     .arg(Cli::tr("%n stage(s)", nullptr, static_cast<int>(next.stages.size())))
                     .arg(Cli::tr("%n target(s)", nullptr, static_cast<int>(next.targets.size())))
                     .arg(Cli::tr("%n open action(s)", nullptr, static_cast<int>(next.actions.size())))
              << "\n";
    return kOk;
}

} // namespace cxm::cli
