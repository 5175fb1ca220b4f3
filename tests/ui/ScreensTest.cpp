// Screens that fit: the window on a 1366×768 laptop and a 1920×1080 projector, driven through its real
// widgets. The offscreen platform is given both screens side by side, so every check compares a
// widget's place with the screen the window is on.
#include "DemoSession.h"
#include "ExportActions.h"
#include "Instrument.h"
#include "MainWindow.h"
#include "MaturityMapPainter.h"
#include "PrivateVotingDialog.h"
#include "Prompt.h"
#include "SessionController.h"
#include "ScoringEngine.h"
#include "SessionFile.h"
#include "Settings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QStatusBar>
#include <QComboBox>
#include <QFile>
#include <QFontInfo>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QPaintEngine>
#include <QTextItem>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <set>

using namespace cxm;
using namespace cxm::ui;

// fontconfig keeps a cache for the life of the process, which LeakSanitizer reports at exit.
extern "C" const char *__lsan_default_suppressions();
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}

namespace {

// A laptop (the primary screen) and a projector to its right.
constexpr QSize kLaptop(1366, 768);
constexpr QSize kProjector(1920, 1080);

void ensureApp()
{
    static int argc = 1;
    static char name[] = "test_ui_screens";
    static char *argv[] = {name, nullptr};
    if (QApplication::instance())
        return;
    static QTemporaryDir configDir;
    const QString config = configDir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2, "logicalDpi": 96, "dpr": 1},
        {"name": "projector", "x": %1, "y": 0, "width": %3, "height": %4, "logicalDpi": 96, "dpr": 1}]})")
                   .arg(kLaptop.width())
                   .arg(kLaptop.height())
                   .arg(kProjector.width())
                   .arg(kProjector.height())
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toUtf8());
    // Never destroyed: Qt's input devices must not outlive a static QApplication at exit.
    static auto *app = new QApplication(argc, argv);
    Q_UNUSED(app);
    QApplication::setOrganizationName(QStringLiteral("cxm-test"));
    QApplication::setApplicationName(QStringLiteral("cx-workbench-screens-test"));
    REQUIRE(QGuiApplication::screens().size() == 2);
    REQUIRE(QGuiApplication::primaryScreen()->size() == kLaptop);
}

QScreen *projector()
{
    return QGuiApplication::screens().at(1);
}

struct PromptRecorder
{
    QStringList warnings;
    PromptRecorder()
    {
        Prompt::warn = [this](QWidget *, const QString &title, const QString &text) {
            warnings << title + QLatin1Char('\n') + text;
        };
        Prompt::confirm = [](QWidget *, const QString &, const QString &) { return true; };
    }
    ~PromptRecorder()
    {
        Prompt::warn = [](QWidget *, const QString &, const QString &) {};
        Prompt::confirm = [](QWidget *, const QString &, const QString &) { return false; };
    }
};

template<typename T = QWidget>
T *find(QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(w != nullptr);
    return w;
}

// Lets the layouts finish: a scroll bar that appears narrows its area, which lays the page out again.
void settle()
{
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

// Where w is on the screen, in global coordinates.
QRect globalRect(const QWidget *w)
{
    return QRect(w->mapToGlobal(QPoint(0, 0)), w->size());
}

// The widget is shown, and all of it is inside the window and inside the screen the window is on.
void requireInView(MainWindow &window, const QString &name)
{
    QWidget *w = find(&window, name);
    INFO(name.toStdString() << " at " << globalRect(w).x() << "," << globalRect(w).y() << " " << w->width()
                            << "×" << w->height());
    CHECK(w->isVisible());
    CHECK(globalRect(&window).contains(globalRect(w)));
    CHECK(window.screen()->availableGeometry().contains(globalRect(w)));
}

void requireFitsScreen(MainWindow &window)
{
    const QRect available = window.screen()->availableGeometry();
    const QRect frame = window.frameGeometry();
    INFO("window " << frame.x() << "," << frame.y() << " " << frame.width() << "×" << frame.height()
                   << " on a screen of " << available.width() << "×" << available.height());
    CHECK(available.contains(frame));
}

// A window as it opens the first time: no geometry remembered from an earlier run.
std::unique_ptr<MainWindow> firstWindow(QScreen *screen = nullptr)
{
    Settings::setGeometry({});
    auto window = std::make_unique<MainWindow>();
    if (screen) // where a window manager (or the remembered position) would put it
        window->move(screen->availableGeometry().topLeft());
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    return window;
}

QString longName()
{
    QString name = QStringLiteral("Alexandra Konstantinopoulou-Vanderbilt");
    while (name.size() < 200)
        name += QStringLiteral(" Montgomery-Fairweather");
    return name.left(200);
}

// A paint device that keeps the pixel size of every piece of text painted on it.
class TextRecorder : public QPaintDevice
{
public:
    std::vector<std::pair<QString, int>> texts;

    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return 2000;
        case PdmHeight:
            return 2000;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(devicePixelRatioFScale());
        case PdmDepth:
            return 32;
        default:
            return 1000;
        }
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        explicit Engine(TextRecorder *device)
            : QPaintEngine(AllFeatures)
            , m_device(device)
        {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPath(const QPainterPath &) override {}
        void drawTextItem(const QPointF &, const QTextItem &item) override
        {
            m_device->texts.emplace_back(item.text(), item.font().pixelSize());
        }
        Type type() const override { return User; }

    private:
        TextRecorder *m_device;
    };
    mutable Engine m_engine{this};
};

// The demo workshop with extra participants (13 people in all), one of them with a 200-character name.
QString crowdedWorkshop(const QTemporaryDir &dir, int people = 13)
{
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    for (int i = static_cast<int>(s.participants.size()) + 1; i <= people; ++i)
        s.participants.push_back(
            {"extra" + std::to_string(i), "Participant " + std::to_string(i), "Director"});
    s.participants.back().name = longName().toStdString();
    const QString path = dir.filePath(QStringLiteral("crowded.cxm"));
    SessionFile::write(path.toStdString(), ins, s, true);
    return path;
}

// The demo workshop's first participant on their own, as a self-assessment with every answer given.
QString selfAssessment(const QTemporaryDir &dir)
{
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    s.info.mode = Mode::Self;
    const std::string me = s.participants.front().id;
    s.participants.resize(1);
    const auto others = [&](const auto &entry) { return entry.participant != me; };
    std::erase_if(s.ratings, others);
    std::erase_if(s.powerCore, others);
    std::erase_if(s.readiness, others);
    std::erase_if(s.absences, others);
    s.consensus.clear();
    s.powerCoreConsensus.reset();
    s.readinessConsensus.clear();
    const QString path = dir.filePath(QStringLiteral("self.cxm"));
    SessionFile::write(path.toStdString(), ins, s, true);
    return path;
}

// The words a person reads on a page: labels, buttons, group titles, combo and list entries.
QStringList visibleTexts(QWidget *page)
{
    QStringList texts;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(page))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            texts << group->title();
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        else if (auto *list = qobject_cast<QListWidget *>(w))
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text();
        else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
            for (int c = 0; c < view->model()->columnCount(); ++c)
                texts << view->model()->headerData(c, Qt::Horizontal).toString();
    }
    return texts;
}

// The text the maturity map drawing paints.
QStringList paintedTexts(QWidget *view)
{
    TextRecorder device;
    {
        QPainter painter(&device);
        view->render(&painter);
    }
    QStringList texts;
    for (const auto &entry : device.texts)
        texts << entry.first;
    return texts;
}

} // namespace

TEST_CASE("the first window fits a 1366×768 laptop: Add participant and Back/Next in view")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    auto window = firstWindow();
    CHECK(window->screen() == QGuiApplication::primaryScreen());
    CHECK_FALSE(window->isMaximized());
    requireFitsScreen(*window);
    REQUIRE(window->newSession(dir.filePath(QStringLiteral("w.cxm")), Mode::Workshop));
    requireFitsScreen(*window);
    requireInView(*window, QStringLiteral("addParticipant"));
    requireInView(*window, QStringLiteral("removeParticipant"));
    requireInView(*window, QStringLiteral("backButton"));
    requireInView(*window, QStringLiteral("nextButton"));
}

TEST_CASE("on a 1920×1080 projector the first window opens there, fits and uses the room")
{
    ensureApp();
    PromptRecorder prompts;
    auto window = firstWindow(projector());
    REQUIRE(window->openDemo());
    CHECK(window->screen() == projector());
    requireFitsScreen(*window);
    CHECK(window->width() > kLaptop.width() * 8 / 10);
    requireInView(*window, QStringLiteral("backButton"));
    requireInView(*window, QStringLiteral("nextButton"));
}

TEST_CASE("F11 twice returns to the window state before it: maximised or not")
{
    ensureApp();
    PromptRecorder prompts;
    auto window = firstWindow();
    REQUIRE(window->openDemo());
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));

    SECTION("maximised")
    {
        window->showMaximized();
        REQUIRE(window->isMaximized());
        QTest::keyClick(window.get(), Qt::Key_F11);
        CHECK(window->isFullScreen());
        CHECK(window->presentationMode());
        QTest::keyClick(window.get(), Qt::Key_F11);
        CHECK_FALSE(window->isFullScreen());
        CHECK_FALSE(window->presentationMode());
        CHECK(window->isMaximized());
    }
    SECTION("a normal window keeps its size and place")
    {
        const QRect before = window->geometry();
        QTest::keyClick(window.get(), Qt::Key_F11);
        CHECK(window->isFullScreen());
        QTest::keyClick(window.get(), Qt::Key_F11);
        CHECK_FALSE(window->isFullScreen());
        CHECK_FALSE(window->isMaximized());
        INFO("before " << before.x() << "," << before.y() << " " << before.width() << "×" << before.height()
                       << ", after " << window->geometry().x() << "," << window->geometry().y() << " "
                       << window->geometry().width() << "×" << window->geometry().height());
        CHECK(window->geometry() == before);
    }
    SECTION("full screen is not remembered as the next start's geometry")
    {
        window->showMaximized();
        QTest::keyClick(window.get(), Qt::Key_F11);
        REQUIRE(window->isFullScreen());
        window->close();
        MainWindow next;
        next.show();
        REQUIRE(QTest::qWaitForWindowExposed(&next));
        CHECK_FALSE(next.isFullScreen());
        CHECK(next.isMaximized());
    }
}

TEST_CASE("the Maturity Map is not cut off on a laptop or a projector, in a window or full screen")
{
    ensureApp();
    PromptRecorder prompts;
    QScreen *screen = GENERATE(QGuiApplication::primaryScreen(), projector());
    const bool fullScreen = GENERATE(false, true);
    INFO((screen == projector() ? "projector" : "laptop") << (fullScreen ? ", full screen" : ""));
    auto window = firstWindow(screen);
    REQUIRE(window->openDemo());
    if (fullScreen)
        QTest::keyClick(window.get(), Qt::Key_F11);
    REQUIRE(window->presentationMode() == fullScreen);
    window->setStep(MainWindow::MaturityMapStep);
    settle();
    requireFitsScreen(*window);
    // The drawing scrolls down inside its area where it is stacked (on a laptop); the area is in view.
    for (const char *name : {"mapScroll", "mapSide", "backButton", "nextButton"})
        requireInView(*window, QString::fromLatin1(name));
    // The summary beside the map wraps its lines and scrolls down; it never needs a sideways scroll.
    auto *side = find<QScrollArea>(window.get(), QStringLiteral("mapSide"));
    CHECK_FALSE(side->horizontalScrollBar()->isVisible());
    CHECK(side->widget()->width() <= side->viewport()->width());
    for (QLabel *label : side->widget()->findChildren<QLabel *>()) {
        INFO(label->text().left(60).toStdString());
        CHECK(label->geometry().right() <= side->viewport()->width());
    }
    CHECK(find(window.get(), QStringLiteral("maturityMapView"))->width() >= 480);

    // The drawing's words are set in the window's type scale: none much smaller than the text beside it.
    QWidget *view = find(window.get(), QStringLiteral("maturityMapView"));
    TextRecorder device;
    {
        QPainter painter(&device);
        view->render(&painter);
    }
    std::map<int, QStringList> bySize;
    for (const auto &[text, pixels] : device.texts)
        bySize[pixels] << text;
    const int body = QFontInfo(find(window.get(), QStringLiteral("mapSummary"))->font()).pixelSize();
    INFO("body text " << body << " px; smallest in the map " << bySize.begin()->first << " px: "
                      << bySize.begin()->second.join(QStringLiteral(" | ")).left(200).toStdString());
    CHECK(bySize.begin()->first >= body * 3 / 4);
}

TEST_CASE("the radar's five competency labels share one type size, however short a title is")
{
    ensureApp();
    const Instrument &ins = Instrument::builtin();
    const Score score = ScoringEngine(ins).score(makeDemoSession(ins));
    // The radar's rect on the Maturity Map step at 1366×768, in a window and full screen, and larger.
    const QSizeF size = GENERATE(QSizeF(280, 330), QSizeF(360, 420), QSizeF(520, 560));
    const qreal scale = GENERATE(1.0, 1.3);
    report::Theme theme;
    theme.fontScale = scale;
    TextRecorder device;
    {
        QPainter painter(&device);
        report::paintRadar(painter, QRectF(QPointF(10, 10), size), ins, score, theme);
    }
    std::set<int> sizes;
    for (const auto &[text, pixels] : device.texts) {
        bool tick = false;
        text.toInt(&tick); // the ring values 20 … 100 are the scale, in their own smaller size
        if (!tick)
            sizes.insert(pixels);
    }
    INFO(size.width() << "×" << size.height() << " scale " << scale);
    REQUIRE_FALSE(sizes.empty());
    CHECK(sizes.size() == 1);
}

TEST_CASE("Readiness: no row moves when a tip appears, names stay in view, questions stay put")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    auto window = firstWindow();
    const Instrument &ins = Instrument::builtin();

    SECTION("a tip appears without moving a row")
    {
        REQUIRE(window->openDemo());
        window->setStep(MainWindow::ReadinessStep);
        settle();
        QWidget *page = window->stepPage(MainWindow::ReadinessStep);
        const Session s = window->controller()->session(); // a copy: each answer reloads the session
        const auto rowPlaces = [&] {
            std::vector<int> ys;
            for (const auto &q : ins.readinessQuestions)
                for (const auto &p : s.participants)
                    ys.push_back(
                        find(page, QStringLiteral("readiness_%1_%2")
                                       .arg(QString::fromStdString(q.id), QString::fromStdString(p.id)))
                            ->mapTo(page, QPoint(0, 0))
                            .y());
            return ys;
        };
        // The first question the demo team answers Yes: everyone says No to it now.
        const ReadinessQuestion *yes = nullptr;
        for (const auto &q : ins.readinessQuestions)
            if (window->controller()->score().readiness.answerFor(q.id) == "yes" && !yes)
                yes = &q;
        REQUIRE(yes);
        const QString qid = QString::fromStdString(yes->id);
        CHECK_FALSE(find(page, QStringLiteral("tip_") + qid)->isVisible());
        const std::vector<int> before = rowPlaces();
        for (const auto &p : s.participants) {
            auto *no = find<QAbstractButton>(
                page, QStringLiteral("readiness_%1_%2_no").arg(qid, QString::fromStdString(p.id)));
            if (!no->isChecked())
                QTest::mouseClick(no, Qt::LeftButton);
        }
        settle();
        REQUIRE(window->controller()->score().readiness.answerFor(yes->id) == "no");
        CHECK(find(page, QStringLiteral("tip_") + qid)->isVisible());
        CHECK(rowPlaces() == before);
    }

    SECTION("with 13 people the names stay above the rows and the questions at their left")
    {
        REQUIRE(window->openFile(crowdedWorkshop(dir)));
        window->setStep(MainWindow::ReadinessStep);
        settle();
        requireFitsScreen(*window);
        QWidget *page = window->stepPage(MainWindow::ReadinessStep);
        const Session s = window->controller()->session();
        REQUIRE(s.participants.size() == 13);
        auto *rows = find<QScrollArea>(page, QStringLiteral("readinessRows"));
        auto *sideways = find<QScrollBar>(page, QStringLiteral("readinessSideways"));
        const QString firstName =
            QStringLiteral("readinessName_") + QString::fromStdString(s.participants[0].id);
        const QString lastName =
            QStringLiteral("readinessName_") + QString::fromStdString(s.participants[12].id);
        const QString q1 = QString::fromStdString(ins.readinessQuestions[0].id);
        const QString q11 = QString::fromStdString(ins.readinessQuestions.back().id);
        QWidget *question = find(page, QStringLiteral("tip_") + q1)->parentWidget();
        const QPoint questionAt = question->mapTo(page, QPoint(0, 0));
        const QPoint nameAt = find(page, firstName)->mapTo(page, QPoint(0, 0));

        // Down to the last question: the names have not moved, and are above the rows.
        rows->verticalScrollBar()->setValue(rows->verticalScrollBar()->maximum());
        settle();
        CHECK(rows->verticalScrollBar()->value() > 0);
        CHECK(find(page, firstName)->mapTo(page, QPoint(0, 0)) == nameAt);
        CHECK(find(page, firstName)->isVisible());
        CHECK(nameAt.y() < rows->mapTo(page, QPoint(0, 0)).y());
        rows->verticalScrollBar()->setValue(0);

        // Sideways to the last person: the questions stay where they were, the last column comes in.
        REQUIRE(sideways->isVisible());
        sideways->setValue(sideways->maximum());
        settle();
        CHECK(question->mapTo(page, QPoint(0, 0)) == questionAt);
        QWidget *last = find(
            page, QStringLiteral("readiness_%1_%2").arg(q1, QString::fromStdString(s.participants[12].id)));
        const QRect lastRect(last->mapTo(rows, QPoint(0, 0)), last->size());
        CHECK(rows->viewport()->rect().contains(lastRect));
        CHECK(lastRect.left() > question->mapTo(rows, QPoint(question->width(), 0)).x());
        CHECK(find(page, lastName)->mapTo(page, QPoint(0, 0)).x() ==
              Approx(last->mapTo(page, QPoint(0, 0)).x() + last->width() / 2 -
                     find(page, lastName)->width() / 2)
                  .margin(6));
        Q_UNUSED(q11);
        requireFitsScreen(*window);
    }
}

TEST_CASE("a 200-character name is shortened everywhere, whole in its tooltip; no page outgrows the screen")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const bool fullScreen = GENERATE(false, true);
    INFO((fullScreen ? "full screen" : "window"));
    auto window = firstWindow();
    REQUIRE(window->openFile(crowdedWorkshop(dir)));
    if (fullScreen)
        window->setPresentationMode(true);
    const QRect available = window->screen()->availableGeometry();
    for (int step = 0; step < MainWindow::StepCount; ++step) {
        window->setStep(step);
        settle();
        INFO("step " << window->stepName(step).toStdString());
        QWidget *page = window->stepPage(step);
        CHECK(page->minimumSizeHint().width() < available.width() - 200);
        requireFitsScreen(*window);
        requireInView(*window, QStringLiteral("nextButton"));
        // Every label or list entry that stands for the long name shows it shortened.
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(page) || !label->toolTip().contains(longName().left(60)))
                continue;
            INFO(label->text().toStdString());
            CHECK(label->text().size() < 60);
            CHECK(label->width() < available.width() / 2);
        }
    }
    auto *combo = find<QComboBox>(window.get(), QStringLiteral("powerCoreParticipant"));
    const int last = combo->count() - 1;
    CHECK(combo->itemText(last).size() < 60);
    CHECK(combo->itemData(last, Qt::ToolTipRole).toString() == longName());
    CHECK(combo->minimumSizeHint().width() < available.width() / 3);
}

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
    CHECK(prompts.warnings.isEmpty());

    SECTION("File → Import makes a session file next to the JSON and opens it")
    {
        ExportActions::chooseOpenFile = [&](QWidget *, const QString &, const QString &, const QString &) {
            return base + QStringLiteral(".json");
        };
        trigger("actionImport");
        CHECK(suggested.value(3) == base + QStringLiteral(".cxm"));
        REQUIRE(window->controller());
        CHECK(window->controller()->filePath() == base + QStringLiteral(".cxm"));
        CHECK(window->controller()->session() == SessionFile::open(path.toStdString())->load());
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

TEST_CASE("a self-assessment has its own setup form, and no page speaks of a team, Borda or Kendall")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    auto window = firstWindow();

    SECTION("the setup form asks for your name and role, with no participants' table")
    {
        const QString path = dir.filePath(QStringLiteral("me.cxm"));
        REQUIRE(window->newSession(path, Mode::Self));
        QWidget *page = window->stepPage(MainWindow::SetupStep);
        CHECK_FALSE(find(page, QStringLiteral("participants"))->isVisible());
        CHECK_FALSE(find(page, QStringLiteral("addParticipant"))->isVisible());
        CHECK_FALSE(find(page, QStringLiteral("removeParticipant"))->isVisible());
        CHECK_FALSE(find(page, QStringLiteral("facilitator"))->isVisible());
        for (const char *name : {"selfName", "selfRole"}) {
            auto *edit = find<QLineEdit>(page, QString::fromLatin1(name));
            CHECK(edit->isVisible());
            edit->setFocus();
            edit->selectAll();
            QTest::keyClicks(edit, name == std::string("selfName")
                                       ? QStringLiteral("Dana Whitfield")
                                       : QStringLiteral("Chief Operating Officer"));
            QTest::keyClick(edit, Qt::Key_Return);
        }
        const Session s = SessionFile::open(path.toStdString())->load();
        REQUIRE(s.participants.size() == 1);
        CHECK(s.participants[0].name == "Dana Whitfield");
        CHECK(s.participants[0].role == "Chief Operating Officer");
        // The form stays at the top: the organisation field directly under the heading.
        CHECK(find(page, QStringLiteral("organization"))->y() < 120);
    }

    SECTION("every step of a finished self-assessment")
    {
        REQUIRE(window->openFile(selfAssessment(dir)));
        const QRegularExpression forbidden(QStringLiteral("\\b(team|borda|kendall)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
        for (int step = 0; step < MainWindow::StepCount; ++step) {
            window->setStep(step);
            settle();
            INFO("step " << window->stepName(step).toStdString());
            for (const QString &text : visibleTexts(window->stepPage(step))) {
                INFO(text.toStdString());
                CHECK_FALSE(text.contains(forbidden));
            }
        }
        window->setStep(MainWindow::MaturityMapStep);
        const QStringList painted = paintedTexts(find(window.get(), QStringLiteral("maturityMapView")));
        CHECK(painted.join(QLatin1Char(' ')).contains(QStringLiteral("Mature")));
        CHECK_FALSE(painted.join(QLatin1Char(' ')).contains(QStringLiteral("both")));
    }

    SECTION("a workshop's map keeps the disagreement legend")
    {
        REQUIRE(window->openDemo());
        window->setStep(MainWindow::MaturityMapStep);
        settle();
        const QStringList painted = paintedTexts(find(window.get(), QStringLiteral("maturityMapView")));
        CHECK(painted.join(QLatin1Char(' ')).contains(QStringLiteral("both")));
    }
}

TEST_CASE("full screen enlarges every word alike: the disagreement marker, combo boxes and legends too")
{
    ensureApp();
    PromptRecorder prompts;
    auto window = firstWindow();
    REQUIRE(window->openDemo());
    const bool fullScreen = GENERATE(false, true);
    INFO((fullScreen ? "full screen" : "window"));
    window->setPresentationMode(fullScreen);
    window->setStep(MainWindow::FirstCompetencyStep);
    settle();
    const auto pixels = [&](const QString &name) {
        return QFontInfo(find(window.get(), name)->font()).pixelSize();
    };
    const int text = pixels(QStringLiteral("distribution_c1.culture"));
    INFO("text beside it: " << text << " px");
    CHECK(find(window.get(), QStringLiteral("disagreement_c1.culture"))->isVisible());
    CHECK(pixels(QStringLiteral("disagreement_c1.culture")) == text);
    CHECK(pixels(QStringLiteral("consensus_c1.culture")) == text);
    window->setStep(MainWindow::ReadinessStep);
    settle();
    const QString q1 = QString::fromStdString(Instrument::builtin().readinessQuestions.front().id);
    CHECK(pixels(QStringLiteral("readinessConsensus_") + q1) == text);
    CHECK(pixels(QStringLiteral("teamAnswer_") + q1) == text);
    CHECK(pixels(QStringLiteral("tip_") + q1) == text);
    CHECK(pixels(QStringLiteral("tipText_") + q1) == text);
    CHECK(pixels(QStringLiteral("readOnlyBanner")) == text);
}

TEST_CASE("private voting with a 200-character name stays within the screen")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    auto window = firstWindow();
    REQUIRE(window->openFile(crowdedWorkshop(dir)));
    PrivateVotingDialog dialog(window->controller(), window.get());
    dialog.show();
    settle();
    REQUIRE(dialog.begin(QStringLiteral("4321")));
    const int people = static_cast<int>(window->controller()->session().participants.size());
    for (int index : {people - 1, 0}) {
        dialog.handOver(index);
        settle();
        CHECK(dialog.minimumSizeHint().width() <= dialog.screen()->availableGeometry().width());
        dialog.startVoting();
        settle();
        CHECK(dialog.minimumSizeHint().width() <= dialog.screen()->availableGeometry().width());
        CHECK(dialog.width() <= dialog.screen()->geometry().width());
    }
}
