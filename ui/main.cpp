// cx-workbench: the workbench window. `cx-workbench FILE.cxm` opens a session directly;
// `cx-workbench --screenshot DIR [FILE]` opens the demo (or FILE), saves a PNG of every step and exits;
// with the demo it also saves the self-assessment's pictures (self-*.png) from its first participant.
// `cx-workbench --bench` prints the time from process start to the first painted window with the demo
// open, and the time to switch steps (for scripts/bench).
#include "DemoSession.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "SessionController.h"
#include "SessionFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>
#include <cstdio>
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
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CX Maturity"));
    QApplication::setApplicationName(QStringLiteral("CX Maturity Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(CXM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("cx-workbench"));
    cxm::ui::LanguageMenu::useChosenLanguage();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Customer-experience maturity workshops"));
    parser.addHelpOption();
    parser.addVersionOption();
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
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A session file (.cxm) to open."));
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

    cxm::ui::MainWindow window;
    if (fromFolder)
        window.setInstrument(*fromFolder);
    if (parser.isSet(bench))
        return runBench(window, files.value(0));
    if (parser.isSet(screenshot))
        return saveScreenshots(window, parser.value(screenshot), files.value(0));
    window.show();
    if (!files.isEmpty())
        window.openFile(files.first());
    return app.exec();
}
