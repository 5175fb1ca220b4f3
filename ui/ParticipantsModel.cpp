#include "ParticipantsModel.h"

#include "Progress.h"
#include "SessionController.h"
#include "UiText.h"

#include <algorithm>

namespace cxm::ui {

ParticipantsModel::ParticipantsModel(SessionController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    countAnswers();
    for (const auto &p : m_controller->session().participants)
        m_ids.push_back(p.id);
    connect(m_controller, &SessionController::sessionChanged, this, &ParticipantsModel::sync);
}

// Once per change, not per painted cell: what everyone may answer (Progress's questions of every
// worksheet) and what each participant has answered (Progress's rule, as the step list counts).
void ParticipantsModel::countAnswers()
{
    const Session &s = m_controller->session();
    const Instrument &ins = m_controller->instrument();
    const Progress progress(s, ins);
    std::vector<std::string> questions;
    for (const auto &w : ins.worksheets)
        for (auto &q : stepQuestions(s, w))
            questions.push_back(std::move(q));
    m_possibleAnswers = static_cast<int>(questions.size());
    m_answered.clear();
    for (const auto &p : s.participants)
        m_answered[p.id] = static_cast<int>(std::count_if(
            questions.begin(), questions.end(), [&](const auto &q) { return progress.answered(p.id, q); }));
}

void ParticipantsModel::sync()
{
    countAnswers();
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
    const auto it = m_answered.find(participantId);
    return it == m_answered.end() ? 0 : it->second;
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
