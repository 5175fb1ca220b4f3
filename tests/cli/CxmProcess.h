// Running cxm as a process from a test, as a person's shell would: its exit status, and what it
// wrote to standard output and standard error. The test target defines CXM_BINARY (cxm's path).
#pragma once

#include "../core/TempDir.h"

#include <cstdlib>
#include <filesystem>
#include <string>

#include <sys/wait.h>

namespace cxm::test {

struct Run
{
    int status = -1;
    std::string out;
    std::string err;
};

// s as one word for sh, whatever it holds.
inline std::string quote(const std::string &s)
{
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Runs a shell command in `cwd`, its output captured outside that folder (which may be read-only).
inline Run runIn(const std::filesystem::path &cwd, const std::string &command)
{
    static const TempDir captures;
    const auto outFile = captures / "stdout";
    const auto errFile = captures / "stderr";
    const std::string cmd = "cd " + quote(cwd.string()) + " && " + command + " >" + quote(outFile.string()) +
                            " 2>" + quote(errFile.string());
    const int raw = std::system(cmd.c_str());
    Run r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = readBytes(outFile);
    r.err = readBytes(errFile);
    std::filesystem::remove(outFile);
    std::filesystem::remove(errFile);
    return r;
}

// cxm in dir with these arguments (already quoted as needed), after environment assignments such
// as "PGPASSWORD=x", if any.
inline Run runCxm(const TempDir &dir, const std::string &args, const std::string &env = {})
{
    return runIn(dir.path(), env + (env.empty() ? "" : " ") + quote(CXM_BINARY) + " " + args);
}

} // namespace cxm::test
