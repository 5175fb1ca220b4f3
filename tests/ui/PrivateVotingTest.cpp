// Private voting as the room uses it: the kiosk opened from the real window, driven by objectName,
// the facilitator's PIN, the warnings a participant sees, the end screen, and the anonymous reveal.
#include "AnonymousRevealWidget.h"
#include "DemoSession.h"
#include "Instrument.h"
#include "MainWindow.h"
#include "PrivateVotingDialog.h"
#include "Prompt.h"
#include "ScoringEngine.h"
#include "SessionController.h"
#include "SessionFile.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QInputDialog>
#include <QLabel>
#include <QAction>
#include <QUndoStack>
#include <QLineEdit>
#include <QPointer>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <memory>

using namespace cxm;
using namespace cxm::ui;
using namespace cxm::ui::test;

namespace {

// Each competency step has its own buttons of the same name: the one on screen.
void clickShown(QWidget *root, const QString &name)
{
    QAbstractButton *shown = nullptr;
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>(name))
        if (b->isVisible())
            shown = b;
    INFO(name.toStdString());
    REQUIRE(shown != nullptr);
    QTest::mouseClick(shown, Qt::LeftButton);
}

void type(QWidget *root, const QString &name, const QString &text)
{
    auto *edit = find<QLineEdit>(root, name);
    REQUIRE(edit->isVisible());
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
}

QString text(QWidget *root, const QString &name)
{
    return find<QLabel>(root, name)->text();
}

using Screen = PrivateVotingDialog::Screen;

const QString kPin = QStringLiteral("2468");

// What the kiosk asks each person of the demo workshop: the 15 competency items, then both
// reliability items for each of the journey's six stages.
constexpr int kDemoQuestions = 15 + 6 * 2;

// Every piece of text a visible widget under root shows or announces.
QStringList visibleTexts(QWidget *root)
{
    QStringList out{root->windowTitle()};
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        out << w->toolTip() << w->accessibleName() << w->accessibleDescription() << w->windowTitle();
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            out << e->text() << e->placeholderText();
        if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        // Item views (the answer grids, the discussion order) show their model's text.
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            const QAbstractItemModel *m = v->model();
            for (int r = 0; r < m->rowCount(); ++r)
                for (int col = 0; col < m->columnCount(); ++col)
                    for (int role : {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole})
                        out << m->index(r, col).data(role).toString();
        }
    }
    return out;
}

QStringList namesShown(QWidget *root, const Session &s)
{
    QStringList found;
    const QStringList texts = visibleTexts(root);
    for (const Participant &p : s.participants) {
        const QString name = QString::fromStdString(p.name);
        for (const QString &t : texts)
            if (t.contains(name))
                found << name + QStringLiteral(" in \"") + t + QLatin1Char('"');
    }
    return found;
}

// The demo workshop with Ben (p2) missing three answers and Chiara (p3) none at all.
Session partlyAnswered(const Instrument &ins)
{
    Session s = makeDemoSession(ins);
    std::erase_if(s.ratings, [](const RatingEntry &r) {
        return r.participant == "p3" ||
               (r.participant == "p2" &&
                (r.item == "c2.value" || r.item == "c4.rescue" || r.item == "c5.engagement"));
    });
    return s;
}

std::unique_ptr<MainWindow> openWindow(const QString &path, const Session &s)
{
    SessionFile::write(path.toStdString(), Instrument::builtin(), s, true);
    auto window = std::make_unique<MainWindow>();
    window->show();
    REQUIRE(window->openFile(path));
    window->setStep(MainWindow::FirstCompetencyStep);
    return window;
}

// Presses "Private voting…" on the competency step, as the facilitator does, and returns the kiosk.
PrivateVotingDialog *openKiosk(MainWindow *window)
{
    clickShown(window, QStringLiteral("privateVoting"));
    auto *dialog = window->findChild<PrivateVotingDialog *>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    return dialog;
}

void beginWithPin(PrivateVotingDialog *dialog)
{
    REQUIRE(dialog->currentScreen() == Screen::SetPin);
    type(dialog, QStringLiteral("votingPinNew"), kPin);
    type(dialog, QStringLiteral("votingPinRepeat"), kPin);
    clickShown(dialog, QStringLiteral("votingBegin"));
    REQUIRE(dialog->currentScreen() == Screen::HandOver);
}

// The participant at the laptop answers nothing more and hands over.
void passThrough(PrivateVotingDialog *dialog)
{
    REQUIRE(dialog->currentScreen() == Screen::HandOver);
    clickShown(dialog, QStringLiteral("votingStart"));
    clickShown(dialog, QStringLiteral("votingNext"));
    if (dialog->currentScreen() == Screen::Questions)
        clickShown(dialog, QStringLiteral("votingHandOverAnyway"));
}

} // namespace

TEST_CASE("private voting is a full-screen kiosk that Esc and closing do not leave; the PIN does")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.cxm"));
    const Session s = makeDemoSession(Instrument::builtin());
    auto window = openWindow(path, s);
    auto *sessionView = find<QWidget>(window.get(), QStringLiteral("sessionView"));
    REQUIRE(sessionView->isVisible());
    QPointer<PrivateVotingDialog> dialog = openKiosk(window.get());

    // Full screen, and nothing of the session behind it.
    CHECK(dialog->isFullScreen());
    QApplication::processEvents();
    // It covers the whole screen (and the main window: they are on the same screen).
    const QRect kiosk(dialog->mapToGlobal(QPoint(0, 0)), dialog->size());
    INFO("kiosk " << kiosk.x() << "," << kiosk.y() << " " << kiosk.width() << "x" << kiosk.height());
    CHECK(kiosk.contains(dialog->screen()->geometry()));
    CHECK(dialog->screen() == window->screen());
    CHECK_FALSE(sessionView->isVisible());
    CHECK(namesShown(window.get(), s).isEmpty());

    // The PIN: too short, or typed differently twice, is refused on the screen.
    type(dialog, QStringLiteral("votingPinNew"), QStringLiteral("12"));
    type(dialog, QStringLiteral("votingPinRepeat"), QStringLiteral("12"));
    clickShown(dialog, QStringLiteral("votingBegin"));
    CHECK(dialog->currentScreen() == Screen::SetPin);
    CHECK(find<QLabel>(dialog, QStringLiteral("votingPinError"))->isVisible());
    type(dialog, QStringLiteral("votingPinNew"), kPin);
    type(dialog, QStringLiteral("votingPinRepeat"), QStringLiteral("2469"));
    clickShown(dialog, QStringLiteral("votingBegin"));
    CHECK(dialog->currentScreen() == Screen::SetPin);
    CHECK_FALSE(window->controller()->votesHidden());
    beginWithPin(dialog);
    CHECK(window->controller()->votesHidden());
    CHECK(text(dialog, QStringLiteral("handOverText")).contains(QStringLiteral("Ana Ortiz")));

    // Esc and the close button only ask for the PIN; Back returns to where the participant was.
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(dialog->isVisible());
    CHECK(dialog->currentScreen() == Screen::Unlock);
    clickShown(dialog, QStringLiteral("votingUnlockBack"));
    CHECK(dialog->currentScreen() == Screen::HandOver);
    clickShown(dialog, QStringLiteral("votingStart"));
    CHECK_FALSE(dialog->close());
    CHECK(dialog->isVisible());
    CHECK(dialog->currentScreen() == Screen::Unlock);
    clickShown(dialog, QStringLiteral("votingUnlockBack"));
    CHECK(dialog->currentScreen() == Screen::Questions);
    CHECK_FALSE(sessionView->isVisible());

    SECTION("leaving early needs the PIN")
    {
        clickShown(dialog, QStringLiteral("votingNext"));
        clickShown(dialog, QStringLiteral("votingFacilitator"));
        REQUIRE(dialog->currentScreen() == Screen::Unlock);
        type(dialog, QStringLiteral("votingUnlockPin"), QStringLiteral("1357"));
        clickShown(dialog, QStringLiteral("votingUnlock"));
        CHECK(dialog->isVisible());
        CHECK(find<QLabel>(dialog, QStringLiteral("votingUnlockError"))->isVisible());
        CHECK(find<QLineEdit>(dialog, QStringLiteral("votingUnlockPin"))->text().isEmpty());
        type(dialog, QStringLiteral("votingUnlockPin"), kPin);
        clickShown(dialog, QStringLiteral("votingUnlock"));
        CHECK_FALSE(dialog->isVisible());
    }

    SECTION("the end screen needs the PIN too")
    {
        clickShown(dialog, QStringLiteral("votingNext"));
        for (std::size_t i = 1; i < s.participants.size(); ++i)
            passThrough(dialog);
        REQUIRE(dialog->currentScreen() == Screen::Finished);
        QTest::keyClick(dialog, Qt::Key_Escape);
        CHECK(dialog->currentScreen() == Screen::Finished);
        clickShown(dialog, QStringLiteral("votingClose"));
        CHECK(dialog->isVisible());
        CHECK(find<QLabel>(dialog, QStringLiteral("votingEndError"))->isVisible());
        type(dialog, QStringLiteral("votingEndPin"), kPin);
        clickShown(dialog, QStringLiteral("votingClose"));
        CHECK_FALSE(dialog->isVisible());
    }

    // Back at the window: the session view again, the answers still hidden, the dialog gone.
    CHECK(sessionView->isVisible());
    CHECK(window->controller()->votesHidden());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(dialog.isNull());
    CHECK(prompts.warnings.isEmpty());
}

TEST_CASE("before the PIN is set nobody has voted: Esc cancels and hides nothing")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancel.cxm"));
    auto window = openWindow(path, makeDemoSession(Instrument::builtin()));
    QPointer<PrivateVotingDialog> dialog = openKiosk(window.get());
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());
    CHECK_FALSE(window->controller()->votesHidden());
    CHECK(find<QWidget>(window.get(), QStringLiteral("sessionView"))->isVisible());
}

TEST_CASE("'Done, hand over' with questions left names them; the end screen names who did not finish")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("partial.cxm"));
    const Instrument &ins = Instrument::builtin();
    const Session s = partlyAnswered(ins);
    auto window = openWindow(path, s);
    PrivateVotingDialog *dialog = openKiosk(window.get());
    beginWithPin(dialog);

    // Ana answered everything: Done hands over at once.
    clickShown(dialog, QStringLiteral("votingStart"));
    clickShown(dialog, QStringLiteral("votingNext"));
    REQUIRE(dialog->currentScreen() == Screen::HandOver);
    CHECK(text(dialog, QStringLiteral("handOverText")).contains(QStringLiteral("Ben Cho")));

    // Ben left three questions: the warning names each, by number and title, and keeps him there.
    clickShown(dialog, QStringLiteral("votingStart"));
    auto *missing = find<QFrame>(dialog, QStringLiteral("votingMissing"));
    CHECK_FALSE(missing->isVisible());
    clickShown(dialog, QStringLiteral("votingNext"));
    REQUIRE(dialog->currentScreen() == Screen::Questions);
    CHECK(missing->isVisible());
    const QString warning = text(dialog, QStringLiteral("votingMissingText"));
    CHECK(warning.startsWith(QStringLiteral("You have not answered: ")));
    CHECK(warning.contains(QStringLiteral("2.3 ") +
                           QString::fromStdString(ins.competencies()[1].items[2].title)));
    CHECK(warning.contains(QStringLiteral("4.1 ") +
                           QString::fromStdString(ins.competencies()[3].items[0].title)));
    CHECK(warning.contains(QStringLiteral("5.2 ") +
                           QString::fromStdString(ins.competencies()[4].items[1].title)));
    CHECK(warning.count(QLatin1Char(',')) == 2);
    CHECK(text(dialog, QStringLiteral("votingProgress")) ==
          QStringLiteral("%1 of %2 answered").arg(kDemoQuestions - 3).arg(kDemoQuestions));

    // Going back puts him on the first unanswered question; answering one shortens the list.
    clickShown(dialog, QStringLiteral("votingGoBack"));
    CHECK_FALSE(missing->isVisible());
    REQUIRE(dialog->focusWidget() != nullptr);
    CHECK(find<QWidget>(dialog, QStringLiteral("vote_c2.value"))->isAncestorOf(dialog->focusWidget()));
    clickShown(dialog, QStringLiteral("vote_c2.value_mature"));
    clickShown(dialog, QStringLiteral("votingNext"));
    CHECK(missing->isVisible());
    CHECK_FALSE(text(dialog, QStringLiteral("votingMissingText")).contains(QStringLiteral("2.3 ")));
    // Done again does not slip past the warning; only "Hand over anyway" does.
    clickShown(dialog, QStringLiteral("votingNext"));
    CHECK(dialog->currentScreen() == Screen::Questions);
    clickShown(dialog, QStringLiteral("votingHandOverAnyway"));
    REQUIRE(dialog->currentScreen() == Screen::HandOver);
    CHECK(text(dialog, QStringLiteral("handOverText")).contains(QStringLiteral("Chiara Rossi")));

    // Chiara is not in the room: skipped. The others answered everything.
    clickShown(dialog, QStringLiteral("votingSkip"));
    for (std::size_t i = 3; i < s.participants.size(); ++i)
        passThrough(dialog);
    REQUIRE(dialog->currentScreen() == Screen::Finished);
    const QString summary = text(dialog, QStringLiteral("votingSummary"));
    CHECK(summary.contains(
        QStringLiteral("Ben Cho: %1 of %2 answered").arg(kDemoQuestions - 2).arg(kDemoQuestions)));
    CHECK(summary.contains(QStringLiteral("Chiara Rossi: has not voted")));
    CHECK_FALSE(summary.contains(QStringLiteral("Ana Ortiz")));
    CHECK_FALSE(summary.contains(QStringLiteral("Everyone")));
    type(dialog, QStringLiteral("votingEndPin"), kPin);
    clickShown(dialog, QStringLiteral("votingClose"));
    CHECK_FALSE(dialog->isVisible());
    CHECK(SessionFile::open(path.toStdString())->load().findRating("p2", "c2.value")->rating ==
          Rating::Mature);
}

TEST_CASE("the end screen says everyone has voted only when everyone answered every question")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.cxm"));
    const Session s = makeDemoSession(Instrument::builtin());
    auto window = openWindow(path, s);
    PrivateVotingDialog *dialog = openKiosk(window.get());
    beginWithPin(dialog);
    for (std::size_t i = 0; i < s.participants.size(); ++i) {
        clickShown(dialog, QStringLiteral("votingStart"));
        clickShown(dialog, QStringLiteral("votingNext"));
    }
    REQUIRE(dialog->currentScreen() == Screen::Finished);
    CHECK(text(dialog, QStringLiteral("votingSummary")).startsWith(QStringLiteral("Everyone has voted")));
    for (std::size_t i = 0; i < s.participants.size(); ++i)
        CHECK(dialog->answeredBy(static_cast<int>(i)) == std::pair{kDemoQuestions, kDemoQuestions});
    type(dialog, QStringLiteral("votingEndPin"), kPin);
    clickShown(dialog, QStringLiteral("votingClose"));
    CHECK_FALSE(dialog->isVisible());
}

TEST_CASE("the end screen counts only the competencies a participant was present for")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.cxm"));
    Session s = makeDemoSession(Instrument::builtin());
    // Ben left before competency 2 and did not rate it; he is marked absent for it.
    std::erase_if(s.ratings,
                  [](const RatingEntry &r) { return r.participant == "p2" && r.item.starts_with("c2."); });
    s.absences.push_back({"p2", "c2"});
    auto window = openWindow(path, s);
    PrivateVotingDialog *dialog = openKiosk(window.get());
    beginWithPin(dialog);
    for (std::size_t i = 0; i < s.participants.size(); ++i) {
        clickShown(dialog, QStringLiteral("votingStart"));
        // Ben is not asked the competency he was absent for; everyone else is.
        CHECK((dialog->findChild<QWidget *>(QStringLiteral("vote_c2.value")) == nullptr) == (i == 1));
        clickShown(dialog, QStringLiteral("votingNext"));
        CHECK(dialog->currentScreen() != Screen::Questions); // nothing missing: handed over at once
    }
    REQUIRE(dialog->currentScreen() == Screen::Finished);
    CHECK(dialog->answeredBy(1) == std::pair{kDemoQuestions - 3, kDemoQuestions - 3});
    CHECK(text(dialog, QStringLiteral("votingSummary")).startsWith(QStringLiteral("Everyone has voted")));
    type(dialog, QStringLiteral("votingEndPin"), kPin);
    clickShown(dialog, QStringLiteral("votingClose"));
}

// Pass-the-laptop for the journey: twelve people each rate eight stages for customers and employees,
// by keys and clicks as the room does. Each person's values differ by stage and audience, so an answer
// stored under the wrong person, stage or item would show.
TEST_CASE("a 12-person workshop rates 8 stages for customers and employees in private voting")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journey.cxm"));
    const Instrument &ins = Instrument::builtin();
    const Worksheet *rel = ins.findWorksheet("reliability");
    REQUIRE(rel);
    REQUIRE(rel->items.size() == 2);
    const auto &levels = ins.levelsOf(*rel);
    REQUIRE(levels.size() == 3);
    constexpr int kPeople = 12;
    constexpr int kStages = 8;
    Session s;
    s.info.title = "Journey offsite";
    s.info.organization = "Northwind";
    for (int p = 1; p <= kPeople; ++p)
        s.participants.push_back({"p" + std::to_string(p), "Person " + std::to_string(p), {}});
    for (int st = 1; st <= kStages; ++st)
        s.stages.push_back({"s" + std::to_string(st), "Stage name " + std::to_string(st), {}, {}});
    // The competencies are answered already (all Advanced): this round is about the journey.
    for (const auto &p : s.participants)
        for (const std::string &item : ins.itemIds())
            s.ratings.push_back({p.id, item, Rating::Advanced, {}});
    // Person p's level (0 … 2) for stage st and item k.
    const auto level = [](int p, int st, int k) { return (p + 2 * st + k) % 3; };
    const auto rowOf = [&](int st, int k) {
        return QStringLiteral("vote_%1@s%2")
            .arg(QString::fromStdString(rel->items[static_cast<std::size_t>(k)].id))
            .arg(st + 1);
    };
    const auto keyOf = [&](int l) {
        return QString::fromStdString(levels[static_cast<std::size_t>(l)].label).at(0).toLatin1();
    };

    auto window = openWindow(path, s);
    PrivateVotingDialog *dialog = openKiosk(window.get());
    beginWithPin(dialog);
    const int questions = static_cast<int>(ins.itemIds().size()) + kStages * 2;
    for (int p = 0; p < kPeople; ++p) {
        INFO("person " << p + 1);
        REQUIRE(dialog->currentScreen() == Screen::HandOver);
        CHECK(text(dialog, QStringLiteral("handOverText")).contains(QStringLiteral("Person %1 ").arg(p + 1)));
        clickShown(dialog, QStringLiteral("votingStart"));
        REQUIRE(dialog->currentScreen() == Screen::Questions);
        // The keys start on the first competency item, which is answered.
        if (p == 0) {
            // Done too early: the per-stage items are named once each, with the stages they miss.
            clickShown(dialog, QStringLiteral("votingNext"));
            const QString missing = text(dialog, QStringLiteral("votingMissingText"));
            CHECK(missing.contains(QString::fromStdString(rel->items[0].title) +
                                   QStringLiteral(" (stages 1, 2, 3, 4, 5, 6, 7, 8)")));
            CHECK(missing.contains(QString::fromStdString(rel->items[1].title) +
                                   QStringLiteral(" (stages 1, 2, 3, 4, 5, 6, 7, 8)")));
            clickShown(dialog, QStringLiteral("votingGoBack")); // onto the first unanswered row
        } else if (p % 2 == 1) {
            for (std::size_t i = 0; i < ins.itemIds().size(); ++i) // Down walks past the answered rows
                QTest::keyClick(dialog->focusWidget(), Qt::Key_Down);
        } else {
            // A click on the first stage's answer, then the keys from there. The click keeps the keys
            // on the row clicked (issue 21: Delete then clears that one); Down goes on.
            clickShown(dialog,
                       rowOf(0, 0) + QLatin1Char('_') +
                           QString::fromStdString(levels[static_cast<std::size_t>(level(p, 0, 0))].id));
            REQUIRE(find<QWidget>(dialog, rowOf(0, 0))->isAncestorOf(dialog->focusWidget()));
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Down);
        }
        for (int st = 0; st < kStages; ++st)
            for (int k = 0; k < 2; ++k) {
                if (p % 2 == 0 && p > 0 && st == 0 && k == 0)
                    continue; // clicked above
                INFO("stage " << st + 1 << ", item " << k);
                REQUIRE(dialog->focusWidget() != nullptr);
                REQUIRE(find<QWidget>(dialog, rowOf(st, k))->isAncestorOf(dialog->focusWidget()));
                QTest::keyClick(dialog->focusWidget(), keyOf(level(p, st, k)));
            }
        CHECK(text(dialog, QStringLiteral("votingProgress")) ==
              QStringLiteral("%1 of %1 answered").arg(questions));
        clickShown(dialog, QStringLiteral("votingNext"));
    }
    REQUIRE(dialog->currentScreen() == Screen::Finished);
    CHECK(text(dialog, QStringLiteral("votingSummary")).startsWith(QStringLiteral("Everyone has voted")));
    type(dialog, QStringLiteral("votingEndPin"), kPin);
    clickShown(dialog, QStringLiteral("votingClose"));
    CHECK_FALSE(dialog->isVisible());

    // On disk: a rating per person, stage and item, with its stage and the value typed; the
    // competencies as they were.
    const Session stored = onDisk(path);
    CHECK(std::count_if(stored.ratings.begin(), stored.ratings.end(),
                        [](const RatingEntry &r) { return !r.scope.empty(); }) == kPeople * kStages * 2);
    for (int p = 0; p < kPeople; ++p) {
        const std::string &pid = s.participants[static_cast<std::size_t>(p)].id;
        for (int st = 0; st < kStages; ++st)
            for (int k = 0; k < 2; ++k) {
                INFO(pid << " stage " << st + 1 << " item " << k);
                const RatingEntry *r = stored.findRating(pid, rel->items[static_cast<std::size_t>(k)].id,
                                                         "s" + std::to_string(st + 1));
                REQUIRE(r);
                CHECK(ratingValue(r->rating) == level(p, st, k) + 1);
            }
        for (const std::string &item : ins.itemIds())
            CHECK(stored.findRating(pid, item)->rating == Rating::Advanced);
    }
    CHECK(stored.ratings.size() == static_cast<std::size_t>(kPeople * (kStages * 2 + ins.itemIds().size())));
    CHECK(prompts.warnings.isEmpty());
}

TEST_CASE("revealing needs the PIN; the anonymous reveal shows counts per level and no name, also reopened")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reveal.cxm"));
    const Instrument &ins = Instrument::builtin();
    const Session s = partlyAnswered(ins);
    auto window = openWindow(path, s);
    PrivateVotingDialog *dialog = openKiosk(window.get());
    beginWithPin(dialog);
    clickShown(dialog, QStringLiteral("votingFacilitator"));
    type(dialog, QStringLiteral("votingUnlockPin"), kPin);
    clickShown(dialog, QStringLiteral("votingUnlock"));
    REQUIRE_FALSE(dialog->isVisible());
    REQUIRE(window->controller()->votesHidden());
    // While the answers are hidden, Undo cannot change a hidden vote unseen nor end the hiding.
    auto *undo = find<QAction>(window.get(), QStringLiteral("actionUndo"));
    CHECK(window->controller()->undoStack()->canUndo());
    CHECK_FALSE(undo->isEnabled());
    const Session before = window->controller()->session();
    undo->trigger();
    CHECK(window->controller()->votesHidden());
    CHECK(window->controller()->session() == before);

    // Cancelled or wrong: still hidden.
    prompts.pin = std::nullopt; // the facilitator cancels the PIN question
    clickShown(window.get(), QStringLiteral("revealAnonymously"));
    CHECK(prompts.pinAsked == 1);
    CHECK(window->controller()->votesHidden());
    prompts.pin = QStringLiteral("0000");
    clickShown(window.get(), QStringLiteral("revealAnswers"));
    CHECK(window->controller()->votesHidden());
    CHECK(prompts.warnings.size() == 1);

    prompts.pin = kPin;
    clickShown(window.get(), QStringLiteral("revealAnonymously"));
    REQUIRE(window->controller()->votesRevealedAnonymously());
    const Score score = ScoringEngine(ins).score(s);
    const auto checkAnonymous = [&](MainWindow *w) {
        for (int step = MainWindow::FirstCompetencyStep; step < stepOf(kPowerCoreStep); ++step) {
            w->setStep(step);
            QApplication::processEvents();
            const Competency &c = ins.competencies().at(static_cast<std::size_t>(step - 1));
            INFO(c.id);
            for (const Item &item : c.items) {
                const QString id = QString::fromStdString(item.id);
                auto *bars = find<AnonymousRevealWidget>(w, QStringLiteral("anonymous_") + id);
                CHECK(bars->isVisible());
                const ItemScore *is = score.findItem(item.id);
                REQUIRE(is);
                CHECK(bars->counts() == is->counts);
                CHECK(text(w, QStringLiteral("anonymousCount_%1_early").arg(id)) ==
                      QString::number(is->counts[0]));
                CHECK(text(w, QStringLiteral("anonymousCount_%1_mature").arg(id)) ==
                      QString::number(is->counts[2]));
            }
            CHECK(namesShown(w, s).isEmpty());
            auto *page = w->stepPage(step);
            CHECK(find<QAbstractButton>(page, QStringLiteral("revealAnswers"))->isVisible());
            CHECK_FALSE(find<QAbstractButton>(page, QStringLiteral("revealAnonymously"))->isVisible());
        }
        w->setStep(mapStep());
        QApplication::processEvents();
        CHECK(namesShown(w, s).isEmpty());
    };
    checkAnonymous(window.get());

    // Reopened, the state is the file's: still anonymous. The PIN is gone, so a yes reveals names.
    window.reset();
    MainWindow reopened;
    reopened.show();
    REQUIRE(reopened.openFile(path));
    REQUIRE(reopened.controller()->votesRevealedAnonymously());
    checkAnonymous(&reopened);
    reopened.setStep(MainWindow::FirstCompetencyStep);
    prompts.answer = false;
    clickShown(&reopened, QStringLiteral("revealAnswers"));
    CHECK(reopened.controller()->votesRevealedAnonymously());
    prompts.answer = true;
    clickShown(&reopened, QStringLiteral("revealAnswers"));
    CHECK(reopened.controller()->votesRevealed());
    QApplication::processEvents();
    CHECK(reopened.stepPage(MainWindow::FirstCompetencyStep)->findChild<AnonymousRevealWidget *>() ==
          nullptr);
    CHECK_FALSE(namesShown(&reopened, s).isEmpty());
    CHECK(prompts.questionTexts.size() == 2);
    CHECK(prompts.pinAsked == 3);
}

TEST_CASE("the default PIN prompt hides what is typed, and a right PIN reveals")
{
    ensureApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pin.cxm"));
    auto window = openWindow(path, makeDemoSession(Instrument::builtin()));
    window->controller()->setVotes(std::string("hidden"));
    window->controller()->setVotingPin(kPin);
    bool seen = false;
    QLineEdit::EchoMode echo = QLineEdit::Normal;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!input)
            return;
        poll.stop();
        seen = true;
        echo = input->textEchoMode();
        input->setTextValue(kPin);
        input->accept();
    });
    poll.start();
    clickShown(window.get(), QStringLiteral("revealAnonymously"));
    CHECK(seen);
    CHECK(echo == QLineEdit::Password);
    CHECK(window->controller()->votesRevealedAnonymously());
}

TEST_CASE("a 200-character name is shortened with the full name in a tooltip; the kiosk fits the screen")
{
    ensureApp();
    PromptRecorder prompts;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.cxm"));
    Session s = makeDemoSession(Instrument::builtin());
    s.participants[0].name = std::string(200, 'W');
    std::string spaced;
    while (spaced.size() < 200)
        spaced += "Maximiliana ";
    s.participants[1].name = spaced.substr(0, 200);
    auto window = openWindow(path, s);
    PrivateVotingDialog *dialog = openKiosk(window.get());
    const int screenWidth = dialog->screen()->geometry().width();
    const auto fits = [&] {
        QApplication::processEvents();
        CHECK(dialog->width() <= screenWidth);
        CHECK(dialog->minimumSizeHint().width() <= screenWidth);
        CHECK(dialog->minimumWidth() <= screenWidth);
        CHECK(dialog->minimumSizeHint().height() <= dialog->screen()->geometry().height());
    };
    beginWithPin(dialog);
    for (int who = 0; who < 2; ++who) {
        const QString full = QString::fromStdString(s.participants[static_cast<std::size_t>(who)].name);
        INFO("participant " << who);
        auto *handOver = find<QLabel>(dialog, QStringLiteral("handOverText"));
        CHECK_FALSE(handOver->text().contains(full));
        CHECK(handOver->text().contains(QChar(0x2026)));
        CHECK(handOver->toolTip().contains(full));
        fits();
        clickShown(dialog, QStringLiteral("votingStart"));
        auto *voter = find<QLabel>(dialog, QStringLiteral("voterName"));
        CHECK_FALSE(voter->text().contains(full));
        CHECK(voter->toolTip().contains(full));
        CHECK(voter->sizeHint().width() <= screenWidth);
        fits();
        clickShown(dialog, QStringLiteral("votingNext"));
    }
    clickShown(dialog, QStringLiteral("votingFacilitator"));
    fits();
    clickShown(dialog, QStringLiteral("votingUnlockBack"));
    while (dialog->currentScreen() == Screen::HandOver)
        clickShown(dialog, QStringLiteral("votingSkip"));
    REQUIRE(dialog->currentScreen() == Screen::Finished);
    fits();
    type(dialog, QStringLiteral("votingEndPin"), kPin);
    clickShown(dialog, QStringLiteral("votingClose"));
}
