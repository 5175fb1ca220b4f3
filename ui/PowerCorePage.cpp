#include "PowerCorePage.h"

#include "AbsenceButton.h"
#include "SessionController.h"
#include "TeamRankingModel.h"
#include "UiText.h"

#include <QApplication>
#include <QComboBox>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QDropEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace cxm::ui {

namespace {
constexpr int kOptionRole = Qt::UserRole + 1;
constexpr int kBadgeRole = Qt::UserRole + 2;
constexpr int kTitleRole = Qt::UserRole + 3;
constexpr int kDescriptionRole = Qt::UserRole + 4;
const std::string kOther = "other";

// Paints an option as a badge (A, B, 3 … 7), its title in bold and its description below, so people
// rank what the workbook means rather than a one-word label.
class OptionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette &pal = opt.palette;
        const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QString badge = index.data(kBadgeRole).toString();
        const bool core = !badge.isEmpty() && index.row() < 2;
        const QRect r = opt.rect.adjusted(6, 4, -6, -4);
        const int badgeSize = QFontMetrics(opt.font).height() + 6;
        const QRect badgeRect(r.left(), r.top(), badgeSize, badgeSize);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (core) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(pal.color(QPalette::Highlight));
            painter->drawEllipse(badgeRect);
            painter->setPen(pal.color(QPalette::HighlightedText));
        } else {
            painter->setPen(QPen(text, 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(badgeRect.adjusted(1, 1, -1, -1));
        }
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
        painter->setPen(text);
        const QRect textRect = r.adjusted(badgeSize + 10, 0, 0, 0);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                          index.data(kTitleRole).toString());
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        QColor muted = text;
        muted.setAlphaF(0.75);
        painter->setPen(muted);
        const int titleHeight = QFontMetrics(bold).height();
        painter->drawText(textRect.adjusted(0, titleHeight + 2, 0, 0),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          index.data(kDescriptionRole).toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = option.widget ? option.widget->width() - 24 : 400;
        QFont bold = option.font;
        bold.setBold(true);
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        const int badgeSize = QFontMetrics(option.font).height() + 6;
        const int textWidth = std::max(120, width - badgeSize - 22);
        const QRect description = QFontMetrics(small).boundingRect(
            QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, index.data(kDescriptionRole).toString());
        const int height = QFontMetrics(bold).height() + 2 + description.height();
        return {width, std::max(badgeSize, height) + 8};
    }
};
} // namespace

QString agreementText(const std::optional<std::string> &agreement, const std::optional<double> &kendallW)
{
    if (!agreement || !kendallW)
        return {};
    QString words;
    if (*agreement == "strong")
        words = PowerCorePage::tr("strong agreement");
    else if (*agreement == "moderate")
        words = PowerCorePage::tr("moderate agreement");
    else
        words = PowerCorePage::tr("weak agreement");
    // Kendall's W in words a CEO reads: 0 means no agreement at all, 1 identical rankings.
    return PowerCorePage::tr("%1 (Kendall's W %2, on a scale from 0, no agreement, to 1, identical rankings)")
        .arg(words, QLocale().toString(*kendallW, 'f', 2));
}

void RankingList::moveCurrent(int delta)
{
    const int from = currentRow();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= count())
        return;
    QListWidgetItem *item = takeItem(from);
    insertItem(to, item);
    setCurrentRow(to);
    emit reordered();
}

void RankingList::dropEvent(QDropEvent *event)
{
    QListWidget::dropEvent(event);
    emit reordered();
}

void RankingList::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::AltModifier &&
        (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        moveCurrent(event->key() == Qt::Key_Up ? -1 : 1);
        return;
    }
    QListWidget::keyPressEvent(event);
}

const Worksheet &PowerCorePage::worksheet() const
{
    return *m_controller->instrument().findWorksheet(m_worksheet);
}

PowerCorePage::PowerCorePage(SessionController *controller, const std::string &worksheetId, QWidget *parent)
    : StepPage(parent)
    , m_controller(controller)
    , m_worksheet(worksheetId)
    , m_model(new TeamRankingModel(controller, worksheetId, this))
{
    setObjectName(QStringLiteral("powerCorePage"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(qs(worksheet().title), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    auto *instruction = new QLabel(qs(worksheet().introduction), this);
    instruction->setWordWrap(true);
    instruction->setTextFormat(Qt::PlainText);
    layout->addWidget(instruction);

    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto *own = new QGroupBox(tr("Ranking by participant"), this);
    m_own = own;
    auto *ownLayout = new QVBoxLayout(own);
    auto *pickRow = new QHBoxLayout;
    auto *pickLabel = new QLabel(tr("&Participant:"), own);
    m_participantLabel = pickLabel;
    m_participant = new QComboBox(own);
    m_participant->setObjectName(QStringLiteral("powerCoreParticipant"));
    m_participant->setAccessibleName(tr("Participant whose ranking is shown"));
    // As wide as a short name, not the longest one (names are shortened; the tooltip has them whole).
    m_participant->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_participant->setMinimumContentsLength(16);
    pickLabel->setBuddy(m_participant);
    pickRow->addWidget(pickLabel);
    pickRow->addWidget(m_participant, 1);
    m_absence = new AbsenceButton(controller, m_worksheet, own);
    pickRow->addWidget(m_absence);
    ownLayout->addLayout(pickRow);
    m_participantStatus = new QLabel(own);
    m_participantStatus->setObjectName(QStringLiteral("powerCoreStatus"));
    m_participantStatus->setWordWrap(true);
    m_participantStatus->setTextFormat(Qt::PlainText); // it may quote a name typed for "Other"
    ownLayout->addWidget(m_participantStatus);

    auto *listRow = new QHBoxLayout;
    m_list = new RankingList(own);
    m_list->setObjectName(QStringLiteral("powerCoreRanking"));
    m_list->setAccessibleName(
        tr("Ranking, most important first. Alt+Up and Alt+Down move the selected option."));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setWordWrap(true);
    m_list->setItemDelegate(new OptionDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    listRow->addWidget(m_list, 1);
    auto *moveButtons = new QVBoxLayout;
    m_up = new QPushButton(tr("Up"), own);
    m_up->setObjectName(QStringLiteral("powerCoreUp"));
    m_up->setToolTip(tr("Move up (Alt+Up)"));
    m_down = new QPushButton(tr("Down"), own);
    m_down->setObjectName(QStringLiteral("powerCoreDown"));
    m_down->setToolTip(tr("Move down (Alt+Down)"));
    m_clear = new QPushButton(tr("Clear"), own);
    m_clear->setObjectName(QStringLiteral("powerCoreClear"));
    m_clear->setToolTip(tr("Remove this participant's ranking"));
    m_confirm = new QPushButton(tr("This order is right"), own);
    m_confirm->setObjectName(QStringLiteral("powerCoreConfirm"));
    m_confirm->setToolTip(tr("Store the order shown as this ranking, without moving anything"));
    moveButtons->addWidget(m_confirm);
    moveButtons->addWidget(m_up);
    moveButtons->addWidget(m_down);
    moveButtons->addStretch();
    moveButtons->addWidget(m_clear);
    listRow->addLayout(moveButtons);
    ownLayout->addLayout(listRow, 1);
    auto *otherRow = new QHBoxLayout;
    auto *otherLabel = new QLabel(tr("\"Other\" is:"), own);
    m_other = new QLineEdit(own);
    m_other->setObjectName(QStringLiteral("powerCoreOther"));
    m_other->setAccessibleName(tr("Name of the Other option"));
    m_other->setPlaceholderText(tr("name the Other option (optional)"));
    otherLabel->setBuddy(m_other);
    otherRow->addWidget(otherLabel);
    otherRow->addWidget(m_other, 1);
    ownLayout->addLayout(otherRow);
    m_ownNote = new QLabel(own);
    m_ownNote->setObjectName(QStringLiteral("powerCoreNote"));
    m_ownNote->setWordWrap(true);
    ownLayout->addWidget(m_ownNote);
    columns->addWidget(own, 1);

    auto *team = new QGroupBox(tr("Team ranking"), this);
    m_teamBox = team;
    auto *teamLayout = new QVBoxLayout(team);
    m_team = new QTableView(team);
    m_team->setObjectName(QStringLiteral("teamRanking"));
    m_team->setAccessibleName(tr("Team ranking"));
    m_team->setModel(m_model);
    m_team->verticalHeader()->hide();
    m_team->horizontalHeader()->setSectionResizeMode(TeamRankingModel::Option, QHeaderView::Stretch);
    m_team->setSelectionMode(QAbstractItemView::NoSelection);
    teamLayout->addWidget(m_team, 1);
    m_agreement = new QLabel(team);
    m_agreement->setObjectName(QStringLiteral("agreement"));
    m_agreement->setWordWrap(true);
    teamLayout->addWidget(m_agreement);
    m_agreed = new QLabel(team);
    m_agreed->setObjectName(QStringLiteral("agreedRanking"));
    m_agreed->setWordWrap(true);
    m_agreed->setTextFormat(Qt::PlainText);
    teamLayout->addWidget(m_agreed);
    m_agreedList = new RankingList(team);
    m_agreedList->setObjectName(QStringLiteral("agreedRankingList"));
    m_agreedList->setAccessibleName(
        tr("Agreed ranking, most important first. Alt+Up and Alt+Down move the selected option."));
    m_agreedList->setDragDropMode(QAbstractItemView::InternalMove);
    m_agreedList->setDefaultDropAction(Qt::MoveAction);
    m_agreedList->setItemDelegate(new OptionDelegate(m_agreedList));
    m_agreedList->setResizeMode(QListView::Adjust);
    m_agreedList->setToolTip(tr("The order the team agreed on: drag, or Alt+Up and Alt+Down, to change it"));
    teamLayout->addWidget(m_agreedList, 1);
    auto *agreedButtons = new QHBoxLayout;
    m_record = new QPushButton(tr("Record as agreed ranking"), team);
    m_record->setObjectName(QStringLiteral("recordAgreedRanking"));
    m_record->setToolTip(tr("Store the team ranking shown above as the ranking the team agreed on"));
    m_clearAgreed = new QPushButton(tr("Clear agreed ranking"), team);
    m_clearAgreed->setObjectName(QStringLiteral("clearAgreedRanking"));
    agreedButtons->addWidget(m_record);
    agreedButtons->addWidget(m_clearAgreed);
    agreedButtons->addStretch();
    teamLayout->addLayout(agreedButtons);
    columns->addWidget(team, 1);

    connect(m_participant, &QComboBox::currentIndexChanged, this, &PowerCorePage::refresh);
    connect(m_list, &RankingList::reordered, this, &PowerCorePage::commitRanking);
    connect(m_up, &QPushButton::clicked, this, [this] { m_list->moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { m_list->moveCurrent(1); });
    connect(m_clear, &QPushButton::clicked, this,
            [this] { m_controller->setRanking(m_worksheet, currentParticipant(), std::nullopt, {}); });
    connect(m_confirm, &QPushButton::clicked, this, &PowerCorePage::commitRanking);
    connect(m_agreedList, &RankingList::reordered, this, &PowerCorePage::commitAgreed);
    // Naming "Other" is not a ranking: it is stored with the ranking, once there is one.
    connect(m_other, &QLineEdit::editingFinished, this, [this] {
        const std::string pid = currentParticipant();
        if (m_controller->session().findRanking(m_worksheet, pid)) {
            commitRanking();
        } else if (!pid.empty()) {
            m_pendingOther[pid] = m_other->text().trimmed();
            refresh();
        }
    });
    connect(m_record, &QPushButton::clicked, this, [this] {
        RankingConsensus agreed;
        // The agreed ranking starts from the team's Borda ranking (not from an earlier agreed one).
        Session withoutAgreement = m_controller->session();
        std::erase_if(withoutAgreement.rankingConsensus,
                      [this](const RankingConsensus &c) { return c.worksheet == m_worksheet; });
        agreed.ranking =
            ScoringEngine(m_controller->instrument()).score(withoutAgreement).rankingOf(m_worksheet).ranking;
        if (!agreed.ranking.empty())
            m_controller->setRankingConsensus(m_worksheet, agreed);
    });
    connect(m_clearAgreed, &QPushButton::clicked, this,
            [this] { m_controller->setRankingConsensus(m_worksheet, std::nullopt); });
    refresh();
}

std::string PowerCorePage::currentParticipant() const
{
    return m_participant->currentData().toString().toStdString();
}

std::vector<std::string> PowerCorePage::listOrder() const
{
    std::vector<std::string> order;
    for (int i = 0; i < m_list->count(); ++i)
        order.push_back(m_list->item(i)->data(kOptionRole).toString().toStdString());
    return order;
}

void PowerCorePage::commitRanking()
{
    const std::string pid = currentParticipant();
    if (pid.empty())
        return;
    if (m_controller->setRanking(m_worksheet, pid, listOrder(), ss(m_other->text().trimmed())))
        m_pendingOther.erase(pid);
}

void PowerCorePage::commitAgreed()
{
    std::vector<std::string> order;
    for (int i = 0; i < m_agreedList->count(); ++i)
        order.push_back(m_agreedList->item(i)->data(kOptionRole).toString().toStdString());
    const auto *before = m_controller->session().findRankingConsensus(m_worksheet);
    m_controller->setRankingConsensus(m_worksheet,
                                      RankingConsensus{order, before ? before->note : std::string()});
}

void PowerCorePage::focusFirstUnanswered()
{
    const Session &s = m_controller->session();
    for (const auto &p : s.participants) {
        if (!s.findRanking(m_worksheet, p.id) && !s.isAbsent(p.id, m_worksheet)) {
            const int index = m_participant->findData(qs(p.id));
            if (index >= 0 && index != m_participant->currentIndex())
                m_participant->setCurrentIndex(index); // refreshes the list
            break;
        }
    }
    if (m_list->isEnabled()) {
        m_list->setFocus(Qt::OtherFocusReason);
        if (m_list->currentRow() < 0 && m_list->count() > 0)
            m_list->setCurrentRow(0);
    }
}

void PowerCorePage::fillList(RankingList *list, const std::vector<std::string> &order, bool ranked)
{
    const int current = list->currentRow();
    const QSignalBlocker block(list);
    list->clear();
    const QString other = m_other->text().trimmed();
    for (std::size_t i = 0; i < order.size(); ++i) {
        const PowerCoreOption *o = worksheet().findItem(order[i]);
        QString title = o ? qs(o->title) : qs(order[i]);
        if (order[i] == kOther && !other.isEmpty())
            title = tr("%1: %2").arg(title, other);
        // Unranked, the list shows the options without places: the default order is nobody's ranking.
        const QString badge = !ranked  ? QString()
                              : i == 0 ? tr("A")
                              : i == 1 ? tr("B")
                                       : QString::number(i + 1);
        auto *item = new QListWidgetItem(badge.isEmpty() ? title : tr("%1   %2").arg(badge, title), list);
        item->setData(kOptionRole, qs(order[i]));
        item->setData(kBadgeRole, badge);
        item->setData(kTitleRole, title);
        item->setData(kDescriptionRole, o ? qs(o->description) : QString());
        if (o)
            item->setToolTip(qs(o->description));
    }
    if (current >= 0)
        list->setCurrentRow(std::min(current, list->count() - 1));
}

void PowerCorePage::refresh()
{
    const Session &s = m_controller->session();
    const Score &score = m_controller->score();
    const bool writable = !m_controller->isReadOnly();
    {
        const QSignalBlocker block(m_participant);
        const QString keep = m_participant->currentData().toString();
        m_participant->clear();
        for (const auto &p : s.participants) {
            m_participant->addItem(shortName(qs(p.name)), qs(p.id));
            m_participant->setItemData(m_participant->count() - 1, richTextOf(qs(p.name)), Qt::ToolTipRole);
        }
        const int index = m_participant->findData(keep);
        m_participant->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_participant->setEnabled(s.participants.size() > 1);
    const std::string pid = currentParticipant();
    const RankingEntry *ranking = s.findRanking(m_worksheet, pid);
    const auto pending = m_pendingOther.find(pid);
    const QString waiting = pending == m_pendingOther.end() ? QString() : pending->second;
    if (!m_other->hasFocus())
        m_other->setText(ranking ? qs(ranking->otherLabel) : waiting);
    std::vector<std::string> order;
    if (ranking) {
        order = ranking->ranking;
    } else {
        for (const auto &o : worksheet().items)
            order.push_back(o.id);
    }
    fillList(m_list, order, ranking != nullptr);
    const bool absent = !pid.empty() && s.isAbsent(pid, m_worksheet);
    if (pid.empty())
        m_participantStatus->setText(tr("Add participants in Setup first."));
    else if (absent)
        m_participantStatus->setText(
            tr("Marked absent for the Power Core: the team ranking does not wait for them."));
    else if (ranking)
        m_participantStatus->setText(
            tr("Ranking stored. Drag to change it, or select an option and use Up/Down."));
    else
        m_participantStatus->setText(
            tr("Not ranked yet: drag the options into order (most important first), or use Up/Down. If the "
               "order shown is already right, choose \"This order is right\".") +
            (waiting.isEmpty() ? QString()
                               : QLatin1Char(' ') + tr("\"Other\" is named %1: not stored yet, it is "
                                                       "stored with this ranking.")
                                                        .arg(waiting)));
    for (QWidget *w : std::initializer_list<QWidget *>{m_list, m_up, m_down, m_other})
        w->setEnabled(writable && !pid.empty());
    m_confirm->setVisible(!ranking);
    m_confirm->setEnabled(writable && !pid.empty());
    m_clear->setEnabled(writable && ranking);
    m_absence->setVisible(m_controller->isWorkshop() && s.participants.size() > 1);
    m_absence->refresh();

    const PowerCoreScore &pc = score.rankingOf(m_worksheet);
    QString agreementLine;
    if (!pc.hasData)
        agreementLine = tr("No rankings yet.");
    else if (pc.rankers < 2)
        agreementLine = tr("Ranked by one participant so far.");
    else
        agreementLine = tr("Ranked by %1 participants: %2.")
                            .arg(pc.rankers)
                            .arg(agreementText(pc.agreement, pc.kendallW));
    if (pc.customerInCore && !*pc.customerInCore)
        agreementLine += QLatin1Char('\n') + tr("Note: Customer is not in the Power Core (A or B).");
    m_agreement->setText(agreementLine);
    const RankingConsensus *agreedRanking = s.findRankingConsensus(m_worksheet);
    if (agreedRanking) {
        QStringList names;
        for (std::size_t i = 0; i < agreedRanking->ranking.size() && i < 2; ++i) {
            const PowerCoreOption *o = worksheet().findItem(agreedRanking->ranking[i]);
            names << (o ? qs(o->title) : qs(agreedRanking->ranking[i]));
        }
        m_agreed->setText(tr("Agreed ranking recorded: A = %1, B = %2. Drag below to change it.")
                              .arg(names.value(0), names.value(1)));
        fillList(m_agreedList, agreedRanking->ranking, true);
    } else {
        m_agreed->setText(tr("No agreed ranking recorded; the team ranking above is used."));
    }
    const bool workshop = m_controller->isWorkshop();
    // On your own there is no team to rank with: just your list, with the same Customer flag.
    m_teamBox->setVisible(workshop);
    m_participantLabel->setVisible(workshop);
    m_participant->setVisible(workshop);
    m_own->setTitle(workshop ? tr("Ranking by participant") : tr("Your ranking"));
    m_ownNote->setVisible(!workshop && pc.customerInCore && !*pc.customerInCore);
    m_ownNote->setText(tr("Customer is not in your Power Core (A or B): other forces drive the agenda."));
    m_record->setVisible(workshop);
    m_clearAgreed->setVisible(workshop);
    m_agreed->setVisible(workshop);
    m_agreedList->setVisible(workshop && agreedRanking != nullptr);
    m_agreedList->setEnabled(writable);
    m_record->setEnabled(writable && pc.hasData);
    m_clearAgreed->setEnabled(writable && agreedRanking != nullptr);
}

} // namespace cxm::ui
