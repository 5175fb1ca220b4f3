#include "ExportActions.h"

#include "RevealGate.h"

#include "BackgroundTask.h"
#include "CsvExport.h"
#include "FileSafety.h"
#include "Prompt.h"
#include "ReportWriter.h"
#include "SessionController.h"
#include "SessionJson.h"
#include "UiText.h"
#include "XlsxExport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>

namespace cxm::ui {

QString withSuffix(QString path, const QString &suffix)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    return path;
}

namespace {

// A title as a file name on any system: no path separators or characters Windows refuses, no
// control characters, not too long.
QString fileNameOf(const QString &title)
{
    QString name;
    for (const QChar ch : title) {
        if (ch.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(ch))
            name += QLatin1Char(' ');
        else
            name += ch;
    }
    name = name.simplified().left(100).trimmed();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name;
}

} // namespace

std::function<QString(QWidget *, const QString &, const QString &, const QString &)>
    ExportActions::chooseSaveFile =
        [](QWidget *parent, const QString &title, const QString &suggested, const QString &filter) {
            return QFileDialog::getSaveFileName(parent, title, suggested, filter);
        };

std::function<QString(QWidget *, const QString &, const QString &, const QString &)>
    ExportActions::chooseOpenFile =
        [](QWidget *parent, const QString &title, const QString &folder, const QString &filter) {
            return QFileDialog::getOpenFileName(parent, title, folder, filter);
        };

std::function<std::optional<bool>(QWidget *)> ExportActions::askAnonymous = [](QWidget *parent) {
    QMessageBox ask(QMessageBox::Question, ExportActions::tr("Export report"),
                    ExportActions::tr("Should the report name the participants and show their individual "
                                      "answers?"),
                    QMessageBox::NoButton, parent);
    ask.setTextFormat(Qt::PlainText);
    QPushButton *named = ask.addButton(ExportActions::tr("With names"), QMessageBox::AcceptRole);
    QPushButton *anonymous = ask.addButton(ExportActions::tr("Anonymous"), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(anonymous);
    ask.exec();
    if (ask.clickedButton() != named && ask.clickedButton() != anonymous)
        return std::optional<bool>();
    return std::optional<bool>(ask.clickedButton() == anonymous);
};

std::function<std::optional<report::AppendixKind>(QWidget *, int)> ExportActions::askAppendix =
    [](QWidget *parent, int participants) {
        QMessageBox ask(QMessageBox::Question, ExportActions::tr("Export report"),
                        ExportActions::tr("With %1 participants, printing every person's answers and notes "
                                          "makes a long appendix. Which appendix should the report have?")
                            .arg(participants),
                        QMessageBox::NoButton, parent);
        ask.setTextFormat(Qt::PlainText);
        QPushButton *summary =
            ask.addButton(ExportActions::tr("A summary row per person"), QMessageBox::AcceptRole);
        QPushButton *full = ask.addButton(ExportActions::tr("Every answer in full"), QMessageBox::AcceptRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(summary);
        ask.exec();
        if (ask.clickedButton() == summary)
            return std::optional<report::AppendixKind>(report::AppendixKind::Short);
        if (ask.clickedButton() == full)
            return std::optional<report::AppendixKind>(report::AppendixKind::Full);
        return std::optional<report::AppendixKind>();
    };

ExportActions::ExportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{}

QString ExportActions::suggestedPath(const QString &suffix) const
{
    const SessionController *c = m_window->controller();
    if (!c)
        return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("Session") + QLatin1Char('.') + suffix);
    const QFileInfo session(c->filePath());
    QString name = fileNameOf(qs(c->session().info.title));
    if (name.isEmpty())
        name = session.completeBaseName();
    return session.dir().filePath(name + QLatin1Char('.') + suffix);
}

void ExportActions::confirm(const QString &message)
{
    // Plain text in the status bar: the path is user data and never read as markup there.
    m_window->statusBar()->showMessage(message, 60 * 1000);
}

std::string_view ExportActions::readerFor(MainWindow::ExportFormat format, bool anonymous)
{
    using F = MainWindow::ExportFormat;
    switch (format) {
    case F::Pdf: return anonymous ? "window.export.pdf.anonymous" : "window.export.pdf";
    case F::Odt: return anonymous ? "window.export.odt.anonymous" : "window.export.odt";
    case F::Csv: return "window.export.csv";
    case F::Xlsx: return "window.export.xlsx";
    case F::Json: return "window.export.json";
    }
    return "window.export.json";
}

void ExportActions::exportReport(MainWindow::ExportFormat format)
{
    // Asked before the file's name: an anonymous report is the least it would need.
    if (!m_window->controller() || !RevealGate::allows(m_window, m_window->controller(), readerFor(format, true)))
        return;
    const bool pdf = format == MainWindow::ExportFormat::Pdf;
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("odt");
    const QString path = withSuffix(
        chooseSaveFile(
            m_window, pdf ? tr("Export PDF report") : tr("Export editable report"), suggestedPath(suffix),
            pdf ? tr("PDF files (*.pdf)") : tr("OpenDocument text, for Word or LibreOffice Writer (*.odt)")),
        suffix);
    if (path.isEmpty())
        return;
    const std::optional<bool> anonymous = askAnonymous(m_window);
    if (!anonymous)
        return;
    // An anonymous report has no appendix; a long one with names lets the facilitator choose.
    auto appendix = std::optional<report::AppendixKind>(report::AppendixKind::Automatic);
    const int people = static_cast<int>(m_window->controller()->session().participants.size());
    if (!*anonymous && people > report::kShortAppendixAbove)
        appendix = askAppendix(m_window, people);
    if (appendix)
        exportTo(path, format, *anonymous, *appendix);
}

void ExportActions::exportText(bool json)
{
    using F = MainWindow::ExportFormat;
    if (!m_window->controller() ||
        !RevealGate::allows(m_window, m_window->controller(), readerFor(json ? F::Json : F::Csv, false)))
        return;
    const QString suffix = json ? QStringLiteral("json") : QStringLiteral("csv");
    const QString path = withSuffix(
        chooseSaveFile(m_window, json ? tr("Export JSON") : tr("Export CSV"), suggestedPath(suffix),
                       json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)")),
        suffix);
    if (!path.isEmpty())
        exportTo(path, json ? MainWindow::ExportFormat::Json : MainWindow::ExportFormat::Csv);
}

void ExportActions::exportSpreadsheet()
{
    if (!m_window->controller() ||
        !RevealGate::allows(m_window, m_window->controller(), readerFor(MainWindow::ExportFormat::Xlsx, false)))
        return;
    const QString path =
        withSuffix(chooseSaveFile(m_window, tr("Export spreadsheet"), suggestedPath(QStringLiteral("xlsx")),
                                  tr("Excel workbooks (*.xlsx)")),
                   QStringLiteral("xlsx"));
    if (!path.isEmpty())
        exportTo(path, MainWindow::ExportFormat::Xlsx);
}

bool ExportActions::exportTo(const QString &path, MainWindow::ExportFormat format, bool anonymous,
                             report::AppendixKind appendix)
{
    SessionController *controller = m_window->controller();
    if (!controller)
        return false;
    // The job works on a copy of the session, on a worker thread, so a report of many pages never
    // freezes the window. The copy is what this output may read (Disclosure.h): none while the
    // answers are hidden and the facilitator does not reveal them.
    const std::optional<Session> disclosed = RevealGate::sessionFor(m_window, controller, readerFor(format, anonymous));
    if (!disclosed)
        return false;
    const Session &session = *disclosed;
    const Instrument &instrument = controller->instrument();
    const QString where = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    // Never over the open session, nor over any session file, a device or a pipe (as for cxm).
    std::filesystem::path target;
    try {
        target = checkOutput(path.toStdString(), controller->filePath().toStdString(), false);
    } catch (const Error &e) {
        Prompt::warn(m_window, tr("Cannot export"), qs(e.what()));
        return false;
    }
    if (format == MainWindow::ExportFormat::Xlsx) {
        try {
            runInBackground(m_window, tr("Exporting the spreadsheet…"), [&] {
                XlsxExport::write(target, QDir::toNativeSeparators(path).toStdString(), session, instrument);
            });
        } catch (const Error &e) {
            Prompt::warn(m_window, tr("Cannot export"), qs(e.what()));
            return false;
        }
        confirm(tr("Exported the spreadsheet to %1").arg(where));
        return true;
    }
    if (format == MainWindow::ExportFormat::Pdf || format == MainWindow::ExportFormat::Odt) {
        report::ReportOptions options;
        options.anonymous = anonymous;
        options.appendix = appendix;
        options.letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
        const bool pdf = format == MainWindow::ExportFormat::Pdf;
        try {
            runInBackground(m_window, tr("Writing the report…"), [&] {
                if (pdf)
                    report::writeReport(session, instrument, options, path);
                else
                    report::writeEditableReport(session, instrument, options, path);
            });
        } catch (const Error &e) {
            Prompt::warn(m_window, tr("Cannot write the report"), qs(e.what()));
            return false;
        }
        if (pdf)
            confirm(anonymous ? tr("Saved the anonymous report as %1").arg(where)
                              : tr("Saved the report as %1").arg(where));
        else
            confirm(anonymous ? tr("Saved the anonymous editable report as %1").arg(where)
                              : tr("Saved the editable report as %1").arg(where));
        return true;
    }
    QString failure;
    runInBackground(m_window,
                    format == MainWindow::ExportFormat::Json ? tr("Exporting JSON…") : tr("Exporting CSV…"),
                    [&] {
                        const std::string text = format == MainWindow::ExportFormat::Json
                                                     ? SessionJson::toString(session, instrument)
                                                     : CsvExport::toCsv(session, instrument);
                        QSaveFile out(path);
                        if (!out.open(QIODevice::WriteOnly) ||
                            out.write(text.data(), static_cast<qint64>(text.size())) !=
                                static_cast<qint64>(text.size()) ||
                            !out.commit())
                            failure = out.errorString();
                    });
    if (!failure.isNull()) {
        Prompt::warn(m_window, tr("Cannot export"),
                     tr("%1: %2").arg(QDir::toNativeSeparators(path), failure));
        return false;
    }
    confirm(format == MainWindow::ExportFormat::Json ? tr("Exported the session as JSON to %1").arg(where)
                                                     : tr("Exported the answers as CSV to %1").arg(where));
    return true;
}

void ExportActions::importJson()
{
    const SessionController *c = m_window->controller();
    const QString folder = c ? QFileInfo(c->filePath()).absolutePath()
                             : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString json =
        chooseOpenFile(m_window, tr("Import a session"), folder, tr("Session JSON (*.json);;All files (*)"));
    if (json.isEmpty())
        return;
    const Instrument &instrument = m_window->instrument();
    Session session;
    try {
        session = SessionJson::readFile(json.toStdString(), instrument);
    } catch (const Error &e) {
        Prompt::warn(m_window, tr("Cannot import %1").arg(QFileInfo(json).fileName()), qs(e.what()));
        return;
    }
    const QFileInfo source(json);
    const QString target =
        withSuffix(chooseSaveFile(m_window, tr("Save the imported session as"),
                                  source.dir().filePath(source.completeBaseName() + QStringLiteral(".cxm")),
                                  tr("Workbench sessions (*.cxm)")),
                   QStringLiteral("cxm"));
    if (target.isEmpty())
        return;
    if (c && QFileInfo(target).absoluteFilePath() == QFileInfo(c->filePath()).absoluteFilePath()) {
        Prompt::warn(m_window, tr("Cannot import %1").arg(source.fileName()),
                     tr("%1 is the session open now. Choose another name for the imported session.")
                         .arg(QDir::toNativeSeparators(target)));
        return;
    }
    try {
        checkOutput(target.toStdString(), json.toStdString(), true); // never over the JSON itself
        SessionFile::write(target.toStdString(), instrument, session, true);
    } catch (const Error &e) {
        Prompt::warn(m_window, tr("Cannot save %1").arg(QFileInfo(target).fileName()), qs(e.what()));
        return;
    }
    if (m_window->openFile(target))
        confirm(tr("Imported %1 into %2")
                    .arg(source.fileName(), QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath())));
}

} // namespace cxm::ui
