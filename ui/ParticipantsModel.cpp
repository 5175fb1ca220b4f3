#include "ParticipantsModel.h"

#include "SessionController.h"
#include "UiText.h"

namespace cxm::ui {

ParticipantsModel::ParticipantsModel(SessionController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    m_possibleAnswers = possibleAnswers();
    for (const auto &p : m_controller->session().participants)
        m_ids.push_back(p.id);
    connect(m_controller, &SessionController::sessionChanged, this, &ParticipantsModel::sync);
}

// Per participant: every item of a scale, checklist or tracked worksheet (a metric the team names
// once it is named), and one ranking per ranking worksheet; a lists worksheet is the team's.
int ParticipantsModel::possibleAnswers() const
{
    const Session &s = m_controller->session();
    int n = 0;
    for (const auto &w : m_controller->instrument().worksheets) {
        if (w.kind == WorksheetKind::Ranking)
            ++n;
        else if (w.kind != WorksheetKind::Lists)
            for (const auto &item : w.items)
                n += !item.named || !s.itemName(item.id).empty() ? 1 : 0;
    }
    return n;
}

void ParticipantsModel::sync()
{
    m_possibleAnswers = possibleAnswers();
    std::vector<std::string> ids;
    for (const auto &p : m_controller->session().participants)
        ids.push_back(p.id);
    if (ids != m_ids) {
        beginResetModel();
        m_ids = std::move(ids);
        endResetModel();
    } else if (!m_ids.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int ParticipantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int ParticipantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::string ParticipantsModel::participantId(int row) const
{
    return row >= 0 && row < rowCount() ? m_ids[static_cast<std::size_t>(row)] : std::string();
}

int ParticipantsModel::answerCount(const std::string &participantId) const
{
    const Session &s = m_controller->session();
    int n = 0;
    for (const auto &r : s.ratings)
        n += r.participant == participantId;
    for (const auto &a : s.checklist)
        n += a.participant == participantId;
    for (const auto &r : s.rankings)
        n += r.participant == participantId;
    for (const auto &t : s.tracked)
        n += t.participant == participantId && t.tracked && t.difficulty ? 1 : 0;
    return n;
}

QVariant ParticipantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant *p = m_controller->session().findParticipant(participantId(index.row()));
    if (!p)
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            return qs(p->name);
        case Role:
            return qs(p->role);
        case Answers:
            if (role == Qt::EditRole)
                return answerCount(p->id);
            return tr("%1 of %2").arg(answerCount(p->id)).arg(m_possibleAnswers);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() != Answers)
        return tr("Double-click or press F2 to edit");
    return {};
}

QVariant ParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Answers:
        return tr("Answers");
    default:
        return {};
    }
}

Qt::ItemFlags ParticipantsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Answers && !m_controller->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ParticipantsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() == Answers)
        return false;
    const Participant *p = m_controller->session().findParticipant(participantId(index.row()));
    if (!p)
        return false;
    std::string name = p->name;
    std::string newRole = p->role;
    if (index.column() == Name) {
        name = ss(singleLine(value.toString()));
        if (name.empty())
            return false;
    } else {
        newRole = ss(singleLine(value.toString()));
    }
    return m_controller->updateParticipant(p->id, name, newRole);
}

} // namespace cxm::ui
