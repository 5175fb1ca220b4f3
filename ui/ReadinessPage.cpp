#include "ReadinessPage.h"

#include "AbsenceButton.h"
#include "AnswerNavigator.h"
#include "ChoiceRow.h"
#include "MaturityMapPainter.h"
#include "Progress.h"
#include "SessionController.h"
#include "UiText.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpacerItem>
#include <QVBoxLayout>

#include <algorithm>

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

// The answer columns of one row (or of the header): a strip of fixed-width cells shown through a
// window that shifts it sideways, so every row and the header scroll together under one scroll bar.
class ClippedStrip : public QWidget
{
public:
    explicit ClippedStrip(QWidget *parent)
        : QWidget(parent)
        , m_strip(new QWidget(this))
    {
        m_layout = new QHBoxLayout(m_strip);
        m_layout->setContentsMargins(0, 0, 0, 0);
        m_layout->setSpacing(0);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    }
    // Adds a cell holding w: one per participant, then the team column. A cell is the widget between
    // two spacers (no widget of its own: a session of 500 people has 5,500 of them).
    void addCell(QWidget *w, Qt::Alignment align)
    {
        Cell cell{w, new QSpacerItem(0, 0, QSizePolicy::Fixed, QSizePolicy::Minimum),
                  new QSpacerItem(0, 0, QSizePolicy::Fixed, QSizePolicy::Minimum), align};
        w->setParent(m_strip);
        m_layout->addItem(cell.before);
        m_layout->addWidget(w, 0, align & Qt::AlignVertical_Mask);
        m_layout->addItem(cell.after);
        m_cells.push_back(cell);
    }
    void setColumnWidths(int person, int team)
    {
        for (std::size_t i = 0; i < m_cells.size(); ++i) {
            const Cell &c = m_cells[i];
            const int width = i + 1 < m_cells.size() ? person : team;
            const int gap = std::max(0, width - c.widget->sizeHint().width());
            const int before = (c.align & Qt::AlignHCenter) ? gap / 2 : kCellPadding;
            c.before->changeSize(before, 0, QSizePolicy::Fixed, QSizePolicy::Minimum);
            c.after->changeSize(std::max(0, gap - before), 0, QSizePolicy::Fixed, QSizePolicy::Minimum);
        }
        m_layout->invalidate();
        m_strip->adjustSize();
        placeStrip();
    }
    int stripWidth() const { return m_strip->sizeHint().width(); }
    void setOffset(int offset)
    {
        m_offset = offset;
        placeStrip();
    }
    QSize sizeHint() const override { return m_strip->sizeHint(); }
    QSize minimumSizeHint() const override { return {0, m_strip->minimumSizeHint().height()}; }

protected:
    void resizeEvent(QResizeEvent *) override { placeStrip(); }

private:
    void placeStrip() { m_strip->setGeometry(-m_offset, 0, stripWidth(), height()); }

    struct Cell
    {
        QWidget *widget;
        QSpacerItem *before;
        QSpacerItem *after;
        Qt::Alignment align;
    };
    static constexpr int kCellPadding = 4;
    QWidget *m_strip;
    QHBoxLayout *m_layout;
    std::vector<Cell> m_cells;
    int m_offset = 0;
};

constexpr int kMinQuestionWidth = 240;
constexpr int kMaxQuestionWidth = 460;

} // namespace

ReadinessPage::ReadinessPage(SessionController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("readinessPage"));
    const Instrument &ins = controller->instrument();
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(qs(ins.readinessTitle), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setWordWrap(true);
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

    m_header = new QWidget(this);
    m_header->setObjectName(QStringLiteral("readinessHeader"));
    layout->addWidget(m_header);
    m_scroll = new QScrollArea(this);
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
    connect(m_sideways, &QScrollBar::valueChanged, this, [this](int value) {
        for (QWidget *strip : m_strips)
            static_cast<ClippedStrip *>(strip)->setOffset(value);
    });
    m_scroll->viewport()->installEventFilter(this);
    m_focusWatch = connect(qApp, &QApplication::focusChanged, this,
                           [this](QWidget *, QWidget *now) { scrollToShow(now); });
    // Built when first shown (MainWindow::setStep refreshes a page before showing it).
}

ReadinessPage::~ReadinessPage()
{
    // Focus moves while the children go; this page is no longer one by then.
    disconnect(m_focusWatch);
    m_scroll->viewport()->removeEventFilter(this);
}

void ReadinessPage::rebuild()
{
    m_questions.clear();
    m_questionCells.clear();
    m_strips.clear();
    m_names.clear();
    m_navigator->clear();
    delete m_header->layout();
    qDeleteAll(m_header->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    delete m_scroll->takeWidget();
    m_content = new QWidget;
    auto *rows = new QVBoxLayout(m_content);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(2);

    const Instrument &ins = m_controller->instrument();
    const Session &s = m_controller->session();
    const bool writable = !m_controller->isReadOnly();
    const bool workshop = m_controller->isWorkshop();
    const auto theme = report::Theme::fromPalette(palette());
    const QStringList labels{tr("Y"), tr("N")};
    const QStringList names{qs(ins.readinessYesLabel).isEmpty() ? tr("Yes") : qs(ins.readinessYesLabel),
                            qs(ins.readinessNoLabel).isEmpty() ? tr("No") : qs(ins.readinessNoLabel)};
    const int people = static_cast<int>(s.participants.size());

    // The narrowest a participant's column may be (its buttons) and the team column's width; the
    // participants' columns widen to show longer names when there is room (layOutColumns).
    ChoiceRow probe(labels, names, {QStringLiteral("yes"), QStringLiteral("no")}, QString(), QString());
    probe.setFont(font());
    m_minPersonWidth = probe.sizeHint().width() + 16;
    QComboBox teamProbe;
    teamProbe.setFont(font());
    teamProbe.addItems({tr("from answers"), tr("decided: Yes"), tr("decided: No")});
    m_teamWidth = std::max(teamProbe.sizeHint().width(), fontMetrics().averageCharWidth() * 10) + 12;
    m_nameLabels.clear();

    // The header: a corner over the questions, then the names.
    auto *headerRow = new QHBoxLayout(m_header);
    headerRow->setContentsMargins(0, 0, m_scroll->verticalScrollBar()->sizeHint().width(), 0);
    headerRow->setSpacing(6);
    auto *corner = new QWidget(m_header);
    m_questionCells.push_back(corner);
    headerRow->addWidget(corner);
    auto *nameStrip = new ClippedStrip(m_header);
    nameStrip->setObjectName(QStringLiteral("readinessNames"));
    QFont boldFont = font();
    boldFont.setBold(true);
    for (int p = 0; p < people; ++p) {
        const QString full = qs(s.participants[static_cast<std::size_t>(p)].name);
        auto *name = new QLabel;
        name->setObjectName(
            QStringLiteral("readinessName_%1").arg(qs(s.participants[static_cast<std::size_t>(p)].id)));
        name->setTextFormat(Qt::PlainText);
        name->setFont(boldFont);
        name->setToolTip(richTextOf(full));
        m_nameLabels.emplace_back(name, full);
        m_names.emplace_back(s.participants[static_cast<std::size_t>(p)].id, name);
        nameStrip->addCell(name, Qt::AlignBottom | Qt::AlignHCenter);
    }
    auto *teamHeading = new QLabel(workshop ? tr("Team") : tr("Answer"));
    teamHeading->setFont(boldFont);
    nameStrip->addCell(teamHeading, Qt::AlignBottom | Qt::AlignLeft);
    m_strips.push_back(nameStrip);
    headerRow->addWidget(nameStrip, 1);

    for (std::size_t q = 0; q < ins.readinessQuestions.size(); ++q) {
        const ReadinessQuestion &question = ins.readinessQuestions[q];
        QuestionWidgets w;
        w.question = question.id;
        auto *row = new QWidget(m_content);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 2, 0, 2);
        rowLayout->setSpacing(6);
        auto *cell = new QWidget(row);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        auto *text = new QLabel(tr("%1. %2").arg(q + 1).arg(qs(question.text)), cell);
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
        m_questionCells.push_back(cell);
        rowLayout->addWidget(cell, 0, Qt::AlignTop);

        auto *strip = new ClippedStrip(row);
        for (int p = 0; p < people; ++p) {
            const Participant &participant = s.participants[static_cast<std::size_t>(p)];
            auto *choice =
                new ChoiceRow(labels, names, {QStringLiteral("yes"), QStringLiteral("no")},
                              QStringLiteral("readiness_%1_%2").arg(qs(question.id), qs(participant.id)),
                              tr("%1, question %2").arg(qs(participant.name)).arg(q + 1));
            choice->setColors({theme.mature, theme.early});
            choice->setEnabled(writable);
            m_navigator->add(choice);
            connect(choice, &ChoiceRow::chosen, this, [this, pid = participant.id, qid = question.id](int v) {
                const ReadinessAnswer *a = m_controller->session().findReadiness(pid, qid);
                m_controller->setReadiness(
                    pid, qid, v < 0 ? std::nullopt : std::optional<Answer>(v == 0 ? Answer::Yes : Answer::No),
                    a ? a->note : std::string());
            });
            strip->addCell(choice, Qt::AlignTop | Qt::AlignHCenter);
            w.rows.emplace_back(participant.id, choice);
        }
        auto *team = new QWidget;
        auto *teamBox = new QVBoxLayout(team);
        teamBox->setContentsMargins(0, 0, 0, 0);
        w.team = new QLabel(team);
        w.team->setObjectName(QStringLiteral("teamAnswer_%1").arg(qs(question.id)));
        teamBox->addWidget(w.team);
        if (workshop) {
            w.decision = new QComboBox(team);
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
        strip->addCell(team, Qt::AlignTop | Qt::AlignLeft);
        m_strips.push_back(strip);
        rowLayout->addWidget(strip, 1, Qt::AlignTop);
        rows->addWidget(row);
        auto *line = new QFrame(m_content);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        rows->addWidget(line);
        m_questions.push_back(std::move(w));
    }
    rows->addStretch(1);
    m_scroll->setWidget(m_content);
    layOutColumns();
}

void ReadinessPage::layOutColumns()
{
    if (m_strips.empty())
        return;
    // The question column takes what the answers leave, within limits; the participants' columns share
    // the rest up to a width that shows most names whole, and scroll sideways when there are more
    // people than the page can show.
    const int available = m_scroll->viewport()->width() - 6;
    const int people = static_cast<int>(m_nameLabels.size());
    const int maxPersonWidth = std::max(m_minPersonWidth, fontMetrics().averageCharWidth() * 20);
    const int personWidth = people == 0 ? m_minPersonWidth
                                        : std::clamp((available - kMinQuestionWidth - m_teamWidth) / people,
                                                     m_minPersonWidth, maxPersonWidth);
    QFont boldFont = font();
    boldFont.setBold(true);
    for (auto &[label, full] : m_nameLabels)
        label->setText(QFontMetrics(boldFont).elidedText(full, Qt::ElideRight, personWidth - 10));
    for (QWidget *strip : m_strips)
        static_cast<ClippedStrip *>(strip)->setColumnWidths(personWidth, m_teamWidth);
    const int stripWidth = personWidth * people + m_teamWidth;
    const int questionWidth = std::clamp(available - stripWidth, kMinQuestionWidth, kMaxQuestionWidth);
    for (QWidget *cell : m_questionCells)
        cell->setFixedWidth(questionWidth);
    const int shown = std::max(0, available - questionWidth);
    m_sideways->setRange(0, std::max(0, stripWidth - shown));
    m_sideways->setPageStep(std::max(1, shown));
    m_sideways->setSingleStep(std::max(1, stripWidth / std::max<int>(1, static_cast<int>(m_strips.size()))));
    m_sideways->setVisible(stripWidth > shown);
    for (QWidget *strip : m_strips)
        static_cast<ClippedStrip *>(strip)->setOffset(m_sideways->value());
}

bool ReadinessPage::eventFilter(QObject *watched, QEvent *event)
{
    // The columns follow the rows' width, which changes after the page's (a scroll bar, a frame).
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        layOutColumns();
    return QWidget::eventFilter(watched, event);
}

void ReadinessPage::scrollToShow(QWidget *focused)
{
    // Tab into a participant's answer that is scrolled out of view brings it in.
    if (!focused || !m_content || !m_content->isAncestorOf(focused) || !m_sideways->isVisible())
        return;
    for (QWidget *strip : m_strips) {
        if (!strip->isAncestorOf(focused))
            continue;
        const int left = focused->mapTo(strip, QPoint(0, 0)).x();
        const int right = left + focused->width();
        if (left < 0)
            m_sideways->setValue(m_sideways->value() + left - 8);
        else if (right > strip->width())
            m_sideways->setValue(m_sideways->value() + right - strip->width() + 8);
        return;
    }
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
        const bool gap = answer == "no" || answer == "split";
        w.tip->setVisible(gap);
        if (!gap && w.tipText->isVisible()) {
            w.tipText->hide();
            w.tip->setText(tr("<a href=\"#tip\">Tip ▸</a>"));
        }
    }
    m_mandate->setText(mandateText(rs.mandate, rs.gaps()));
}

void ReadinessPage::focusFirstUnanswered()
{
    m_navigator->focusFirstUnanswered();
}

} // namespace cxm::ui
