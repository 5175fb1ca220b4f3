// Reading the session a command names: a .cxm file (read-only) or a session JSON document, from a
// file or through a pipe.
#include "Args.h"
#include "Error.h"
#include "FileSafety.h"
#include "SessionFile.h"
#include "SessionJson.h"

#include <cerrno>
#include <cstring>
#include <fstream>

#include <sys/stat.h>

namespace fs = std::filesystem;

namespace cxm::cli {

namespace {

const std::string kSqliteMagic("SQLite format 3\0", 16);

bool startsLikeSqlite(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::string magic(16, '\0');
    in.read(magic.data(), 16);
    return in.gcount() == 16 && magic == kSqliteMagic;
}

} // namespace

// Loads FILE as a .cxm session (read-only) or a session JSON document. A regular file is looked at
// before it is read; anything else (a pipe, a process substitution such as <(cat s.json)) is read
// once, capped, and what arrived is looked at: peeking would consume the start of a pipe.
Session loadSession(const fs::path &path, const Instrument &ins, std::string_view readerId)
{
    struct stat st = {};
    if (::stat(path.c_str(), &st) != 0) {
        const int error = errno; // before the message's translation, which may read a file
        throw InputError(path.string(), error == ENOENT || error == ENOTDIR
                                            ? Cli::tr("does not exist").str()
                                            : Cli::tr("cannot be read: %1").arg(std::strerror(error)).str());
    }
    if (S_ISREG(st.st_mode) && (startsLikeSqlite(path) || path.extension() == ".cxm"))
        return SessionFile::open(path, SessionFile::Access::ReadOnly, ins)->read(readerId);
    if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))
        return SessionJson::readFile(path, ins);
    const std::string bytes = readInput(path, SessionJson::kMaxBytes, "a session");
    if (bytes.compare(0, kSqliteMagic.size(), kSqliteMagic) == 0)
        throw InputError(path.string(),
                         Cli::tr("holds a session file (.cxm), which cxm reads only from a file on disk, not "
                                 "through a pipe; save it to a file first"));
    if (bytes.empty())
        throw InputError(path.string(), Cli::tr("is empty: nothing could be read from it"));
    return SessionJson::parse(bytes, path.string(), ins);
}

} // namespace cxm::cli
