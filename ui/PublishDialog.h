// File → Publish to portfolio…: publishes the open session to the shared portfolio's PostgreSQL
// database (docs/portfolio.md), with names or anonymised, off the window's thread. The database is
// remembered without a password; one typed into the address is refused, never stored or sent: the
// password comes from ~/.pgpass or PGPASSWORD. The .cxm stays the working copy and is not written.
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cxm::ui {

class MainWindow;
class SessionController;

class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    PublishDialog(SessionController *controller, QWidget *parent = nullptr);

    // Opens the dialog for the window's open session (or brings the open one forward).
    static void openFor(MainWindow *window);

    // Publishes now; the result (or what went wrong) is in the dialog. True when it was published
    // or already up to date.
    bool publish();

private:
    void showOutcome(const QString &text, bool ok);

    SessionController *m_controller;
    QLineEdit *m_database;
    QCheckBox *m_anonymous;
    QLabel *m_result;
    QPushButton *m_publish;
};

} // namespace cxm::ui
