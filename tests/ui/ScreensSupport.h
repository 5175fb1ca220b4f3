// Shared by the screens tests: an application with a 1366×768 laptop screen and a 1920×1080 projector
// beside it (offscreen), windows opened as they first open, and checks of where a widget is.
#pragma once

#include "MainWindow.h"
#include "Prompt.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextItem>
#include <QWidget>

#include <catch2/catch.hpp>

#include <memory>
#include <utility>
#include <vector>

class QScreen;

namespace screens {

using cxm::ui::MainWindow;
using cxm::ui::Prompt;

// A laptop (the primary screen) and a projector to its right.
inline constexpr QSize kLaptop(1366, 768);
inline constexpr QSize kProjector(1920, 1080);

// The application, once per process, on the offscreen platform with the two screens.
void ensureApp();

// The 1920×1080 screen (the laptop is the primary one).
QScreen *projector();

// Lets the layouts finish: a scroll bar that appears narrows its area, which lays the page out again.
void settle();

// Where w is on the screen, in global coordinates.
QRect globalRect(const QWidget *w);

// The widget is shown, and all of it is inside the window and inside the screen the window is on.
void requireInView(MainWindow &window, const QString &name);

// The whole window, frame included, is on the screen it is on.
void requireFitsScreen(MainWindow &window);

// A window as it opens the first time: no geometry remembered from an earlier run.
std::unique_ptr<MainWindow> firstWindow(QScreen *screen = nullptr);

// A name of 200 characters, with spaces where a name has them.
QString longName();

// The demo workshop with extra participants (13 people in all), one of them with a 200-character name.
QString crowdedWorkshop(const QTemporaryDir &dir, int people = 13);

// The demo workshop's first participant on their own, as a self-assessment with every answer given.
QString selfAssessment(const QTemporaryDir &dir);

// The words a person reads on a page: labels, buttons, group titles, combo and list entries.
QStringList visibleTexts(QWidget *page);

// The text the maturity map drawing paints.
QStringList paintedTexts(QWidget *view);

// Records the warnings the window would show in a message box, and says yes to every question.
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

} // namespace screens
