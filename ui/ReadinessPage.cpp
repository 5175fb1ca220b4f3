#include "ReadinessPage.h"

#include "AbsenceButton.h"
#include "AnswerNavigator.h"
#include "ReadinessGrid.h"
#include "MaturityMapPainter.h"
#include "Progress.h"
#include "SessionController.h"
#include "TeamAnswerBox.h"
#include "UiText.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <unordered_map>

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

namespace {

constexpr int kMinQuestionWidth = 240;
constexpr int kMaxQuestionWidth = 460;

} // namespace

bool ReadinessPage::isReadiness() const
{
    return m_worksheet == &m_controller->instrument().readiness();
}

ReadinessPage::ReadinessPage(SessionController *controller, const std::string &worksheetId, QWidget *parent)
    : StepPage(parent)
    , m_controller(controller)
    , m_worksheet(controller->instrument().findWorksheet(worksheetId))
{
    Q_ASSERT(m_worksheet && m_worksheet->kind == WorksheetKind::Checklist);
    // The readiness checklist keeps its name; another checklist (a consultant's) is named by its id.
    setObjectName(isReadiness() ? QStringLiteral("readinessPage")
                                : QStringLiteral("checklistPage_") + qs(m_worksheet->id));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(qs(m_worksheet->title), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setWordWrap(true);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    auto *intro = new QLabel(qs(m_worksheet->introduction), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    auto *bar = new QHBoxLayout;
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("stepProgress"));
    m_absence = new AbsenceButton(controller, m_worksheet->id, this);
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

    // The header: a corner over the questions, the names over the answers, a heading over the team's.
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("readinessHeader"));
    auto *headerRow = new QHBoxLayout(header);
    m_scroll = new QScrollArea(this);
    headerRow->setContentsMargins(0, 0, m_scroll->verticalScrollBar()->sizeHint().width(), 0);
    headerRow->setSpacing(6);
    m_corner = new QWidget(header);
    headerRow->addWidget(m_corner);
    m_names = new ReadinessNameHeader(header);
    m_names->setObjectName(QStringLiteral("readinessNames"));
    headerRow->addWidget(m_names, 1);
    m_teamHeading = new QLabel(header);
    m_teamHeading->setFont(m_names->font());
    m_teamHeading->setContentsMargins(0, 0, 0, 3); // on the names' line
    headerRow->addWidget(m_teamHeading, 0, Qt::AlignBottom);
    layout->addWidget(header);

    m_scroll->setObjectName(QStringLiteral("readinessRows"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there, so the header above keeps the same width as the rows below.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    layout->addWidget(m_scroll, 1);
    m_sideways = new QScrollBar(Qt::Horizontal, this);
    m_sideways->setObjectName(QStringLiteral("readinessSideways"));
    m_sideways->setAccessibleName(tr("Scroll the participants sideways"));
    layout->addWidget(m_sideways);
    // One offset for the names and every question's answers.
    connect(m_sideways, &QScrollBar::valueChanged, this, [this](int value) {
        m_names->setOffset(value);
        for (const QuestionWidgets &w : m_questions)
            w.answers->horizontalScrollBar()->setValue(value);
    });
    m_scroll->viewport()->installEventFilter(this);
    // Built when first shown (MainWindow::setStep refreshes a page before showing it).
}

ReadinessPage::~ReadinessPage()
{
    m_scroll->viewport()->removeEventFilter(this);
}

QWidget *ReadinessPage::buildQuestionCell(std::size_t q, QuestionWidgets &w, QWidget *parent)
{
    const ReadinessQuestion &question = m_worksheet->items[q];
    auto *cell = new QWidget(parent);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    auto *text = new QLabel(tr("%1. %2").arg(q + 1).arg(qs(question.question)), cell);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    cellLayout->addWidget(text);
    // The link keeps its room when hidden, so the row does not move when the team answer changes.
    w.tip = new QLabel(tr("<a href=\"#tip\">Tip ▸</a>"), cell);
    w.tip->setObjectName(QStringLiteral("tip_%1").arg(qs(question.id)));
    w.tip->setTextFormat(Qt::RichText);
    w.tip->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    w.tip->setToolTip(tr("Show the workbook's tip for this question"));
    QSizePolicy keep = w.tip->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    w.tip->setSizePolicy(keep);
    cellLayout->addWidget(w.tip);
    w.tipText = new QLabel(tr("The workbook's tip: %1").arg(qs(question.tip)), cell);
    w.tipText->setObjectName(QStringLiteral("tipText_%1").arg(qs(question.id)));
    w.tipText->setWordWrap(true);
    w.tipText->setTextFormat(Qt::PlainText);
    // A framed box on the alternate background, without a style sheet (which would drop the
    // full-screen type size).
    w.tipText->setFrameShape(QFrame::StyledPanel);
    w.tipText->setMargin(6);
    w.tipText->setAutoFillBackground(true);
    w.tipText->setBackgroundRole(QPalette::AlternateBase);
    w.tipText->hide();
    cellLayout->addWidget(w.tipText);
    cellLayout->addStretch();
    connect(w.tip, &QLabel::linkActivated, this, [tip = w.tip, tipText = w.tipText] {
        tipText->setVisible(!tipText->isVisible());
        tip->setText(tipText->isVisible() ? tr("<a href=\"#tip\">Tip ▾</a>")
                                          : tr("<a href=\"#tip\">Tip ▸</a>"));
    });
    return cell;
}

QWidget *ReadinessPage::buildTeamCell(std::size_t q, QuestionWidgets &w, QWidget *parent)
{
    const ReadinessQuestion &question = m_worksheet->items[q];
    auto *team = new QWidget(parent);
    auto *teamBox = new QVBoxLayout(team);
    teamBox->setContentsMargins(0, 0, 0, 0);
    w.team = new QLabel(team);
    w.team->setObjectName(QStringLiteral("teamAnswer_%1").arg(qs(question.id)));
    teamBox->addWidget(w.team);
    if (m_controller->isWorkshop()) {
        w.decision = new TeamAnswerBox(team);
        w.decision->setObjectName(QStringLiteral("readinessConsensus_%1").arg(qs(question.id)));
        w.decision->setAccessibleName(tr("Team decision for question %1").arg(q + 1));
        w.decision->addItems({tr("from answers"), tr("decided: Yes"), tr("decided: No")});
        w.decision->setEnabled(!m_controller->isReadOnly());
        connect(w.decision, &QComboBox::activated, this, [this, qid = question.id](int index) {
            // A changed decision keeps the note recorded with it (an imported session may have one).
            const ChecklistConsensus *before = m_controller->session().findChecklistConsensus(qid);
            m_controller->setChecklistConsensus(
                qid, index == 0 ? std::nullopt : std::optional<Answer>(index == 1 ? Answer::Yes : Answer::No),
                index == 0 || !before ? std::string() : before->note);
        });
        teamBox->addWidget(w.decision);
    }
    teamBox->addStretch();
    return team;
}

void ReadinessPage::rebuild()
{
    m_questions.clear();
    m_questionCells.clear();
    m_teamCells.clear();
    m_navigator->clear();
    retire(m_scroll->takeWidget());
    m_content = new QWidget;
    auto *rows = new QVBoxLayout(m_content);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(2);

    const Session &s = m_controller->session();
    const auto theme = report::Theme::fromPalette(palette());
    const QStringList labels{tr("Y"), tr("N")};
    const QStringList names{qs(m_worksheet->yesLabel).isEmpty() ? tr("Yes") : qs(m_worksheet->yesLabel),
                            qs(m_worksheet->noLabel).isEmpty() ? tr("No") : qs(m_worksheet->noLabel)};
    std::vector<std::string> questions;
    for (const ReadinessQuestion &q : m_worksheet->items)
        questions.push_back(q.id);
    std::vector<ReadinessGridModel::Participant> people;
    for (const Participant &p : s.participants)
        people.push_back({p.id, qs(p.name)});
    auto *model = new ReadinessGridModel(labels, names, {theme.mature, theme.early}, std::move(questions),
                                         std::move(people), this);
    m_names->setModel(model);
    delete m_model;
    m_model = model;

    // The narrowest a participant's column may be (two toggles) and the team column's width; the
    // participants' columns widen to show longer names when there is room (layOutColumns).
    const int toggle = std::max(34, fontMetrics().horizontalAdvance(QStringLiteral("MM")) + 16);
    m_minPersonWidth = 2 * toggle + 3 + 16;
    QComboBox teamProbe;
    teamProbe.setFont(font());
    teamProbe.addItems({tr("from answers"), tr("decided: Yes"), tr("decided: No")});
    m_teamWidth = std::max(teamProbe.sizeHint().width(), fontMetrics().averageCharWidth() * 10) + 12;
    m_teamHeading->setText(m_controller->isWorkshop() ? tr("Team") : tr("Answer"));
    m_questionCells.push_back(m_corner);
    m_teamCells.push_back(m_teamHeading);

    for (std::size_t q = 0; q < m_worksheet->items.size(); ++q) {
        QuestionWidgets w;
        w.question = m_worksheet->items[q].id;
        auto *row = new QWidget(m_content);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 2, 0, 2);
        rowLayout->setSpacing(6);
        QWidget *cell = buildQuestionCell(q, w, row);
        m_questionCells.push_back(cell);
        rowLayout->addWidget(cell, 0, Qt::AlignTop);

        w.answers =
            new ReadinessGridView(model, static_cast<int>(q), tr("Answers to question %1").arg(q + 1), row);
        w.answers->setObjectName(QStringLiteral("readiness_%1").arg(qs(w.question)));
        m_navigator->add(w.answers);
        connect(w.answers, &ChoiceTableView::chosen, this,
                [this, qid = w.question](const std::string &pid, int v) {
                    const ChecklistAnswer *a = m_controller->session().findChecklist(pid, qid);
                    m_controller->setChecklist(
                        pid, qid,
                        v < 0 ? std::nullopt : std::optional<Answer>(v == 0 ? Answer::Yes : Answer::No),
                        a ? a->note : std::string());
                });
        // Keys moving to a participant out of view scroll every row and the names with it.
        connect(w.answers->horizontalScrollBar(), &QScrollBar::valueChanged, m_sideways,
                &QScrollBar::setValue);
        rowLayout->addWidget(w.answers, 1, Qt::AlignTop);

        QWidget *team = buildTeamCell(q, w, row);
        m_teamCells.push_back(team);
        rowLayout->addWidget(team, 0, Qt::AlignTop);
        rows->addWidget(row);
        auto *line = new QFrame(m_content);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        rows->addWidget(line);
        m_questions.push_back(std::move(w));
    }
    if (!m_questions.empty()) {
        // The answers' own scroll range (their width less the columns') is the sideways bar's.
        QScrollBar *first = m_questions.front().answers->horizontalScrollBar();
        connect(first, &QScrollBar::rangeChanged, this, [this, first](int, int max) {
            m_sideways->setRange(0, max);
            m_sideways->setPageStep(first->pageStep());
            m_sideways->setSingleStep(first->singleStep());
            m_sideways->setVisible(max > 0);
        });
    }
    rows->addStretch(1);
    m_scroll->setWidget(m_content);
    layOutColumns();
}

void ReadinessPage::layOutColumns()
{
    if (!m_model)
        return;
    // The question column takes what the answers leave, within limits; the participants' columns share
    // the rest up to a width that shows most names whole, and scroll sideways when there are more
    // people than the page can show.
    const int available = m_scroll->viewport()->width() - m_teamWidth - 12;
    const int people = m_model->columnCount();
    const int maxPersonWidth = std::max(m_minPersonWidth, fontMetrics().averageCharWidth() * 20);
    const int personWidth =
        people == 0 ? m_minPersonWidth
                    : std::clamp((available - kMinQuestionWidth) / people, m_minPersonWidth, maxPersonWidth);
    m_names->setDefaultSectionSize(personWidth);
    for (const QuestionWidgets &w : m_questions)
        w.answers->horizontalHeader()->setDefaultSectionSize(personWidth);
    const int questionWidth =
        std::clamp(available - personWidth * people, kMinQuestionWidth, kMaxQuestionWidth);
    for (QWidget *cell : m_questionCells)
        cell->setFixedWidth(questionWidth);
    for (QWidget *cell : m_teamCells)
        cell->setFixedWidth(m_teamWidth);
}

bool ReadinessPage::eventFilter(QObject *watched, QEvent *event)
{
    // The columns follow the rows' width, which changes after the page's (a scroll bar, a frame).
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        layOutColumns();
    return QWidget::eventFilter(watched, event);
}

void ReadinessPage::refresh()
{
    QString key = m_controller->isReadOnly() ? QStringLiteral("r") : QStringLiteral("e");
    for (const auto &p : m_controller->session().participants)
        key += QLatin1Char('|') + qs(p.id) + QLatin1Char('=') + qs(p.name);
    if (key != m_structure || !m_content) {
        m_structure = key;
        rebuild();
    }
    const Session &s = m_controller->session();
    const Instrument &ins = m_controller->instrument();
    // The readiness checklist's score carries the mandate (scoring.md §3); any checklist its answers.
    const ReadinessScore &rs =
        isReadiness() ? m_controller->score().readiness : m_controller->score().checklistOf(m_worksheet->id);
    const bool workshop = m_controller->isWorkshop();
    const StepProgress progress = stepProgress(s, ins, m_worksheet->id);
    m_progress->setVisible(workshop);
    m_progress->setText(progress.complete() ? tr("Everyone has answered") : progressText(progress));
    m_absence->setVisible(workshop && s.participants.size() > 1);
    m_absence->refresh();

    // Every answer in one pass over the session (a lookup per cell is slow with hundreds of people).
    std::unordered_map<std::string, std::size_t> column;
    for (std::size_t p = 0; p < s.participants.size(); ++p)
        column.emplace(s.participants[p].id, p);
    std::unordered_map<std::string, std::size_t> row;
    for (std::size_t q = 0; q < m_worksheet->items.size(); ++q)
        row.emplace(m_worksheet->items[q].id, q);
    std::vector<std::vector<int>> values(m_worksheet->items.size(),
                                         std::vector<int>(s.participants.size(), -1));
    for (const ChecklistAnswer &a : s.checklist) {
        const auto c = column.find(a.participant);
        const auto r = row.find(a.question);
        if (c != column.end() && r != row.end())
            values[r->second][c->second] = a.answer == Answer::Yes ? 0 : 1;
    }
    std::vector<bool> absent;
    for (const Participant &p : s.participants)
        absent.push_back(workshop && s.isAbsent(p.id, m_worksheet->id));
    m_model->setAnswers(values, absent, !m_controller->isReadOnly());

    for (QuestionWidgets &w : m_questions) {
        const TeamAnswer answer = rs.answerFor(w.question);
        QString text;
        switch (answer) {
        case TeamAnswer::Yes:
            text = tr("Yes");
            break;
        case TeamAnswer::No:
            text = tr("No");
            break;
        case TeamAnswer::Split:
            text = tr("Split");
            break;
        case TeamAnswer::Unanswered:
            text = tr("—");
            break;
        }
        w.team->setText(text);
        if (w.decision) {
            const ChecklistConsensus *c = s.findChecklistConsensus(w.question);
            const QSignalBlocker block(w.decision);
            w.decision->setCurrentIndex(c ? (c->answer == Answer::Yes ? 1 : 2) : 0);
        }
        const bool gap = ReadinessScore::isGap(answer);
        w.tip->setVisible(gap);
        if (!gap && w.tipText->isVisible()) {
            w.tipText->hide();
            w.tip->setText(tr("<a href=\"#tip\">Tip ▸</a>"));
        }
    }
    // The mandate belongs to the readiness checklist; another checklist counts its gaps.
    m_mandate->setText(
        isReadiness()
            ? mandateText(rs.mandate, rs.gaps())
            : tr("%1 of %2 questions answered No or split.").arg(rs.gaps()).arg(m_worksheet->items.size()));
}

void ReadinessPage::focusFirstUnanswered()
{
    m_navigator->focusFirstUnanswered();
}

} // namespace cxm::ui
