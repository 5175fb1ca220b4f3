// Private to the room's server: an answer that passed every check and waits, with the phone's
// responder, for the next group commit (RoomCommit.cpp).
#pragma once

#include "RoomServer.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

namespace cxm::room {

struct RoomServer::PendingAnswer
{
    explicit PendingAnswer(QHttpServerResponder &&r)
        : responder(std::move(r))
        , socket(responder.socket())
    {}
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket; // the phone may have gone while the answer waited
    std::string tokenHash;
    RoomAnswer answer;
    RoomQuestion question;
    qint64 sequence = 0;
    qint64 previous = -1; // the sequence reserved before this one, -1 for none
};

} // namespace cxm::room
