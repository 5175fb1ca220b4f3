// The journey with the most stages the workbook asks for (8), on a 1366×768 laptop: every step of it
// fits the screen, Back and Next stay in view, nothing needs a sideways scroll bar, and each of the
// eight stages has its place on the pages that set the stages across.
#include "ScreensSupport.h"
#include "UiText.h"

#include "DemoSession.h"
#include "Instrument.h"
#include "SessionFile.h"

#include <QCheckBox>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>

using namespace cxm;
using namespace cxm::ui;
using namespace screens;

TEST_CASE("a journey of 8 stages fits a 1366×768 laptop on every step of the journey")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    s.stages.push_back({"s7", "I tell my friends how it went, for better or for worse", "Advocacy", {}});
    s.stages.push_back({"s8", "I move again and take them with me", "Retention", {}});
    REQUIRE(s.stages.size() == 8);
    const QString path = dir.filePath(QStringLiteral("eight.cxm"));
    SessionFile::write(path.toStdString(), ins, s, true);

    auto window = firstWindow();
    REQUIRE(window->openFile(path));
    const QRect available = window->screen()->availableGeometry();
    REQUIRE(available.width() <= kLaptop.width());
    bool journey = false;
    for (const Worksheet &w : ins.worksheets) {
        journey = journey || w.kind == WorksheetKind::Stages;
        if (!journey)
            continue;
        const int step = MainWindow::stepOf(ins, w.id);
        window->setStep(step);
        settle();
        INFO("step " << window->stepName(step).toStdString());
        QWidget *page = window->stepPage(step);
        CHECK(page->minimumSizeHint().width() < available.width() - 200);
        requireFitsScreen(*window);
        requireInView(*window, QStringLiteral("nextButton"));
        for (QScrollArea *area : page->findChildren<QScrollArea *>())
            if (area->isVisibleTo(page))
                CHECK_FALSE(area->horizontalScrollBar()->isVisible());
    }

    // The pages that set the stages across or down have a place for the eighth.
    window->setStep(MainWindow::stepOf(ins, "customer_room"));
    settle();
    auto *eighth = find<QCheckBox>(window.get(), QStringLiteral("check_room.human@s8"));
    CHECK(eighth->isVisibleTo(window.get()));
    CHECK(globalRect(eighth).right() < available.right());
    window->setStep(MainWindow::stepOf(ins, "stairway"));
    settle();
    auto *desire = find<QRadioButton>(window.get(), QStringLiteral("choice_s8_stairway.desire"));
    CHECK(globalRect(desire).right() < available.right());
    CHECK(prompts.warnings.isEmpty());
}
