// Group commit: the answers that arrive together are stored together. An answer that passes every
// check is queued with its responder, and a commit is scheduled for when the event loop has read
// what else has arrived; while one commit waits for the disk, the next batch gathers. The batch is
// one transaction and one fsync (RoomStore::storeAll), with each device's record of the answers it
// gave in the same commit; only then is each phone told its answer is stored. If the file refuses
// the batch, nothing of it is stored and every phone of it hears 503.
#include "RoomServer.h"
#include "RoomPending.h"

#include <QJsonDocument>

namespace cxm::room {

void RoomServer::queueAnswer(Device &device, RoomAnswer answer, const RoomQuestion &question, qint64 sequence,
                             qint64 previous, QHttpServerResponder &&responder)
{
    auto pending = std::make_unique<PendingAnswer>(std::move(responder));
    pending->tokenHash = device.tokenHash;
    pending->answer = std::move(answer);
    pending->question = question;
    pending->sequence = sequence;
    pending->previous = previous;
    m_pending.push_back(std::move(pending));
    if (m_pending.size() == 1)
        QMetaObject::invokeMethod(this, &RoomServer::commitPending, Qt::QueuedConnection);
}

namespace {

bool stillThere(const QPointer<QTcpSocket> &socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace

void RoomServer::commitPending()
{
    if (m_pending.empty())
        return;
    std::vector<std::unique_ptr<PendingAnswer>> batch;
    batch.swap(m_pending);
    std::vector<RoomAnswer> answers;
    answers.reserve(batch.size());
    for (const auto &p : batch)
        answers.push_back(p->answer);
    std::vector<QJsonObject> given(batch.size());
    try {
        m_store.storeAll(answers, [&] {
            // Each device's record of what it gave, as now stored, commits with the answers.
            for (std::size_t i = 0; i < batch.size(); ++i) {
                const PendingAnswer &p = *batch[i];
                const Device *device = m_policy.findByHash(p.tokenHash);
                if (!device)
                    continue; // taken out meanwhile: its answer stands, its record does not
                given[i] = m_policy.givenRecord(*device, m_store.instrument(), m_store.session(), p.question);
                m_store.file().putRoomAnswer(
                    p.tokenHash, DevicePolicy::keyOf(p.question), p.sequence,
                    QJsonDocument(given[i]).toJson(QJsonDocument::Compact).toStdString());
            }
        });
    } catch (const std::exception &e) {
        // Why goes to the facilitator; the phones learn nothing of the laptop's files.
        emit storeFailed(QString::fromUtf8(e.what()));
        for (auto it = batch.rbegin(); it != batch.rend(); ++it) {
            PendingAnswer &p = **it;
            if (Device *device = m_policy.findByHash(p.tokenHash)) {
                const std::string key = DevicePolicy::keyOf(p.question);
                if (p.previous < 0)
                    device->sequences.erase(key);
                else
                    device->sequences[key] = p.previous;
            }
            if (stillThere(p.socket))
                reply(std::move(p.responder), answerNotStored());
        }
        return;
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
        PendingAnswer &p = *batch[i];
        if (Device *device = m_policy.findByHash(p.tokenHash))
            m_policy.remember(*device, p.question, given[i], p.sequence);
        emit answered(QString::fromStdString(p.answer.participant));
        if (stillThere(p.socket))
            reply(std::move(p.responder), answerStored(p.answer, p.sequence));
    }
}

} // namespace cxm::room
