// The single workbench per user: a second process hands its files to the first, which opens each in a
// window of its own; a socket left by a crash is taken over; a stranger on the socket is dropped; a
// workbench that does not answer leaves the second process to run alone. The second process is a
// second guard on a worker thread, so the first can answer from this thread's event loop.
#include "DemoSession.h"
#include "InstanceGuard.h"
#include "SessionController.h"
#include "Settings.h"
#include "UiTestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <future>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;

namespace {

// Generous: the tests wait on signals, and a busy CI machine under the sanitizers is slow.
constexpr int kWaitMs = 20000;

// start() of a second guard on the same socket, on a worker thread.
std::future<InstanceGuard::Role> startSecond(const QString &socket, const QStringList &files,
                                             int timeoutMs = kWaitMs)
{
    return std::async(std::launch::async, [socket, files, timeoutMs] {
        InstanceGuard second(socket);
        return second.start(files, timeoutMs);
    });
}

// Runs this thread's event loop until done() holds; false when it still does not after kWaitMs. (Qt's
// QTRY_ macros report to QTest, not to Catch, so a failure there would go unnoticed.)
template<typename Condition>
bool waitUntil(Condition done)
{
    QDeadlineTimer deadline(kWaitMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

// Runs this thread's event loop until the worker's start() returns.
InstanceGuard::Role finish(std::future<InstanceGuard::Role> &pending)
{
    REQUIRE(
        waitUntil([&] { return pending.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }));
    return pending.get();
}

QList<MainWindow *> openWindows()
{
    QList<MainWindow *> windows;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<MainWindow *>(widget); window && window->isVisible())
            windows << window;
    return windows;
}

MainWindow *windowWith(const QString &path)
{
    for (MainWindow *window : openWindows())
        if (window->controller() && QFileInfo(window->controller()->filePath()) == QFileInfo(path))
            return window;
    return nullptr;
}

void closeAll()
{
    for (MainWindow *window : openWindows())
        window->close();
    REQUIRE(waitUntil([] { return openWindows().isEmpty(); }));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

TEST_CASE("a second workbench hands its files, made absolute, to the first and is told to exit")
{
    ensureApp();
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("s"));
    InstanceGuard first(socket);
    REQUIRE(first.start({}) == InstanceGuard::Role::Primary);
    QSignalSpy requests(&first, &InstanceGuard::openRequested);

    auto second =
        startSecond(socket, {QStringLiteral("relative.cxm"), dir.filePath(QStringLiteral("b.cxm"))});
    CHECK(finish(second) == InstanceGuard::Role::Forwarded);
    REQUIRE(waitUntil([&] { return requests.count() == 1; }));
    CHECK(requests.front().front().toStringList() ==
          QStringList({QDir::current().absoluteFilePath(QStringLiteral("relative.cxm")),
                       dir.filePath(QStringLiteral("b.cxm"))}));

    // Started without a file: an empty request, which the workbench answers with a new window.
    auto third = startSecond(socket, {});
    CHECK(finish(third) == InstanceGuard::Role::Forwarded);
    REQUIRE(waitUntil([&] { return requests.count() == 2; }));
    CHECK(requests.back().front().toStringList().isEmpty());
}

TEST_CASE("the first workbench opens each handed file in a new window, and raises one already open")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.cxm"));
    const QString b = dir.filePath(QStringLiteral("b.cxm"));
    const Instrument &ins = Instrument::builtin();
    SessionFile::write(a.toStdString(), ins, makeDemoSession(ins), true);
    SessionFile::write(b.toStdString(), ins, makeDemoSession(ins), true);

    const QString socket = dir.filePath(QStringLiteral("s"));
    InstanceGuard first(socket);
    REQUIRE(first.start({}) == InstanceGuard::Role::Primary);
    // As cx-workbench's main() wires it.
    QObject::connect(&first, &InstanceGuard::openRequested, [&ins](const QStringList &files) {
        if (files.isEmpty())
            MainWindow::openWindow(QString(), ins);
        for (const QString &file : files)
            MainWindow::openWindow(file, ins);
    });
    MainWindow *start = MainWindow::openWindow(QString(), ins);
    REQUIRE(start->controller() == nullptr);

    auto second = startSecond(socket, {a});
    CHECK(finish(second) == InstanceGuard::Role::Forwarded);
    REQUIRE(waitUntil([&] { return windowWith(a) != nullptr; }));
    CHECK(windowWith(a) != start);
    CHECK(openWindows().size() == 2);

    // Two files at once (a selection double-clicked): one window each; a is open already and is raised.
    auto third = startSecond(socket, {a, b});
    CHECK(finish(third) == InstanceGuard::Role::Forwarded);
    REQUIRE(waitUntil([&] { return windowWith(b) != nullptr; }));
    CHECK(openWindows().size() == 3);
    CHECK(windowWith(a) != windowWith(b));
    CHECK(prompts.warnings.isEmpty());

    // File → New Window: the start screen in a window of its own.
    QAction *newWindow = start->findChild<QAction *>(QStringLiteral("actionNewWindow"));
    REQUIRE(newWindow);
    newWindow->trigger();
    CHECK(openWindows().size() == 4);
    closeAll();
}

TEST_CASE("a socket left by a crashed workbench is taken over")
{
    ensureApp();
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("s"));
    {
        // What a killed workbench leaves: a bound socket file nobody listens on any more.
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        REQUIRE(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(socket);
        REQUIRE(static_cast<std::size_t>(path.size()) < sizeof address.sun_path);
        std::copy(path.begin(), path.end(), address.sun_path);
        REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        ::close(fd);
    }
    REQUIRE(QFileInfo(socket).exists());
    InstanceGuard first(socket);
    CHECK(first.start({}) == InstanceGuard::Role::Primary);
    auto second = startSecond(socket, {dir.filePath(QStringLiteral("x.cxm"))});
    CHECK(finish(second) == InstanceGuard::Role::Forwarded);
}

TEST_CASE("a stranger on the socket is dropped, and the workbench still takes the next request")
{
    ensureApp();
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("s"));
    InstanceGuard first(socket);
    REQUIRE(first.start({}) == InstanceGuard::Role::Primary);
    QSignalSpy requests(&first, &InstanceGuard::openRequested);

    QLocalSocket stranger;
    stranger.connectToServer(socket);
    REQUIRE(stranger.waitForConnected(kWaitMs));
    QSignalSpy dropped(&stranger, &QLocalSocket::disconnected);
    stranger.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    REQUIRE(dropped.wait(kWaitMs));
    CHECK(stranger.bytesAvailable() == 0); // no acknowledgement

    auto second = startSecond(socket, {dir.filePath(QStringLiteral("x.cxm"))});
    CHECK(finish(second) == InstanceGuard::Role::Forwarded);
    REQUIRE(waitUntil([&] { return requests.count() == 1; }));
}

TEST_CASE("a workbench that does not answer leaves the second one to run alone, and says why")
{
    ensureApp();
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("s"));
    // Listening, but this thread is blocked in start() below: the connection is made, never answered.
    QLocalServer hung;
    REQUIRE(hung.listen(socket));
    InstanceGuard second(socket);
    CHECK(second.start({dir.filePath(QStringLiteral("x.cxm"))}, 300) == InstanceGuard::Role::Alone);
    CHECK(second.errorString().contains(QStringLiteral("did not answer")));
}

TEST_CASE("settings kept under the old names are copied over once, and never over newer ones")
{
    ensureApp();
    const QString oldOrganisation = QStringLiteral("cxm-test-old");
    const QString oldApplication = QStringLiteral("old workbench");
    {
        QSettings old(oldOrganisation, oldApplication);
        old.clear();
        old.setValue(QStringLiteral("recentFiles"), QStringList{QStringLiteral("/tmp/a.cxm")});
        old.setValue(QStringLiteral("window/geometry"), QByteArray("geometry"));
    }
    QSettings().clear();
    CHECK(Settings::migrateFrom(oldOrganisation, oldApplication));
    CHECK(Settings::recentFiles() == QStringList{QStringLiteral("/tmp/a.cxm")});
    CHECK(Settings::geometry() == QByteArray("geometry"));

    Settings::setGeometry(QByteArray("newer"));
    CHECK_FALSE(Settings::migrateFrom(oldOrganisation, oldApplication));
    CHECK(Settings::geometry() == QByteArray("newer"));
    // The old file is left for an older workbench.
    CHECK(QSettings(oldOrganisation, oldApplication).value(QStringLiteral("window/geometry")).toByteArray() ==
          QByteArray("geometry"));
    QSettings().clear();
}

TEST_CASE("the application id names the settings, the desktop file and the files in resources/")
{
    ensureApp();
    CHECK(Settings::applicationId() == QStringLiteral("io.github.cxmaturity.workbench"));
    const QString organisation = QApplication::organizationName();
    const QString application = QApplication::applicationName();
    Settings::setUpApplication();
    CHECK(QApplication::desktopFileName() == Settings::applicationId());
    CHECK(QSettings().fileName().endsWith(QStringLiteral("/io.github.cxmaturity/workbench.conf")));
    CHECK(QApplication::applicationDisplayName() == QStringLiteral("CX Maturity Workbench"));
    QApplication::setOrganizationName(organisation);
    QApplication::setApplicationName(application);

    const QDir resources(QStringLiteral(CXM_SOURCE_DIR "/resources"));
    for (const QString &suffix : {QStringLiteral(".desktop"), QStringLiteral(".metainfo.xml"),
                                  QStringLiteral(".mime.xml"), QStringLiteral(".svg")}) {
        const QString name = (suffix == QStringLiteral(".svg") ? QStringLiteral("icons/") : QString()) +
                             Settings::applicationId() + suffix;
        INFO(name.toStdString());
        CHECK(resources.exists(name));
    }
}
