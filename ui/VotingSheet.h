// What one participant answers in private voting, in the order they answer it: the competencies'
// items on Early / Advanced / Mature, then each scale worksheet rated per stage (experience
// reliability), stage by stage in the journey's order, on the worksheet's own levels. Steps the
// facilitator marked the participant absent for are left out. A choice is written through the
// controller; when the store refuses it, the row goes back to what is stored, so a row never shows
// an answer the file lacks. The kiosk (PrivateVotingDialog) shows one sheet per voter.
#pragma once

#include <QStringList>
#include <QWidget>

#include <string>
#include <utility>
#include <vector>

namespace cxm {
class Instrument;
struct Participant;
struct Session;
} // namespace cxm

namespace cxm::ui {

class ChoiceRow;
class SessionController;

struct VotingQuestion
{
    std::string worksheet; // the step, for absences
    std::string item;
    std::string scope; // the stage, or empty for the whole company
    QString name;      // how the list of unanswered questions names it: "2.3 Title", or the item's title
    int stage = 0;     // 1-based number of the stage, 0 for the company
};

// The questions a participant is asked, in order.
std::vector<VotingQuestion> votingQuestions(const Instrument &instrument, const Session &session,
                                            const std::string &participant);

class VotingSheet : public QWidget
{
    Q_OBJECT

public:
    VotingSheet(SessionController *controller, const Participant &voter, QWidget *parent = nullptr);
    int answered() const;
    int total() const { return static_cast<int>(m_rows.size()); }
    // "2.3 Title", and a per-stage item once with the stages it misses: "Title (stages 2, 5)".
    QStringList unanswered() const;
    ChoiceRow *firstRow() const;
    ChoiceRow *firstUnanswered() const;

signals:
    void answerChanged();

private:
    SessionController *m_controller;
    std::vector<std::pair<VotingQuestion, ChoiceRow *>> m_rows;
};

} // namespace cxm::ui
