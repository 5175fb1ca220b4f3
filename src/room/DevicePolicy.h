// The room's one rule about devices: a device acts for one person. Every endpoint passes through
// here to learn who a token is, whether it may claim a participant, what of the answers it may read
// and whether it may answer. It guarantees:
//  - one device claims one participant, and a participant has at most one device (a second needs
//    the facilitator's consent); from one network address at most `perAddress` participants;
//  - with `askFirst`, a claim waits for the facilitator's Allow and its token does nothing until then;
//  - a device is sent an answer only when the answer stored is the one this device gave: answers from
//    the laptop, the kiosk or another device (even of the same participant) read as unanswered;
//  - a device the facilitator takes out is forgotten: its token stops working at once.
// It knows devices for the room's lifetime (a phone that reloads keeps its token and its answers),
// across restarts on the same file too: every change is told to a DeviceJournal (the session file),
// which the room reads back with restore(). Only a token's SHA-256 is kept, in memory and on disk.
// A new room, with a new code, starts with no devices.
#pragma once

#include "Disclosure.h"
#include "RoomRound.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cxm::room {

// A token bucket for the rate limit; the server fills and takes from it.
struct RateBucket
{
    double tokens = 0;
    std::chrono::steady_clock::time_point last;
};

struct Device
{
    std::string tokenHash; // SHA-256 of its token, hex: the token itself is never kept
    int number = 0; // 1, 2, … in the order devices asked: the facilitator's handle on it
    std::string participant;
    QString address;      // the network address it claimed from
    std::string platform; // a word guessed from its browser ("Android", "iPhone", …), or empty
    bool waiting = false; // asked to join and waits for the facilitator's Allow
    // Per question (id@scope): the answer as stored when this device gave it.
    std::map<std::string, QJsonObject> given;
    // Per question (id@scope): an answer older than the last one stored for it is a replay.
    std::map<std::string, qint64> sequences;
    qint64 lastSequence = -1; // the largest of them
    RateBucket bucket;
};

// The facilitator's choices about devices.
struct DeviceSettings
{
    int perAddress = 2;    // participants one network address may claim
    bool askFirst = false; // each claim waits for the facilitator's Allow
};

// Where the policy records its devices so that a restarted room knows them (RoomServer writes them
// to the session file). Each call throws when the record cannot be written.
class DeviceJournal
{
public:
    virtual ~DeviceJournal() = default;
    virtual void put(const Device &device) = 0;
    virtual void remove(const Device &device) = 0;
};

class DevicePolicy
{
public:
    using Settings = DeviceSettings;
    // The outcome of a claim: a token (joined, or waiting when askFirst), or a refusal with its
    // HTTP status and the reason.
    struct Claim
    {
        int status = 200; // 200 joined, 202 waiting, else refused
        QString token;
        QString error;
        int number = 0;
    };

    explicit DevicePolicy(const Settings &settings = {});

    const Settings &settings() const { return m_settings; }
    void setPerAddress(int participants);
    void setAskFirst(bool ask) { m_settings.askFirst = ask; }

    // Records every change from now on (nullptr: none).
    void setJournal(DeviceJournal *journal) { m_journal = journal; }
    // A device of this room from before a restart, as its journal recorded it.
    void restore(Device device);
    static std::string hashOf(const QByteArray &token);

    // A device asks to act for a participant (whose existence the caller has checked). Throws when
    // the journal cannot record it (nothing changed then).
    Claim claim(const std::string &participant, const QString &address, const QByteArray &userAgent);
    // The device of a token (joined or waiting), or nullptr.
    Device *find(const QByteArray &token);
    // Why this device may not answer this body (it waits, or names another participant), or nothing.
    std::optional<QString> refuseAnswer(const Device &device, const QJsonObject &body) const;

    // The question as this device is sent it: the workbook's words, and the answer stored only when
    // this device gave it (else null). The one place a phone's view of answers is built.
    QJsonObject questionFor(const Device &device, const Instrument &instrument, const Session &session,
                            const RoomQuestion &question) const;
    // The answer as stored after this device gave it (what questionFor() compares with later), and
    // remembering it with the answer's sequence.
    QJsonObject givenRecord(const Device &device, const Instrument &instrument, const Session &session,
                            const RoomQuestion &question) const;
    void remember(Device &device, const RoomQuestion &question, const QJsonObject &given, qint64 sequence);
    static std::string keyOf(const RoomQuestion &question);
    Device *findByHash(const std::string &tokenHash);

    // The facilitator. allow() lets a waiting device in; remove() takes a device out (or refuses a
    // waiting one); removeParticipant() takes out every device of a participant; allowNewDevice()
    // lets the next device that claims the participant take over from the one they have. Each
    // returns false when there is nothing to do.
    bool allow(int number);
    bool remove(int number);
    bool removeParticipant(const std::string &participant);
    void allowNewDevice(const std::string &participant);

    // Every device, joined or waiting, in the order they asked.
    std::vector<const Device *> devices() const;
    const Device *deviceOf(const std::string &participant) const;
    // Participants who have a device that has joined (not one that waits).
    std::set<std::string> joined() const;

private:
    bool removeWhere(const std::function<bool(const Device &)> &which);

    Settings m_settings;
    std::map<std::string, Device> m_devices; // by the token's hash
    DeviceJournal *m_journal = nullptr;
    std::set<std::string> m_mayTakeOver;     // participants
    int m_next = 1;
    // The disclosure registry's entry for phones (Disclosure.h): while a round is open, a phone is a
    // reader that withholds every answer but the ones this device gave (questionFor()).
    const cxm::Reader *m_reader;
};

// A short word for the kind of device a browser runs on, from its User-Agent; empty when unknown.
// Never the header itself: it is the client's text, and this goes on the projector.
std::string platformOf(const QByteArray &userAgent);

} // namespace cxm::room
