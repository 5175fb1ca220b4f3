// The portable session format of ../shared/spec/session-json.md (version 1), and its version 2
// (docs/file-format.md): version 1's fields plus every other worksheet, the absences and the
// instrument. parse() validates a
// document completely against the instrument and either returns the whole Session or throws
// InputError naming the source, the JSON location and what was expected; it never returns half.
#pragma once

#include "Instrument.h"
#include "Session.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace cxm {

class SessionJson
{
public:
    static constexpr const char *kFormat = "cx-workbench-session";
    // The newest version written; version 1 is written when it holds the whole session, and read.
    static constexpr int kVersion = 2;
    static constexpr std::size_t kMaxBytes = 16 * 1024 * 1024;

    static Session parse(std::string_view text, const std::string &source, const Instrument &instrument);
    static Session readFile(const std::filesystem::path &path, const Instrument &instrument);

    static nlohmann::ordered_json toJson(const Session &session, const Instrument &instrument);
    // Pretty-printed, ends with a newline.
    static std::string toString(const Session &session, const Instrument &instrument);
};

} // namespace cxm
