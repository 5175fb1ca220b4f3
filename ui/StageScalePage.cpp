#include "StageScalePage.h"

#include "AnonymousRevealWidget.h"
#include "AnswerGrid.h"
#include "AnswerNavigator.h"
#include "Instrument.h"
#include "JourneyStripWidget.h"
#include "MaturityMapPainter.h"
#include "SessionController.h"
#include "TeamAnswerBox.h"
#include "UiText.h"

#include <QComboBox>
#include <QFrame>
#include <QHideEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <unordered_map>

namespace cxm::ui {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The key of one item of one stage in objectNames: "rel.customer@s2".
QString cellKey(const std::string &item, const std::string &stage)
{
    return qs(item) + QLatin1Char('@') + qs(stage);
}

} // namespace

StageScalePage::StageScalePage(SessionController *controller, const std::string &worksheetId, QWidget *parent)
    : StepPage(parent)
    , m_controller(controller)
    , m_worksheet(controller->instrument().findWorksheet(worksheetId))
{
    Q_ASSERT(m_worksheet && m_worksheet->kind == WorksheetKind::Scale &&
             m_worksheet->scope == WorksheetScope::Stage);
    const Worksheet &ws = *m_worksheet;
    setObjectName(QStringLiteral("stageScalePage_%1").arg(qs(ws.id)));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(qs(ws.title), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setTextFormat(Qt::PlainText);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *intro = wrapped(qs(ws.introduction.empty() ? ws.summary : ws.introduction), this);
    intro->setVisible(!ws.introduction.empty() || !ws.summary.empty());
    layout->addWidget(intro);
    m_votingStatus = new QLabel(this);
    m_votingStatus->setObjectName(QStringLiteral("votingStatus"));
    m_votingStatus->setWordWrap(true);
    layout->addWidget(m_votingStatus);
    m_noStages = wrapped(tr("Define the journey's stages first (step \"Your Customer Journey\")."), this);
    m_noStages->setObjectName(QStringLiteral("noStages"));
    layout->addWidget(m_noStages);
    // The whole journey at a glance, above the stages' answers, so a rating shows in it at once.
    m_strip = new JourneyStripWidget(controller, ws.id, this);
    layout->addWidget(m_strip);
    m_navigator = new AnswerNavigator(this);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(m_scroll);
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(0, 0, 8, 0);
    m_scroll->setWidget(m_content);
    layout->addWidget(m_scroll, 1);
    // Built when first shown, like the competency pages (MainWindow::setStep refreshes first).
}

QString StageScalePage::structureKey() const
{
    QString key = m_controller->isWorkshop() ? QStringLiteral("w") : QStringLiteral("s");
    key += m_controller->votesHidden()                ? QStringLiteral("h")
           : m_controller->votesRevealedAnonymously() ? QStringLiteral("a")
                                                      : QStringLiteral("v");
    key += m_controller->isReadOnly() ? QStringLiteral("r") : QStringLiteral("e");
    const Session &s = m_controller->session();
    for (const auto &p : s.participants)
        key += QLatin1Char('|') + qs(p.id) + QLatin1Char('=') + qs(p.name);
    // The stages in their order with their names: a group's title shows both.
    for (const auto &stage : s.stages)
        key += QLatin1Char('#') + qs(stage.id) + QLatin1Char('=') + qs(stage.name);
    return key;
}

void StageScalePage::showEvent(QShowEvent *event)
{
    m_strip->setVisible(!m_controller->session().stages.empty());
    StepPage::showEvent(event);
}

void StageScalePage::hideEvent(QHideEvent *event)
{
    StepPage::hideEvent(event);
    if (!event->spontaneous()) // not when the window is minimised: nothing shows it again then
        m_strip->hide();
}

void StageScalePage::focusFirstUnanswered()
{
    m_navigator->focusFirstUnanswered();
}

void StageScalePage::rebuild()
{
    m_cells.clear();
    m_navigator->clear();
    // A new content widget each time: the scroll area then sizes it afresh (rows rebuilt inside a
    // shown one kept its old height and were squeezed). The old one goes once its events are done.
    retire(m_scroll->takeWidget());
    m_content = new QWidget;
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(0, 0, 8, 0);
    const Session &s = m_controller->session();
    const bool hidden = m_controller->votesHidden();
    const bool anonymous = m_controller->votesRevealedAnonymously();
    const bool writable = !m_controller->isReadOnly();
    const auto theme = report::Theme::fromPalette(palette());
    const std::vector<QColor> colors{theme.early, theme.advanced, theme.mature};
    // The worksheet's own levels (e.g. Frequently UNRELIABLE … ALWAYS Reliable), a letter for each
    // cell from its id.
    QStringList labels, names, keys;
    for (const Level &level : m_controller->instrument().levelsOf(*m_worksheet)) {
        labels << qs(level.label).left(1).toUpper(); // what a cell shows is the key that picks it
        names << qs(level.label);
        keys << qs(level.id);
    }

    m_noStages->setVisible(s.stages.empty());
    for (std::size_t i = 0; i < s.stages.size(); ++i) {
        const Stage &stage = s.stages[i];
        // The stage's title as a bold heading above its items (a group box's bold title would make
        // everything inside it bold, and a style sheet per group costs more than the group).
        auto *heading = new QLabel(tr("Stage %1: %2").arg(i + 1).arg(qs(stage.name)), m_content);
        heading->setObjectName(QStringLiteral("stageHeading_%1").arg(qs(stage.id)));
        heading->setTextFormat(Qt::PlainText);
        QFont headingFont = heading->font();
        headingFont.setBold(true);
        heading->setFont(headingFont);
        m_contentLayout->addWidget(heading);
        auto *group = new QWidget(m_content);
        group->setObjectName(QStringLiteral("stage_%1").arg(qs(stage.id)));
        auto *groupBox = new QVBoxLayout(group);
        for (const Item &item : m_worksheet->items) {
            Cell cell;
            cell.stage = stage.id;
            cell.item = item.id;
            const QString key = cellKey(item.id, stage.id);
            const QString subject = tr("%1, stage %2").arg(qs(item.title), qs(stage.name));
            auto *frame = new QFrame(group);
            frame->setObjectName(QStringLiteral("item_%1").arg(key));
            frame->setFrameShape(QFrame::StyledPanel);
            auto *box = new QVBoxLayout(frame);
            auto *title = wrapped(qs(item.title), frame);
            QFont itemFont = frame->font();
            itemFont.setBold(true);
            title->setFont(itemFont);
            box->addWidget(title);
            box->addWidget(wrapped(qs(item.question), frame));
            auto *row = new QHBoxLayout;
            box->addLayout(row);
            if (hidden) {
                cell.answered = new QLabel(frame);
                cell.answered->setObjectName(QStringLiteral("answered_%1").arg(key));
                row->addWidget(cell.answered, 1);
            } else if (anonymous) {
                cell.bars = new AnonymousRevealWidget(item.id, names, keys, colors, frame);
                row->addWidget(cell.bars, 1);
            } else {
                auto *model = new AnswerGridModel(labels, names, colors);
                cell.grid = new AnswerGridView(model, tr("Ratings for %1").arg(subject), frame);
                cell.grid->setObjectName(QStringLiteral("answers_%1").arg(key));
                m_navigator->add(cell.grid);
                connect(cell.grid, &AnswerGridView::chosen, this,
                        [this, itemId = item.id, sid = stage.id](const std::string &pid, int v) {
                            const RatingEntry *e = m_controller->session().findRating(pid, itemId, sid);
                            m_controller->setRating(pid, itemId,
                                                    v < 0 ? std::nullopt
                                                          : std::optional<Rating>(static_cast<Rating>(v + 1)),
                                                    e ? e->note : std::string(), sid);
                        });
                auto *gridBox = new QVBoxLayout;
                gridBox->addWidget(cell.grid);
                if (s.participants.empty())
                    gridBox->addWidget(new QLabel(tr("Add participants in Setup first."), frame));
                gridBox->addStretch();
                row->addLayout(gridBox);
                row->addStretch(1);
            }

            // A fixed-width side column, as on a competency page, so the items line up.
            auto *sideBox = new QWidget(frame);
            sideBox->setFixedWidth(330);
            auto *side = new QVBoxLayout(sideBox);
            side->setContentsMargins(0, 0, 0, 0);
            cell.distribution = new QLabel(frame);
            cell.distribution->setWordWrap(true);
            cell.distribution->setObjectName(QStringLiteral("distribution_%1").arg(key));
            side->addWidget(cell.distribution);
            cell.disagreement = new QLabel(
                tr("⚠ Disagreement: %1 and %2 both given").arg(names.value(0), names.value(2)), frame);
            cell.disagreement->setObjectName(QStringLiteral("disagreement_%1").arg(key));
            cell.disagreement->setWordWrap(true); // the scale's own words can be long, in any language
            QPalette warning = cell.disagreement->palette();
            warning.setColor(QPalette::WindowText, theme.disagreement);
            cell.disagreement->setPalette(warning);
            cell.disagreement->setFont(itemFont);
            side->addWidget(cell.disagreement);
            auto *consensusRow = new QHBoxLayout;
            auto *consensusLabel = new QLabel(tr("Team answer:"), frame);
            cell.consensus = new TeamAnswerBox(frame);
            cell.consensus->setObjectName(QStringLiteral("consensus_%1").arg(key));
            cell.consensus->setAccessibleName(tr("Team answer for %1").arg(subject));
            cell.consensus->addItems(QStringList{tr("—")} + names);
            cell.consensus->setEnabled(writable);
            consensusLabel->setBuddy(cell.consensus);
            consensusRow->addWidget(consensusLabel);
            consensusRow->addWidget(cell.consensus);
            side->addLayout(consensusRow);
            cell.why = new QLineEdit(frame);
            cell.why->setObjectName(QStringLiteral("consensusNote_%1").arg(key));
            cell.why->setAccessibleName(tr("Note for %1").arg(subject));
            cell.why->setPlaceholderText(tr("Why this answer?"));
            cell.why->setEnabled(writable);
            side->addWidget(cell.why);
            // On one's own there is no team to agree with: one's answer is the answer.
            consensusLabel->setVisible(m_controller->isWorkshop());
            cell.consensus->setVisible(m_controller->isWorkshop());
            cell.why->setVisible(m_controller->isWorkshop());
            side->addStretch();
            row->addWidget(sideBox);
            connect(cell.consensus, &QComboBox::activated, this,
                    [this, sid = stage.id, itemId = item.id] { commitConsensus(sid, itemId); });
            connect(cell.why, &QLineEdit::editingFinished, this,
                    [this, sid = stage.id, itemId = item.id] { commitConsensus(sid, itemId); });
            groupBox->addWidget(frame);
            m_cells.push_back(std::move(cell));
        }
        m_contentLayout->addWidget(group);
    }
    m_contentLayout->addStretch();
    m_scroll->setWidget(m_content);
}

void StageScalePage::commitConsensus(const std::string &stage, const std::string &item)
{
    const auto found = std::find_if(m_cells.begin(), m_cells.end(),
                                    [&](const Cell &c) { return c.stage == stage && c.item == item; });
    if (found == m_cells.end())
        return;
    const Cell &cell = *found;
    const int v = cell.consensus->currentIndex();
    const std::optional<Rating> rating =
        v <= 0 ? std::nullopt : std::optional<Rating>(static_cast<Rating>(v));
    m_controller->setConsensus(cell.item, rating, rating ? ss(cell.why->text()) : std::string(), cell.stage);
}

void StageScalePage::refresh()
{
    const auto &levels = m_controller->instrument().levelsOf(*m_worksheet);
    const auto levelName = [&](std::size_t i) { return i < levels.size() ? qs(levels[i].label) : QString(); };
    const QString key = structureKey();
    if (key != m_structure) {
        m_structure = key;
        rebuild();
    }
    const Session &s = m_controller->session();
    const bool workshop = m_controller->isWorkshop();
    const bool hidden = m_controller->votesHidden();
    const std::string &step = m_worksheet->id;
    m_votingStatus->setVisible(workshop && !s.stages.empty());
    m_strip->setVisible(!s.stages.empty());
    m_strip->refresh();
    if (hidden)
        m_votingStatus->setText(tr("Private voting is on: answers stay hidden until you reveal them."));
    else if (m_controller->votesRevealedAnonymously())
        m_votingStatus->setText(
            tr("Answers revealed anonymously: how many chose each level, without names."));
    else {
        QStringList keys;
        for (const Level &level : levels)
            keys << qs(level.label).left(1).toUpper();
        m_votingStatus->setText(tr("For each stage, click %1 for each person, or type its letter.")
                                    .arg(keys.join(QStringLiteral(", "))));
    }

    // The worksheet's ratings by (item@stage, participant), found once: a look-up each is quadratic.
    std::unordered_map<std::string, std::unordered_map<std::string, const RatingEntry *>> ratings;
    for (const RatingEntry &r : s.ratings)
        if (!r.scope.empty())
            ratings[r.item + '@' + r.scope].emplace(r.participant, &r);
    for (Cell &cell : m_cells) {
        const auto &byPerson = ratings[cell.item + '@' + cell.stage];
        std::array<int, 3> counts{};
        int expected = 0;
        int answered = 0;
        std::vector<AnswerGridModel::Row> rows;
        rows.reserve(s.participants.size());
        for (const Participant &p : s.participants) {
            const auto found = byPerson.find(p.id);
            const RatingEntry *r = found == byPerson.end() ? nullptr : found->second;
            const bool absent = s.isAbsent(p.id, step);
            if (r)
                ++counts[static_cast<std::size_t>(ratingValue(r->rating) - 1)];
            if (!absent)
                ++expected;
            if (r && !absent)
                ++answered;
            // An absent participant's row stays visible (and keeps any answer) but takes no keys.
            rows.push_back({p.id, absent ? tr("%1 (absent)").arg(qs(p.name)) : qs(p.name),
                            r ? ratingValue(r->rating) - 1 : -1, !m_controller->isReadOnly() && !absent});
        }
        if (cell.grid)
            cell.grid->answers()->setRows(std::move(rows));
        if (cell.answered)
            cell.answered->setText(tr("%1 of %2 have answered. Answers are hidden until you reveal them.")
                                       .arg(answered)
                                       .arg(expected));
        if (cell.bars)
            cell.bars->setCounts(counts, expected);
        cell.distribution->setVisible(!hidden);
        cell.distribution->setText(tr("%1 %2 · %3 %4 · %5 %6")
                                       .arg(levelName(0))
                                       .arg(counts[0])
                                       .arg(levelName(1))
                                       .arg(counts[1])
                                       .arg(levelName(2))
                                       .arg(counts[2]));
        cell.disagreement->setVisible(!hidden && counts[0] > 0 && counts[2] > 0);
        const ConsensusRating *c = s.findConsensus(cell.item, cell.stage);
        {
            const QSignalBlocker block(cell.consensus);
            cell.consensus->setCurrentIndex(c ? ratingValue(c->rating) : 0);
        }
        // A note belongs to a team answer: without one it could not be stored, so it cannot be typed.
        cell.why->setEnabled(!m_controller->isReadOnly() && c != nullptr);
        cell.why->setPlaceholderText(c ? tr("Why this answer?") : tr("Choose a team answer first"));
        if (!cell.why->hasFocus()) {
            cell.why->setText(c ? qs(c->note) : QString());
            cell.why->setCursorPosition(0); // a long note reads from its start
            cell.why->setToolTip(richTextOf(cell.why->text()));
        }
    }
}

} // namespace cxm::ui
