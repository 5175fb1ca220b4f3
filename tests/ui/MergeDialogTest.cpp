// File → Merge Sessions… driven through its widgets: files added, a name match confirmed, the
// conflicts chosen side by side, the merged session and its report saved, bad files refused.
#include "MergeDialog.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;

namespace {

// Laptop A: Ann Lee (p1) and Bob; laptop B: Ann Lee again, as p4, rating one item otherwise, and the
// team agreeing another rating.
void writeLaptops(const QTemporaryDir &dir)
{
    Session a;
    a.info.title = "Offsite";
    a.participants = {{"p1", "Ann Lee", "CEO"}, {"p2", "Bob Stone", "CFO"}};
    a.ratings.push_back({"p1", "c1.culture", Rating::Mature, "", ""});
    a.consensus.push_back({"c1.culture", Rating::Advanced, "", ""});
    Session b;
    b.info.title = "Offsite";
    b.participants = {{"p4", "Ann Lee", "CEO"}};
    b.ratings.push_back({"p4", "c1.culture", Rating::Early, "", ""});
    b.consensus.push_back({"c1.culture", Rating::Mature, "we said so", ""});
    SessionFile::write(dir.filePath(QStringLiteral("laptop-a.cxm")).toStdString(), Instrument::builtin(), a,
                       true);
    SessionFile::write(dir.filePath(QStringLiteral("laptop-b.cxm")).toStdString(), Instrument::builtin(), b,
                       true);
}

struct Dialogs
{
    decltype(MergeDialog::chooseInputs) savedInputs = MergeDialog::chooseInputs;
    decltype(MergeDialog::chooseOutput) savedOutput = MergeDialog::chooseOutput;
    QStringList inputs;
    QString output;
    Dialogs()
    {
        MergeDialog::chooseInputs = [this](QWidget *) { return inputs; };
        MergeDialog::chooseOutput = [this](QWidget *, const QString &) { return output; };
    }
    ~Dialogs()
    {
        MergeDialog::chooseInputs = savedInputs;
        MergeDialog::chooseOutput = savedOutput;
    }
};

} // namespace

TEST_CASE("merging two laptops: confirm the name match, choose each conflict, save, and the report is kept")
{
    ensureApp();
    PromptRecorder prompts;
    Dialogs dialogs;
    QTemporaryDir dir;
    writeLaptops(dir);
    const QString a = dir.filePath(QStringLiteral("laptop-a.cxm"));
    const QString b = dir.filePath(QStringLiteral("laptop-b.cxm"));

    MergeDialog dialog(Instrument::builtin());
    dialog.show();
    CHECK_FALSE(find<QPushButton>(&dialog, QStringLiteral("mergeSave"))->isEnabled());
    dialogs.inputs = {a, b};
    click(&dialog, QStringLiteral("mergeAddFiles"));
    CHECK(find<QListWidget>(&dialog, QStringLiteral("mergeFiles"))->count() == 2);

    // Before the match is confirmed: three people, and only the team's rating is in conflict.
    auto *match = find<QCheckBox>(&dialog, QStringLiteral("nameMatch1"));
    CHECK_FALSE(match->isChecked());
    CHECK(match->text() == QStringLiteral("Ann Lee (laptop-a.cxm, p1) = Ann Lee (laptop-b.cxm, p4)"));
    CHECK(dialog.plan().people.size() == 3);
    CHECK(dialog.plan().conflicts.size() == 1);
    CHECK_FALSE(find<QPushButton>(&dialog, QStringLiteral("mergeSave"))->isEnabled());
    CHECK_THAT(find<QLabel>(&dialog, QStringLiteral("mergeStatus"))->text().toStdString(),
               Catch::Contains("1 conflict still to choose"));

    QTest::mouseClick(match, Qt::LeftButton, {}, QPoint(5, match->height() / 2));
    REQUIRE(dialog.plan().people.size() == 2);
    REQUIRE(dialog.plan().conflicts.size() == 2);
    // Ann's two ratings side by side.
    auto *annMature = find<QRadioButton>(&dialog, QStringLiteral("conflict1SideA"));
    auto *annEarly = find<QRadioButton>(&dialog, QStringLiteral("conflict1SideB"));
    CHECK_THAT(annMature->text().toStdString(), Catch::Contains("A: Mature"));
    CHECK_THAT(annMature->text().toStdString(), Catch::Contains("laptop-a.cxm"));
    CHECK_THAT(annEarly->text().toStdString(), Catch::Contains("B: Early"));
    CHECK_THAT(find<QLabel>(&dialog, QStringLiteral("conflict1"))->text().toStdString(),
               Catch::Contains("1. Ann Lee: C1"));
    CHECK_THAT(find<QLabel>(&dialog, QStringLiteral("conflict2"))->text().toStdString(),
               Catch::Contains("2. The team: C1"));
    QTest::mouseClick(annEarly, Qt::LeftButton, {}, QPoint(5, 5));
    CHECK_FALSE(find<QPushButton>(&dialog, QStringLiteral("mergeSave"))->isEnabled());
    click(&dialog, QStringLiteral("mergePreferFirst")); // the rest from the first laptop
    CHECK(annMature->isChecked());                      // "everywhere" means every conflict
    QTest::mouseClick(annEarly, Qt::LeftButton, {}, QPoint(5, 5));
    CHECK(annEarly->isChecked());
    CHECK(find<QRadioButton>(&dialog, QStringLiteral("conflict2SideA"))->isChecked());

    if (const QByteArray shots = qgetenv("CXM_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.resize(900, 640);
        QApplication::processEvents(); // the rows added after show() appear once the loop runs
        dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/merge-dialog.png"));
    }

    // Never over an input.
    dialogs.output = b;
    REQUIRE(find<QPushButton>(&dialog, QStringLiteral("mergeSave"))->isEnabled());
    click(&dialog, QStringLiteral("mergeSave"));
    REQUIRE(prompts.warnings.size() == 1);
    CHECK_THAT(prompts.warnings.front().toStdString(),
               Catch::Contains("is one of the sessions being merged"));
    CHECK(SessionFile::open(b.toStdString(), SessionFile::Access::ReadOnly)->load().participants.size() == 1);

    dialogs.output = dir.filePath(QStringLiteral("merged"));
    REQUIRE(find<QPushButton>(&dialog, QStringLiteral("mergeSave"))->isEnabled());
    click(&dialog, QStringLiteral("mergeSave"));
    const QString merged = dir.filePath(QStringLiteral("merged.cxm"));
    CHECK(dialog.mergedPath() == merged);
    const Session s = SessionFile::open(merged.toStdString(), SessionFile::Access::ReadOnly)->load();
    CHECK(s.participants.size() == 2);
    CHECK(s.findRating("p1", "c1.culture")->rating == Rating::Early);
    CHECK(s.findConsensus("c1.culture")->rating == Rating::Advanced);
    const QString report = find<QPlainTextEdit>(&dialog, QStringLiteral("mergeReport"))->toPlainText();
    CHECK_THAT(report.toStdString(), Catch::Contains("confirmed, one person"));
    CHECK_THAT(report.toStdString(), Catch::Contains("chosen: B"));
    CHECK(dialog.reportPath() == dir.filePath(QStringLiteral("merged-merge-report.txt")));
    QFile saved(dialog.reportPath());
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(saved.readAll()) == report);
    if (const QByteArray shots = qgetenv("CXM_SCREENSHOT_DIR"); !shots.isEmpty())
        dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/merge-report.png"));
    click(&dialog, QStringLiteral("mergeOpen"));
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("the merge dialog refuses a file that is not a session and a file listed twice")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    writeLaptops(dir);
    const QString a = dir.filePath(QStringLiteral("laptop-a.cxm"));
    const QString notes = dir.filePath(QStringLiteral("notes.cxm"));
    QFile f(notes);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("just some notes\n");
    f.close();

    MergeDialog dialog(Instrument::builtin());
    CHECK(dialog.addFiles({a, notes, a}) == 1);
    REQUIRE(prompts.warnings.size() == 2);
    CHECK_THAT(prompts.warnings[0].toStdString(), Catch::Contains("notes.cxm cannot be read as a session"));
    CHECK_THAT(prompts.warnings[1].toStdString(), Catch::Contains("is already one of the sessions to merge"));
    CHECK_THAT(find<QLabel>(&dialog, QStringLiteral("mergeStatus"))->text().toStdString(),
               Catch::Contains("Add at least two sessions"));
    CHECK_FALSE(find<QPushButton>(&dialog, QStringLiteral("mergeSave"))->isEnabled());
}

TEST_CASE("File has Merge sessions…")
{
    ensureApp();
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("actionMergeSessions"));
    REQUIRE(action);
    CHECK(action->isEnabled()); // with no session open too
}
