// Screens that fit: the window on a 1366×768 laptop and a 1920×1080 projector, driven through its real
// widgets. The offscreen platform is given both screens side by side, so every check compares a
// widget's place with the screen the window is on.
#include "ScreensSupport.h"
#include "UiText.h"

#include "DemoSession.h"
#include "Instrument.h"
#include "MaturityMapPainter.h"
#include "PrivateVotingDialog.h"
#include "ReadinessGrid.h"
#include "ScoringEngine.h"
#include "SessionController.h"
#include "SessionFile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFontInfo>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace cxm;
using namespace cxm::ui;
using namespace screens;

namespace {

// A readiness question's answers: one view, a cell per participant holding a Y and an N toggle.
ReadinessGridView *readinessAnswers(QWidget *page, const std::string &question)
{
    return find<ReadinessGridView>(page, QStringLiteral("readiness_") + QString::fromStdString(question));
}

QModelIndex readinessCell(QWidget *page, const std::string &question, const std::string &pid)
{
    ReadinessGridView *view = readinessAnswers(page, question);
    for (int c = 0; c < view->answers()->columnCount(); ++c)
        if (view->answers()->participantId(c) == pid)
            return view->model()->index(view->question(), c);
    FAIL("no readiness answer for " << pid);
    return {};
}

QString readinessShown(QWidget *page, const std::string &question, const std::string &pid)
{
    const int value = readinessCell(page, question, pid).data(ReadinessGridModel::ValueRole).toInt();
    return value == 0 ? QStringLiteral("yes") : value == 1 ? QStringLiteral("no") : QString();
}

void clickReadiness(QWidget *page, const std::string &question, const std::string &pid, const char *answer)
{
    ReadinessGridView *view = readinessAnswers(page, question);
    const QModelIndex cell = readinessCell(page, question, pid);
    view->scrollTo(cell);
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {},
        view->toggleCenter(cell.column(), QLatin1String(answer) == QLatin1String("yes") ? 0 : 1));
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
    window->setStep(MainWindow::maturityMapStep(Instrument::builtin()));
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
        window->setStep(MainWindow::stepOf(Instrument::builtin(), kReadinessStep));
        settle();
        QWidget *page = window->stepPage(MainWindow::stepOf(Instrument::builtin(), kReadinessStep));
        const Session s = window->controller()->session(); // a copy: each answer reloads the session
        const auto rowPlaces = [&] {
            std::vector<int> ys;
            for (const auto &q : ins.readinessQuestions()) {
                ReadinessGridView *answers = readinessAnswers(page, q.id);
                for (const auto &p : s.participants)
                    ys.push_back(
                        answers->viewport()
                            ->mapTo(page, answers->visualRect(readinessCell(page, q.id, p.id)).topLeft())
                            .y());
            }
            return ys;
        };
        // The first question the demo team answers Yes: everyone says No to it now.
        const ReadinessQuestion *yes = nullptr;
        for (const auto &q : ins.readinessQuestions())
            if (window->controller()->score().readiness.answerFor(q.id) == TeamAnswer::Yes && !yes)
                yes = &q;
        REQUIRE(yes);
        const QString qid = QString::fromStdString(yes->id);
        CHECK_FALSE(find(page, QStringLiteral("tip_") + qid)->isVisible());
        const std::vector<int> before = rowPlaces();
        for (const auto &p : s.participants)
            if (readinessShown(page, yes->id, p.id) != QStringLiteral("no"))
                clickReadiness(page, yes->id, p.id, "no");
        settle();
        REQUIRE(window->controller()->score().readiness.answerFor(yes->id) == TeamAnswer::No);
        CHECK(find(page, QStringLiteral("tip_") + qid)->isVisible());
        CHECK(rowPlaces() == before);
    }

    SECTION("with 13 people the names stay above the rows and the questions at their left")
    {
        REQUIRE(window->openFile(crowdedWorkshop(dir)));
        window->setStep(MainWindow::stepOf(Instrument::builtin(), kReadinessStep));
        settle();
        requireFitsScreen(*window);
        QWidget *page = window->stepPage(MainWindow::stepOf(Instrument::builtin(), kReadinessStep));
        const Session s = window->controller()->session();
        REQUIRE(s.participants.size() == 13);
        auto *rows = find<QScrollArea>(page, QStringLiteral("readinessRows"));
        auto *sideways = find<QScrollBar>(page, QStringLiteral("readinessSideways"));
        auto *names = find<ReadinessNameHeader>(page, QStringLiteral("readinessNames"));
        const auto nameAt = [&](int person) {
            return names->viewport()->mapTo(page, QPoint(names->sectionViewportPosition(person), 0));
        };
        const std::string q1 = ins.readinessQuestions()[0].id;
        QWidget *question = find(page, QStringLiteral("tip_") + QString::fromStdString(q1))->parentWidget();
        const QPoint questionAt = question->mapTo(page, QPoint(0, 0));
        const QPoint firstNameAt = nameAt(0);

        // Down to the last question: the names have not moved, and are above the rows.
        rows->verticalScrollBar()->setValue(rows->verticalScrollBar()->maximum());
        settle();
        CHECK(rows->verticalScrollBar()->value() > 0);
        CHECK(nameAt(0) == firstNameAt);
        CHECK(names->isVisible());
        CHECK(names->shownName(0) == QString::fromStdString(s.participants[0].name));
        CHECK(firstNameAt.y() < rows->mapTo(page, QPoint(0, 0)).y());
        rows->verticalScrollBar()->setValue(0);

        // Sideways to the last person: the questions stay where they were, the last column comes in.
        REQUIRE(sideways->isVisible());
        sideways->setValue(sideways->maximum());
        settle();
        CHECK(question->mapTo(page, QPoint(0, 0)) == questionAt);
        ReadinessGridView *answers = readinessAnswers(page, q1);
        const QRect lastCell = answers->visualRect(readinessCell(page, q1, s.participants[12].id));
        const QRect lastRect(answers->viewport()->mapTo(rows, lastCell.topLeft()), lastCell.size());
        CHECK(rows->viewport()->rect().contains(lastRect));
        CHECK(lastRect.left() > question->mapTo(rows, QPoint(question->width(), 0)).x());
        CHECK(answers->viewport()->rect().contains(lastCell));
        // Its name is right above it.
        CHECK(nameAt(12).x() == Approx(answers->viewport()->mapTo(page, lastCell.topLeft()).x()).margin(2));
        CHECK(names->sectionSize(12) == lastCell.width());
        // The team's answer and decision stay in view at the right.
        QWidget *decision = find(page, QStringLiteral("readinessConsensus_") + QString::fromStdString(q1));
        CHECK(decision->mapTo(page, QPoint(0, 0)).x() > lastRect.right());
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
    for (int step = 0; step < MainWindow::stepCount(Instrument::builtin()); ++step) {
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
        // The same for a painted heading of names (the readiness step's), as painted.
        for (auto *names : page->findChildren<ReadinessNameHeader *>()) {
            if (!names->isVisibleTo(page))
                continue;
            int longOnes = 0;
            for (int c = 0; c < names->count(); ++c) {
                const QString tip = names->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
                if (!tip.contains(longName().left(60).toHtmlEscaped()))
                    continue;
                ++longOnes;
                INFO(names->shownName(c).toStdString());
                CHECK(names->shownName(c).size() < 60);
                CHECK(names->shownName(c).startsWith(longName().left(4)));
                CHECK(names->sectionSize(c) < available.width() / 2);
            }
            CHECK(longOnes == 1);
            for (const QString &text : paintedTexts(names))
                CHECK(text.size() < 60);
        }
    }
    auto *combo = find<QComboBox>(window.get(), QStringLiteral("powerCoreParticipant"));
    const int last = combo->count() - 1;
    CHECK(combo->itemText(last).size() < 60);
    CHECK(combo->itemData(last, Qt::ToolTipRole).toString() == cxm::ui::richTextOf(longName()));
    CHECK(combo->minimumSizeHint().width() < available.width() / 3);
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
        for (int step = 0; step < MainWindow::stepCount(Instrument::builtin()); ++step) {
            window->setStep(step);
            settle();
            INFO("step " << window->stepName(step).toStdString());
            for (const QString &text : visibleTexts(window->stepPage(step))) {
                INFO(text.toStdString());
                CHECK_FALSE(text.contains(forbidden));
            }
        }
        window->setStep(MainWindow::maturityMapStep(Instrument::builtin()));
        const QStringList painted = paintedTexts(find(window.get(), QStringLiteral("maturityMapView")));
        CHECK(painted.join(QLatin1Char(' ')).contains(QStringLiteral("Mature")));
        CHECK_FALSE(painted.join(QLatin1Char(' ')).contains(QStringLiteral("both")));
    }

    SECTION("a workshop's map keeps the disagreement legend")
    {
        REQUIRE(window->openDemo());
        window->setStep(MainWindow::maturityMapStep(Instrument::builtin()));
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
    window->setStep(MainWindow::stepOf(Instrument::builtin(), kReadinessStep));
    settle();
    const QString q1 = QString::fromStdString(Instrument::builtin().readinessQuestions().front().id);
    CHECK(pixels(QStringLiteral("readinessConsensus_") + q1) == text);
    CHECK(pixels(QStringLiteral("teamAnswer_") + q1) == text);
    CHECK(pixels(QStringLiteral("tip_") + q1) == text);
    CHECK(pixels(QStringLiteral("tipText_") + q1) == text);
    CHECK(pixels(QStringLiteral("readinessNames")) == text);
    CHECK(pixels(QStringLiteral("readiness_") + q1) == text);
    // The painted toggles' rows grow with the type.
    CHECK(find(window.get(), QStringLiteral("readiness_") + q1)->height() >
          QFontMetrics(find(window.get(), QStringLiteral("readiness_") + q1)->font()).height());
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
