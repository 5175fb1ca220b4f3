// Reading the sessions to compare, and refusing, by name, what cannot be compared with the first.
#include "Comparison.h"

#include "Error.h"
#include "SessionFile.h"
#include "SessionJson.h"

#include <fstream>
#include <optional>

namespace fs = std::filesystem;

namespace cxm {

namespace {

bool isSessionFile(const fs::path &path)
{
    static const std::string magic("SQLite format 3\0", 16);
    std::ifstream in(path, std::ios::binary);
    std::string head(16, '\0');
    in.read(head.data(), 16);
    return (in.gcount() == 16 && head == magic) || path.extension() == ".cxm";
}

ComparedSession readOne(std::string_view readerId, const fs::path &path, const Instrument &ins)
{
    ComparedSession c;
    c.file = path.string();
    std::error_code ec;
    if (fs::is_regular_file(path, ec) && isSessionFile(path)) {
        // Read-only: comparing never changes a file. A file older than session UUIDs has none here.
        const auto file = SessionFile::open(path, SessionFile::Access::ReadOnly, ins);
        c.uuid = file->uuid();
        c.follows = file->follows();
        c.instrumentId = file->instrumentId();
        c.instrumentVersion = file->instrumentVersion();
        c.session = file->read(readerId);
        return c;
    }
    // A session document names no UUID; importing it refuses another instrument's.
    c.session = SessionJson::readFile(path, ins);
    c.instrumentId = ins.id;
    c.instrumentVersion = ins.version;
    return c;
}

} // namespace

std::vector<ComparedSession> readComparedSessions(std::string_view readerId, const std::vector<fs::path> &files,
                                                  const Instrument &ins)
{
    std::vector<ComparedSession> sessions;
    std::optional<FileError> otherInstrument; // the first file of another instrument
    for (const fs::path &path : files) {
        try {
            sessions.push_back(readOne(readerId, path, ins));
        } catch (const FileError &e) {
            if (e.kind() != FileError::Kind::OtherInstrument)
                throw;
            if (!otherInstrument)
                otherInstrument = e;
        }
    }
    if (otherInstrument) {
        if (sessions.empty())
            throw *otherInstrument;
        // Name both: the instrument it lacks is the one the others were read with.
        const ComparedSession &other = sessions.front();
        throw InputError(otherInstrument->source(), "cannot be compared with " + other.file +
                                                        " (taken with the instrument \"" +
                                                        other.instrumentId + "\" " + other.instrumentVersion +
                                                        "): it " + otherInstrument->reason());
    }
    return sessions;
}

} // namespace cxm
