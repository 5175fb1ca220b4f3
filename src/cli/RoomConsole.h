// `cxm room`'s terminal, the facilitator's projector view without a window: it tells on stderr when
// a device joins or asks to join, and takes typed commands on stdin (one a line):
//   devices          every device: its number, participant, kind, address, joined or waiting
//   round            how far each participant is in the open round ("14 of 15", and what is missing)
//   allow N          lets waiting device N in (with --ask every phone waits for this)
//   deny N           refuses waiting device N
//   remove N|NAME    takes device N (or NAME's device) out: its token stops working, NAME can join again
//   new NAME         the next phone that picks NAME takes over from the device NAME has
//   help             this list
// What it prints about people is their names and counts, never an answer.
#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <map>
#include <memory>
#include <string>

namespace cxm::room {
class RoomServer;
}

namespace cxm::cli {

class RoomConsole : public QObject
{
    Q_OBJECT

public:
    // Reads commands from the file descriptor (stdin) while the server runs.
    RoomConsole(room::RoomServer &server, int inputFd, QObject *parent = nullptr);

    // Carries out one command line and returns what to print (the answer ends with a newline).
    std::string command(const std::string &line);
    // Who has gaps in the open round, one line each; empty when everyone answered everything.
    std::string gaps() const;

private:
    void readInput();
    void devicesChanged();
    std::string deviceLine(int number) const;
    std::string participantName(const std::string &id) const;
    int deviceOfName(const std::string &name, std::string &error) const;

    room::RoomServer &m_server;
    int m_fd;
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::string m_pending;       // input read so far that has no newline yet
    std::map<int, bool> m_known; // device number → waiting, as last told
};

} // namespace cxm::cli
