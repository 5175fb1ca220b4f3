// User text is data in the dialogs too: each message box the window can show with a participant's
// name or a file name is opened for real (no Prompt stand-in) with markup in that name, and must show
// it as plain text, literally.
#include "DemoSession.h"
#include "Instrument.h"
#include "MainWindow.h"
#include "ParticipantsModel.h"
#include "Prompt.h"
#include "SessionController.h"
#include "SessionFile.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QScreen>
#include <QTimer>

#include <catch2/catch.hpp>

#include <memory>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;

namespace {

// A participant's name as in the report that found it; a file name cannot hold "/", so it has no end tags.
const QString kMarkup = QStringLiteral("<img src=\"/tmp/x.png\"><h1>Eve</h1>");
const QString kFileMarkup = QStringLiteral("<h1>Eve<img src=\"x.png\">");

// Waits for the next message box, notes how it shows its text, and closes it with its Esc button.
struct MessageBoxWatcher
{
    QTimer poll;
    int seen = 0;
    QString text;
    QString details;
    int width = 0;
    int screenWidth = 0;
    Qt::TextFormat format = Qt::AutoText;
    MessageBoxWatcher()
    {
        poll.setInterval(5);
        QObject::connect(&poll, &QTimer::timeout, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            ++seen;
            text = box->text();
            details = box->detailedText();
            width = box->frameGeometry().width();
            screenWidth = box->screen()->availableGeometry().width();
            format = box->textFormat();
            box->reject();
        });
        poll.start();
    }
    // Plain text, or rich text in which the markup arrived escaped.
    bool showsLiterally(const QString &userText) const
    {
        if (format == Qt::PlainText)
            return text.contains(userText);
        return text.contains(userText.toHtmlEscaped()) && !text.contains(userText);
    }
};

} // namespace

TEST_CASE("'Remove participant …?' shows a name full of markup as plain text")
{
    ensureApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("names.cxm"));
    Session s = makeDemoSession(Instrument::builtin());
    s.participants.back().name = kMarkup.toStdString();
    SessionFile::write(path.toStdString(), Instrument::builtin(), s, true);
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    window.setStep(MainWindow::SetupStep);
    auto *table = window.findChild<QTableView *>(QStringLiteral("participants"));
    REQUIRE(table);
    table->setCurrentIndex(table->model()->index(table->model()->rowCount() - 1, 0));
    MessageBoxWatcher watcher;
    auto *remove = window.findChild<QAbstractButton *>(QStringLiteral("removeParticipant"));
    REQUIRE(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(watcher.seen == 1);
    CHECK(watcher.format == Qt::PlainText);
    CHECK(watcher.showsLiterally(kMarkup));
    CHECK(window.controller()->session().participants.size() == s.participants.size());
}

TEST_CASE("a 200-character name is shortened in the question, whole under the details, and the box fits")
{
    ensureApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.cxm"));
    Session s = makeDemoSession(Instrument::builtin());
    const QString longName = QString(200, QLatin1Char('W'));
    s.participants.back().name = longName.toStdString();
    SessionFile::write(path.toStdString(), Instrument::builtin(), s, true);
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    window.setStep(MainWindow::SetupStep);
    auto *table = window.findChild<QTableView *>(QStringLiteral("participants"));
    REQUIRE(table);
    table->setCurrentIndex(table->model()->index(table->model()->rowCount() - 1, 0));
    MessageBoxWatcher watcher;
    QTest::mouseClick(window.findChild<QAbstractButton *>(QStringLiteral("removeParticipant")),
                      Qt::LeftButton);
    REQUIRE(watcher.seen == 1);
    CHECK_FALSE(watcher.text.contains(longName));
    CHECK(watcher.text.contains(QStringLiteral("…")));
    CHECK(watcher.details.contains(longName));
    CHECK(watcher.width <= watcher.screenWidth);
}

TEST_CASE("errors naming a file show its name as plain text: open, create, save as, export")
{
    ensureApp();
    QTemporaryDir dir;
    const QString hostileFile = kFileMarkup + QStringLiteral(".cxm");
    MainWindow window;
    window.show();

    SECTION("a file that is not a session")
    {
        const QString path = dir.filePath(hostileFile);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a session");
        f.close();
        MessageBoxWatcher watcher;
        CHECK_FALSE(window.openFile(path));
        CHECK(watcher.seen == 1);
        CHECK(watcher.format == Qt::PlainText);
        CHECK(watcher.showsLiterally(hostileFile));
    }

    SECTION("a new session in a folder that does not exist")
    {
        MessageBoxWatcher watcher;
        CHECK_FALSE(window.newSession(dir.filePath(kFileMarkup + QStringLiteral("/x/") + hostileFile),
                                      Mode::Workshop));
        CHECK(watcher.seen == 1);
        CHECK(watcher.format == Qt::PlainText);
    }

    SECTION("Save As and export into a folder that does not exist")
    {
        const QString path = dir.filePath(QStringLiteral("ok.cxm"));
        SessionFile::write(path.toStdString(), Instrument::builtin(), makeDemoSession(Instrument::builtin()),
                           true);
        REQUIRE(window.openFile(path));
        const QString missing = dir.filePath(QStringLiteral("missing/") + kFileMarkup);
        {
            MessageBoxWatcher watcher;
            CHECK_FALSE(window.saveCopyAs(missing + QStringLiteral(".cxm")));
            CHECK(watcher.seen == 1);
            CHECK(watcher.format == Qt::PlainText);
        }
        {
            MessageBoxWatcher watcher;
            CHECK_FALSE(window.exportTo(missing + QStringLiteral(".csv"), MainWindow::ExportFormat::Csv));
            CHECK(watcher.seen == 1);
            CHECK(watcher.format == Qt::PlainText);
            CHECK(watcher.showsLiterally(kFileMarkup));
        }
    }
}

TEST_CASE("a warning or question through Prompt never guesses rich text")
{
    ensureApp();
    QWidget parent;
    parent.show();
    {
        MessageBoxWatcher watcher;
        Prompt::warn(&parent, QStringLiteral("Title"), kMarkup);
        CHECK(watcher.seen == 1);
        CHECK(watcher.format == Qt::PlainText);
        CHECK(watcher.text == kMarkup);
    }
    {
        MessageBoxWatcher watcher;
        CHECK_FALSE(Prompt::confirm(&parent, QStringLiteral("Title"), kMarkup));
        CHECK(watcher.seen == 1);
        CHECK(watcher.format == Qt::PlainText);
    }
}

TEST_CASE("control characters typed or pasted into a name or a setup field are neutralised")
{
    ensureApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("controls.cxm"));
    SessionFile::write(path.toStdString(), Instrument::builtin(), makeDemoSession(Instrument::builtin()),
                       true);
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    window.setStep(MainWindow::SetupStep);
    auto *table = window.findChild<QTableView *>(QStringLiteral("participants"));
    REQUIRE(table);
    // A newline, a tab, a right-to-left override and a NUL, as a paste can bring them.
    QString hostile = QStringLiteral("Ana\nOrtiz\t\u202Eevil");
    hostile += QChar(0);
    hostile += QStringLiteral("x\r\n");
    auto *model = table->model();
    REQUIRE(model->setData(model->index(0, ParticipantsModel::Name), hostile));
    REQUIRE(model->setData(model->index(0, ParticipantsModel::Role), QStringLiteral("CEO\u2066\u0007")));
    const Session stored = SessionFile::open(path.toStdString())->load();
    CHECK(stored.participants[0].name == "Ana Ortiz evilx");
    CHECK(stored.participants[0].role == "CEO");
    CHECK_FALSE(model->setData(model->index(0, ParticipantsModel::Name), QStringLiteral("\u202E\n")));

    auto *organization = window.findChild<QLineEdit *>(QStringLiteral("organization"));
    REQUIRE(organization);
    organization->setFocus();
    organization->setText(QStringLiteral("North\u202Ewind"));
    QTest::keyClick(organization, Qt::Key_Return);
    CHECK(SessionFile::open(path.toStdString())->load().info.organization == "Northwind");
}
