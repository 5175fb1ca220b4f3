// The workbench window: a start screen (new workshop, new self-assessment, open, demo, recent files)
// and, once a session is open, the step list (Setup → one step per worksheet of the instrument →
// Maturity Map) beside the current step. The window never holds unsaved state: every change is in
// the session file before it shows (see SessionController).
#pragma once

#include "Instrument.h"
#include "Progress.h"
#include "Session.h"
#include "StepPage.h"

#include <QMainWindow>

#include <memory>
#include <string>
#include <vector>

class QAction;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QMenu;
class QPrinter;
class QPushButton;
class QStackedWidget;

namespace cxm::ui {

class ExportActions;
class SessionController;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The steps are built from the instrument: Setup, one step per worksheet in the instrument's
    // order, then the Maturity Map. The first worksheet's step follows Setup (in the workbook's
    // instrument, the first competency).
    enum Step { SetupStep = 0, FirstCompetencyStep = 1 };
    // A worksheet's step (-1 when the instrument has no such worksheet), the map's, and how many.
    static int stepOf(const Instrument &instrument, const std::string &worksheetId);
    static int maturityMapStep(const Instrument &instrument);
    // After the map: the team's targets, then its action plan.
    static int targetsStep(const Instrument &instrument);
    static int planStep(const Instrument &instrument);
    static int stepCount(const Instrument &instrument);
    // The same for the open session's instrument (-1 / 0 when no session is open).
    int stepOf(const std::string &worksheetId) const;
    int maturityMapStep() const;
    int stepCount() const;

    explicit MainWindow(QWidget *parent = nullptr);
    // The instrument new and opened sessions use (the built-in one unless cx-workbench --instrument
    // DIR gave another); it must outlive the window. A session open now stays under its instrument.
    void setInstrument(const Instrument &instrument) { m_instrument = &instrument; }
    const Instrument &instrument() const { return *m_instrument; }
    ~MainWindow() override;

    // Opens path in a window of its own, under instrument (which must outlive the window), or raises
    // the window that has it open already; an empty path opens a new window on the start screen. The
    // window deletes itself when closed. For File → New Window and files handed over by InstanceGuard.
    static MainWindow *openWindow(const QString &path, const Instrument &instrument);

    // Each returns false (after telling the user why) when the file cannot be opened or made.
    bool openFile(const QString &path);
    bool newSession(const QString &path, Mode mode);
    bool openDemo();
    // Copies the open session to path (File → Save As…) and continues in the copy.
    bool saveCopyAs(const QString &path);
    static QString demoPath();

    enum class ExportFormat { Pdf, Odt, Csv, Json, Xlsx }; // Odt: the editable report
    // Writes the open session to path; false (after telling the user why) when it cannot.
    bool exportTo(const QString &path, ExportFormat format, bool anonymous = false);

    // Paints the maturity report for the open session onto printer (File → Print…).
    void printTo(QPrinter *printer);

    SessionController *controller() const { return m_controller.get(); }
    int currentStep() const;
    void setStep(int step);
    QString stepName(int step) const;
    // 1 for a worksheet of the customer journey (shown indented under the journey's step), else 0.
    int stepDepth(int step) const;
    // The worksheet a window step shows (its id, also the step id of its answers); empty for setup
    // and map.
    std::string answerStep(int step) const;
    // Puts the keys on the first unanswered row of the current step.
    void focusFirstUnanswered();
    StepPage *stepPage(int step) const;
    bool isStepComplete(int step) const;
    void setPresentationMode(bool on);
    bool presentationMode() const { return m_presentation; }
    void openPrivateVoting();
    // Opens the live room's projector view (RoomDialog), with these worksheets ticked for the first
    // round; the room closes with the view or the session.
    void openRoom(const std::vector<std::string> &worksheets = {});
    // Undo and Redo are off while private voting hides the answers, unless the live room is open.
    bool undoLocked() const;

    // Visits every step and saves a PNG of each to dir (NN-name.png); returns the files written.
    QStringList saveScreenshots(const QString &dir);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The step's name, its own words said by say: tr() in the window, as written for file names.
    QString stepName(int step, QString (*say)(const char *)) const;
    void buildMenus();
    QWidget *buildStartPage();
    // The session view (MainWindowPages.cpp): the frame, the buttons under the page, one page per step.
    void buildSessionView();
    QHBoxLayout *buildNavigation();
    void buildStepPages();
    StepPage *buildWorksheetPage(const Worksheet &worksheet);
    // The step list beside the pages (MainWindowSteps.cpp): the list, then a row per step.
    void buildStepList();
    void fillStepList();
    void closeSession();
    void refresh();
    void refreshStepList();
    bool isStepComplete(int step, const Progress &answers) const;
    void refreshRecent();
    void chooseNew(Mode mode);
    void chooseOpen();
    void saveAs();
    void print();
    void showEditError(const QString &title, const QString &message);
    void fitToScreen();
    void offerSaveAsAfterLoss();

    std::unique_ptr<SessionController> m_controller;
    QStackedWidget *m_stack;
    QWidget *m_startPage;
    QListWidget *m_recentList;
    QWidget *m_sessionView = nullptr;
    QLabel *m_banner = nullptr;
    QListWidget *m_steps = nullptr;
    QStackedWidget *m_pages = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_roomButton = nullptr;
    std::vector<StepPage *> m_stepPages;
    ExportActions *m_exports;
    QMenu *m_recentMenu;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_fullScreen;
    std::vector<QAction *> m_sessionActions;
    bool m_presentation = false;
    // Set when no geometry was remembered: the first show sizes the window to its screen.
    bool m_fitOnShow = false;
    // What F11 returns to: the state (maximised or not) and geometry before full screen.
    Qt::WindowStates m_stateBeforeFullScreen;
    QByteArray m_geometryBeforeFullScreen;
    QRect m_normalBeforeFullScreen;
    const Instrument *m_instrument = &Instrument::builtin();
};

} // namespace cxm::ui
