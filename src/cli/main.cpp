// cxm: the workbench on the command line. Validate the instrument, import and export sessions,
// score them, make the demo workshop and (with the report library) render the report, as a PDF or
// as an editable OpenDocument text.
// Exit codes: 0 success, 1 usage error, 2 bad input. Never leaves a partial output file.
// Each command is in a file of its own (Commands.h); this file only picks one.
#include "Commands.h"
#include "Error.h"
#include "FileSafety.h"
#include "SessionFile.h"
#include "SessionJson.h"
#include "TerminalText.h"

#include <cerrno>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

using namespace cxm;
using namespace cxm::cli;

namespace {

const char *kHelp = QT_TRANSLATE_NOOP("cxm::cli::Cli", R"(cxm - CX Maturity Workbench on the command line

Usage:
  cxm validate [DIR]                         check the instrument files in DIR (default: the built-in ones)
  cxm import SESSION.json -o FILE.cxm        make a session file from a session document
  cxm export FILE.cxm --format json|csv [-o OUT]
                                             write the session as JSON or CSV (to stdout without -o)
  cxm export FILE.cxm --format xlsx -o OUT.xlsx
                                             write a spreadsheet: the action plan, the scores and
                                             the answers
  cxm score FILE [--json]                    score a session (.cxm or session JSON)
  cxm demo -o FILE.cxm [--follow-up-of DEMO.cxm]
                                             write a realistic six-person demo workshop, or its
                                             follow-up six months on (to try cxm compare)
  cxm follow-up FILE.cxm -o NEW.cxm [--date YYYY-MM-DD]
                                             start the next session from a previous one: the
                                             organisation, participants, stages, targets and open
                                             actions carried over, no answers; it records which
                                             session it follows
  cxm compare A.cxm B.cxm [C.cxm …] [--json]  compare two or more sessions of one organisation: the
                                             change per item, competency and stage, the milestone,
                                             actions completed, targets met; a self-assessment
                                             among them adds the perception gap
  cxm merge A.cxm B.cxm [...] -o OUT.cxm [--match-names] [--prefer first|last]
            [--choose N=A[,N=B...]] [--report FILE]
                                             merge sessions collected on several laptops into one
                                             workshop; the same name under different ids is one
                                             person only with --match-names; without a choice for
                                             every conflict nothing is written
  cxm report FILE -o REPORT.pdf|REPORT.odt [--page-size A4|Letter] [--anonymous] [--appendix full|short]
                                             render the maturity report as a PDF, or as an editable
                                             OpenDocument text (.odt, for Word or LibreOffice Writer)
  cxm report --compare A.cxm B.cxm [C.cxm …] -o TREND.pdf [--page-size A4|Letter]
                                             the trend report: the chart over time, the change per
                                             competency, item and stage, actions completed, targets
                                             met and any perception gap
  cxm reveal FILE.cxm [--anonymous]         reveal the answers that private voting or a room round
                                             hides, with names (or as counts only); until then
                                             score, report, export, publish, compare, merge and
                                             follow-up refuse the file
  cxm room FILE.cxm [--bind ADDRESS] [--port N] [--round WORKSHEET[,WORKSHEET…]]
           [--per-address N] [--ask]
                                             open the live room: print the join URL, then serve
                                             phones until Ctrl+C (SIGINT) or SIGTERM; --round opens
                                             a round on these worksheets (e.g. c1,c2,c3,c4,c5);
                                             listens on 127.0.0.1 unless --bind is given; one
                                             network address claims at most N participants (2);
                                             --ask: each phone waits for "allow N" typed here;
                                             type "help" for the commands (devices, remove …)
  cxm publish FILE.cxm… --db URI [--anonymous]
                                             publish sessions to the shared portfolio (PostgreSQL;
                                             URI as libpq takes it, password from ~/.pgpass or
                                             PGPASSWORD); republishing an unchanged session changes
                                             nothing, a changed one becomes the next revision;
                                             --anonymous: no names, no notes (docs/portfolio.md)
  cxm portfolio --db URI [--json] [--organisation NAME] [--facilitator NAME] [--from DATE] [--to DATE]
                [--session FILE] [--migrate]
                                             list the published sessions and the benchmark: sessions
                                             per milestone, each competency's distribution, and with
                                             --session where that session stands (percentiles);
                                             --migrate sets up or upgrades the database's tables
  cxm --help | --version

Option before any command:
  --instrument DIR                           use the instrument folder DIR (a modified copy of
                                             assessments/) instead of the built-in one

Exit status: 0 success, 1 usage error, 2 bad input.
)");

// What went to standard output (export without -o, score) must have arrived: a full disk behind
// "> file" is an error, not a success.
int flushed(int code)
{
    errno = 0;
    std::cout.flush();
    if (std::cout || code != kOk)
        return code;
    const int error = errno;
    std::cerr << Cli::tr("cxm: error: %1")
                     .arg(Cli::tr("standard output: could not be written completely: %1")
                              .arg(error ? plainErrno(error) : Cli::tr("is the disk full?").str()))
              << "\n";
    return kBadInput;
}

int run(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << Cli::tr(kHelp);
        return kUsage;
    }
    std::string subject; // the file an error is about, when the core did not name one
    std::optional<std::string> instrumentDir;
    if (args.front() == "--instrument") {
        if (args.size() < 2) {
            std::cerr << Cli::tr("cxm: error: %1").arg(Cli::tr("--instrument needs a folder")) << "\n";
            return kUsage;
        }
        instrumentDir = args[1];
        args.erase(args.begin(), args.begin() + 2);
        if (args.empty()) {
            std::cerr << Cli::tr("cxm: error: %1")
                             .arg(Cli::tr("--instrument DIR needs a command after it (see cxm --help)"))
                      << "\n";
            return kUsage;
        }
    }
    const std::string command = args.front();
    args.erase(args.begin());
    try {
        if (command == "--help" || command == "-h" || command == "help") {
            std::cout << Cli::tr(kHelp);
            return kOk;
        }
        if (command == "--version") {
            std::cout << "cxm " << CXM_VERSION << " (session file format " << SessionFile::kSchemaVersion
                      << ", session JSON " << SessionJson::kVersion << ", scoring method "
                      << Instrument::builtin().scoring.method << ")\n";
            return kOk;
        }
        if (command == "validate") {
            if (instrumentDir)
                args.insert(args.begin(), *instrumentDir);
            return flushed(cmdValidate(parseArgs(args, {})));
        }
        // A folder given with --instrument is checked completely before any session is read.
        std::optional<Instrument> fromFolder;
        if (instrumentDir)
            fromFolder = Instrument::loadDirectory(*instrumentDir);
        const Instrument &ins = fromFolder ? *fromFolder : Instrument::builtin();
        if (command == "import")
            return cmdImport(parseArgs(args, {"-o"}), ins);
        if (command == "export")
            return flushed(cmdExport(parseArgs(args, {"-o", "--format"}), ins));
        if (command == "score")
            return flushed(cmdScore(parseArgs(args, {}, {"--json"}), ins));
        if (command == "reveal")
            return cmdReveal(parseArgs(args, {}, {"--anonymous"}), ins);
        if (command == "demo")
            return cmdDemo(parseArgs(args, {"-o", "--follow-up-of"}), ins);
        if (command == "follow-up")
            return cmdFollowUp(parseArgs(args, {"-o", "--date"}), ins);
        if (command == "compare")
            return flushed(cmdCompare(parseArgs(args, {}, {"--json"}), ins));
        if (command == "merge")
            return cmdMerge(parseArgs(args, {"-o", "--prefer", "--choose", "--report"}, {"--match-names"}),
                            ins);
        if (command == "publish")
            return flushed(cmdPublish(parseArgs(args, {"--db"}, {"--anonymous"}), ins));
        if (command == "portfolio")
            return flushed(cmdPortfolio(parseArgs(args,
                                                  {"--db", "--organisation", "--organization",
                                                   "--facilitator", "--from", "--to", "--session"},
                                                  {"--json", "--migrate"}),
                                        ins));
        if (command == "report") {
#ifdef CXM_WITH_REPORT
            return cmdReport(
                parseArgs(args, {"-o", "--page-size", "--appendix"}, {"--anonymous", "--compare"}), ins, argc,
                argv);
#else
            std::cerr << Cli::tr("cxm: error: %1")
                             .arg(Cli::tr("this build of cxm has no report support (built without Qt)"))
                      << "\n";
            return kUsage;
#endif
        }
        if (command == "room") {
#ifdef CXM_WITH_ROOM
            return cmdRoom(parseArgs(args, {"--bind", "--port", "--round", "--per-address"}, {"--ask"}), ins, argc,
                           argv);
#else
            std::cerr << Cli::tr("cxm: error: %1")
                             .arg(Cli::tr("this build of cxm has no live room (built without Qt)"))
                      << "\n";
            return kUsage;
#endif
        }
        throw UsageError{Cli::tr("unknown command \"%1\" (see cxm --help)").arg(command)};
    } catch (const UsageError &e) {
        std::cerr << Cli::tr("cxm: error: %1").arg(e.message) << "\n";
        return kUsage;
    } catch (const VotesHiddenError &e) {
        std::cerr << Cli::tr("cxm: error: %1").arg(votesHiddenMessage(e)) << "\n";
        return kBadInput;
    } catch (const InputError &e) {
        std::cerr << Cli::tr("cxm: error: %1").arg(e.what()) << "\n";
        return kBadInput;
    } catch (const std::exception &e) {
        std::cerr << Cli::tr("cxm: error: %1").arg((subject.empty() ? "" : subject + ": ") + e.what())
                  << "\n";
        return kBadInput;
    }
}

} // namespace

int main(int argc, char **argv)
{
    // Everything cxm prints, messages and user text alike, reaches a terminal through this.
    const TerminalGuard terminal;
    return run(argc, argv);
}
