#include "RoomCommand.h"

#include "Disclosure.h"

#include "Commands.h"
#include "RoomConsole.h"

#include "RoomServer.h"
#include "RoomStore.h"
#include "SessionFile.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <iostream>

#include <sys/socket.h>
#include <unistd.h>

using namespace cxm;

namespace {

// SIGINT and SIGTERM are turned into a byte on a socket the event loop watches, so the room stops
// between two requests, never in the middle of storing an answer.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

} // namespace

int runRoomCommand(const RoomCommandOptions &options, const Instrument &instrument, int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    auto file = SessionFile::open(options.file, SessionFile::Access::ReadWrite, instrument);
    if (file->isReadOnly()) {
        std::cerr << cxm::cli::Cli::tr(
                         "cxm: error: %1: cannot be changed, so the room cannot store answers: %2")
                         .arg(options.file.string())
                         .arg(file->readOnlyReason())
                  << "\n";
        return 2;
    }
    room::SessionFileStore store(std::move(file), instrument);
    room::RoomServer::Options serverOptions;
    if (!options.bind.empty()) {
        if (!serverOptions.address.setAddress(QString::fromStdString(options.bind))) {
            std::cerr
                << cxm::cli::Cli::tr("cxm: error: --bind: \"%1\" is not an IP address").arg(options.bind)
                << "\n";
            return 1;
        }
    }
    serverOptions.port = static_cast<quint16>(options.port);
    serverOptions.devices.perAddress = options.perAddress;
    serverOptions.devices.askFirst = options.ask;
    room::RoomServer server(store, serverOptions);
    if (!options.round.empty()) {
        QString why;
        if (!server.openRound(options.round, &why)) {
            std::cerr << cxm::cli::Cli::tr("cxm: error: %1").arg("--round: " + why.toStdString()) << "\n";
            return 1;
        }
        // An open round hides its answers (Disclosure.h), as the window's room does: the file says
        // so, durably, so cxm score and every other reader refuse it until cxm reveal.
        if (store.file().votes() != Votes::Hidden)
            store.file().setWorkflow(kVotesKey, storedVotes(Votes::Hidden));
    }
    QString why;
    if (!server.listen(&why)) {
        std::cerr << cxm::cli::Cli::tr("cxm: error: the room cannot listen on %1: %2")
                         .arg(serverOptions.address.toString().toStdString() + ":" +
                              std::to_string(options.port))
                         .arg(why.toStdString())
                  << "\n";
        return 2;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        std::perror("cxm: error: socketpair");
        return 2;
    }
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    cli::RoomConsole console(server, STDIN_FILENO);
    std::cout << server.joinUrl().toString().toStdString() << std::endl;
    if (server.roundOpen())
        std::cerr << cxm::cli::Cli::tr(
                         "cxm: the room is open with a round of %n worksheet(s); Ctrl+C closes it", nullptr,
                         static_cast<int>(options.round.size()))
                  << "\n";
    else
        std::cerr << cxm::cli::Cli::tr("cxm: the room is open; Ctrl+C closes it") << "\n";
    std::cerr << cxm::cli::Cli::tr("cxm: type \"help\" for the facilitator's commands (devices, remove, …)")
              << "\n";
    if (options.ask)
        std::cerr << cxm::cli::Cli::tr("cxm: each phone waits until you type \"allow N\"") << "\n";
    app.exec();
    if (server.roundOpen())
        std::cerr << cxm::cli::Cli::tr("cxm: the answers stay hidden until you reveal them: cxm reveal %1")
                         .arg(options.file.string())
                  << "\n";
    const std::string gaps = console.gaps();
    if (!gaps.empty())
        std::cerr << cxm::cli::Cli::tr("cxm: the round closes with gaps:") << "\n" << gaps;
    std::cerr << cxm::cli::Cli::tr("cxm: the room is closed") << "\n";
    return 0;
}

namespace cxm::cli {

int cmdRoom(const Args &a, const Instrument &ins, int argc, char **argv)
{
    if (a.positional.size() != 1)
        throw UsageError{Cli::tr("usage: %1")
                             .arg("cxm room FILE.cxm [--bind ADDRESS] [--port N] [--round WORKSHEET[,…]] "
                                  "[--per-address N] [--ask]")};
    RoomCommandOptions options;
    options.file = a.positional[0];
    options.bind = a.value("--bind").value_or("");
    if (a.value("--port")) {
        const std::string p = *a.value("--port"); // a copy: value() returns a temporary
        if (p.empty() || p.size() > 5 || p.find_first_not_of("0123456789") != std::string::npos ||
            std::stoi(p) > 65535)
            throw UsageError{Cli::tr("--port must be a number from 0 to 65535, not \"%1\"").arg(p)};
        options.port = std::stoi(p);
    }
    if (a.value("--per-address")) {
        const std::string n = *a.value("--per-address");
        if (n.empty() || n.size() > 4 || n.find_first_not_of("0123456789") != std::string::npos ||
            std::stoi(n) < 1)
            throw UsageError{Cli::tr("--per-address must be a number from 1 to 9999, not \"%1\"").arg(n)};
        options.perAddress = std::stoi(n);
    }
    options.ask = a.flag("--ask");
    if (a.value("--round")) {
        std::string rest = *a.value("--round");
        for (std::size_t at; (at = rest.find(',')) != std::string::npos; rest.erase(0, at + 1))
            options.round.push_back(rest.substr(0, at));
        options.round.push_back(rest);
    }
    return runRoomCommand(options, ins, argc, argv);
}

} // namespace cxm::cli
