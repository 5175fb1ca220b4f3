#include "PlanWords.h"

#include "ReportText.h"
#include "ReportWriter.h"

namespace cxm::report {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

// "item:c1.culture" → {"item", "c1.culture"}.
std::pair<std::string, std::string> split(const std::string &ref)
{
    const auto colon = ref.find(':');
    return colon == std::string::npos ? std::pair{ref, std::string()}
                                      : std::pair{ref.substr(0, colon), ref.substr(colon + 1)};
}

QString stageWords(const Session &session, const std::string &id)
{
    for (std::size_t i = 0; i < session.stages.size(); ++i)
        if (session.stages[i].id == id)
            return Report::tr("Stage %1: %2").arg(i + 1).arg(qs(session.stages[i].name));
    return Report::tr("A removed stage");
}

} // namespace

QString addressWords(const std::string &addresses, const Instrument &ins, const Session &session)
{
    const auto [kind, rest] = split(addresses);
    if (kind == "question") {
        const Worksheet *w = ins.worksheetOfItem(rest);
        const int number = w ? w->itemIndex(rest) + 1 : 0;
        if (w == &ins.readiness())
            return Report::tr("Readiness question %1").arg(number);
        if (w)
            return Report::tr("%1, question %2").arg(qs(w->title)).arg(number);
    }
    if (kind == "stage")
        return stageWords(session, rest);
    if (kind == "project") {
        const auto [stage, slot] = split(rest);
        const std::string name = session.itemName(slot, stage);
        return Report::tr("%1, project: %2")
            .arg(stageWords(session, stage), name.empty() ? Report::tr("(unnamed)") : qs(name));
    }
    return qs(addressTitle(addresses, ins, session)); // an item: the competency's number and its title
}

SuggestionWords suggestionWords(const Suggestion &suggestion, const Instrument &ins, const Session &session,
                                const Score &score)
{
    const auto [kind, rest] = split(suggestion.key);
    if (kind == "readiness") {
        const Item *q = ins.findItem(rest);
        return {Report::tr("Make this true: %1").arg(q ? qs(q->question) : qs(rest)),
                Report::tr("Readiness question %1 is answered No").arg(ins.readiness().itemIndex(rest) + 1)};
    }
    if (kind == "stop") {
        const auto [stage, slot] = split(rest);
        return {Report::tr("Stop: %1").arg(qs(session.itemName(slot, stage))),
                Report::tr("%1: decided to stop it").arg(stageWords(session, stage))};
    }
    if (kind == "weakest") {
        std::optional<double> value;
        for (const auto &c : score.competencies)
            for (const auto &i : c.items)
                if (i.id == rest)
                    value = i.value;
        return {Report::tr("Raise %1").arg(addressWords("item:" + rest, ins, session)),
                Report::tr("One of the three weakest items (%1 of 3)")
                    .arg(value ? formatMean(*value) : QString())};
    }
    return {qs(suggestion.title), qs(suggestion.reason)};
}

} // namespace cxm::report
