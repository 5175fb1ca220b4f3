#include "TargetsPage.h"

#include "SessionController.h"
#include "TeamAnswerBox.h"
#include "Text.h"
#include "UiText.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cstdio>

namespace cxm::ui {

namespace {

constexpr int kMonthChoices[] = {6, 12, 18, 24, 36};

QString byText(const Target &t)
{
    if (!t.date.empty())
        return qs(t.date);
    if (t.months > 0)
        return TargetsPage::tr("within %1 months").arg(t.months);
    return TargetsPage::tr("No deadline");
}

} // namespace

bool TargetsPage::parseBy(const QString &text, std::string &date, int &months)
{
    const QString t = text.trimmed();
    date.clear();
    months = 0;
    if (t.isEmpty() || t == tr("No deadline"))
        return true;
    // The words the box offers, in the language in use ("innerhalb von 12 Monaten"), or English.
    const QStringList around = tr("within %1 months").split(QStringLiteral("%1"));
    if (around.size() == 2 && t.size() > around[0].size() + around[1].size() &&
        t.startsWith(around[0], Qt::CaseInsensitive) && t.endsWith(around[1], Qt::CaseInsensitive)) {
        bool number = false;
        months =
            t.mid(around[0].size(), t.size() - around[0].size() - around[1].size()).trimmed().toInt(&number);
        if (number)
            return months >= 1 && months <= 120;
        months = 0;
    }
    static const QRegularExpression within(QStringLiteral("^(?:within\\s+)?(\\d{1,3})\\s*(?:months?)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto m = within.match(t); m.hasMatch()) {
        months = m.captured(1).toInt();
        return months >= 1 && months <= 120;
    }
    const std::string candidate = t.toStdString();
    if (isIsoDate(candidate)) {
        date = candidate;
        return true;
    }
    return false;
}

TargetsPage::TargetsPage(SessionController *controller, QWidget *parent)
    : StepPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("targetsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Targets"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    auto *intro =
        new QLabel(tr("Where do you want to be, and by when? Set a target for a whole competency on "
                      "its row, or item by item. By: a date (YYYY-MM-DD) or \"within 12 months\" of "
                      "the session."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("targetsTree"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Item"), tr("Now"), tr("Target"), tr("By")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    layout->addWidget(m_tree, 1);
}

QComboBox *TargetsPage::levelBox(const std::string &item, QWidget *parent) const
{
    auto *box = new TeamAnswerBox(parent);
    box->addItem(tr("—"), 0);
    const Instrument &ins = m_controller->instrument();
    const Worksheet *w = ins.worksheetOfItem(item);
    for (const Level &l : ins.levelsOf(w ? *w : ins.competencies().front()))
        box->addItem(qs(l.label), l.value);
    box->setEnabled(!m_controller->isReadOnly());
    return box;
}

QComboBox *TargetsPage::byBox(QWidget *parent) const
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItem(tr("No deadline"));
    for (int months : kMonthChoices)
        box->addItem(tr("within %1 months").arg(months));
    box->lineEdit()->setPlaceholderText(tr("YYYY-MM-DD"));
    box->setEnabled(!m_controller->isReadOnly());
    return box;
}

void TargetsPage::rebuild()
{
    m_rows.clear();
    m_tree->clear();
    const Instrument &ins = m_controller->instrument();
    const Session &s = m_controller->session();
    const auto addRow = [&](QTreeWidgetItem *tree, std::vector<std::pair<std::string, std::string>> items,
                            const QString &key) {
        Row row{std::move(items), tree};
        row.target = levelBox(row.items.front().first, m_tree);
        row.target->setObjectName(QStringLiteral("target_%1").arg(key));
        row.target->setAccessibleName(tr("Target for %1").arg(tree->text(0)));
        row.by = byBox(m_tree);
        row.by->setObjectName(QStringLiteral("by_%1").arg(key));
        row.by->setAccessibleName(tr("By when, for %1").arg(tree->text(0)));
        m_tree->setItemWidget(tree, 2, row.target);
        m_tree->setItemWidget(tree, 3, row.by);
        m_rows.push_back(std::move(row));
    };
    for (const Competency &c : ins.competencies()) {
        auto *top = new QTreeWidgetItem(m_tree, {tr("C%1 %2").arg(c.number).arg(qs(c.title))});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        std::vector<std::pair<std::string, std::string>> all;
        for (const Item &item : c.items)
            all.emplace_back(item.id, std::string());
        addRow(top, all, qs(c.id));
        for (const Item &item : c.items) {
            auto *child = new QTreeWidgetItem(top, {qs(item.title)});
            addRow(child, {{item.id, {}}}, qs(item.id));
        }
        top->setExpanded(true);
    }
    for (const Worksheet &w : ins.worksheets) {
        if (w.kind != WorksheetKind::Scale || w.scope != WorksheetScope::Stage || s.stages.empty())
            continue;
        auto *top = new QTreeWidgetItem(m_tree, {qs(w.title)});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (std::size_t i = 0; i < s.stages.size(); ++i)
            for (const Item &item : w.items) {
                auto *child = new QTreeWidgetItem(
                    top, {tr("Stage %1: %2 — %3").arg(i + 1).arg(qs(s.stages[i].name), qs(item.title))});
                addRow(child, {{item.id, s.stages[i].id}},
                       qs(item.id) + QLatin1Char('@') + qs(s.stages[i].id));
            }
        top->setExpanded(true);
    }
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        connect(m_rows[i].target, &QComboBox::activated, this, [this, i] { store(m_rows[i]); });
        connect(m_rows[i].by, &QComboBox::activated, this, [this, i] { store(m_rows[i]); });
        connect(m_rows[i].by->lineEdit(), &QLineEdit::editingFinished, this, [this, i] { store(m_rows[i]); });
    }
}

void TargetsPage::store(const Row &row)
{
    const int level = row.target->currentData().toInt();
    std::string date;
    int months = 0;
    if (!parseBy(row.by->currentText(), date, months)) {
        // Neither a date nor a number of months: the box shows what is stored again.
        const Target *t =
            m_controller->session().findTarget(row.items.front().first, row.items.front().second);
        row.by->setEditText(t ? byText(*t) : tr("No deadline"));
        return;
    }
    std::vector<SessionController::TargetChange> changes;
    for (const auto &[item, scope] : row.items) {
        std::optional<Target> t;
        if (level > 0) {
            const Target *before = m_controller->session().findTarget(item, scope);
            t = Target{item, static_cast<Rating>(level), date, months, before ? before->note : std::string(),
                       scope};
        }
        changes.push_back({item, scope, t});
    }
    m_controller->setTargets(changes);
    refresh();
}

void TargetsPage::refresh()
{
    const Session &s = m_controller->session();
    QString structure = m_controller->isReadOnly() ? QStringLiteral("r") : QStringLiteral("w");
    for (const auto &stage : s.stages)
        structure += QLatin1Char('|') + qs(stage.id) + QLatin1Char('=') + qs(stage.name);
    if (structure != m_structure || m_rows.empty()) {
        m_structure = structure;
        rebuild();
    }
    const Score &score = m_controller->score();
    const Instrument &ins = m_controller->instrument();
    for (const Row &row : m_rows) {
        // Now: the team's value of a single item, the competency's level for a competency's row.
        if (row.items.size() == 1) {
            const auto &[item, scope] = row.items.front();
            const ItemScore *is = nullptr;
            if (scope.empty())
                is = score.findItem(item);
            else if (const WorksheetScore *ws = score.findWorksheet(ins.worksheetOfItem(item)->id))
                for (const auto &[stage, cs] : ws->stages)
                    if (stage == scope)
                        for (const auto &i : cs.items)
                            if (i.id == item)
                                is = &i;
            char value[16];
            if (is && is->value)
                std::snprintf(value, sizeof value, "%.2f", *is->value);
            // The team's value on the scale of 1 to 3 (an item has a value, not a level).
            // While the answers are hidden there is nothing to show but a team answer given openly.
            row.tree->setText(1, is && is->value                  ? tr("%1 of 3").arg(QString::fromLatin1(value))
                                 : m_controller->votesHidden() ? tr("hidden until revealed")
                                                               : tr("not rated"));
        }
        // A competency's row shows a target when all of its items share one.
        const Target *first = s.findTarget(row.items.front().first, row.items.front().second);
        bool same = true;
        for (const auto &[item, scope] : row.items) {
            const Target *t = s.findTarget(item, scope);
            same = same && ((!t && !first) || (t && first && t->level == first->level &&
                                               t->date == first->date && t->months == first->months));
        }
        const QSignalBlocker b1(row.target), b2(row.by);
        const int at = same && first ? row.target->findData(ratingValue(first->level)) : 0;
        row.target->setCurrentIndex(at >= 0 ? at : 0);
        if (!row.by->lineEdit()->hasFocus())
            row.by->setEditText(same && first ? byText(*first) : tr("No deadline"));
        row.by->setEnabled(!m_controller->isReadOnly() && row.target->currentIndex() > 0);
    }
}

} // namespace cxm::ui
