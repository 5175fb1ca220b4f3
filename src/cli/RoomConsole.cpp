#include "RoomConsole.h"

#include "CliText.h"
#include "RoomServer.h"

#include <QString>

#include <iostream>
#include <sstream>

#include <unistd.h>

namespace cxm::cli {

namespace {

// Names are the session's data: a terminal must not take them for control sequences.
std::string printable(const std::string &text)
{
    std::string out;
    for (const char c : text)
        out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
    return out;
}

std::string trimmed(const std::string &s)
{
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

// A device number as typed ("3" or "#3"), or -1.
int numberOf(const std::string &word)
{
    const std::string digits = !word.empty() && word[0] == '#' ? word.substr(1) : word;
    if (digits.empty() || digits.size() > 6 || digits.find_first_not_of("0123456789") != std::string::npos)
        return -1;
    return std::stoi(digits);
}

bool sameName(const std::string &a, const std::string &b)
{
    return QString::fromStdString(a).compare(QString::fromStdString(b), Qt::CaseInsensitive) == 0;
}

} // namespace

RoomConsole::RoomConsole(room::RoomServer &server, int inputFd, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_fd(inputFd)
    , m_notifier(std::make_unique<QSocketNotifier>(inputFd, QSocketNotifier::Read))
{
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &RoomConsole::readInput);
    connect(&m_server, &room::RoomServer::joinedChanged, this, &RoomConsole::devicesChanged);
    // The phone is told only that its answer was not stored; the facilitator is told why.
    connect(&m_server, &room::RoomServer::storeFailed, this, [](const QString &why) {
        std::cerr << Cli::tr("cxm: an answer from a phone was not stored: %1").arg(why.toStdString()) << "\n";
    });
}

void RoomConsole::readInput()
{
    char buffer[4096];
    const auto got = ::read(m_fd, buffer, sizeof buffer);
    if (got <= 0) {
        m_notifier->setEnabled(false); // end of input (or none, as under a service): keep serving
        return;
    }
    m_pending.append(buffer, static_cast<std::size_t>(got));
    for (std::size_t at; (at = m_pending.find('\n')) != std::string::npos;) {
        const std::string line = m_pending.substr(0, at);
        m_pending.erase(0, at + 1);
        std::cout << command(line) << std::flush;
    }
    if (m_pending.size() > 4096)
        m_pending.clear(); // no command is this long
}

std::string RoomConsole::participantName(const std::string &id) const
{
    const Participant *p = m_server.session().findParticipant(id);
    return printable(p ? p->name : id);
}

std::string RoomConsole::deviceLine(int number) const
{
    for (const room::Device *d : m_server.devices().devices())
        if (d->number == number)
            return Cli::tr("#%1 %2 (%3, %4): %5")
                .arg(number)
                .arg(participantName(d->participant))
                .arg(d->platform.empty() ? Cli::tr("unknown device").str() : d->platform)
                .arg(d->address.toStdString())
                .arg(d->waiting ? Cli::tr("waiting for \"allow %1\"").arg(number).str()
                                : Cli::tr("joined").str());
    return {};
}

void RoomConsole::devicesChanged()
{
    std::map<int, bool> now;
    for (const room::Device *d : m_server.devices().devices()) {
        now[d->number] = d->waiting;
        const auto before = m_known.find(d->number);
        if (before != m_known.end() && before->second == d->waiting)
            continue;
        if (d->waiting)
            std::cerr << Cli::tr("cxm: a device asks to join: %1; type \"allow %2\" or \"deny %2\"")
                             .arg(deviceLine(d->number))
                             .arg(d->number)
                      << "\n";
        else
            std::cerr << Cli::tr("cxm: %1").arg(deviceLine(d->number)) << "\n";
    }
    for (const auto &[number, waiting] : m_known)
        if (!now.count(number))
            std::cerr << Cli::tr("cxm: device #%1 is out of the room").arg(number) << "\n";
    m_known = std::move(now);
}

int RoomConsole::deviceOfName(const std::string &name, std::string &error) const
{
    const int number = numberOf(name);
    if (number > 0)
        return number;
    int found = -1;
    for (const room::Device *d : m_server.devices().devices()) {
        const Participant *p = m_server.session().findParticipant(d->participant);
        if (p && sameName(p->name, name)) {
            if (found > 0) {
                error = Cli::tr("several devices belong to \"%1\": give the device's number")
                            .arg(printable(name));
                return -1;
            }
            found = d->number;
        }
    }
    if (found < 0)
        error = Cli::tr("no device number or participant with a device called \"%1\" (see \"devices\")")
                    .arg(printable(name));
    return found;
}

std::string RoomConsole::gaps() const
{
    if (!m_server.roundOpen())
        return {};
    std::ostringstream out;
    const auto progress = m_server.roundProgress();
    for (const Participant &p : m_server.session().participants) {
        const auto &person = progress.at(p.id);
        if (person.complete())
            continue;
        std::string missing;
        for (std::size_t i = 0; i < person.missing.size() && i < 5; ++i) {
            const room::RoomQuestion &q = *person.missing[i];
            missing += (i ? ", " : "") + (q.item ? q.item->title : q.worksheet->title);
            if (const Stage *stage = m_server.session().findStage(q.scope))
                missing += " (" + stage->name + ")";
        }
        if (person.missing.size() > 5)
            missing += Cli::tr(" and %1 more").arg(static_cast<int>(person.missing.size() - 5)).str();
        out << Cli::tr("  %1: %2 of %3 answered; missing: %4")
                   .arg(printable(p.name))
                   .arg(person.answered)
                   .arg(person.of)
                   .arg(printable(missing))
            << "\n";
    }
    return out.str();
}

std::string RoomConsole::command(const std::string &typed)
{
    const std::string line = trimmed(typed);
    const std::string verb = line.substr(0, line.find(' '));
    const std::string rest = trimmed(line.size() > verb.size() ? line.substr(verb.size()) : std::string());
    std::ostringstream out;
    if (verb.empty())
        return {};
    if (verb == "devices") {
        const auto all = m_server.devices().devices();
        if (all.empty())
            out << Cli::tr("No device has joined.") << "\n";
        for (const room::Device *d : all)
            out << deviceLine(d->number) << "\n";
    } else if (verb == "round") {
        if (!m_server.roundOpen())
            out << Cli::tr("No round is open.") << "\n";
        else {
            int complete = 0;
            const auto progress = m_server.roundProgress();
            for (const auto &[id, person] : progress)
                complete += person.complete() ? 1 : 0;
            out << Cli::tr("%1 of %2 have answered every question.")
                       .arg(complete)
                       .arg(static_cast<int>(progress.size()))
                << "\n"
                << gaps();
        }
    } else if (verb == "allow" || verb == "deny") {
        const int number = numberOf(rest);
        const bool waits = [&] {
            for (const room::Device *d : m_server.devices().devices())
                if (d->number == number)
                    return d->waiting;
            return false;
        }();
        if (!waits)
            out << Cli::tr("cxm: error: no device #%1 is waiting (see \"devices\")").arg(printable(rest))
                << "\n";
        else if (verb == "allow" ? m_server.allow(number) : m_server.removeDevice(number))
            out << (verb == "allow" ? Cli::tr("Device #%1 is in.") : Cli::tr("Device #%1 is refused."))
                       .arg(number)
                << "\n";
    } else if (verb == "remove") {
        std::string error;
        const int number = deviceOfName(rest, error);
        if (number > 0 && m_server.removeDevice(number))
            out << Cli::tr("Device #%1 is out of the room; its participant can join again.").arg(number)
                << "\n";
        else
            out << Cli::tr("cxm: error: %1")
                       .arg(error.empty() ? Cli::tr("there is no device #%1").arg(number).str() : error)
                << "\n";
    } else if (verb == "new") {
        const Participant *found = nullptr;
        for (const Participant &p : m_server.session().participants)
            if (sameName(p.name, rest))
                found = &p;
        if (!found)
            out << Cli::tr("cxm: error: no participant is called \"%1\"").arg(printable(rest)) << "\n";
        else {
            m_server.allowNewDevice(found->id);
            out << Cli::tr("The next phone that picks %1 takes over from the device they have.")
                       .arg(printable(found->name))
                << "\n";
        }
    } else if (verb == "help") {
        out << Cli::tr("Commands: devices | round | allow N | deny N | remove N|NAME | new NAME | help")
            << "\n";
    } else {
        out << Cli::tr("cxm: error: unknown command \"%1\"; type \"help\"").arg(printable(verb)) << "\n";
    }
    return out.str();
}

} // namespace cxm::cli
