// File → Export (the report as a PDF or as an editable document, CSV, the spreadsheet, JSON) and
// File → Import session JSON, for the workbench window.
// Exports suggest a file named after the session's title in the session file's folder, run on a worker
// thread over a copy of the session, and say in the status bar where the file went; an import makes a
// new session file next to the JSON (after asking where) and opens it.
#pragma once

#include "MainWindow.h"
#include "ReportWriter.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <string_view>

namespace cxm::ui {

// The path with ".suffix" added unless it already ends so (a file dialog's name typed without it).
QString withSuffix(QString path, const QString &suffix);

class ExportActions : public QObject
{
    Q_OBJECT

public:
    explicit ExportActions(MainWindow *window);

    // The file dialogs and the report's question, replaceable so tests answer them without a modal
    // dialog. An empty path (or no answer) means the user cancelled.
    static std::function<QString(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter)>
        chooseSaveFile;
    static std::function<QString(QWidget *parent, const QString &title, const QString &folder,
                                 const QString &filter)>
        chooseOpenFile;
    // true for an anonymous report, false for one with names.
    static std::function<std::optional<bool>(QWidget *parent)> askAnonymous;
    // For a report with names of more than report::kShortAppendixAbove participants: each person's
    // full answers (long), or one summary row per person. No answer: cancelled.
    static std::function<std::optional<report::AppendixKind>(QWidget *parent, int participants)> askAppendix;

    // What an export of this suffix suggests: the session's title (else the session file's name) as a
    // file name, in the session file's folder.
    QString suggestedPath(const QString &suffix) const;
    // Writes the open session to path and says where it went; false (after telling the user why)
    // when it cannot.
    // The registered reader (Disclosure.h) that an export in this format is.
    static std::string_view readerFor(MainWindow::ExportFormat format, bool anonymous);
    bool exportTo(const QString &path, MainWindow::ExportFormat format, bool anonymous = false,
                  report::AppendixKind appendix = report::AppendixKind::Automatic);

    // The report, as a PDF or as an editable OpenDocument text: the same questions (with names or
    // anonymous, which appendix) for both.
    void exportReport(MainWindow::ExportFormat format);
    void exportText(bool json);
    void exportSpreadsheet();
    void importJson();

private:
    void confirm(const QString &message);

    MainWindow *m_window;
};

} // namespace cxm::ui
