// `cxm publish` and `cxm portfolio`: the shared portfolio on PostgreSQL (docs/portfolio.md).
// Every file is read and checked before the database is contacted, so a bad file publishes nothing;
// the database's own errors (unreachable, permission, a newer schema, a broken connection) come back
// as PortfolioError, which main() prints with exit code 2.
#include "CliText.h"
#include "Commands.h"
#include "Error.h"
#include "Portfolio.h"
#include "PortfolioSchema.h"
#include "SessionFile.h"
#include "Text.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <algorithm>
#include <cstdio>
#include <iostream>

namespace cxm::cli {

namespace {

using namespace cxm::portfolio;

struct ToPublish
{
    std::string path;
    Session session;
    Lineage lineage;
};

// The session and its identity. Opened for editing, so a file written before sessions had a UUID
// gets one now (and keeps it: the next publication is the same row); a file another program has
// open is read as it is, and must already have one.
ToPublish readForPublishing(const std::string &path, const Instrument &ins, std::string_view readerId)
{
    const bool looksLikeJson = path.size() > 5 && path.compare(path.size() - 5, 5, ".json") == 0;
    if (looksLikeJson)
        throw InputError(path,
                         Cli::tr("is a session document, which has no session id to publish under: make "
                                 "it a session file first (cxm import %1 -o FILE.cxm) and publish that")
                             .arg(path));
    auto file = SessionFile::open(path, SessionFile::Access::ReadWrite, ins);
    ToPublish p{path, file->read(readerId), {file->uuid(), file->follows()}};
    if (p.lineage.uuid.empty())
        throw InputError(path,
                         Cli::tr("has no session id yet and cannot be given one now (%1); open it once in "
                                 "the workbench or close the program that has it open, then publish again")
                             .arg(file->readOnlyReason()));
    return p;
}

std::string percentText(const std::optional<double> &v)
{
    if (!v)
        return "-";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", *v);
    return buf;
}

Filter filterOf(const Args &a)
{
    Filter f;
    f.organization = a.value("--organisation") ? a.value("--organisation") : a.value("--organization");
    f.facilitator = a.value("--facilitator");
    f.from = a.value("--from");
    f.to = a.value("--to");
    for (const auto *d : {&f.from, &f.to})
        if (*d && !isIsoDate(**d))
            throw UsageError{Cli::tr("--from and --to take a date as YYYY-MM-DD, not \"%1\"").arg(**d)};
    return f;
}

nlohmann::ordered_json distributionJson(const std::optional<Distribution> &d)
{
    if (!d)
        return nullptr;
    return {{"sessions", d->sessions}, {"min", d->min},  {"q1", d->q1}, {"median", d->median}, {"q3", d->q3},
            {"max", d->max},           {"mean", d->mean}};
}

// A JSON string: quotes, backslashes and control characters escaped, UTF-8 as it is (the database
// holds UTF-8 only).
void appendString(std::string &out, const std::string &text)
{
    out += '"';
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out += buf;
        } else {
            out += c;
        }
    }
    out += '"';
}

// The shortest text that reads back as the same double.
void appendNumber(std::string &out, double v)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

// One session of the listing as a JSON object on one line, written field by field: ten thousand
// of them would otherwise be built as a tree only to be printed.
void appendListed(std::string &out, const ListedSession &s)
{
    const auto key = [&](const char *name) {
        out += out.back() == '{' ? "\"" : ", \"";
        out += name;
        out += "\": ";
    };
    out += '{';
    key("uuid");
    appendString(out, s.uuid);
    key("revision");
    out += std::to_string(s.revision);
    key("anonymous");
    out += s.anonymous ? "true" : "false";
    key("organization");
    appendString(out, s.organization);
    key("title");
    appendString(out, s.title);
    key("date");
    if (s.date.empty())
        out += "null";
    else
        appendString(out, s.date);
    key("facilitator");
    appendString(out, s.facilitator);
    key("mode");
    appendString(out, s.mode);
    key("participants");
    out += std::to_string(s.participants);
    key("milestone");
    if (s.milestone)
        appendString(out, *s.milestone);
    else
        out += "null";
    key("overall");
    if (s.overall)
        appendNumber(out, *s.overall);
    else
        out += "null";
    key("percents");
    out += '{';
    for (const auto &[id, v] : s.percents) {
        if (out.back() != '{')
            out += ", ";
        appendString(out, id);
        out += ": ";
        appendNumber(out, v);
    }
    out += '}';
    key("published_at");
    appendString(out, s.publishedAt);
    out += '}';
}

// printf's formatting, written to std::cout: everything reaches the terminal through one stream
// (TerminalText.h), user text included.
template<typename... Values>
void print(const char *format, Values... values)
{
    const int n = std::snprintf(nullptr, 0, format, values...);
    std::string text(static_cast<std::size_t>(n > 0 ? n : 0) + 1, '\0');
    std::snprintf(text.data(), text.size(), format, values...);
    text.pop_back();
    std::cout << text;
}

Message milestoneTitle(const std::optional<std::string> &id, const Instrument &ins)
{
    if (!id)
        return Cli::tr("not scored");
    const auto *m = ins.findMilestone(*id);
    return Message(m ? m->title : *id);
}

// The connection broke after some files were stored: which ones are in the portfolio, which are not
// (each publication is its own transaction, so a file is stored whole or not at all).
PortfolioError lostMidway(const PortfolioError &e, const std::vector<std::string> &stored,
                          const std::vector<ToPublish> &sessions, std::size_t failed)
{
    std::string rest;
    for (std::size_t i = failed; i < sessions.size(); ++i)
        rest += (rest.empty() ? "" : ", ") + sessions[i].path;
    std::string done;
    for (const auto &s : stored)
        done += (done.empty() ? "" : ", ") + s;
    return PortfolioError(PortfolioError::Kind::Lost, e.source(),
                          Cli::tr("the connection to the server was lost while publishing %1; stored "
                                  "before that: %2; not stored: %3. Run cxm publish again for those when "
                                  "the server is back")
                              .arg(sessions[failed].path)
                              .arg(done)
                              .arg(rest),
                          e.sqlstate());
}

using Percentiles = std::vector<std::pair<std::string, std::optional<double>>>;

// `cxm portfolio --json`: the benchmark, then the list, a session per line.
void printJson(const Benchmark &b, const std::vector<ListedSession> &list, bool mine,
               const Percentiles &percentiles)
{
    nlohmann::ordered_json out;
    out["schema"] = PortfolioSchema::kVersion;
    out["sessions"] = b.sessions;
    nlohmann::ordered_json milestones = nlohmann::ordered_json::object();
    for (const auto &[id, n] : b.milestones)
        milestones[id] = n;
    // Sessions without a milestone under a key of their own: the distribution adds up to "sessions".
    milestones["unscored"] = b.unscored;
    out["milestones"] = milestones;
    out["unscored"] = b.unscored;
    nlohmann::ordered_json competencies = nlohmann::ordered_json::object();
    for (const auto &[id, d] : b.competencies)
        competencies[id] = distributionJson(d);
    out["competencies"] = competencies;
    if (mine) {
        nlohmann::ordered_json p = nlohmann::ordered_json::object();
        for (const auto &[id, v] : percentiles)
            p[id] = v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
        out["percentiles"] = p;
    }
    // The list comes last, a session per line, written as it goes: ten thousand sessions
    // neither wait for one large document nor fill the screen with one field per line.
    std::string head = out.dump(2);
    head.resize(head.size() - 2); // "\n}"
    std::string text = head + ",\n  \"list\": [";
    text.reserve(text.size() + list.size() * 400);
    for (std::size_t i = 0; i < list.size(); ++i) {
        text += i ? ",\n    " : "\n    ";
        appendListed(text, list[i]);
    }
    text += list.empty() ? "]\n}\n" : "\n  ]\n}\n";
    std::cout << text;
}

// `cxm portfolio`: the milestones, the competencies' distributions and the sessions, for people.
void printText(const Benchmark &b, const std::vector<ListedSession> &list, bool mine,
               const Percentiles &percentiles, const Instrument &ins, const std::string &database)
{
    std::cout << Cli::tr("%1: %n session(s) published", nullptr, static_cast<int>(b.sessions)).arg(database)
              << "\n\n"
              << Cli::tr("Milestones") << "\n";
    for (const auto &[id, n] : b.milestones) {
        const auto *m = ins.findMilestone(id);
        print("  %-28s %6lld\n", (m ? m->title : id).c_str(), n);
    }
    if (b.unscored)
        print("  %-28s %6lld\n", Cli::tr("(not scored yet)").str().c_str(), b.unscored);
    // The figures' columns end where the headings' do; the statistics' short names stay as they are.
    const std::string sessionsHeading = Cli::tr("sessions", "column heading: how many sessions");
    print("\n%-*s%s    min     q1 median     q3    max",
          static_cast<int>(std::max<std::size_t>(36, sessionsHeading.size() + 1) - sessionsHeading.size()),
          Cli::tr("Competencies (percent)").str().c_str(), sessionsHeading.c_str());
    if (mine)
        print("   %s", Cli::tr("this session's percentile").str().c_str());
    std::cout << "\n";
    for (std::size_t i = 0; i < b.competencies.size(); ++i) {
        const auto &[id, d] = b.competencies[i];
        print("  %-24s", id.c_str());
        if (d)
            print(" %10lld %6.1f %6.1f %6.1f %6.1f %6.1f", d->sessions, d->min, d->q1, d->median, d->q3,
                  d->max);
        else
            print(" %10d %6s %6s %6s %6s %6s", 0, "-", "-", "-", "-", "-");
        if (mine) {
            std::optional<double> p;
            for (const auto &[pid, v] : percentiles)
                if (pid == id)
                    p = v;
            print("   %s", percentText(p).c_str());
        }
        std::cout << "\n";
    }
    std::cout << "\n" << Cli::tr("Sessions") << "\n";
    for (const auto &s : list)
        std::cout << "  " << (s.date.empty() ? Cli::tr("(no date)").str() + "  " : s.date + " ") << " "
                  << (s.anonymous ? Cli::tr("(anonymous)").str() : s.organization)
                  << (s.title.empty() ? "" : " \u2014 " + s.title)
                  << (s.facilitator.empty() ? "" : ", " + s.facilitator) << "  "
                  << milestoneTitle(s.milestone, ins) << "  r" << s.revision << "\n";
}

} // namespace

int cmdPublish(const Args &a, const Instrument &ins)
{
    const auto db = a.value("--db");
    if (a.positional.empty() || !db)
        throw UsageError{Cli::tr("usage: %1").arg("cxm publish FILE.cxm… --db URI [--anonymous]")};
    describeDatabase(*db); // a malformed address or a password in it: refused before any file is opened
    std::vector<ToPublish> sessions;
    for (const auto &path : a.positional)
        sessions.push_back(
            readForPublishing(path, ins, a.flag("--anonymous") ? "cli.publish.anonymous" : "cli.publish"));
    Portfolio portfolio(*db, ins);
    std::vector<std::string> stored; // "FILE (revision N)", for a connection lost midway
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const ToPublish &p = sessions[i];
        PublishResult r;
        try {
            r = portfolio.publish(p.session, p.lineage.uuid, p.lineage.follows, a.flag("--anonymous"));
        } catch (const PortfolioError &e) {
            if (e.kind() != PortfolioError::Kind::Lost || stored.empty())
                throw;
            throw lostMidway(e, stored, sessions, i);
        }
        stored.push_back(Cli::tr("%1 (revision %2)").arg(p.path).arg(r.revision));
        std::cout << p.path << ": "
                  << (r.changed ? Cli::tr("published revision %1")
                                : Cli::tr("already up to date (revision %1)"))
                         .arg(r.revision)
                  << (a.flag("--anonymous") ? Cli::tr(", anonymised").str() : std::string()) << "\n";
    }
    return kOk;
}

int cmdPortfolio(const Args &a, const Instrument &ins)
{
    const auto db = a.value("--db");
    if (!a.positional.empty() || !db)
        throw UsageError{Cli::tr("usage: %1")
                             .arg("cxm portfolio --db URI [--json] [--migrate] [--organisation NAME] "
                                  "[--facilitator NAME] [--from DATE] [--to DATE] [--session FILE]")};
    const Filter filter = filterOf(a);
    describeDatabase(*db);
    // The session to place among the others is read before the database is contacted.
    std::optional<Session> mine;
    std::string mineUuid;
    if (const auto path = a.value("--session")) {
        if (path->size() > 4 && path->compare(path->size() - 4, 4, ".cxm") == 0) {
            auto file = SessionFile::open(*path, SessionFile::Access::ReadOnly, ins);
            mine = file->read("cli.portfolio.session");
            mineUuid = file->uuid();
        } else {
            mine = loadSession(*path, ins, "cli.portfolio.session");
        }
    }
    Portfolio portfolio(*db, ins);
    if (a.flag("--migrate")) {
        const int before = portfolio.schemaBefore();
        std::cout << (before == PortfolioSchema::kVersion
                          ? Cli::tr("%1: portfolio schema %2 (already up to date)")
                                .arg(portfolio.name())
                                .arg(PortfolioSchema::kVersion)
                          : Cli::tr("%1: portfolio schema %2 (migrated from %3)")
                                .arg(portfolio.name())
                                .arg(PortfolioSchema::kVersion)
                                .arg(before))
                  << "\n";
        return kOk;
    }
    const std::vector<ListedSession> list = portfolio.listing(filter);
    const Benchmark b = benchmarkOf(list, ins);
    std::vector<std::pair<std::string, std::optional<double>>> percentiles;
    if (mine)
        percentiles = percentilesOf(list, ScoringEngine(ins).score(*mine), portfolio.publicationOf(mineUuid));

    if (a.flag("--json"))
        printJson(b, list, mine.has_value(), percentiles);
    else
        printText(b, list, mine.has_value(), percentiles, ins, portfolio.name());
    return kOk;
}

} // namespace cxm::cli
