#include "PlanDelegate.h"

#include "ActionsModel.h"
#include "Roadmap.h"
#include "Plan.h"
#include "PlanWords.h"
#include "SessionController.h"
#include "UiText.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace cxm::ui {

PlanDelegate::PlanDelegate(SessionController *controller, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_controller(controller)
{}

QList<QPair<QString, QString>> PlanDelegate::addressChoices(const SessionController &controller)
{
    const Instrument &ins = controller.instrument();
    const Session &s = controller.session();
    QList<QPair<QString, QString>> out{{QString(), tr("(nothing in particular)")}};
    const auto add = [&](const std::string &ref) {
        out.append({qs(ref), report::addressWords(ref, ins, s)});
    };
    for (const auto &c : ins.competencies())
        for (const auto &item : c.items)
            add("item:" + item.id);
    for (const auto &q : ins.readiness().items)
        add("question:" + q.id);
    for (const auto &stage : s.stages)
        add("stage:" + stage.id);
    for (const auto &w : ins.worksheets)
        if (w.kind == WorksheetKind::Reconcile)
            for (const auto &stage : s.stages)
                for (const Item *p : w.itemsOf("projects"))
                    if (!s.itemName(p->id, stage.id).empty())
                        add("project:" + stage.id + ":" + p->id);
    return out;
}

QWidget *PlanDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const Session &s = m_controller->session();
    switch (index.column()) {
    case ActionsModel::Owner: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("ownerEditor"));
        combo->setEditable(true); // a name that is not a participant's may be typed
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItem(tr("(nobody yet)"), QStringLiteral("name:"));
        for (const auto &p : s.participants)
            combo->addItem(shortName(qs(p.name)), qs(p.id));
        return combo;
    }
    case ActionsModel::Due: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("dueEditor"));
        edit->setPlaceholderText(tr("YYYY-MM-DD"));
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("^(\\d{0,4}|\\d{4}-\\d{0,2}|\\d{4}-\\d{2}-\\d{0,2})$")), edit));
        return edit;
    }
    case ActionsModel::Status: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("statusEditor"));
        for (const auto status :
             {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped})
            combo->addItem(report::statusWords(status), qs(std::string(toString(status))));
        return combo;
    }
    case ActionsModel::Addresses: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("addressesEditor"));
        for (const auto &[value, words] : addressChoices(*m_controller))
            combo->addItem(shortName(words), value);
        return combo;
    }
    case ActionsModel::Priority: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("priorityEditor"));
        combo->addItem(tr("(none)"), QString());
        for (const auto &[id, title] : priorityChoices(m_controller->instrument()))
            combo->addItem(qs(title), qs(id));
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void PlanDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString value = index.data(ActionsModel::ValueRole).toString();
        const int at = combo->findData(value);
        if (at >= 0)
            combo->setCurrentIndex(at);
        else if (combo->isEditable()) // an owner typed freely
            combo->setEditText(value.mid(5));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PlanDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        QString value = combo->currentData().toString();
        // An owner typed freely (not one of the list's names) is kept as a name.
        if (combo->isEditable() && combo->currentText() != combo->itemText(combo->currentIndex()))
            value = QStringLiteral("name:") + combo->currentText();
        else if (combo->isEditable() && combo->currentIndex() < 0)
            value = QStringLiteral("name:") + combo->currentText();
        model->setData(index, value, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace cxm::ui
