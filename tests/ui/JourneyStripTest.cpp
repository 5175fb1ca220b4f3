// The journey strip on the reliability step, driven as the room does: a rating typed into a stage's
// answers shows in the strip at once (and a split team is marked there), a renamed stage shows its new
// name, and eight stages still leave room for the answers on a 1366×768 laptop.
#include "UiTestSupport.h"

#include "JourneyStripWidget.h"
#include "MaturityMapPainter.h"
#include "SessionController.h"

#include <QListWidget>
#include <QScrollArea>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;

namespace {

// How many pixels differ between two pictures of the same size, inside rect.
int changed(const QImage &a, const QImage &b, const QRectF &rect)
{
    REQUIRE(a.size() == b.size());
    int n = 0;
    const QRect r = rect.toAlignedRect().intersected(a.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    return n;
}

int pixelsOf(const QImage &image, const QRectF &rect, QRgb colour)
{
    int n = 0;
    const QRect r = rect.toAlignedRect().intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += image.pixel(x, y) == colour ? 1 : 0;
    return n;
}

QImage picture(JourneyStripWidget *strip)
{
    QApplication::processEvents();
    return strip->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

TEST_CASE("the strip shows a rating as soon as it is typed, and marks a split team")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("strip.cxm"));
    const Instrument &ins = Instrument::builtin();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.newSession(path, Mode::Workshop));
    REQUIRE(QTest::qWaitForWindowActive(&window));
    click(&window, QStringLiteral("addParticipant"));
    click(&window, QStringLiteral("addParticipant"));
    const std::string p1 = window.controller()->session().participants.at(0).id;
    REQUIRE(
        window.controller()->addStages({{"Research", {}, {}}, {"Decision", {}, {}}, {"Selection", {}, {}}}));

    // A click in the step list: the keys land on the first stage's first person.
    auto *steps = find<QListWidget>(&window, QStringLiteral("steps"));
    const int step = MainWindow::stepOf(ins, "reliability");
    QTest::mouseClick(steps->viewport(), Qt::LeftButton, {},
                      steps->visualItemRect(steps->item(step)).center());
    REQUIRE(window.currentStep() == step);
    auto *strip = find<JourneyStripWidget>(&window, QStringLiteral("journeyStrip_reliability"));
    CHECK(strip->isVisible());
    REQUIRE(strip->strip().stages.size() == 3);
    CHECK(strip->strip().cells[0][0].answered() == 0);
    const QImage before = picture(strip);
    CHECK(keysAt() == QStringLiteral("reliability.customer@s1/") + QString::fromStdString(p1));

    // A for the first person (ALWAYS Reliable), F for the second (Frequently UNRELIABLE).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F);
    CHECK(strip->strip().cells[0][0].counts == std::array<int, 3>{1, 0, 1});
    const QImage after = picture(strip);
    const report::JourneyStripLayout layout = strip->stripLayout();
    REQUIRE(layout.stages.size() == 3);
    CHECK(changed(before, after, layout.stages[0].cells[0]) > 100);
    CHECK(changed(before, after, layout.stages[0].cells[1]) == 0);
    CHECK(changed(before, after, layout.stages[1].cells[0]) == 0);
    const QRgb mark = report::Theme::fromPalette(strip->palette()).disagreement.rgb();
    CHECK(pixelsOf(before, layout.stages[0].cells[0], mark) == 0);
    CHECK(pixelsOf(after, layout.stages[0].cells[0], mark) > 100);
    CHECK(pixelsOf(after, layout.stages[1].cells[0], mark) == 0);

    // A renamed stage shows its new name in the strip.
    Stage renamed = *window.controller()->session().findStage("s2");
    renamed.name = "Choosing a plan";
    REQUIRE(window.controller()->updateStage(renamed));
    CHECK(strip->strip().stages[1] == QStringLiteral("Choosing a plan"));

    // Eight stages: the strip stays whole and the answers below keep room on a 1366×768 screen.
    REQUIRE(window.controller()->addStages(
        {{"Installation", {}, {}},
         {"Usage", {}, {}},
         {"Relationship", {}, {}},
         {"I move house and take my contract with me to the new address", {}, {}},
         {"Renewal", {}, {}}}));
    QApplication::processEvents();
    REQUIRE(strip->strip().stages.size() == 8);
    CHECK(strip->height() == strip->heightForWidth(strip->width()));
    QWidget *page = find<QWidget>(&window, QStringLiteral("stageScalePage_reliability"));
    auto *answers = page->findChild<QScrollArea *>();
    REQUIRE(answers);
    CHECK(answers->isVisible());
    CHECK(answers->height() >= 150);
    CHECK(strip->mapTo(&window, QPoint(0, strip->height())).y() <= window.height());
    CHECK(window.height() <= 768);
    CHECK(window.minimumSizeHint().height() <= 768);
    CHECK(prompts.warnings.isEmpty());
}
