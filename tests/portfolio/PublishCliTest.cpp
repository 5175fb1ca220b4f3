// `cxm publish` and `cxm portfolio` as a consultant runs them, against a real PostgreSQL server
// (TestCluster): exit codes and messages, the file left as it was, passwords from PGPASSWORD and
// ~/.pgpass, and a server stopped while a publication waits.
#include "TestCluster.h"

#include "DemoSession.h"
#include "Portfolio.h"
#include "Uuid.h"
#include "ScoringEngine.h"
#include "SessionFile.h"
#include "SessionJson.h"

#include "../core/TempDir.h"
#include "../cli/CxmProcess.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <libpq-fe.h>

#include <chrono>
#include <csignal>
#include <memory>
#include <cstdlib>
#include <thread>

#include <fcntl.h>
#include <pty.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cxm;
using namespace cxm::test;
namespace fs = std::filesystem;

namespace {

TestCluster &cluster()
{
    return TestCluster::instance();
}

std::string demoFile(const TempDir &dir, const std::string &name = "demo.cxm")
{
    const auto path = dir / name;
    SessionFile::write(path, Instrument::builtin(), makeDemoSession(Instrument::builtin()), true);
    return path.string();
}

std::string db(const std::string &role = "cxm_admin")
{
    return quote(cluster().uri(role));
}

// cxm run on a terminal (a pseudo-terminal): what the terminal is sent, standard output and error.
Run runOnTerminal(const TempDir &dir, const std::vector<std::string> &args)
{
    int master = -1;
    const pid_t child = ::forkpty(&master, nullptr, nullptr, nullptr);
    REQUIRE(child >= 0);
    if (child == 0) {
        if (::chdir(dir.path().c_str()) != 0)
            ::_exit(126);
        std::vector<char *> argv{const_cast<char *>(CXM_BINARY)};
        for (const auto &a : args)
            argv.push_back(const_cast<char *>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(CXM_BINARY, argv.data());
        ::_exit(127);
    }
    Run r;
    char buf[4096];
    for (ssize_t n; (n = ::read(master, buf, sizeof buf)) > 0;)
        r.out.append(buf, static_cast<std::size_t>(n));
    ::close(master);
    int status = 0;
    ::waitpid(child, &status, 0);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

// A second publisher, once per cluster.
void makeAna()
{
    static bool made = false;
    if (!made)
        cluster().query("CREATE ROLE ana LOGIN PASSWORD 'ana-secret' IN ROLE cxm_publisher", "postgres");
    made = true;
}

} // namespace

TEST_CASE("cxm publish: idempotent, revisions, the file left as it was", "[portfolio][cli]")
{
    cluster().clear();
    TempDir dir;
    const std::string file = demoFile(dir);
    const std::string before = readBytes(file);

    Run r = runCxm(dir, "publish demo.cxm --db " + db());
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "demo.cxm: published revision 1\n");
    r = runCxm(dir, "publish demo.cxm --db " + db());
    CHECK(r.status == 0);
    CHECK(r.out == "demo.cxm: already up to date (revision 1)\n");
    CHECK(readBytes(file) == before);

    const std::string uuid = SessionFile::open(file, SessionFile::Access::ReadOnly)->uuid();
    CHECK(cluster().query("SELECT uuid::text FROM cxm_session") == uuid);
    {
        auto f = SessionFile::open(file);
        SessionInfo info = f->load().info;
        info.title = "Second look";
        f->setInfo(info);
    }
    r = runCxm(dir, "publish demo.cxm --db " + db());
    CHECK(r.out == "demo.cxm: published revision 2\n");
    CHECK(cluster().query("SELECT count(*) || ' ' || max(revision) FROM cxm_session") == "1 2");

    // A copy saved elsewhere is the same session: the same row.
    SessionFile::open(file, SessionFile::Access::ReadOnly)->saveAs(dir / "copy.cxm");
    r = runCxm(dir, "publish copy.cxm --db " + db());
    CHECK(r.out == "copy.cxm: already up to date (revision 2)\n");
}

TEST_CASE("cxm publish gives a file of an older version its session id, once", "[portfolio][cli]")
{
    cluster().clear();
    TempDir dir;
    fs::copy_file(fs::path(CXM_SOURCE_DIR) / "tests/data/migrations/schema-v5.cxm", dir / "old.cxm");
    Run r = runCxm(dir, "publish old.cxm --db " + db());
    INFO(r.err);
    REQUIRE(r.status == 0);
    const std::string uuid = SessionFile::open(dir / "old.cxm", SessionFile::Access::ReadOnly)->uuid();
    CHECK_FALSE(uuid.empty());
    CHECK(cluster().query("SELECT uuid::text FROM cxm_session") == uuid);
    r = runCxm(dir, "publish old.cxm --db " + db());
    CHECK(r.out == "old.cxm: already up to date (revision 1)\n");
}

TEST_CASE("cxm publish --anonymous and cxm portfolio --json", "[portfolio][cli]")
{
    cluster().clear();
    TempDir dir;
    demoFile(dir, "a.cxm");
    demoFile(dir, "b.cxm");
    Run r = runCxm(dir, "publish a.cxm b.cxm --anonymous --db " + db());
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "a.cxm: published revision 1, anonymised\nb.cxm: published revision 1, anonymised\n");
    const Session demo = makeDemoSession(Instrument::builtin());
    const std::string stored =
        cluster().query("SELECT string_agg(document::text || organization, ' ') FROM cxm_session");
    for (const auto &p : demo.participants)
        CHECK_THAT(stored, !Catch::Contains(p.name));

    r = runCxm(dir, "portfolio --json --session a.cxm --db " + db("reader"),
               "PGPASSWORD=" + std::string(TestCluster::kReaderPassword));
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["sessions"] == 2);
    CHECK(j["milestones"].is_object());
    const Score score = ScoringEngine(Instrument::builtin()).score(demo);
    CHECK(j["milestones"][*score.milestone] == 2);
    CHECK(j["milestones"].size() == 6); // the instrument's five, then "unscored"
    CHECK(j["milestones"]["unscored"] == 0);
    CHECK(j["competencies"]["c1"]["median"].get<double>() == Approx(*score.competencies[0].percent));
    CHECK(j["list"].size() == 2);
    CHECK(j["list"][0]["anonymous"] == true);
    CHECK(j["list"][0]["organization"] == "");
    // a.cxm is left out of its own comparison: it stands level with b.cxm, at the 50th percentile.
    CHECK(j["percentiles"]["c1"].get<double>() == Approx(50));

    r = runCxm(dir, "portfolio --db " + db() + " --organisation Nobody --json");
    CHECK(nlohmann::json::parse(r.out)["sessions"] == 0);
    r = runCxm(dir, "portfolio --db " + db());
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("2 sessions published") && Catch::Contains("(anonymous)"));
}

TEST_CASE("passwords come from PGPASSWORD or ~/.pgpass; the reader role may not publish", "[portfolio][cli]")
{
    cluster().clear();
    TempDir dir;
    demoFile(dir);
    const std::string before = readBytes(dir / "demo.cxm");

    Run r = runCxm(dir, "publish demo.cxm --db " + db("pub"), "PGPASSWORD=wrong");
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("cxm: error: database \"portfolio\"") &&
                          Catch::Contains("password authentication failed for user \"pub\"") &&
                          Catch::Contains("nothing was changed"));

    const auto pgpass = dir / "pgpass";
    {
        std::ofstream out(pgpass);
        out << "*:*:portfolio:pub:" << TestCluster::kPublisherPassword << "\n";
    }
    fs::permissions(pgpass, fs::perms::owner_read | fs::perms::owner_write);
    r = runCxm(dir, "publish demo.cxm --db " + db("pub"), "PGPASSFILE=" + quote(pgpass.string()));
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(r.out == "demo.cxm: published revision 1\n");
    CHECK(cluster().query("SELECT published_by FROM cxm_session") == "pub");

    cluster().clear();
    r = runCxm(dir, "publish demo.cxm --db " + db("reader"),
               "PGPASSWORD=" + std::string(TestCluster::kReaderPassword));
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("the role \"reader\" is not allowed to do this") &&
                          Catch::Contains("permission denied for function cxm_publish"));
    CHECK(cluster().query("SELECT count(*) FROM cxm_session") == "0");
    CHECK(readBytes(dir / "demo.cxm") == before);
}

TEST_CASE("bad input: a clear message, exit 2, nothing changed", "[portfolio][cli]")
{
    cluster().clear();
    TempDir dir;
    demoFile(dir);
    {
        std::ofstream out(dir / "notes.cxm");
        out << "not a session at all\n";
    }
    SessionJson::toString(makeDemoSession(Instrument::builtin()), Instrument::builtin());
    {
        std::ofstream out(dir / "demo.json");
        out << SessionJson::toString(makeDemoSession(Instrument::builtin()), Instrument::builtin());
    }

    Run r = runCxm(dir, "publish demo.cxm --db 'postgresql://[oops'");
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::StartsWith("cxm: error: --db: is not a PostgreSQL URI or connection string"));

    r = runCxm(dir, "publish demo.cxm --db 'postgresql://pub:hunter2@db.example.com/portfolio'");
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("holds a password") && !Catch::Contains("hunter2"));

    r = runCxm(dir, "publish demo.cxm --db 'postgresql://cxm@no-such-host.invalid/portfolio'");
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("on no-such-host.invalid") && Catch::Contains("could not connect"));

    // A bad file among good ones publishes nothing at all.
    r = runCxm(dir, "publish demo.cxm notes.cxm --db " + db());
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("notes.cxm"));
    r = runCxm(dir, "publish demo.json --db " + db());
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("demo.json: is a session document") && Catch::Contains("cxm import"));
    r = runCxm(dir, "publish missing.cxm --db " + db());
    CHECK(r.status == 2);
    CHECK(cluster().query("SELECT count(*) FROM cxm_session") == "0");

    CHECK(runCxm(dir, "publish demo.cxm").status == 1);
    CHECK(runCxm(dir, "publish --db " + db()).status == 1);
    CHECK(runCxm(dir, "portfolio").status == 1);
    CHECK(runCxm(dir, "portfolio --db " + db() + " --from yesterday").status == 1);
    CHECK(runCxm(dir, "publish demo.cxm --db " + db() + " --bogus").status == 1);
}

TEST_CASE("the server stopped while a publication waits: a clear error, the file untouched, the retry "
          "completes",
          "[portfolio][cli][kill]")
{
    cluster().clear();
    TempDir dir;
    const std::string file = demoFile(dir);
    const std::string before = readBytes(file);

    // Another connection holds the table, so the publication waits inside its transaction; a third
    // watches the server's activity (a transaction sees one snapshot of it, so not the locker).
    const std::unique_ptr<PGconn, void (*)(PGconn *)> locker(PQconnectdb(cluster().uri().c_str()), PQfinish);
    const std::unique_ptr<PGconn, void (*)(PGconn *)> watcher(PQconnectdb(cluster().uri().c_str()), PQfinish);
    REQUIRE(PQstatus(locker.get()) == CONNECTION_OK);
    REQUIRE(PQstatus(watcher.get()) == CONNECTION_OK);
    PQclear(PQexec(locker.get(), "BEGIN"));
    PGresult *locked = PQexec(locker.get(), "LOCK TABLE cxm_session IN ACCESS EXCLUSIVE MODE");
    REQUIRE(PQresultStatus(locked) == PGRES_COMMAND_OK);
    PQclear(locked);

    const pid_t child = ::fork();
    if (child == 0) {
        const int out = ::open((dir / "stdout").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open((dir / "stderr").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(out, 1);
        ::dup2(err, 2);
        const std::string uri = cluster().uri();
        ::execl(CXM_BINARY, CXM_BINARY, "publish", file.c_str(), "--db", uri.c_str(),
                static_cast<char *>(nullptr));
        ::_exit(127);
    }
    // Until the server shows the publication waiting for the lock (bounded: 60 s).
    bool waiting = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!waiting && std::chrono::steady_clock::now() < deadline) {
        PGresult *r = PQexec(watcher.get(), "SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                            "'cxm' AND wait_event_type = 'Lock'");
        waiting = PQresultStatus(r) == PGRES_TUPLES_OK && std::string(PQgetvalue(r, 0, 0)) == "1";
        PQclear(r);
        if (!waiting)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (!waiting)
        ::kill(child, SIGKILL);
    REQUIRE(waiting);

    cluster().kill();
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 2);
    const std::string err = readBytes(dir / "stderr");
    CHECK_THAT(err, Catch::StartsWith("cxm: error: database \"portfolio\"") &&
                        Catch::Contains("the connection to the server was lost") &&
                        Catch::Contains("nothing of this was stored, run it again"));
    CHECK(readBytes(dir / "stdout").empty());
    CHECK(readBytes(file) == before);

    cluster().restart();
    CHECK(cluster().query("SELECT count(*) FROM cxm_session") == "0");
    Run r = runCxm(dir, "publish demo.cxm --db " + db());
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(r.out == "demo.cxm: published revision 1\n");
    CHECK(cluster().query("SELECT count(*) || ' ' || max(revision) FROM cxm_session") == "1 1");
    CHECK(readBytes(file) == before);
}

TEST_CASE("cxm publish of a session another publisher published first: refused, nothing changed",
          "[portfolio][cli][rules]")
{
    cluster().clear();
    makeAna();
    TempDir dir;
    const std::string file = demoFile(dir);
    Run r = runCxm(dir, "publish demo.cxm --db " + db("pub"),
                   "PGPASSWORD=" + std::string(TestCluster::kPublisherPassword));
    REQUIRE(r.status == 0);
    const std::string before = cluster().query("SELECT s::text FROM cxm_session s");
    // Ana borrows the file (its UUID) and changes it: her publication is refused.
    SessionFile::open(file, SessionFile::Access::ReadOnly)->saveAs(dir / "borrowed.cxm");
    {
        auto f = SessionFile::open(dir / "borrowed.cxm");
        SessionInfo info = f->load().info;
        info.organization = "Not Acme";
        f->setInfo(info);
    }
    for (const char *anonymous : {"", " --anonymous"}) {
        r = runCxm(dir, "publish borrowed.cxm --db " + db("ana") + anonymous, "PGPASSWORD=ana-secret");
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK_THAT(r.err, Catch::Contains("as ana: session " +
                                          SessionFile::open(file, SessionFile::Access::ReadOnly)->uuid() +
                                          " was first published by another role") &&
                              Catch::Contains("nothing was changed"));
    }
    CHECK(cluster().query("SELECT s::text FROM cxm_session s") == before);
}

TEST_CASE("sslpassword in --db is refused like password", "[portfolio][cli]")
{
    TempDir dir;
    demoFile(dir);
    for (const char *address : {"'postgresql://pub@db.example.com/portfolio?sslpassword=hunter2'",
                                "'host=db.example.com dbname=portfolio sslpassword=hunter2'"}) {
        const Run r = runCxm(dir, std::string("publish demo.cxm --db ") + address);
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("holds a password (sslpassword") && !Catch::Contains("hunter2"));
    }
}

TEST_CASE("a session without a milestone is counted in milestones, which add up to sessions",
          "[portfolio][cli]")
{
    cluster().clear();
    TempDir dir;
    demoFile(dir, "whole.cxm");
    Session half = makeDemoSession(Instrument::builtin());
    half.ratings.clear();
    SessionFile::write(dir / "half.cxm", Instrument::builtin(), half, true);
    REQUIRE(runCxm(dir, "publish whole.cxm half.cxm --db " + db()).status == 0);
    const Run r = runCxm(dir, "portfolio --json --db " + db());
    REQUIRE(r.status == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["sessions"] == 2);
    CHECK(j["unscored"] == 1);
    CHECK(j["milestones"]["unscored"] == 1);
    long long sum = 0;
    for (const auto &[id, n] : j["milestones"].items())
        sum += n.get<long long>();
    CHECK(sum == 2);
}

TEST_CASE("text from the portfolio reaches a terminal without its control and escape characters",
          "[portfolio][cli][terminal]")
{
    cluster().clear();
    TempDir dir;
    // As a publisher could store it, whatever cxm's own inputs allow: OSC 52 writes the clipboard,
    // ESC [2J clears the screen, CR returns to the line's start, 0x9B is the one-byte CSI.
    const Instrument &ins = Instrument::builtin();
    portfolio::PublishRecord hostile = portfolio::recordOf(makeDemoSession(ins), ins, newUuid(), {}, false);
    hostile.organization = "Acme\x1b]52;c;aGFja2Vk\x07";
    hostile.title = "Kick-off\x1b[2J\x1b[H\r\xc2\x9b"
                    "31m";
    portfolio::Portfolio(cluster().uri(), ins).publish(hostile);
    const Run tty = runOnTerminal(dir, {"portfolio", "--db", cluster().uri()});
    INFO(tty.out);
    CHECK(tty.status == 0);
    CHECK_THAT(tty.out, Catch::Contains("Acme\xEF\xBF\xBD]52;c;aGFja2Vk\xEF\xBF\xBD") &&
                            Catch::Contains("Kick-off\xEF\xBF\xBD[2J\xEF\xBF\xBD[H\xEF\xBF\xBD\xEF\xBF\xBD"
                                            "31m"));
    for (const char *control : {"\x1b", "\x07", "\xc2\x9b"})
        CHECK(tty.out.find(control) == std::string::npos);
    // An error about such a file reaches the terminal the same way.
    const Run error = runOnTerminal(dir, {"portfolio", "--db", "postgresql://x@/\x1b[2J?host=/nonexistent"});
    CHECK(error.status == 2);
    CHECK_THAT(error.out, Catch::Contains("database \"\xEF\xBF\xBD[2J\""));
    CHECK(error.out.find('\x1b') == std::string::npos);
    // Into a pipe or a file the text is data: byte for byte, and --json escapes it as JSON does.
    Run piped = runCxm(dir, "portfolio --db " + db());
    CHECK_THAT(piped.out, Catch::Contains(hostile.title));
    piped = runCxm(dir, "portfolio --json --db " + db());
    CHECK(nlohmann::json::parse(piped.out)["list"][0]["title"] == hostile.title);
}

TEST_CASE("a publication of several files that loses its server midway says which files were stored",
          "[portfolio][cli][kill]")
{
    cluster().clear();
    TempDir dir;
    demoFile(dir, "a.cxm");
    const std::string b = demoFile(dir, "b.cxm");
    demoFile(dir, "c.cxm");
    REQUIRE(runCxm(dir, "publish b.cxm --db " + db()).status == 0);
    {
        auto f = SessionFile::open(b);
        SessionInfo info = f->load().info;
        info.title = "Changed since";
        f->setInfo(info);
    }
    const std::string bUuid = SessionFile::open(b, SessionFile::Access::ReadOnly)->uuid();
    // Another connection holds b's row, so b's publication waits for it after a's was stored.
    const std::unique_ptr<PGconn, void (*)(PGconn *)> locker(PQconnectdb(cluster().uri().c_str()), PQfinish);
    const std::unique_ptr<PGconn, void (*)(PGconn *)> watcher(PQconnectdb(cluster().uri().c_str()), PQfinish);
    REQUIRE(PQstatus(locker.get()) == CONNECTION_OK);
    PQclear(PQexec(locker.get(), "BEGIN"));
    const char *params[] = {bUuid.c_str()};
    PGresult *locked =
        PQexecParams(locker.get(), "SELECT 1 FROM cxm_session WHERE uuid = $1::uuid FOR UPDATE", 1, nullptr,
                     params, nullptr, nullptr, 0);
    REQUIRE(PQresultStatus(locked) == PGRES_TUPLES_OK);
    REQUIRE(PQntuples(locked) == 1);
    PQclear(locked);

    const pid_t child = ::fork();
    if (child == 0) {
        ::chdir(dir.path().c_str());
        const int out = ::open((dir / "stdout").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open((dir / "stderr").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(out, 1);
        ::dup2(err, 2);
        const std::string uri = cluster().uri();
        ::execl(CXM_BINARY, CXM_BINARY, "publish", "a.cxm", "b.cxm", "c.cxm", "--db", uri.c_str(),
                static_cast<char *>(nullptr));
        ::_exit(127);
    }
    bool waiting = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!waiting && std::chrono::steady_clock::now() < deadline) {
        PGresult *r = PQexec(watcher.get(), "SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                            "'cxm' AND wait_event_type = 'Lock'");
        waiting = PQresultStatus(r) == PGRES_TUPLES_OK && std::string(PQgetvalue(r, 0, 0)) == "1";
        PQclear(r);
        if (!waiting)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (!waiting)
        ::kill(child, SIGKILL);
    REQUIRE(waiting);
    cluster().kill();
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WEXITSTATUS(status) == 2);
    const std::string err = readBytes(dir / "stderr");
    CHECK(readBytes(dir / "stdout") == "a.cxm: published revision 1\n");
    CHECK_THAT(err, Catch::Contains("the connection to the server was lost while publishing b.cxm") &&
                        Catch::Contains("stored before that: a.cxm (revision 1); not stored: b.cxm, c.cxm") &&
                        !Catch::Contains("revision 0") && !Catch::Contains("nothing of this was stored"));
    cluster().restart();
    CHECK(cluster().query("SELECT string_agg(revision::text, ' ' ORDER BY revision) FROM cxm_session") ==
          "1 1");
    const Run again = runCxm(dir, "publish a.cxm b.cxm c.cxm --db " + db());
    CHECK(again.out == "a.cxm: already up to date (revision 1)\nb.cxm: published revision 2\n"
                       "c.cxm: published revision 1\n");
}
