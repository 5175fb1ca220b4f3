// The documentation's screenshots (cx-workbench --screenshot DIR): every step of the open session,
// the roadmap, private voting from PIN to hand-back, the projector, the anonymous reveal and the
// live room's projector view, each a PNG light enough for the documentation.
#include "MainWindow.h"

#include "PrivateVotingDialog.h"
#include "RoomDialog.h"
#include "SessionController.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>

#include <algorithm>

namespace cxm::ui {

namespace {

// Where the screenshots go, and the files written so far.
class Screenshots
{
public:
    explicit Screenshots(const QString &dir)
        : m_dir(dir)
    {
        QDir().mkpath(dir);
    }

    void save(QWidget *widget, const QString &name)
    {
        QApplication::processEvents();
        const QImage full = widget->grab().toImage();
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        // Keep the documentation light: a palette image first, then smaller if it is still too heavy.
        const qint64 limit = 145 * 1000;
        QImage image = full;
        image.save(path);
        for (int width = full.width(); QFileInfo(path).size() > limit && width > 600;
             width = width * 9 / 10) {
            image = full.scaledToWidth(width, Qt::SmoothTransformation)
                        .convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither);
            image.save(path);
        }
        m_written << path;
    }

    QStringList written() const { return m_written; }

private:
    QString m_dir;
    QStringList m_written;
};

QString slug(QString text)
{
    text = text.toLower();
    QString out;
    for (const QChar ch : text)
        out += ch.isLetterOrNumber() ? ch : QLatin1Char('-');
    while (out.contains(QStringLiteral("--")))
        out.replace(QStringLiteral("--"), QStringLiteral("-"));
    return out;
}

// Further down the same voter's sheet: the journey's stages, each rated on its own.
void saveVotingStages(PrivateVotingDialog &dialog, const Session &session, Screenshots &shots)
{
    const auto &stages = session.stages;
    auto *scroll = dialog.findChild<QScrollArea *>();
    if (QWidget *stage =
            stages.empty()
                ? nullptr
                : dialog.findChild<QWidget *>(
                      QStringLiteral("voteStage_%1").arg(QString::fromStdString(stages.front().id)));
        stage && scroll) {
        // From the heading of the worksheet the stage belongs to: the last heading above it.
        const auto yOf = [&](QWidget *w) { return w->mapTo(scroll->widget(), QPoint(0, 0)).y(); };
        int top = -1;
        for (QWidget *w : scroll->widget()->findChildren<QWidget *>())
            if (w->objectName().startsWith(QStringLiteral("voteHeading_")) && yOf(w) < yOf(stage))
                top = std::max(top, yOf(w));
        scroll->verticalScrollBar()->setValue(top >= 0 ? top : yOf(stage));
        shots.save(&dialog, QStringLiteral("11-private-voting-stages"));
    }
}

// Private voting from the PIN to the last hand-back, then the window with the answers hidden; the
// votes are revealed anonymously after.
void saveVoting(MainWindow &window, Screenshots &shots)
{
    SessionController *controller = window.controller();
    PrivateVotingDialog dialog(controller, &window);
    dialog.show();
    // The window system resizes the kiosk to the screen a moment after it shows.
    QElapsedTimer waited;
    waited.start();
    while (dialog.size() != dialog.screen()->size() && waited.elapsed() < 2000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    shots.save(&dialog, QStringLiteral("10-private-voting-pin"));
    dialog.begin(QStringLiteral("screenshot"));
    shots.save(&dialog, QStringLiteral("10-private-voting-handover"));
    dialog.startVoting();
    shots.save(&dialog, QStringLiteral("11-private-voting-questions"));
    saveVotingStages(dialog, controller->session(), shots);
    dialog.handOver(static_cast<int>(controller->session().participants.size()));
    shots.save(&dialog, QStringLiteral("11-private-voting-end"));
    dialog.done(QDialog::Accepted);
    window.setStep(MainWindow::FirstCompetencyStep);
    shots.save(&window, QStringLiteral("12-answers-hidden"));
    controller->setVotes(std::string("revealed-anonymous"));
}

// The projector: full screen, the anonymous reveal when the votes are revealed so, then all open.
void saveProjector(MainWindow &window, Screenshots &shots)
{
    SessionController *controller = window.controller();
    window.setPresentationMode(true);
    if (controller->votesRevealedAnonymously()) {
        window.setStep(MainWindow::FirstCompetencyStep + 1);
        shots.save(&window, QStringLiteral("14-anonymous-reveal"));
        controller->setVotes(std::string("revealed"));
    }
    window.setStep(MainWindow::FirstCompetencyStep + 1);
    shots.save(&window, QStringLiteral("13-projector"));
    window.setPresentationMode(false);
}

} // namespace

QStringList MainWindow::saveScreenshots(const QString &dir)
{
    Screenshots shots(dir);
    if (!m_controller)
        return shots.written();
    m_stack->setCurrentWidget(m_startPage);
    refreshRecent();
    shots.save(this, QStringLiteral("00-start"));
    m_stack->setCurrentWidget(m_sessionView);
    for (int i = 0; i < stepCount(); ++i) {
        setStep(i);
        shots.save(this,
                   QStringLiteral("%1-%2")
                       .arg(i + 1, 2, 10, QLatin1Char('0'))
                       .arg(slug(stepName(i, [](const char *text) { return QString::fromUtf8(text); }))));
    }
    // The plan's second tab: the roadmap.
    if (auto *tabs = findChild<QTabWidget *>(QStringLiteral("planTabs"))) {
        setStep(planStep(instrument()));
        tabs->setCurrentIndex(1);
        shots.save(this,
                   QStringLiteral("%1-roadmap").arg(planStep(instrument()) + 1, 2, 10, QLatin1Char('0')));
        tabs->setCurrentIndex(0);
    }
    if (m_controller->isWorkshop() && !m_controller->isReadOnly())
        saveVoting(*this, shots);
    if (m_controller->isWorkshop())
        saveProjector(*this, shots);
    if (m_controller->isWorkshop() && !m_controller->isReadOnly()) {
        // The live room's projector view, on loopback, the size of the window.
        RoomDialog room(m_controller.get(), {answerStep(FirstCompetencyStep)}, this);
        room.resize(size());
        room.show();
        shots.save(&room, QStringLiteral("room-projector"));
    }
    return shots.written();
}

} // namespace cxm::ui
