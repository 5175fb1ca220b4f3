#include "VotingSheet.h"

#include "ChoiceRow.h"
#include "Instrument.h"
#include "MaturityMapPainter.h"
#include "SessionController.h"
#include "UiText.h"
#include "WorkbookText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace cxm::ui {

namespace {

QLabel *plainLabel(QWidget *parent, const QString &text, double scale = 1.0, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setText(text);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    label->setFont(f);
    return label;
}

bool perStageScale(const Worksheet &w)
{
    return w.kind == WorksheetKind::Scale && w.scope == WorksheetScope::Stage;
}

} // namespace

std::vector<VotingQuestion> votingQuestions(const Instrument &instrument, const Session &session,
                                            const std::string &participant)
{
    std::vector<VotingQuestion> out;
    for (const Competency &c : instrument.competencies()) {
        // A step the facilitator marked this person absent for is not theirs to answer.
        if (session.isAbsent(participant, c.id))
            continue;
        int n = 0;
        for (const Item &item : c.items)
            out.push_back({c.id,
                           item.id,
                           {},
                           VotingSheet::tr("%1.%2 %3").arg(c.number).arg(++n).arg(qs(item.title)),
                           0});
    }
    for (const Worksheet &w : instrument.worksheets) {
        if (!perStageScale(w) || session.isAbsent(participant, w.id))
            continue;
        for (std::size_t st = 0; st < session.stages.size(); ++st)
            for (const Item &item : w.items)
                out.push_back(
                    {w.id, item.id, session.stages[st].id, qs(item.title), static_cast<int>(st + 1)});
    }
    return out;
}

VotingSheet::VotingSheet(SessionController *controller, const Participant &voter, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("votingSheet"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const Instrument &ins = controller->instrument();
    const Session &session = controller->stored(); // the voter's own answers
    const auto theme = report::Theme::fromPalette(palette());
    const std::vector<QColor> colors{theme.early, theme.advanced, theme.mature};
    const QStringList competencyNames{tr("Early"), tr("Advanced"), tr("Mature")};
    const QStringList competencyKeys{QStringLiteral("early"), QStringLiteral("advanced"),
                                     QStringLiteral("mature")};

    std::string worksheet;
    std::string stage;
    QStringList names; // of the worksheet's levels, which are also the keys that pick them
    QStringList keys;
    QVBoxLayout *stageBox = nullptr;
    for (const VotingQuestion &q : votingQuestions(ins, session, voter.id)) {
        const Worksheet *w = ins.findWorksheet(q.worksheet);
        const Item *item = w ? w->findItem(q.item) : nullptr;
        if (!item)
            continue;
        if (q.worksheet != worksheet) {
            worksheet = q.worksheet;
            stage.clear();
            names = competencyNames;
            keys = competencyKeys;
            if (q.stage > 0) {
                names.clear();
                keys.clear();
                for (const Level &level : ins.levelsOf(*w)) {
                    names << qs(level.label);
                    keys << qs(level.id);
                }
            }
            auto *heading = plainLabel(
                this, q.stage > 0 ? qs(w->title) : tr("%1. %2").arg(w->number).arg(qs(w->title)), 1.2, true);
            heading->setObjectName(QStringLiteral("voteHeading_%1").arg(qs(w->id)));
            layout->addWidget(heading);
            // Per stage the items' questions would repeat for every stage: they are asked once here.
            if (q.stage > 0)
                for (const Item &asked : w->items) {
                    auto *title = plainLabel(this, qs(asked.title), 1.0, true);
                    showTitleSource(title, asked.titleSource);
                    layout->addWidget(title);
                    layout->addWidget(plainLabel(this, qs(asked.question)));
                }
        }

        ChoiceRow *choice = nullptr;
        if (q.stage == 0) {
            auto *frame = new QFrame(this);
            frame->setFrameShape(QFrame::StyledPanel);
            auto *row = new QHBoxLayout(frame);
            auto *texts = new QVBoxLayout;
            auto *title = plainLabel(frame, qs(item->title), 1.0, true);
            showTitleSource(title, item->titleSource);
            texts->addWidget(title);
            texts->addWidget(plainLabel(frame, qs(item->question)));
            row->addLayout(texts, 1);
            choice = new ChoiceRow(names, names, keys, QStringLiteral("vote_%1").arg(qs(item->id)),
                                   qs(item->title), frame);
            row->addWidget(choice);
            layout->addWidget(frame);
        } else {
            // A stage's items in one frame under its number and name.
            const Stage *st = session.findStage(q.scope);
            const QString stageTitle = tr("Stage %1: %2").arg(q.stage).arg(st ? qs(st->name) : QString());
            if (q.scope != stage || !stageBox) {
                stage = q.scope;
                auto *frame = new QFrame(this);
                frame->setObjectName(QStringLiteral("voteStage_%1").arg(qs(q.scope)));
                frame->setFrameShape(QFrame::StyledPanel);
                stageBox = new QVBoxLayout(frame);
                stageBox->addWidget(plainLabel(frame, stageTitle, 1.0, true));
                layout->addWidget(frame);
            }
            QWidget *frame = stageBox->parentWidget();
            auto *row = new QHBoxLayout;
            row->addWidget(plainLabel(frame, qs(item->title)), 1);
            choice =
                new ChoiceRow(names, names, keys, QStringLiteral("vote_%1@%2").arg(qs(item->id), qs(q.scope)),
                              tr("%1, %2").arg(qs(item->title), stageTitle), frame);
            row->addWidget(choice);
            stageBox->addLayout(row);
        }
        choice->setColors(colors);
        const RatingEntry *r = session.findRating(voter.id, item->id, q.scope);
        choice->setValue(r ? ratingValue(r->rating) - 1 : -1);
        connect(choice, &ChoiceRow::chosen, this,
                [this, pid = voter.id, itemId = item->id, scope = q.scope, choice](int v) {
                    const RatingEntry *e = m_controller->stored().findRating(pid, itemId, scope);
                    if (!m_controller->setRating(pid, itemId,
                                                 v < 0 ? std::nullopt
                                                       : std::optional<Rating>(static_cast<Rating>(v + 1)),
                                                 e ? e->note : std::string(), scope)) {
                        const RatingEntry *stored = m_controller->stored().findRating(pid, itemId, scope);
                        choice->setValue(stored ? ratingValue(stored->rating) - 1 : -1);
                    }
                    emit answerChanged();
                });
        m_rows.emplace_back(q, choice);
    }
    layout->addStretch();
}

int VotingSheet::answered() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(),
                                          [](const auto &row) { return row.second->value() >= 0; }));
}

QStringList VotingSheet::unanswered() const
{
    // A per-stage item is named once, with the stages it still misses.
    std::vector<std::pair<QString, QStringList>> missing;
    for (const auto &[q, choice] : m_rows) {
        if (choice->value() >= 0)
            continue;
        if (q.stage == 0) {
            missing.push_back({q.name, {}});
            continue;
        }
        const auto same = std::find_if(missing.begin(), missing.end(), [&](const auto &m) {
            return m.first == q.name && !m.second.isEmpty();
        });
        if (same == missing.end())
            missing.push_back({q.name, {QString::number(q.stage)}});
        else
            same->second << QString::number(q.stage);
    }
    QStringList out;
    for (const auto &[name, stages] : missing)
        out << (stages.isEmpty()     ? name
                : stages.size() == 1 ? tr("%1 (stage %2)").arg(name, stages.front())
                                     : tr("%1 (stages %2)").arg(name, stages.join(QStringLiteral(", "))));
    return out;
}

ChoiceRow *VotingSheet::firstRow() const
{
    return m_rows.empty() ? nullptr : m_rows.front().second;
}

ChoiceRow *VotingSheet::firstUnanswered() const
{
    const auto row =
        std::find_if(m_rows.begin(), m_rows.end(), [](const auto &r) { return r.second->value() < 0; });
    return row == m_rows.end() ? nullptr : row->second;
}

} // namespace cxm::ui
