// The answers of every participant to one question as a model and a view, not a widget per answer,
// so a session of hundreds of participants opens in a moment. A row is a participant: their name,
// then one cell per choice (E/A/M, or Y/N). Keys and clicks follow the AnswerNavigator's focus
// model: the letter a cell shows, or Space, picks it and moves to the next person; a click picks it
// and keeps the keys there; Delete or Backspace (or "Clear answer" in the context menu) clears the
// answer the keys are on; clicking the chosen cell keeps it.
#pragma once

#include "ChoiceTableView.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

#include <string>
#include <vector>

namespace cxm::ui {

class AnswerGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int ChosenRole = Qt::UserRole + 1;
    static constexpr int ColorRole = Qt::UserRole + 2;

    struct Row
    {
        std::string participant;
        QString name;
        int value = -1;      // index of the chosen choice, -1 for none
        bool enabled = true; // false: read-only file, or the participant is absent
        bool operator==(const Row &) const = default;
    };

    // labels: the short cell texts (E, A, M); names: the full choice names (Early …).
    AnswerGridModel(QStringList labels, QStringList names, std::vector<QColor> colors,
                    QObject *parent = nullptr);

    // Replaces the rows: a reset when participants changed, else dataChanged for the rows that did.
    void setRows(std::vector<Row> rows);
    const Row &row(int index) const { return m_rows.at(static_cast<std::size_t>(index)); }
    int rowOf(const std::string &participant) const;
    int choiceCount() const { return static_cast<int>(m_labels.size()); }
    const QStringList &labels() const { return m_labels; }
    const QStringList &choiceNames() const { return m_names; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QStringList m_labels;
    QStringList m_names;
    std::vector<QColor> m_colors;
    std::vector<Row> m_rows;
};

class AnswerGridView : public ChoiceTableView
{
    Q_OBJECT

public:
    AnswerGridView(AnswerGridModel *model, const QString &subject, QWidget *parent = nullptr);

    AnswerGridModel *answers() const { return m_model; }
    // Height for every row, so the page scrolls rather than each grid.
    void fitRows();

protected:
    int stopCount() const override;
    Stop stop(int index) const override;
    int stopOf(const QModelIndex &index) const override;
    QModelIndex cellOf(int stop) const override;
    int choiceAt(const QModelIndex &index, const QPoint &pos) const override;
    bool navigate(QKeyEvent *event, int stop) override;

private:
    int currentChoiceColumn(int row) const;

    AnswerGridModel *m_model;
};

} // namespace cxm::ui
