// cxm-bench-portfolio-load URI N: publishes N distinct sessions to the portfolio at URI through one
// connection (the benchmark's set-up, not what it times): the demo's record, each with its own
// UUID, organisation, facilitator, date, milestone and percentages, spread the way a real portfolio
// spreads. Deterministic: the same N sessions every time.
#include "Portfolio.h"

#include "DemoSession.h"

#include <cstdio>
#include <cstdlib>
#include <random>

using namespace cxm;
using namespace cxm::portfolio;

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: cxm-bench-portfolio-load URI N\n");
        return 1;
    }
    const int n = std::atoi(argv[2]);
    const Instrument &ins = Instrument::builtin();
    try {
        Portfolio portfolio(argv[1], ins);
        const PublishRecord demo = recordOf(makeDemoSession(ins), ins, "", {}, false);
        std::mt19937 random(14);
        std::uniform_real_distribution<double> percent(0, 100);
        const char *milestones[] = {"commit", "unite_build", "embed", "mature", "elevate"};
        for (int i = 0; i < n; ++i) {
            PublishRecord r = demo;
            char uuid[40];
            std::snprintf(uuid, sizeof uuid, "00000000-0000-4000-8000-%012d", i);
            r.uuid = uuid;
            r.organization = "Client " + std::to_string(i % 400);
            r.facilitator = "Consultant " + std::to_string(i % 25);
            r.title = "Assessment " + std::to_string(i);
            char date[16];
            std::snprintf(date, sizeof date, "20%02d-%02d-%02d", 20 + i % 6, 1 + i % 12, 1 + i % 28);
            r.date = date;
            r.milestone = milestones[i % 5];
            r.percents.clear();
            for (const auto &c : ins.competencies())
                r.percents.emplace_back(c.id, percent(random));
            portfolio.publish(r);
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "cxm-bench-portfolio-load: %s\n", e.what());
        return 2;
    }
    return 0;
}
