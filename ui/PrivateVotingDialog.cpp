#include "PrivateVotingDialog.h"

#include "ChoiceRow.h"
#include "MaturityMapPainter.h"
#include "SessionController.h"
#include "UiText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cxm::ui {

PrivateVotingDialog::PrivateVotingDialog(SessionController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("privateVotingDialog"));
    setWindowTitle(tr("Private voting"));
    resize(900, 680);
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // Hand-over: nothing of anyone's answers on screen.
    auto *handOverPage = new QWidget(m_pages);
    auto *h = new QVBoxLayout(handOverPage);
    h->addStretch();
    m_handOverText = new QLabel(handOverPage);
    m_handOverText->setObjectName(QStringLiteral("handOverText"));
    m_handOverText->setAlignment(Qt::AlignCenter);
    m_handOverText->setWordWrap(true);
    m_handOverText->setTextFormat(Qt::PlainText);
    QFont big = m_handOverText->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    m_handOverText->setFont(big);
    h->addWidget(m_handOverText);
    m_start = new QPushButton(tr("&Start"), handOverPage);
    m_start->setObjectName(QStringLiteral("votingStart"));
    m_start->setDefault(true);
    auto *startRow = new QHBoxLayout;
    startRow->addStretch();
    startRow->addWidget(m_start);
    startRow->addStretch();
    h->addLayout(startRow);
    h->addStretch();
    m_pages->addWidget(handOverPage);

    auto *questions = new QWidget(m_pages);
    auto *q = new QVBoxLayout(questions);
    m_voterName = new QLabel(questions);
    m_voterName->setObjectName(QStringLiteral("voterName"));
    m_voterName->setTextFormat(Qt::PlainText);
    QFont bold = m_voterName->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    m_voterName->setFont(bold);
    q->addWidget(m_voterName);
    auto *scroll = new QScrollArea(questions);
    scroll->setWidgetResizable(true);
    m_questions = new QWidget(scroll);
    m_questionsLayout = new QVBoxLayout(m_questions);
    scroll->setWidget(m_questions);
    q->addWidget(scroll, 1);
    m_next = new QPushButton(questions);
    m_next->setObjectName(QStringLiteral("votingNext"));
    auto *nextRow = new QHBoxLayout;
    m_progress = new QLabel(questions);
    m_progress->setObjectName(QStringLiteral("votingProgress"));
    nextRow->addWidget(m_progress);
    nextRow->addStretch();
    nextRow->addWidget(m_next);
    q->addLayout(nextRow);
    m_pages->addWidget(questions);

    auto *done = new QWidget(m_pages);
    auto *d = new QVBoxLayout(done);
    d->addStretch();
    m_doneText =
        new QLabel(tr("Everyone has voted. Please hand the laptop back to the facilitator, who can reveal "
                      "the answers on any competency step."),
                   done);
    m_doneText->setAlignment(Qt::AlignCenter);
    m_doneText->setWordWrap(true);
    m_doneText->setFont(big);
    d->addWidget(m_doneText);
    auto *close = new QPushButton(tr("&Close"), done);
    close->setObjectName(QStringLiteral("votingClose"));
    auto *closeRow = new QHBoxLayout;
    closeRow->addStretch();
    closeRow->addWidget(close);
    closeRow->addStretch();
    d->addLayout(closeRow);
    d->addStretch();
    m_pages->addWidget(done);

    connect(m_start, &QPushButton::clicked, this, &PrivateVotingDialog::startVoting);
    connect(m_next, &QPushButton::clicked, this, [this] { handOver(m_current + 1); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    if (!m_controller->votesHidden())
        m_controller->setVotes(std::string("hidden"));
    handOver(0);
}

void PrivateVotingDialog::handOver(int index)
{
    m_current = index;
    const auto &people = m_controller->session().participants;
    // Drop the previous voter's screen before anyone else sees the laptop.
    m_rows.clear();
    while (QLayoutItem *item = m_questionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (index >= static_cast<int>(people.size())) {
        m_pages->setCurrentIndex(2);
        return;
    }
    m_handOverText->setText(tr("Pass the laptop to %1 — press Start when ready.")
                                .arg(qs(people[static_cast<std::size_t>(index)].name)));
    m_pages->setCurrentIndex(0);
    m_start->setFocus();
}

void PrivateVotingDialog::startVoting()
{
    showQuestions();
    m_pages->setCurrentIndex(1);
}

void PrivateVotingDialog::showQuestions()
{
    const auto &people = m_controller->session().participants;
    if (m_current >= static_cast<int>(people.size()))
        return;
    const Participant voter = people[static_cast<std::size_t>(m_current)];
    m_voterName->setText(tr("%1: your answers (only you can see them)").arg(qs(voter.name)));
    const bool last = m_current + 1 >= static_cast<int>(people.size());
    m_next->setText(last ? tr("&Done") : tr("&Done — hand over"));
    const auto theme = report::Theme::fromPalette(palette());
    const QStringList names{tr("Early"), tr("Advanced"), tr("Mature")};
    for (const Competency &c : m_controller->instrument().competencies) {
        auto *heading = new QLabel(tr("%1. %2").arg(c.number).arg(qs(c.title)), m_questions);
        QFont f = heading->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.2);
        heading->setFont(f);
        m_questionsLayout->addWidget(heading);
        for (const Item &item : c.items) {
            auto *frame = new QFrame(m_questions);
            frame->setFrameShape(QFrame::StyledPanel);
            auto *row = new QHBoxLayout(frame);
            auto *texts = new QVBoxLayout;
            auto *title = new QLabel(qs(item.title), frame);
            title->setTextFormat(Qt::PlainText);
            QFont tf = title->font();
            tf.setBold(true);
            title->setFont(tf);
            texts->addWidget(title);
            auto *text = new QLabel(qs(item.question), frame);
            text->setWordWrap(true);
            text->setTextFormat(Qt::PlainText);
            texts->addWidget(text);
            row->addLayout(texts, 1);
            auto *choice = new ChoiceRow(
                names, names, {QStringLiteral("early"), QStringLiteral("advanced"), QStringLiteral("mature")},
                QStringLiteral("vote_%1").arg(qs(item.id)), qs(item.title), frame);
            choice->setColors({theme.early, theme.advanced, theme.mature});
            const RatingEntry *r = m_controller->session().findRating(voter.id, item.id);
            choice->setValue(r ? ratingValue(r->rating) - 1 : -1);
            connect(choice, &ChoiceRow::chosen, this,
                    [this, pid = voter.id, itemId = item.id, choice](int v) {
                        const RatingEntry *e = m_controller->session().findRating(pid, itemId);
                        if (!m_controller->setRating(
                                pid, itemId,
                                v < 0 ? std::nullopt : std::optional<Rating>(static_cast<Rating>(v + 1)),
                                e ? e->note : std::string())) {
                            const RatingEntry *stored = m_controller->session().findRating(pid, itemId);
                            choice->setValue(stored ? ratingValue(stored->rating) - 1 : -1);
                        }
                        updateProgress();
                    });
            row->addWidget(choice);
            m_rows.emplace_back(item.id, choice);
            m_questionsLayout->addWidget(frame);
        }
    }
    m_questionsLayout->addStretch();
    updateProgress();
    if (!m_rows.empty())
        m_rows.front().second->setFocus();
}

void PrivateVotingDialog::updateProgress()
{
    const auto answered =
        std::count_if(m_rows.begin(), m_rows.end(), [](const auto &row) { return row.second->value() >= 0; });
    m_progress->setText(tr("%1 of %2 answered").arg(answered).arg(m_rows.size()));
}

} // namespace cxm::ui
