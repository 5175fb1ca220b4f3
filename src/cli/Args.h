// The command line's arguments as a command sees them, and the errors and exit codes they share.
// Every command lives in its own file (see Commands.h); main.cpp only picks one.
#pragma once

#include "CliText.h"
#include "Instrument.h"
#include "Session.h"

#include <filesystem>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cxm::cli {

constexpr int kOk = 0;
constexpr int kUsage = 1;
constexpr int kBadInput = 2;

// A mistake in the command line itself: exit 1 with "cxm: error: message".
struct UsageError
{
    std::string message;
};

struct Args
{
    std::vector<std::string> positional;
    std::map<std::string, std::string> values; // "-o" → "out.pdf" (--output is "-o")
    std::set<std::string> flags;               // "--json"

    std::optional<std::string> value(const std::string &option) const;
    bool flag(const std::string &option) const { return flags.count(option) > 0; }
    // The value of "-o".
    std::optional<std::string> output() const { return value("-o"); }
};

// Splits argv into options and positional arguments. Only the options named are accepted:
// `withValue` take the next argument as their value, `flags` stand alone. Anything else that
// starts with "-" is a UsageError naming it.
Args parseArgs(const std::vector<std::string> &argv, std::initializer_list<std::string_view> withValue,
               std::initializer_list<std::string_view> flags = {});

// Loads FILE as a .cxm session (read-only) or a session JSON document (see LoadSession.cpp).
Session loadSession(const std::filesystem::path &path, const Instrument &ins, std::string_view readerId);

} // namespace cxm::cli
