#include "DevicePolicy.h"

#include "Disclosure.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace cxm::room {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxm::room::DevicePolicy", text);
}

QString newToken()
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString out;
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < 32; ++i) // 192 bits
        out.append(QChar::fromLatin1(alphabet[random->bounded(static_cast<quint32>(sizeof alphabet - 1))]));
    return out;
}

} // namespace

std::string DevicePolicy::keyOf(const RoomQuestion &question)
{
    return question.id + '@' + question.scope;
}

std::string DevicePolicy::hashOf(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex().toStdString();
}

void DevicePolicy::restore(Device device)
{
    m_next = std::max(m_next, device.number + 1);
    std::string hash = device.tokenHash;
    m_devices.insert_or_assign(std::move(hash), std::move(device));
}

Device *DevicePolicy::findByHash(const std::string &tokenHash)
{
    const auto found = m_devices.find(tokenHash);
    return found == m_devices.end() ? nullptr : &found->second;
}

std::string platformOf(const QByteArray &userAgent)
{
    // Most specific first: an iPad's and an Android phone's agents also say "Mac OS X" or "Linux".
    static const std::pair<const char *, const char *> kinds[] = {
        {"iPhone", "iPhone"},   {"iPad", "iPad"},     {"Android", "Android"}, {"CrOS", "ChromeOS"},
        {"Windows", "Windows"}, {"Macintosh", "Mac"}, {"Linux", "Linux"}};
    for (const auto &[needle, word] : kinds)
        if (userAgent.contains(needle))
            return word;
    return {};
}

DevicePolicy::DevicePolicy(const Settings &settings)
    : m_settings(settings)
    , m_reader(&reader("room.phone")) // the room is a registered reader of the disclosure rule
{
    setPerAddress(settings.perAddress);
}

void DevicePolicy::setPerAddress(int participants)
{
    m_settings.perAddress = std::max(1, participants);
}

DevicePolicy::Claim DevicePolicy::claim(const std::string &participant, const QString &address,
                                        const QByteArray &userAgent)
{
    Claim out;
    const auto holder = std::find_if(m_devices.begin(), m_devices.end(), [&](const auto &entry) {
        return entry.second.participant == participant;
    });
    const bool takeOver = holder != m_devices.end() && m_mayTakeOver.count(participant) > 0;
    if (holder != m_devices.end() && !takeOver) {
        out.status = 409;
        out.error = holder->second.waiting
                        ? tr("another device is already waiting to join as this participant; ask the "
                             "facilitator")
                        : tr("another device has already joined as this participant; ask the facilitator");
        return out;
    }
    // The device taken over no longer counts against its address.
    const auto fromHere = std::count_if(m_devices.begin(), m_devices.end(), [&](const auto &entry) {
        return entry.second.address == address && !(takeOver && entry.second.participant == participant);
    });
    if (fromHere >= m_settings.perAddress) {
        out.status = 403;
        out.error = tr("this network address has already claimed %1 participant(s), the most the "
                       "facilitator allows; ask the facilitator")
                        .arg(m_settings.perAddress);
        return out;
    }
    if (takeOver) {
        removeParticipant(participant);
        m_mayTakeOver.erase(participant);
    }
    Device device;
    device.number = m_next;
    device.participant = participant;
    device.address = address;
    device.platform = platformOf(userAgent);
    device.waiting = m_settings.askFirst;
    const QString token = newToken();
    device.tokenHash = hashOf(token.toLatin1());
    if (m_journal)
        m_journal->put(device); // before the phone hears its token, so a restart still knows it
    ++m_next;
    out.status = device.waiting ? 202 : 200;
    out.number = device.number;
    out.token = token;
    std::string hash = device.tokenHash;
    m_devices.emplace(std::move(hash), std::move(device));
    return out;
}

Device *DevicePolicy::find(const QByteArray &token)
{
    if (token.isEmpty())
        return nullptr;
    return findByHash(hashOf(token));
}

std::optional<QString> DevicePolicy::refuseAnswer(const Device &device, const QJsonObject &body) const
{
    if (device.waiting)
        return tr("the facilitator has not let this device in yet");
    const QJsonValue claimed = body.value(QStringLiteral("participant"));
    if (!claimed.isUndefined() && claimed.toString().toStdString() != device.participant)
        return tr("a device answers only for the participant it joined as");
    return std::nullopt;
}

QJsonObject DevicePolicy::questionFor(const Device &device, const Instrument &instrument,
                                      const Session &session, const RoomQuestion &question) const
{
    QJsonObject o = questionJson(instrument, session, question);
    o[QStringLiteral("answer")] = QJsonValue::Null;
    const auto given = device.given.find(keyOf(question));
    if (given == device.given.end())
        return o;
    const QJsonObject stored = storedAnswer(instrument, session, question, device.participant);
    if (stored != given->second)
        return o; // changed since by someone else (the laptop, undo, another device): not this device's
    for (auto it = stored.begin(); it != stored.end(); ++it)
        o[it.key()] = it.value();
    return o;
}

QJsonObject DevicePolicy::givenRecord(const Device &device, const Instrument &instrument,
                                      const Session &session, const RoomQuestion &question) const
{
    return storedAnswer(instrument, session, question, device.participant);
}

void DevicePolicy::remember(Device &device, const RoomQuestion &question, const QJsonObject &given,
                            qint64 sequence)
{
    const std::string key = keyOf(question);
    device.given[key] = given;
    device.sequences[key] = std::max(sequence, device.sequences[key]);
    device.lastSequence = std::max(device.lastSequence, sequence);
}

bool DevicePolicy::allow(int number)
{
    for (auto &[token, device] : m_devices)
        if (device.number == number && device.waiting) {
            device.waiting = false;
            if (m_journal)
                m_journal->put(device);
            return true;
        }
    return false;
}

bool DevicePolicy::removeWhere(const std::function<bool(const Device &)> &which)
{
    // Out of memory first, so the token stops at once even when the journal cannot record it.
    std::vector<Device> removed;
    for (auto it = m_devices.begin(); it != m_devices.end();)
        if (which(it->second)) {
            removed.push_back(std::move(it->second));
            it = m_devices.erase(it);
        } else {
            ++it;
        }
    if (m_journal)
        for (const Device &d : removed)
            m_journal->remove(d);
    return !removed.empty();
}

bool DevicePolicy::remove(int number)
{
    return removeWhere([&](const Device &d) { return d.number == number; });
}

bool DevicePolicy::removeParticipant(const std::string &participant)
{
    return removeWhere([&](const Device &d) { return d.participant == participant; });
}

void DevicePolicy::allowNewDevice(const std::string &participant)
{
    m_mayTakeOver.insert(participant);
}

std::vector<const Device *> DevicePolicy::devices() const
{
    std::vector<const Device *> out;
    for (const auto &[token, device] : m_devices)
        out.push_back(&device);
    std::sort(out.begin(), out.end(), [](const Device *a, const Device *b) { return a->number < b->number; });
    return out;
}

const Device *DevicePolicy::deviceOf(const std::string &participant) const
{
    for (const auto &[token, device] : m_devices)
        if (device.participant == participant)
            return &device;
    return nullptr;
}

std::set<std::string> DevicePolicy::joined() const
{
    std::set<std::string> out;
    for (const auto &[token, device] : m_devices)
        if (!device.waiting)
            out.insert(device.participant);
    return out;
}

} // namespace cxm::room
