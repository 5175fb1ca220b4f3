// The editors of the action plan's cells: the owner from the participants or typed freely, a due date
// as YYYY-MM-DD, the status, what the action addresses and the CCO priority from their lists; the
// title and the note as text. What an editor holds goes to ActionsModel::setData as the stored value.
#pragma once

#include <QStyledItemDelegate>

namespace cxm::ui {

class SessionController;

class PlanDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    PlanDelegate(SessionController *controller, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // What an action may address, as (value, words): nothing, the competencies' items, the readiness
    // questions, the journey's stages and the stop-doing list's named projects.
    static QList<QPair<QString, QString>> addressChoices(const SessionController &controller);

private:
    SessionController *m_controller;
};

} // namespace cxm::ui
