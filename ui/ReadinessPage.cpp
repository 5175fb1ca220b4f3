#include "ReadinessPage.h"

#include "AbsenceButton.h"
#include "AnswerNavigator.h"
#include "ChoiceRow.h"
#include "MaturityMapPainter.h"
#include "Progress.h"
#include "SessionController.h"
#include "UiText.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cxm::ui {

QString mandateText(const std::optional<std::string> &mandate, int gaps)
{
    // More No or split answers mean a stronger case for exploring the Chief Customer Officer role.
    if (!mandate)
        return ReadinessPage::tr("The mandate is shown once every question has an answer.");
    if (*mandate == "strong")
        return ReadinessPage::tr(
            "Strong mandate to explore a Chief Customer Officer role: %n of 11 questions "
            "are answered No or split, so nobody owns this work today.",
            nullptr, gaps);
    if (*mandate == "moderate")
        return ReadinessPage::tr(
            "Moderate mandate to explore a Chief Customer Officer role: %n of 11 questions "
            "are answered No or split.",
            nullptr, gaps);
    return ReadinessPage::tr(
        "Low mandate for a Chief Customer Officer role: only %n of 11 questions are answered "
        "No or split; the organisation already covers most of this work.",
        nullptr, gaps);
}

ReadinessPage::ReadinessPage(SessionController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("readinessPage"));
    const Instrument &ins = controller->instrument();
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(qs(ins.readinessTitle), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    auto *intro = new QLabel(qs(ins.readinessIntroduction), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    auto *bar = new QHBoxLayout;
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("stepProgress"));
    m_absence = new AbsenceButton(controller, kReadinessStep, this);
    m_navigator = new AnswerNavigator(this);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_absence);
    layout->addLayout(bar);
    m_mandate = new QLabel(this);
    m_mandate->setObjectName(QStringLiteral("mandate"));
    m_mandate->setWordWrap(true);
    QFont bold = m_mandate->font();
    bold.setBold(true);
    m_mandate->setFont(bold);
    layout->addWidget(m_mandate);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);
    // Built when first shown (MainWindow::setStep refreshes a page before showing it).
}

void ReadinessPage::rebuild()
{
    m_questions.clear();
    m_names.clear();
    m_navigator->clear();
    delete m_content->layout();
    qDeleteAll(m_content->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_grid = new QGridLayout(m_content);
    m_grid->setHorizontalSpacing(10);
    m_grid->setContentsMargins(0, 0, 8, 0);
    const Instrument &ins = m_controller->instrument();
    const Session &s = m_controller->session();
    const bool writable = !m_controller->isReadOnly();
    const bool workshop = m_controller->isWorkshop();
    const auto theme = report::Theme::fromPalette(palette());
    const QStringList labels{tr("Y"), tr("N")};
    const QStringList names{qs(ins.readinessYesLabel).isEmpty() ? tr("Yes") : qs(ins.readinessYesLabel),
                            qs(ins.readinessNoLabel).isEmpty() ? tr("No") : qs(ins.readinessNoLabel)};

    const int people = static_cast<int>(s.participants.size());
    for (int p = 0; p < people; ++p) {
        const QString full = qs(s.participants[static_cast<std::size_t>(p)].name);
        auto *name = new QLabel(m_content);
        name->setTextFormat(Qt::PlainText);
        QFont f = name->font();
        f.setBold(true);
        name->setFont(f);
        // Names stay on one line (elided when long) so the header never clips.
        name->setText(QFontMetrics(f).elidedText(full, Qt::ElideRight, 120));
        name->setToolTip(richTextOf(full));
        name->setObjectName(
            QStringLiteral("readinessName_%1").arg(qs(s.participants[static_cast<std::size_t>(p)].id)));
        m_names.emplace_back(s.participants[static_cast<std::size_t>(p)].id, name);
        m_grid->addWidget(name, 0, 1 + p, Qt::AlignBottom | Qt::AlignHCenter);
    }
    auto *teamHeading = new QLabel(workshop ? tr("Team") : tr("Answer"), m_content);
    QFont f = teamHeading->font();
    f.setBold(true);
    teamHeading->setFont(f);
    m_grid->addWidget(teamHeading, 0, 1 + people, Qt::AlignBottom);

    int row = 1;
    for (std::size_t q = 0; q < ins.readinessQuestions.size(); ++q) {
        const ReadinessQuestion &question = ins.readinessQuestions[q];
        QuestionWidgets w;
        w.question = question.id;
        auto *text = new QLabel(tr("%1. %2").arg(q + 1).arg(qs(question.text)), m_content);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setMinimumWidth(260);
        m_grid->addWidget(text, row, 0);
        for (int p = 0; p < people; ++p) {
            const Participant &participant = s.participants[static_cast<std::size_t>(p)];
            auto *choice =
                new ChoiceRow(labels, names, {QStringLiteral("yes"), QStringLiteral("no")},
                              QStringLiteral("readiness_%1_%2").arg(qs(question.id), qs(participant.id)),
                              tr("%1, question %2").arg(qs(participant.name)).arg(q + 1), m_content);
            choice->setColors({theme.mature, theme.early});
            choice->setEnabled(writable);
            m_navigator->add(choice);
            connect(choice, &ChoiceRow::chosen, this, [this, pid = participant.id, qid = question.id](int v) {
                const ReadinessAnswer *a = m_controller->session().findReadiness(pid, qid);
                m_controller->setReadiness(
                    pid, qid, v < 0 ? std::nullopt : std::optional<Answer>(v == 0 ? Answer::Yes : Answer::No),
                    a ? a->note : std::string());
            });
            m_grid->addWidget(choice, row, 1 + p, Qt::AlignHCenter);
            w.rows.emplace_back(participant.id, choice);
        }
        auto *teamBox = new QVBoxLayout;
        w.team = new QLabel(m_content);
        w.team->setObjectName(QStringLiteral("teamAnswer_%1").arg(qs(question.id)));
        teamBox->addWidget(w.team);
        if (workshop) {
            w.decision = new QComboBox(m_content);
            w.decision->setObjectName(QStringLiteral("readinessConsensus_%1").arg(qs(question.id)));
            w.decision->setAccessibleName(tr("Team decision for question %1").arg(q + 1));
            w.decision->addItems({tr("from answers"), tr("decided: Yes"), tr("decided: No")});
            w.decision->setEnabled(writable);
            AnswerNavigator::refuseTypeAhead(w.decision);
            connect(w.decision, &QComboBox::activated, this, [this, qid = question.id](int index) {
                m_controller->setReadinessConsensus(
                    qid,
                    index == 0 ? std::nullopt : std::optional<Answer>(index == 1 ? Answer::Yes : Answer::No),
                    {});
            });
            teamBox->addWidget(w.decision);
        }
        m_grid->addLayout(teamBox, row, 1 + people);
        ++row;
        w.tip = new QLabel(tr("Tip: %1").arg(qs(question.tip)), m_content);
        w.tip->setObjectName(QStringLiteral("tip_%1").arg(qs(question.id)));
        w.tip->setWordWrap(true);
        w.tip->setTextFormat(Qt::PlainText);
        w.tip->setStyleSheet(
            QStringLiteral("background: %1; color: %2; border: 1px solid %3; border-radius: 4px; "
                           "padding: 6px;")
                .arg(palette().color(QPalette::AlternateBase).name(), palette().color(QPalette::Text).name(),
                     theme.grid.name()));
        m_grid->addWidget(w.tip, row, 0, 1, people + 2);
        ++row;
        auto *line = new QFrame(m_content);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        m_grid->addWidget(line, row, 0, 1, people + 2);
        ++row;
        m_questions.push_back(std::move(w));
    }
    m_grid->setColumnStretch(0, 1);
    m_grid->setRowStretch(row, 1);
}

void ReadinessPage::refresh()
{
    QString key = m_controller->isReadOnly() ? QStringLiteral("r") : QStringLiteral("e");
    for (const auto &p : m_controller->session().participants)
        key += QLatin1Char('|') + qs(p.id) + QLatin1Char('=') + qs(p.name);
    if (key != m_structure || !m_grid) {
        m_structure = key;
        rebuild();
    }
    const Session &s = m_controller->session();
    const ReadinessScore &rs = m_controller->score().readiness;
    const bool workshop = m_controller->isWorkshop();
    const StepProgress progress = stepProgress(s, m_controller->instrument(), kReadinessStep);
    m_progress->setVisible(workshop);
    m_progress->setText(progress.complete() ? tr("Everyone has answered") : progressText(progress));
    m_absence->setVisible(workshop && s.participants.size() > 1);
    m_absence->refresh();
    for (auto &[pid, name] : m_names) {
        const bool absent = s.isAbsent(pid, kReadinessStep);
        name->setEnabled(!absent);
        name->setToolTip(richTextOf(absent ? tr("%1 (absent)").arg(qs(s.findParticipant(pid)->name))
                                           : qs(s.findParticipant(pid)->name)));
    }
    for (QuestionWidgets &w : m_questions) {
        for (auto &[pid, choice] : w.rows) {
            const ReadinessAnswer *a = s.findReadiness(pid, w.question);
            choice->setValue(a ? (a->answer == Answer::Yes ? 0 : 1) : -1);
            choice->setEnabled(!m_controller->isReadOnly() && !(workshop && s.isAbsent(pid, kReadinessStep)));
        }
        const std::string &answer = rs.answerFor(w.question);
        QString text;
        if (answer == "yes")
            text = tr("Yes");
        else if (answer == "no")
            text = tr("No");
        else if (answer == "split")
            text = tr("Split");
        else
            text = tr("—");
        w.team->setText(text);
        if (w.decision) {
            const ReadinessConsensus *c = s.findReadinessConsensus(w.question);
            const QSignalBlocker block(w.decision);
            w.decision->setCurrentIndex(c ? (c->answer == Answer::Yes ? 1 : 2) : 0);
        }
        w.tip->setVisible(answer == "no" || answer == "split");
    }
    m_mandate->setText(mandateText(rs.mandate, rs.gaps()));
}

void ReadinessPage::focusFirstUnanswered()
{
    m_navigator->focusFirstUnanswered();
}

} // namespace cxm::ui
