// `cxm import`, `cxm export` and `cxm demo` (and its follow-up): sessions in and out of .cxm files.
#include "Commands.h"
#include "CsvExport.h"
#include "DemoSession.h"
#include "FileSafety.h"
#include "FollowUp.h"
#include "SessionFile.h"
#include "SessionJson.h"
#include "XlsxExport.h"

#include <iostream>

namespace fs = std::filesystem;

namespace cxm::cli {

int cmdImport(const Args &a, const Instrument &ins)
{
    if (a.positional.size() != 1 || !a.output())
        throw UsageError{Cli::tr("usage: %1").arg("cxm import SESSION.json -o FILE.cxm")};
    checkOutput(*a.output(), a.positional[0], true);
    const Session s = SessionJson::readFile(a.positional[0], ins);
    SessionFile::write(*a.output(), ins, s, true);
    std::cerr << Cli::tr("cxm: wrote %1 (%2, %3)")
                     .arg(*a.output())
                     .arg(Cli::tr("%n participant(s)", nullptr, static_cast<int>(s.participants.size())))
                     .arg(Cli::tr("%n rating(s)", nullptr, static_cast<int>(s.ratings.size())))
              << "\n";
    return kOk;
}

int cmdExport(const Args &a, const Instrument &ins)
{
    if (a.positional.size() != 1 || !a.value("--format"))
        throw UsageError{Cli::tr("usage: %1").arg("cxm export FILE.cxm --format json|csv|xlsx [-o OUT]")};
    const std::string format = *a.value("--format");
    if (format != "json" && format != "csv" && format != "xlsx")
        throw UsageError{Cli::tr("--format must be json, csv or xlsx, not \"%1\"").arg(format)};
    // A workbook is a zip archive: never poured onto a terminal.
    if (format == "xlsx" && !a.output())
        throw UsageError{Cli::tr("--format xlsx needs -o OUT.xlsx")};
    const std::optional<fs::path> target =
        a.output() ? std::optional(checkOutput(*a.output(), a.positional[0], false)) : std::nullopt;
    const Session s = loadSession(a.positional[0], ins, "cli.export." + format);
    if (format == "xlsx") {
        XlsxExport::write(*target, *a.output(), s, ins);
        return kOk;
    }
    const std::string text = format == "json" ? SessionJson::toString(s, ins) : CsvExport::toCsv(s, ins);
    if (target)
        writeFileAtomically(*target, *a.output(), text);
    else
        std::cout << text;
    return kOk;
}

int cmdDemo(const Args &a, const Instrument &ins)
{
    if (!a.positional.empty() || !a.output())
        throw UsageError{Cli::tr("usage: %1").arg("cxm demo -o FILE.cxm [--follow-up-of DEMO.cxm]")};
    if (const auto demo = a.value("--follow-up-of")) {
        // The demo six months on, recorded as the follow-up of a demo written before: a pair to try
        // cxm compare and the trend report on.
        const auto previous = SessionFile::open(*demo, SessionFile::Access::ReadOnly, ins);
        const Session before = makeDemoSession(ins);
        if (previous->uuid().empty() || previous->load().info.organization != before.info.organization)
            throw InputError(*demo, "is not a demo workshop written by cxm demo");
        checkOutput(*a.output(), *demo, true);
        SessionFile::write(*a.output(), ins, makeDemoFollowUp(ins), false, systemClock,
                           followUpLineage(before, previous->uuid()));
        std::cerr << Cli::tr("cxm: wrote the demo's follow-up six months on to %1").arg(*a.output()) << "\n";
        return kOk;
    }
    SessionFile::write(*a.output(), ins, makeDemoSession(ins), true);
    std::cerr << Cli::tr("cxm: wrote the demo workshop to %1").arg(*a.output()) << "\n";
    return kOk;
}

} // namespace cxm::cli
