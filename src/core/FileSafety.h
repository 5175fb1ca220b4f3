// Filesystem safety shared by everything that writes files: where a path really leads, which files
// may be replaced, temporaries that are complete or absent, and the clean-up of those a killed
// writer left behind. The session file (SessionFile) and the command line (cxm) both use it.
#pragma once

#include "Error.h"

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
    explicit LockedTemp(const std::filesystem::path &target);
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
    int m_fd = -1;
    bool m_published = false;
};

// Removes what a Save As or write() to this target left when its process was killed: temporaries
// of our naming pattern that no live writer holds, with their journals.
void removeStaleTemporaries(const std::filesystem::path &target);

void fsyncPath(const std::filesystem::path &p, bool directory);
// Moves a finished temporary file into place and makes the rename durable.
void publish(const std::filesystem::path &temp, const std::filesystem::path &target);

} // namespace cxm
