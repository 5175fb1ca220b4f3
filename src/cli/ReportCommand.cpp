#include "ReportCommand.h"

#include "Commands.h"
#include "Comparison.h"
#include "TrendReport.h"
#include "FileSafety.h"

#include "Error.h"

#include "Language.h"

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
    cxm::report::Language::use(QLocale::system()); // the report's words and numbers
    try {
        const QString path = QString::fromStdString(output);
        if (cxm::report::reportFormatFor(path) == cxm::report::ReportFormat::Odt)
            cxm::report::writeEditableReport(session, instrument, options, path);
        else
            cxm::report::writeReport(session, instrument, options, path);
    } catch (const cxm::Error &e) {
        std::cerr << cxm::cli::Cli::tr("cxm: error: %1").arg(e.what()) << "\n";
        return 2;
    }
    return 0;
}

namespace cxm::cli {

namespace {

// `cxm report --compare A.cxm B.cxm … -o trend.pdf`: the trend report of two or more sessions.
int cmdTrendReport(const Args &a, const Instrument &ins, const std::string &size, int argc, char **argv)
{
    if (a.positional.size() < 2 || !a.output())
        throw UsageError{
            Cli::tr("usage: %1")
                .arg("cxm report --compare A.cxm B.cxm [C.cxm …] -o TREND.pdf [--page-size A4|Letter]")};
    if (a.flag("--anonymous") || a.value("--appendix"))
        throw UsageError{
            Cli::tr("--anonymous and --appendix are options of a session's report, not of the trend "
                    "report (--compare), which names no participant's answers")};
    for (const std::string &input : a.positional)
        checkOutput(*a.output(), input, false);
    if (report::reportFormatFor(QString::fromStdString(*a.output())) != report::ReportFormat::Pdf)
        throw UsageError{
            Cli::tr("%1: the trend report is a PDF; the name must end in .pdf").arg(*a.output())};
    std::vector<std::filesystem::path> files(a.positional.begin(), a.positional.end());
    const Comparison comparison = compareSessions(readComparedSessions("cli.report.compare", files, ins), ins);
    for (const std::string &w : comparison.warnings)
        std::cerr << Cli::tr("cxm: warning: %1").arg(w) << "\n";
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = argc > 0 ? 1 : 0;
    std::unique_ptr<QGuiApplication> app;
    if (!QGuiApplication::instance())
        app = std::make_unique<QGuiApplication>(qtArgc, argv);
    report::Language::use(QLocale::system()); // the report's words and numbers, as runReportCommand's
    report::ReportOptions options;
    options.letter = size == "Letter";
    try {
        report::writeTrendReport(comparison, ins, options, QString::fromStdString(*a.output()));
    } catch (const Error &e) {
        std::cerr << Cli::tr("cxm: error: %1").arg(e.what()) << "\n";
        return kBadInput;
    }
    return kOk;
}

} // namespace

int cmdReport(const Args &a, const Instrument &ins, int argc, char **argv)
{
    if (a.flag("--compare")) {
        const std::string size = a.value("--page-size").value_or("A4");
        if (size != "A4" && size != "Letter")
            throw UsageError{Cli::tr("--page-size must be A4 or Letter, not \"%1\"").arg(size)};
        return cmdTrendReport(a, ins, size, argc, argv);
    }
    if (a.positional.size() != 1 || !a.output())
        throw UsageError{Cli::tr("usage: %1")
                             .arg("cxm report FILE -o REPORT.pdf|REPORT.odt [--page-size A4|Letter] "
                                  "[--anonymous] [--appendix full|short]\n"
                                  "       cxm report --compare A.cxm B.cxm [C.cxm …] -o TREND.pdf "
                                  "[--page-size A4|Letter]")};
    if (a.value("--appendix") && *a.value("--appendix") != "full" && *a.value("--appendix") != "short")
        throw UsageError{Cli::tr("--appendix must be full or short, not \"%1\"").arg(*a.value("--appendix"))};
    const std::string size = a.value("--page-size").value_or("A4");
    if (size != "A4" && size != "Letter")
        throw UsageError{Cli::tr("--page-size must be A4 or Letter, not \"%1\"").arg(size)};
    // The report is written through QSaveFile, which also writes through a symbolic link.
    checkOutput(*a.output(), a.positional[0], false);
    // The format is the output's extension (after the checks above, which say more about a
    // session file or a device given as the output).
    if (!report::reportFormatFor(QString::fromStdString(*a.output())))
        throw UsageError{Cli::tr("%1: unknown report format; the name must end in .pdf (PDF) or .odt "
                                 "(OpenDocument text, for Word or LibreOffice Writer)")
                             .arg(*a.output())};
    const bool odt = *report::reportFormatFor(QString::fromStdString(*a.output())) == report::ReportFormat::Odt;
    const Session s = loadSession(a.positional[0], ins,
                                  a.flag("--anonymous") ? "cli.report.anonymous"
                                  : odt                 ? "cli.report.odt"
                                                        : "cli.report");
    report::ReportOptions options;
    options.letter = size == "Letter";
    options.anonymous = a.flag("--anonymous");
    options.appendix = !a.value("--appendix")             ? report::AppendixKind::Automatic
                       : *a.value("--appendix") == "full" ? report::AppendixKind::Full
                                                          : report::AppendixKind::Short;
    return runReportCommand(s, ins, *a.output(), options, argc, argv);
}

} // namespace cxm::cli
