// The portfolio's competency distributions as box plots, one row per competency: the whiskers from
// the lowest to the highest percentage, the box from the first to the third quartile, a line at the
// median, and a diamond where the open session stands, with its percentile beside the row. Painted
// with QPainter; reads only the figures it is given.
#pragma once

#include "Instrument.h"
#include "Portfolio.h"

#include <QWidget>

#include <optional>
#include <string>
#include <vector>

namespace cxm::ui {

class PortfolioChart : public QWidget
{
    Q_OBJECT

public:
    explicit PortfolioChart(const Instrument &instrument, QWidget *parent = nullptr);

    struct Row
    {
        QString label;
        std::optional<portfolio::Distribution> distribution;
        std::optional<double> mine;       // the open session's percentage
        std::optional<double> percentile; // where that stands among the others
    };
    void setRows(std::vector<Row> rows);
    const std::vector<Row> &rows() const { return m_rows; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    std::vector<Row> m_rows;
};

} // namespace cxm::ui
