// The shared portfolio from the window, against a real PostgreSQL server (TestCluster): File →
// Publish to portfolio… (revisions, anonymous, a password refused, the server unreachable) and
// File → Portfolio… (the table, the filters, the milestones, the chart and the open session's
// percentiles). CXM_SCREENSHOT_DIR set: the two dialogs are saved there as PNG.
#include "UiTestSupport.h"

#include "Portfolio.h"
#include "PortfolioChart.h"
#include "PortfolioDialog.h"
#include "PublishDialog.h"
#include "SessionController.h"
#include "Settings.h"
#include "TestCluster.h"

#include "DemoSession.h"
#include "Uuid.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;
using cxm::test::TestCluster;

namespace {

QString uri(const std::string &role = "cxm_admin")
{
    return QString::fromStdString(TestCluster::instance().uri(role));
}

std::unique_ptr<MainWindow> demoWindow(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.cxm"));
    SessionFile::write(path.toStdString(), Instrument::builtin(), makeDemoSession(Instrument::builtin()),
                       true);
    auto window = std::make_unique<MainWindow>();
    window->resize(1280, 800);
    window->show();
    REQUIRE(window->openFile(path));
    return window;
}

void trigger(MainWindow *window, const char *action)
{
    auto *a = window->findChild<QAction *>(QString::fromLatin1(action));
    REQUIRE(a);
    REQUIRE(a->isEnabled());
    a->trigger();
}

// For the user guide: the address shows as a consultant's would (the test's is a socket folder),
// and is put back afterwards.
void screenshot(QWidget *w, const char *name)
{
    const QByteArray dir = qgetenv("CXM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    auto *address = w->findChild<QLineEdit *>(QStringLiteral("portfolioDatabase"));
    const QString real = address->text();
    address->setText(QStringLiteral("postgresql://ana@db.example.com/portfolio?sslmode=verify-full"));
    w->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QString::fromLatin1(name));
    address->setText(real);
}

} // namespace

TEST_CASE("File → Publish to portfolio…: revisions, anonymous, the address remembered without a password")
{
    ensureApp();
    TestCluster &cluster = TestCluster::instance();
    cluster.clear();
    Settings::setPortfolioDatabase({}); // what an earlier run left
    QTemporaryDir dir;
    auto window = demoWindow(dir);
    const std::string uuid = window->controller()->file().uuid();
    REQUIRE_FALSE(uuid.empty());

    trigger(window.get(), "actionPublishPortfolio");
    auto *dialog = window->findChild<PublishDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *result = find<QLabel>(dialog, QStringLiteral("publishResult"));

    // A password typed into the address is refused: not sent, not remembered.
    typeInto(dialog, QStringLiteral("portfolioDatabase"),
             QStringLiteral("postgresql://pub:hunter2@/portfolio?host=") +
                 QString::fromStdString(cluster.socketDir().string()));
    CHECK(result->text().contains(QStringLiteral("holds a password")));
    CHECK_FALSE(result->text().contains(QStringLiteral("hunter2")));
    CHECK(Settings::portfolioDatabase().isEmpty());
    CHECK(cluster.query("SELECT count(*) FROM cxm_session") == "0");

    // Return in the address publishes (the dialog's default button).
    typeInto(dialog, QStringLiteral("portfolioDatabase"), uri());
    CHECK(result->text() == QStringLiteral("Published revision 1"));
    CHECK(Settings::portfolioDatabase() == uri());
    click(dialog, QStringLiteral("publishButton"));
    CHECK(result->text() == QStringLiteral("Already up to date (revision 1)"));
    CHECK(cluster.query("SELECT uuid::text FROM cxm_session") == uuid);

    // Anonymously, the session is a row of its own under an id that leads back to nothing; it takes
    // the named row's place, from revision 1.
    click(dialog, QStringLiteral("anonymousPublish"));
    click(dialog, QStringLiteral("publishButton"));
    CHECK(result->text() == QStringLiteral("Published revision 1"));
    CHECK(cluster.query("SELECT anonymous::text || ' ' || organization || (uuid::text = '" + uuid +
                        "')::text FROM cxm_session") == "true false");
    screenshot(dialog, "portfolio-publish.png");

    typeInto(dialog, QStringLiteral("portfolioDatabase"),
             QStringLiteral("postgresql://cxm_admin@/portfolio?host=/nonexistent-socket-dir"));
    CHECK(result->text().startsWith(QStringLiteral("Not published: ")));
    CHECK(result->text().contains(QStringLiteral("could not connect")));
    CHECK(cluster.query("SELECT revision FROM cxm_session") == "1");
    dialog->close();
}

TEST_CASE("File → Portfolio…: the sessions, the filters, the milestones and where the open session stands")
{
    ensureApp();
    TestCluster &cluster = TestCluster::instance();
    cluster.clear();
    const Instrument &ins = Instrument::builtin();
    {
        portfolio::Portfolio admin(cluster.uri(), ins);
        const auto publish = [&](const char *organization, const char *date, const char *facilitator,
                                 double shift) {
            Session s = makeDemoSession(ins);
            s.info.organization = organization;
            s.info.date = date;
            s.info.facilitator = facilitator;
            // Move every rating of the first participant, so the sessions' percentages differ.
            for (auto &r : s.ratings)
                if (r.participant == s.participants.front().id && shift > 0)
                    r.rating = Rating::Mature;
            admin.publish(s, newUuid(), {}, false);
        };
        publish("Acme", "2025-01-15", "Dana Whitfield", 0);
        publish("Acme", "2025-06-02", "Dana Whitfield", 1);
        publish("Borealis Energy", "2025-09-20", "Eli Moreau", 1);
    }
    Settings::setPortfolioDatabase(uri());
    QTemporaryDir dir;
    auto window = demoWindow(dir);

    trigger(window.get(), "actionPortfolio");
    auto *dialog = window->findChild<PortfolioDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *table = find<QTableView>(dialog, QStringLiteral("portfolioTable"));
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    // The remembered database is read at once.
    CHECK(table->model()->rowCount() == 3);
    CHECK(find<QLabel>(dialog, QStringLiteral("portfolioSummary"))
              ->text()
              .startsWith(QStringLiteral("3 sessions shown.")));
    CHECK(table->model()->index(0, 1).data().toString() == QStringLiteral("Borealis Energy")); // newest first
    auto *chart = find<PortfolioChart>(dialog, QStringLiteral("portfolioChart"));
    REQUIRE(chart->rows().size() == 5);
    CHECK(chart->rows()[0].distribution->sessions == 3);
    // The open demo is not published: it is placed among all three.
    REQUIRE(chart->rows()[0].mine);
    REQUIRE(chart->rows()[0].percentile);
    CHECK(*chart->rows()[0].percentile == Approx(100.0 / 6)); // level with one, below two
    CHECK(find<QLabel>(dialog, QStringLiteral("portfolioStanding"))
              ->text()
              .contains(QStringLiteral("1: percentile 17")));
    screenshot(dialog, "portfolio-view.png");

    auto *organisation = find<QComboBox>(dialog, QStringLiteral("filterOrganisation"));
    organisation->setCurrentIndex(organisation->findText(QStringLiteral("Acme")));
    CHECK(table->model()->rowCount() == 2);
    CHECK(chart->rows()[0].distribution->sessions == 2);
    CHECK(*chart->rows()[0].percentile == Approx(25));
    organisation->setCurrentIndex(0);
    auto *facilitator = find<QComboBox>(dialog, QStringLiteral("filterFacilitator"));
    facilitator->setCurrentIndex(facilitator->findText(QStringLiteral("Eli Moreau")));
    CHECK(table->model()->rowCount() == 1);
    facilitator->setCurrentIndex(0);
    find<QDateEdit>(dialog, QStringLiteral("filterFrom"))->setDate(QDate(2025, 3, 1));
    find<QDateEdit>(dialog, QStringLiteral("filterTo"))->setDate(QDate(2025, 7, 1));
    CHECK(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("2025-06-02"));
    CHECK(find<QLabel>(dialog, QStringLiteral("portfolioSummary"))
              ->text()
              .startsWith(QStringLiteral("1 session shown.")));

    // A reader with a wrong password: the reason is shown, the last listing stays.
    ::setenv("PGPASSWORD", "wrong", 1);
    typeInto(dialog, QStringLiteral("portfolioDatabase"), uri("reader"));
    ::unsetenv("PGPASSWORD");
    CHECK(find<QLabel>(dialog, QStringLiteral("portfolioStatus"))
              ->text()
              .contains(QStringLiteral("password authentication failed")));
    CHECK(table->model()->rowCount() == 1);
    dialog->close();
}
