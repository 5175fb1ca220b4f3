// The words a merge shows the facilitator for a question and an answer of every kind ("C1 Customer
// Culture: Culture", "Advanced (note: …)"), in the instrument's words and the merged journey's
// stage names. Used by Merge.cpp only.
#pragma once

#include "Instrument.h"
#include "Session.h"

#include <string>

namespace cxm {

class MergeWords
{
public:
    // Both must outlive the object; `merged` is read when words are asked for (its stages and the
    // names the team gave items).
    MergeWords(const Instrument &instrument, const Session &merged);

    std::string question(const RatingEntry &a) const { return itemQuestion(a.item, a.scope); }
    std::string question(const ConsensusRating &a) const { return itemQuestion(a.item, a.scope); }
    std::string question(const RankingEntry &a) const { return worksheetQuestion(a.worksheet, a.scope); }
    std::string question(const RankingConsensus &a) const { return worksheetQuestion(a.worksheet, a.scope); }
    std::string question(const ChecklistAnswer &a) const { return itemQuestion(a.question, a.scope); }
    std::string question(const ChecklistConsensus &a) const { return itemQuestion(a.question, a.scope); }
    std::string question(const TrackedAnswer &a) const { return itemQuestion(a.item, a.scope); }
    std::string question(const TrackedConsensus &a) const { return itemQuestion(a.item, a.scope); }
    std::string question(const ItemName &a) const;
    std::string question(const ChoiceAnswer &a) const { return worksheetQuestion(a.worksheet, a.scope); }
    std::string question(const Reconciliation &a) const { return itemQuestion(a.item, a.scope); }
    std::string question(const Target &a) const;
    std::string question(const Stage &s) const;

    std::string value(const RatingEntry &a) const { return withNote(level(a.item, a.rating), a.note); }
    std::string value(const ConsensusRating &a) const { return withNote(level(a.item, a.rating), a.note); }
    std::string value(const RankingEntry &a) const;
    std::string value(const RankingConsensus &a) const { return withNote(ranking(a.ranking), a.note); }
    std::string value(const ChecklistAnswer &a) const { return withNote(answer(a.answer), a.note); }
    std::string value(const ChecklistConsensus &a) const { return withNote(answer(a.answer), a.note); }
    std::string value(const TrackedAnswer &a) const
    {
        return withNote(tracked(a.tracked, a.difficulty), a.note);
    }
    std::string value(const TrackedConsensus &a) const
    {
        return withNote(tracked(a.tracked, a.difficulty), a.note);
    }
    std::string value(const ItemName &a) const { return quoted(a.name); }
    std::string value(const ChoiceAnswer &a) const;
    std::string value(const Reconciliation &a) const;
    std::string value(const Target &a) const;
    std::string value(const Stage &s) const;

    // A text cut to at most `limit` bytes on a character boundary, with "…" when cut, on one line.
    static std::string shortened(const std::string &text, std::size_t limit = 80);

private:
    std::string scoped(const std::string &scope, const std::string &text) const;
    std::string itemQuestion(const std::string &item, const std::string &scope) const;
    std::string worksheetQuestion(const std::string &worksheet, const std::string &scope) const;
    std::string itemTitle(const std::string &item, const std::string &scope) const;
    std::string level(const std::string &item, Rating rating) const;
    std::string ranking(const std::vector<std::string> &options) const;
    static std::string answer(Answer a);
    std::string tracked(const std::optional<Answer> &tracked, const std::optional<int> &difficulty) const;
    static std::string quoted(const std::string &text) { return "\u201c" + shortened(text) + "\u201d"; }
    static std::string withNote(const std::string &text, const std::string &note);

    const Instrument &m_instrument;
    const Session &m_merged;
};

} // namespace cxm
