// cxm reveal: the command line's Reveal, for a file whose answers private voting or a room round
// left hidden (Disclosure.h). One durable edit of the file's workflow state, as the window's reveal;
// nothing else in the file changes.
#include "Commands.h"
#include "Disclosure.h"
#include "SessionFile.h"

#include <iostream>

namespace cxm::cli {

auto votesHiddenMessage(const VotesHiddenError &e) -> std::string
{
    const std::string file = e.source().empty() ? "FILE" : e.source();
    if (e.votes() == Votes::RevealedAnonymously)
        return Cli::tr("%1: the answers were revealed anonymously, so nothing that names people is "
                       "written from it. Use --anonymous, or reveal them with names first: cxm reveal %1")
            .arg(file)
            .str();
    return Cli::tr("%1: the votes in this session are hidden (private voting or an open room round), so "
                   "nothing is read from it until they are revealed. Reveal them with: cxm reveal %1 "
                   "(or --anonymous for counts only), or with Reveal in the window")
        .arg(file)
        .str();
}

int cmdReveal(const Args &a, const Instrument &ins)
{
    if (a.positional.size() != 1 || a.output())
        throw UsageError{Cli::tr("usage: %1").arg("cxm reveal FILE.cxm [--anonymous]")};
    const std::string &path = a.positional[0];
    const auto file = SessionFile::open(path, SessionFile::Access::ReadWrite, ins);
    if (file->isReadOnly())
        throw InputError(path, Cli::tr("cannot be changed: %1").arg(file->readOnlyReason()));
    const Votes before = file->votes();
    const Votes after = a.flag("--anonymous") ? Votes::RevealedAnonymously : Votes::Revealed;
    if (before == Votes::Open) {
        std::cerr << Cli::tr("cxm: %1 has no hidden answers: nothing to reveal").arg(path) << "\n";
        return kOk;
    }
    if (before == Votes::Revealed || before == after) {
        std::cerr << Cli::tr("cxm: the answers in %1 are already revealed").arg(path) << "\n";
        return kOk;
    }
    file->setWorkflow(kVotesKey, storedVotes(after)); // one transaction, on disk when it returns
    std::cerr << (after == Votes::Revealed ? Cli::tr("cxm: revealed the answers in %1, with names").arg(path)
                                           : Cli::tr("cxm: revealed the answers in %1 anonymously: counts "
                                                     "per level, no names")
                                                 .arg(path))
              << "\n";
    return kOk;
}

} // namespace cxm::cli
