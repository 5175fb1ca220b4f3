#include "FileSafety.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <random>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cxm {

namespace fs = std::filesystem;

fs::path parentOf(const fs::path &p)
{
    const auto parent = p.parent_path();
    return parent.empty() ? fs::path(".") : parent;
}

std::string tempPrefixFor(const fs::path &target)
{
    return "." + target.filename().string() + ".tmp-";
}

FileError::Kind kindForErrno(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return FileError::Kind::Full;
    case EACCES:
    case EPERM:
    case EROFS:
        return FileError::Kind::ReadOnly;
    default:
        return FileError::Kind::Io;
    }
}

std::string plainErrno(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return "the disk is full (or the file has reached its size limit)";
    case EACCES:
    case EPERM:
        return "the folder cannot be written (no permission)";
    case EROFS:
        return "the folder is on a read-only disk or medium";
    case ENOENT:
    case ENOTDIR:
        return "the folder does not exist";
    default:
        return std::strerror(error);
    }
}

LockedTemp::LockedTemp(const fs::path &target)
{
    std::random_device random;
    for (int attempt = 0;; ++attempt) {
        // The pid keeps live writers apart; the random part, writers that died with the same pid.
        m_path = parentOf(target) / (tempPrefixFor(target) + std::to_string(::getpid()) + "-" +
                                     std::to_string(random() % 1000000000));
        const std::string provisional = m_path.string() + "-new";
        m_fd = ::open(provisional.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
        int error = errno;
        if (m_fd >= 0) {
            ::flock(m_fd, LOCK_EX);
            if (::rename(provisional.c_str(), m_path.c_str()) == 0)
                return;
            error = errno;
            ::close(m_fd);
            ::unlink(provisional.c_str());
        }
        if (error != EEXIST || attempt == 10)
            throw FileError(kindForErrno(error), target.string(),
                            "could not be written: " + plainErrno(error));
    }
}

LockedTemp::~LockedTemp()
{
    if (!m_published) {
        ::unlink(m_path.c_str());
        ::unlink((m_path.string() + "-journal").c_str());
    }
    ::close(m_fd);
}

void LockedTemp::publishAs(const fs::path &target)
{
    publish(m_path, target);
    m_published = true;
}

// Best effort, and careful
// never to take a live file: a locked temporary is skipped, a provisional one younger than a
// minute too (its writer may not have locked it yet), and so are this process's own.
void removeStaleTemporaries(const fs::path &target)
{
    const std::string prefix = tempPrefixFor(target);
    const auto isDigits = [](std::string_view t) {
        return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    const auto cutSuffix = [](std::string_view &t, std::string_view suffix) {
        if (t.size() <= suffix.size() || t.substr(t.size() - suffix.size()) != suffix)
            return false;
        t.remove_suffix(suffix.size());
        return true;
    };
    // Removes path (and its journal) if nobody holds it and it is old enough.
    const auto removeUnlocked = [](const fs::path &path, int minimumAgeSeconds) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
        if (fd < 0)
            return;
        struct stat held = {};
        struct stat named = {};
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::fstat(fd, &held) == 0 &&
            ::lstat(path.c_str(), &named) == 0 && held.st_dev == named.st_dev &&
            held.st_ino == named.st_ino && S_ISREG(held.st_mode) &&
            std::time(nullptr) - held.st_mtime >= minimumAgeSeconds) {
            ::unlink(path.c_str());
            ::unlink((path.string() + "-journal").c_str());
        }
        ::close(fd);
    };
    std::error_code ec;
    std::vector<fs::path> journals;
    for (fs::directory_iterator it(parentOf(target), ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.compare(0, prefix.size(), prefix) != 0)
            continue;
        std::string_view rest = std::string_view(name).substr(prefix.size());
        const bool journal = cutSuffix(rest, "-journal");
        const bool provisional = !journal && cutSuffix(rest, "-new");
        const auto dash = rest.find('-');
        if (dash == std::string_view::npos || !isDigits(rest.substr(0, dash)) ||
            !isDigits(rest.substr(dash + 1)) || rest.substr(0, dash) == std::to_string(::getpid()))
            continue;
        if (journal)
            journals.push_back(it->path());
        else
            removeUnlocked(it->path(), provisional ? 60 : 0);
    }
    // A journal whose temporary is gone has no writer: ours delete their journal before the rename.
    for (const auto &journal : journals) {
        const std::string name = journal.string();
        struct stat st = {};
        if (::lstat(name.substr(0, name.size() - std::strlen("-journal")).c_str(), &st) != 0 &&
            errno == ENOENT)
            ::unlink(name.c_str());
    }
}

void fsyncPath(const fs::path &p, bool directory)
{
    const int fd = ::open(p.c_str(), (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

void publish(const fs::path &temp, const fs::path &target)
{
    fsyncPath(temp, false);
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) // the temporary's owner removes it
        throw FileError(FileError::Kind::Io, target.string(), "could not be written: " + ec.message());
    fsyncPath(parentOf(target), true);
}
} // namespace cxm
