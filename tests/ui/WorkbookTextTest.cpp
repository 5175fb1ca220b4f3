// The workbook's words in the window (issue 10): each competency step shows the workbook's summary
// of its competency, and a title the workbook leaves out is shown as the app's, not the workbook's.
#include "UiTestSupport.h"
#include "WorkbookText.h"

#include <QLabel>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;

namespace {

QWidget *showCompetency(MainWindow *window, std::size_t index)
{
    const Competency &c = Instrument::builtin().competencies().at(index);
    window->setStep(MainWindow::FirstCompetencyStep + static_cast<int>(index));
    auto *page = find<QWidget>(window, QStringLiteral("competencyPage_") + QString::fromStdString(c.id));
    REQUIRE(page->isVisible());
    return page;
}

// The label of an item's frame that shows its title.
QLabel *itemTitle(QWidget *page, const Item &item)
{
    auto *frame = find<QWidget>(page, QStringLiteral("item_") + QString::fromStdString(item.id));
    for (auto *label : frame->findChildren<QLabel *>())
        if (label->text() == QString::fromStdString(item.title))
            return label;
    FAIL("no label shows the title of " << item.id);
    return nullptr;
}

} // namespace

TEST_CASE("each competency step shows the workbook's summary of its competency")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    auto window = newWorkshop(dir.filePath(QStringLiteral("w.cxm")));
    const auto &competencies = Instrument::builtin().competencies();
    REQUIRE(competencies.size() == 5);
    for (std::size_t i = 0; i < competencies.size(); ++i) {
        const Competency &c = competencies[i];
        INFO(c.id);
        QWidget *page = showCompetency(window.get(), i);
        auto *summary = find<QLabel>(page, QStringLiteral("competencySummary"));
        CHECK(summary->isVisible());
        CHECK(summary->textFormat() == Qt::PlainText);
        CHECK(summary->text() == QString::fromStdString(c.summary));
        CHECK_FALSE(summary->text().isEmpty());
    }
    // One summary, word for word as the workbook has it (line 116).
    QWidget *fifth = showCompetency(window.get(), 4);
    CHECK(find<QLabel>(fifth, QStringLiteral("competencySummary"))->text() ==
          QStringLiteral(
              "Decisions and Operational Actions That Steer the Company Toward Customer-Driven Growth. "
              "United Leadership Behavior to Connect the Silos and Enable People to Act."));
}

TEST_CASE("a title the workbook leaves out is shown as the app's own, the workbook's titles as they are")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    auto window = newWorkshop(dir.filePath(QStringLiteral("w.cxm")));
    const auto &competencies = Instrument::builtin().competencies();
    int appTitles = 0;
    for (std::size_t i = 0; i < competencies.size(); ++i) {
        QWidget *page = showCompetency(window.get(), i);
        for (const Item &item : competencies[i].items) {
            INFO(item.id);
            QLabel *title = itemTitle(page, item);
            if (item.titleSource == TextSource::App) {
                ++appTitles;
                CHECK(title->font().italic());
                CHECK(title->toolTip().contains(appTitleNote().toHtmlEscaped()));
                CHECK(title->accessibleDescription() == appTitleNote());
            } else {
                CHECK_FALSE(title->font().italic());
                CHECK(title->toolTip().isEmpty());
            }
        }
    }
    // c2.value and c5.engagement: the workbook gives these two questions no title.
    CHECK(appTitles == 2);
    CHECK(appTitleNote().contains(QStringLiteral("added by this app")));
}
