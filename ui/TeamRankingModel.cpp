#include "TeamRankingModel.h"

#include "SessionController.h"
#include "UiText.h"

#include <QFont>

namespace cxm::ui {

TeamRankingModel::TeamRankingModel(SessionController *controller, std::string worksheetId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
    , m_worksheet(std::move(worksheetId))
    , m_rows(static_cast<int>(score().ranking.size()))
{
    connect(m_controller, &SessionController::sessionChanged, this, [this] {
        beginResetModel();
        m_rows = static_cast<int>(score().ranking.size());
        endResetModel();
    });
}

const PowerCoreScore &TeamRankingModel::score() const
{
    return m_controller->score().rankingOf(m_worksheet);
}

int TeamRankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TeamRankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamRankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PowerCoreScore &pc = score();
    const auto row = static_cast<std::size_t>(index.row());
    if (row >= pc.ranking.size())
        return {};
    const std::string &id = pc.ranking[row];
    if (role == Qt::FontRole && row < 2) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Option)
        return QVariant::fromValue(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rank:
        return row == 0 ? tr("A") : row == 1 ? tr("B") : QString::number(row + 1);
    case Option: {
        const PowerCoreOption *o = m_controller->instrument().findWorksheet(m_worksheet)->findItem(id);
        return o ? qs(o->title) : qs(id);
    }
    case Points:
        return pc.pointsOf(id);
    case FirstPlaces:
        for (const auto &[option, n] : pc.firstPlaces)
            if (option == id)
                return n;
        return 0;
    default:
        return {};
    }
}

QVariant TeamRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Points)
        return tr("Each person's ranking gives %1 points for a first place, %2 for a second … 0 for the "
                  "last; "
                  "the points are added up (a Borda count).")
            .arg(static_cast<int>(m_controller->instrument().findWorksheet(m_worksheet)->items.size()) - 1)
            .arg(static_cast<int>(m_controller->instrument().findWorksheet(m_worksheet)->items.size()) - 2);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("Rank");
    case Option:
        return tr("Option");
    case Points:
        return tr("Points");
    case FirstPlaces:
        return tr("Ranked first");
    default:
        return {};
    }
}

} // namespace cxm::ui
