#include "PrivateVotingDialog.h"

#include "ChoiceRow.h"
#include "Prompt.h"
#include "SessionController.h"
#include "UiText.h"
#include "VotingSheet.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cxm::ui {

namespace {

constexpr int kMinimumPinLength = 4;

QLabel *plainLabel(const QString &name, QWidget *parent, double scale = 1.0, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    label->setFont(f);
    return label;
}

// A PIN field whose Return is its own: it does what the field's returnPressed says and goes no
// further, so the dialog's default button on the screen shown next (Start, for the first person) is
// never pressed by the same key.
class PinEdit : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        QLineEdit::keyPressEvent(event);
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            event->accept();
    }
};

QLineEdit *pinEdit(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new PinEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    edit->setMaxLength(32);
    edit->setMaximumWidth(320);
    return edit;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

// A column of widgets in the middle of the screen, the way a kiosk shows one thing at a time; no wider
// than width, so a PIN field and its buttons stay together on a projector too.
QVBoxLayout *centredColumn(QWidget *page, int width)
{
    auto *outer = new QHBoxLayout(page);
    auto *box = new QWidget(page);
    box->setMaximumWidth(width);
    outer->addWidget(box, 1, Qt::AlignHCenter);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->addStretch(1);
    return column;
}

// The kiosk's main buttons are read and hit from across a table.
void makeProminent(QPushButton *b)
{
    QFont f = b->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    b->setFont(f);
    b->setMinimumSize(b->fontMetrics().horizontalAdvance(b->text()) + 48, b->fontMetrics().height() * 2);
}

void addCentred(QVBoxLayout *column, QWidget *widget)
{
    column->addWidget(widget, 0, Qt::AlignHCenter);
}

} // namespace

PrivateVotingDialog::PrivateVotingDialog(SessionController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("privateVotingDialog"));
    setWindowTitle(tr("Private voting"));
    // A kiosk: the whole screen, so nothing of the session shows beside or behind it.
    setWindowState(windowState() | Qt::WindowFullScreen);
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    setFont(larger);
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // The facilitator chooses the PIN before the laptop goes round.
    m_setPinPage = new QWidget(m_pages);
    m_setPinPage->setObjectName(QStringLiteral("votingSetPinPage"));
    auto *sp = centredColumn(m_setPinPage, 620);
    auto *intro = plainLabel(QStringLiteral("votingPinIntro"), m_setPinPage, 1.4, true);
    intro->setText(tr("Facilitator: choose a PIN for this round of private voting"));
    sp->addWidget(intro);
    auto *explain = plainLabel(QStringLiteral("votingPinExplain"), m_setPinPage);
    explain->setText(
        tr("The screen stays on private voting until you enter this PIN: Esc and closing the window "
           "do not leave it. You need the PIN again to reveal the answers. Use at least %1 characters "
           "that the participants do not see you type.")
            .arg(kMinimumPinLength));
    sp->addWidget(explain);
    m_newPin = pinEdit(QStringLiteral("votingPinNew"), tr("New PIN"), m_setPinPage);
    m_newPin->setPlaceholderText(tr("PIN"));
    m_repeatPin = pinEdit(QStringLiteral("votingPinRepeat"), tr("Repeat the PIN"), m_setPinPage);
    m_repeatPin->setPlaceholderText(tr("The same PIN again"));
    sp->addWidget(m_newPin);
    sp->addWidget(m_repeatPin);
    m_setPinError = plainLabel(QStringLiteral("votingPinError"), m_setPinPage);
    m_setPinError->hide();
    sp->addWidget(m_setPinError);
    auto *pinButtons = new QHBoxLayout;
    auto *cancel = button(tr("Cancel"), QStringLiteral("votingCancel"), m_setPinPage);
    auto *beginButton = button(tr("&Begin voting"), QStringLiteral("votingBegin"), m_setPinPage);
    beginButton->setDefault(true);
    makeProminent(beginButton);
    pinButtons->addWidget(cancel);
    pinButtons->addStretch();
    pinButtons->addWidget(beginButton);
    sp->addLayout(pinButtons);
    sp->addStretch(1);
    m_pages->addWidget(m_setPinPage);
    connect(cancel, &QPushButton::clicked, this, [this] { done(QDialog::Rejected); });
    const auto tryBegin = [this] {
        if (m_newPin->text() != m_repeatPin->text()) {
            m_setPinError->setText(tr("The two PINs differ. Type the same PIN twice."));
            m_setPinError->show();
            return;
        }
        begin(m_newPin->text());
    };
    connect(beginButton, &QPushButton::clicked, this, tryBegin);
    connect(m_repeatPin, &QLineEdit::returnPressed, this, tryBegin);
    connect(m_newPin, &QLineEdit::returnPressed, m_repeatPin, qOverload<>(&QWidget::setFocus));

    // Hand-over: nothing of anyone's answers on screen.
    m_handOverPage = new QWidget(m_pages);
    m_handOverPage->setObjectName(QStringLiteral("votingHandOverPage"));
    auto *h = centredColumn(m_handOverPage, 1100);
    m_handOverText = plainLabel(QStringLiteral("handOverText"), m_handOverPage, 1.8);
    m_handOverText->setAlignment(Qt::AlignCenter);
    h->addWidget(m_handOverText);
    m_start = new QPushButton(tr("&Start"), m_handOverPage);
    m_start->setObjectName(QStringLiteral("votingStart"));
    m_start->setDefault(true);
    makeProminent(m_start);
    addCentred(h, m_start);
    h->addStretch(1);
    auto *handOverBar = new QHBoxLayout;
    auto *skip = button(tr("Skip this person"), QStringLiteral("votingSkip"), m_handOverPage);
    skip->setToolTip(tr("For someone who is not in the room: go on to the next person"));
    auto *facilitator =
        button(tr("Facilitator: end voting…"), QStringLiteral("votingFacilitator"), m_handOverPage);
    handOverBar->addWidget(skip);
    handOverBar->addStretch();
    handOverBar->addWidget(facilitator);
    h->addLayout(handOverBar);
    m_pages->addWidget(m_handOverPage);
    connect(m_start, &QPushButton::clicked, this, &PrivateVotingDialog::startVoting);
    connect(skip, &QPushButton::clicked, this, [this] {
        m_skipped.insert(m_current); // named at the end, with any answers kept from before
        handOver(m_current + 1);
    });
    connect(facilitator, &QPushButton::clicked, this, &PrivateVotingDialog::showUnlock);

    // One participant's questions.
    m_questionsPage = new QWidget(m_pages);
    m_questionsPage->setObjectName(QStringLiteral("votingQuestionsPage"));
    auto *q = new QVBoxLayout(m_questionsPage);
    m_voterName = plainLabel(QStringLiteral("voterName"), m_questionsPage, 1.3, true);
    m_voterName->setWordWrap(false);
    q->addWidget(m_voterName);
    m_scroll = new QScrollArea(m_questionsPage);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_questions = new QWidget(m_scroll);
    m_questionsLayout = new QVBoxLayout(m_questions);
    m_scroll->setWidget(m_questions);
    q->addWidget(m_scroll, 1);
    m_missing = new QFrame(m_questionsPage);
    m_missing->setObjectName(QStringLiteral("votingMissing"));
    m_missing->setFrameShape(QFrame::StyledPanel);
    auto *missingLayout = new QHBoxLayout(m_missing);
    m_missingText = plainLabel(QStringLiteral("votingMissingText"), m_missing, 1.0, true);
    missingLayout->addWidget(m_missingText, 1);
    auto *goBack = button(tr("&Go back and answer"), QStringLiteral("votingGoBack"), m_missing);
    auto *anyway = button(tr("&Hand over anyway"), QStringLiteral("votingHandOverAnyway"), m_missing);
    missingLayout->addWidget(goBack);
    missingLayout->addWidget(anyway);
    m_missing->hide();
    q->addWidget(m_missing);
    auto *nextRow = new QHBoxLayout;
    m_progress = plainLabel(QStringLiteral("votingProgress"), m_questionsPage);
    m_progress->setWordWrap(false);
    m_next = button(tr("&Done — hand over"), QStringLiteral("votingNext"), m_questionsPage);
    makeProminent(m_next);
    nextRow->addWidget(m_progress);
    nextRow->addStretch();
    nextRow->addWidget(m_next);
    q->addLayout(nextRow);
    m_pages->addWidget(m_questionsPage);
    connect(m_next, &QPushButton::clicked, this, &PrivateVotingDialog::doneWithVoter);
    connect(anyway, &QPushButton::clicked, this, [this] { handOver(m_current + 1); });
    connect(goBack, &QPushButton::clicked, this, [this] {
        m_missing->hide();
        if (ChoiceRow *choice = m_sheet ? m_sheet->firstUnanswered() : nullptr) {
            m_scroll->ensureWidgetVisible(choice);
            choice->setFocus(Qt::OtherFocusReason);
        }
    });

    // Leaving early: the facilitator's PIN.
    m_unlockPage = new QWidget(m_pages);
    m_unlockPage->setObjectName(QStringLiteral("votingUnlockPage"));
    auto *u = centredColumn(m_unlockPage, 620);
    auto *unlockText = plainLabel(QStringLiteral("votingUnlockText"), m_unlockPage, 1.4, true);
    unlockText->setText(tr("Facilitator: enter the PIN to leave private voting"));
    u->addWidget(unlockText);
    auto *unlockHint = plainLabel(QStringLiteral("votingUnlockHint"), m_unlockPage);
    unlockHint->setText(tr("Not the facilitator? Press Back to return to voting."));
    u->addWidget(unlockHint);
    m_unlockPin = pinEdit(QStringLiteral("votingUnlockPin"), tr("Facilitator's PIN"), m_unlockPage);
    u->addWidget(m_unlockPin);
    m_unlockError = plainLabel(QStringLiteral("votingUnlockError"), m_unlockPage);
    m_unlockError->hide();
    u->addWidget(m_unlockError);
    auto *unlockButtons = new QHBoxLayout;
    auto *back = button(tr("&Back"), QStringLiteral("votingUnlockBack"), m_unlockPage);
    auto *leave = button(tr("&Leave private voting"), QStringLiteral("votingUnlock"), m_unlockPage);
    makeProminent(leave);
    unlockButtons->addWidget(back);
    unlockButtons->addStretch();
    unlockButtons->addWidget(leave);
    u->addLayout(unlockButtons);
    u->addStretch(1);
    m_pages->addWidget(m_unlockPage);
    connect(back, &QPushButton::clicked, this, [this] {
        m_unlockPin->clear();
        m_unlockError->hide();
        showPage(m_returnTo ? m_returnTo : m_handOverPage);
    });
    connect(leave, &QPushButton::clicked, this, [this] { leaveWith(m_unlockPin, m_unlockError); });
    connect(m_unlockPin, &QLineEdit::returnPressed, this, [this] { leaveWith(m_unlockPin, m_unlockError); });

    // The end of the round: who has not answered everything, then the PIN to leave.
    m_finishedPage = new QWidget(m_pages);
    m_finishedPage->setObjectName(QStringLiteral("votingFinishedPage"));
    auto *d = centredColumn(m_finishedPage, 720);
    m_summary = plainLabel(QStringLiteral("votingSummary"), m_finishedPage, 1.3);
    d->addWidget(m_summary);
    auto *handBack = plainLabel(QStringLiteral("votingHandBack"), m_finishedPage);
    handBack->setText(tr("Please hand the laptop back to the facilitator, who enters the PIN to finish. "
                         "The answers stay hidden until the facilitator reveals them."));
    d->addWidget(handBack);
    m_endPin = pinEdit(QStringLiteral("votingEndPin"), tr("Facilitator's PIN"), m_finishedPage);
    d->addWidget(m_endPin);
    m_endError = plainLabel(QStringLiteral("votingEndError"), m_finishedPage);
    m_endError->hide();
    d->addWidget(m_endError);
    auto *close = button(tr("&Finish"), QStringLiteral("votingClose"), m_finishedPage);
    makeProminent(close);
    addCentred(d, close);
    d->addStretch(1);
    m_pages->addWidget(m_finishedPage);
    connect(close, &QPushButton::clicked, this, [this] { leaveWith(m_endPin, m_endError); });
    connect(m_endPin, &QLineEdit::returnPressed, this, [this] { leaveWith(m_endPin, m_endError); });

    showPage(m_setPinPage);
    m_newPin->setFocus();
}

PrivateVotingDialog::Screen PrivateVotingDialog::currentScreen() const
{
    QWidget *page = m_pages->currentWidget();
    if (page == m_handOverPage)
        return Screen::HandOver;
    if (page == m_questionsPage)
        return Screen::Questions;
    if (page == m_unlockPage)
        return Screen::Unlock;
    if (page == m_finishedPage)
        return Screen::Finished;
    return Screen::SetPin;
}

void PrivateVotingDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Without a window manager (or with one that ignores the request) full screen is only a wish:
    // cover the screen the window is on anyway.
    if (const QScreen *s = screen(); s && !geometry().contains(s->geometry())) {
        setGeometry(s->geometry());
        setWindowState(windowState() | Qt::WindowFullScreen); // setGeometry() dropped it
    }
}

void PrivateVotingDialog::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
}

bool PrivateVotingDialog::begin(const QString &pin)
{
    if (pin.size() < kMinimumPinLength) {
        m_setPinError->setText(tr("The PIN needs at least %1 characters.").arg(kMinimumPinLength));
        m_setPinError->show();
        return false;
    }
    m_newPin->clear();
    m_repeatPin->clear();
    m_setPinError->hide();
    m_controller->setVotingPin(pin);
    if (!m_controller->votesHidden())
        m_controller->setVotes(std::string("hidden"));
    handOver(0);
    return true;
}

void PrivateVotingDialog::reject()
{
    // Before the PIN is set nobody has voted and the facilitator holds the laptop: Esc cancels.
    const Screen now = currentScreen();
    if (now == Screen::SetPin)
        QDialog::reject();
    else if (now == Screen::Finished)
        m_endPin->setFocus();
    else if (now != Screen::Unlock)
        showUnlock();
}

void PrivateVotingDialog::showUnlock()
{
    m_returnTo = m_pages->currentWidget();
    m_unlockPin->clear();
    m_unlockError->hide();
    showPage(m_unlockPage);
    m_unlockPin->setFocus();
}

void PrivateVotingDialog::leaveWith(QLineEdit *pin, QLabel *error)
{
    const PinGuard::Check check = m_controller->votingPin().attempt(pin->text());
    if (check.result == PinGuard::Result::Right) {
        done(QDialog::Accepted);
        return;
    }
    pin->clear();
    error->setText(
        check.result == PinGuard::Result::Waiting
            ? tr("Wait %1 s before the next try: each wrong PIN makes the wait longer.")
                  .arg(check.secondsToWait)
        : check.secondsToWait == 0
            ? tr("That is not the PIN. Ask the facilitator.")
            : tr("That is not the PIN. Ask the facilitator. Next try in %1 s.").arg(check.secondsToWait));
    error->show();
    pin->setFocus();
}

QString PrivateVotingDialog::shortName(const std::string &name, const QFont &font) const
{
    // A name may be 200 characters without a space; it must never make the kiosk wider than the screen.
    const QScreen *s = screen();
    const int available = s ? s->availableGeometry().width() : 800;
    return QFontMetrics(font).elidedText(qs(name), Qt::ElideRight, std::max(160, available / 3));
}

void PrivateVotingDialog::handOver(int index)
{
    m_current = index;
    const auto &people = m_controller->session().participants;
    // Drop the previous voter's screen before anyone else sees the laptop.
    m_sheet = nullptr;
    m_missing->hide();
    while (QLayoutItem *item = m_questionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (index >= static_cast<int>(people.size())) {
        showFinished();
        return;
    }
    const std::string &name = people[static_cast<std::size_t>(index)].name;
    const QString shown = shortName(name, m_handOverText->font());
    m_handOverText->setText(tr("Pass the laptop to %1 — press Start when ready.").arg(shown));
    m_handOverText->setToolTip(shown == qs(name) ? QString() : richTextOf(qs(name)));
    showPage(m_handOverPage);
    m_start->setFocus();
}

void PrivateVotingDialog::startVoting()
{
    showQuestions();
    showPage(m_questionsPage);
}

void PrivateVotingDialog::showQuestions()
{
    const auto &people = m_controller->session().participants;
    if (m_current >= static_cast<int>(people.size()))
        return;
    const Participant voter = people[static_cast<std::size_t>(m_current)];
    const QString shown = shortName(voter.name, m_voterName->font());
    m_voterName->setText(tr("%1: your answers (only you can see them)").arg(shown));
    m_voterName->setToolTip(shown == qs(voter.name) ? QString() : richTextOf(qs(voter.name)));
    const bool last = m_current + 1 >= static_cast<int>(people.size());
    m_next->setText(last ? tr("&Done") : tr("&Done — hand over"));
    m_sheet = new VotingSheet(m_controller, voter, m_questions);
    connect(m_sheet, &VotingSheet::answerChanged, this, &PrivateVotingDialog::updateProgress);
    m_questionsLayout->addWidget(m_sheet);
    m_questionsLayout->addStretch();
    updateProgress();
    if (ChoiceRow *first = m_sheet->firstRow())
        first->setFocus();
}

QStringList PrivateVotingDialog::unanswered() const
{
    return m_sheet ? m_sheet->unanswered() : QStringList();
}

void PrivateVotingDialog::doneWithVoter()
{
    const QStringList missing = unanswered();
    if (missing.isEmpty()) {
        handOver(m_current + 1);
        return;
    }
    updateProgress();
    m_missing->show();
    m_missingText->setFocus();
}

void PrivateVotingDialog::updateProgress()
{
    m_progress->setText(
        tr("%1 of %2 answered").arg(m_sheet ? m_sheet->answered() : 0).arg(m_sheet ? m_sheet->total() : 0));
    const QStringList missing = unanswered();
    m_missingText->setText(tr("You have not answered: %1").arg(missing.join(QStringLiteral(", "))));
    if (missing.isEmpty())
        m_missing->hide();
}

std::pair<int, int> PrivateVotingDialog::answeredBy(int index) const
{
    const Session &s = m_controller->stored(); // counted, never shown
    if (index < 0 || index >= static_cast<int>(s.participants.size()))
        return {0, 0};
    // What the kiosk asks them: the steps the facilitator marked them absent for are not expected.
    const std::string &pid = s.participants[static_cast<std::size_t>(index)].id;
    const auto questions = votingQuestions(m_controller->instrument(), s, pid);
    const auto answered = std::count_if(questions.begin(), questions.end(), [&](const VotingQuestion &q) {
        return s.findRating(pid, q.item, q.scope) != nullptr;
    });
    return {static_cast<int>(answered), static_cast<int>(questions.size())};
}

void PrivateVotingDialog::showFinished()
{
    const auto &people = m_controller->session().participants;
    QStringList partial;
    int expected = 0;
    for (int i = 0; i < static_cast<int>(people.size()); ++i) {
        const auto [answered, total] = answeredBy(i);
        expected += total > 0 ? 1 : 0;
        const QString name = shortName(people[static_cast<std::size_t>(i)].name, m_summary->font());
        if (total == 0)
            continue; // absent for every step voted on
        if (m_skipped.count(i)) {
            // Skipped in this round: answers from before are not this round's votes, so say so.
            partial << (answered == 0 ? tr("%1: has not voted").arg(name)
                                      : tr("%1: skipped; %2 of %3 answers are from before this round")
                                            .arg(name)
                                            .arg(answered)
                                            .arg(total));
            continue;
        }
        if (answered == 0)
            partial << tr("%1: has not voted").arg(name);
        else if (answered < total)
            partial << tr("%1: %2 of %3 answered").arg(name).arg(answered).arg(total);
    }
    if (partial.isEmpty())
        m_summary->setText(tr("Everyone has voted: all %1 answered every question.").arg(expected));
    else
        m_summary->setText(tr("Voting is over, but not everyone answered every question:") +
                           QLatin1Char('\n') + partial.join(QLatin1Char('\n')));
    m_endPin->clear();
    m_endError->hide();
    showPage(m_finishedPage);
    m_endPin->setFocus();
}

bool PrivateVotingDialog::reveal(QWidget *parent, SessionController *controller, bool anonymous)
{
    const QString title = anonymous ? tr("Reveal anonymously") : tr("Reveal answers");
    if (controller->hasVotingPin()) {
        if (const int wait = controller->votingPin().secondsToWait(); wait > 0) {
            Prompt::warn(
                parent, title,
                tr("Wait %1 s before the next try: each wrong PIN makes the wait longer.").arg(wait));
            return false;
        }
        const std::optional<QString> pin =
            Prompt::pin(parent, title, tr("Facilitator: enter the PIN you chose for private voting."));
        if (!pin)
            return false;
        const PinGuard::Check check = controller->votingPin().attempt(*pin);
        if (check.result != PinGuard::Result::Right) {
            Prompt::warn(parent, title,
                         check.result == PinGuard::Result::Waiting
                             ? tr("Wait %1 s before the next try: each wrong PIN makes the wait longer.")
                                   .arg(check.secondsToWait)
                         : check.secondsToWait == 0
                             ? tr("That is not the PIN. The answers stay hidden.")
                             : tr("That is not the PIN. The answers stay hidden. Next try in %1 s.")
                                   .arg(check.secondsToWait));
            return false;
        }
    } else if (!Prompt::confirm(parent, title,
                                anonymous ? tr("Show how many chose each level, without names?")
                                          : tr("Show everyone's answers, with their names?"))) {
        return false;
    }
    return controller->setVotes(std::string(anonymous ? "revealed-anonymous" : "revealed"));
}

} // namespace cxm::ui
