#include "MergeWords.h"

#include "Text.h"

namespace cxm {

MergeWords::MergeWords(const Instrument &instrument, const Session &merged)
    : m_instrument(instrument)
    , m_merged(merged)
{}

std::string MergeWords::shortened(const std::string &text, std::size_t limit)
{
    std::string line = singleLineText(text);
    if (line.size() <= limit)
        return line;
    std::size_t cut = limit;
    // Never in the middle of a character: back up over UTF-8 continuation bytes.
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
        --cut;
    return line.substr(0, cut) + "\u2026";
}

std::string MergeWords::withNote(const std::string &text, const std::string &note)
{
    return note.empty() ? text : text + " (note: " + quoted(note) + ")";
}

std::string MergeWords::scoped(const std::string &scope, const std::string &text) const
{
    if (scope.empty())
        return text;
    for (std::size_t i = 0; i < m_merged.stages.size(); ++i)
        if (m_merged.stages[i].id == scope)
            return "Stage " + std::to_string(i + 1) + " (" + shortened(m_merged.stages[i].name, 40) +
                   "): " + text;
    return "Stage " + scope + ": " + text;
}

std::string MergeWords::itemTitle(const std::string &item, const std::string &scope) const
{
    const Item *it = m_instrument.findItem(item);
    if (!it)
        return item;
    if (it->named) {
        const std::string name = m_merged.itemName(item, scope);
        if (!name.empty())
            return quoted(name);
    }
    return shortened(!it->title.empty() ? it->title : it->question);
}

std::string MergeWords::itemQuestion(const std::string &item, const std::string &scope) const
{
    const Worksheet *w = m_instrument.worksheetOfItem(item);
    const Competency *c = m_instrument.competencyOfItem(item);
    return scoped(scope, (c ? "C" + std::to_string(c->number) + " " : std::string()) +
                             (w ? shortened(w->title, 50) + ": " : std::string()) + itemTitle(item, scope));
}

std::string MergeWords::worksheetQuestion(const std::string &worksheet, const std::string &scope) const
{
    const Worksheet *w = m_instrument.findWorksheet(worksheet);
    return scoped(scope, w ? shortened(w->title, 60) : worksheet);
}

std::string MergeWords::question(const ItemName &a) const
{
    const Worksheet *w = m_instrument.worksheetOfItem(a.item);
    const Item *it = m_instrument.findItem(a.item);
    return scoped(a.scope, (w ? shortened(w->title, 50) + ": " : std::string()) + "the name of " +
                               (it ? shortened(it->title) : a.item));
}

std::string MergeWords::question(const Target &a) const
{
    return "Target: " + itemQuestion(a.item, a.scope);
}

std::string MergeWords::question(const Stage &s) const
{
    return "Journey stage " + quoted(s.name);
}

std::string MergeWords::level(const std::string &item, Rating rating) const
{
    const Worksheet *w = m_instrument.worksheetOfItem(item);
    const auto &levels = w ? m_instrument.levelsOf(*w) : m_instrument.levels;
    const auto index = static_cast<std::size_t>(ratingValue(rating) - 1);
    return index < levels.size() ? levels[index].label : std::string(toString(rating));
}

std::string MergeWords::ranking(const std::vector<std::string> &options) const
{
    std::vector<std::string> titles;
    for (const auto &id : options) {
        const Item *it = m_instrument.findItem(id);
        titles.push_back(it ? it->title : id);
    }
    return join(titles, " > ");
}

std::string MergeWords::value(const RankingEntry &a) const
{
    return ranking(a.ranking) + (a.otherLabel.empty() ? "" : " (Other: " + quoted(a.otherLabel) + ")");
}

std::string MergeWords::answer(Answer a)
{
    return a == Answer::Yes ? "Yes" : "No";
}

std::string MergeWords::tracked(const std::optional<Answer> &t, const std::optional<int> &difficulty) const
{
    std::string text = t ? (*t == Answer::Yes ? "Tracked" : "Not tracked") : "Tracked not said";
    if (difficulty)
        text += ", difficulty " + std::to_string(*difficulty);
    return text;
}

std::string MergeWords::value(const ChoiceAnswer &a) const
{
    const Item *it = m_instrument.findItem(a.option);
    return withNote(it ? it->title : a.option, a.note);
}

std::string MergeWords::value(const Reconciliation &a) const
{
    const Worksheet *w = m_instrument.worksheetOfItem(a.item);
    const Heading *decision = w ? w->findDecision(a.decision) : nullptr;
    const std::string serves =
        a.serves.empty() ? std::string("serves no priority") : "serves " + itemTitle(a.serves, a.scope);
    const std::string decided =
        a.decision.empty() ? std::string("not decided") : (decision ? decision->title : a.decision);
    return withNote(serves + ", " + decided, a.note);
}

std::string MergeWords::value(const Target &a) const
{
    std::string text = level(a.item, a.level);
    if (!a.date.empty())
        text += " by " + a.date;
    else if (a.months > 0)
        text += " within " + std::to_string(a.months) + " months";
    return withNote(text, a.note);
}

std::string MergeWords::value(const Stage &s) const
{
    std::string text = "replaces " + (s.replaces.empty() ? std::string("nothing named") : quoted(s.replaces));
    text += "; questions: ";
    if (s.questions.empty())
        return text + "none";
    std::vector<std::string> qs;
    for (const auto &q : s.questions)
        qs.push_back(quoted(q));
    return text + join(qs, ", ");
}

} // namespace cxm
