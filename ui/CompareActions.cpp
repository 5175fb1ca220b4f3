#include "CompareActions.h"

#include "RevealGate.h"

#include "Comparison.h"
#include "ComparisonView.h"
#include "Error.h"
#include "ExportActions.h"
#include "FollowUp.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "SessionController.h"
#include "UiText.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

namespace cxm::ui {

std::function<QStringList(QWidget *, const QString &, const QString &, const QString &)>
    CompareActions::chooseSessionFiles =
        [](QWidget *parent, const QString &title, const QString &folder, const QString &filter) {
            return QFileDialog::getOpenFileNames(parent, title, folder, filter);
        };

CompareActions::CompareActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{}

bool CompareActions::newFollowUp(const QString &path)
{
    SessionController *controller = m_window->controller();
    if (!controller)
        return false;
    const QString title = tr("Cannot start a follow-up session");
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(controller->filePath()).absoluteFilePath()) {
        Prompt::warn(m_window, title,
                     tr("The follow-up needs a file of its own; %1 is the session it follows.")
                         .arg(QFileInfo(path).fileName()));
        return false;
    }
    const std::string uuid = controller->file().uuid();
    if (uuid.empty()) {
        // Only a file written before sessions had an identity, opened read-only, lacks one.
        Prompt::warn(m_window, title,
                     tr("This session was saved by an older version and has no identity yet, which it gets "
                        "when it is opened for editing. It is open read-only (%1). Open it where it can be "
                        "written, or save a copy with File → Save As…, then start the follow-up from that.")
                         .arg(qs(controller->file().readOnlyReason())));
        return false;
    }
    const std::optional<Session> disclosed = RevealGate::sessionFor(m_window, controller, "window.follow-up");
    if (!disclosed)
        return false;
    const Session &previous = *disclosed;
    const Session next = makeFollowUp(previous, ss(QDate::currentDate().toString(Qt::ISODate)));
    try {
        SessionFile::write(path.toStdString(), controller->instrument(), next, true, systemClock,
                           followUpLineage(previous, uuid));
    } catch (const Error &e) {
        Prompt::warn(m_window, tr("Cannot create %1").arg(QFileInfo(path).fileName()), qs(e.what()));
        return false;
    }
    const QString from = QFileInfo(controller->filePath()).fileName();
    if (!m_window->openFile(path))
        return false;
    m_window->setStep(MainWindow::SetupStep);
    m_window->statusBar()->showMessage(
        tr("The follow-up of %1: %n open action(s) and the targets carried over, no answers yet.", nullptr,
           static_cast<int>(next.actions.size()))
            .arg(from),
        60 * 1000);
    return true;
}

void CompareActions::chooseFollowUp()
{
    SessionController *controller = m_window->controller();
    if (!controller)
        return;
    const QFileInfo current(controller->filePath());
    const QString name = tr("Follow-up %1.cxm").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = withSuffix(ExportActions::chooseSaveFile(m_window, tr("New follow-up session"),
                                                                  current.dir().filePath(name),
                                                                  tr("Workbench sessions (*.cxm)")),
                                    QStringLiteral("cxm"));
    if (!path.isEmpty())
        newFollowUp(path);
}

ComparisonView *CompareActions::compareWith(const QStringList &files)
{
    const Instrument &instrument =
        m_window->controller() ? m_window->controller()->instrument() : m_window->instrument();
    std::vector<ComparedSession> sessions;
    try {
        if (SessionController *controller = m_window->controller()) {
            // The open session as the window has it (every edit is on disk already), as a comparison
            // may read it (Disclosure.h).
            const std::optional<Session> disclosed = RevealGate::sessionFor(m_window, controller, "window.compare");
            if (!disclosed)
                return nullptr;
            SessionFile &file = controller->file();
            sessions.push_back({ss(QDir::toNativeSeparators(controller->filePath())), file.uuid(),
                                file.follows(), file.instrumentId(), file.instrumentVersion(),
                                *disclosed});
        }
        std::vector<std::filesystem::path> paths;
        for (const QString &f : files)
            paths.emplace_back(f.toStdString());
        for (ComparedSession &s : readComparedSessions("window.compare", paths, instrument))
            sessions.push_back(std::move(s));
        auto *view =
            new ComparisonView(compareSessions(std::move(sessions), instrument), instrument, m_window);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->show();
        return view;
    } catch (const Error &e) {
        Prompt::warn(m_window, tr("Cannot compare these sessions"), qs(e.what()));
        return nullptr;
    }
}

void CompareActions::chooseComparison()
{
    SessionController *controller = m_window->controller();
    const QString folder = controller ? QFileInfo(controller->filePath()).absolutePath() : QDir::homePath();
    const QStringList files = chooseSessionFiles(
        m_window,
        controller ? tr("Compare %1 with…").arg(QFileInfo(controller->filePath()).fileName())
                   : tr("Choose two or more sessions to compare"),
        folder, tr("Workbench sessions (*.cxm);;Session documents (*.json);;All files (*)"));
    if (!files.isEmpty())
        compareWith(files);
}

} // namespace cxm::ui
