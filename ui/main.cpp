// cx-workbench: the workbench window. `cx-workbench FILE.cxm…` opens each session in a window of its
// own; while a workbench runs, a second `cx-workbench FILE.cxm` (a double-click in the file manager)
// hands its files to the running one, which opens them in new windows (InstanceGuard), and exits;
// `cx-workbench --screenshot DIR [FILE]` opens the demo (or FILE), saves a PNG of every step and exits;
// with the demo it also saves the self-assessment's pictures (self-*.png) from its first participant.
// `cx-workbench --bench` prints the time from process start to the first painted window with the demo
// open, and the time to switch steps (for scripts/bench).
#include "CompareActions.h"
#include "ComparisonView.h"
#include "DemoSession.h"
#include "InstanceGuard.h"
#include "FollowUp.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "SessionController.h"
#include "SessionFile.h"
#include "Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string_view>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

namespace {

// Milliseconds since the kernel started this process (from /proc), so dynamic loading counts too.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray statText = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = statText.mid(statText.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 overall: starttime
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return (now - startTicks / static_cast<double>(sysconf(_SC_CLK_TCK))) * 1000.0;
}

class FirstPaint : public QObject
{
public:
    bool painted = false;
    double atMs = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            atMs = msSinceProcessStart();
        }
        return QObject::eventFilter(watched, event);
    }
};

// Peak resident memory of this process so far, in MiB.
double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

int runBench(cxm::ui::MainWindow &window, const QString &file)
{
    FirstPaint first;
    window.installEventFilter(&first);
    window.resize(1280, 820);
    window.show();
    if (!(file.isEmpty() ? window.openDemo() : window.openFile(file)))
        return 1;
    QElapsedTimer wait;
    wait.start();
    while (!first.painted && wait.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    std::vector<double> switches;
    for (int round = 0; round < 5; ++round) {
        for (int step = 0; step < window.stepCount(); ++step) {
            QElapsedTimer t;
            t.start();
            window.setStep(step);
            window.repaint();
            switches.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            // CXM_BENCH_STEPS=1 names each switch, to find a slow step.
            if (qEnvironmentVariableIsSet("CXM_BENCH_STEPS"))
                std::fprintf(stderr, "round %d, %s: %.1f ms\n", round, qPrintable(window.stepName(step)),
                             switches.back());
        }
    }
    std::sort(switches.begin(), switches.end());
    if (!file.isEmpty()) {
        // A large session: time to the first painted window, and the memory after every step was shown.
        std::printf("workbench open %d participants: first paint %.0f ms, peak memory %.0f MiB\n",
                    static_cast<int>(window.controller()->session().participants.size()), first.atMs,
                    peakMiB());
        return 0;
    }
    std::printf("workbench first paint with demo open: %.0f ms (target < 400)\n", first.atMs);
    std::printf("workbench step switch: median %.1f ms, max %.1f ms (target < 30)\n",
                switches[switches.size() / 2], switches.back());
    return 0;
}

// The demo's first participant on their own, as a finished self-assessment: for the guide's pictures.
QString writeSelfAssessment(const QString &dir, const cxm::Instrument &ins)
{
    cxm::Session s = cxm::makeSelfDemoSession(ins);
    s.info.title = "My own view before the offsite";
    s.info.notes.clear();
    const QString path = QDir(dir).filePath(QStringLiteral("self-assessment.cxm"));
    cxm::SessionFile::write(path.toStdString(), ins, s, true);
    return path;
}

// The comparison view over the demo, its follow-up six months on and the first executive's
// self-assessment, a picture per tab (compare-N-tab.png).
QStringList saveComparisonScreenshots(cxm::ui::MainWindow &window, const QString &scratch, const QString &dir)
{
    const cxm::Instrument &ins = window.instrument();
    const QString before = QDir(scratch).filePath(QStringLiteral("Workshop 2026-11-20.cxm"));
    const QString after = QDir(scratch).filePath(QStringLiteral("Workshop 2027-05-20.cxm"));
    const QString self = QDir(scratch).filePath(QStringLiteral("Ana 2027-05-18.cxm"));
    const cxm::Session demo = cxm::makeDemoSession(ins);
    cxm::SessionFile::write(before.toStdString(), ins, demo, true);
    const std::string uuid =
        cxm::SessionFile::open(before.toStdString(), cxm::SessionFile::Access::ReadOnly)->uuid();
    cxm::SessionFile::write(after.toStdString(), ins, cxm::makeDemoFollowUp(ins), true, cxm::systemClock,
                            cxm::followUpLineage(demo, uuid));
    cxm::Session leader = cxm::makeSelfDemoSession(ins);
    leader.info.date = "2027-05-18";
    cxm::SessionFile::write(self.toStdString(), ins, leader, true);
    auto *actions = window.findChild<cxm::ui::CompareActions *>();
    if (!actions || !window.openFile(after))
        return {};
    cxm::ui::ComparisonView *view = actions->compareWith({before, self});
    if (!view)
        return {};
    QStringList written;
    auto *tabs = view->findChild<QTabWidget *>(QStringLiteral("comparisonTabs"));
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        const QString name = tabs->tabText(i).toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString path = QDir(dir).filePath(QStringLiteral("compare-%1-%2.png").arg(i + 1).arg(name));
        view->grab().save(path);
        written << path;
    }
    view->close();
    return written;
}

int saveScreenshots(cxm::ui::MainWindow &window, const QString &dir, const QString &file)
{
    // The window as it first opens on this screen (run under xvfb-run at 1366×768 or 1920×1080).
    window.show();
    const bool opened = file.isEmpty() ? window.openDemo() : window.openFile(file);
    if (!opened)
        return 1;
    for (const QString &path : window.saveScreenshots(dir))
        std::printf("%s\n", qPrintable(path));
    if (!file.isEmpty())
        return 0;
    QTemporaryDir scratch;
    if (!window.openFile(writeSelfAssessment(scratch.path(), window.instrument())))
        return 1;
    for (const QString &path : window.saveScreenshots(scratch.filePath(QStringLiteral("self")))) {
        const QString name = QFileInfo(path).fileName();
        // The steps the guide shows for one leader, found by name: step numbers move with the instrument.
        static const QStringList kept = {
            QStringLiteral("-setup.png"),         QStringLiteral("-1-honor-"),
            QStringLiteral("-power-core.png"),    QStringLiteral("-asset-metrics-"),
            QStringLiteral("-cco-readiness.png"), QStringLiteral("-maturity-map.png")};
        if (std::none_of(kept.begin(), kept.end(), [&](const QString &k) { return name.contains(k); }))
            continue;
        const QString target = QDir(dir).filePath(QStringLiteral("self-") + name);
        QFile::remove(target);
        if (!QFile::copy(path, target))
            return 1;
        std::printf("%s\n", qPrintable(target));
    }
    for (const QString &path : saveComparisonScreenshots(window, scratch.path(), dir))
        std::printf("%s\n", qPrintable(path));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // --version and --help need no window: they work without a display too (in a terminal over SSH, in
    // a package check), where QApplication would refuse to start.
    bool helpOnly = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "-v" || arg == "--version") {
            std::printf("cx-workbench %s\n", CXM_VERSION);
            return 0;
        }
        helpOnly = helpOnly || arg == "-h" || arg == "--help" || arg == "--help-all";
    }
    if (helpOnly && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    cxm::ui::Settings::setUpApplication();
    QApplication::setApplicationVersion(QStringLiteral(CXM_VERSION));
    cxm::ui::LanguageMenu::useChosenLanguage();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Customer-experience maturity workshops"));
    parser.addHelpOption();
    // Not addVersionOption(): that prints the application name, which is now the id's last part.
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QApplication::translate("main", "Displays version information."));
    parser.addOption(version);
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of every step to DIR and exit."), QStringLiteral("DIR"));
    parser.addOption(screenshot);
    const QCommandLineOption bench(
        QStringLiteral("bench"),
        QApplication::translate("main", "Print start-up and step-switch times (with FILE: its open time and "
                                        "peak memory) and exit."));
    parser.addOption(bench);
    const QCommandLineOption instrumentOption(
        QStringLiteral("instrument"),
        QApplication::translate("main",
                                "Use the instrument folder DIR (a modified copy of assessments/) instead "
                                "of the built-in questions."),
        QStringLiteral("DIR"));
    parser.addOption(instrumentOption);
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("main", "Session files (.cxm) to open, each in a window of its own."),
        QStringLiteral("[FILE…]"));
    parser.process(app);
    const QStringList files = parser.positionalArguments();

    // A folder given with --instrument is checked completely before any window opens; a mistake in it
    // is named (file, JSON location, what was expected) and nothing starts.
    std::optional<cxm::Instrument> fromFolder;
    if (parser.isSet(instrumentOption)) {
        try {
            fromFolder = cxm::Instrument::loadDirectory(parser.value(instrumentOption).toStdString());
        } catch (const cxm::InputError &e) {
            const QString message =
                QApplication::translate("main", "The instrument folder cannot be used:\n\n%1")
                    .arg(QString::fromStdString(e.what()));
            std::fprintf(stderr, "cx-workbench: %s\n", qPrintable(message));
            cxm::ui::Prompt::warn(nullptr, QApplication::translate("main", "Cannot start"), message);
            return 2;
        }
    }
    const cxm::Instrument &instrument = fromFolder ? *fromFolder : cxm::Instrument::builtin();

    if (parser.isSet(bench) || parser.isSet(screenshot)) {
        cxm::ui::MainWindow window;
        window.setInstrument(instrument);
        if (parser.isSet(bench))
            return runBench(window, files.value(0));
        return saveScreenshots(window, parser.value(screenshot), files.value(0));
    }

    // One workbench per user: a running one opens the files in new windows, and this process ends. A
    // workbench on another instrument (--instrument) keeps to itself: the running one would open the
    // files under the wrong questions.
    cxm::ui::InstanceGuard guard;
    if (!fromFolder) {
        switch (guard.start(files)) {
        case cxm::ui::InstanceGuard::Role::Forwarded:
            return 0;
        case cxm::ui::InstanceGuard::Role::Alone:
            std::fprintf(stderr, "cx-workbench: opening here, not in the running workbench: %s\n",
                         qPrintable(guard.errorString()));
            break;
        case cxm::ui::InstanceGuard::Role::Primary:
            QObject::connect(&guard, &cxm::ui::InstanceGuard::openRequested, &app,
                             [&instrument](const QStringList &requested) {
                                 if (requested.isEmpty())
                                     cxm::ui::MainWindow::openWindow(QString(), instrument);
                                 for (const QString &file : requested)
                                     cxm::ui::MainWindow::openWindow(file, instrument);
                             });
            break;
        }
    }

    if (files.isEmpty())
        cxm::ui::MainWindow::openWindow(QString(), instrument);
    for (const QString &file : files)
        cxm::ui::MainWindow::openWindow(file, instrument);
    const int status = app.exec();
    // The windows use the instrument: they go before it does.
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (qobject_cast<cxm::ui::MainWindow *>(widget))
            delete widget;
    return status;
}
