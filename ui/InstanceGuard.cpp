#include "InstanceGuard.h"

#include "Settings.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

namespace cxm::ui {

namespace {

// The request: a magic number, the protocol's version, the files. The answer: one byte.
constexpr quint32 kMagic = 0x43584d4f; // "CXMO"
constexpr quint32 kVersion = 1;
constexpr char kAccepted = 'k';
// A request is a few paths; more than this is not a workbench talking, and is dropped.
constexpr qint64 kMaxRequestBytes = 1 << 20;
// A client that connects and says nothing is dropped after this long.
constexpr int kIdleMs = 10000;
constexpr auto kStreamVersion = QDataStream::Qt_6_0;

enum class Delivery { NoServer, Delivered, NoAnswer };

} // namespace

InstanceGuard::InstanceGuard(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_path(socketPath)
{}

InstanceGuard::~InstanceGuard()
{
    if (m_server)
        m_server->close(); // removes the socket file
}

QString InstanceGuard::defaultSocketPath()
{
    // The runtime folder is the user's own (mode 0700), so only their processes can reach the socket.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation))
        .filePath(Settings::applicationId() + QStringLiteral(".socket"));
}

InstanceGuard::Role InstanceGuard::start(const QStringList &files, int timeoutMs)
{
    QStringList absolute;
    for (const QString &file : files)
        absolute << QFileInfo(file).absoluteFilePath();

    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_error = tr("the folder %1 cannot be made").arg(folder);
        return Role::Alone;
    }
    // Held from the connection attempt until this process listens: a second process started at the
    // same moment waits here, then finds this one listening.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(timeoutMs)) {
        m_error = tr("the lock %1 is held by another process").arg(lock.fileName());
        return Role::Alone;
    }

    QLocalSocket socket;
    socket.connectToServer(m_path);
    Delivery delivery = Delivery::NoServer;
    if (socket.waitForConnected(timeoutMs)) {
        QByteArray request;
        QDataStream out(&request, QIODevice::WriteOnly);
        out.setVersion(kStreamVersion);
        out << kMagic << kVersion << absolute;
        socket.write(request);
        delivery = Delivery::NoAnswer;
        if (socket.waitForBytesWritten(timeoutMs)) {
            while (socket.bytesAvailable() < 1 && socket.waitForReadyRead(timeoutMs)) {
            }
            char answer = 0;
            if (socket.getChar(&answer) && answer == kAccepted)
                delivery = Delivery::Delivered;
        }
        socket.abort();
    }
    if (delivery == Delivery::Delivered)
        return Role::Forwarded;
    if (delivery == Delivery::NoAnswer) {
        m_error = tr("the workbench already running did not answer within %1 s").arg(timeoutMs / 1000.0);
        return Role::Alone;
    }

    // Nobody listens: a socket file still there was left by a workbench that crashed.
    QLocalServer::removeServer(m_path);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_path)) {
        m_error = tr("cannot listen on %1: %2").arg(m_path, server->errorString());
        delete server;
        return Role::Alone;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QLocalSocket::readyRead, this, [this, client] { readRequest(client); });
            QTimer::singleShot(kIdleMs, client, [client] { client->abort(); });
            // Bytes may have arrived with the connection itself.
            if (client->bytesAvailable() > 0)
                readRequest(client);
        }
    });
    return Role::Primary;
}

void InstanceGuard::readRequest(QLocalSocket *socket)
{
    QDataStream in(socket);
    in.setVersion(kStreamVersion);
    in.startTransaction();
    quint32 magic = 0;
    quint32 version = 0;
    QStringList files;
    in >> magic >> version;
    if (in.status() == QDataStream::Ok && (magic != kMagic || version != kVersion)) {
        in.abortTransaction();
        socket->abort();
        return;
    }
    in >> files;
    if (!in.commitTransaction()) {
        // Not all of it yet; a request that never completes within the cap is not ours.
        if (socket->bytesAvailable() > kMaxRequestBytes || in.status() == QDataStream::ReadCorruptData)
            socket->abort();
        return;
    }
    QStringList absolute;
    for (const QString &file : files)
        if (QFileInfo(file).isAbsolute())
            absolute << file;
    socket->putChar(kAccepted);
    socket->flush();
    socket->disconnectFromServer();
    // Queued: opening a window may show a message box, whose event loop must not run inside this
    // socket's signal.
    QMetaObject::invokeMethod(
        this, [this, absolute] { emit openRequested(absolute); }, Qt::QueuedConnection);
}

} // namespace cxm::ui
