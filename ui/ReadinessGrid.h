// The readiness answers as one model and a view per question, not a widget per answer, so a session of
// hundreds of participants opens in a moment. The model's rows are the questions and its columns the
// participants (whose names are its horizontal header); a view shows one question's row, a cell per
// participant painted as a Y and an N toggle. The letter a toggle shows (Y or N; J or N in German)
// picks it and moves on to the next participant, after the last one to the next question's first; a
// click picks and keeps the keys on the clicked answer (ChoiceTableView).
#pragma once

#include "ChoiceTableView.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHeaderView>
#include <QStringList>

#include <string>
#include <vector>

namespace cxm::ui {

class ReadinessGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int ValueRole = Qt::UserRole + 1; // -1 no answer, else the choice (0 Yes, 1 No)

    struct Participant
    {
        std::string id;
        QString name;
    };

    // labels: the short toggle texts (Y, N), which are also the keys; names: the full choice names
    // (Yes, No); questions: the question ids, one row each.
    ReadinessGridModel(QStringList labels, QStringList names, std::vector<QColor> colors,
                       std::vector<std::string> questions, std::vector<Participant> participants,
                       QObject *parent = nullptr);

    // values[question][participant]: -1 or the choice; absent[participant]: away for this step. A
    // participant takes answers when the file is writable and they are present. Signals what changed.
    void setAnswers(const std::vector<std::vector<int>> &values, const std::vector<bool> &absent,
                    bool writable);

    int value(int question, int participant) const;
    bool isEnabled(int participant) const { return m_enabled.at(static_cast<std::size_t>(participant)); }
    const std::string &participantId(int column) const;
    const std::string &questionId(int row) const { return m_questions.at(static_cast<std::size_t>(row)); }
    const QStringList &labels() const { return m_labels; }
    const QStringList &choiceNames() const { return m_names; }
    QColor color(int choice) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QStringList m_labels;
    QStringList m_names;
    std::vector<QColor> m_colors;
    std::vector<std::string> m_questions;
    std::vector<Participant> m_participants;
    std::vector<int> m_values; // row-major: question × participant
    std::vector<bool> m_enabled;
    std::vector<bool> m_absent;
};

// One question's answers: the model's row for that question, a cell per participant. Left and Right
// go from person to person (on to the next question after the last one), Up and Down to the same
// person's answer to the question above or below.
class ReadinessGridView : public ChoiceTableView
{
    Q_OBJECT

public:
    ReadinessGridView(ReadinessGridModel *model, int question, const QString &subject,
                      QWidget *parent = nullptr);

    ReadinessGridModel *answers() const { return m_model; }
    int question() const { return m_question; }
    // The centre of a participant's Yes (0) or No (1) toggle, in viewport coordinates.
    QPoint toggleCenter(int participant, int choice) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    int stopCount() const override;
    Stop stop(int index) const override;
    int stopOf(const QModelIndex &index) const override;
    QModelIndex cellOf(int stop) const override;
    int choiceAt(const QModelIndex &index, const QPoint &pos) const override;
    bool navigate(QKeyEvent *event, int stop) override;

private:
    ReadinessGridModel *m_model;
    int m_question;
};

// The participants' names above the answer columns: bold, centred over each column, shortened with
// "…" to its width (the whole name in the tooltip), without a table header's bevel.
class ReadinessNameHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit ReadinessNameHeader(QWidget *parent = nullptr);
    // The name as shown in a column of the present width.
    QString shownName(int section) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
};

// Where a cell's toggles are: its two halves, with a little room between and around them.
QRect readinessToggleRect(const QRect &cell, int choice, int choices);

} // namespace cxm::ui
