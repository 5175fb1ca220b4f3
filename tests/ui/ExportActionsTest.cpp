// File → Export and File → Import through the window's menu (ExportActions), with the file dialogs
// answered by the test: the suggested name and folder, the file written, and where the window says it went.
#include "ScreensSupport.h"

#include "DemoSession.h"
#include "SessionJson.h"
#include "ExportActions.h"
#include "Instrument.h"
#include "SessionController.h"
#include "SessionFile.h"
#ifdef CXM_PYTHON
#include "../core/XlsxReader.h"
#endif

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace cxm;
using namespace cxm::ui;
using namespace screens;

TEST_CASE("exports suggest the title in the session's folder and say where the file went; Import opens JSON")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("Offsite")));
    const QString folder = dir.filePath(QStringLiteral("Offsite"));
    const QString path = QDir(folder).filePath(QStringLiteral("board.cxm"));
    const Instrument &ins = Instrument::builtin();
    Session demo = makeDemoSession(ins);
    demo.info.title = "Board offsite: Q3/Q4";
    SessionFile::write(path.toStdString(), ins, demo, true);
    auto window = firstWindow();
    REQUIRE(window->openFile(path));

    QStringList suggested;
    QString answer; // the path the user picks; empty means the suggestion
    // The dialogs answered here, put back however the test ends.
    struct Restore
    {
        decltype(ExportActions::chooseSaveFile) save = ExportActions::chooseSaveFile;
        decltype(ExportActions::chooseOpenFile) open = ExportActions::chooseOpenFile;
        decltype(ExportActions::askAnonymous) ask = ExportActions::askAnonymous;
        ~Restore()
        {
            ExportActions::chooseSaveFile = save;
            ExportActions::chooseOpenFile = open;
            ExportActions::askAnonymous = ask;
        }
    } restore;
    ExportActions::chooseSaveFile = [&](QWidget *, const QString &, const QString &suggestion,
                                        const QString &) {
        suggested << suggestion;
        return answer.isEmpty() ? suggestion : answer;
    };
    ExportActions::askAnonymous = [](QWidget *) { return std::optional<bool>(true); };
    const auto trigger = [&](const char *name) {
        find<QAction>(window.get(), QString::fromLatin1(name))->trigger();
        settle();
    };
    const QString base = QDir(folder).filePath(QStringLiteral("Board offsite Q3 Q4"));
    const auto shown = [&] { return window->statusBar()->currentMessage(); };

    trigger("actionExportCsv");
    CHECK(suggested.value(0) == base + QStringLiteral(".csv"));
    CHECK(QFile::exists(base + QStringLiteral(".csv")));
    CHECK(shown().contains(QDir::toNativeSeparators(base + QStringLiteral(".csv"))));
    trigger("actionExportJson");
    CHECK(suggested.value(1) == base + QStringLiteral(".json"));
    CHECK(QFile::exists(base + QStringLiteral(".json")));
    CHECK(shown().contains(QDir::toNativeSeparators(base + QStringLiteral(".json"))));
    trigger("actionExportPdf");
    CHECK(suggested.value(2) == base + QStringLiteral(".pdf"));
    CHECK(QFile::exists(base + QStringLiteral(".pdf")));
    CHECK(shown().contains(QDir::toNativeSeparators(base + QStringLiteral(".pdf"))));
    trigger("actionExportXlsx");
    CHECK(suggested.value(3) == base + QStringLiteral(".xlsx"));
    CHECK(shown().contains(QDir::toNativeSeparators(base + QStringLiteral(".xlsx"))));
    QFile workbook(base + QStringLiteral(".xlsx"));
    REQUIRE(workbook.open(QIODevice::ReadOnly));
    CHECK(workbook.read(2) == "PK"); // a zip archive, as every XLSX workbook is
    CHECK(prompts.warnings.isEmpty());
    // The editable report beside it: the same questions, an OpenDocument package.
    trigger("actionExportOdt");
    CHECK(suggested.value(4) == base + QStringLiteral(".odt"));
    QFile odt(base + QStringLiteral(".odt"));
    REQUIRE(odt.open(QIODevice::ReadOnly));
    CHECK(odt.read(77).mid(30) == "mimetypeapplication/vnd.oasis.opendocument.text");
    CHECK(shown() == QStringLiteral("Saved the anonymous editable report as %1")
                         .arg(QDir::toNativeSeparators(base + QStringLiteral(".odt"))));
    CHECK(prompts.warnings.isEmpty());
    suggested.removeLast();

    SECTION("File → Import makes a session file next to the JSON and opens it")
    {
        ExportActions::chooseOpenFile = [&](QWidget *, const QString &, const QString &, const QString &) {
            return base + QStringLiteral(".json");
        };
        trigger("actionImport");
        CHECK(suggested.value(4) == base + QStringLiteral(".cxm"));
        REQUIRE(window->controller());
        CHECK(window->controller()->filePath() == base + QStringLiteral(".cxm"));
        const Session imported = window->controller()->session();
        const Session original = SessionFile::open(path.toStdString())->load();
        CHECK(SessionJson::toString(imported, ins) == SessionJson::toString(original, ins));
        CHECK(imported == original);
        CHECK(shown().contains(QDir::toNativeSeparators(base + QStringLiteral(".cxm"))));
    }
    SECTION("a file that is not a session JSON is refused with its name, and the open session stays")
    {
        QFile bad(dir.filePath(QStringLiteral("notes.json")));
        REQUIRE(bad.open(QIODevice::WriteOnly));
        bad.write("{\"hello\": 1}");
        bad.close();
        ExportActions::chooseOpenFile = [&](QWidget *, const QString &, const QString &, const QString &) {
            return bad.fileName();
        };
        trigger("actionImport");
        REQUIRE(prompts.warnings.size() == 1);
        CHECK(prompts.warnings.front().contains(QStringLiteral("notes.json")));
        CHECK(window->controller()->filePath() == path);
    }
}

TEST_CASE("File → Export spreadsheet (XLSX)… writes the workbook with its three sheets, adds the suffix, and "
          "names a file it cannot write")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.cxm"));
    const Instrument &ins = Instrument::builtin();
    Session demo = makeDemoSession(ins);
    demo.participants[0].name = "=HYPERLINK(\"http://example.com\")";
    SessionFile::write(path.toStdString(), ins, demo, true);
    auto window = firstWindow();
    REQUIRE(window->openFile(path));

    struct Restore
    {
        decltype(ExportActions::chooseSaveFile) save = ExportActions::chooseSaveFile;
        ~Restore() { ExportActions::chooseSaveFile = save; }
    } restore;
    QString target = dir.filePath(QStringLiteral("plan")); // typed without the suffix
    QString filter;
    ExportActions::chooseSaveFile = [&](QWidget *, const QString &, const QString &, const QString &f) {
        filter = f;
        return target;
    };
    QAction *action = find<QAction>(window.get(), QStringLiteral("actionExportXlsx"));
    CHECK(action->text() == QStringLiteral("Export spreadsheet (&XLSX)…"));
    REQUIRE(action->isEnabled());
    action->trigger();
    settle();
    CHECK(filter.contains(QStringLiteral("*.xlsx")));
    const QString written = dir.filePath(QStringLiteral("plan.xlsx"));
    REQUIRE(QFile::exists(written));
    CHECK(prompts.warnings.isEmpty());
    CHECK(window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(written)));
#ifdef CXM_PYTHON
    const auto book = cxm::test::readXlsx(written.toStdString());
    std::vector<std::string> names;
    for (const auto &sheet : book["sheets"])
        names.push_back(sheet["name"]);
    CHECK(names == std::vector<std::string>{"Actions", "Scores", "Answers"});
    CHECK(cxm::test::cellOf(cxm::test::sheetOf(book, "Answers"), "C2")["value"] ==
          "=HYPERLINK(\"http://example.com\")");
    CHECK(cxm::test::cellOf(cxm::test::sheetOf(book, "Answers"), "C2")["type"] == "s");
#endif

    // A folder that is not there: the window says which file, and writes nothing.
    target = dir.filePath(QStringLiteral("gone/plan.xlsx"));
    action->trigger();
    settle();
    REQUIRE(prompts.warnings.size() == 1);
    CHECK(prompts.warnings.front().contains(QStringLiteral("gone/plan.xlsx")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("gone"))));
}

TEST_CASE("a report with names of a large session asks which appendix: the full one is much longer")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.cxm"));
    const Instrument &ins = Instrument::builtin();
    SessionFile::write(path.toStdString(), ins, makeRepeatedDemoSession(ins, 20), true);
    auto window = firstWindow();
    REQUIRE(window->openFile(path));

    struct Restore
    {
        decltype(ExportActions::chooseSaveFile) save = ExportActions::chooseSaveFile;
        decltype(ExportActions::askAnonymous) ask = ExportActions::askAnonymous;
        decltype(ExportActions::askAppendix) appendix = ExportActions::askAppendix;
        ~Restore()
        {
            ExportActions::chooseSaveFile = save;
            ExportActions::askAnonymous = ask;
            ExportActions::askAppendix = appendix;
        }
    } restore;
    QString target;
    ExportActions::chooseSaveFile = [&](QWidget *, const QString &, const QString &, const QString &) {
        return target;
    };
    ExportActions::askAnonymous = [](QWidget *) { return std::optional<bool>(false); };
    int asked = 0;
    std::optional<report::AppendixKind> choice;
    ExportActions::askAppendix = [&](QWidget *, int participants) {
        ++asked;
        CHECK(participants == 20);
        return choice;
    };
    const auto pages = [](const QString &pdf) {
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        REQUIRE(info.waitForFinished(60000));
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out);
        REQUIRE(match.hasMatch());
        return match.captured(1).toInt();
    };
    const auto exportPdf = [&](const char *name) {
        target = dir.filePath(QString::fromLatin1(name));
        find<QAction>(window.get(), QStringLiteral("actionExportPdf"))->trigger();
        settle();
    };

    choice = report::AppendixKind::Short;
    exportPdf("short.pdf");
    choice = report::AppendixKind::Full;
    exportPdf("full.pdf");
    choice.reset(); // cancelled: nothing is written
    exportPdf("none.pdf");
    CHECK(asked == 3);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));
    const int shortPages = pages(dir.filePath(QStringLiteral("short.pdf")));
    const int fullPages = pages(dir.filePath(QStringLiteral("full.pdf")));
    CHECK(fullPages > shortPages + 5); // every person's block instead of a row each (19 pages against 10)
    CHECK(prompts.warnings.isEmpty());

    SECTION("an anonymous report has no appendix, so nothing is asked")
    {
        ExportActions::askAnonymous = [](QWidget *) { return std::optional<bool>(true); };
        exportPdf("anonymous.pdf");
        CHECK(asked == 3);
        CHECK(QFile::exists(dir.filePath(QStringLiteral("anonymous.pdf"))));
    }
}

TEST_CASE("an export never replaces a session file, and an import never its own JSON")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    const QString path = dir.filePath(QStringLiteral("open.cxm"));
    const QString other = dir.filePath(QStringLiteral("other.json")); // a session file with a JSON name
    SessionFile::write(path.toStdString(), ins, makeDemoSession(ins), true);
    SessionFile::write(other.toStdString(), ins, makeDemoSession(ins), true);
    auto window = firstWindow();
    REQUIRE(window->openFile(path));
    const QByteArray before = [&] {
        QFile f(other);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    CHECK_FALSE(window->exportTo(other, MainWindow::ExportFormat::Json));
    REQUIRE(prompts.warnings.size() == 1);
    CHECK(prompts.warnings.front().contains(QStringLiteral("is a workbench session file")));
    QFile after(other);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before);
    CHECK_FALSE(window->exportTo(path, MainWindow::ExportFormat::Csv));
    CHECK(prompts.warnings.size() == 2);
    CHECK(SessionFile::open(path.toStdString())->load() == makeDemoSession(ins));

    SECTION("File → Import onto the JSON it reads is refused")
    {
        // A session JSON whose name ends in .cxm: the suggested target is the JSON itself.
        const QString json = dir.filePath(QStringLiteral("mailed.cxm"));
        REQUIRE(window->exportTo(json, MainWindow::ExportFormat::Json));
        struct Restore
        {
            decltype(ExportActions::chooseSaveFile) save = ExportActions::chooseSaveFile;
            decltype(ExportActions::chooseOpenFile) open = ExportActions::chooseOpenFile;
            ~Restore()
            {
                ExportActions::chooseSaveFile = save;
                ExportActions::chooseOpenFile = open;
            }
        } restore;
        ExportActions::chooseOpenFile = [&](QWidget *, const QString &, const QString &, const QString &) {
            return json;
        };
        QString suggested;
        ExportActions::chooseSaveFile = [&](QWidget *, const QString &, const QString &suggestion,
                                            const QString &) {
            suggested = suggestion;
            return suggestion; // the person accepts the suggestion
        };
        QFile original(json);
        REQUIRE(original.open(QIODevice::ReadOnly));
        const QByteArray text = original.readAll();
        original.close();
        find<QAction>(window.get(), QStringLiteral("actionImport"))->trigger();
        settle();
        CHECK(QFileInfo(suggested) == QFileInfo(json));
        QFile still(json);
        REQUIRE(still.open(QIODevice::ReadOnly));
        CHECK(still.readAll() == text);
        CHECK(window->controller()->filePath() == path);
        CHECK(prompts.warnings.last().contains(QStringLiteral("is the input file")));
    }
}
