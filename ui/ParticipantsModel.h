// The session's participants as a table (name, role, answers given) for the Setup step. Name and role
// are editable in place; an edit goes through the SessionController, so it is undoable and stored.
#pragma once

#include <QAbstractTableModel>

#include <string>
#include <unordered_map>
#include <vector>

namespace cxm::ui {

class SessionController;

class ParticipantsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Role, Answers, ColumnCount };

    explicit ParticipantsModel(SessionController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    std::string participantId(int row) const;
    // How many of the questions open to everyone this participant has answered (the Answers column).
    int answerCount(const std::string &participantId) const;

private:
    void sync();
    void countAnswers();

    SessionController *m_controller;
    std::vector<std::string> m_ids;
    int m_possibleAnswers = 0;                       // per participant, see countAnswers()
    std::unordered_map<std::string, int> m_answered; // participant id -> answers given
};

} // namespace cxm::ui
