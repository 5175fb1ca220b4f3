// File → New follow-up session… and File → Compare sessions…, for the workbench window. A follow-up
// is written beside the open session (after asking where) and opened; a comparison holds the open
// session (if any) against the files chosen, in a ComparisonView of its own.
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace cxm::ui {

class ComparisonView;
class MainWindow;

class CompareActions : public QObject
{
    Q_OBJECT

public:
    explicit CompareActions(MainWindow *window);

    // The dialog choosing the sessions to compare, replaceable so tests answer it without a modal
    // dialog. Empty: cancelled.
    static std::function<QStringList(QWidget *parent, const QString &title, const QString &folder,
                                     const QString &filter)>
        chooseSessionFiles;

    // Writes the follow-up of the open session to path (dated today) and opens it at Setup; false
    // (after telling the user why) when it cannot.
    bool newFollowUp(const QString &path);
    // Compares the open session (if any) with these files and shows the result; nullptr (after
    // telling the user why) when they cannot be compared.
    ComparisonView *compareWith(const QStringList &files);

    void chooseFollowUp();
    void chooseComparison();

private:
    MainWindow *m_window;
};

} // namespace cxm::ui
