// One session, stored in one SQLite file (.cxm). This is the only place that opens session files
// and the only place that writes them. It promises:
//  - every edit is its own transaction, committed (synchronous=FULL, rollback journal) before the
//    call returns, so there is no unsaved state to lose;
//  - a file that is not a workbench session (empty, random bytes, another application's database,
//    a newer schema, a crafted schema with views or triggers) is refused with a FileError that says
//    why, before any of its SQL runs, and is left byte-for-byte unchanged;
//  - a file that cannot be written, or that another window or process already has open, opens
//    read-only and refuses edits with a FileError instead of dropping them;
//  - a file open for editing is never replaced by write() or saveAs() of another window or process,
//    and an edit that finds its file replaced or removed behind it is refused (FileError::Replaced)
//    and the session turns read-only, so what is on screen can still be saved elsewhere.
#pragma once

#include "Disclosure.h"
#include "Error.h"
#include "Instrument.h"
#include "Session.h"

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace cxm {

// Returns the current time as an ISO 8601 UTC string; injectable so tests can pin timestamps.
using Clock = std::function<std::string()>;
std::string systemClock();

// A stage and every answer about it, so a removal can be undone exactly.
struct StageRecord
{
    Stage stage;
    int position = 0;
    Session answers; // only the answers scoped to the stage (ratings, rankings, …, entries, targets),
                     // and the actions that addressed it, as they were (the removal clears that)
};

// An action taken out of the plan and where it stood, so its removal can be undone exactly.
struct ActionRecord
{
    Action action;
    int position = 0;
};

// Everything a participant contributed, so a removal can be undone exactly.
struct ParticipantRecord
{
    Participant participant;
    int position = 0;
    std::vector<RatingEntry> ratings;
    std::vector<RankingEntry> rankings;
    std::vector<ChecklistAnswer> checklist;
    std::vector<TrackedAnswer> tracked;
    std::vector<std::string> absences; // steps
    std::vector<Action> ownedActions;  // as they were: the removal hands them to the name as free text
};

// The live room of this session, kept so that a room that restarts on the same file (the window or
// `cxm room`) opens with the same code and port and knows the phones that had joined. Tokens are
// never stored, only their SHA-256 (hex), so the file is no key to the room.
struct RoomRecord
{
    std::string code;
    std::string address; // the address it listened on (a new address is a new room)
    int port = 0;
    std::string round;                   // the open round's id, or empty
    std::vector<std::string> worksheets; // the open round's worksheets
};

// A device that joined the room: who it acts for, and per question (id@scope) the sequence of its
// last answer and that answer as stored when it gave it (the phone's JSON, kept as text).
struct RoomDeviceRecord
{
    std::string tokenHash;
    int number = 0;
    std::string participant;
    std::string address;
    std::string platform;
    bool waiting = false;
    struct Given
    {
        long long sequence = 0;
        std::string answer;
    };
    std::map<std::string, Given> given;
};

// Who a session is across copies and publishing: its stable UUID, and the UUID of the session it
// follows up (empty for a first assessment). write() gives a new session a new UUID unless one is
// given; saveAs() keeps it (a copy in another place is the same session).
struct Lineage
{
    std::string uuid;
    std::string follows;
    // The highest action number handed out before: a follow-up continues its predecessor's
    // numbering, so a new action never takes the id of one the previous session had (0: none).
    long long actionCounter = 0;
};

class SessionFile
{
public:
    static constexpr int kApplicationId = 0x43584d31; // "CXM1"
    static constexpr int kSchemaVersion = 7;

    enum class Access { ReadWrite, ReadOnly };

    // Opens an existing session file under an instrument (it must outlive the SessionFile). Throws
    // FileError when it is refused, also when the file has answers to worksheets or items the
    // instrument lacks (FileError::Kind::OtherInstrument). When the file (or its folder) cannot be
    // written or is in use elsewhere, it opens read-only: see readOnlyReason().
    static std::unique_ptr<SessionFile> open(const std::filesystem::path &path,
                                             Access access = Access::ReadWrite,
                                             const Instrument &instrument = Instrument::builtin());

    // Writes a complete session to a new file at path: through a temporary file in the same folder
    // and a rename, so the target is either the whole new session or untouched. With overwrite
    // false an existing target is refused. Temporaries that a killed write() or saveAs() to the
    // same path left behind (unlocked, so their writer is gone) are removed first.
    static void write(const std::filesystem::path &path, const Instrument &instrument, const Session &session,
                      bool overwrite, const Clock &clock = systemClock, const Lineage &lineage = {});

    // Convenience: write() an empty session with this information, then open() it.
    static std::unique_ptr<SessionFile> create(const std::filesystem::path &path,
                                               const Instrument &instrument, const SessionInfo &info,
                                               const Clock &clock = systemClock);

    ~SessionFile();
    SessionFile(const SessionFile &) = delete;
    SessionFile &operator=(const SessionFile &) = delete;

    const std::filesystem::path &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    const std::string &readOnlyReason() const { return m_readOnlyReason; }
    bool wasMigrated() const { return m_migratedFrom != 0; }
    int migratedFrom() const { return m_migratedFrom; }
    std::string instrumentId() const;
    std::string instrumentVersion() const;
    std::string createdAt() const;
    // The session's UUID (see Lineage). A file written before sessions had one is given one when it
    // is first opened for editing; opened read-only, such a file has none (empty).
    std::string uuid() const;
    // The UUID of the session this one follows up, or empty.
    std::string follows() const;

    // Everything stored, hidden answers too: for the file's own writers (the window's controller,
    // the room's store, tests). A reader that shows or writes the session uses read().
    Session load() const;
    // The session as the registered reader may see it (Disclosure.h): refused (VotesHiddenError) or
    // without the individual answers while they are hidden.
    Session read(std::string_view readerId) const;
    // Whether the answers are hidden, revealed anonymously, revealed, or open (workflow "votes").
    Votes votes() const;

    // Edits. Each is one durable transaction; on failure nothing of it is applied and FileError
    // says why (read-only, disk full, in use, I/O).
    void setInfo(const SessionInfo &info);
    std::string addParticipant(const std::string &name, const std::string &role);
    void updateParticipant(const std::string &id, const std::string &name, const std::string &role);
    ParticipantRecord removeParticipant(const std::string &id);
    void restoreParticipant(const ParticipantRecord &record);
    // The answers, one setter per kind of worksheet; an empty optional clears. Every one goes
    // through the one generic store (answer, team_answer, item_name and entry tables).
    void setRating(const std::string &participant, const std::string &item, std::optional<Rating> rating,
                   const std::string &note = {}, const std::string &scope = {});
    void setConsensus(const std::string &item, std::optional<Rating> rating, const std::string &note = {},
                      const std::string &scope = {});
    void setRanking(const std::string &worksheet, const std::string &participant,
                    const std::optional<std::vector<std::string>> &ranking,
                    const std::string &otherLabel = {}, const std::string &scope = {});
    void setRankingConsensus(const std::string &worksheet, const std::optional<RankingConsensus> &consensus,
                             const std::string &scope = {});
    void setChecklist(const std::string &participant, const std::string &question,
                      std::optional<Answer> answer, const std::string &note = {},
                      const std::string &scope = {});
    void setChecklistConsensus(const std::string &question, std::optional<Answer> answer,
                               const std::string &note = {}, const std::string &scope = {});
    void setTracked(const std::string &participant, const std::string &item,
                    const std::optional<TrackedAnswer> &answer, const std::string &scope = {});
    void setTrackedConsensus(const std::string &item, const std::optional<TrackedConsensus> &answer,
                             const std::string &scope = {});
    // The team's name for an item it names itself; an empty name clears it. A priority touchpoint
    // cleared serves no project any more: the projects linked to it are unlinked in the same edit.
    void setItemName(const std::string &item, const std::string &name, const std::string &scope = {});
    // The team's choice of one of a choice worksheet's options; an empty optional clears it.
    void setChoice(const std::string &worksheet, const std::optional<ChoiceAnswer> &choice,
                   const std::string &scope = {});
    // The team's reconciliation of a project (item: its slot): the priority it serves and the decision.
    void setReconciliation(const std::string &item, const std::optional<Reconciliation> &answer,
                           const std::string &scope = {});
    // Replaces the entries of one heading and column of a lists worksheet (in their new order).
    void setListEntries(const std::string &worksheet, const std::string &heading, const std::string &column,
                        const std::vector<std::string> &entries, const std::string &scope = {});
    // The journey's stages. addStage appends one and returns its new id ("sN", never the id of a
    // stage removed before, so undoing that removal cannot collide); updateStage renames it and
    // changes what it replaces and its questions; setStageOrder puts the stages in this order (every
    // id once). removeStage takes the stage and every answer about it; restoreStage puts both back.
    std::string addStage(const std::string &name, const std::string &replaces,
                         const std::vector<std::string> &questions);
    void updateStage(const Stage &stage);
    void setStageOrder(const std::vector<std::string> &ids);
    StageRecord removeStage(const std::string &id);
    void restoreStage(const StageRecord &record);
    // The plan. setTarget sets or (empty) clears the team's target for an item it rates; addAction
    // appends one and returns its new id ("aN", never one a removed action had); updateAction
    // changes one by its id; removeAction takes it out, restoreAction puts it back where it was;
    // setDismissed marks a suggestion dismissed or offers it again.
    void setTarget(const std::string &item, const std::optional<Target> &target,
                   const std::string &scope = {});
    std::string addAction(const Action &action);
    void updateAction(const Action &action);
    ActionRecord removeAction(const std::string &id);
    void restoreAction(const ActionRecord &record);
    void setDismissed(const std::string &key, bool dismissed);
    // Marks a participant absent for a step (a worksheet id), or present.
    void setAbsent(const std::string &participant, const std::string &step, bool absent);
    // Workflow state that is not an answer (e.g. private voting: answers hidden until revealed).
    void setWorkflow(const std::string &key, const std::optional<std::string> &value);
    std::optional<std::string> workflow(const std::string &key) const;

    // Runs several edits as one durable transaction (one commit, one fsync): all of them are stored,
    // or none (FileError). The live room commits the answers that arrive together this way.
    void batch(const std::function<void()> &edits);

    // The live room's own state (RoomRecord). setRoom() with another code than the one stored starts
    // a new room: the devices of the old one are forgotten. Each edit is one transaction, or part of
    // a batch(); a device goes with its participant.
    std::optional<RoomRecord> room() const;
    void setRoom(const RoomRecord &room);
    std::vector<RoomDeviceRecord> roomDevices() const;
    void putRoomDevice(const RoomDeviceRecord &device); // its details; its answers are kept
    void removeRoomDevice(const std::string &tokenHash);
    void putRoomAnswer(const std::string &tokenHash, const std::string &question, long long sequence,
                       const std::string &answer);

    // Copies the session to another file through SQLite's backup API (temporary file + rename, as
    // write(): the target is the whole copy or untouched, and a killed copy's leftovers go).
    void saveAs(const std::filesystem::path &target) const;

    // For tests of the full-disk path: caps the file's growth at this many pages.
    void limitPagesForTesting(int pages);

private:
    SessionFile() = default;
    class Statement;
    class Query;
    Query statement(const char *sql) const;
    void exec(const char *sql) const;
    void done(Query &st) const;
    template<typename Body>
    void transaction(Body &&body);
    [[noreturn]] void raise(int rc, const std::string &doing) const;
    std::string meta(const char *key) const;
    // The one storage path of every answer: participant empty for the team's.
    struct Stored
    {
        std::string value;
        std::optional<long long> level;
        std::string label;
        std::string note;
    };
    void putAnswer(const std::string &participant, const std::string &worksheet, const std::string &item,
                   const std::string &scope, const std::optional<Stored> &answer);
    static std::optional<Stored> trackedRow(const std::optional<Answer> &tracked,
                                            const std::optional<int> &difficulty, const std::string &note,
                                            const Worksheet &w);
    const Worksheet &worksheetOf(const std::string &item, WorksheetKind kind) const;
    const Worksheet &worksheetNamed(const std::string &worksheet, WorksheetKind kind) const;
    // Refuses a scope the worksheet cannot take: a stage for a company worksheet, no stage or an
    // unknown one for a per-stage worksheet.
    void checkScope(const Worksheet &worksheet, const std::string &scope) const;
    // Writes the stages as they are (ids kept), and every answer of a session (with its scope).
    void putStages(const std::vector<Stage> &stages);
    void putAnswers(const Session &answers);
    // The plan: targets, actions (ids kept) and dismissed suggestions, as written by write().
    void putPlan(const Session &session);
    void loadPlan(Session &session, const std::function<void(const std::string &)> &corrupt,
                  const std::function<void(const std::string &)> &missing) const;
    void checkAction(const Action &action) const;
    void writeAction(const Action &action, long long position);
    int participantRow(const std::string &id) const;

    // The file as this connection last left it; an edit that finds it otherwise stops (see
    // checkStillInPlace). Kept only while open for editing.
    struct Identity
    {
        unsigned long long device = 0;
        unsigned long long inode = 0;
        long long size = 0;
        long long modifiedNs = 0;
        bool operator==(const Identity &) const = default;
    };
    void checkStillInPlace();
    void rememberIdentity();

    const Instrument *m_instrument = &Instrument::builtin();
    std::filesystem::path m_path;     // as the caller named it, for messages
    std::filesystem::path m_realPath; // every symbolic link resolved: what is opened and locked
    std::optional<Identity> m_identity;
    sqlite3 *m_db = nullptr;
    int m_lockFd = -1;
    bool m_readOnly = false;
    std::string m_readOnlyReason;
    int m_migratedFrom = 0;
    bool m_inBulk = false; // inside write(): edits join one outer transaction
    long long dataVersion() const;
    mutable std::optional<Session> m_loadedAtOpen; // what open() read, for the first load()
    long long m_loadedVersion = -1;
    mutable std::map<std::string, std::unique_ptr<Statement>> m_statements;
};

} // namespace cxm
