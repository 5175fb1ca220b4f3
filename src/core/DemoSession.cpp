#include "DemoSession.h"

#include <algorithm>
#include <array>

namespace cxm {

Session makeDemoSession(const Instrument &ins)
{
    Session s;
    s.info = {"Q4 leadership workshop: where do we stand with customers?",
              "Northwind Utilities",
              Mode::Workshop,
              "Dana Reyes",
              "2026-11-20",
              "Offsite in Lisbon. Full leadership team present; the CFO joined by video for the Power Core."};
    s.participants = {
        {"p1", "Ana Ortiz", "Chief Executive Officer"},   {"p2", "Ben Cho", "VP Sales"},
        {"p3", "Chiara Rossi", "VP Customer Service"},    {"p4", "David Mensah", "Chief Information Officer"},
        {"p5", "Elif Yilmaz", "Chief Financial Officer"}, {"p6", "Farid Haddad", "VP Product"}};

    // Ratings per item (instrument order), one letter per participant p1…p6: E, A or M.
    const std::array<const char *, 15> grid = {
        "AMEAEA", // c1.culture — Sales sees it as mature, Service as early
        "EAEAAE", // c1.data
        "EAMEEE", // c1.why
        "AAAAEA", // c2.alignment
        "EEAEEA", // c2.priorities
        "AAEAAM", // c2.value
        "AMEAAA", // c3.aided
        "EEAEEE", // c3.unaided
        "EAEEEA", // c3.story
        "AAMEAA", // c4.rescue
        "EEEAEE", // c4.improvement
        "EAEEEM", // c4.innovation
        "AAAAAA", // c5.leadership
        "EAEAEA", // c5.engagement
        "AAEAEA", // c5.employees
    };
    const auto ids = ins.itemIds();
    for (std::size_t i = 0; i < ids.size() && i < grid.size(); ++i)
        for (std::size_t p = 0; p < s.participants.size(); ++p) {
            const char c = grid[i][p];
            const Rating r = c == 'M' ? Rating::Mature : c == 'A' ? Rating::Advanced : Rating::Early;
            s.ratings.push_back({s.participants[p].id, ids[i], r, {}});
        }
    const auto note = [&](const char *participant, const char *item, const char *text) {
        for (auto &r : s.ratings)
            if (r.participant == participant && r.item == item)
                r.note = text;
    };
    note("p2", "c1.culture", "We review new logos and churn in every sales meeting.");
    note("p3", "c1.culture", "Outside sales, nobody talks about the customers we lose.");
    note("p3", "c1.why", "My team calls every lost business customer personally within a week.");
    note("p4", "c1.data", "Billing, CRM and the outage system still do not share a customer id.");
    note("p6", "c2.value", "Our research on what customers value is two years old but solid.");
    note("p3", "c4.rescue", "We run a weekly at-risk list for the top 200 accounts.");
    note("p6", "c4.innovation", "The new self-service app came straight from customer interviews.");
    note("p1", "c5.engagement", "I still hear about rules that nobody can explain.");

    s.consensus = {
        {"c1.culture", Rating::Early,
         "Only sales discusses customer growth and loss; the rest of us do not."},
        {"c1.why", Rating::Early, "Service calls lost customers, but the company does not act on it."},
        {"c4.innovation", Rating::Early, "One good app is a project, not yet a competency."}};

    const std::array<std::array<const char *, 7>, 6> rankings = {{
        {"sales", "product", "it", "customer", "vertical", "marketing", "other"},
        {"sales", "customer", "product", "marketing", "it", "vertical", "other"},
        {"it", "sales", "product", "customer", "vertical", "marketing", "other"},
        {"it", "product", "sales", "vertical", "customer", "marketing", "other"},
        {"other", "sales", "it", "product", "customer", "vertical", "marketing"},
        {"product", "sales", "customer", "it", "marketing", "vertical", "other"},
    }};
    for (std::size_t p = 0; p < rankings.size(); ++p) {
        RankingEntry r;
        r.participant = s.participants[p].id;
        r.ranking.assign(rankings[p].begin(), rankings[p].end());
        r.worksheet = ins.powerCore().id;
        if (p == 4)
            r.otherLabel = "Finance";
        s.rankings.push_back(std::move(r));
    }

    // Readiness: one letter per participant, Y or N, for r1 … r11.
    const std::array<const char *, 11> readiness = {
        "NNYNNN", "NYNNNN", "NNNNYN", "YYNYNY", "NNNNNN", "YNYNYY",
        "NNNNNY", "NNYNNN", "YYNYYN", "NNNNNN", "NYNNNN",
    };
    for (std::size_t q = 0; q < readiness.size() && q < ins.readinessQuestions().size(); ++q)
        for (std::size_t p = 0; p < s.participants.size(); ++p)
            s.checklist.push_back({s.participants[p].id,
                                   ins.readinessQuestions()[q].id,
                                   readiness[q][p] == 'Y' ? Answer::Yes : Answer::No,
                                   {}});
    s.checklistConsensus = {
        {"r4", Answer::No, "Each department counts customers its own way; nobody agrees on one metric."}};

    // Customer asset metrics: per metric and participant, T (tracks) or N (does not) and a difficulty.
    if (const Worksheet *metrics = ins.findWorksheet("asset_metrics");
        metrics && metrics->kind == WorksheetKind::Tracked) {
        const std::vector<std::pair<std::string, std::string>> named = {
            {"am.behavior1", "Product Usage Increase/Decrease"},
            {"am.behavior2", "Customer Segment Growth/Loss"},
            {"am.behavior3", "Lost Customers after Key Touchpoint"},
            {"am.behavior4", "Move-ins who never set up online billing"}};
        for (const auto &[item, name] : named)
            if (metrics->findItem(item))
                s.itemNames.push_back({item, name});
        // item, then for p1…p6: T/N and a difficulty digit.
        const std::vector<std::pair<std::string, std::string>> metricGrid = {
            {"am.new_customers", "T2T1T2T2T1T2"}, {"am.lost_customers", "N4T3N4N4N3N4"},
            {"am.net_growth", "N3N3N4N3T2N3"},    {"am.behavior1", "N3N2N3T2N3T2"},
            {"am.behavior2", "T2T2N3N3T2N3"},     {"am.behavior3", "N5N4T3N5N4N5"},
            {"am.behavior4", "N3N3N4N2N3N4"}};
        for (const auto &[item, row] : metricGrid) {
            if (!metrics->findItem(item))
                continue;
            for (std::size_t p = 0; p < s.participants.size() && 2 * p + 1 < row.size(); ++p)
                s.tracked.push_back({s.participants[p].id,
                                     item,
                                     row[2 * p] == 'T' ? Answer::Yes : Answer::No,
                                     row[2 * p + 1] - '0',
                                     {}});
        }
        for (auto &t : s.tracked)
            if (t.participant == "p3" && t.item == "am.lost_customers")
                t.note = "Service logs every cancellation reason, but nobody reads the report.";
        s.trackedConsensus = {
            {"am.lost_customers", Answer::No, 4, "Only service looks at lost customers, and not by value."},
            {"am.net_growth", Answer::No, 3,
             "Finance could report it monthly once we agree who a customer is."}};
    }

    // The team's customer journey: six stages as a Northwind customer lives them.
    if (std::any_of(ins.worksheets.begin(), ins.worksheets.end(),
                    [](const Worksheet &w) { return w.kind == WorksheetKind::Stages; })) {
        s.stages = {
            {"s1", "I'm moving and need power", "Prospect", {"Did they make me smarter about my choices?"}},
            {"s2", "I choose a plan", "Pitch", {"How will they help me?", "Can I trust them?"}},
            {"s3", "I sign up", "Close", {"Will they help me pick out the right plan for my family?"}},
            {"s4",
             "My power is on when I move in",
             "Service",
             {"Do they install per my needs and time?", "Do they get it right the first time?"}},
            {"s5",
             "I live with the service and pay my bills",
             "Service",
             {"Are they reliable?", "Do they show up when things go wrong?"}},
            {"s6", "They know me and help me save", "Resell", {"Do they know me and help me proactively?"}}};
        // Reliability per stage, customer then employee, one letter per participant p1…p6: U
        // (frequently unreliable), S (sometimes), A (always). Stage 4, move-in, splits the team:
        // sales sees it as always reliable, service as frequently unreliable.
        if (const Worksheet *rel = ins.findWorksheet("reliability");
            rel && rel->kind == WorksheetKind::Scale && rel->items.size() == 2) {
            const std::array<std::array<const char *, 2>, 6> relGrid = {{{"SSSASS", "SUSSUS"},
                                                                         {"SASSSA", "SSSSSS"},
                                                                         {"ASSASA", "SSASSS"},
                                                                         {"SAUSUS", "USUUUS"},
                                                                         {"SSUSSS", "USUSUU"},
                                                                         {"UUUSUU", "UUSUUU"}}};
            for (std::size_t st = 0; st < relGrid.size(); ++st)
                for (std::size_t audience = 0; audience < 2; ++audience)
                    for (std::size_t p = 0; p < s.participants.size(); ++p) {
                        const char c = relGrid[st][audience][p];
                        const Rating r = c == 'A'   ? Rating::Mature
                                         : c == 'S' ? Rating::Advanced
                                                    : Rating::Early;
                        s.ratings.push_back(
                            {s.participants[p].id, rel->items[audience].id, r, {}, s.stages[st].id});
                    }
            s.consensus.push_back({rel->items[0].id, Rating::Early,
                                   "Move-in fails whenever billing and field service disagree on the date.",
                                   "s4"});
        }
        detail::addDemoJourneyDecisions(s, ins);
    }

    // Enablers and inhibitors the team wrote during the session.
    if (const Worksheet *lists = ins.findWorksheet("enablers_inhibitors");
        lists && lists->kind == WorksheetKind::Lists) {
        const auto add = [&](const char *heading, const char *column, const char *text) {
            s.entries.push_back({lists->id, heading, column, text});
        };
        add("culture", "enablers", "Service teams who take pride in rescuing unhappy customers");
        add("culture", "enablers", "A CEO who opens every town hall with a customer story");
        add("culture", "inhibitors", "Each department celebrates its own numbers, not the customer's");
        add("process", "enablers", "Weekly at-risk list for the top 200 accounts");
        add("process", "inhibitors", "Rules for refunds that nobody can explain to a customer");
        add("process", "inhibitors", "Move-in process spread over four departments");
        add("financial_metrics", "enablers", "Billing data already shows new and lost accounts");
        add("financial_metrics", "inhibitors", "No agreed definition of a lost customer");
        add("legacy_practices", "inhibitors", "Annual budgets set per silo, not per customer journey");
        add("legacy_practices", "enablers", "The 2019 call-centre redesign still works and is trusted");
    }
    // What the team will always and never do, for customers and for employees, at each stage.
    if (const Worksheet *lists = ins.findWorksheet("always_never");
        lists && lists->kind == WorksheetKind::Lists && lists->scope == WorksheetScope::Stage &&
        s.stages.size() == 6) {
        const auto add = [&](const char *stage, const char *heading, const char *column, const char *text) {
            s.entries.push_back({lists->id, heading, column, text, stage});
        };
        add("s1", "customers", "always", "Give the start date and the first bill's total up front");
        add("s1", "customers", "always", "Answer in plain words, without tariff jargon");
        add("s1", "customers", "never", "Hide the connection fee in the small print");
        add("s1", "employees", "always", "Give agents one page that compares every plan");
        add("s1", "employees", "never", "Judge sales staff on upsells alone");
        add("s2", "customers", "always", "Recommend the cheapest plan that fits their usage");
        add("s2", "customers", "always", "Show a full year's cost, not only the first month");
        add("s2", "customers", "never", "Push a bundle the customer did not ask for");
        add("s2", "employees", "always", "Let agents see the home's past usage when they advise");
        add("s2", "employees", "never", "Pay commission only on premium plans");
        add("s3", "customers", "always", "Confirm the plan, the price and the move-in date in one message");
        add("s3", "customers", "always", "Let them sign up online in under ten minutes");
        add("s3", "customers", "never", "Ask for the same document twice");
        add("s3", "employees", "always", "Give each sign-up one owner until the power is on");
        add("s3", "employees", "never", "Hand a sign-up from sales to billing without notes");
        add("s4", "customers", "always", "Have the power on by noon on the move-in day");
        add("s4", "customers", "always", "Text the customer when the technician is on the way");
        add("s4", "customers", "always", "Call back the same day when a date slips");
        add("s4", "customers", "never", "Let billing and field service give different dates");
        add("s4", "customers", "never", "Close a job before the customer confirms the power is on");
        add("s4", "employees", "always", "Give field crews the date the customer was promised");
        add("s4", "employees", "always", "Let technicians fix small faults on the spot");
        add("s4", "employees", "never", "Blame another department in front of the customer");
        add("s5", "customers", "always", "Explain a bill 20% above the usual one before it arrives");
        add("s5", "customers", "always", "Tell customers about an outage before they have to call");
        add("s5", "customers", "never", "Cut off a customer without a personal call first");
        add("s5", "customers", "never", "Charge a fee for paying by card");
        add("s5", "employees", "always", "Let agents waive a fee up to a set amount without approval");
        add("s5", "employees", "never", "Measure agents on call length alone");
        add("s6", "customers", "always", "Suggest a cheaper plan as soon as their usage fits one");
        add("s6", "customers", "never", "Offer new customers a better price than loyal ones");
        add("s6", "employees", "always", "Share each customer's history across sales and service");
        add("s6", "employees", "never", "Set renewal targets that reward overselling");
    }
    detail::addDemoPlan(s, ins);
    sortCanonically(s, ins);
    return s;
}

Session makeRepeatedDemoSession(const Instrument &instrument, int participants)
{
    const Session demo = makeDemoSession(instrument);
    Session s = demo;
    s.participants.clear();
    s.ratings.clear();
    s.rankings.clear();
    s.checklist.clear();
    s.tracked.clear();
    for (int p = 0; p < participants; ++p) {
        const auto &from = demo.participants[static_cast<std::size_t>(p) % demo.participants.size()];
        std::string id = "p"; // built in two steps: GCC 12 warns (-Wrestrict) on "p" + to_string at -O2
        id += std::to_string(p + 1);
        s.participants.push_back({id, from.name + " " + std::to_string(p + 1), from.role});
        for (const auto &r : demo.ratings)
            if (r.participant == from.id)
                s.ratings.push_back({id, r.item, r.rating, r.note, r.scope});
        for (const auto &r : demo.rankings)
            if (r.participant == from.id)
                s.rankings.push_back({id, r.ranking, r.otherLabel, r.worksheet, r.scope});
        for (const auto &t : demo.tracked)
            if (t.participant == from.id)
                s.tracked.push_back({id, t.item, t.tracked, t.difficulty, t.note, t.scope});
        for (const auto &a : demo.checklist)
            if (a.participant == from.id)
                s.checklist.push_back({id, a.question, a.answer, a.note});
    }
    for (auto &a : s.actions) // with fewer people than the demo, an owner may be gone
        if (!a.owner.empty() && !s.findParticipant(a.owner))
            a.owner.clear();
    sortCanonically(s, instrument);
    return s;
}

Session makeSelfDemoSession(const Instrument &instrument)
{
    Session s = makeDemoSession(instrument);
    s.info.mode = Mode::Self;
    const std::string me = s.participants.front().id;
    // Alone, the leader's plan names the others by their roles.
    for (auto &a : s.actions)
        if (!a.owner.empty() && a.owner != me) {
            a.ownerName = s.findParticipant(a.owner)->role;
            a.owner.clear();
        }
    s.participants.resize(1);
    const auto others = [&](const auto &entry) { return entry.participant != me; };
    std::erase_if(s.ratings, others);
    std::erase_if(s.rankings, others);
    std::erase_if(s.tracked, others);
    std::erase_if(s.checklist, others);
    std::erase_if(s.absences, others);
    s.consensus.clear();
    s.rankingConsensus.clear();
    s.trackedConsensus.clear();
    // The team-only worksheets (the stairway, the stop-doing list, the Customer Room) are the leader's
    // own answers when they assess alone.
    std::erase_if(s.checklistConsensus, [&](const ChecklistConsensus &c) {
        const Worksheet *w = instrument.worksheetOfItem(c.question);
        return !w || !w->teamOnly;
    });
    return s;
}

} // namespace cxm
