// Errors the core reports to its callers. InputError names the file (or other input) at fault
// and what is wrong with it, so every front end can show the same clear message.
#pragma once

#include <stdexcept>
#include <string>

namespace cxm {

class Error : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Something about a file or document the user supplied is wrong. what() is "SOURCE: REASON".
class InputError : public Error
{
public:
    InputError(std::string source, std::string reason)
        : Error(source.empty() ? reason : source + ": " + reason)
        , m_source(std::move(source))
        , m_reason(std::move(reason))
    {}
    const std::string &source() const { return m_source; }
    const std::string &reason() const { return m_reason; }

private:
    std::string m_source;
    std::string m_reason;
};

// A session file could not be opened, read or written. what() is "FILE: REASON".
class FileError : public InputError
{
public:
    enum class Kind {
        NotFound,
        NotAWorkbenchFile,
        Corrupt,
        NewerVersion,
        Unsafe,
        InUse,
        ReadOnly,
        Full,
        Io,
        Replaced,        // an open session's file was replaced or removed behind it by another program
        OtherInstrument, // answers to worksheets or items that the instrument in use lacks
    };
    FileError(Kind kind, std::string file, std::string reason)
        : InputError(std::move(file), std::move(reason))
        , m_kind(kind)
    {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace cxm
