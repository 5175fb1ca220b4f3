#include "PortfolioDialog.h"

#include "BackgroundTask.h"
#include "MainWindow.h"
#include "PortfolioChart.h"
#include "ReportWriter.h"
#include "SessionController.h"
#include "Settings.h"
#include "UiText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace cxm::ui {

namespace {

const QDate kAnyDate(2000, 1, 1);

QDateEdit *dateFilter(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(report::dateFormat()); // as the session's date in Setup
    edit->setMinimumDate(kAnyDate);
    // The lowest date reads "any": no bound.
    edit->setSpecialValueText(PortfolioDialog::tr("any"));
    edit->setDate(kAnyDate);
    return edit;
}

QStandardItem *numberItem(const QString &text, double sortValue)
{
    auto *item = new QStandardItem(text);
    item->setData(sortValue, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PortfolioDialog::PortfolioDialog(const Instrument &instrument, std::optional<Score> openScore,
                                 std::string openUuid, QWidget *parent)
    : QDialog(parent)
    , m_instrument(instrument)
    , m_openScore(std::move(openScore))
    , m_openUuid(std::move(openUuid))
{
    setObjectName(QStringLiteral("portfolioDialog"));
    setWindowTitle(tr("Portfolio"));
    auto *layout = new QVBoxLayout(this);

    auto *connection = new QHBoxLayout;
    connection->addWidget(new QLabel(tr("&Database:"), this));
    m_database = new QLineEdit(Settings::portfolioDatabase(), this);
    m_database->setObjectName(QStringLiteral("portfolioDatabase"));
    m_database->setPlaceholderText(tr("postgresql://you@db.example.com/portfolio"));
    qobject_cast<QLabel *>(connection->itemAt(0)->widget())->setBuddy(m_database);
    connection->addWidget(m_database, 1);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("portfolioRefresh"));
    connection->addWidget(m_refresh);
    layout->addLayout(connection);
    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_database, &QLineEdit::returnPressed, this, [this] { refresh(); });

    auto *filters = new QHBoxLayout;
    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(QStringLiteral("filterOrganisation"));
    m_facilitator = new QComboBox(this);
    m_facilitator->setObjectName(QStringLiteral("filterFacilitator"));
    m_from = dateFilter(QStringLiteral("filterFrom"), this);
    m_to = dateFilter(QStringLiteral("filterTo"), this);
    const auto labelled = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, this);
        label->setBuddy(w);
        filters->addWidget(label);
        filters->addWidget(w);
    };
    labelled(tr("&Organisation:"), m_organisation);
    labelled(tr("&Facilitator:"), m_facilitator);
    labelled(tr("From:"), m_from);
    labelled(tr("To:"), m_to);
    filters->addStretch(1);
    layout->addLayout(filters);
    fillChoices(m_organisation, tr("All organisations"), {});
    fillChoices(m_facilitator, tr("All facilitators"), {});
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &PortfolioDialog::applyFilters);
    connect(m_facilitator, &QComboBox::currentIndexChanged, this, &PortfolioDialog::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &PortfolioDialog::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &PortfolioDialog::applyFilters);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("portfolioStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("portfolioSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_chart = new PortfolioChart(instrument, this);
    layout->addWidget(m_chart);
    m_standing = new QLabel(this);
    m_standing->setObjectName(QStringLiteral("portfolioStanding"));
    m_standing->setTextFormat(Qt::PlainText);
    m_standing->setWordWrap(true);
    layout->addWidget(m_standing);

    m_model = new QStandardItemModel(this);
    QStringList headers{tr("Date"),      tr("Organisation"), tr("Title"),   tr("Facilitator"),
                        tr("Milestone"), tr("Participants"), tr("Revision")};
    for (const auto &c : instrument.competencies())
        headers << tr("C%1 %").arg(c.number);
    m_model->setHorizontalHeaderLabels(headers);
    m_model->setSortRole(Qt::UserRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("portfolioTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder); // the newest first
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(std::max(m_chart->sizeHint().width() + 40, 1040), 760);
    applyFilters();
}

void PortfolioDialog::fillChoices(QComboBox *box, const QString &all, std::vector<std::string> values)
{
    const QString current = box->currentData().toString();
    QSignalBlocker block(box);
    box->clear();
    box->addItem(all, QString());
    for (const auto &v : values)
        if (!v.empty())
            box->addItem(qs(v), qs(v));
    const int again = box->findData(current);
    box->setCurrentIndex(again < 0 ? 0 : again);
}

void PortfolioDialog::openFor(MainWindow *window)
{
    if (auto *open = window->findChild<PortfolioDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    std::optional<Score> score;
    std::string uuid;
    const Instrument *instrument = &window->instrument();
    if (SessionController *c = window->controller()) {
        score = c->score();
        uuid = c->file().uuid();
        instrument = &c->instrument();
    }
    auto *dialog = new PortfolioDialog(*instrument, score, uuid, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    if (!dialog->m_database->text().isEmpty())
        dialog->refresh();
}

bool PortfolioDialog::refresh()
{
    const std::string database = m_database->text().trimmed().toStdString();
    try {
        if (database.empty())
            throw portfolio::PortfolioError(
                portfolio::PortfolioError::Kind::BadAddress, {},
                tr("Enter the portfolio's database, as a PostgreSQL address.").toStdString());
        portfolio::describeDatabase(database);
        Settings::setPortfolioDatabase(m_database->text());
        std::vector<portfolio::ListedSession> all;
        std::string publication;
        const Instrument &instrument = m_instrument;
        const std::string open = m_openUuid;
        runInBackground(this, tr("Reading the portfolio…"), [&] {
            portfolio::Portfolio source(database, instrument);
            all = source.listing();
            publication = source.publicationOf(open); // an anonymous publication has an id of its own
        });
        m_all = std::move(all);
        m_openPublication = std::move(publication);
    } catch (const Error &e) {
        m_status->setText(tr("Cannot read the portfolio: %1").arg(qs(e.what())));
        return false;
    }
    m_status->setText(tr("%n session(s) published", nullptr, static_cast<int>(m_all.size())));
    std::set<std::string> organisations;
    std::set<std::string> facilitators;
    for (const auto &s : m_all) {
        organisations.insert(s.organization);
        facilitators.insert(s.facilitator);
    }
    fillChoices(m_organisation, tr("All organisations"), {organisations.begin(), organisations.end()});
    fillChoices(m_facilitator, tr("All facilitators"), {facilitators.begin(), facilitators.end()});
    applyFilters();
    return true;
}

portfolio::Filter PortfolioDialog::filter() const
{
    portfolio::Filter f;
    if (!m_organisation->currentData().toString().isEmpty())
        f.organization = m_organisation->currentData().toString().toStdString();
    if (!m_facilitator->currentData().toString().isEmpty())
        f.facilitator = m_facilitator->currentData().toString().toStdString();
    if (m_from->date() != kAnyDate)
        f.from = m_from->date().toString(Qt::ISODate).toStdString();
    if (m_to->date() != kAnyDate)
        f.to = m_to->date().toString(Qt::ISODate).toStdString();
    return f;
}

void PortfolioDialog::applyFilters()
{
    const portfolio::Filter f = filter();
    m_shown.clear();
    std::copy_if(m_all.begin(), m_all.end(), std::back_inserter(m_shown),
                 [&](const portfolio::ListedSession &s) { return portfolio::matches(s, f); });
    const portfolio::Benchmark b = portfolio::benchmarkOf(m_shown, m_instrument);

    QStringList counts;
    for (const auto &[id, n] : b.milestones) {
        const auto *m = m_instrument.findMilestone(id);
        counts << tr("%1: %2").arg(m ? qs(m->title) : qs(id)).arg(n);
    }
    if (b.unscored)
        counts << tr("not scored yet: %1").arg(b.unscored);
    m_summary->setText(tr("%n session(s) shown.", nullptr, static_cast<int>(b.sessions)) + QLatin1Char(' ') +
                       tr("Milestones — %1").arg(counts.join(QStringLiteral(" · "))));

    std::vector<std::pair<std::string, std::optional<double>>> percentiles;
    if (m_openScore)
        percentiles = portfolio::percentilesOf(m_shown, *m_openScore, m_openPublication);
    std::vector<PortfolioChart::Row> rows;
    QStringList standing;
    for (std::size_t i = 0; i < b.competencies.size(); ++i) {
        const auto &c = m_instrument.competencies()[i];
        PortfolioChart::Row row;
        row.label = tr("%1 %2").arg(c.number).arg(qs(c.title));
        row.distribution = b.competencies[i].second;
        if (m_openScore)
            for (const auto &cs : m_openScore->competencies)
                if (cs.id == c.id && cs.complete && cs.percent)
                    row.mine = cs.percent;
        for (const auto &[id, v] : percentiles)
            if (id == c.id && v) {
                row.percentile = v;
                standing << tr("%1: percentile %2").arg(c.number).arg(static_cast<int>(std::lround(*v)));
            }
        rows.push_back(row);
    }
    m_chart->setRows(std::move(rows));
    m_standing->setText(
        !m_openScore ? tr("Open a session to see where it stands among these.")
        : standing.empty()
            ? tr("The open session cannot be placed yet: none of its "
                 "competencies is complete, or no other session completed them.")
            : tr("The open session (◆) stands at — %1").arg(standing.join(QStringLiteral(", "))));

    m_model->removeRows(0, m_model->rowCount());
    m_model->setRowCount(static_cast<int>(m_shown.size()));
    for (int r = 0; r < static_cast<int>(m_shown.size()); ++r) {
        const auto &s = m_shown[static_cast<std::size_t>(r)];
        auto text = [&](const QString &t) {
            auto *item = new QStandardItem(t);
            item->setData(t, Qt::UserRole);
            return item;
        };
        auto *date = text(report::formatDate(s.date));
        date->setData(qs(s.date), Qt::UserRole); // sorted as YYYY-MM-DD, shown in the locale's form
        m_model->setItem(r, 0, date);
        m_model->setItem(r, 1, text(s.anonymous ? tr("(anonymous)") : qs(s.organization)));
        m_model->setItem(r, 2, text(qs(s.title)));
        m_model->setItem(r, 3, text(qs(s.facilitator)));
        const auto *m = s.milestone ? m_instrument.findMilestone(*s.milestone) : nullptr;
        auto *milestone = text(m ? qs(m->title) : s.milestone ? qs(*s.milestone) : tr("not scored"));
        // Sorted by the map's order, not alphabetically; not scored first.
        milestone->setData(m ? static_cast<int>(m - m_instrument.milestones.data()) + 1 : 0, Qt::UserRole);
        m_model->setItem(r, 4, milestone);
        m_model->setItem(r, 5, numberItem(QLocale().toString(s.participants), s.participants));
        m_model->setItem(r, 6, numberItem(QLocale().toString(s.revision), static_cast<double>(s.revision)));
        int column = 7;
        for (const auto &c : m_instrument.competencies()) {
            std::optional<double> v;
            for (const auto &[id, p] : s.percents)
                if (id == c.id)
                    v = p;
            m_model->setItem(r, column++,
                             v ? numberItem(QLocale().toString(*v, 'f', 1), *v) : numberItem({}, -1));
        }
    }
    // Rows set after sorting was switched on stay where they were put: sort them as the header says.
    m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(),
                          m_table->horizontalHeader()->sortIndicatorOrder());
    m_table->resizeColumnsToContents();
    // A long title must not push the percentages out of view.
    const int titleWidth = m_table->fontMetrics().averageCharWidth() * 32;
    if (m_table->columnWidth(2) > titleWidth)
        m_table->setColumnWidth(2, titleWidth);
}

} // namespace cxm::ui
