// The report's sections for the journey's team decisions, read back with pdftotext: each stage on
// the Stairway to DESIRE, the STOP DOING list's reconciliation with its stop candidates, and the
// Customer Room's grid; the team's words printed literally, and masked in an anonymous report.
#include "PdfReader.h"

#include "DemoSession.h"

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::test;

namespace {

std::string flowOf(const Rendered &r)
{
    return squeeze(run("pdftotext '" + r.path.toStdString() + "' -"));
}

bool contains(const std::string &flow, const std::string &text)
{
    return flow.find(squeeze(text)) != std::string::npos;
}

} // namespace

TEST_CASE("the demo report places each stage on the stairway and prints the stop-doing table")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    const Rendered r = render(dir, "decisions", s);
    const std::string flow = flowOf(r);
    CHECK(contains(flow, "The Stairway to DESIRE"));
    CHECK(contains(flow, "Differentiated Experience"));
    CHECK(contains(flow, "Who ELSE Does This? · Deliver Memories That Set You Apart"));
    CHECK(contains(flow, "Stage 3: I sign up — Friends tell friends that signing up takes five minutes."));
    CHECK(contains(flow, "Intelligent STOP DOING List"));
    CHECK(contains(flow, "RECONCILE CUSTOMER PRIORITIES With PLANNED PROJECTS"));
    CHECK(contains(flow, "When the customer tells us the move-in date"));
    // Two of stage 4's five projects serve no priority: two stop candidates there, one in stage 2
    // (the legend's sentence says "stop candidate" in lower case).
    std::size_t candidates = 0;
    for (auto at = flow.find("Stop candidate"); at != std::string::npos;
         at = flow.find("Stop candidate", at + 1))
        ++candidates;
    CHECK(candidates == 3); // Sales bonus and Billing system migration in stage 4, Brand campaign in 2
    CHECK(contains(flow, "Sales bonus for two-year contracts"));
    CHECK(contains(flow, "THE CUSTOMER ROOM ©"));
    CHECK(contains(flow, "Operational Reliability Metrics"));
    CHECK(contains(flow, "One-Company Categorization of Issues"));
    // The stairway comes before the stop-doing list, as in the instrument.
    CHECK(flow.find("The Stairway to DESIRE") < flow.find("Intelligent STOP DOING List"));

    // A stage nobody placed says so; a stage without projects is left out of the stop-doing list.
    s.choices.erase(s.choices.begin());
    const Rendered partial = render(dir, "partial", s);
    CHECK(contains(flowOf(partial), "not placed yet"));
}

TEST_CASE("the team's words in the decisions print literally and are masked in an anonymous report")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    const std::string who = s.participants.at(1).name;
    s.itemNames.push_back({"stop_doing.projects6", "<b>" + who + "</b> & co", "s4"});
    for (auto &c : s.choices)
        if (c.scope == "s1")
            c.note = "Ask " + who + " <i>why</i>";
    const Rendered named = render(dir, "named", s);
    const std::string namedFlow = flowOf(named);
    CHECK(contains(namedFlow, "<b>" + who + "</b> & co"));
    CHECK(contains(namedFlow, "Ask " + who + " <i>why</i>"));

    report::ReportOptions options;
    options.anonymous = true;
    const Rendered anon = render(dir, "anonymous", s, options);
    const std::string anonFlow = flowOf(anon);
    CHECK(lower(anonFlow).find(lower(who)) == std::string::npos);
    CHECK(contains(anonFlow, "<b>[participant]</b> & co"));
}
