// The shared portfolio in the window (File → Portfolio…): the published sessions in a table,
// filtered by organisation, date range and facilitator; how many sit at each milestone; each
// competency's distribution as a box plot; and where the open session (if any) stands, by
// percentile. The listing is fetched once per Refresh, off the window's thread; the filters narrow
// it at once, with the same rules as `cxm portfolio`'s.
#pragma once

#include "Instrument.h"
#include "Portfolio.h"
#include "ScoringEngine.h"

#include <QDialog>

#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace cxm::ui {

class MainWindow;
class PortfolioChart;

class PortfolioDialog : public QDialog
{
    Q_OBJECT

public:
    // openScore/openUuid: the session open in the window, placed among the others (its own
    // publication left out); none when no session is open.
    PortfolioDialog(const Instrument &instrument, std::optional<Score> openScore, std::string openUuid,
                    QWidget *parent = nullptr);

    // Opens the view beside the window (or brings the open one forward), placing the window's open
    // session; reads the remembered database at once.
    static void openFor(MainWindow *window);

    // Fetches the listing from the database now; false (the reason shown) when it cannot.
    bool refresh();
    // The sessions the filters let through, as shown.
    const std::vector<portfolio::ListedSession> &shown() const { return m_shown; }

private:
    void applyFilters();
    void fillChoices(QComboBox *box, const QString &all, std::vector<std::string> values);
    portfolio::Filter filter() const;

    const Instrument &m_instrument;
    std::optional<Score> m_openScore;
    std::string m_openUuid;
    std::string m_openPublication; // the id the open session is listed under, when this role published it
    std::vector<portfolio::ListedSession> m_all;
    std::vector<portfolio::ListedSession> m_shown;

    QLineEdit *m_database;
    QPushButton *m_refresh;
    QComboBox *m_organisation;
    QComboBox *m_facilitator;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_status;
    QLabel *m_summary;
    QLabel *m_standing;
    PortfolioChart *m_chart;
    QTableView *m_table;
    QStandardItemModel *m_model;
};

} // namespace cxm::ui
