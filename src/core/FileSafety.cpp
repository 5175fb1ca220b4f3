#include "FileSafety.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <memory>
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
    std::string why;
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        why = "the disk is full";
        break;
    case EFBIG:
        why = "the disk is full or the file is larger than allowed here";
        break;
    case EACCES:
    case EPERM:
        why = "no permission to write in its folder";
        break;
    case EROFS:
        why = "its folder is on a read-only disk or medium";
        break;
    case ENOENT:
    case ENOTDIR:
        why = "its folder does not exist";
        break;
    default:
        return std::strerror(error);
    }
    // In words, and in the system's own, for a search or a support request.
    return why + " (" + std::strerror(error) + ")";
}

void writeFileAtomically(const fs::path &path, const std::string &name, const std::string &text)
{
    LockedTemp temp(path, name); // removed again, unless published, whatever fails below
    int error = 0;
    const int fd = ::open(temp.path().c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        error = errno;
    } else {
        for (std::size_t done = 0; done < text.size();) {
            const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                error = n < 0 ? errno : EIO;
                break;
            }
            done += static_cast<std::size_t>(n);
        }
        if (!error && ::fsync(fd) != 0)
            error = errno;
        if (::close(fd) != 0 && !error)
            error = errno;
    }
    if (error)
        throw FileError(kindForErrno(error), name, "could not be written: " + plainErrno(error));
    temp.publishAs(path);
}

LockedTemp::LockedTemp(const fs::path &target, const std::string &name)
    : m_name(name)
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
            throw FileError(kindForErrno(error), name, "could not be written: " + plainErrno(error));
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
    publish(m_path, target, m_name);
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

void publish(const fs::path &temp, const fs::path &target, const std::string &name)
{
    fsyncPath(temp, false);
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) // the temporary's owner removes it
        throw FileError(FileError::Kind::Io, name, "could not be written: " + ec.message());
    fsyncPath(parentOf(target), true);
}
namespace {

// A folder on the way is missing or not a folder: worded for the person who typed the path.
FileError reachError(const std::string &name, int error, const char *doing)
{
    if (error == ENOENT || error == ENOTDIR)
        return FileError(FileError::Kind::NotFound, name, "does not exist");
    if (error == ELOOP)
        return FileError(FileError::Kind::Io, name, "is a loop of symbolic links");
    return FileError(kindForErrno(error), name,
                     std::string("cannot be ") + doing + ": " + std::strerror(error));
}

std::string megabytes(std::size_t bytes)
{
    return std::to_string(bytes / (1024 * 1024)) + " MB";
}

} // namespace

fs::path resolveExisting(const fs::path &path)
{
    std::unique_ptr<char, decltype(&std::free)> real(::realpath(path.c_str(), nullptr), &std::free);
    if (!real)
        throw reachError(path.string(), errno, "opened");
    return fs::path(real.get());
}

fs::path resolveOutput(const fs::path &path)
{
    const std::string name = path.string();
    fs::path target = path;
    for (int links = 0;; ++links) {
        struct stat st = {};
        if (::lstat(target.c_str(), &st) != 0) {
            if (errno == ENOENT)
                break; // a new file (or the missing target of a link): its folder is checked below
            throw FileError(kindForErrno(errno), name, "cannot be written: " + plainErrno(errno));
        }
        if (S_ISLNK(st.st_mode)) {
            if (links == 40)
                throw FileError(FileError::Kind::Io, name, "is a loop of symbolic links");
            std::error_code ec;
            const fs::path link = fs::read_symlink(target, ec);
            if (ec)
                throw FileError(FileError::Kind::Io, name, "cannot be written: its link cannot be read");
            target = link.is_absolute() ? link : parentOf(target) / link;
            continue;
        }
        if (S_ISDIR(st.st_mode))
            throw FileError(FileError::Kind::Io, name, "is a folder; give the name of a file to write");
        if (S_ISFIFO(st.st_mode))
            throw FileError(FileError::Kind::Io, name,
                            "is a named pipe (FIFO), not a file; it was left as it is. Give the name of a "
                            "file to write (or leave out -o to write to the standard output)");
        if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) || S_ISSOCK(st.st_mode))
            throw FileError(FileError::Kind::Io, name,
                            "is a device or another special file, not a file; it was left as it is. Give the "
                            "name of a file to write");
        break;
    }
    const fs::path leaf = target.filename();
    if (leaf.empty() || leaf == "." || leaf == "..")
        throw FileError(FileError::Kind::Io, name, "is a folder; give the name of a file to write");
    std::unique_ptr<char, decltype(&std::free)> folder(::realpath(parentOf(target).c_str(), nullptr),
                                                       &std::free);
    if (!folder)
        throw FileError(kindForErrno(errno), name, "cannot be written: " + plainErrno(errno));
    return fs::path(folder.get()) / leaf;
}

bool sameFile(const fs::path &a, const fs::path &b)
{
    struct stat sa = {};
    struct stat sb = {};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

bool looksLikeSessionFile(const fs::path &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return false;
    struct stat st = {};
    unsigned char header[72] = {};
    const bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    const bool whole =
        regular && ::pread(fd, header, sizeof header, 0) == static_cast<ssize_t>(sizeof header);
    ::close(fd);
    // Bytes 68–71 of an SQLite header hold the application id: "CXM1" for a workbench session.
    return whole && std::memcmp(header, "SQLite format 3", 16) == 0 &&
           std::memcmp(header + 68, "CXM1", 4) == 0;
}

std::string readInput(const fs::path &path, std::size_t maxBytes, const std::string &what)
{
    const std::string name = path.string();
    // O_NONBLOCK: opening a named pipe must not wait for a writer that may never come.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        throw InputError(name, errno == ENOENT || errno == ENOTDIR
                                   ? std::string("does not exist")
                                   : std::string("cannot be read: ") + std::strerror(errno));
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st = {};
    if (::fstat(fd, &st) != 0)
        throw InputError(name, std::string("cannot be read: ") + std::strerror(errno));
    if (S_ISDIR(st.st_mode))
        throw InputError(name, "is a folder, not " + what);
    if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode))
        throw InputError(name,
                         "is a device or another special file, not " + what + "; give the name of a file");
    if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > maxBytes)
        throw InputError(name, "is too large for " + what + " (" +
                                   megabytes(static_cast<std::size_t>(st.st_size)) + "; the limit is " +
                                   megabytes(maxBytes) + ")");
    // From here on, reads wait for data: a pipe whose writer is still writing is read to its end.
    // A named pipe that nobody writes to reads as empty at once.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    std::string bytes;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw InputError(name, std::string("cannot be read: ") + std::strerror(errno));
        if (n == 0)
            return bytes;
        if (bytes.size() + static_cast<std::size_t>(n) > maxBytes)
            throw InputError(name, "is too large for " + what + " (more than " + megabytes(maxBytes) +
                                       "; the limit is " + megabytes(maxBytes) + ")");
        bytes.append(buffer, static_cast<std::size_t>(n));
    }
}

WriterLock::WriterLock(const fs::path &target, const std::string &name)
{
    m_fd = ::open(target.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY);
    if (m_fd < 0)
        return; // nothing there yet (or unreadable: then nobody can be editing it through us either)
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
        ::close(m_fd);
        m_fd = -1;
        throw FileError(FileError::Kind::InUse, name,
                        "is open in another window or program, so it was not replaced and nothing was "
                        "changed. Close it there first, or choose another name");
    }
}

WriterLock::~WriterLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

// Where -o may write, resolved (see resolveOutput: through a symbolic link to its target, never
// over a folder, a device or a pipe). Never the input itself, whatever names lead there, and never
// a session file, unless what is written is a session.
fs::path checkOutput(const std::string &output, const std::string &input, bool writesSession)
{
    const fs::path target = resolveOutput(output);
    if (sameFile(input, target))
        throw InputError(output,
                         "is the input file " + input +
                             " itself; writing there would replace it. Choose another name for the output");
    if (!writesSession && looksLikeSessionFile(target))
        throw InputError(output, "is a workbench session file; a session is never replaced by an export or a "
                                 "report. Choose another name for the output");
    return target;
}

} // namespace cxm
