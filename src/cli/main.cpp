// cxm: the workbench on the command line. Validate the instrument, import and export sessions,
// score them, make the demo workshop and (with the report library) render the report, as a PDF or
// as an editable OpenDocument text.
// Exit codes: 0 success, 1 usage error, 2 bad input. Never leaves a partial output file.
#include "CsvExport.h"
#include "DemoSession.h"
#include "Error.h"
#include "FileSafety.h"
#include "Instrument.h"
#include "ScoringEngine.h"
#include "SessionFile.h"
#include "SessionJson.h"
#include "Text.h"
#include "XlsxExport.h"

#ifdef CXM_WITH_REPORT
#include "ReportCommand.h"
#endif
#ifdef CXM_WITH_ROOM
#include "RoomCommand.h"
#endif

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace cxm;

namespace {

constexpr int kOk = 0;
constexpr int kUsage = 1;
constexpr int kBadInput = 2;

struct UsageError
{
    std::string message;
};

const char *kHelp = R"(cxm - CX Maturity Workbench on the command line

Usage:
  cxm validate [DIR]                         check the instrument files in DIR (default: the built-in ones)
  cxm import SESSION.json -o FILE.cxm        make a session file from a session document
  cxm export FILE.cxm --format json|csv [-o OUT]
                                             write the session as JSON or CSV (to stdout without -o)
  cxm export FILE.cxm --format xlsx -o OUT.xlsx
                                             write a spreadsheet: the action plan, the scores and
                                             the answers
  cxm score FILE [--json]                    score a session (.cxm or session JSON)
  cxm demo -o FILE.cxm                       write a realistic six-person demo workshop
  cxm report FILE -o REPORT.pdf|REPORT.odt [--page-size A4|Letter] [--anonymous] [--appendix full|short]
                                             render the maturity report as a PDF, or as an editable
                                             OpenDocument text (.odt, for Word or LibreOffice Writer)
  cxm room FILE.cxm [--bind ADDRESS] [--port N] [--round WORKSHEET[,WORKSHEET…]]
                                             open the live room: print the join URL, then serve
                                             phones until Ctrl+C (SIGINT) or SIGTERM; --round opens
                                             a round on these worksheets (e.g. c1,c2,c3,c4,c5);
                                             listens on 127.0.0.1 unless --bind is given
  cxm --help | --version

Option before any command:
  --instrument DIR                           use the instrument folder DIR (a modified copy of
                                             assessments/) instead of the built-in one

Exit status: 0 success, 1 usage error, 2 bad input.
)";

const std::string kSqliteMagic("SQLite format 3\0", 16);

bool startsLikeSqlite(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::string magic(16, '\0');
    in.read(magic.data(), 16);
    return in.gcount() == 16 && magic == kSqliteMagic;
}

// Loads FILE as a .cxm session (read-only) or a session JSON document. A regular file is looked at
// before it is read; anything else (a pipe, a process substitution such as <(cat s.json)) is read
// once, capped, and what arrived is looked at: peeking would consume the start of a pipe.
Session loadSession(const fs::path &path, const Instrument &ins)
{
    struct stat st = {};
    if (::stat(path.c_str(), &st) != 0)
        throw InputError(path.string(), errno == ENOENT || errno == ENOTDIR
                                            ? std::string("does not exist")
                                            : std::string("cannot be read: ") + std::strerror(errno));
    if (S_ISREG(st.st_mode) && (startsLikeSqlite(path) || path.extension() == ".cxm"))
        return SessionFile::open(path, SessionFile::Access::ReadOnly, ins)->load();
    if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))
        return SessionJson::readFile(path, ins);
    const std::string bytes = readInput(path, SessionJson::kMaxBytes, "a session");
    if (bytes.compare(0, kSqliteMagic.size(), kSqliteMagic) == 0)
        throw InputError(path.string(),
                         "holds a session file (.cxm), which cxm reads only from a file on disk, not "
                         "through a pipe; save it to a file first");
    if (bytes.empty())
        throw InputError(path.string(), "is empty: nothing could be read from it");
    return SessionJson::parse(bytes, path.string(), ins);
}

struct Args
{
    std::vector<std::string> positional;
    std::optional<std::string> output;
    std::optional<std::string> format;
    std::optional<std::string> pageSize;
    std::optional<std::string> appendix;
    std::optional<std::string> bind;
    std::optional<std::string> port;
    std::optional<std::string> round;
    bool json = false;
    bool anonymous = false;
};

Args parseArgs(const std::vector<std::string> &argv, std::initializer_list<std::string_view> allowed)
{
    Args a;
    const auto permitted = [&](std::string_view opt) {
        for (auto o : allowed)
            if (o == opt)
                return true;
        return false;
    };
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string &s = argv[i];
        const auto value = [&](const char *name) {
            if (!permitted(name))
                throw UsageError{"unknown option " + s};
            if (i + 1 >= argv.size())
                throw UsageError{s + " needs a value"};
            return argv[++i];
        };
        if (s == "-o" || s == "--output")
            a.output = value("-o");
        else if (s == "--format")
            a.format = value("--format");
        else if (s == "--page-size")
            a.pageSize = value("--page-size");
        else if (s == "--appendix")
            a.appendix = value("--appendix");
        else if (s == "--bind")
            a.bind = value("--bind");
        else if (s == "--port")
            a.port = value("--port");
        else if (s == "--round")
            a.round = value("--round");
        else if (s == "--json" && permitted("--json"))
            a.json = true;
        else if (s == "--anonymous" && permitted("--anonymous"))
            a.anonymous = true;
        else if (s.size() > 1 && s[0] == '-')
            throw UsageError{"unknown option " + s};
        else
            a.positional.push_back(s);
    }
    return a;
}

std::string percent(double v)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%5.1f%%", v);
    return buf;
}

std::string bar(double pct, int width = 20)
{
    const int filled = static_cast<int>(std::lround(pct / 100.0 * width));
    std::string out;
    for (int i = 0; i < width; ++i)
        out += i < filled ? "\u2588" : "\u2591";
    return out;
}

std::string title(const std::string &id, const Instrument &ins)
{
    for (const auto &l : ins.levels)
        if (l.id == id)
            return l.label;
    if (const auto *m = ins.findMilestone(id))
        return m->title;
    if (const auto *o = ins.findOption(id))
        return o->title;
    return id;
}

std::string padRight(const std::string &s, std::size_t width)
{
    // Count code points, not bytes, so titles with typographic characters still line up.
    std::size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n >= width ? s : s + std::string(width - n, ' ');
}

void printSummary(const Session &s, const Score &score, const Instrument &ins)
{
    std::cout << (s.info.organization.empty() ? "(no organisation)" : s.info.organization);
    if (!s.info.title.empty())
        std::cout << " \u2014 " << s.info.title;
    std::cout << "\n";
    std::cout << (s.info.mode == Mode::Self ? "Self-assessment" : "Workshop") << ", " << s.participants.size()
              << (s.participants.size() == 1 ? " participant" : " participants");
    if (!s.info.date.empty())
        std::cout << ", " << s.info.date;
    if (!s.info.facilitator.empty() && s.info.mode == Mode::Workshop)
        std::cout << ", facilitated by " << s.info.facilitator;
    std::cout << "\n\n";

    if (score.milestone) {
        std::cout << "Maturity milestone: " << title(*score.milestone, ins) << " ("
                  << (*score.milestoneIndex + 1) << " of " << ins.milestones.size() << ")   overall"
                  << percent(*score.overall) << "\n";
        const auto *m = ins.findMilestone(*score.milestone);
        if (m)
            std::cout << "  " << m->theme << "\n";
    } else {
        int missing = 0;
        for (const auto &c : score.competencies)
            for (const auto &i : c.items)
                missing += i.value ? 0 : 1;
        std::cout << "Maturity milestone: not yet known \u2014 " << missing << " of " << ins.itemCount()
                  << " competency questions have no answer yet\n";
    }
    std::cout << "\nCompetencies\n";
    for (std::size_t i = 0; i < score.competencies.size(); ++i) {
        const auto &c = score.competencies[i];
        const auto &comp = ins.competencies()[i];
        std::cout << "  " << comp.number << " " << padRight(comp.title, 50) << " ";
        if (c.percent)
            std::cout << padRight(title(*c.level, ins), 9) << " " << bar(*c.percent) << " "
                      << percent(*c.percent) << (c.complete ? "" : "  (incomplete)") << "\n";
        else
            std::cout << "no answers yet\n";
    }
    std::cout << "\nDisagreements (someone said Early, someone said Mature): " << score.disagreements()
              << "\n";
    for (const auto &c : score.competencies)
        for (const auto &i : c.items)
            if (i.disagreement) {
                const auto *item = ins.findItem(i.id);
                std::cout << "  " << padRight(i.id, 16) << padRight(item->title, 40) << " Early "
                          << i.counts[0] << " / Advanced " << i.counts[1] << " / Mature " << i.counts[2]
                          << (i.consensus
                                  ? "  \u2192 agreed: " + title(std::string(toString(*i.consensus)), ins)
                                  : "")
                          << "\n";
            }

    const auto &pc = score.powerCore;
    std::cout << "\nPower Core: ";
    if (!pc.hasData) {
        std::cout << "not ranked yet\n";
    } else {
        std::cout << "A = " << title(*pc.primary, ins) << ", B = " << title(*pc.secondary, ins)
                  << (pc.fromConsensus ? " (agreed ranking)" : "") << "\n";
        std::cout << "  "
                  << (*pc.customerInCore
                          ? "Customer is in the Power Core."
                          : "Customer is not in the Power Core: other forces drive the agenda.")
                  << "\n";
        if (pc.kendallW) {
            char w[16];
            std::snprintf(w, sizeof w, "%.2f", *pc.kendallW);
            std::cout << "  " << *pc.agreement << " agreement between the " << pc.rankers
                      << " rankings (Kendall's W = " << w << ")\n";
        }
    }
    const auto &rd = score.readiness;
    std::cout << "\nCCO readiness: " << rd.yes << " yes, " << rd.no << " no, " << rd.split << " split, "
              << rd.unanswered << " unanswered\n";
    if (rd.mandate)
        std::cout << "  Mandate to explore the Chief Customer Officer role: " << *rd.mandate << " ("
                  << rd.gaps() << " of " << ins.readinessQuestions().size()
                  << " questions answered No or split)\n";
    else
        std::cout << "  Mandate: not yet known until every question has an answer\n";
}

int cmdValidate(const Args &a)
{
    if (a.positional.size() > 1)
        throw UsageError{"validate takes at most one folder"};
    const Instrument ins =
        a.positional.empty() ? Instrument::builtin() : Instrument::loadDirectory(a.positional[0]);
    std::cout << (a.positional.empty() ? std::string("built-in instrument") : a.positional[0]) << ": "
              << ins.id << " version " << ins.version << " is valid (" << ins.worksheets.size()
              << " worksheets, " << ins.milestones.size() << " milestones)\n";
    for (const auto &w : ins.worksheets) {
        std::cout << "  " << w.id << ": " << toString(w.kind) << ", ";
        if (w.kind == WorksheetKind::Lists)
            std::cout << w.headings.size() << " headings of " << w.columns.size() << " lists";
        else
            std::cout << w.items.size()
                      << (w.kind == WorksheetKind::Ranking || w.kind == WorksheetKind::Choice ? " options"
                          : w.kind == WorksheetKind::Reconcile                                 ? " slots"
                          : w.kind == WorksheetKind::Reference                                 ? " cards"
                                                                                                : " items");
        if (w.scope == WorksheetScope::Stage)
            std::cout << " per stage";
        std::cout << " \u2014 " << w.title << "\n";
    }
    // Texts the workbook lacks and the instrument supplies itself, so an editor sees what is not quoted.
    const auto own = ins.appTexts();
    if (!own.empty()) {
        std::cout << own.size() << (own.size() == 1 ? " text is" : " texts are")
                  << " the app's own, not the workbook's:\n";
        for (const auto &where : own)
            std::cout << "  " << where << "\n";
    }
    return kOk;
}

int cmdImport(const Args &a, const Instrument &ins)
{
    if (a.positional.size() != 1 || !a.output)
        throw UsageError{"usage: cxm import SESSION.json -o FILE.cxm"};
    checkOutput(*a.output, a.positional[0], true);
    const Session s = SessionJson::readFile(a.positional[0], ins);
    SessionFile::write(*a.output, ins, s, true);
    const auto count = [](std::size_t n, const char *one, const char *many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    std::cerr << "cxm: wrote " << *a.output << " ("
              << count(s.participants.size(), "participant", "participants") << ", "
              << count(s.ratings.size(), "rating", "ratings") << ")\n";
    return kOk;
}

int cmdExport(const Args &a, const Instrument &ins)
{
    if (a.positional.size() != 1 || !a.format)
        throw UsageError{"usage: cxm export FILE.cxm --format json|csv|xlsx [-o OUT]"};
    if (*a.format != "json" && *a.format != "csv" && *a.format != "xlsx")
        throw UsageError{"--format must be json, csv or xlsx, not \"" + *a.format + "\""};
    // A workbook is a zip archive: never poured onto a terminal.
    if (*a.format == "xlsx" && !a.output)
        throw UsageError{"--format xlsx needs -o OUT.xlsx"};
    const std::optional<fs::path> target =
        a.output ? std::optional(checkOutput(*a.output, a.positional[0], false)) : std::nullopt;
    const Session s = loadSession(a.positional[0], ins);
    if (*a.format == "xlsx") {
        XlsxExport::write(*target, *a.output, s, ins);
        return kOk;
    }
    const std::string text = *a.format == "json" ? SessionJson::toString(s, ins) : CsvExport::toCsv(s, ins);
    if (target)
        writeFileAtomically(*target, *a.output, text);
    else
        std::cout << text;
    return kOk;
}

int cmdScore(const Args &a, const Instrument &ins)
{
    if (a.positional.size() != 1 || a.output)
        throw UsageError{"usage: cxm score FILE [--json]"};
    const Session s = loadSession(a.positional[0], ins);
    const Score score = ScoringEngine(ins).score(s);
    if (a.json)
        std::cout << ScoringEngine::toJson(score).dump(2) << "\n";
    else
        printSummary(s, score, ins);
    return kOk;
}

int cmdDemo(const Args &a, const Instrument &ins)
{
    if (!a.positional.empty() || !a.output)
        throw UsageError{"usage: cxm demo -o FILE.cxm"};
    SessionFile::write(*a.output, ins, makeDemoSession(ins), true);
    std::cerr << "cxm: wrote the demo workshop to " << *a.output << "\n";
    return kOk;
}

// What went to standard output (export without -o, score) must have arrived: a full disk behind
// "> file" is an error, not a success.
int flushed(int code)
{
    errno = 0;
    std::cout.flush();
    if (std::cout || code != kOk)
        return code;
    const int error = errno;
    std::cerr << "cxm: error: standard output: could not be written completely: "
              << (error ? plainErrno(error) : std::string("is the disk full?")) << "\n";
    return kBadInput;
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << kHelp;
        return kUsage;
    }
    std::string subject; // the file an error is about, when the core did not name one
    std::optional<std::string> instrumentDir;
    if (args.front() == "--instrument") {
        if (args.size() < 2) {
            std::cerr << "cxm: error: --instrument needs a folder\n";
            return kUsage;
        }
        instrumentDir = args[1];
        args.erase(args.begin(), args.begin() + 2);
        if (args.empty()) {
            std::cerr << "cxm: error: --instrument DIR needs a command after it (see cxm --help)\n";
            return kUsage;
        }
    }
    const std::string command = args.front();
    args.erase(args.begin());
    try {
        if (command == "--help" || command == "-h" || command == "help") {
            std::cout << kHelp;
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
            return flushed(cmdScore(parseArgs(args, {"--json"}), ins));
        if (command == "demo")
            return cmdDemo(parseArgs(args, {"-o"}), ins);
        if (command == "report") {
            const Args a = parseArgs(args, {"-o", "--page-size", "--anonymous", "--appendix"});
            if (a.positional.size() != 1 || !a.output)
                throw UsageError{"usage: cxm report FILE -o REPORT.pdf|REPORT.odt [--page-size A4|Letter] "
                                 "[--anonymous] [--appendix full|short]"};
            if (a.appendix && *a.appendix != "full" && *a.appendix != "short")
                throw UsageError{"--appendix must be full or short, not \"" + *a.appendix + "\""};
            const std::string size = a.pageSize.value_or("A4");
            if (size != "A4" && size != "Letter")
                throw UsageError{"--page-size must be A4 or Letter, not \"" + size + "\""};
#ifdef CXM_WITH_REPORT
            // The report is written through QSaveFile, which also writes through a symbolic link.
            checkOutput(*a.output, a.positional[0], false);
            // The format is the output's extension (after the checks above, which say more about a
            // session file or a device given as the output).
            if (!report::reportFormatFor(QString::fromStdString(*a.output)))
                throw UsageError{*a.output +
                                 ": unknown report format; the name must end in .pdf (PDF) or .odt "
                                 "(OpenDocument text, for Word or LibreOffice Writer)"};
            const Session s = loadSession(a.positional[0], ins);
            report::ReportOptions options;
            options.letter = size == "Letter";
            options.anonymous = a.anonymous;
            options.appendix = !a.appendix             ? report::AppendixKind::Automatic
                               : *a.appendix == "full" ? report::AppendixKind::Full
                                                       : report::AppendixKind::Short;
            return runReportCommand(s, ins, *a.output, options, argc, argv);
#else
            std::cerr << "cxm: error: this build of cxm has no report support (built without Qt)\n";
            return kUsage;
#endif
        }
        if (command == "room") {
            const Args a = parseArgs(args, {"--bind", "--port", "--round"});
            if (a.positional.size() != 1)
                throw UsageError{
                    "usage: cxm room FILE.cxm [--bind ADDRESS] [--port N] [--round WORKSHEET[,…]]"};
#ifdef CXM_WITH_ROOM
            RoomCommandOptions options;
            options.file = a.positional[0];
            options.bind = a.bind.value_or("");
            if (a.port) {
                const std::string &p = *a.port;
                if (p.empty() || p.size() > 5 || p.find_first_not_of("0123456789") != std::string::npos ||
                    std::stoi(p) > 65535)
                    throw UsageError{"--port must be a number from 0 to 65535, not \"" + p + "\""};
                options.port = std::stoi(p);
            }
            if (a.round) {
                std::string rest = *a.round;
                for (std::size_t at; (at = rest.find(',')) != std::string::npos; rest.erase(0, at + 1))
                    options.round.push_back(rest.substr(0, at));
                options.round.push_back(rest);
            }
            return runRoomCommand(options, ins, argc, argv);
#else
            std::cerr << "cxm: error: this build of cxm has no live room (built without Qt)\n";
            return kUsage;
#endif
        }
        throw UsageError{"unknown command \"" + command + "\" (see cxm --help)"};
    } catch (const UsageError &e) {
        std::cerr << "cxm: error: " << e.message << "\n";
        return kUsage;
    } catch (const InputError &e) {
        std::cerr << "cxm: error: " << e.what() << "\n";
        return kBadInput;
    } catch (const std::exception &e) {
        std::cerr << "cxm: error: " << (subject.empty() ? "" : subject + ": ") << e.what() << "\n";
        return kBadInput;
    }
}
