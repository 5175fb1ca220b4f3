#include "Disclosure.h"

#include <stdexcept>

namespace cxm {

namespace {

using K = ReaderKind;
using W = WhenHidden;

// The registry. A reader's id is what its code passes to disclose(); `reach` is how the disclosure
// tests drive it (tests/core/DisclosureTest.cpp, tests/cli/DisclosureCliTest.cpp,
// tests/ui/DisclosureWindowTest.cpp).
const std::vector<Reader> kReaders = {
    // cxm: every command that reads a session file.
    {"cli.score", K::Command, W::Refuse, false, {"score", "{file}", "--json"}},
    {"cli.score.text", K::Command, W::Refuse, false, {"score", "{file}"}},
    {"cli.report", K::Command, W::Refuse, true, {"report", "{file}", "-o", "{out}.pdf"}},
    {"cli.report.odt", K::Command, W::Refuse, true, {"report", "{file}", "-o", "{out}.odt"}},
    {"cli.report.anonymous", K::Command, W::Refuse, false,
     {"report", "{file}", "--anonymous", "-o", "{out}.pdf"}},
    {"cli.report.compare", K::Command, W::Refuse, false,
     {"report", "--compare", "{other}", "{file}", "-o", "{out}.pdf"}},
    {"cli.export.json", K::Command, W::Refuse, true, {"export", "{file}", "--format", "json", "-o", "{out}"}},
    {"cli.export.csv", K::Command, W::Refuse, true, {"export", "{file}", "--format", "csv", "-o", "{out}"}},
    {"cli.export.xlsx", K::Command, W::Refuse, true, {"export", "{file}", "--format", "xlsx", "-o", "{out}"}},
    {"cli.publish", K::Command, W::Refuse, true, {"publish", "{file}", "--db", "host=/nonexistent dbname=x"}},
    {"cli.publish.anonymous", K::Command, W::Refuse, false,
     {"publish", "{file}", "--anonymous", "--db", "host=/nonexistent dbname=x"}},
    {"cli.portfolio.session", K::Command, W::Refuse, false,
     {"portfolio", "--db", "host=/nonexistent dbname=x", "--session", "{file}"}},
    {"cli.compare", K::Command, W::Refuse, false, {"compare", "{other}", "{file}", "--json"}},
    {"cli.merge", K::Command, W::Refuse, true, {"merge", "{other}", "{file}", "-o", "{out}.cxm"}},
    {"cli.follow-up", K::Command, W::Refuse, true, {"follow-up", "{file}", "-o", "{out}.cxm"}},
    // The window: every page reads the withheld view; every output is refused and offers the reveal.
    {"window.session", K::Window, W::Withhold, true, {"sessionView"}},
    {"window.print", K::Window, W::Refuse, true, {"actionPrint"}},
    {"window.export.pdf", K::Window, W::Refuse, true, {"actionExportPdf"}},
    {"window.export.pdf.anonymous", K::Window, W::Refuse, false, {"actionExportPdf"}},
    {"window.export.odt", K::Window, W::Refuse, true, {"actionExportOdt"}},
    {"window.export.odt.anonymous", K::Window, W::Refuse, false, {"actionExportOdt"}},
    {"window.export.csv", K::Window, W::Refuse, true, {"actionExportCsv"}},
    {"window.export.xlsx", K::Window, W::Refuse, true, {"actionExportXlsx"}},
    {"window.export.json", K::Window, W::Refuse, true, {"actionExportJson"}},
    {"window.publish", K::Window, W::Refuse, true, {"actionPublishPortfolio"}},
    {"window.publish.anonymous", K::Window, W::Refuse, false, {"actionPublishPortfolio"}},
    {"window.follow-up", K::Window, W::Refuse, true, {"actionNewFollowUp"}},
    {"window.compare", K::Window, W::Refuse, false, {"actionCompareSessions"}},
    // File → Merge sessions… opens a modal dialog; its "Add sessions…" button reads each file.
    {"window.merge", K::Window, W::Refuse, true, {"mergeAddFiles"}},
    // The live room: a phone sees the round's questions, never another person's answer.
    {"room.phone", K::Room, W::Withhold, true, {"/api/rooms/{code}/round"}},
};

template<typename Entry, typename Key>
void withhold(std::vector<Entry> &entries, std::vector<WithheldAnswer> &out, Key key)
{
    for (const Entry &e : entries)
        if (auto question = key(e))
            out.push_back({e.participant, *question});
    entries.clear();
}

std::string scoped(const std::string &question, const std::string &scope)
{
    return scope.empty() ? question : question + '@' + scope;
}

} // namespace

Votes parseVotes(const std::optional<std::string> &stored)
{
    if (!stored)
        return Votes::Open;
    if (*stored == "hidden")
        return Votes::Hidden;
    if (*stored == "revealed-anonymous")
        return Votes::RevealedAnonymously;
    if (*stored == "revealed")
        return Votes::Revealed;
    // A state this version does not know (a newer writer's): the safe reading is "hidden".
    return Votes::Hidden;
}

std::optional<std::string> storedVotes(Votes votes)
{
    switch (votes) {
    case Votes::Open: return std::nullopt;
    case Votes::Hidden: return "hidden";
    case Votes::RevealedAnonymously: return "revealed-anonymous";
    case Votes::Revealed: return "revealed";
    }
    return std::nullopt;
}

const std::vector<Reader> &readers()
{
    return kReaders;
}

const Reader &reader(std::string_view id)
{
    for (const Reader &r : kReaders)
        if (r.id == id)
            return r;
    throw std::logic_error("disclosure: reader '" + std::string(id) +
                           "' is not registered in Disclosure.cpp; every output registers there");
}

VotesHiddenError::VotesHiddenError(std::string source, Votes votes)
    : InputError(std::move(source),
                 votes == Votes::RevealedAnonymously
                     ? "the answers were revealed anonymously, so nothing that names people can be "
                       "written; reveal them with names first (cxm reveal FILE, or Reveal in the window)"
                     : "the votes in this session are hidden (private voting or an open room round); "
                       "reveal them first with: cxm reveal FILE (or Reveal in the window)")
    , m_votes(votes)
{}

bool mayReadAll(Votes votes, const Reader &reader)
{
    switch (votes) {
    case Votes::Open:
    case Votes::Revealed: return true;
    case Votes::RevealedAnonymously: return !reader.named || reader.whenHidden == WhenHidden::Withhold;
    case Votes::Hidden: return false;
    }
    return false;
}

Session disclose(Session session, Votes votes, std::string_view readerId, const std::string &source)
{
    const Reader &r = reader(readerId);
    if (mayReadAll(votes, r))
        return session;
    if (r.whenHidden == WhenHidden::Refuse)
        throw VotesHiddenError(source, votes);
    std::vector<WithheldAnswer> &out = session.withheld;
    withhold(session.ratings, out,
             [](const RatingEntry &e) { return std::optional(scoped(e.item, e.scope)); });
    withhold(session.checklist, out,
             [](const ChecklistAnswer &e) { return std::optional(scoped(e.question, e.scope)); });
    withhold(session.rankings, out,
             [](const RankingEntry &e) { return std::optional(scoped(e.worksheet, e.scope)); });
    // A metric counts as answered with both halves (Progress.h).
    withhold(session.tracked, out, [](const TrackedAnswer &e) {
        return e.tracked && e.difficulty ? std::optional(scoped(e.item, e.scope)) : std::nullopt;
    });
    return session;
}

} // namespace cxm
