#include "MaturityMapPage.h"

#include "AbsenceButton.h"
#include "CompetencyPage.h"
#include "MaturityMapPainter.h"
#include "PowerCorePage.h"
#include "Progress.h"
#include "ReadinessPage.h"
#include "ReportWriter.h"
#include "SessionController.h"
#include "UiText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>

namespace cxm::ui {

MaturityMapView::MaturityMapView(SessionController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("maturityMapView"));
    setAccessibleName(tr("Maturity map drawing"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(controller, &SessionController::sessionChanged, this, qOverload<>(&QWidget::update));
}

void MaturityMapView::setFontScale(qreal scale)
{
    m_fontScale = scale;
    update();
}

MaturityMapView::Heights MaturityMapView::stackedHeights(qreal width)
{
    return {std::min(width * 0.32, 220.0), std::min(width * 0.62, 480.0), std::min(width * 0.66, 520.0)};
}

bool MaturityMapView::isStacked() const
{
    return width() < kStackBelow;
}

void MaturityMapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Stacked, the drawings are as tall as they need and the page scrolls down to them.
    int need = 0;
    if (isStacked()) {
        const Heights h = stackedHeights(width() - 16);
        need = qCeil(16 + h.path + h.radar + h.heat + 2 * kGap);
    }
    if (minimumHeight() != need)
        setMinimumHeight(need);
}

void MaturityMapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    report::Theme theme = report::Theme::fromPalette(palette());
    theme.font = font();
    theme.fontScale = m_fontScale;
    painter.fillRect(rect(), theme.background);
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    QRectF path;
    QRectF radar;
    QRectF heat;
    if (isStacked()) {
        const Heights h = stackedHeights(area.width());
        path = QRectF(area.left(), area.top(), area.width(), h.path);
        radar = QRectF(area.left(), path.bottom() + kGap, area.width(), h.radar);
        heat = QRectF(area.left(), radar.bottom() + kGap, area.width(), h.heat);
    } else {
        const qreal pathHeight = std::min(area.height() * 0.34, 220.0);
        path = QRectF(area.left(), area.top(), area.width(), pathHeight);
        const QRectF lower(area.left(), path.bottom() + kGap, area.width(),
                           area.bottom() - path.bottom() - kGap);
        radar = QRectF(lower.left(), lower.top(), lower.width() * 0.42, lower.height());
        heat =
            QRectF(radar.right() + kGap, lower.top(), lower.right() - radar.right() - kGap, lower.height());
    }
    const Instrument &ins = m_controller->instrument();
    const Score &score = m_controller->score();
    report::paintMilestonePath(painter, path, ins, score, theme);
    // Where the team wants to be, beside where it is (only once it has targets).
    const report::TargetLevels targets = report::targetLevels(m_controller->session());
    report::paintRadar(painter, radar, ins, score, theme, report::RadarOptions{targets});
    report::HeatMapOptions heatOptions;
    heatOptions.targets = targets;
    // One person cannot disagree with themselves: a self-assessment's legend has no marker to explain.
    heatOptions.showDisagreement = m_controller->isWorkshop();
    report::paintHeatMap(painter, heat, ins, score, theme, heatOptions);
}

MaturityMapPage::MaturityMapPage(SessionController *controller, QWidget *parent)
    : StepPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("maturityMapPage"));
    const Instrument &ins = controller->instrument();
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(qs(ins.maturityMapTitle), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setWordWrap(true);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    m_hidden = new QLabel(
        tr("Private voting is on: the map is shown once the facilitator reveals the answers."), this);
    m_hidden->setObjectName(QStringLiteral("mapHidden"));
    m_hidden->setWordWrap(true);
    layout->addWidget(m_hidden);

    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);
    m_mapScroll = new QScrollArea(this);
    m_mapScroll->setObjectName(QStringLiteral("mapScroll"));
    m_mapScroll->setWidgetResizable(true);
    m_mapScroll->setFrameShape(QFrame::NoFrame);
    m_mapScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view = new MaturityMapView(controller, m_mapScroll);
    m_mapScroll->setWidget(m_view);
    columns->addWidget(m_mapScroll, 3);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mapSide"));
    scroll->setWidgetResizable(true);
    // The summary wraps to the panel's width and scrolls down, so nothing is cut off at the side.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *side = new QWidget(scroll);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 4, 0);
    m_summary = new QLabel(side);
    m_summary->setObjectName(QStringLiteral("mapSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sideLayout->addWidget(m_summary);
    m_discussionHeading = new QLabel(tr("<b>Discussion order</b> (widest disagreement first)"), side);
    m_discussionHeading->setWordWrap(true);
    sideLayout->addWidget(m_discussionHeading);
    m_discussion = new QListWidget(side);
    m_discussion->setObjectName(QStringLiteral("discussionOrder"));
    m_discussion->setAccessibleName(tr("Items in discussion order"));
    m_discussion->setMinimumHeight(220);
    m_discussion->setToolTip(tr("Double-click or press Enter to open the item"));
    connect(m_discussion, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit discussItem(item->data(Qt::UserRole).toString()); });
    m_discussion->setWordWrap(true);
    m_discussion->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideLayout->addWidget(m_discussion);
    sideLayout->addStretch();
    scroll->setWidget(side);
    scroll->setMinimumWidth(300);
    scroll->setMaximumWidth(380);
    columns->addWidget(scroll, 1);
    refresh();
}

void MaturityMapPage::refresh()
{
    const Instrument &ins = m_controller->instrument();
    const Score &score = m_controller->score();
    const bool hidden = m_controller->votesHidden();
    m_hidden->setVisible(hidden);
    m_mapScroll->setVisible(!hidden);

    const auto esc = [](const std::string &text) { return qs(text).toHtmlEscaped(); };
    QString html;
    if (hidden) {
        html = tr("<p>Answers are hidden.</p>");
    } else {
        if (score.milestone) {
            const MilestoneContent *m = ins.findMilestone(*score.milestone);
            html += tr("<p><b>Milestone:</b> %1 — %2</p>")
                        .arg(esc(m ? m->title : *score.milestone), esc(m ? m->theme : std::string()));
        } else {
            html += tr("<p><b>Milestone:</b> shown once every competency is answered.</p>");
        }
        if (score.overall)
            html += tr("<p><b>Overall:</b> %1</p>").arg(report::formatPercent(*score.overall));
        // A team figure built on some of the team says so, step by step.
        if (m_controller->isWorkshop()) {
            QStringList partial;
            const Session &session = m_controller->session();
            const Progress answers(session, ins);
            for (const std::string &step : answerSteps(ins)) {
                const StepProgress p = answers.step(step);
                if (!p.everyone())
                    partial << tr("%1: %2").arg(stepTitle(ins, step).toHtmlEscaped(), progressText(p));
            }
            if (!partial.isEmpty())
                html += tr("<p><b>Not everyone has answered yet</b><br>%1</p>")
                            .arg(partial.join(QStringLiteral("<br>")));
        }

        const PowerCoreScore &pc = score.powerCore;
        html += tr("<p><b>Power Core</b><br>");
        if (pc.primary) {
            const auto title = [&](const std::optional<std::string> &id) {
                const PowerCoreOption *o = id ? ins.findOption(*id) : nullptr;
                return o ? esc(o->title) : QStringLiteral("—");
            };
            html += tr("A: %1<br>B: %2").arg(title(pc.primary), title(pc.secondary));
            // The order breaks ties by the workbook's list: say so rather than show a false certainty.
            if (!pc.ranking.empty()) {
                QStringList tiedA;
                for (const auto &id : pc.tiedWith(0))
                    tiedA << title(id);
                QStringList tiedB;
                for (const auto &id : pc.tiedWith(1))
                    if (id != pc.ranking[0])
                        tiedB << title(id);
                if (!tiedA.isEmpty())
                    html += tr("<br><i>A is tied with %1 on points and first places.</i>")
                                .arg(tiedA.join(tr(" and ")));
                if (!tiedB.isEmpty())
                    html += tr("<br><i>B is tied with %1 on points and first places.</i>")
                                .arg(tiedB.join(tr(" and ")));
            }
            // Agreement figures (Kendall's W) describe a team; one person's ranking has none.
            const bool team = m_controller->isWorkshop();
            if (team && pc.fromConsensus)
                html += tr("<br><i>as agreed by the team</i>");
            else if (team && pc.agreement)
                html += QStringLiteral("<br>") + agreementText(pc.agreement, pc.kendallW).toHtmlEscaped();
            if (pc.customerInCore && !*pc.customerInCore)
                html += tr(
                    "<br><span style=\"color:#c2410c\"><b>⚑ Customer is not in the Power Core.</b></span>");
        } else {
            html += tr("No rankings yet.");
        }
        html += QStringLiteral("</p>");
        html += tr("<p><b>CCO readiness</b><br>%1</p>")
                    .arg(mandateText(score.readiness.mandate, score.readiness.gaps()).toHtmlEscaped());

        const int next = score.milestoneIndex ? std::min(*score.milestoneIndex + 1,
                                                         static_cast<int>(ins.milestones.size()) - 1)
                                              : 0;
        if (next >= 0 && next < static_cast<int>(ins.milestones.size())) {
            const MilestoneContent &m = ins.milestones[static_cast<std::size_t>(next)];
            const bool atLast = score.milestoneIndex && *score.milestoneIndex == next;
            html +=
                (atLast ? tr("<p><b>Staying at %1 asks</b>") : tr("<p><b>The next milestone, %1, asks</b>"))
                    .arg(esc(m.title));
            html += tr("<br><i>of leaders:</i><ul>");
            for (const auto &line : m.leaders)
                html += QStringLiteral("<li>%1</li>").arg(esc(line));
            html += tr("</ul><i>of employees:</i><ul>");
            for (const auto &line : m.employees)
                html += QStringLiteral("<li>%1</li>").arg(esc(line));
            html += QStringLiteral("</ul></p>");
        }
    }
    m_summary->setText(html);

    const bool showDiscussion =
        m_controller->isWorkshop() && !hidden && m_controller->session().participants.size() > 1;
    m_discussionHeading->setVisible(showDiscussion);
    m_discussion->setVisible(showDiscussion);
    m_discussion->clear();
    if (showDiscussion) {
        std::vector<const ItemScore *> items;
        for (const auto &c : score.competencies)
            for (const auto &i : c.items)
                if (i.answered() > 0)
                    items.push_back(&i);
        std::stable_sort(items.begin(), items.end(),
                         [](const ItemScore *a, const ItemScore *b) { return a->spread > b->spread; });
        for (const ItemScore *i : items) {
            const Item *item = ins.findItem(i->id);
            const Competency *c = ins.competencyOfItem(i->id);
            auto *row =
                new QListWidgetItem(tr("%1%2. %3 — %4")
                                        .arg(i->disagreement ? tr("⚠ ") : QString())
                                        .arg(c ? c->number : 0)
                                        .arg(item ? qs(item->title) : qs(i->id), distributionText(i->counts)),
                                    m_discussion);
            row->setToolTip(c ? qs(c->title) : QString());
            row->setData(Qt::UserRole, qs(i->id));
        }
    }
}

} // namespace cxm::ui
