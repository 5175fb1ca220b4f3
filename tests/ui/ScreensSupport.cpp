#include "ScreensSupport.h"

#include "DemoSession.h"
#include "Instrument.h"
#include "SessionFile.h"
#include "Settings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QScreen>
#include <QTest>

using namespace cxm;
using namespace cxm::ui;

// fontconfig keeps a cache for the life of the process, which LeakSanitizer reports at exit.
extern "C" const char *__lsan_default_suppressions();
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}

namespace screens {

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
std::unique_ptr<MainWindow> firstWindow(QScreen *screen)
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

// The demo workshop with extra participants (13 people in all), one of them with a 200-character name.
QString crowdedWorkshop(const QTemporaryDir &dir, int people)
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
    const Session s = makeSelfDemoSession(ins);
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

} // namespace screens
