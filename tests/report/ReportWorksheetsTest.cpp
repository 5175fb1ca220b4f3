// The report's sections for the worksheets as data: a tracked worksheet (metrics, the team's answer,
// the difficulty on the barometer), a lists worksheet (entries under headings, in columns), and any
// further checklist an instrument folder adds, each in the instrument's order.
#include "PdfReader.h"

#include "DemoSession.h"
#include "ScoringEngine.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace cxm::detail {
std::vector<Instrument::Source> builtinInstrumentSources();
}

using namespace cxm;
using namespace cxm::test;

namespace {

// pdftotext in reading order (no -layout), squeezed: a table cell that wraps stays one phrase
// instead of being interleaved with its neighbours' lines.
std::string readingOrder(const Rendered &r)
{
    return squeeze(run("pdftotext '" + r.path.toStdString() + "' -"));
}

bool hasText(const Rendered &r, const std::string &flowText, const std::string &text)
{
    return has(r, text) || flowText.find(squeeze(text)) != std::string::npos;
}

} // namespace

TEST_CASE("the demo report shows the asset metrics and the enablers and inhibitors")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    const Session s = makeDemoSession(ins);
    const Rendered r = render(dir, "worksheets", s);
    const std::string flow = readingOrder(r);

    const Worksheet *metrics = ins.findWorksheet("asset_metrics");
    REQUIRE(metrics);
    CHECK(hasText(r, flow, metrics->title));
    CHECK(hasText(r, flow, metrics->items.front().title));
    CHECK(hasText(r, flow, "Move-ins who never set up online billing"));
    CHECK(hasText(r, flow, "of 5"));
    CHECK(hasText(r, flow, "The barometer's scale is this app's own; the workbook gives none."));
    // An unnamed slot is no metric: its placeholder title never prints.
    CHECK_FALSE(hasText(r, flow, "Customer behavior 5"));

    const Score score = ScoringEngine(ins).score(s);
    const WorksheetScore *ws = score.findWorksheet("asset_metrics");
    REQUIRE(ws);
    REQUIRE(ws->tracked);
    REQUIRE(ws->tracked->meanUntrackedDifficulty);
    const std::string sentence =
        std::to_string(ws->tracked->tracked) + " of " + std::to_string(ws->tracked->items.size()) +
        " metrics are tracked and discussed; the untracked ones have a mean difficulty of " +
        report::formatMean(*ws->tracked->meanUntrackedDifficulty).toStdString() + " of 5.";
    INFO(sentence);
    CHECK(hasText(r, flow, sentence));

    const Worksheet *lists = ins.findWorksheet("enablers_inhibitors");
    REQUIRE(lists);
    CHECK(hasText(r, flow, lists->title));
    for (const Heading &h : lists->headings) {
        INFO(h.id);
        CHECK(hasText(r, flow, h.title));
        for (const Heading &c : lists->columns) {
            const auto entries = s.listEntries(lists->id, h.id, c.id);
            REQUIRE_FALSE(entries.empty());
            CHECK(hasText(r, flow, entries.front()));
        }
    }

    // The sections follow the instrument's order: Power Core, enablers, metrics, readiness.
    const auto at = [&](const std::string &title) { return flow.find(squeeze(title)); };
    CHECK(at(ins.powerCore().title) < at(lists->title));
    CHECK(at(lists->title) < at(metrics->title));
    CHECK(at(metrics->title) < at(ins.readiness().title));
}

TEST_CASE("a heading with no entries says so")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    std::erase_if(s.entries, [](const ListEntry &e) { return e.heading == "culture"; });
    const Rendered r = render(dir, "empty-heading", s);
    CHECK(hasText(r, readingOrder(r), "None listed"));
}

TEST_CASE("an anonymous report masks names typed into metrics, notes and list entries")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    REQUIRE(s.participants.size() >= 3);
    const std::string a = s.participants[0].name;
    const std::string b = s.participants[1].name;
    const std::string c = s.participants[2].name;
    s.entries.push_back({"enablers_inhibitors", "culture", "enablers", a + " shares every complaint"});
    s.itemNames.push_back({"am.behavior5", "Accounts " + b + " looks after"});
    s.tracked.push_back({s.participants[0].id, "am.behavior5", Answer::No, 2, {}, {}});
    s.trackedConsensus.push_back({"am.new_customers", Answer::Yes, 1, "Ask " + c + " for the numbers.", {}});

    const Rendered named = render(dir, "named", s);
    const std::string namedFlow = readingOrder(named);
    CHECK(hasText(named, namedFlow, a + " shares every complaint"));
    CHECK(hasText(named, namedFlow, "Accounts " + b + " looks after"));
    CHECK(hasText(named, namedFlow, "Ask " + c + " for the numbers."));

    report::ReportOptions options;
    options.anonymous = true;
    const Rendered anon = render(dir, "anonymous", s, options);
    const std::string anonFlow = readingOrder(anon);
    for (const std::string &name : {a, b, c}) {
        INFO(name);
        CHECK(lower(anonFlow).find(lower(name)) == std::string::npos);
    }
    CHECK(hasText(anon, anonFlow, "[participant] shares every complaint"));
    CHECK(hasText(anon, anonFlow, "Accounts [participant] looks after"));
    CHECK(hasText(anon, anonFlow, "Ask [participant] for the numbers."));
}

TEST_CASE("user text in the new sections is printed literally, never read as markup")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    s.entries.push_back({"enablers_inhibitors", "process", "inhibitors", "<b>bold</b> & <i>co</i>"});
    s.itemNames.push_back({"am.behavior5", "<u>x</u> & y"});
    s.tracked.push_back({s.participants[0].id, "am.behavior5", Answer::No, 2, {}, {}});
    const Rendered r = render(dir, "markup", s);
    const std::string flow = readingOrder(r);
    CHECK(hasText(r, flow, "<b>bold</b> & <i>co</i>"));
    CHECK(hasText(r, flow, "<u>x</u> & y"));
}

TEST_CASE("a second checklist in the instrument folder gets its own section after the readiness one")
{
    std::vector<Instrument::Source> sources = detail::builtinInstrumentSources();
    const auto readiness = std::find_if(sources.begin(), sources.end(), [](const Instrument::Source &f) {
        return f.name.ends_with("/readiness.json");
    });
    REQUIRE(readiness != sources.end());
    nlohmann::ordered_json governance = nlohmann::ordered_json::parse(readiness->text);
    governance["id"] = "governance";
    governance["title"] = "Governance: Who Decides for the Customer?";
    governance.erase("introduction");
    const std::vector<std::string> questions = {
        "A named executive owns each stage of the customer journey.",
        "Customer decisions are recorded where every department can read them.",
        "The board reviews customer metrics at least once a quarter.",
    };
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < questions.size(); ++i) {
        nlohmann::ordered_json item = governance["items"].at(i);
        item["id"] = "g" + std::to_string(i + 1);
        item["question"] = questions[i];
        items.push_back(item);
    }
    governance["items"] = items;
    sources.push_back({"assessments/governance.json", governance.dump(2)});
    const Instrument ins = Instrument::load(sources);
    REQUIRE(ins.findWorksheet("governance"));

    Session s = makeDemoSession(ins);
    for (const auto &p : s.participants)
        for (const std::string id : {"g1", "g2", "g3"})
            s.checklist.push_back({p.id, id, id == "g2" ? Answer::Yes : Answer::No, {}, {}});
    sortCanonically(s, ins);

    QTemporaryDir dir;
    const Rendered r = render(dir, "governance", s, {}, ins);
    const std::string flow = readingOrder(r);
    CHECK(hasText(r, flow, "Governance: Who Decides for the Customer?"));
    CHECK(hasText(r, flow, questions[1]));
    CHECK(hasText(r, flow, "2 of 3 questions answered No or split."));
    // The readiness checklist keeps its mandate and comes first.
    CHECK(hasText(r, flow, "Mandate for a Chief Customer Officer"));
    CHECK(flow.find(squeeze(ins.readiness().title)) < flow.find("Governance: Who Decides"));
}

TEST_CASE("the report shows the team's journey: its stages in order, what each replaces, its questions")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    REQUIRE(s.stages.size() == 6);
    s.stages[3].name = "<b>My power</b> is on & working"; // the team's words print as typed
    const Rendered r = render(dir, "journey", s);
    const std::string flow = readingOrder(r);
    CHECK(hasText(r, flow, ins.findWorksheet("journey_stages")->title));
    CHECK(hasText(r, flow, "<b>My power</b> is on & working"));
    CHECK(hasText(r, flow, "Do they get it right the first time?"));
    CHECK(hasText(r, flow, "Resell"));
    // In the journey's order: stage 2 before stage 5.
    const auto second = flow.find(squeeze("I choose a plan"));
    const auto fifth = flow.find(squeeze("I live with the service")); // the cell wraps after it
    REQUIRE(second != std::string::npos);
    REQUIRE(fifth != std::string::npos);
    CHECK(second < fifth);

    // Without stages the section says so.
    s.stages.clear();
    const Rendered empty = render(dir, "nojourney", s);
    CHECK(hasText(empty, readingOrder(empty), "The journey's stages are not defined yet."));
}

TEST_CASE("the executive summary names the stage least reliable for customers, and the journey's table")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    const Rendered r = render(dir, "reliability", s);
    const std::string flow = readingOrder(r);
    // Stage 4 (move-in): the team agreed "Frequently UNRELIABLE" for customers, the lowest value.
    CHECK(hasText(r, flow,
                  "Least reliable stage for customers: 4. My power is on when I move in (1.00, "
                  "Frequently UNRELIABLE)"));
    CHECK(hasText(r, flow, ins.findWorksheet("reliability")->title));
    CHECK(hasText(r, flow, "Frequently UNRELIABLE (agreed)"));
    CHECK(hasText(r, flow, "ratings 2 · 3 · 1 ▲"));

    // Without the team's decision the means decide: stage 6 (1.17) is then the least reliable.
    std::erase_if(s.consensus, [](const ConsensusRating &c) { return c.scope == "s4"; });
    const Rendered means = render(dir, "reliabilitymeans", s);
    CHECK(hasText(means, readingOrder(means),
                  "Least reliable stage for customers: 6. They know me and help me save"));
}

TEST_CASE("the report gives each stage its ALWAYS and NEVER lists for customers and employees")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    const Worksheet *w = ins.findWorksheet("always_never");
    REQUIRE(w);
    Session s = makeDemoSession(ins);
    std::erase_if(s.entries, [](const ListEntry &e) { return e.scope == "s6"; });
    s.entries.push_back(
        {w->id, "employees", "always", "<b>Thank</b> " + s.participants[2].name + " & co", "s5"});
    const Rendered r = render(dir, "always-never", s);
    const std::string flow = readingOrder(r);
    for (const std::string &text : {w->title, w->prompt, w->headings[0].title, w->headings[1].title,
                                    w->columns[0].title, w->columns[1].title})
        CHECK(hasText(r, flow, text));
    // Each stage under its own heading, in the journey's order, with its own entries.
    const auto at = [&](const std::string &text) { return flow.find(squeeze(text)); };
    const auto section = at(w->title);
    const auto fourth = flow.find(squeeze("Stage 4: My power is on when I move in"), section);
    const auto fifth = flow.find(squeeze("Stage 5: I live with the service and pay my bills"), section);
    const auto sixth = flow.find(squeeze("Stage 6: They know me and help me save"), section);
    REQUIRE(section != std::string::npos);
    REQUIRE(fourth != std::string::npos);
    REQUIRE(fifth != std::string::npos);
    REQUIRE(sixth != std::string::npos);
    CHECK(section < fourth);
    CHECK(fourth < fifth);
    CHECK(fifth < sixth);
    const auto entry = at("Blame another department in front of the customer");
    CHECK(fourth < entry);
    CHECK(entry < fifth);
    CHECK(hasText(r, flow, "<b>Thank</b> " + s.participants[2].name + " & co")); // printed as typed
    // Stage 6 has nothing written: each of its lists says so.
    CHECK(flow.find(squeeze("None listed"), sixth) != std::string::npos);
    CHECK(flow.find(squeeze("None listed"), section) > fifth);

    // Anonymous: a participant's name typed into an entry is masked.
    report::ReportOptions options;
    options.anonymous = true;
    const Rendered anon = render(dir, "always-never-anonymous", s, options);
    CHECK(hasText(anon, readingOrder(anon), "<b>Thank</b> [participant] & co"));

    // Without stages the section says so.
    s.stages.clear();
    s.entries.clear();
    s.ratings.clear();
    s.consensus.clear();
    const Rendered none = render(dir, "always-never-nostages", s);
    const std::string noneFlow = readingOrder(none);
    const auto empty = noneFlow.find(squeeze(w->title));
    REQUIRE(empty != std::string::npos);
    CHECK(noneFlow.find(squeeze("The journey's stages are not defined yet."), empty) != std::string::npos);
}
