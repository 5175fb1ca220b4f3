#include "ReportCommand.h"

#include "Error.h"

#include <QGuiApplication>

#include <iostream>
#include <memory>

int runReportCommand(const cxm::Session &session, const cxm::Instrument &instrument,
                     const std::string &output, const cxm::report::ReportOptions &options, int argc,
                     char **argv)
{
    // A command-line tool must work without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = argc > 0 ? 1 : 0; // cxm's own arguments are not Qt's
    std::unique_ptr<QGuiApplication> app;
    if (!QGuiApplication::instance())
        app = std::make_unique<QGuiApplication>(qtArgc, argv);
    try {
        const QString path = QString::fromStdString(output);
        if (cxm::report::reportFormatFor(path) == cxm::report::ReportFormat::Odt)
            cxm::report::writeEditableReport(session, instrument, options, path);
        else
            cxm::report::writeReport(session, instrument, options, path);
    } catch (const cxm::Error &e) {
        std::cerr << "cxm: error: " << e.what() << "\n";
        return 2;
    }
    return 0;
}
