// cxm-bench-session PARTICIPANTS NOTE_CHARS OUT.cxm: writes one of the benchmark sessions (see
// BenchSession.h) as a session file, for scripts/bench to time the cxm commands on.
#include "BenchSession.h"
#include "SessionFile.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: cxm-bench-session PARTICIPANTS NOTE_CHARS OUT.cxm\n");
        return 1;
    }
    const int participants = std::atoi(argv[1]);
    const long noteChars = std::atol(argv[2]);
    if (participants < 1 || noteChars < 0) {
        std::fprintf(stderr, "cxm-bench-session: PARTICIPANTS must be at least 1, NOTE_CHARS at least 0\n");
        return 1;
    }
    try {
        const cxm::Instrument &ins = cxm::Instrument::builtin();
        cxm::SessionFile::write(
            argv[3], ins,
            cxm::bench::makeBenchSession(ins, participants, static_cast<std::size_t>(noteChars)), true);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "cxm-bench-session: %s\n", e.what());
        return 2;
    }
    return 0;
}
