#include "ActionsModel.h"

#include "Plan.h"
#include "PlanWords.h"
#include "Roadmap.h"
#include "SessionController.h"
#include "UiText.h"

namespace cxm::ui {

ActionsModel::ActionsModel(SessionController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    m_rows = static_cast<int>(m_controller->session().actions.size());
}

void ActionsModel::reload()
{
    // The same rows (an edit, or a refresh that changed nothing): their cells change in place, so an
    // editor open in the table stays open. Rows added or taken away: the table starts afresh.
    const int rows = static_cast<int>(m_controller->session().actions.size());
    if (rows == m_rows) {
        if (rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

std::string ActionsModel::actionId(int row) const
{
    const auto &actions = m_controller->session().actions;
    return row >= 0 && row < static_cast<int>(actions.size()) ? actions[static_cast<std::size_t>(row)].id
                                                              : std::string();
}

int ActionsModel::rowOf(const std::string &actionId) const
{
    const auto &actions = m_controller->session().actions;
    for (std::size_t i = 0; i < actions.size(); ++i)
        if (actions[i].id == actionId)
            return static_cast<int>(i);
    return -1;
}

int ActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActionsModel::ownerText(const Action &a) const
{
    if (const Participant *p = m_controller->session().findParticipant(a.owner))
        return qs(p->name);
    return qs(a.ownerName);
}

QVariant ActionsModel::data(const QModelIndex &index, int role) const
{
    const auto &actions = m_controller->session().actions;
    if (!index.isValid() || index.row() >= static_cast<int>(actions.size()) || index.row() >= m_rows)
        return {};
    const Action &a = actions[static_cast<std::size_t>(index.row())];
    const Instrument &ins = m_controller->instrument();
    const Session &s = m_controller->session();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole: {
        QString text;
        switch (index.column()) {
        case Title:
            text = qs(a.title);
            break;
        case Owner:
            text = ownerText(a);
            break;
        case Due:
            text = qs(a.due);
            break;
        case Status:
            text = report::statusWords(a.status);
            break;
        case Addresses:
            text = report::addressWords(a.addresses, ins, s);
            break;
        case Priority:
            text = a.priority.empty() ? QString()
                                      : report::priorityWords(a.priority, ins); // "FIX (Years 1 through 3)"
            break;
        case Note:
            text = qs(a.note);
            break;
        }
        if (role == Qt::ToolTipRole)
            return richTextOf(text); // user text: never read as markup
        if (role == Qt::DisplayRole && index.column() == Owner)
            return shortName(text);
        return text;
    }
    case ValueRole:
        switch (index.column()) {
        case Owner:
            return a.owner.empty() ? QStringLiteral("name:") + qs(a.ownerName) : qs(a.owner);
        case Status:
            return qs(std::string(toString(a.status)));
        case Addresses:
            return qs(a.addresses);
        case Priority:
            return qs(a.priority);
        default:
            return data(index, Qt::EditRole);
        }
    case SortRole:
        switch (index.column()) {
        case Due:
            return a.due.empty() ? QStringLiteral("9999") : qs(a.due); // undated last
        case Status:
            return static_cast<int>(a.status);
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    default:
        return {};
    }
}

QVariant ActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Action");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case Addresses:
        return tr("Addresses");
    case Priority:
        return tr("CCO priority");
    case Note:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags ActionsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_controller->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ActionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const Action *now = m_controller->session().findAction(actionId(index.row()));
    if (!now)
        return false;
    Action a = *now;
    const QString text = value.toString();
    switch (index.column()) {
    case Title:
        if (ss(singleLine(text)).empty())
            return false; // an action keeps a title
        a.title = ss(singleLine(text));
        break;
    case Owner:
        // A participant's id, or "name:" and a name typed freely.
        if (text.startsWith(QStringLiteral("name:"))) {
            a.owner.clear();
            a.ownerName = ss(singleLine(text.mid(5)));
        } else {
            a.owner = ss(text);
            a.ownerName.clear();
        }
        break;
    case Due:
        a.due = ss(text);
        break;
    case Status:
        if (const auto status = parseActionStatus(ss(text)))
            a.status = *status;
        else
            return false;
        break;
    case Addresses:
        a.addresses = ss(text);
        break;
    case Priority:
        a.priority = ss(text);
        break;
    case Note:
        a.note = text.trimmed().toStdString();
        break;
    }
    const bool ok = m_controller->updateAction(a);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return ok;
}

void ActionsFilter::setOwner(const QString &owner)
{
    m_owner = owner;
    invalidateFilter();
}

void ActionsFilter::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

bool ActionsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto value = [&](int column) {
        return sourceModel()->index(sourceRow, column, sourceParent).data(ActionsModel::ValueRole).toString();
    };
    return (m_owner.isEmpty() || value(ActionsModel::Owner) == m_owner) &&
           (m_status.isEmpty() || value(ActionsModel::Status) == m_status);
}

} // namespace cxm::ui
