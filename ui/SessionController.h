// The one way the window changes a session: owns the open SessionFile and its QUndoStack, and turns
// every edit into an undoable command. An edit is in the file before sessionChanged() tells the views;
// an edit the file refuses is reported through editFailed() and the views re-read what is really stored.
#pragma once

#include "AnswerEdit.h"
#include "Disclosure.h"
#include "Instrument.h"
#include "PinGuard.h"
#include "ScoringEngine.h"
#include "Session.h"
#include "Plan.h"
#include "SessionFile.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QUndoStack;

namespace cxm::ui {

class SessionController : public QObject
{
    Q_OBJECT

public:
    // Takes over an open file. The instrument must outlive the controller.
    SessionController(std::unique_ptr<SessionFile> file, const Instrument &instrument,
                      QObject *parent = nullptr);
    ~SessionController() override;

    const Instrument &instrument() const { return m_instrument; }
    // The session as the window may show it (Disclosure.h, reader "window.session"): while votes
    // are hidden, without any individual answer; its score is computed from that.
    const Session &session() const { return m_session; }
    // Everything stored, hidden answers too: only for the voter at the kiosk (their own answers),
    // the room's store (a phone's answer keeps its note) and a copy of the whole file when it was
    // lost. Nothing is shown or exported from it.
    const Session &stored() const { return m_stored; }
    // The session for an output (a registered reader id): as stored when the answers are open or
    // revealed; throws VotesHiddenError while they are hidden (or, for a named output, revealed
    // anonymously). The window then offers the reveal (MainWindow::offerReveal).
    Session sessionFor(std::string_view readerId) const;
    Votes votes() const { return parseVotes(m_votes); }
    const Score &score() const { return m_score; }
    SessionFile &file() { return *m_file; }
    QString filePath() const;
    bool isReadOnly() const { return m_file->isReadOnly(); }
    // Another program replaced or removed the session's file: the session on screen is all there
    // is, and only Save As can keep it (the file is read-only from then on).
    bool fileLost() const { return m_fileLost; }
    QString readOnlyReason() const;
    bool isWorkshop() const { return m_session.info.mode == Mode::Workshop; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Private voting: while hidden, views show how many answered but not who said what. Revealed
    // anonymously ("revealed-anonymous"), they show how many chose each level, still without names.
    bool votesHidden() const;
    bool votesRevealed() const;
    bool votesRevealedAnonymously() const;

    // The PIN the facilitator chose when private voting started, asked before leaving the kiosk early
    // and before revealing. Kept in memory only, never in the file: it guards one round of voting.
    // Every try goes through votingPin().attempt(), so wrong tries wait longer each time.
    void setVotingPin(const QString &pin) { m_votingPin.set(pin); }
    bool hasVotingPin() const { return m_votingPin.isSet(); }
    PinGuard &votingPin() { return m_votingPin; }

    // Each edit returns whether it is stored; on false, editFailed() has said why.
    bool setInfo(const SessionInfo &info);
    std::optional<std::string> addParticipant(const std::string &name, const std::string &role);
    bool updateParticipant(const std::string &id, const std::string &name, const std::string &role);
    bool removeParticipant(const std::string &id);
    // scope: empty for an answer about the whole company, else the stage of the journey it is about.
    bool setRating(const std::string &participant, const std::string &item, std::optional<Rating> rating,
                   const std::string &note, const std::string &scope = {});
    // Absent for a step: the step is complete without this participant's answers.
    bool setAbsent(const std::string &participant, const std::string &step, bool absent);
    bool setConsensus(const std::string &item, std::optional<Rating> rating, const std::string &note,
                      const std::string &scope = {});
    // The journey's stages; each is one undoable edit (removing a stage takes its answers, undo
    // returns both).
    bool addStages(const std::vector<StageTemplate> &stages);
    bool updateStage(const Stage &stage);
    bool moveStage(const std::string &id, int delta);
    bool removeStage(const std::string &id);
    bool setRanking(const std::string &worksheet, const std::string &participant,
                    const std::optional<std::vector<std::string>> &ranking, const std::string &otherLabel,
                    const std::string &scope = {});
    bool setRankingConsensus(const std::string &worksheet, const std::optional<RankingConsensus> &consensus);
    bool setTracked(const std::string &participant, const std::string &item,
                    const std::optional<TrackedAnswer> &answer, const std::string &scope = {});
    bool setTrackedConsensus(const std::string &item, const std::optional<TrackedConsensus> &answer);
    bool setItemName(const std::string &item, const std::string &name, const std::string &scope = {});
    // The team's choice (e.g. a stage's step on the Stairway to DESIRE); empty clears it.
    bool setChoice(const std::string &worksheet, const std::optional<ChoiceAnswer> &choice,
                   const std::string &scope = {});
    // The team's reconciliation of a project: the priority it serves and the decision.
    bool setReconciliation(const std::string &item, const std::optional<Reconciliation> &answer,
                           const std::string &scope = {});
    bool setListEntries(const std::string &worksheet, const std::string &heading, const std::string &column,
                        const std::vector<std::string> &entries, const std::string &scope = {});
    bool setChecklist(const std::string &participant, const std::string &question,
                      std::optional<Answer> answer, const std::string &note, const std::string &scope = {});
    bool setChecklistConsensus(const std::string &question, std::optional<Answer> answer,
                               const std::string &note, const std::string &scope = {});
    bool setVotes(const std::optional<std::string> &state);

    // The plan. A target per rated item (and stage); several at once (a whole competency) are one
    // undoable edit. Actions are added (returning the new id), edited, removed; a suggestion is taken
    // into the plan as an action that remembers it, or dismissed (and offered again by undo).
    bool setTarget(const std::string &item, const std::optional<Target> &target,
                   const std::string &scope = {});
    struct TargetChange
    {
        std::string item;
        std::string scope;
        std::optional<Target> target;
    };
    bool setTargets(const std::vector<TargetChange> &changes);
    std::optional<std::string> addAction(const Action &action, const QString &undoText = {});
    bool updateAction(const Action &action);
    bool removeAction(const std::string &id);
    std::optional<std::string> acceptSuggestion(const Suggestion &suggestion);
    bool setDismissed(const std::string &key, bool dismissed);

    // Answers from the room's phones that arrived together: committed in one transaction (with
    // `beforeCommit`, which runs inside it), each its own undoable command. The stored session is
    // updated from these answers alone, without reading the file again. A phone's answer keeps the
    // note the participant's answer has. False when the file refused them (editFailed() says why).
    bool storeAnswers(const std::vector<AnswerEdit> &answers, const std::function<void()> &beforeCommit);

    // Re-reads the file and tells the views.
    void reload();
    // Runs one step of a command; used by the undo commands.
    bool apply(const std::function<void()> &step);

signals:
    void sessionChanged();
    void editFailed(const QString &title, const QString &message);
    void fileReplaced();

private:
    bool edit(const QString &text, std::function<void()> redo, std::function<void()> undo);
    // Puts an edit that is already stored on the undo stack (its first redo is skipped).
    void pushDone(const QString &text, std::function<void()> redo, std::function<void()> undo);
    // Runs a step and reports a refusal through editFailed(); true when it was stored.
    bool run(const std::function<void()> &step, bool *replaced);
    void read();
    // The disclosed view and its score, from m_stored.
    void derive();

    const Instrument &m_instrument;
    std::unique_ptr<SessionFile> m_file;
    QUndoStack *m_undoStack;
    Session m_stored;  // as the file holds it
    Session m_session; // as the window may show it
    Score m_score;
    std::optional<std::string> m_votes;
    PinGuard m_votingPin;
    bool m_fileLost = false;
};

} // namespace cxm::ui
