// `cxm merge A.cxm B.cxm … -o OUT.cxm`: sessions collected apart, merged into one workshop (see
// Merge.h). Non-interactive: the same name under different ids is one person only with
// --match-names, and every conflict needs a choice (--choose N=SIDE, or --prefer first|last for
// the rest); without one, the conflicts are listed and nothing is written. The merge report goes to
// standard error, or to --report FILE.
#include "CliText.h"
#include "Commands.h"
#include "Error.h"
#include "FileSafety.h"
#include "Merge.h"
#include "SessionFile.h"
#include "Text.h"

#include <iostream>
#include <map>

namespace fs = std::filesystem;

namespace cxm::cli {

namespace {

const char *const kMergeUsage =
    "cxm merge A.cxm B.cxm [...] -o OUT.cxm [--match-names] [--prefer first|last] "
    "[--choose N=A[,N=B...]] [--report FILE]";

// "1=B,3=A": conflict numbers (from 1) and side letters.
std::map<std::size_t, std::size_t> parseChoices(const std::string &text)
{
    std::map<std::size_t, std::size_t> choices;
    for (const auto &part : split(text, ',')) {
        const auto eq = part.find('=');
        std::size_t number = 0;
        bool ok = eq != std::string::npos && eq > 0 && part.size() == eq + 2;
        for (std::size_t i = 0; ok && i < eq; ++i) {
            ok = part[i] >= '0' && part[i] <= '9' && number < 100000;
            number = number * 10 + static_cast<std::size_t>(part[i] - '0');
        }
        const char side = ok ? static_cast<char>(part[eq + 1] & ~0x20) : '\0'; // a or A
        if (!ok || number == 0 || side < 'A' || side > 'Z')
            throw UsageError{
                Cli::tr("--choose takes conflict numbers and side letters, such as 1=A,2=B; not \"%1\"")
                    .arg(part)};
        choices[number - 1] = static_cast<std::size_t>(side - 'A');
    }
    return choices;
}

MergeInput loadInput(const fs::path &path, const Instrument &ins)
{
    MergeInput in;
    in.label = path.string();
    if (looksLikeSessionFile(path)) {
        const auto file = SessionFile::open(path, SessionFile::Access::ReadOnly, ins);
        in.session = file->read("cli.merge");
        in.follows = file->follows();
    } else {
        in.session = loadSession(path, ins, "cli.merge");
    }
    return in;
}

} // namespace

int cmdMerge(const Args &a, const Instrument &ins)
{
    if (a.positional.size() < 2 || !a.output())
        throw UsageError{a.positional.size() == 1
                             ? Cli::tr("usage: %1 (at least two sessions)").arg(kMergeUsage)
                             : Cli::tr("usage: %1").arg(kMergeUsage)};
    const std::string output = *a.output();
    const std::optional<std::string> prefer = a.value("--prefer");
    if (prefer && *prefer != "first" && *prefer != "last")
        throw UsageError{Cli::tr("--prefer must be first or last, not \"%1\"").arg(*prefer)};
    const auto chosen =
        a.value("--choose") ? parseChoices(*a.value("--choose")) : std::map<std::size_t, std::size_t>{};
    const std::optional<std::string> reportFile = a.value("--report");

    // Every input exists, once, and is neither the output nor the report.
    for (std::size_t i = 0; i < a.positional.size(); ++i) {
        const std::string &path = a.positional[i];
        if (!fs::exists(path))
            throw InputError(path, Cli::tr("does not exist"));
        for (std::size_t j = 0; j < i; ++j)
            if (a.positional[j] == path || sameFile(a.positional[j], path))
                throw InputError(
                    path,
                    Cli::tr("is given twice (as %1); each session is merged once").arg(a.positional[j]));
        checkOutput(output, path, true);
        if (reportFile)
            checkOutput(*reportFile, path, false);
    }
    if (reportFile && (*reportFile == output || sameFile(*reportFile, output)))
        throw UsageError{Cli::tr("--report and -o name the same file")};

    std::vector<MergeInput> inputs;
    for (const auto &path : a.positional)
        inputs.push_back(loadInput(path, ins));

    MergePlan plan = planMerge(inputs, ins);
    if (a.flag("--match-names") && !plan.nameMatches.empty()) {
        std::set<std::size_t> all;
        for (std::size_t m = 0; m < plan.nameMatches.size(); ++m)
            all.insert(m);
        plan = planMerge(inputs, ins, all);
    }

    std::vector<std::optional<std::size_t>> choices(plan.conflicts.size());
    const MergeChoices preferred = preferSides(plan, prefer && *prefer == "last");
    for (const auto &[k, side] : chosen) {
        if (k >= plan.conflicts.size())
            throw UsageError{Cli::tr("--choose names conflict %1, but there are %2 conflicts")
                                 .arg(k + 1)
                                 .arg(plan.conflicts.size())};
        if (side >= plan.conflicts[k].sides.size())
            throw UsageError{Cli::tr("--choose: conflict %1 has sides A to %2, not %3")
                                 .arg(k + 1)
                                 .arg(sideLetter(plan.conflicts[k].sides.size() - 1))
                                 .arg(sideLetter(side))};
        choices[k] = side;
    }
    std::size_t open = 0;
    for (std::size_t k = 0; k < choices.size(); ++k) {
        if (!choices[k] && prefer)
            choices[k] = preferred[k];
        open += choices[k] ? 0 : 1;
    }

    MergeReport report = mergeReport(plan, choices);
    const bool unconfirmed = std::any_of(plan.nameMatches.begin(), plan.nameMatches.end(),
                                         [](const NameMatch &m) { return !m.confirmed; });
    if (unconfirmed)
        report.lines.push_back(
            "To take each name above as one person, run the merge again with --match-names.");
    if (open > 0) {
        std::cerr << report.text() << "\n";
        throw InputError(output,
                         Cli::tr("not written: %1 of %2 conflicts need a choice. Run again with "
                                 "--choose N=A,N=B,… (the conflict's number and the side's letter) or "
                                 "--prefer first|last for every conflict not chosen")
                             .arg(open)
                             .arg(plan.conflicts.size()));
    }

    MergeChoices final;
    for (const auto &c : choices)
        final.push_back(*c);
    const MergeResult result = applyMerge(plan, final, ins);
    SessionFile::write(output, ins, result.session, true, systemClock, Lineage{{}, plan.follows});
    MergeReport full = result.report;
    if (unconfirmed)
        full.lines.push_back(report.lines.back());
    if (reportFile)
        writeFileAtomically(checkOutput(*reportFile, "", false), *reportFile, full.text());
    else
        std::cerr << full.text();
    const Message summary =
        Cli::tr("%1 from %2, %3")
            .arg(Cli::tr("%n participant(s)", nullptr, static_cast<int>(result.session.participants.size())))
            .arg(Cli::tr("%n session(s)", nullptr, static_cast<int>(inputs.size())))
            .arg(Cli::tr("%n conflict(s) chosen", nullptr, static_cast<int>(plan.conflicts.size())));
    std::cerr << (reportFile ? Cli::tr("cxm: wrote %1 (%2), the merge report to %3")
                                   .arg(output)
                                   .arg(summary)
                                   .arg(*reportFile)
                             : Cli::tr("cxm: wrote %1 (%2)").arg(output).arg(summary))
              << "\n";
    return kOk;
}

} // namespace cxm::cli
