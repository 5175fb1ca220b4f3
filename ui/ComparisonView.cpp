#include "ComparisonView.h"

#include "BackgroundTask.h"
#include "Error.h"
#include "ExportActions.h"
#include "Prompt.h"
#include "ReportWriter.h"
#include "TrendChartPainter.h"
#include "TrendReport.h"
#include "UiText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace cxm::ui {

namespace {

// Blue for up, orange for down: apart for colour-blind readers; the arrow and the word carry the
// meaning on their own.
QColor colourOf(Direction d)
{
    switch (d) {
    case Direction::Up:
        return QColor(0x1f, 0x5f, 0xa8);
    case Direction::Down:
        return QColor(0xb3, 0x4a, 0x00);
    case Direction::Same:
    case Direction::Unknown:
        break;
    }
    return QColor(0x5a, 0x5a, 0x5a);
}

QString dateOf(const ComparedSession &s)
{
    return s.session.info.date.empty() ? ComparisonView::tr("(no date)")
                                       : report::formatDate(s.session.info.date);
}

QString fileName(const std::string &path)
{
    return QFileInfo(qs(path)).fileName();
}

QLabel *wrapped(const QString &text, const QString &objectName = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QLabel *heading(const QString &text)
{
    QLabel *label = wrapped(text);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

// The trend chart of the report (TrendChartPainter), in the window's palette.
class TrendChart : public QWidget
{
public:
    TrendChart(const Comparison &comparison, const Instrument &instrument)
        : m_comparison(comparison)
        , m_instrument(instrument)
    {
        setObjectName(QStringLiteral("comparisonChart"));
        setMinimumHeight(260);
        setAccessibleName(
            ComparisonView::tr("Maturity over time: each competency and the overall index per session"));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        report::Theme theme = report::Theme::fromPalette(palette());
        theme.font = font();
        theme.fontScale = 1.2; // the chart's type is sized for paper; on screen it reads at the window's size
        report::paintTrendChart(p, QRectF(rect()).adjusted(4, 4, -4, -4), m_comparison, m_instrument, theme);
    }

private:
    const Comparison &m_comparison;
    const Instrument &m_instrument;
};

} // namespace

QString ComparisonView::changeText(const Change &change, int decimals, const QString &unit)
{
    const QString arrow = qs(std::string(arrowOf(change.direction)));
    switch (change.direction) {
    case Direction::Up:
        return tr("%1 up +%2%3").arg(arrow, QLocale().toString(*change.delta(), 'f', decimals), unit);
    case Direction::Down:
        return tr("%1 down −%2%3").arg(arrow, QLocale().toString(-*change.delta(), 'f', decimals), unit);
    case Direction::Same:
        return tr("%1 no change").arg(arrow);
    case Direction::Unknown:
        break;
    }
    return tr("%1 not comparable").arg(arrow);
}

ComparisonView::ComparisonView(Comparison comparison, const Instrument &instrument, QWidget *parent)
    : QDialog(parent)
    , m_comparison(std::move(comparison))
    , m_instrument(instrument)
{
    setObjectName(QStringLiteral("comparisonView"));
    setWindowTitle(tr("Compare sessions"));
    const Comparison &c = m_comparison;
    auto *layout = new QVBoxLayout(this);
    const ComparedSession &last = c.sessions.back();
    layout->addWidget(heading(
        c.hasTrend() ? tr("%1 sessions of %2").arg(c.sessions.size()).arg(qs(last.session.info.organization))
                     : tr("Perception gap: %1").arg(qs(last.session.info.organization))));
    QStringList lines;
    for (std::size_t s = 0; s < c.sessions.size(); ++s) {
        const ComparedSession &cs = c.sessions[s];
        QString line =
            tr("%1. %2  %3 (%4)").arg(s + 1).arg(dateOf(cs), qs(cs.session.info.title), fileName(cs.file));
        if (s > 0 && !cs.follows.empty() && cs.follows == c.sessions[s - 1].uuid)
            line += tr(", the follow-up of %1").arg(s);
        lines << line;
    }
    layout->addWidget(wrapped(lines.join(QLatin1Char('\n')), QStringLiteral("comparisonSessions")));
    if (!c.warnings.empty()) {
        QStringList warnings;
        for (const std::string &w : c.warnings)
            warnings << tr("Note: %1").arg(qs(w));
        QLabel *banner = wrapped(warnings.join(QLatin1Char('\n')), QStringLiteral("comparisonWarnings"));
        banner->setStyleSheet(QStringLiteral("background: #fff4d6; color: #3d2e00; padding: 6px;"));
        layout->addWidget(banner);
    }

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("comparisonTabs"));
    m_competencies = trendModel(c.competencies, 1, tr("%"), tr("Competency"));
    std::vector<TrendRow> items = c.items;
    for (TrendRow &r : items)
        if (const Competency *comp = instrument.competencyOfItem(r.id))
            r.label = ss(tr("C%1 %2").arg(comp->number).arg(qs(r.label)));
    m_items = trendModel(items, 2, {}, tr("Item"));
    m_stages = trendModel(c.stages, 2, {}, tr("Journey stage"));
    if (c.hasTrend()) {
        m_tabs->addTab(buildSummary(), tr("Summary"));
        m_tabs->addTab(tableTab(m_competencies, QStringLiteral("competencyTable"),
                                tr("Each competency's percentage (0 to 100%) and level, per session.")),
                       tr("Competencies"));
        m_tabs->addTab(tableTab(m_items, QStringLiteral("itemTable"),
                                tr("Each item's team value: the agreed rating where the team recorded one, "
                                   "else the mean of the ratings (1 Early, 2 Advanced, 3 Mature).")),
                       tr("Items"));
        m_tabs->addTab(tableTab(m_stages, QStringLiteral("stageTable"),
                                tr("Each stage's experience reliability (1 to 3), stages matched by the "
                                   "follow-up's stage ids, else by name.")),
                       tr("Journey stages"));
    }
    m_tabs->addTab(buildGapTab(), tr("Perception gap"));
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (c.hasTrend()) {
        QPushButton *trend = buttons->addButton(tr("Export &trend report…"), QDialogButtonBox::ActionRole);
        trend->setObjectName(QStringLiteral("exportTrendReport"));
        connect(trend, &QPushButton::clicked, this, [this] { exportTrendReport(); });
    }
    layout->addWidget(buttons);
    // Large enough for five sessions' columns, within the screen (a 1366×768 laptop, a projector).
    const QRect screen = this->screen()->availableGeometry();
    resize(qMin(1280, screen.width() * 9 / 10), qMin(820, screen.height() * 9 / 10));
}

QString ComparisonView::levelText(const std::optional<std::string> &level, const std::string &worksheet) const
{
    if (!level)
        return {};
    const Worksheet *w = worksheet.empty() ? nullptr : m_instrument.findWorksheet(worksheet);
    for (const Level &l : w ? m_instrument.levelsOf(*w) : m_instrument.levels)
        if (l.id == *level)
            return qs(l.label);
    return qs(*level);
}

QStandardItemModel *ComparisonView::trendModel(const std::vector<TrendRow> &rows, int decimals,
                                               const QString &unit, const QString &firstColumn)
{
    const Comparison &c = m_comparison;
    auto *model = new QStandardItemModel(this);
    QStringList headers{firstColumn};
    for (const ComparedSession &s : c.sessions)
        headers << dateOf(s);
    headers << tr("Change, first to last");
    model->setHorizontalHeaderLabels(headers);
    for (const TrendRow &r : rows) {
        QList<QStandardItem *> cells;
        auto *label = new QStandardItem(qs(r.label));
        cells << label;
        for (std::size_t s = 0; s < r.values.size(); ++s) {
            const QString level = levelText(r.levels[s], r.stageIds.empty() ? std::string() : r.id);
            auto *cell = new QStandardItem(
                r.values[s] ? tr("%1%2  %3").arg(QLocale().toString(*r.values[s], 'f', decimals), unit, level)
                            : tr("–"));
            if (s > 0) {
                cell->setToolTip(
                    tr("Since %1: %2")
                        .arg(dateOf(c.sessions[s - 1]), changeText(r.steps[s - 1], decimals, unit)));
                cell->setForeground(colourOf(r.steps[s - 1].direction));
            }
            cells << cell;
        }
        auto *change = new QStandardItem(changeText(r.overall, decimals, unit));
        change->setForeground(colourOf(r.overall.direction));
        change->setData(qs(std::string(toString(r.overall.direction))), Qt::UserRole);
        QFont bold = change->font();
        bold.setBold(r.overall.direction == Direction::Up || r.overall.direction == Direction::Down);
        change->setFont(bold);
        cells << change;
        for (QStandardItem *item : cells)
            item->setEditable(false);
        model->appendRow(cells);
    }
    return model;
}

QWidget *ComparisonView::tableTab(QStandardItemModel *model, const QString &objectName, const QString &note)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrapped(note));
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(table, 1);
    return page;
}

QWidget *ComparisonView::buildSummary()
{
    const Comparison &c = m_comparison;
    const auto milestone = [&](const std::optional<std::string> &id) {
        const MilestoneContent *m = id ? m_instrument.findMilestone(*id) : nullptr;
        return m ? qs(m->title) : tr("not yet known");
    };
    QStringList path, index;
    for (std::size_t s = 0; s < c.sessions.size(); ++s) {
        path << milestone(c.milestone.levels[s]);
        index << (c.overall.values[s] ? report::formatPercent(*c.overall.values[s]) : tr("not yet known"));
    }
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Milestone")));
    const Change &moved = c.milestone.overall;
    const int steps = moved.delta() ? static_cast<int>(std::lround(std::abs(*moved.delta()))) : 0;
    const QString arrow = qs(std::string(arrowOf(moved.direction)));
    const QString progress =
        moved.direction == Direction::Up     ? tr("%1 up %n milestone(s)", nullptr, steps).arg(arrow)
        : moved.direction == Direction::Down ? tr("%1 down %n milestone(s)", nullptr, steps).arg(arrow)
                                             : changeText(moved, 0);
    QLabel *m =
        wrapped(tr("%1   %2").arg(path.join(tr(" → ")), progress), QStringLiteral("comparisonMilestone"));
    layout->addWidget(m);
    layout->addWidget(
        wrapped(tr("Overall maturity index: %1   %2")
                    .arg(index.join(tr(" → ")), changeText(c.overall.overall, 1, tr(" points"))),
                QStringLiteral("comparisonOverall")));
    layout->addWidget(new TrendChart(c, m_instrument), 1);

    layout->addWidget(
        heading(tr("Actions completed since the session before (%1)").arg(c.actionsCompleted.size())));
    QStringList done;
    for (const CompletedAction &a : c.actionsCompleted)
        done << tr("✓ %1 (done by %2; %3)")
                    .arg(qs(a.action.title), dateOf(c.sessions[a.session]),
                         !a.was                               ? tr("new since the session before")
                         : *a.was == ActionStatus::InProgress ? tr("was in progress")
                                                              : tr("was open"));
    layout->addWidget(wrapped(done.isEmpty() ? tr("None.") : done.join(QLatin1Char('\n')),
                              QStringLiteral("comparisonActions")));

    layout->addWidget(heading(tr("Targets met (%1 of %2)").arg(c.targetsMet.size()).arg(c.targetsChecked)));
    QStringList met;
    for (const MetTarget &t : c.targetsMet) {
        const Item *item = m_instrument.findItem(t.target.item);
        const Worksheet *w = m_instrument.worksheetOfItem(t.target.item);
        QString name = item ? qs(item->title) : qs(t.target.item);
        if (const Competency *comp = m_instrument.competencyOfItem(t.target.item))
            name = tr("C%1 %2").arg(comp->number).arg(name);
        if (!t.stageName.empty())
            name = tr("%1 (%2)").arg(name, qs(t.stageName));
        const QString level =
            w ? qs(m_instrument.levelsOf(*w)[static_cast<std::size_t>(ratingValue(t.target.level) - 1)].label)
              : qs(std::string(toString(t.target.level)));
        QString line = tr("✓ %1: %2 reached by %3 (%4)")
                           .arg(name, level, dateOf(c.sessions[t.metIn]), report::formatMean(t.value));
        if (!t.due.empty())
            line += t.onTime ? (*t.onTime ? tr(", due %1: on time") : tr(", due %1: later than due"))
                                   .arg(report::formatDate(t.due))
                             : tr(", due %1").arg(report::formatDate(t.due));
        met << line;
    }
    layout->addWidget(wrapped(met.isEmpty() ? tr("None.") : met.join(QLatin1Char('\n')),
                              QStringLiteral("comparisonTargets")));
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget *ComparisonView::buildGapTab()
{
    const Comparison &c = m_comparison;
    m_gap = new QStandardItemModel(this);
    m_gap->setHorizontalHeaderLabels(
        {tr("Leader"), tr("Item"), tr("You"), tr("Team"), tr("Last time"), tr("Gap")});
    QString note;
    if (c.perceptionGaps.empty()) {
        note =
            tr("Add a leader's self-assessment to the sessions compared to see, item by item, how the leader "
               "places the organisation against the team's answers and the team's answers last time.");
    } else {
        const PerceptionGap &first = c.perceptionGaps.front();
        const QString who = c.perceptionGaps.size() == 1
                                ? tr("%1's self-assessment (%2)").arg(qs(first.leader), fileName(first.file))
                                : tr("Each leader's self-assessment");
        note = first.previousFile.empty()
                   ? tr("%1 against the team's answers in %2.").arg(who, fileName(first.teamFile))
                   : tr("%1 against the team's answers in %2, and the team's answers last time in %3.")
                         .arg(who, fileName(first.teamFile), fileName(first.previousFile));
    }
    for (const PerceptionGap &g : c.perceptionGaps)
        for (const GapItem &i : g.items) {
            const Item *item = m_instrument.findItem(i.item);
            const Competency *comp = m_instrument.competencyOfItem(i.item);
            const auto level = [&](const std::optional<std::string> &l) {
                return l ? levelText(l) : tr("not rated");
            };
            QList<QStandardItem *> cells{
                new QStandardItem(qs(g.leader)),
                new QStandardItem(
                    tr("C%1 %2").arg(comp ? comp->number : 0).arg(item ? qs(item->title) : qs(i.item))),
                new QStandardItem(level(i.selfLevel)), new QStandardItem(level(i.teamLevel)),
                new QStandardItem(g.previousFile.empty() ? tr("–") : level(i.previousLevel))};
            const QString gap = i.direction == Direction::Up     ? tr("▲ you rate higher")
                                : i.direction == Direction::Down ? tr("▼ you rate lower")
                                : i.direction == Direction::Same ? tr("▬ same level")
                                                                 : tr("– not comparable");
            auto *gapCell = new QStandardItem(gap);
            gapCell->setForeground(colourOf(i.direction));
            gapCell->setToolTip(tr("You: %1 · Team: %2 · Last time: %3")
                                    .arg(level(i.selfLevel), level(i.teamLevel),
                                         g.previousFile.empty() ? tr("–") : level(i.previousLevel)));
            cells << gapCell;
            for (QStandardItem *cell : cells)
                cell->setEditable(false);
            m_gap->appendRow(cells);
        }
    QWidget *page = tableTab(m_gap, QStringLiteral("gapTable"), note);
    // One leader: their name is in the note, not on every row.
    if (c.perceptionGaps.size() == 1) {
        auto *table = page->findChild<QTableView *>();
        table->setColumnHidden(0, true);
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    }
    return page;
}

bool ComparisonView::exportTrendReport()
{
    const ComparedSession &last = m_comparison.sessions.back();
    const QString folder = QFileInfo(qs(last.file)).absolutePath();
    const QString suggested =
        QDir(folder).filePath(tr("Trend %1.pdf").arg(qs(last.session.info.organization)).simplified());
    const QString path =
        ExportActions::chooseSaveFile(this, tr("Export trend report"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    report::ReportOptions options;
    options.letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    try {
        runInBackground(this, tr("Writing the trend report…"),
                        [&] { report::writeTrendReport(m_comparison, m_instrument, options, path); });
    } catch (const Error &e) {
        Prompt::warn(this, tr("Cannot write the trend report"), qs(e.what()));
        return false;
    }
    m_exportedTo = path;
    return true;
}

} // namespace cxm::ui
