#include "SessionController.h"

#include "PlanWords.h"
#include "UiText.h"

#include <algorithm>

#include <QUndoCommand>
#include <QUndoStack>

namespace cxm::ui {

namespace {


// One edit as a pair of steps. The first redo() is skipped: the controller has already run it,
// so that a refused edit never reaches the stack.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(SessionController *controller, const QString &text, std::function<void()> redoStep,
                std::function<void()> undoStep)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_redo(std::move(redoStep))
        , m_undo(std::move(undoStep))
    {}

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        if (!m_controller->apply(m_redo))
            setObsolete(true);
    }

    void undo() override
    {
        if (!m_controller->apply(m_undo))
            setObsolete(true);
    }

private:
    SessionController *m_controller;
    std::function<void()> m_redo;
    std::function<void()> m_undo;
    bool m_first = true;
};

} // namespace

SessionController::SessionController(std::unique_ptr<SessionFile> file, const Instrument &instrument,
                                     QObject *parent)
    : QObject(parent)
    , m_instrument(instrument)
    , m_file(std::move(file))
    , m_undoStack(new QUndoStack(this))
{
    read();
}

SessionController::~SessionController() = default;

QString SessionController::filePath() const
{
    return QString::fromStdString(m_file->path().string());
}

QString SessionController::readOnlyReason() const
{
    return qs(m_file->readOnlyReason());
}

bool SessionController::votesHidden() const
{
    return m_votes && *m_votes == "hidden";
}

bool SessionController::votesRevealed() const
{
    return m_votes && *m_votes == "revealed";
}

bool SessionController::votesRevealedAnonymously() const
{
    return m_votes && *m_votes == "revealed-anonymous";
}

Session SessionController::sessionFor(std::string_view readerId) const
{
    return disclose(m_stored, votes(), readerId, m_file->path().string());
}

void SessionController::read()
{
    m_stored = m_file->load();
    m_votes = m_file->workflow(kVotesKey);
    derive();
}

void SessionController::derive()
{
    // Every page reads the session through the disclosure rule: while the answers are hidden, it
    // has none of them (who answered, not what), and so nothing computed from one (Disclosure.h).
    m_session = disclose(m_stored, parseVotes(m_votes), "window.session");
    m_score = ScoringEngine(m_instrument).score(m_session);
}

void SessionController::reload()
{
    if (m_fileLost) { // the file on disk is not this session's any more: keep what is on screen
        emit sessionChanged();
        return;
    }
    try {
        read();
    } catch (const Error &e) {
        emit editFailed(tr("Cannot read the session"), qs(e.what()));
    }
    emit sessionChanged();
}

bool SessionController::apply(const std::function<void()> &step)
{
    bool replaced = false;
    const bool ok = run(step, &replaced);
    if (!replaced)
        reload();
    return ok;
}

bool SessionController::run(const std::function<void()> &step, bool *replaced)
{
    bool ok = true;
    try {
        step();
    } catch (const FileError &e) {
        ok = false;
        if (e.kind() == FileError::Kind::Replaced) {
            m_fileLost = true;
            emit sessionChanged(); // read-only from now on
            emit fileReplaced();
            *replaced = true;
            return false;
        }
        emit editFailed(
            tr("The change was not saved"),
            tr("The change could not be written to %1.\n\nReason: %2\n\nThe screen shows what the "
               "file holds.")
                .arg(qs(e.source()), qs(e.reason())));
    } catch (const Error &e) {
        // Not a file problem (an edit the session model refuses): still nothing is stored.
        ok = false;
        emit editFailed(
            tr("The change was not saved"),
            tr("The change was refused: %1\n\nThe screen shows what the file holds.").arg(qs(e.what())));
    }
    return ok;
}

bool SessionController::edit(const QString &text, std::function<void()> redo, std::function<void()> undo)
{
    if (!apply(redo))
        return false;
    m_undoStack->push(new EditCommand(this, text, std::move(redo), std::move(undo)));
    return true;
}

void SessionController::pushDone(const QString &text, std::function<void()> redo, std::function<void()> undo)
{
    m_undoStack->push(new EditCommand(this, text, std::move(redo), std::move(undo)));
}

bool SessionController::setInfo(const SessionInfo &info)
{
    const SessionInfo before = m_stored.info;
    if (before == info)
        return true;
    return edit(
        tr("Edit session details"), [this, info] { m_file->setInfo(info); },
        [this, before] { m_file->setInfo(before); });
}

std::optional<std::string> SessionController::addParticipant(const std::string &name, const std::string &role)
{
    // Redo after undo restores the same participant (same id) rather than adding a new one.
    struct State
    {
        std::string id;
        std::optional<ParticipantRecord> removed;
    };
    auto state = std::make_shared<State>();
    const bool ok = edit(
        tr("Add participant"),
        [this, state, name, role] {
            if (state->removed)
                m_file->restoreParticipant(*state->removed);
            else
                state->id = m_file->addParticipant(name, role);
        },
        [this, state] { state->removed = m_file->removeParticipant(state->id); });
    if (!ok)
        return std::nullopt;
    return state->id;
}

bool SessionController::updateParticipant(const std::string &id, const std::string &name,
                                          const std::string &role)
{
    const Participant *p = m_stored.findParticipant(id);
    if (!p || (p->name == name && p->role == role))
        return p != nullptr;
    const Participant before = *p;
    return edit(
        tr("Rename participant"), [this, id, name, role] { m_file->updateParticipant(id, name, role); },
        [this, before] { m_file->updateParticipant(before.id, before.name, before.role); });
}

bool SessionController::removeParticipant(const std::string &id)
{
    auto record = std::make_shared<ParticipantRecord>();
    return edit(
        tr("Remove participant"), [this, id, record] { *record = m_file->removeParticipant(id); },
        [this, record] { m_file->restoreParticipant(*record); });
}

bool SessionController::setRating(const std::string &participant, const std::string &item,
                                  std::optional<Rating> rating, const std::string &note,
                                  const std::string &scope)
{
    std::optional<Rating> beforeRating;
    std::string beforeNote;
    if (const RatingEntry *r = m_stored.findRating(participant, item, scope)) {
        beforeRating = r->rating;
        beforeNote = r->note;
    }
    if (beforeRating == rating && beforeNote == note)
        return true;
    return edit(
        tr("Set rating"),
        [this, participant, item, rating, note, scope] {
            m_file->setRating(participant, item, rating, note, scope);
        },
        [this, participant, item, beforeRating, beforeNote, scope] {
            m_file->setRating(participant, item, beforeRating, beforeNote, scope);
        });
}

bool SessionController::setAbsent(const std::string &participant, const std::string &step, bool absent)
{
    if (m_stored.isAbsent(participant, step) == absent)
        return true;
    return edit(
        absent ? tr("Mark absent") : tr("Mark present"),
        [this, participant, step, absent] { m_file->setAbsent(participant, step, absent); },
        [this, participant, step, absent] { m_file->setAbsent(participant, step, !absent); });
}

bool SessionController::setConsensus(const std::string &item, std::optional<Rating> rating,
                                     const std::string &note, const std::string &scope)
{
    std::optional<Rating> beforeRating;
    std::string beforeNote;
    if (const ConsensusRating *c = m_stored.findConsensus(item, scope)) {
        beforeRating = c->rating;
        beforeNote = c->note;
    }
    if (beforeRating == rating && beforeNote == note)
        return true;
    return edit(
        tr("Set consensus"),
        [this, item, rating, note, scope] { m_file->setConsensus(item, rating, note, scope); },
        [this, item, beforeRating, beforeNote, scope] {
            m_file->setConsensus(item, beforeRating, beforeNote, scope);
        });
}

bool SessionController::setRanking(const std::string &worksheet, const std::string &participant,
                                   const std::optional<std::vector<std::string>> &ranking,
                                   const std::string &otherLabel, const std::string &scope)
{
    std::optional<std::vector<std::string>> beforeRanking;
    std::string beforeOther;
    if (const RankingEntry *r = m_stored.findRanking(worksheet, participant, scope)) {
        beforeRanking = r->ranking;
        beforeOther = r->otherLabel;
    }
    if (beforeRanking == ranking && beforeOther == otherLabel)
        return true;
    return edit(
        tr("Rank"),
        [this, worksheet, participant, ranking, otherLabel, scope] {
            m_file->setRanking(worksheet, participant, ranking, otherLabel, scope);
        },
        [this, worksheet, participant, beforeRanking, beforeOther, scope] {
            m_file->setRanking(worksheet, participant, beforeRanking, beforeOther, scope);
        });
}

bool SessionController::setRankingConsensus(const std::string &worksheet,
                                            const std::optional<RankingConsensus> &consensus)
{
    std::optional<RankingConsensus> before;
    if (const auto *c = m_stored.findRankingConsensus(worksheet))
        before = *c;
    std::optional<RankingConsensus> after = consensus;
    if (after)
        after->worksheet = worksheet;
    if (before == after)
        return true;
    return edit(
        tr("Record agreed ranking"),
        [this, worksheet, after] { m_file->setRankingConsensus(worksheet, after); },
        [this, worksheet, before] { m_file->setRankingConsensus(worksheet, before); });
}

bool SessionController::setTracked(const std::string &participant, const std::string &item,
                                   const std::optional<TrackedAnswer> &answer, const std::string &scope)
{
    std::optional<TrackedAnswer> before;
    if (const auto *a = m_stored.findTracked(participant, item, scope))
        before = *a;
    std::optional<TrackedAnswer> after = answer;
    if (after) {
        after->participant = participant;
        after->item = item;
        after->scope = scope;
    }
    if (before == after)
        return true;
    return edit(
        tr("Answer metric"),
        [this, participant, item, after, scope] { m_file->setTracked(participant, item, after, scope); },
        [this, participant, item, before, scope] { m_file->setTracked(participant, item, before, scope); });
}

bool SessionController::setTrackedConsensus(const std::string &item,
                                            const std::optional<TrackedConsensus> &answer)
{
    std::optional<TrackedConsensus> before;
    if (const auto *c = m_stored.findTrackedConsensus(item))
        before = *c;
    std::optional<TrackedConsensus> after = answer;
    if (after)
        after->item = item;
    if (before == after)
        return true;
    return edit(
        tr("Set team answer"), [this, item, after] { m_file->setTrackedConsensus(item, after); },
        [this, item, before] { m_file->setTrackedConsensus(item, before); });
}

bool SessionController::setItemName(const std::string &item, const std::string &name,
                                    const std::string &scope)
{
    const std::string before = m_stored.itemName(item, scope);
    if (before == name)
        return true;
    const Worksheet *w = m_instrument.worksheetOfItem(item);
    const Item *slot = w ? w->findItem(item) : nullptr;
    const QString text = !w || w->kind == WorksheetKind::Tracked ? tr("Name metric")
                         : slot && slot->group == "projects"     ? tr("Name project")
                                                                 : tr("Name priority touchpoint");
    // Clearing a priority unlinks the projects that served it (in the file's same edit); undo links
    // them again.
    std::vector<Reconciliation> linked;
    for (const Reconciliation &r : m_stored.reconciliations)
        if (name.empty() && r.serves == item && r.scope == scope)
            linked.push_back(r);
    return edit(
        text, [this, item, name, scope] { m_file->setItemName(item, name, scope); },
        [this, item, before, scope, linked] {
            m_file->setItemName(item, before, scope);
            for (const Reconciliation &r : linked)
                m_file->setReconciliation(r.item, r, scope);
        });
}

bool SessionController::setChoice(const std::string &worksheet, const std::optional<ChoiceAnswer> &choice,
                                  const std::string &scope)
{
    std::optional<ChoiceAnswer> before;
    if (const ChoiceAnswer *c = m_stored.findChoice(worksheet, scope))
        before = *c;
    if (before == choice)
        return true;
    return edit(
        tr("Choose"), [this, worksheet, choice, scope] { m_file->setChoice(worksheet, choice, scope); },
        [this, worksheet, before, scope] { m_file->setChoice(worksheet, before, scope); });
}

bool SessionController::setReconciliation(const std::string &item,
                                          const std::optional<Reconciliation> &answer,
                                          const std::string &scope)
{
    std::optional<Reconciliation> before;
    if (const Reconciliation *r = m_stored.findReconciliation(item, scope))
        before = *r;
    if (before == answer)
        return true;
    return edit(
        tr("Reconcile project"),
        [this, item, answer, scope] { m_file->setReconciliation(item, answer, scope); },
        [this, item, before, scope] { m_file->setReconciliation(item, before, scope); });
}

bool SessionController::setListEntries(const std::string &worksheet, const std::string &heading,
                                       const std::string &column, const std::vector<std::string> &entries,
                                       const std::string &scope)
{
    const std::vector<std::string> before = m_stored.listEntries(worksheet, heading, column, scope);
    if (before == entries)
        return true;
    return edit(
        tr("Edit list"),
        [this, worksheet, heading, column, entries, scope] {
            m_file->setListEntries(worksheet, heading, column, entries, scope);
        },
        [this, worksheet, heading, column, before, scope] {
            m_file->setListEntries(worksheet, heading, column, before, scope);
        });
}

bool SessionController::setChecklist(const std::string &participant, const std::string &question,
                                     std::optional<Answer> answer, const std::string &note,
                                     const std::string &scope)
{
    std::optional<Answer> beforeAnswer;
    std::string beforeNote;
    if (const ChecklistAnswer *a = m_stored.findChecklist(participant, question, scope)) {
        beforeAnswer = a->answer;
        beforeNote = a->note;
    }
    if (beforeAnswer == answer && beforeNote == note)
        return true;
    return edit(
        tr("Answer readiness question"),
        [this, participant, question, answer, note, scope] {
            m_file->setChecklist(participant, question, answer, note, scope);
        },
        [this, participant, question, beforeAnswer, beforeNote, scope] {
            m_file->setChecklist(participant, question, beforeAnswer, beforeNote, scope);
        });
}

bool SessionController::setChecklistConsensus(const std::string &question, std::optional<Answer> answer,
                                              const std::string &note, const std::string &scope)
{
    std::optional<Answer> beforeAnswer;
    std::string beforeNote;
    if (const ChecklistConsensus *c = m_stored.findChecklistConsensus(question, scope)) {
        beforeAnswer = c->answer;
        beforeNote = c->note;
    }
    if (beforeAnswer == answer && beforeNote == note)
        return true;
    return edit(
        tr("Set team answer"),
        [this, question, answer, note, scope] {
            m_file->setChecklistConsensus(question, answer, note, scope);
        },
        [this, question, beforeAnswer, beforeNote, scope] {
            m_file->setChecklistConsensus(question, beforeAnswer, beforeNote, scope);
        });
}

bool SessionController::setTarget(const std::string &item, const std::optional<Target> &target,
                                  const std::string &scope)
{
    return setTargets({{item, scope, target}});
}

bool SessionController::setTargets(const std::vector<TargetChange> &changes)
{
    std::vector<TargetChange> after, before;
    for (const auto &c : changes) {
        std::optional<Target> now;
        if (const Target *t = m_stored.findTarget(c.item, c.scope))
            now = *t;
        if (now == c.target)
            continue;
        after.push_back(c);
        before.push_back({c.item, c.scope, now});
    }
    if (after.empty())
        return true;
    return edit(
        after.size() == 1 ? tr("Set target") : tr("Set targets"),
        [this, after] {
            for (const auto &c : after)
                m_file->setTarget(c.item, c.target, c.scope);
        },
        [this, before] {
            for (const auto &c : before)
                m_file->setTarget(c.item, c.target, c.scope);
        });
}

std::optional<std::string> SessionController::addAction(const Action &action, const QString &text)
{
    // Redo after undo restores the same action (same id) rather than adding a new one.
    struct State
    {
        std::string id;
        std::optional<ActionRecord> removed;
    };
    auto state = std::make_shared<State>();
    const bool ok = edit(
        text.isEmpty() ? tr("Add action") : text,
        [this, state, action] {
            if (state->removed)
                m_file->restoreAction(*state->removed);
            else
                state->id = m_file->addAction(action);
        },
        [this, state] { state->removed = m_file->removeAction(state->id); });
    if (!ok)
        return std::nullopt;
    return state->id;
}

bool SessionController::updateAction(const Action &action)
{
    const Action *now = m_stored.findAction(action.id);
    if (!now)
        return false;
    if (*now == action)
        return true;
    const Action before = *now;
    return edit(
        tr("Edit action"), [this, action] { m_file->updateAction(action); },
        [this, before] { m_file->updateAction(before); });
}

bool SessionController::removeAction(const std::string &id)
{
    auto record = std::make_shared<ActionRecord>();
    return edit(
        tr("Remove action"), [this, id, record] { *record = m_file->removeAction(id); },
        [this, record] { m_file->restoreAction(*record); });
}

std::optional<std::string> SessionController::acceptSuggestion(const Suggestion &suggestion)
{
    Action a;
    a.title = ss(report::suggestionWords(suggestion, instrument(), session(), score()).title);
    a.addresses = suggestion.addresses;
    a.priority = suggestion.priority;
    a.note = suggestion.note;
    a.suggestion = suggestion.key;
    return addAction(a, tr("Accept suggestion"));
}

bool SessionController::setDismissed(const std::string &key, bool dismissed)
{
    const bool now =
        std::find(m_stored.dismissed.begin(), m_stored.dismissed.end(), key) != m_stored.dismissed.end();
    if (now == dismissed)
        return true;
    return edit(
        dismissed ? tr("Dismiss suggestion") : tr("Offer suggestion again"),
        [this, key, dismissed] { m_file->setDismissed(key, dismissed); },
        [this, key, dismissed] { m_file->setDismissed(key, !dismissed); });
}

bool SessionController::setVotes(const std::optional<std::string> &state)
{
    const std::optional<std::string> before = m_votes;
    if (before == state)
        return true;
    return edit(
        state && *state == "revealed"             ? tr("Reveal answers")
        : state && *state == "revealed-anonymous" ? tr("Reveal answers anonymously")
                                                  : tr("Private voting"),
        [this, state] { m_file->setWorkflow(kVotesKey, state); },
        [this, before] { m_file->setWorkflow(kVotesKey, before); });
}

} // namespace cxm::ui
