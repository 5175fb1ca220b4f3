// One workbench per user session: the first process listens on a per-user local socket; a later one
// hands it the session files it was asked to open (absolute paths) and exits, so a double-click on a
// second .cxm opens a new window of the running workbench instead of a second process that would
// fight over the settings. A lock file makes "connect, or else listen" one step, so two processes
// started together never both listen, and a socket left by a crashed workbench is taken over.
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace cxm::ui {

class InstanceGuard : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary,   // this process listens: it receives the files of the processes started after it
        Forwarded, // a running workbench took the files: this process should exit
        Alone,     // neither (no socket could be made): this process runs on its own
    };

    // socketPath: where the socket lives; by default in the user's runtime folder, named after the
    // application id.
    explicit InstanceGuard(const QString &socketPath = defaultSocketPath(), QObject *parent = nullptr);
    ~InstanceGuard() override;

    static QString defaultSocketPath();

    // Hands files to the running workbench, or becomes the one others hand theirs to. Relative paths
    // are made absolute against this process's folder first. Waits at most timeoutMs for a running
    // workbench to acknowledge.
    Role start(const QStringList &files, int timeoutMs = 5000);
    // Why start() returned Alone, for the message on stderr.
    QString errorString() const { return m_error; }

signals:
    // Another process asked to open these files (absolute paths), each in a window of its own; none
    // means it was started without a file: a new, empty window.
    void openRequested(const QStringList &files);

private:
    bool forward(const QStringList &files, int timeoutMs);
    void readRequest(QLocalSocket *socket);

    QString m_path;
    QString m_error;
    QLocalServer *m_server = nullptr;
};

} // namespace cxm::ui
