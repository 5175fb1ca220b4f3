// The team's Power Core ranking (read-only): rank, option, Borda points and first places, from the
// scoring engine's result. Rows follow the team ranking; A and B mark the top two.
#pragma once

#include "ScoringEngine.h"

#include <QAbstractTableModel>

#include <string>

namespace cxm::ui {

class SessionController;

class TeamRankingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, Option, Points, FirstPlaces, ColumnCount };

    // The team ranking of one ranking worksheet.
    TeamRankingModel(SessionController *controller, std::string worksheetId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const PowerCoreScore &score() const;

    SessionController *m_controller;
    std::string m_worksheet;
    int m_rows = 0;
};

} // namespace cxm::ui
