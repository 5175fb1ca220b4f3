// Measures what the foundation promises about speed: the cost of one durable rating against the
// bare SQLite floor on the same disk, and opening + scoring a session. Prints medians, one
// measurement per line beside its target; scripts/bench runs it in a Release build.
//   cxm-bench DIR                    the rating, its floor, open + score of 50 participants, memory
//   cxm-bench --open-score FILE [N]  open + score FILE, median of N runs (default 5)
#include "BenchSession.h"
#include "DemoSession.h"
#include "ScoringEngine.h"
#include "SessionFile.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <sys/resource.h>

using namespace cxm;
namespace fs = std::filesystem;
using SteadyClock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double msSince(SteadyClock::time_point t)
{
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - t).count();
}

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// The line format every benchmark shares (tests/bench/lib.sh prints the same columns).
void line(const std::string &what, const std::string &value, const std::string &target = {},
          const char *outcome = "")
{
    char buf[256];
    std::snprintf(buf, sizeof buf, "%-66s %12s   %-16s %s", what.c_str(), value.c_str(), target.c_str(),
                  outcome);
    std::string text = buf;
    text.erase(text.find_last_not_of(' ') + 1);
    std::printf("%s\n", text.c_str());
    std::fflush(stdout);
}

std::string fixed(double v, int decimals, const char *unit)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f%s", decimals, v, unit);
    return buf;
}

const char *verdict(bool met)
{
    return met ? "met" : "MISSED";
}

[[noreturn]] void fail(const std::string &what)
{
    std::fprintf(stderr, "cxm-bench: %s\n", what.c_str());
    std::exit(2);
}

void check(sqlite3 *db, int rc, const char *doing)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        fail(std::string("bare SQLite: ") + doing + ": " + sqlite3_errmsg(db));
}

Rating next(Rating r)
{
    return static_cast<Rating>(ratingValue(r) % 3 + 1);
}

// One rating as its own durable transaction, through the store, against the floor: the same
// statement as a bare INSERT + COMMIT with the same pragmas on the same disk. The two are timed in
// turn, so both see the same background load. Every write changes the stored value: SQLite does not
// rewrite a page whose content is unchanged, and such a commit would time no disk I/O at all.
std::pair<std::vector<double>, std::vector<double>> timeRatings(const fs::path &dir, const Instrument &ins,
                                                                int n)
{
    const Session demo = makeDemoSession(ins);
    const auto items = ins.itemIds();
    std::vector<std::pair<std::string, std::string>> keys; // (participant, item): 6 × 15
    std::map<std::pair<std::string, std::string>, Rating> current;
    for (const auto &r : demo.ratings) {
        if (!r.scope.empty())
            continue; // the competencies' ratings: the same 90 rows as the floor's
        keys.emplace_back(r.participant, r.item);
        current[{r.participant, r.item}] = r.rating;
    }

    SessionFile::write(dir / "ratings.cxm", ins, demo, true);
    auto file = SessionFile::open(dir / "ratings.cxm");
    if (file->isReadOnly())
        fail("the session file opened read-only: " + file->readOnlyReason());

    sqlite3 *db = nullptr;
    check(db, sqlite3_open((dir / "bare.db").c_str(), &db), "open");
    check(db,
          sqlite3_exec(
              db,
              // The floor has the generic store's table (schema 4), so the ratio is what the store's
              // code adds: look-ups, the check that the file is still in place, the transaction.
              "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
              "CREATE TABLE answer(participant INTEGER NOT NULL, worksheet TEXT NOT NULL, item TEXT NOT NULL,"
              " scope TEXT NOT NULL, value TEXT NOT NULL, level INTEGER, label TEXT NOT NULL, note TEXT NOT "
              "NULL,"
              " PRIMARY KEY (participant, worksheet, item, scope)) WITHOUT ROWID;",
              nullptr, nullptr, nullptr),
          "create");
    sqlite3_stmt *st = nullptr;
    check(
        db,
        sqlite3_prepare_v2(db,
                           "INSERT OR REPLACE INTO answer(participant, worksheet, item, scope, value, level,"
                           " label, note) VALUES (?1, ?2, ?3, '', ?4, NULL, '', '')",
                           -1, &st, nullptr),
        "prepare");
    const auto bareWrite = [&](int participant, const std::string &item, Rating rating) {
        check(db, sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), "begin");
        const std::string worksheet = item.substr(0, item.find('.'));
        sqlite3_bind_int(st, 1, participant);
        sqlite3_bind_text(st, 2, worksheet.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, item.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 4, std::string(toString(rating)).c_str(), -1, SQLITE_TRANSIENT);
        check(db, sqlite3_step(st), "insert");
        sqlite3_reset(st);
        check(db, sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "commit");
    };
    for (const auto &[key, rating] : current) // the same 90 rows to start from
        bareWrite(std::atoi(key.first.c_str() + 1), key.second, rating);

    std::vector<double> store, bare;
    for (int i = 0; i < n; ++i) {
        const auto &key = keys[static_cast<std::size_t>(i) % keys.size()];
        const Rating rating = current[key] = next(current[key]);
        auto t = SteadyClock::now();
        file->setRating(key.first, key.second, rating, {});
        store.push_back(msSince(t));
        t = SteadyClock::now();
        bareWrite(std::atoi(key.first.c_str() + 1), key.second, rating);
        bare.push_back(msSince(t));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);

    // The store really holds what was written (so the timing above is of real writes).
    const Session stored = file->load();
    for (const auto &[key, rating] : current) {
        const RatingEntry *r = stored.findRating(key.first, key.second);
        if (!r || r->rating != rating)
            fail("the session file does not hold the last rating written for " + key.first + " " +
                 key.second);
    }
    return {store, bare};
}

// Opens the file read-only, loads and scores it, `runs` times; returns the median.
double timeOpenScore(const fs::path &path, const Instrument &ins, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto t = SteadyClock::now();
        auto file = SessionFile::open(path, SessionFile::Access::ReadOnly);
        const Score score = ScoringEngine(ins).score(file->load());
        times.push_back(msSince(t));
        if (!score.complete)
            fail(path.string() + ": the benchmark session does not score as complete");
    }
    return median(times);
}

int runFoundation(const fs::path &dir)
{
    fs::remove_all(dir);
    fs::create_directories(dir);
    const Instrument &ins = Instrument::builtin();
    const int n = 1000;
    const auto [store, bare] = timeRatings(dir, ins, n);

    // Fifty participants with every worksheet answered: the demo's ratings, rankings, checklist and
    // asset metrics, its named behaviours and its enablers and inhibitors.
    SessionFile::write(dir / "fifty.cxm", ins, bench::makeBenchSession(ins, 50), true);
    const double openScore = timeOpenScore(dir / "fifty.cxm", ins, 30);
    // Loading the instrument folder from disk, as --instrument DIR does (every file read and checked).
    const fs::path folder = fs::path(CXM_SOURCE_DIR) / "assessments";
    std::vector<double> loads;
    for (int i = 0; i < 30; ++i) {
        const auto t = SteadyClock::now();
        const Instrument loaded = Instrument::loadDirectory(folder);
        loads.push_back(msSince(t));
        if (loaded.worksheets.size() != ins.worksheets.size())
            fail("the instrument folder did not load as the built-in one");
    }
    const double loadMs = median(loads);

    const double storeMs = median(store), bareMs = median(bare);
    const double ratio = bareMs > 0 ? storeMs / bareMs : 0.0;
    line("record one rating, its own durable transaction (median of " + std::to_string(n) + ")",
         fixed(storeMs, 3, " ms"));
    line("bare SQLite upsert + COMMIT, same pragmas and disk (median of " + std::to_string(n) + ")",
         fixed(bareMs, 3, " ms"));
    line("  ratio of the two", fixed(ratio, 2, "x"), "<= 1.10x", verdict(ratio <= 1.10));
    line("open + score a 50-participant session, every worksheet answered (median of 30)",
         fixed(openScore, 2, " ms"), "< 5 ms", verdict(openScore < 5));
    line("load the instrument folder assessments/ (median of 30)", fixed(loadMs, 2, " ms"), "< 5 ms",
         verdict(loadMs < 5));
    line("peak memory of the above (max RSS)", fixed(peakMiB(), 1, " MiB"));
    fs::remove_all(dir);
    return 0;
}

int runOpenScore(const fs::path &path, int runs)
{
    const double ms = timeOpenScore(path, Instrument::builtin(), runs);
    line("  open + score, in process (median of " + std::to_string(runs) + ")", fixed(ms, 1, " ms"));
    line("  peak memory of open + score (max RSS)", fixed(peakMiB(), 1, " MiB"));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    try {
        if (argc >= 3 && std::string(argv[1]) == "--open-score")
            return runOpenScore(argv[2], argc > 3 ? std::max(1, std::atoi(argv[3])) : 5);
        return runFoundation(argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / "cxm-bench");
    } catch (const std::exception &e) {
        fail(e.what());
    }
}
