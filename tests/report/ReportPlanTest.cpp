// The report's plan, read back as a reader gets it: the 30-second brief on page 2 (the biggest gaps
// largest first, the next actions with owner and due date, the CCO recommendation in the workbook's
// words), the action plan's table, the gaps to target, the roadmap's quarters; owners masked in an
// anonymous report, and user text printed literally.
#include "PdfReader.h"

#include "DemoSession.h"
#include "Plan.h"
#include "RoadmapPainter.h"
#include "ScoringEngine.h"
#include "TargetGaps.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <regex>

using namespace cxm;
using namespace cxm::test;

namespace {

// The text with every white space removed: a table cell's words wrap over lines (and pdftotext may
// join a word broken at a hyphen), so cells are compared without it.
std::string bare(const std::string &text)
{
    std::string out;
    for (const char c : text)
        if (!std::isspace(static_cast<unsigned char>(c)))
            out += c;
    return out;
}

std::string unescaped(std::string text)
{
    for (const auto &[from, to] : std::vector<std::pair<std::string, std::string>>{
             {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}})
        for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
            text.replace(at, from.size(), to);
    return text;
}

// The first page (1-based) whose text has the words, or 0.
int pageWith(const Rendered &r, const std::string &words)
{
    for (int p = 1; p <= r.pages; ++p)
        if (squeeze(pageText(r, p)).find(squeeze(words)) != std::string::npos)
            return p;
    return 0;
}

// A table read back from a page's word boxes: the columns start at the headings on the row of the
// heading `anchor`; a row starts at a word in the column `key` (whose cells are one line, so each
// of its lines is a row: the cells of a row start at one height) and ends where the next one starts.
// Each cell is its words, bare.
std::vector<std::vector<std::string>> tableOn(const Page &page, const std::string &anchor,
                                              std::size_t columns, int key = 0)
{
    const auto head = std::find_if(page.words.begin(), page.words.end(),
                                   [&](const Word &w) { return unescaped(w.text) == anchor; });
    REQUIRE(head != page.words.end());
    std::vector<double> starts;
    for (const Word &w : page.words)
        if (std::abs(w.yMin - head->yMin) < 1)
            starts.push_back(w.xMin);
    std::sort(starts.begin(), starts.end());
    REQUIRE(starts.size() >= columns);
    starts.resize(columns);
    const auto column = [&](const Word &w) {
        int c = -1;
        for (std::size_t i = 0; i < starts.size(); ++i)
            if (w.xMin >= starts[i] - 1)
                c = static_cast<int>(i);
        return c;
    };
    // Below the headings (which may wrap onto a second line): the words in the key column start rows.
    std::vector<Word> below;
    for (const Word &w : page.words)
        if (w.yMin > head->yMax + 2 && w.yMin < page.height * 0.93)
            below.push_back(w);
    std::vector<double> rowStarts;
    for (const Word &w : below)
        if (column(w) == key && (rowStarts.empty() || w.yMin > rowStarts.back() + 1))
            rowStarts.push_back(w.yMin);
    std::sort(rowStarts.begin(), rowStarts.end());
    std::vector<std::vector<std::string>> rows;
    for (std::size_t r = 0; r + 1 < rowStarts.size() || (r + 1 == rowStarts.size()); ++r) {
        const double top = rowStarts[r] - 1;
        const double bottom = r + 1 < rowStarts.size() ? rowStarts[r + 1] - 1 : page.height;
        std::vector<std::string> cells(columns);
        std::vector<Word> inRow;
        for (const Word &w : below)
            if (w.yMin >= top && w.yMin < bottom)
                inRow.push_back(w);
        std::stable_sort(inRow.begin(), inRow.end(), [](const Word &a, const Word &b) {
            return std::abs(a.yMin - b.yMin) > 1 ? a.yMin < b.yMin : a.xMin < b.xMin;
        });
        for (const Word &w : inRow)
            if (const int c = column(w); c >= 0)
                cells[static_cast<std::size_t>(c)] += unescaped(w.text);
        rows.push_back(cells);
    }
    return rows;
}

std::string levelName(const Instrument &ins, const std::string &item, int level)
{
    const Worksheet *w = ins.worksheetOfItem(item);
    for (const Level &l : ins.levelsOf(*w))
        if (l.value == level)
            return l.label;
    return {};
}

std::string itemName(const Instrument &ins, const Session &s, const Target &t)
{
    const std::string title = addressTitle("item:" + t.item, ins, s);
    return t.scope.empty() ? title : title + " (" + addressTitle("stage:" + t.scope, ins, s) + ")";
}

std::string byWords(const Session &s, const Target &t)
{
    if (!t.date.empty())
        return "by " + t.date;
    return "within " + std::to_string(t.months) + " months (by " + targetDate(t, s.info) + ")";
}

std::string statusWords(ActionStatus status)
{
    return report::statusWords(status).toStdString();
}

std::string ownerOf(const Session &s, const Action &a)
{
    if (const Participant *p = s.findParticipant(a.owner))
        return p->name;
    return a.ownerName;
}

// The open and in-progress actions, soonest due first.
std::vector<const Action *> stillToDo(const Session &s)
{
    std::vector<const Action *> next;
    for (const Action &a : s.actions)
        if (a.status == ActionStatus::Open || a.status == ActionStatus::InProgress)
            next.push_back(&a);
    std::stable_sort(next.begin(), next.end(),
                     [](const Action *a, const Action *b) { return a->due < b->due; });
    return next;
}

// Each text found in order in the text, one after another.
void requireInOrder(const std::string &text, const std::vector<std::string> &parts)
{
    std::size_t at = 0;
    for (const std::string &p : parts) {
        INFO(p);
        const auto found = text.find(squeeze(p), at);
        REQUIRE(found != std::string::npos);
        at = found + 1;
    }
}

} // namespace

TEST_CASE("page 2 is the brief: biggest gaps first, next actions with owner and due date, the CCO "
          "recommendation")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    const Session s = makeDemoSession(ins);
    const Score score = ScoringEngine(ins).score(s);
    const Rendered r = render(dir, "brief", s);
    const std::string page2 = squeeze(pageText(r, 2));
    CHECK(page2.find("In brief") != std::string::npos);
    CHECK(page2.find("Milestone reached: " + ins.findMilestone(*score.milestone)->title) !=
          std::string::npos);
    CHECK(page2.find("Overall maturity index: " + report::formatPercent(*score.overall).toStdString()) !=
          std::string::npos);

    // The gaps, largest first, each with its value now, its target and by when.
    std::vector<std::string> gaps;
    for (const auto &g : targetGaps(s, ins, score))
        if (g.gap() && *g.gap() > 0)
            gaps.push_back(itemName(ins, s, g.target) + ": " + report::formatMean(*g.current).toStdString() +
                           " now, target " + levelName(ins, g.target.item, ratingValue(g.target.level)) +
                           " " + byWords(s, g.target) + " (a gap of " +
                           report::formatMean(*g.gap()).toStdString() + ")");
    REQUIRE(gaps.size() >= 3);
    CHECK(gaps.front() == "C1 Wanting to know WHY?: 1.00 now, target Mature by 2027-12-31 (a gap of 2.00)");
    requireInOrder(page2, gaps);

    // The next actions: still to do, soonest due first, each with its owner and due date.
    std::vector<std::string> next;
    for (const Action *a : stillToDo(s))
        next.push_back(a->title + " (" + report::statusWords(a->status).toLower().toStdString() + ") " +
                       ownerOf(s, *a) + ", due " + a->due);
    REQUIRE(next.size() >= 3);
    CHECK(next.front() == "Name one owner for customer outcomes across sales, service and billing (in "
                          "progress) Ana Ortiz, due 2027-01-31");
    requireInOrder(page2, next);
    for (const Action &a : s.actions)
        if (a.status == ActionStatus::Done) {
            INFO(a.title);
            CHECK(page2.find(a.title) == std::string::npos);
        }

    // A strong mandate: create the role, in the workbook's words for the role's first year.
    REQUIRE(score.readiness.mandate == "strong");
    CHECK(page2.find("Create the role: a strong mandate for a Chief Customer Officer (9 of 11 readiness "
                     "questions answered No or split).") != std::string::npos);
    CHECK(page2.find("“CCO Team Resources by Year”, for Role Initiation through Year 1") !=
          std::string::npos);
    CHECK(page2.find("Formal organisation: Chief Customer Officer; 1-2 headcount assigned (temporarily) to "
                     "first generation build full time.") != std::string::npos);
    // The findings follow on the next page.
    CHECK(page2.find("Executive summary") == std::string::npos);
    CHECK(squeeze(pageText(r, 3)).find("Executive summary") != std::string::npos);
}

TEST_CASE("the recommendation follows the readiness answers")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    s.checklistConsensus.clear();
    const auto answerAll = [&](int no) {
        s.checklist.clear();
        int q = 0;
        for (const auto &question : ins.readinessQuestions()) {
            for (const auto &p : s.participants)
                s.checklist.push_back({p.id, question.id, q < no ? Answer::No : Answer::Yes, {}});
            ++q;
        }
    };
    SECTION("a moderate mandate: advance the exploration of the role")
    {
        answerAll(5);
        const Rendered r = render(dir, "moderate", s);
        const std::string page2 = squeeze(pageText(r, 2));
        CHECK(
            page2.find("Advance the exploration of the role: a moderate mandate for a Chief Customer Officer "
                       "(5 of 11 readiness questions answered No or split).") != std::string::npos);
        CHECK(page2.find("1-2 headcount assigned (temporarily) to first generation build full time.") !=
              std::string::npos);
    }
    SECTION("a low mandate: strengthen what is in place, with the resources of the organisation's milestone")
    {
        answerAll(1);
        const Score score = ScoringEngine(ins).score(s);
        REQUIRE(score.milestone == "unite_build");
        const Rendered r = render(dir, "low", s);
        const std::string page2 = squeeze(pageText(r, 2));
        CHECK(page2.find("Strengthen what is in place: a low mandate for a new role (1 of 11 readiness "
                         "questions answered No or split)") != std::string::npos);
        CHECK(page2.find("for Year 1 through Year 2") != std::string::npos);
        CHECK(page2.find("1-3 headcount to formalize build out of 5 competency framework.") !=
              std::string::npos);
        CHECK(page2.find("Create the role") == std::string::npos);
    }
    SECTION("unanswered questions: no recommendation yet")
    {
        s.checklist.clear();
        const Rendered r = render(dir, "unanswered", s);
        CHECK(squeeze(pageText(r, 2))
                  .find("No recommendation yet: 11 of 11 readiness questions are unanswered.") !=
              std::string::npos);
    }
}

TEST_CASE("without targets the brief names the weakest items; without actions, the first suggestions")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    s.targets.clear();
    s.actions.clear();
    s.dismissed.clear();
    const Score score = ScoringEngine(ins).score(s);
    const Rendered r = render(dir, "no-plan", s);
    const std::string page2 = squeeze(pageText(r, 2));
    CHECK(page2.find("The weakest items") != std::string::npos);
    CHECK(page2.find("No targets are set yet") != std::string::npos);
    CHECK(page2.find("The biggest gaps") == std::string::npos);
    // The lowest values first (the instrument's order on a tie).
    std::vector<std::pair<double, std::string>> items;
    for (const auto &c : score.competencies)
        for (const auto &i : c.items)
            items.emplace_back(*i.value, i.id);
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<std::string> weakest;
    for (std::size_t i = 0; i < 3; ++i)
        weakest.push_back(addressTitle("item:" + items[i].second, ins, s) + ": " +
                          report::formatMean(items[i].first).toStdString());
    requireInOrder(page2, weakest);
    CHECK(page2.find("No actions are in the plan yet.") != std::string::npos);
    const auto suggestions = suggestActions(s, ins, score);
    REQUIRE(suggestions.size() >= 3);
    std::vector<std::string> titles;
    for (std::size_t i = 0; i < 3; ++i)
        titles.push_back(suggestions[i].title);
    requireInOrder(page2, titles);
    // No plan, no plan pages.
    CHECK_FALSE(has(r, "Action plan"));
    CHECK_FALSE(has(r, "Gaps to target"));
    CHECK_FALSE(has(r, "Roadmap"));
}

TEST_CASE("the action plan page: a row per action with owner, due date, status, what it addresses, priority")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    s.actions[4].due.clear(); // an undated action
    const Rendered r = render(dir, "plan", s);
    const int at = pageWith(r, "Action plan 5 actions: 3 open, 1 in progress, 1 done.");
    REQUIRE(at > 0);
    const auto rows = tableOn(words(r.path)[static_cast<std::size_t>(at - 1)], "Owner", 7);
    REQUIRE(rows.size() >= s.actions.size());
    for (std::size_t i = 0; i < s.actions.size(); ++i) {
        const Action &a = s.actions[i];
        INFO(a.title);
        const auto &row = rows[i];
        CHECK(row[0] == std::to_string(i + 1));
        CHECK(row[1] == bare(a.title + (a.note.empty() ? "" : "Note: " + a.note)));
        CHECK(row[2] == bare(ownerOf(s, a)));
        CHECK(row[3] == (a.due.empty() ? "nodate" : a.due));
        CHECK(row[4] == bare(statusWords(a.status)));
        CHECK(row[5] == bare(a.addresses.empty() ? "–" : addressTitle(a.addresses, ins, s)));
        CHECK(row[6] == bare(report::priorityWords(a.priority, ins).toStdString()));
    }
    CHECK(report::priorityWords("years1to3.fix", ins) == QStringLiteral("FIX (Years 1 through 3)"));
    // The readiness questions most answered Yes while some answered No: to discuss, not to act on.
    const auto flags = readinessToDiscuss(s, ins);
    REQUIRE(!flags.empty());
    const std::string page = squeeze(pageText(r, at));
    CHECK(page.find("To discuss") != std::string::npos);
    for (const auto &f : flags)
        CHECK(page.find(addressTitle("question:" + f.question, ins, s) + ": " +
                        ins.findItem(f.question)->question + " (" + std::to_string(f.yes) + " Yes, " +
                        std::to_string(f.no) + " No)") != std::string::npos);
}

TEST_CASE("the gaps to target: every target, largest gap first, by a date or within N months")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    // One reached already, one not rated yet: after the open gaps.
    s.targets.push_back({"c2.alignment", Rating::Early, {}, 6, {}, {}});
    s.targets.push_back({"c3.aided", Rating::Mature, {}, 0, {}, {}});
    std::erase_if(s.ratings, [](const RatingEntry &e) { return e.item == "c3.aided"; });
    std::erase_if(s.consensus, [](const ConsensusRating &e) { return e.item == "c3.aided"; });
    const Score score = ScoringEngine(ins).score(s);
    const Rendered r = render(dir, "gaps", s);
    const int at = pageWith(r, "Gaps to target");
    REQUIRE(at > 0);
    const auto rows = tableOn(words(r.path)[static_cast<std::size_t>(at - 1)], "When", 5, 4);
    const auto gaps = targetGaps(s, ins, score);
    REQUIRE(rows.size() >= gaps.size());
    for (std::size_t i = 0; i < gaps.size(); ++i) {
        const auto &g = gaps[i];
        INFO(g.target.item);
        const auto &row = rows[i];
        CHECK(row[0] ==
              bare(itemName(ins, s, g.target) + (g.target.note.empty() ? "" : "Note: " + g.target.note)));
        const int target = ratingValue(g.target.level);
        CHECK(row[2] == bare(levelName(ins, g.target.item, target) + " (" + std::to_string(target) + ")"));
        if (g.target.date.empty() && g.target.months == 0)
            CHECK(row[3] == "nodateset");
        else
            CHECK(row[3] == bare(byWords(s, g.target)));
        if (!g.current) {
            CHECK(row[1] == "notratedyet");
            CHECK(row[4] == "–");
        } else if (*g.gap() <= 0) {
            CHECK(row[4] == "reached");
        } else {
            CHECK(row[1].rfind(report::formatMean(*g.current).toStdString(), 0) == 0);
            CHECK(row[4] == report::formatMean(*g.gap()).toStdString());
        }
    }
    CHECK(rows[0][0] == bare("C1 Wanting to know WHY? Note: Every lost customer called within a week."));
    CHECK(rows[gaps.size() - 2][0] == bare("C2 Alignment Around Experience"));
    CHECK(rows[gaps.size() - 1][1] == "notratedyet");
}

TEST_CASE("the roadmap page names its quarters, the year bands, the lanes and the No date column")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    s.actions[4].due.clear();
    const Rendered r = render(dir, "roadmap", s);
    const int at = pageWith(r, "Roadmap Each action in the quarter it is due");
    REQUIRE(at > 0);
    CHECK(at > pageWith(r, "Action plan"));
    const std::string page = squeeze(pageText(r, at));
    CHECK(page.find("Q4 2026 Q1 2027 Q2 2027 Q3 2027 Q4 2027 No date") != std::string::npos);
    CHECK(page.find("Years 1 through 3") != std::string::npos);
    CHECK(page.find("Commit → Unite & Build → Embed") != std::string::npos);
    CHECK(page.find("Year 1") != std::string::npos);
    for (const char *lane : {"Targets", "UNITE", "BUILD", "FIX"})
        CHECK(page.find(lane) != std::string::npos);
    CHECK(page.find("year 1 starting on the session's date, 2026-11-20") != std::string::npos);
    // The legend says what each mark means.
    CHECK(page.find("Open In progress Done Dropped Target") != std::string::npos);
}

TEST_CASE("an anonymous report masks the owners' names, in the brief and in the plan")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    const std::string ana = s.findParticipant("p1")->name;
    s.actions[4].ownerName = "Working group of " + ana;
    s.actions[3].title = "Ask " + ana + " about the lost customers";
    const Rendered r = render(dir, "plan-anon", s, {false, true});
    CHECK_FALSE(has(r, ana));
    for (const auto &p : s.participants)
        CHECK_FALSE(has(r, p.name));
    const std::string page2 = squeeze(pageText(r, 2));
    CHECK(page2.find("(in progress) [participant], due 2027-01-31") != std::string::npos);
    CHECK(page2.find("Working group of [participant], due 2027-04-30") != std::string::npos);
    const int at = pageWith(r, "Action plan 5 actions");
    REQUIRE(at > 0);
    const auto rows = tableOn(words(r.path)[static_cast<std::size_t>(at - 1)], "Owner", 7);
    REQUIRE(rows.size() >= 5);
    for (std::size_t i = 0; i < 4; ++i)
        CHECK(rows[i][2] == "[participant]");
    CHECK(rows[4][2] == bare("Working group of [participant]"));
    CHECK(rows[3][1].rfind(bare("Ask [participant] about the lost customers"), 0) == 0);
    // The roadmap masks titles too.
    const std::string roadmap = squeeze(pageText(r, pageWith(r, "Roadmap Each action")));
    CHECK(roadmap.find("[participant]") != std::string::npos);
}

TEST_CASE("titles, notes and owners print literally, markup and all")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    const std::string title = "<b>Bold</b> & <img src=\"x.png\"> plan";
    const std::string note = "<i>not italic</i> &amp; so on";
    const std::string owner = "<u>Ops</u> & co";
    s.actions[0].title = title;
    s.actions[0].note = note;
    s.actions[4].ownerName = owner;
    s.targets[0].note = "<script>target</script>";
    const Rendered r = render(dir, "plan-markup", s);
    const std::string page2 = squeeze(pageText(r, 2));
    CHECK(page2.find(title) != std::string::npos);
    CHECK(page2.find(owner + ", due") != std::string::npos);
    const int at = pageWith(r, "Action plan 5 actions");
    REQUIRE(at > 0);
    const auto rows = tableOn(words(r.path)[static_cast<std::size_t>(at - 1)], "Owner", 7);
    CHECK(rows[0][1] == bare(title + "Note: " + note));
    CHECK(rows[4][2] == bare(owner));
    CHECK(has(r, "<script>target</script>"));
    const std::string roadmap = squeeze(pageText(r, pageWith(r, "Roadmap Each action")));
    CHECK(roadmap.find("<b>Bold</b>") != std::string::npos);
}

TEST_CASE("a self-assessment's plan speaks to one person")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = workshop(1);
    s.info.mode = Mode::Self;
    s.targets = {{"c1.why", Rating::Mature, {}, 12, "By next year.", {}}};
    s.actions = {{"a1",
                  "Call lost customers",
                  "p1",
                  {},
                  "2024-06-30",
                  ActionStatus::Open,
                  {},
                  "item:c1.why",
                  "years1to3.fix",
                  {}}};
    const Rendered r = render(dir, "self-plan", s);
    const std::string text = lower(r.text);
    for (const char *phrase :
         {"team value", "team score", "the team", "team answer", "split", "disagreement"}) {
        INFO(phrase);
        CHECK(text.find(phrase) == std::string::npos);
    }
    CHECK(has(r, "readiness questions answered No)"));
    CHECK(has(r, "Call lost customers (open) Leaderperson1 Surname, due 2024-06-30"));
    CHECK(has(r, "Gaps to target"));
    CHECK(has(r, "Roadmap"));
    (void)ins;
}
