// cx-workbench: the workbench window. `cx-workbench FILE.cxm` opens a session directly;
// `cx-workbench --screenshot DIR [FILE]` opens the demo (or FILE), saves a PNG of every step and exits.
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CX Maturity"));
    QApplication::setApplicationName(QStringLiteral("CX Maturity Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(CXM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("cx-workbench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Customer-experience maturity workshops"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a PNG of every step to DIR and exit."),
                                        QStringLiteral("DIR"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A session file (.cxm) to open."));
    parser.process(app);
    const QStringList files = parser.positionalArguments();

    cxm::ui::MainWindow window;
    if (parser.isSet(screenshot)) {
        window.resize(1280, 820);
        window.show();
        const bool opened = files.isEmpty() ? window.openDemo() : window.openFile(files.first());
        if (!opened)
            return 1;
        for (const QString &path : window.saveScreenshots(parser.value(screenshot)))
            std::printf("%s\n", qPrintable(path));
        return 0;
    }
    window.show();
    if (!files.isEmpty())
        window.openFile(files.first());
    return app.exec();
}
