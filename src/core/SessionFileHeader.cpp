// The first check of a file that claims to be a session, before SQLite reads it: its header says it
// is our SQLite file, in a version we read, and not cut short.
#include "SessionFileSql.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <fstream>

namespace cxm::detail {

namespace fs = std::filesystem;

namespace {

std::uint32_t bigEndian32(const unsigned char *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

} // namespace

bool holdsWorkbenchHeader(const fs::path &path, std::string &reason, FileError::Kind &kind, bool &wal)
{
    std::ifstream in(path, std::ios::binary);
    std::array<unsigned char, 100> h{};
    in.read(reinterpret_cast<char *>(h.data()), h.size());
    const auto got = in.gcount();
    if (got < 100 || std::memcmp(h.data(), "SQLite format 3", 16) != 0) {
        kind = FileError::Kind::NotAWorkbenchFile;
        reason = "is not a CX Maturity Workbench session file";
        return false;
    }
    if (bigEndian32(&h[68]) != static_cast<std::uint32_t>(SessionFile::kApplicationId)) {
        kind = FileError::Kind::NotAWorkbenchFile;
        reason = "is a database of another application, not a CX Maturity Workbench session file";
        return false;
    }
    wal = h[18] == 2 || h[19] == 2; // the file format versions of a database in WAL mode
    const auto version = static_cast<int>(bigEndian32(&h[60]));
    if (version > SessionFile::kSchemaVersion) {
        kind = FileError::Kind::NewerVersion;
        reason = "was saved by a newer version of CX Maturity Workbench (file format " +
                 std::to_string(version) + "; this version reads up to " +
                 std::to_string(SessionFile::kSchemaVersion) + "). Please update the workbench to open it";
        return false;
    }
    if (version < 1) {
        kind = FileError::Kind::Corrupt;
        reason = "is damaged (its format version is missing)";
        return false;
    }
    std::uint32_t pageSize = (std::uint32_t(h[16]) << 8) | h[17];
    if (pageSize == 1)
        pageSize = 65536;
    const auto pages = bigEndian32(&h[28]);
    const bool sizeValid = bigEndian32(&h[24]) == bigEndian32(&h[92]) && pages > 0;
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    // A commit that grows the file writes page 1 (with the new size) before the pages past the
    // old end; a crash in between leaves a short file whose journal restores it. SQLite plays the
    // journal back before the quick_check, which still refuses a file that is really cut short.
    std::error_code journalEc;
    const bool journalPending = fs::file_size(path.string() + "-journal", journalEc) > 0 && !journalEc;
    if (!ec && sizeValid && !journalPending && static_cast<std::uintmax_t>(pages) * pageSize > size) {
        kind = FileError::Kind::Corrupt;
        reason = "is damaged: it is shorter than it should be (truncated, perhaps by an incomplete copy or "
                 "download)";
        return false;
    }
    return true;
}

// A URI for sqlite3_open_v2 that opens the file as it is on disk, taking no lock and creating no
// helper file: for reading a file in WAL mode without leaving -wal and -shm beside it.
std::string immutableUri(const fs::path &path)
{
    std::string uri = "file:";
    for (const unsigned char c : path.string()) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            uri += static_cast<char>(c);
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            uri += hex;
        }
    }
    return uri + "?immutable=1";
}

} // namespace cxm::detail
