// "Pass the laptop" as a full-screen kiosk: participants vote in turn on the fifteen items and on
// every stage of the journey's reliability (VotingSheet), each seeing only the questions and their own
// choices, with a blank hand-over screen between people. The
// facilitator first chooses a PIN; from then on Esc and the window's close button only ask for it,
// and nobody leaves the kiosk, early or at the end, without it. Beginning hides the answers (workflow
// "votes" = "hidden") until the facilitator reveals them with the same PIN (reveal()).
#pragma once

#include <QDialog>

#include <set>
#include <string>
#include <vector>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace cxm::ui {

class SessionController;
class VotingSheet;

class PrivateVotingDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Screen { SetPin, HandOver, Questions, Unlock, Finished };

    explicit PrivateVotingDialog(SessionController *controller, QWidget *parent = nullptr);
    Screen currentScreen() const;
    int currentParticipant() const { return m_current; }
    // Sets the facilitator's PIN, hides the answers and shows the first hand-over screen, as
    // "Begin voting" does; false (and a message on the screen) when the PIN is shorter than four.
    bool begin(const QString &pin);
    // Shows the hand-over screen for participant index (or the final screen past the last one).
    void handOver(int index);
    void startVoting();
    // Where the private-voting rows of the participant at index stand: answered, and out of how many.
    std::pair<int, int> answeredBy(int index) const;

    // Reveals hidden votes, by name or as anonymous counts, once the facilitator confirms: with the
    // PIN set when voting began or, when none is known (the file was reopened since), with a yes.
    static bool reveal(QWidget *parent, SessionController *controller, bool anonymous);

protected:
    // Esc and the close button land here: they ask for the PIN instead of leaving.
    void reject() override;
    void showEvent(QShowEvent *event) override;

private:
    void showQuestions();
    void updateProgress();
    void doneWithVoter();
    QStringList unanswered() const;
    void showUnlock();
    void leaveWith(QLineEdit *pin, QLabel *error);
    void showFinished();
    QString shortName(const std::string &name, const QFont &font) const;
    void showPage(QWidget *page);

    SessionController *m_controller;
    QStackedWidget *m_pages;
    QWidget *m_setPinPage;
    QLineEdit *m_newPin;
    QLineEdit *m_repeatPin;
    QLabel *m_setPinError;
    QWidget *m_handOverPage;
    QLabel *m_handOverText;
    QPushButton *m_start;
    QWidget *m_questionsPage;
    QLabel *m_voterName;
    QScrollArea *m_scroll;
    QVBoxLayout *m_questionsLayout;
    QWidget *m_questions;
    QFrame *m_missing;
    QLabel *m_missingText;
    QPushButton *m_next;
    QLabel *m_progress;
    QWidget *m_unlockPage;
    QLineEdit *m_unlockPin;
    QLabel *m_unlockError;
    QWidget *m_returnTo = nullptr;
    QWidget *m_finishedPage;
    QLabel *m_summary;
    QLineEdit *m_endPin;
    QLabel *m_endError;
    VotingSheet *m_sheet = nullptr; // the voter's questions, dropped at each hand-over
    int m_current = 0;
    std::set<int> m_skipped; // the people "Skip this person" passed over in this round
};

} // namespace cxm::ui
