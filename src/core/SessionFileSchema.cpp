// The session file's schema: the numbered migration steps, and the check that a file's tables are
// exactly those a version of the workbench wrote.
#include "SessionFileSql.h"

#include <array>
#include <map>
#include <set>
#include <tuple>

namespace cxm::detail {

namespace {

// Numbered migration steps: step N turns a schema of version N-1 into version N. A new file runs
// them all; an old file runs the ones it lacks, in one transaction. Never edit a released step:
// add a new one, and a test that opens a file written by the previous version.
const std::array<const char *, SessionFile::kSchemaVersion> kMigrationSteps = {
    // 1: the first schema.
    "CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE session(id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL,"
    " organization TEXT NOT NULL, mode TEXT NOT NULL CHECK (mode IN ('workshop', 'self')),"
    " facilitator TEXT NOT NULL, date TEXT NOT NULL, notes TEXT NOT NULL);"
    "CREATE TABLE participant(pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
    " role TEXT NOT NULL, position INTEGER NOT NULL);"
    "CREATE TABLE rating(participant INTEGER NOT NULL REFERENCES participant(pk) ON DELETE CASCADE,"
    " item TEXT NOT NULL, rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 3), note TEXT NOT NULL,"
    " PRIMARY KEY (participant, item)) WITHOUT ROWID;"
    "CREATE TABLE consensus(item TEXT PRIMARY KEY NOT NULL, rating INTEGER NOT NULL CHECK (rating BETWEEN 1 "
    "AND 3),"
    " note TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE power_core(participant INTEGER PRIMARY KEY REFERENCES participant(pk) ON DELETE CASCADE,"
    " ranking TEXT NOT NULL, other_label TEXT NOT NULL);"
    "CREATE TABLE power_core_consensus(id INTEGER PRIMARY KEY CHECK (id = 1), ranking TEXT NOT NULL,"
    " note TEXT NOT NULL);"
    "CREATE TABLE readiness(participant INTEGER NOT NULL REFERENCES participant(pk) ON DELETE CASCADE,"
    " question TEXT NOT NULL, answer INTEGER NOT NULL CHECK (answer IN (0, 1)), note TEXT NOT NULL,"
    " PRIMARY KEY (participant, question)) WITHOUT ROWID;"
    "CREATE TABLE readiness_consensus(question TEXT PRIMARY KEY NOT NULL,"
    " answer INTEGER NOT NULL CHECK (answer IN (0, 1)), note TEXT NOT NULL) WITHOUT ROWID;",
    // 2: workflow state that is not an answer, for private voting (answers hidden until revealed).
    "CREATE TABLE workflow(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;",
    // 3: participants marked absent for a step (a competency id, "power_core" or "readiness").
    "CREATE TABLE absence(participant INTEGER NOT NULL REFERENCES participant(pk) ON DELETE CASCADE,"
    " step TEXT NOT NULL, PRIMARY KEY (participant, step)) WITHOUT ROWID;",
    // 4: worksheets as data. One store for the answers of every worksheet, keyed by worksheet, item,
    // participant (or the team) and scope; the answers of the three worksheets that had tables of
    // their own move into it (an item "c1.culture" belongs to the worksheet "c1"; a ranking's item
    // is empty; its value lists the options in order, its label names "Other").
    "CREATE TABLE answer(participant INTEGER NOT NULL REFERENCES participant(pk) ON DELETE CASCADE,"
    " worksheet TEXT NOT NULL, item TEXT NOT NULL, scope TEXT NOT NULL, value TEXT NOT NULL, level INTEGER,"
    " label TEXT NOT NULL, note TEXT NOT NULL, PRIMARY KEY (participant, worksheet, item, scope)) WITHOUT "
    "ROWID;"
    "CREATE TABLE team_answer(worksheet TEXT NOT NULL, item TEXT NOT NULL, scope TEXT NOT NULL,"
    " value TEXT NOT NULL, level INTEGER, label TEXT NOT NULL, note TEXT NOT NULL,"
    " PRIMARY KEY (worksheet, item, scope)) WITHOUT ROWID;"
    "CREATE TABLE item_name(worksheet TEXT NOT NULL, item TEXT NOT NULL, scope TEXT NOT NULL, name TEXT NOT "
    "NULL,"
    " PRIMARY KEY (worksheet, item, scope)) WITHOUT ROWID;"
    "CREATE TABLE entry(worksheet TEXT NOT NULL, scope TEXT NOT NULL, heading TEXT NOT NULL,"
    " list TEXT NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL,"
    " PRIMARY KEY (worksheet, scope, heading, list, position)) WITHOUT ROWID;"
    "INSERT INTO answer SELECT participant, substr(item, 1, instr(item, '.') - 1), item, '',"
    " CASE rating WHEN 1 THEN 'early' WHEN 2 THEN 'advanced' WHEN 3 THEN 'mature' END, NULL, '', note FROM "
    "rating;"
    "INSERT INTO team_answer SELECT substr(item, 1, instr(item, '.') - 1), item, '',"
    " CASE rating WHEN 1 THEN 'early' WHEN 2 THEN 'advanced' WHEN 3 THEN 'mature' END, NULL, '', note"
    " FROM consensus;"
    "INSERT INTO answer SELECT participant, 'power_core', '', '', ranking, NULL, other_label, '' FROM "
    "power_core;"
    "INSERT INTO team_answer SELECT 'power_core', '', '', ranking, NULL, '', note FROM power_core_consensus;"
    "INSERT INTO answer SELECT participant, 'readiness', question, '',"
    " CASE answer WHEN 1 THEN 'yes' ELSE 'no' END, NULL, '', note FROM readiness;"
    "INSERT INTO team_answer SELECT 'readiness', question, '', CASE answer WHEN 1 THEN 'yes' ELSE 'no' END,"
    " NULL, '', note FROM readiness_consensus;"
    "DROP TABLE rating; DROP TABLE consensus; DROP TABLE power_core; DROP TABLE power_core_consensus;"
    "DROP TABLE readiness; DROP TABLE readiness_consensus;",
    // 5: the team's customer journey: its stages in order, each with a stable id that the answers
    // about it carry as their scope. `questions` holds one question per line.
    "CREATE TABLE stage(id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,"
    " replaces TEXT NOT NULL, questions TEXT NOT NULL) WITHOUT ROWID;",
    // 6: the plan. The team's targets (keyed like an answer; level = the level's id, months after the
    // session's date when date is empty), the actions in order (owner = a participant's id or empty,
    // owner_name = free text), and the keys of the suggestions the facilitator dismissed.
    "CREATE TABLE target(worksheet TEXT NOT NULL, item TEXT NOT NULL, scope TEXT NOT NULL, level TEXT NOT "
    "NULL,"
    " date TEXT NOT NULL, months INTEGER NOT NULL, note TEXT NOT NULL, PRIMARY KEY (worksheet, item, scope))"
    " WITHOUT ROWID;"
    "CREATE TABLE action(id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, title TEXT NOT NULL,"
    " owner TEXT NOT NULL, owner_name TEXT NOT NULL, due TEXT NOT NULL, status TEXT NOT NULL, note TEXT NOT "
    "NULL,"
    " addresses TEXT NOT NULL, priority TEXT NOT NULL, suggestion TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE dismissed(key TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;",
    // 7: the live room, so that a restarted room resumes: its code, address, port and open round
    // (worksheets one a line); each device by its token's SHA-256, and per question the sequence and
    // the answer as stored when the device gave it. No answer lives here: these are the room's notes.
    "CREATE TABLE room(id INTEGER PRIMARY KEY CHECK (id = 1), code TEXT NOT NULL, address TEXT NOT NULL,"
    " port INTEGER NOT NULL, round TEXT NOT NULL, worksheets TEXT NOT NULL);"
    "CREATE TABLE room_device(token_hash TEXT PRIMARY KEY NOT NULL, number INTEGER NOT NULL,"
    " participant INTEGER NOT NULL REFERENCES participant(pk) ON DELETE CASCADE, address TEXT NOT NULL,"
    " platform TEXT NOT NULL, waiting INTEGER NOT NULL CHECK (waiting IN (0, 1))) WITHOUT ROWID;"
    "CREATE TABLE room_answer(token_hash TEXT NOT NULL REFERENCES room_device(token_hash) ON DELETE CASCADE,"
    " question TEXT NOT NULL, sequence INTEGER NOT NULL, answer TEXT NOT NULL,"
    " PRIMARY KEY (token_hash, question)) WITHOUT ROWID;",
};

using SchemaRow = std::tuple<std::string, std::string, std::string, std::string>;

std::set<SchemaRow> readSchema(sqlite3 *db, int &rc)
{
    std::set<SchemaRow> rows;
    sqlite3_stmt *st = nullptr;
    rc = sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema", -1, &st,
                            nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const auto text = [&](int c) {
                const auto *t = sqlite3_column_text(st, c);
                return std::string(t ? reinterpret_cast<const char *>(t) : "");
            };
            rows.emplace(text(0), text(1), text(2), text(3));
        }
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rows;
}

} // namespace

int runMigrations(sqlite3 *db, int from, int to)
{
    for (int step = from + 1; step <= to; ++step) {
        if (int rc = execRaw(db, kMigrationSteps[static_cast<std::size_t>(step - 1)]); rc != SQLITE_OK)
            return rc;
    }
    const std::string version = "PRAGMA user_version = " + std::to_string(to);
    if (int rc = execRaw(db, version.c_str()); rc != SQLITE_OK)
        return rc;
    const std::string appId = "PRAGMA application_id = " + std::to_string(SessionFile::kApplicationId);
    return execRaw(db, appId.c_str());
}

// The exact schema a file of this version must have, made by running the same migration steps
// on an empty in-memory database.
static const std::set<SchemaRow> &expectedSchema(int version)
{
    static std::map<int, std::set<SchemaRow>> cache;
    auto it = cache.find(version);
    if (it == cache.end()) {
        int rc = SQLITE_OK;
        sqlite3 *db = openConnection(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, rc);
        runMigrations(db, 0, version);
        it = cache.emplace(version, readSchema(db, rc)).first;
        sqlite3_close_v2(db);
    }
    return it->second;
}

bool hasExpectedSchema(sqlite3 *db, int version, int &rc)
{
    return readSchema(db, rc) == expectedSchema(version);
}

} // namespace cxm::detail
