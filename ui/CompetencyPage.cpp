#include "CompetencyPage.h"

#include "AbsenceButton.h"
#include "AnonymousRevealWidget.h"
#include "AnswerGrid.h"
#include "AnswerNavigator.h"
#include "ChoiceRow.h"
#include "MaturityMapPainter.h"
#include "PrivateVotingDialog.h"
#include "Progress.h"
#include "SessionController.h"
#include "TeamAnswerBox.h"
#include "UiText.h"
#include "WorkbookText.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <unordered_map>

namespace cxm::ui {

QString distributionText(const std::array<int, 3> &counts)
{
    return CompetencyPage::tr("Early %1 · Advanced %2 · Mature %3")
        .arg(counts[0])
        .arg(counts[1])
        .arg(counts[2]);
}

namespace {

QStringList ratingLabels()
{
    return {CompetencyPage::tr("E"), CompetencyPage::tr("A"), CompetencyPage::tr("M")};
}
QStringList ratingNames()
{
    return {CompetencyPage::tr("Early"), CompetencyPage::tr("Advanced"), CompetencyPage::tr("Mature")};
}

QStringList ratingKeys()
{
    return {QStringLiteral("early"), QStringLiteral("advanced"), QStringLiteral("mature")};
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

CompetencyPage::CompetencyPage(SessionController *controller, const std::string &worksheetId, QWidget *parent)
    : StepPage(parent)
    , m_controller(controller)
    , m_worksheet(controller->instrument().findWorksheet(worksheetId))
{
    Q_ASSERT(m_worksheet && m_worksheet->kind == WorksheetKind::Scale);
    const Worksheet &c = *m_worksheet;
    setObjectName(QStringLiteral("competencyPage_%1").arg(qs(c.id)));
    auto *layout = new QVBoxLayout(this);
    // One of the five competencies carries its number; a consultant's own scale worksheet its title.
    auto *heading =
        new QLabel(c.number > 0 ? tr("Competency %1: %2").arg(c.number).arg(qs(c.title)) : qs(c.title), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setTextFormat(Qt::PlainText);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *tagline = wrapped(qs(c.tagline), this);
    QFont italic = tagline->font();
    italic.setItalic(true);
    tagline->setFont(italic);
    tagline->setVisible(!c.tagline.empty());
    layout->addWidget(tagline);
    // The workbook's summary of the competency, as on its "#n" page (another scale worksheet shows
    // its introduction there).
    auto *summary = wrapped(qs(c.summary.empty() ? c.introduction : c.summary), this);
    summary->setObjectName(QStringLiteral("competencySummary"));
    summary->setVisible(!c.summary.empty() || !c.introduction.empty());
    layout->addWidget(summary);

    auto *bar = new QHBoxLayout;
    m_votingStatus = new QLabel(this);
    m_votingStatus->setObjectName(QStringLiteral("votingStatus"));
    m_votingStatus->setWordWrap(true);
    m_privateVoting = new QPushButton(tr("Private voting…"), this);
    m_privateVoting->setObjectName(QStringLiteral("privateVoting"));
    m_privateVoting->setToolTip(tr("Pass the laptop: each participant answers alone, unseen by the others"));
    m_reveal = new QPushButton(tr("Reveal answers"), this);
    m_reveal->setObjectName(QStringLiteral("revealAnswers"));
    m_revealAnonymous = new QPushButton(tr("Reveal anonymously"), this);
    m_revealAnonymous->setObjectName(QStringLiteral("revealAnonymously"));
    m_revealAnonymous->setToolTip(tr("For the projector: how many chose each level, without names"));
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("stepProgress"));
    m_absence = new AbsenceButton(controller, c.id, this);
    m_navigator = new AnswerNavigator(this);
    bar->addWidget(m_votingStatus, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_absence);
    bar->addWidget(m_privateVoting);
    bar->addWidget(m_revealAnonymous);
    bar->addWidget(m_reveal);
    layout->addLayout(bar);
    connect(m_privateVoting, &QPushButton::clicked, this, &CompetencyPage::privateVotingRequested);
    connect(m_reveal, &QPushButton::clicked, this,
            [this] { PrivateVotingDialog::reveal(this, m_controller, false); });
    connect(m_revealAnonymous, &QPushButton::clicked, this,
            [this] { PrivateVotingDialog::reveal(this, m_controller, true); });

    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(0, 0, 8, 0);
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);
    // Built when first shown (MainWindow::setStep refreshes a page before showing it), so opening a
    // session with hundreds of participants does not build every step at once.
}

QString CompetencyPage::structureKey() const
{
    QString key = m_controller->isWorkshop() ? QStringLiteral("w") : QStringLiteral("s");
    key += m_controller->votesHidden()                ? QStringLiteral("h")
           : m_controller->votesRevealedAnonymously() ? QStringLiteral("a")
                                                      : QStringLiteral("v");
    key += m_controller->isReadOnly() ? QStringLiteral("r") : QStringLiteral("e");
    for (const auto &p : m_controller->session().participants)
        key += QLatin1Char('|') + qs(p.id) + QLatin1Char('=') + qs(p.name);
    return key;
}

void CompetencyPage::focusFirstUnanswered()
{
    m_navigator->focusFirstUnanswered();
}

void CompetencyPage::rebuild()
{
    m_items.clear();
    m_navigator->clear();
    while (QLayoutItem *item = m_contentLayout->takeAt(0)) {
        retire(item->widget());
        delete item;
    }
    const Session &s = m_controller->session();
    const Worksheet &c = *m_worksheet;
    const bool workshop = m_controller->isWorkshop();
    const bool hidden = m_controller->votesHidden();
    const bool anonymous = m_controller->votesRevealedAnonymously();
    const bool writable = !m_controller->isReadOnly();
    const auto theme = report::Theme::fromPalette(palette());
    const std::vector<QColor> colors{theme.early, theme.advanced, theme.mature};

    for (const Item &item : c.items) {
        ItemWidgets w;
        w.item = item.id;
        auto *frame = new QFrame(m_content);
        frame->setObjectName(QStringLiteral("item_%1").arg(qs(item.id)));
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        auto *title = wrapped(qs(item.title), frame);
        QFont bold = title->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.15);
        title->setFont(bold);
        showTitleSource(title, item.titleSource);
        box->addWidget(title);
        box->addWidget(wrapped(qs(item.question), frame));

        auto *row = new QHBoxLayout;
        box->addLayout(row);
        const QString subject = qs(item.title);
        if (!workshop) {
            if (!s.participants.empty()) {
                const std::string pid = s.participants.front().id;
                auto *choice =
                    new ChoiceRow({tr("Early"), tr("Advanced"), tr("Mature")}, ratingNames(), ratingKeys(),
                                  QStringLiteral("rating_%1_%2").arg(qs(item.id), qs(pid)), subject, frame);
                choice->setColors(colors);
                choice->setEnabled(writable);
                m_navigator->add(choice);
                connect(choice, &ChoiceRow::chosen, this, [this, pid, itemId = item.id](int v) {
                    const RatingEntry *r = m_controller->session().findRating(pid, itemId);
                    m_controller->setRating(
                        pid, itemId, v < 0 ? std::nullopt : std::optional<Rating>(static_cast<Rating>(v + 1)),
                        r ? r->note : std::string());
                });
                row->addWidget(choice);
                w.rows.emplace_back(pid, choice);
                w.selfNote = new QLineEdit(frame);
                w.selfNote->setObjectName(QStringLiteral("ratingNote_%1").arg(qs(item.id)));
                w.selfNote->setPlaceholderText(tr("Note: why this rating (optional)"));
                w.selfNote->setAccessibleName(tr("Note for %1").arg(subject));
                w.selfNote->setEnabled(writable);
                connect(w.selfNote, &QLineEdit::editingFinished, this,
                        [this, pid, itemId = item.id, edit = w.selfNote] {
                            const RatingEntry *r = m_controller->session().findRating(pid, itemId);
                            if (r && r->note != ss(edit->text()))
                                m_controller->setRating(pid, itemId, r->rating, ss(edit->text()));
                        });
                row->addWidget(w.selfNote, 1);
            }
        } else if (hidden) {
            w.answered = new QLabel(frame);
            w.answered->setObjectName(QStringLiteral("answered_%1").arg(qs(item.id)));
            row->addWidget(w.answered, 1);
        } else {
            auto *gridBox = new QVBoxLayout;
            if (anonymous) {
                // Revealed anonymously: how many chose each level, and no row that could name anyone.
                w.bars = new AnonymousRevealWidget(item.id, ratingNames(), ratingKeys(), colors, frame);
                gridBox->addWidget(w.bars);
            } else {
                // One model and view per item, not a widget per answer: hundreds of people stay light.
                auto *model = new AnswerGridModel(ratingLabels(), ratingNames(), colors);
                w.grid = new AnswerGridView(model, tr("Ratings for %1").arg(subject), frame);
                w.grid->setObjectName(QStringLiteral("answers_%1").arg(qs(item.id)));
                m_navigator->add(w.grid);
                connect(w.grid, &AnswerGridView::chosen, this,
                        [this, itemId = item.id](const std::string &pid, int v) {
                            const RatingEntry *e = m_controller->session().findRating(pid, itemId);
                            m_controller->setRating(pid, itemId,
                                                    v < 0 ? std::nullopt
                                                          : std::optional<Rating>(static_cast<Rating>(v + 1)),
                                                    e ? e->note : std::string());
                        });
                gridBox->addWidget(w.grid);
            }
            if (s.participants.empty())
                gridBox->addWidget(new QLabel(tr("Add participants in Setup first."), frame));
            gridBox->addStretch();
            row->addLayout(gridBox, anonymous ? 1 : 0);
            if (!anonymous)
                row->addStretch(1);

            // A fixed-width side column, so the three items line up whatever their markers say.
            auto *sideBox = new QWidget(frame);
            sideBox->setFixedWidth(330);
            auto *side = new QVBoxLayout(sideBox);
            side->setContentsMargins(0, 0, 0, 0);
            w.distribution = new QLabel(frame);
            w.distribution->setObjectName(QStringLiteral("distribution_%1").arg(qs(item.id)));
            side->addWidget(w.distribution);
            w.disagreement = new QLabel(tr("⚠ Disagreement: Early and Mature both given"), frame);
            w.disagreement->setObjectName(QStringLiteral("disagreement_%1").arg(qs(item.id)));
            // Colour and weight without a style sheet, which would drop the full-screen type size.
            QPalette warning = w.disagreement->palette();
            warning.setColor(QPalette::WindowText, theme.disagreement);
            w.disagreement->setPalette(warning);
            QFont strong = w.disagreement->font();
            strong.setBold(true);
            w.disagreement->setFont(strong);
            side->addWidget(w.disagreement);
            auto *consensusRow = new QHBoxLayout;
            auto *consensusLabel = new QLabel(tr("Consensus:"), frame);
            w.consensus = new TeamAnswerBox(frame);
            w.consensus->setObjectName(QStringLiteral("consensus_%1").arg(qs(item.id)));
            w.consensus->setAccessibleName(tr("Consensus for %1").arg(subject));
            w.consensus->addItems({tr("—"), tr("Early"), tr("Advanced"), tr("Mature")});
            w.consensus->setEnabled(writable);
            consensusLabel->setBuddy(w.consensus);
            consensusRow->addWidget(consensusLabel);
            consensusRow->addWidget(w.consensus);
            side->addLayout(consensusRow);
            w.why = new QLineEdit(frame);
            w.why->setObjectName(QStringLiteral("consensusNote_%1").arg(qs(item.id)));
            w.why->setAccessibleName(tr("Why, for %1").arg(subject));
            w.why->setPlaceholderText(tr("Why this consensus?"));
            w.why->setEnabled(writable);
            side->addWidget(w.why);
            side->addStretch();
            row->addWidget(sideBox);
            connect(w.consensus, &QComboBox::activated, this,
                    [this, itemId = item.id] { commitConsensus(itemId); });
            connect(w.why, &QLineEdit::editingFinished, this,
                    [this, itemId = item.id] { commitConsensus(itemId); });
        }
        m_contentLayout->addWidget(frame);
        m_items.push_back(std::move(w));
    }
    m_contentLayout->addStretch();
}

void CompetencyPage::commitConsensus(const std::string &item)
{
    for (const ItemWidgets &w : m_items) {
        if (w.item != item || !w.consensus)
            continue;
        const int v = w.consensus->currentIndex();
        const std::optional<Rating> rating =
            v <= 0 ? std::nullopt : std::optional<Rating>(static_cast<Rating>(v));
        m_controller->setConsensus(item, rating, rating ? ss(w.why->text()) : std::string());
        return;
    }
}

void CompetencyPage::showItem(const std::string &itemId)
{
    auto *frame = m_content->findChild<QFrame *>(QStringLiteral("item_%1").arg(qs(itemId)));
    if (!frame)
        return;
    m_scroll->ensureWidgetVisible(frame, 0, 0);
    for (const ItemWidgets &w : m_items) {
        if (w.item == itemId && !w.rows.empty()) {
            w.rows.front().second->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void CompetencyPage::refresh()
{
    const QString key = structureKey();
    if (key != m_structure) {
        m_structure = key;
        rebuild();
    }
    const Session &s = m_controller->session();
    const Score &score = m_controller->score();
    const bool workshop = m_controller->isWorkshop();
    const bool hidden = m_controller->votesHidden();
    const int people = static_cast<int>(s.participants.size());

    m_privateVoting->setVisible(workshop);
    m_reveal->setVisible(workshop && (hidden || m_controller->votesRevealedAnonymously()));
    m_revealAnonymous->setVisible(workshop && hidden);
    m_revealAnonymous->setEnabled(!m_controller->isReadOnly());
    m_privateVoting->setEnabled(!m_controller->isReadOnly() && people > 0);
    m_reveal->setEnabled(!m_controller->isReadOnly());
    m_votingStatus->setVisible(workshop);
    if (hidden)
        m_votingStatus->setText(tr("Private voting is on: answers stay hidden until you reveal them."));
    else if (m_controller->votesRevealedAnonymously())
        m_votingStatus->setText(
            tr("Answers revealed anonymously: how many chose each level, without names."));
    else if (m_controller->votesRevealed())
        m_votingStatus->setText(
            tr("Answers revealed. Discuss the widest disagreements first (see Maturity Map)."));
    else
        m_votingStatus->setText(tr("Click E, A or M for each person, or type E, A or M to fill a row."));

    const std::string &step = m_worksheet->id;
    const Progress answers(s, m_controller->instrument()); // indexed once for the step and its items
    const StepProgress progress = answers.step(step);
    m_absence->setVisible(workshop && people > 1);
    m_absence->refresh();
    m_progress->setVisible(workshop && !hidden);
    m_progress->setText(progress.complete() ? tr("Everyone has answered") : progressText(progress));
    for (ItemWidgets &w : m_items) {
        const ItemScore *is = score.findItem(w.item);
        for (auto &[pid, choice] : w.rows) {
            const RatingEntry *r = s.findRating(pid, w.item);
            choice->setValue(r ? ratingValue(r->rating) - 1 : -1);
            // An absent participant's row stays visible (and keeps any answer) but takes no keys.
            choice->setEnabled(!m_controller->isReadOnly() && !(workshop && s.isAbsent(pid, step)));
        }
        if (w.grid) {
            std::vector<AnswerGridModel::Row> rows;
            rows.reserve(s.participants.size());
            // The item's ratings by participant, found once: looking each up is quadratic in a big session.
            std::unordered_map<std::string, const RatingEntry *> ratings;
            for (const RatingEntry &r : s.ratings)
                if (r.item == w.item)
                    ratings.emplace(r.participant, &r);
            for (const Participant &p : s.participants) {
                const auto found = ratings.find(p.id);
                const RatingEntry *r = found == ratings.end() ? nullptr : found->second;
                const bool absent = s.isAbsent(p.id, step);
                // An absent participant's row stays visible (and keeps any answer) but takes no keys.
                rows.push_back({p.id, absent ? tr("%1 (absent)").arg(qs(p.name)) : qs(p.name),
                                r ? ratingValue(r->rating) - 1 : -1, !m_controller->isReadOnly() && !absent});
            }
            w.grid->answers()->setRows(std::move(rows));
        }
        if (w.selfNote && !w.selfNote->hasFocus()) {
            const RatingEntry *r = w.rows.empty() ? nullptr : s.findRating(w.rows.front().first, w.item);
            w.selfNote->setText(r ? qs(r->note) : QString());
            w.selfNote->setCursorPosition(0); // a long note reads from its start
            w.selfNote->setToolTip(richTextOf(w.selfNote->text()));
            w.selfNote->setEnabled(!m_controller->isReadOnly() && r);
        }
        const StepProgress asked = answers.question(w.item);
        if (w.answered)
            w.answered->setText(tr("%1 of %2 have answered. Answers are hidden until you reveal them.")
                                    .arg(asked.answered)
                                    .arg(asked.expected));
        if (w.distribution && is)
            w.distribution->setText(
                asked.everyone() ? distributionText(is->counts)
                                 : tr("%1 (%2)").arg(distributionText(is->counts), progressText(asked)));
        if (w.bars)
            w.bars->setCounts(is ? is->counts : std::array<int, 3>{}, asked.expected);
        if (w.disagreement)
            w.disagreement->setVisible(is && is->disagreement);
        if (w.consensus) {
            const ConsensusRating *c = s.findConsensus(w.item);
            const QSignalBlocker block(w.consensus);
            w.consensus->setCurrentIndex(c ? ratingValue(c->rating) : 0);
            // A why belongs to a consensus: without one it could not be stored, so it cannot be typed.
            w.why->setEnabled(!m_controller->isReadOnly() && c != nullptr);
            w.why->setPlaceholderText(c ? tr("Why this consensus?") : tr("Choose a consensus first"));
            if (!w.why->hasFocus()) {
                w.why->setText(c ? qs(c->note) : QString());
                w.why->setCursorPosition(0); // a long note reads from its start
                w.why->setToolTip(richTextOf(w.why->text()));
            }
        }
    }
}

} // namespace cxm::ui
