// `cxm room`'s memory under the attack of issue 22, measured from /proc as the process's own peak:
// 256 hostile connections (64 sending 8 MiB bodies by Content-Length, 64 sending 8 MiB chunked, 128
// trickling heads) add less than 50 MB, and a phone from another address is answered meanwhile.
#include "../core/TempDir.h"
#include "HostileLoad.h"
#include "RoomTestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

#include <csignal>

using namespace cxm;
using namespace cxm::test;

TEST_CASE("256 hostile connections, 128 of them sending 8 MiB bodies, add less than 50 MB to cxm room")
{
    application();
    TempDir dir;
    makeRoomSession(dir / "s.cxm", 3);
    QProcess room;
    // In the sanitizer build, freed memory waits in AddressSanitizer's quarantine (256 MB by
    // default) and would count as the room's; keep it small so the peak is the program's own.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"), (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) +
                                                   QStringLiteral("quarantine_size_mb=4"));
    room.setProcessEnvironment(env);
    room.start(QStringLiteral(CXM_BINARY),
               {QStringLiteral("room"), QString::fromStdString((dir / "s.cxm").string())});
    REQUIRE(room.waitForStarted(30'000));
    REQUIRE(QTest::qWaitFor([&] { return room.canReadLine(); }, 60'000));
    const QUrl url(QString::fromUtf8(room.readLine().trimmed()));
    const auto port = static_cast<quint16>(url.port());
    const QByteArray code = url.path().section(QLatin1Char('/'), 2, 2).toUtf8();
    const qint64 pid = room.processId();

    const auto phoneAnswered = [&] {
        RawConnection phone;
        REQUIRE(phone.open(QStringLiteral("127.0.0.3"), port));
        phone.send(rawGet(phone, "/r/" + code));
        return phone.read().status == 200;
    };
    REQUIRE(phoneAnswered()); // warmed up: the page has been served once
    const qint64 before = procStatusKiB(pid, "VmRSS");
    REQUIRE(before > 0);

    HostileLoad load;
    REQUIRE(load.open(port, "/api/rooms/" + code + "/join", 256));
    REQUIRE(QTest::qWaitFor([&] { return load.bodiesDone(); }, 240'000));
    load.trickle();
    CHECK(phoneAnswered());
    // Every body sender was told its body is too large (from its Content-Length, or once its chunks
    // passed 64 KiB).
    CHECK(load.refusedTooLarge() == 128);
    const qint64 peak = procStatusKiB(pid, "VmHWM");
    INFO("RSS before " << before << " KiB, peak " << peak << " KiB");
    CHECK(peak - before < 50'000 * 1000 / 1024);

    ::kill(static_cast<pid_t>(pid), SIGTERM);
    REQUIRE(room.waitForFinished(60'000));
    CHECK(room.exitCode() == 0);
}
