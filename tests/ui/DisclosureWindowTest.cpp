// Hidden votes in the window, for every window reader the disclosure registry lists
// (Disclosure.cpp): each output, reached by the actions and buttons the registry names, says the
// answers are hidden and offers the reveal instead of writing anything; and every page shows the same
// with any other hidden answers, so nothing on screen is computed from one.
#include "UiTestSupport.h"

#include "CompareActions.h"
#include "DemoSession.h"
#include "Disclosure.h"
#include "ExportActions.h"
#include "MergeDialog.h"
#include "SessionController.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTemporaryDir>

#include <algorithm>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;

namespace {

Session otherAnswers(Session s)
{
    for (auto &r : s.ratings)
        r.rating = r.rating == Rating::Mature ? Rating::Early : Rating::Mature;
    for (auto &a : s.checklist)
        a.answer = a.answer == Answer::Yes ? Answer::No : Answer::Yes;
    for (auto &r : s.rankings)
        std::reverse(r.ranking.begin(), r.ranking.end());
    return s;
}

QString writeHidden(const QTemporaryDir &dir, const QString &name, const Session &session)
{
    const QString path = dir.filePath(name);
    SessionFile::write(path.toStdString(), Instrument::builtin(), session, true);
    SessionFile::open(path.toStdString())->setWorkflow(kVotesKey, std::string("hidden"));
    return path;
}

// Everything a page says: labels, buttons, fields, and the cells of its tables.
QStringList textsOf(QWidget *root)
{
    QStringList texts;
    for (auto *l : root->findChildren<QLabel *>())
        texts << l->objectName() + QLatin1Char('=') + l->text();
    for (auto *b : root->findChildren<QAbstractButton *>())
        texts << b->objectName() + QLatin1Char('=') + b->text() + (b->isChecked() ? QStringLiteral("*") : QString());
    for (auto *c : root->findChildren<QComboBox *>())
        texts << c->objectName() + QLatin1Char('=') + c->currentText();
    for (auto *v : root->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *m = v->model();
        if (!m)
            continue;
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                texts << m->data(m->index(r, c)).toString();
    }
    return texts;
}

QStringList everyPage(MainWindow &window)
{
    QStringList texts;
    for (int step = 0; step < stepCount(); ++step) {
        window.setStep(step);
        QApplication::processEvents();
        texts << textsOf(find<QStackedWidget>(&window, QStringLiteral("pages"))->currentWidget());
    }
    return texts;
}

// Clicks or triggers what the registry names, in the window or in a dialog it opened.
void reach(MainWindow &window, const Reader &r)
{
    for (std::string_view part : r.reach) {
        const QString name = QString::fromUtf8(part.data(), static_cast<int>(part.size()));
        if (auto *action = window.findChild<QAction *>(name)) {
            action->trigger();
        } else {
            QAbstractButton *button = nullptr;
            for (QWidget *top : QApplication::topLevelWidgets())
                if (!button && top->isVisible())
                    button = top->findChild<QAbstractButton *>(name);
            INFO(name.toStdString());
            REQUIRE(button != nullptr);
            button->click();
        }
        QApplication::processEvents();
    }
}

} // namespace

TEST_CASE("every page shows the same whatever the hidden answers are")
{
    ensureApp();
    QTemporaryDir one, two;
    const Session demo = makeDemoSession(Instrument::builtin());
    MainWindow a, b;
    a.resize(1366, 768);
    b.resize(1366, 768);
    REQUIRE(a.openFile(writeHidden(one, QStringLiteral("s.cxm"), demo)));
    REQUIRE(b.openFile(writeHidden(two, QStringLiteral("s.cxm"), otherAnswers(demo))));
    REQUIRE(a.controller()->votesHidden());
    const QStringList first = everyPage(a);
    const QStringList second = everyPage(b);
    REQUIRE(first.size() == second.size());
    for (int i = 0; i < first.size(); ++i) {
        INFO(first[i].toStdString() << "  |  " << second[i].toStdString());
        CHECK(first[i] == second[i]);
    }
}

TEST_CASE("while votes are hidden, every window output offers the reveal and writes nothing")
{
    ensureApp();
    PromptRecorder prompts;
    prompts.answer = false; // the facilitator declines to reveal
    QTemporaryDir dir;
    const Session demo = makeDemoSession(Instrument::builtin());
    const QString hidden = writeHidden(dir, QStringLiteral("hidden.cxm"), demo);
    const QString other = dir.filePath(QStringLiteral("other.cxm"));
    SessionFile::write(other.toStdString(), Instrument::builtin(), demo, true);
    const QString out = dir.filePath(QStringLiteral("out"));

    struct Restore
    {
        decltype(ExportActions::chooseSaveFile) save = ExportActions::chooseSaveFile;
        decltype(ExportActions::askAnonymous) ask = ExportActions::askAnonymous;
        decltype(CompareActions::chooseSessionFiles) compare = CompareActions::chooseSessionFiles;
        decltype(MergeDialog::chooseInputs) merge = MergeDialog::chooseInputs;
        ~Restore()
        {
            ExportActions::chooseSaveFile = save;
            ExportActions::askAnonymous = ask;
            CompareActions::chooseSessionFiles = compare;
            MergeDialog::chooseInputs = merge;
        }
    } restore;
    bool anonymous = false;
    ExportActions::chooseSaveFile = [&](QWidget *, const QString &, const QString &, const QString &) {
        return out;
    };
    ExportActions::askAnonymous = [&](QWidget *) { return std::optional<bool>(anonymous); };
    CompareActions::chooseSessionFiles = [&](QWidget *, const QString &, const QString &, const QString &) {
        return QStringList{other};
    };
    MergeDialog::chooseInputs = [&](QWidget *) { return QStringList{hidden}; };

    int outputs = 0;
    for (const Reader &r : readers()) {
        if (r.kind != ReaderKind::Window || r.whenHidden != WhenHidden::Refuse)
            continue;
        INFO(r.id);
        ++outputs;
        anonymous = !r.named;
        MainWindow window;
        REQUIRE(window.openFile(hidden));
        MergeDialog merge(Instrument::builtin(), &window);
        merge.show();
        if (auto *publishAnonymously = window.findChild<QCheckBox *>(QStringLiteral("anonymousPublish")))
            publishAnonymously->setChecked(false);
        prompts.questionTexts.clear();
        prompts.warnings.clear();
        reach(window, r);
        if (auto *database = window.findChild<QLineEdit *>(QStringLiteral("portfolioDatabase"))) {
            // The publish dialog opened: publish to a database that is not there.
            database->setText(QStringLiteral("host=/nonexistent dbname=x"));
            if (!r.named)
                find<QCheckBox>(&window, QStringLiteral("anonymousPublish"))->setChecked(true);
            click(&window, QStringLiteral("publishButton"));
            CHECK(find<QLabel>(&window, QStringLiteral("publishResult"))->text().isEmpty());
        }
        const QString said = (prompts.questionTexts + prompts.warnings).join(QLatin1Char('\n'));
        CHECK(said.contains(QStringLiteral("hidden")));
        // Nothing written, nothing opened in its place, and the answers are still hidden.
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        CHECK(files == QStringList({QStringLiteral("hidden.cxm"), QStringLiteral("other.cxm")}));
        CHECK(window.controller()->votesHidden());
        CHECK(window.controller()->filePath() == hidden);
        CHECK(find<QAbstractItemView>(&merge, QStringLiteral("mergeFiles"))->model()->rowCount() == 0);
        for (QWidget *top : QApplication::topLevelWidgets())
            CHECK_FALSE((top->isVisible() && top->objectName() == QStringLiteral("comparisonView")));
    }
    CHECK(outputs >= 10);
}

TEST_CASE("an export while votes are hidden writes once the facilitator reveals with the PIN")
{
    ensureApp();
    PromptRecorder prompts; // yes to the offer, and the PIN
    QTemporaryDir dir;
    const QString hidden = writeHidden(dir, QStringLiteral("hidden.cxm"), makeDemoSession(Instrument::builtin()));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    const auto save = ExportActions::chooseSaveFile;
    ExportActions::chooseSaveFile = [&](QWidget *, const QString &, const QString &, const QString &) {
        return out;
    };
    MainWindow window;
    REQUIRE(window.openFile(hidden));
    window.controller()->setVotingPin(QStringLiteral("2468"));
    find<QAction>(&window, QStringLiteral("actionExportCsv"))->trigger();
    ExportActions::chooseSaveFile = save;
    CHECK(prompts.pinAsked == 1);
    CHECK(window.controller()->votesRevealed());
    CHECK(QFile::exists(out));
    CHECK(onDisk(hidden).ratings.size() == makeDemoSession(Instrument::builtin()).ratings.size());
}
