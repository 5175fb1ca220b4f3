// The action plan as a table for the Action Plan step: a row per action in the plan's order, a column
// per field (title, owner, due date, status, what it addresses, the CCO priority, note). Editing a
// cell is one undoable edit through the controller, stored before the table shows it; a refused edit
// leaves the cell as it was stored. Owner filter and status filter work through ActionsFilter.
#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <string>

namespace cxm {
struct Action;
}

namespace cxm::ui {

class SessionController;

class ActionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Owner, Due, Status, Addresses, Priority, Note, ColumnCount };
    // The stored value behind a cell (a participant's id, a status id, an address, a priority id),
    // for the editors and the filters.
    static constexpr int ValueRole = Qt::UserRole + 1;
    // The sort key: due dates sort as dates with undated last, statuses in their workflow order.
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit ActionsModel(SessionController *controller, QObject *parent = nullptr);
    // Re-reads the plan from the session.
    void reload();
    std::string actionId(int row) const;
    int rowOf(const std::string &actionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    QString ownerText(const Action &a) const;

    SessionController *m_controller;
    int m_rows = 0;
};

// Shows the actions of one owner (a participant's id, or a free-text name) and one status; empty
// shows all.
class ActionsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOwner(const QString &owner);
    void setStatus(const QString &status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_owner;
    QString m_status;
};

} // namespace cxm::ui
