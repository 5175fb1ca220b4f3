#include "RoomRound.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <set>

namespace cxm::room {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxm::room::RoomRound", text);
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

const QString kYes = QStringLiteral("yes");
const QString kNo = QStringLiteral("no");

QJsonValue answerWord(const std::optional<Answer> &a)
{
    if (!a)
        return QJsonValue::Null;
    return *a == Answer::Yes ? kYes : kNo;
}

std::optional<Answer> parseYesNo(const QJsonValue &v, bool &ok)
{
    ok = true;
    if (v.isNull())
        return std::nullopt;
    if (v.toString() == kYes)
        return Answer::Yes;
    if (v.toString() == kNo)
        return Answer::No;
    ok = false;
    return std::nullopt;
}

QJsonArray yesNoChoices(const Worksheet &w)
{
    return QJsonArray{QJsonObject{{QStringLiteral("value"), kYes},
                                  {QStringLiteral("label"), q(w.yesLabel.empty() ? "Yes" : w.yesLabel)}},
                      QJsonObject{{QStringLiteral("value"), kNo},
                                  {QStringLiteral("label"), q(w.noLabel.empty() ? "No" : w.noLabel)}}};
}

} // namespace

bool isAnswerableInRoom(const Worksheet &worksheet)
{
    return worksheet.answeredByEach();
}

std::vector<RoomQuestion> roundQuestions(const Instrument &instrument, const Session &session,
                                         const std::vector<std::string> &worksheets)
{
    std::vector<RoomQuestion> out;
    for (const Worksheet &w : instrument.worksheets) {
        if (std::find(worksheets.begin(), worksheets.end(), w.id) == worksheets.end() ||
            !isAnswerableInRoom(w))
            continue;
        std::vector<std::string> scopes;
        if (w.scope == WorksheetScope::Stage) {
            for (const Stage &s : session.stages)
                scopes.push_back(s.id);
        } else {
            scopes.emplace_back();
        }
        for (const std::string &scope : scopes) {
            if (w.kind == WorksheetKind::Ranking) {
                out.push_back({&w, nullptr, w.id, scope});
                continue;
            }
            for (const Item &item : w.items)
                out.push_back({&w, &item, item.id, scope});
        }
    }
    return out;
}

QJsonObject questionJson(const Instrument &instrument, const Session &session, const RoomQuestion &question)
{
    const Worksheet &w = *question.worksheet;
    QJsonObject o;
    o[QStringLiteral("question")] = q(question.id);
    o[QStringLiteral("scope")] = q(question.scope);
    o[QStringLiteral("worksheet")] = q(w.id);
    o[QStringLiteral("worksheetTitle")] = q(w.title);
    o[QStringLiteral("kind")] = q(std::string(toString(w.kind)));
    if (const Stage *stage = session.findStage(question.scope))
        o[QStringLiteral("stage")] = q(stage->name);
    if (question.item) {
        const std::string named = question.item->named ? session.itemName(question.id, question.scope) : "";
        o[QStringLiteral("title")] = q(named.empty() ? question.item->title : named);
        o[QStringLiteral("text")] = q(question.item->question);
    } else {
        o[QStringLiteral("title")] = q(w.title);
        o[QStringLiteral("text")] = q(w.introduction);
    }
    switch (w.kind) {
    case WorksheetKind::Scale: {
        QJsonArray choices;
        for (const Level &l : instrument.levelsOf(w))
            choices.append(
                QJsonObject{{QStringLiteral("value"), q(l.id)}, {QStringLiteral("label"), q(l.label)}});
        o[QStringLiteral("choices")] = choices;
        break;
    }
    case WorksheetKind::Checklist:
        o[QStringLiteral("choices")] = yesNoChoices(w);
        break;
    case WorksheetKind::Tracked: {
        o[QStringLiteral("choices")] = yesNoChoices(w);
        o[QStringLiteral("barometerTitle")] = q(w.barometerTitle);
        QJsonArray barometer;
        for (const std::string &label : w.barometer)
            barometer.append(q(label));
        o[QStringLiteral("barometer")] = barometer;
        break;
    }
    case WorksheetKind::Ranking: {
        QJsonArray options;
        for (const Item &option : w.items)
            options.append(QJsonObject{{QStringLiteral("value"), q(option.id)},
                                       {QStringLiteral("label"), q(option.title)},
                                       {QStringLiteral("description"), q(option.description)}});
        o[QStringLiteral("options")] = options;
        o[QStringLiteral("otherOption")] = q(w.otherOption);
        break;
    }
    default:
        break;
    }
    return o;
}

QJsonObject storedAnswer(const Instrument &instrument, const Session &session, const RoomQuestion &question,
                         const std::string &participant)
{
    const Worksheet &w = *question.worksheet;
    QJsonObject o;
    QJsonValue answer = QJsonValue::Null;
    switch (w.kind) {
    case WorksheetKind::Scale:
        if (const RatingEntry *r = session.findRating(participant, question.id, question.scope))
            answer = q(instrument.levelsOf(w).at(static_cast<std::size_t>(ratingValue(r->rating) - 1)).id);
        break;
    case WorksheetKind::Checklist:
        if (const ChecklistAnswer *a = session.findChecklist(participant, question.id, question.scope))
            answer = answerWord(a->answer);
        break;
    case WorksheetKind::Tracked:
        if (const TrackedAnswer *a = session.findTracked(participant, question.id, question.scope))
            answer = QJsonObject{{QStringLiteral("tracked"), answerWord(a->tracked)},
                                 {QStringLiteral("difficulty"),
                                  a->difficulty ? QJsonValue(*a->difficulty) : QJsonValue(QJsonValue::Null)}};
        break;
    case WorksheetKind::Ranking:
        if (const RankingEntry *r = session.findRanking(w.id, participant, question.scope)) {
            QJsonArray order;
            for (const std::string &id : r->ranking)
                order.append(q(id));
            answer = order;
            o[QStringLiteral("otherLabel")] = q(r->otherLabel);
        }
        break;
    default:
        break;
    }
    o[QStringLiteral("answer")] = answer;
    return o;
}

AnswerIndex::AnswerIndex(const Session &session)
{
    for (const RatingEntry &r : session.ratings)
        m_answers.emplace(r.participant, r.item, r.scope);
    for (const ChecklistAnswer &a : session.checklist)
        m_answers.emplace(a.participant, a.question, a.scope);
    for (const TrackedAnswer &t : session.tracked)
        if (t.tracked && t.difficulty)
            m_answers.emplace(t.participant, t.item, t.scope);
    for (const RankingEntry &r : session.rankings)
        m_answers.emplace(r.participant, r.worksheet, r.scope); // a ranking's question is its worksheet
}

bool AnswerIndex::answered(const RoomQuestion &question, const std::string &participant) const
{
    return m_answers.count({participant, question.id, question.scope}) > 0;
}

std::optional<QString> parseAnswer(const Instrument &instrument, const std::vector<RoomQuestion> &questions,
                                   const QJsonObject &body, const std::string &participant, RoomAnswer &out)
{
    if (!body.value(QStringLiteral("question")).isString())
        return tr("\"question\" must be the id of a question of the open round");
    const QJsonValue scopeValue = body.value(QStringLiteral("scope"));
    if (!scopeValue.isUndefined() && !scopeValue.isString())
        return tr("\"scope\" must be a string (empty, or the id of a stage)");
    if (!body.contains(QStringLiteral("value")))
        return tr("\"value\" is missing (null clears the answer)");
    const std::string id = body.value(QStringLiteral("question")).toString().toStdString();
    const std::string scope = scopeValue.toString().toStdString();
    const auto found = std::find_if(questions.begin(), questions.end(),
                                    [&](const RoomQuestion &x) { return x.id == id && x.scope == scope; });
    if (found == questions.end())
        return tr("no question of the open round has this id and scope");
    const Worksheet &w = *found->worksheet;
    out = RoomAnswer{};
    out.participant = participant;
    out.worksheet = &w;
    out.question = id;
    out.scope = scope;
    const QJsonValue v = body.value(QStringLiteral("value"));
    if (v.isNull()) {
        out.clear = true;
        return std::nullopt;
    }
    switch (w.kind) {
    case WorksheetKind::Scale:
        for (const Level &l : instrument.levelsOf(w))
            if (v.isString() && v.toString() == q(l.id)) {
                out.rating = static_cast<Rating>(l.value);
                return std::nullopt;
            }
        return tr("\"value\" must be one of the question's choices");
    case WorksheetKind::Checklist: {
        bool ok = false;
        out.answer = parseYesNo(v, ok);
        if (!ok)
            return tr("\"value\" must be \"yes\" or \"no\"");
        return std::nullopt;
    }
    case WorksheetKind::Tracked: {
        if (!v.isObject())
            return tr("\"value\" must be an object with \"tracked\" and \"difficulty\"");
        const QJsonObject t = v.toObject();
        bool ok = false;
        out.tracked = parseYesNo(t.value(QStringLiteral("tracked")), ok);
        if (!ok && !t.value(QStringLiteral("tracked")).isUndefined())
            return tr("\"tracked\" must be \"yes\", \"no\" or null");
        const QJsonValue d = t.value(QStringLiteral("difficulty"));
        if (!d.isNull() && !d.isUndefined()) {
            const double n = d.toDouble(-1);
            if (!d.isDouble() || n != static_cast<int>(n) || n < 1 ||
                n > static_cast<double>(w.barometer.size()))
                return tr("\"difficulty\" must be a whole number on the barometer, or null");
            out.difficulty = static_cast<int>(n);
        }
        if (!out.tracked && !out.difficulty)
            out.clear = true;
        return std::nullopt;
    }
    case WorksheetKind::Ranking: {
        if (!v.isArray())
            return tr("\"value\" must be the list of every option's id, first choice first");
        std::vector<std::string> order;
        std::set<std::string> seen;
        for (const QJsonValue &x : v.toArray()) {
            const std::string option = x.toString().toStdString();
            if (!x.isString() || !w.findItem(option) || !seen.insert(option).second)
                return tr("\"value\" must name every option of the ranking once");
            order.push_back(option);
        }
        if (order.size() != w.items.size())
            return tr("\"value\" must name every option of the ranking once");
        out.ranking = order;
        const QJsonValue other = body.value(QStringLiteral("otherLabel"));
        if (!other.isUndefined() && (!other.isString() || other.toString().size() > 200))
            return tr("\"otherLabel\" must be a short text");
        out.otherLabel = other.toString().toStdString();
        return std::nullopt;
    }
    default:
        return tr("this worksheet is not answered from a phone");
    }
}

} // namespace cxm::room
