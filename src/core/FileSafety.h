// Filesystem safety shared by everything that writes files: where a path really leads, which files
// may be replaced, temporaries that are complete or absent, and the clean-up of those a killed
// writer left behind. The session file (SessionFile) and the command line (cxm) both use it.
#pragma once

#include "Error.h"

#include <cstddef>
#include <filesystem>
#include <string>

namespace cxm {

// The folder a path lives in ("." for a bare name).
std::filesystem::path parentOf(const std::filesystem::path &p);
// Temporaries beside a target are named ".NAME.tmp-PID-RANDOM" (plus SQLite's "-journal").
std::string tempPrefixFor(const std::filesystem::path &target);
FileError::Kind kindForErrno(int error);
// Why a write failed, in words a facilitator understands.
std::string plainErrno(int error);

// A temporary file beside a target that only carries its name while its writer holds an flock on
// it: it is created under a provisional name (NAME-new), locked, and then renamed. A temporary
// found unlocked was therefore left by a process that died, since the kernel drops the lock with
// the process. Where flock is not supported, nobody can lock it, and nothing is ever cleaned up.
class LockedTemp
{
public:
    // Errors name the target as `name` (what the user typed, not the resolved path).
    LockedTemp(const std::filesystem::path &target, const std::string &name);
    // Removes the temporary and its journal unless it was published. Close every SQLite
    // connection to the file first: closing a descriptor drops the process's POSIX locks on the
    // file, SQLite's included.
    ~LockedTemp();
    LockedTemp(const LockedTemp &) = delete;
    LockedTemp &operator=(const LockedTemp &) = delete;

    const std::filesystem::path &path() const { return m_path; }
    // Moves the finished temporary over the target; from then on it is no longer ours to remove.
    void publishAs(const std::filesystem::path &target);

private:
    std::filesystem::path m_path;
    std::string m_name;
    int m_fd = -1;
    bool m_published = false;
};

// Removes what a Save As or write() to this target left when its process was killed: temporaries
// of our naming pattern that no live writer holds, with their journals.
void removeStaleTemporaries(const std::filesystem::path &target);

void fsyncPath(const std::filesystem::path &p, bool directory);
// Writes text to path through a locked temporary beside it, flushed to the disk and renamed over
// the target: the target is the complete new text or untouched, and a failure leaves no temporary.
// Errors name the output as `name` (what the user typed).
void writeFileAtomically(const std::filesystem::path &path, const std::string &name, const std::string &text);
// Moves a finished temporary file into place and makes the rename durable.
void publish(const std::filesystem::path &temp, const std::filesystem::path &target, const std::string &name);

// Where an existing file really is: every symbolic link on the way resolved, once (realpath), so
// that what is opened next (SQLite opens with SQLITE_OPEN_NOFOLLOW) is the real file, and its
// journal sits beside it. Throws FileError naming `path` when it does not exist or cannot be reached.
std::filesystem::path resolveExisting(const std::filesystem::path &path);

// The file a write to `path` replaces: a symbolic link is followed to its target (the link stays
// and points at the new file), and the folder is resolved with realpath. The result is what the
// temporary and the rename must use. Refuses, with a FileError naming `path`, a folder, a device,
// a named pipe (FIFO) or a socket: replacing those with a regular file is never what was meant.
std::filesystem::path resolveOutput(const std::filesystem::path &path);

// True when both exist and are the same file (device and inode), whatever names lead there.
bool sameFile(const std::filesystem::path &a, const std::filesystem::path &b);

// True when the file starts with the header of a workbench session (SQLite, our application id).
bool looksLikeSessionFile(const std::filesystem::path &path);

// Where an output may be written, resolved as resolveOutput does. Never the input itself (empty: no
// input), whatever names lead there, and never a session file, unless what is written is a session.
// Throws InputError naming `output`.
std::filesystem::path checkOutput(const std::string &output, const std::string &input, bool writesSession);

// Reads a whole input once: a regular file, a named pipe or a process substitution (<(…)). Opening
// never waits for a pipe's writer, and at most maxBytes are read, so /dev/zero cannot eat memory.
// A folder, a device or a socket is refused. `what` names the expected content in messages
// ("a session document").
std::string readInput(const std::filesystem::path &path, std::size_t maxBytes, const std::string &what);

// The writer's lock on an existing session file (the flock every read-write open holds), taken by
// whoever is about to replace the file, and held until the replacement is in place. Refuses with
// FileError(InUse) when a window or program has the file open for editing. A missing target needs
// no lock.
class WriterLock
{
public:
    WriterLock(const std::filesystem::path &target, const std::string &name);
    ~WriterLock();
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

private:
    int m_fd = -1;
};

} // namespace cxm
