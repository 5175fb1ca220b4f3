// cxm-bench-split PEOPLE DIR: writes DIR/leader-1.cxm … DIR/leader-N.cxm, the benchmark workshop
// (BenchSession.h, every question answered) as each leader's own self-assessment: one person, id p1
// in every file (as each laptop numbers its one leader), their answers, and in the first file the
// team's answers, the lists and the plan. What `cxm merge` puts back together in scripts/bench.
#include "BenchSession.h"
#include "SessionFile.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 3 || std::atoi(argv[1]) < 1) {
        std::fprintf(stderr, "usage: cxm-bench-split PEOPLE DIR\n");
        return 1;
    }
    try {
        const cxm::Instrument &ins = cxm::Instrument::builtin();
        const cxm::Session all = cxm::bench::makeBenchSession(ins, std::atoi(argv[1]));
        for (std::size_t p = 0; p < all.participants.size(); ++p) {
            const std::string id = all.participants[p].id;
            cxm::Session s;
            if (p == 0) {
                s = all;
                s.ratings.clear();
                s.rankings.clear();
                s.checklist.clear();
                s.tracked.clear();
                s.absences.clear();
                for (auto &a : s.actions)
                    a.owner.clear();
            }
            s.info = all.info;
            s.info.mode = cxm::Mode::Self;
            s.stages = all.stages;
            s.participants = {{"p1", all.participants[p].name, all.participants[p].role}};
            const auto mine = [&](auto member) {
                for (auto a : all.*member)
                    if (a.participant == id) {
                        a.participant = "p1";
                        (s.*member).push_back(a);
                    }
            };
            mine(&cxm::Session::ratings);
            mine(&cxm::Session::rankings);
            mine(&cxm::Session::checklist);
            mine(&cxm::Session::tracked);
            cxm::SessionFile::write(std::string(argv[2]) + "/leader-" + std::to_string(p + 1) + ".cxm", ins, s,
                                    true);
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "cxm-bench-split: %s\n", e.what());
        return 2;
    }
    return 0;
}
