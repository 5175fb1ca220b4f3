// The comparison of two or more sessions in a window of its own (File → Compare sessions…): a summary
// (the milestone's progress, the overall index, actions completed, targets met), a table each for
// the competencies, the items and the journey's stages with every session's value and the change
// first to last, and the perception gap. A change reads as an arrow, a word and a colour, so it
// survives greyscale print and colour blindness. Read-only: it never changes a session.
#pragma once

#include "Comparison.h"

#include <QDialog>

class QStandardItemModel;
class QTabWidget;

namespace cxm::ui {

class ComparisonView : public QDialog
{
    Q_OBJECT

public:
    ComparisonView(Comparison comparison, const Instrument &instrument, QWidget *parent = nullptr);

    const Comparison &comparison() const { return m_comparison; }
    // The tables' models (for tests): competencies, items, stages, the perception gap.
    QStandardItemModel *competencyModel() const { return m_competencies; }
    QStandardItemModel *itemModel() const { return m_items; }
    QStandardItemModel *stageModel() const { return m_stages; }
    QStandardItemModel *gapModel() const { return m_gap; }

    // Asks where to save the trend report (a PDF, as `cxm report --compare`) and writes it off the
    // window's thread; false when cancelled or refused (the reason shown).
    bool exportTrendReport();
    // Where the last trend report went (for tests), or empty.
    const QString &exportedTo() const { return m_exportedTo; }

    // "▲ up +0.50", "▼ down −10.0%", "▬ no change", "– not comparable".
    static QString changeText(const Change &change, int decimals, const QString &unit = {});

private:
    QWidget *buildSummary();
    QStandardItemModel *trendModel(const std::vector<TrendRow> &rows, int decimals, const QString &unit,
                                   const QString &firstColumn);
    QWidget *tableTab(QStandardItemModel *model, const QString &objectName, const QString &note);
    QWidget *buildGapTab();
    QString levelText(const std::optional<std::string> &level, const std::string &worksheet = {}) const;

    Comparison m_comparison;
    const Instrument &m_instrument;
    QTabWidget *m_tabs = nullptr;
    QStandardItemModel *m_competencies = nullptr;
    QStandardItemModel *m_items = nullptr;
    QStandardItemModel *m_stages = nullptr;
    QStandardItemModel *m_gap = nullptr;
    QString m_exportedTo;
};

} // namespace cxm::ui
