// cxm-bench-room-hostile CXM WORKDIR: `cxm room`'s peak memory under hostile load (issue 22). Starts
// the room on loopback, reads its resident memory once a page has been served, then opens 256
// hostile connections (64 sending 8 MiB bodies by Content-Length, 64 sending 8 MiB chunked, 128
// trickling heads; HostileLoad) and prints how much the process's peak (VmHWM) rose, beside the
// target, in scripts/bench's format.
#include "../room/HostileLoad.h"

#include "Instrument.h"
#include "SessionFile.h"

#include <QCoreApplication>
#include <QProcess>

#include <csignal>
#include <cstdio>
#include <filesystem>

using namespace cxm;
using namespace cxm::test;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: cxm-bench-room-hostile CXM WORKDIR\n");
        return 2;
    }
    const std::filesystem::path file = std::filesystem::path(argv[2]) / "room-hostile.cxm";
    std::filesystem::remove(file);
    {
        SessionInfo info;
        info.title = "Hostile room";
        auto session = SessionFile::create(file, Instrument::builtin(), info);
        for (int i = 1; i <= 3; ++i)
            session->addParticipant("Person " + std::to_string(i), "");
    }
    QProcess room;
    room.start(QString::fromLocal8Bit(argv[1]),
               {QStringLiteral("room"), QString::fromStdString(file.string())});
    if (!room.waitForStarted(30'000) || !QTest::qWaitFor([&] { return room.canReadLine(); }, 60'000)) {
        std::fprintf(stderr, "cxm-bench-room-hostile: cxm room did not start\n");
        return 1;
    }
    const QUrl url(QString::fromUtf8(room.readLine().trimmed()));
    const auto port = static_cast<quint16>(url.port());
    const QByteArray code = url.path().section(QLatin1Char('/'), 2, 2).toUtf8();
    RawConnection phone;
    if (!phone.open(QStringLiteral("127.0.0.3"), port))
        return 1;
    phone.send(rawGet(phone, "/r/" + code));
    const bool served = phone.read().status == 200;
    const qint64 before = procStatusKiB(room.processId(), "VmRSS");
    HostileLoad load;
    const bool opened = load.open(port, "/api/rooms/" + code + "/join", 256);
    const bool done = opened && QTest::qWaitFor([&] { return load.bodiesDone(); }, 300'000);
    const qint64 peak = procStatusKiB(room.processId(), "VmHWM");
    ::kill(static_cast<pid_t>(room.processId()), SIGTERM);
    room.waitForFinished(60'000);
    if (!served || !done || before <= 0 || peak <= 0) {
        std::fprintf(stderr, "cxm-bench-room-hostile: the attack did not run (served %d, done %d)\n", served,
                     done);
        return 1;
    }
    const double addedMb = static_cast<double>(peak - before) * 1024 / 1e6;
    char value[32];
    std::snprintf(value, sizeof value, "%.1f MB", addedMb);
    std::printf("%-66s %12s   %-16s %s\n", "cxm room: peak memory added by 256 hostile connections", value,
                "< 50 MB", addedMb < 50 ? "met" : "MISSED");
    return 0;
}
