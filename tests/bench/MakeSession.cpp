// cxm-bench-session PARTICIPANTS NOTE_CHARS OUT.cxm [ACTIONS]: writes one of the benchmark sessions
// (see BenchSession.h) as a session file, for scripts/bench to time the cxm commands on; with ACTIONS,
// its plan has that many actions (the demo's five repeated, each with its own title and due date).
#include "BenchSession.h"
#include "SessionFile.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr, "usage: cxm-bench-session PARTICIPANTS NOTE_CHARS OUT.cxm [ACTIONS]\n");
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
        cxm::Session session =
            cxm::bench::makeBenchSession(ins, participants, static_cast<std::size_t>(noteChars));
        if (argc == 5) {
            const int actions = std::atoi(argv[4]);
            const std::vector<cxm::Action> demo = session.actions;
            session.actions.clear();
            for (int i = 0; i < actions && !demo.empty(); ++i) {
                cxm::Action a = demo[static_cast<std::size_t>(i) % demo.size()];
                a.id = "a" + std::to_string(i + 1);
                a.title += " (" + std::to_string(i + 1) + ")";
                a.due = "2027-" + std::string(i % 12 < 9 ? "0" : "") + std::to_string(i % 12 + 1) + "-15";
                a.suggestion.clear();
                session.actions.push_back(std::move(a));
            }
        }
        cxm::SessionFile::write(argv[3], ins, session, true);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "cxm-bench-session: %s\n", e.what());
        return 2;
    }
    return 0;
}
