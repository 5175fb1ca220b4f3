// Measures what the foundation promises about speed: the cost of one durable rating against the
// bare SQLite floor on the same disk, and opening + scoring a 50-participant session. Prints
// medians; scripts/bench runs it in a Release build.
#include "DemoSession.h"
#include "ScoringEngine.h"
#include "SessionFile.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
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

Session bigSession(const Instrument &ins, int participants)
{
    Session s = makeDemoSession(ins);
    const Session demo = s;
    s.participants.clear();
    s.ratings.clear();
    s.powerCore.clear();
    s.readiness.clear();
    for (int p = 0; p < participants; ++p) {
        const auto &from = demo.participants[static_cast<std::size_t>(p) % demo.participants.size()];
        const std::string id = "p" + std::to_string(p + 1);
        s.participants.push_back({id, from.name + " " + std::to_string(p + 1), from.role});
        for (const auto &r : demo.ratings)
            if (r.participant == from.id)
                s.ratings.push_back({id, r.item, r.rating, r.note});
        if (const auto *pc = demo.findPowerCore(from.id))
            s.powerCore.push_back({id, pc->ranking, pc->otherLabel});
        for (const auto &a : demo.readiness)
            if (a.participant == from.id)
                s.readiness.push_back({id, a.question, a.answer, a.note});
    }
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    const fs::path dir = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / "cxm-bench";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const Instrument &ins = Instrument::builtin();
    const int n = 1000;

    // 1. One rating as its own durable transaction, through the store.
    SessionFile::write(dir / "ratings.cxm", ins, makeDemoSession(ins), true);
    std::vector<double> store;
    {
        auto file = SessionFile::open(dir / "ratings.cxm");
        const auto items = ins.itemIds();
        for (int i = 0; i < n; ++i) {
            const auto t = SteadyClock::now();
            file->setRating("p" + std::to_string(1 + i % 6), items[static_cast<std::size_t>(i) % items.size()],
                            static_cast<Rating>(1 + i % 3), {});
            store.push_back(msSince(t));
        }
    }

    // 2. The floor: a bare INSERT + COMMIT with the same pragmas on the same disk.
    std::vector<double> bare;
    {
        sqlite3 *db = nullptr;
        sqlite3_open((dir / "bare.db").c_str(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
                         "CREATE TABLE rating(participant INTEGER NOT NULL, item TEXT NOT NULL, rating INTEGER NOT NULL,"
                         " note TEXT NOT NULL, PRIMARY KEY (participant, item)) WITHOUT ROWID;",
                     nullptr, nullptr, nullptr);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO rating VALUES (?1, ?2, ?3, '')", -1, &st, nullptr);
        for (int i = 0; i < n; ++i) {
            const auto t = SteadyClock::now();
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            sqlite3_bind_int(st, 1, 1 + i % 6);
            const std::string item = "c" + std::to_string(1 + i % 5) + ".item" + std::to_string(i % 3);
            sqlite3_bind_text(st, 2, item.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int(st, 3, 1 + i % 3);
            sqlite3_step(st);
            sqlite3_reset(st);
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
            bare.push_back(msSince(t));
        }
        sqlite3_finalize(st);
        sqlite3_close(db);
    }

    // 3. Open a 50-participant session and score it.
    SessionFile::write(dir / "fifty.cxm", ins, bigSession(ins, 50), true);
    std::vector<double> openScore;
    for (int i = 0; i < 30; ++i) {
        const auto t = SteadyClock::now();
        auto file = SessionFile::open(dir / "fifty.cxm", SessionFile::Access::ReadOnly);
        const Score score = ScoringEngine(ins).score(file->load());
        openScore.push_back(msSince(t));
        if (!score.complete)
            return 1;
    }

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double storeMs = median(store), bareMs = median(bare);
    std::printf("record one rating (durable transaction, median of %d)   %8.3f ms\n", n, storeMs);
    std::printf("bare SQLite INSERT + COMMIT, same pragmas (floor)        %8.3f ms\n", bareMs);
    std::printf("ratio to the floor                                      %8.2fx   (target <= 1.50x)\n",
                bareMs > 0 ? storeMs / bareMs : 0.0);
    std::printf("open + score a 50-participant session (median of 30)    %8.3f ms   (target < 20 ms)\n",
                median(openScore));
    std::printf("peak memory (max RSS)                                   %8.1f MiB\n", usage.ru_maxrss / 1024.0);
    fs::remove_all(dir);
    return 0;
}
