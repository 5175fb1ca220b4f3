#include "AnswerEdit.h"

#include "Error.h"
#include "SessionFile.h"
#include "Text.h"

#include <algorithm>
#include <tuple>

namespace cxm {

namespace {

// Finds the entry with this key in a vector sorted by keyOf, and either replaces it, inserts the new
// one in its place, or (no value) erases it: O(log n) to find, one move of the tail to insert.
template<typename T, typename KeyOf>
void place(std::vector<T> &v, const KeyOf &keyOf, const decltype(keyOf(std::declval<const T &>())) &key,
           std::optional<T> value)
{
    const auto at = std::lower_bound(v.begin(), v.end(), key,
                                     [&](const T &entry, const auto &k) { return keyOf(entry) < k; });
    const bool found = at != v.end() && keyOf(*at) == key;
    if (!value) {
        if (found)
            v.erase(at);
    } else if (found) {
        *at = std::move(*value);
    } else {
        v.insert(at, std::move(*value));
    }
}

} // namespace

std::string noteOf(const Session &s, const AnswerEdit &e)
{
    const std::string &p = e.participant;
    switch (e.worksheet->kind) {
    case WorksheetKind::Scale:
        if (const RatingEntry *r = s.findRating(p, e.question, e.scope))
            return r->note;
        break;
    case WorksheetKind::Checklist:
        if (const ChecklistAnswer *a = s.findChecklist(p, e.question, e.scope))
            return a->note;
        break;
    case WorksheetKind::Tracked:
        if (const TrackedAnswer *a = s.findTracked(p, e.question, e.scope))
            return a->note;
        break;
    default:
        break; // a ranking has no note
    }
    return {};
}

AnswerEdit storedEdit(const Session &s, const AnswerEdit &e)
{
    AnswerEdit out{e.participant, e.worksheet, e.question, e.scope, true, {}, {}, {}, {}, {}, {}};
    const std::string &p = e.participant;
    switch (e.worksheet->kind) {
    case WorksheetKind::Scale:
        if (const RatingEntry *r = s.findRating(p, e.question, e.scope)) {
            out.clear = false;
            out.rating = r->rating;
        }
        break;
    case WorksheetKind::Checklist:
        if (const ChecklistAnswer *a = s.findChecklist(p, e.question, e.scope)) {
            out.clear = false;
            out.answer = a->answer;
        }
        break;
    case WorksheetKind::Tracked:
        if (const TrackedAnswer *a = s.findTracked(p, e.question, e.scope)) {
            out.clear = false;
            out.tracked = a->tracked;
            out.difficulty = a->difficulty;
        }
        break;
    case WorksheetKind::Ranking:
        if (const RankingEntry *r = s.findRanking(e.question, p, e.scope)) {
            out.clear = false;
            out.ranking = r->ranking;
            out.otherLabel = r->otherLabel;
        }
        break;
    default:
        throw Error("an answer to a worksheet that participants do not answer on their own");
    }
    return out;
}

void writeAnswer(SessionFile &file, const AnswerEdit &e, const std::string &note)
{
    const std::string &p = e.participant;
    switch (e.worksheet->kind) {
    case WorksheetKind::Scale:
        file.setRating(p, e.question, e.clear ? std::nullopt : e.rating, note, e.scope);
        return;
    case WorksheetKind::Checklist:
        file.setChecklist(p, e.question, e.clear ? std::nullopt : e.answer, note, e.scope);
        return;
    case WorksheetKind::Tracked: {
        std::optional<TrackedAnswer> value;
        if (!e.clear)
            value = TrackedAnswer{p, e.question, e.tracked, e.difficulty, note, e.scope};
        file.setTracked(p, e.question, value, e.scope);
        return;
    }
    case WorksheetKind::Ranking:
        file.setRanking(e.question, p, e.clear ? std::nullopt : e.ranking, e.otherLabel, e.scope);
        return;
    default:
        throw Error("an answer to a worksheet that participants do not answer on their own");
    }
}

SessionPatch::SessionPatch(Session &session, const Instrument &instrument)
    : m_session(session)
    , m_order(session, instrument)
{}

void SessionPatch::apply(const AnswerEdit &e, const std::string &note)
{
    // The keys are sortCanonically's (Session.cpp); the text is cleaned as SessionFile stores it.
    const CanonicalOrder &o = m_order;
    const std::string &p = e.participant;
    const auto key = [&](const std::string &participant, const std::string &question,
                         const std::string &scope) {
        return std::tuple(scope, o.participant(participant), o.place(question));
    };
    switch (e.worksheet->kind) {
    case WorksheetKind::Scale: {
        std::optional<RatingEntry> v;
        if (!e.clear && e.rating)
            v = RatingEntry{p, e.question, *e.rating, multiLineText(note), e.scope};
        place(
            m_session.ratings, [&](const RatingEntry &r) { return key(r.participant, r.item, r.scope); },
            key(p, e.question, e.scope), std::move(v));
        return;
    }
    case WorksheetKind::Checklist: {
        std::optional<ChecklistAnswer> v;
        if (!e.clear && e.answer)
            v = ChecklistAnswer{p, e.question, *e.answer, multiLineText(note), e.scope};
        place(
            m_session.checklist,
            [&](const ChecklistAnswer &a) { return key(a.participant, a.question, a.scope); },
            key(p, e.question, e.scope), std::move(v));
        return;
    }
    case WorksheetKind::Tracked: {
        std::optional<TrackedAnswer> v;
        if (!e.clear && (e.tracked || e.difficulty || !note.empty()))
            v = TrackedAnswer{p, e.question, e.tracked, e.difficulty, multiLineText(note), e.scope};
        place(
            m_session.tracked, [&](const TrackedAnswer &a) { return key(a.participant, a.item, a.scope); },
            key(p, e.question, e.scope), std::move(v));
        return;
    }
    case WorksheetKind::Ranking: {
        std::optional<RankingEntry> v;
        if (!e.clear && e.ranking)
            v = RankingEntry{p, *e.ranking, singleLineText(e.otherLabel), e.question, e.scope};
        const auto rankingKey = [&](const std::string &participant, const std::string &worksheet,
                                    const std::string &scope) {
            return std::tuple(scope, o.place(worksheet), o.participant(participant));
        };
        place(
            m_session.rankings,
            [&](const RankingEntry &r) { return rankingKey(r.participant, r.worksheet, r.scope); },
            rankingKey(p, e.question, e.scope), std::move(v));
        return;
    }
    default:
        throw Error("an answer to a worksheet that participants do not answer on their own");
    }
}

} // namespace cxm
