// The headers every response of the room carries, whoever writes it (the room's server or the
// connection that refuses a request before the server sees it): what the page may load, that no
// other site may frame it, and that nothing of it is cached.
#pragma once

#include <QByteArray>

#include <utility>
#include <vector>

namespace cxm::room {

inline const std::vector<std::pair<QByteArray, QByteArray>> &securityHeaders()
{
    static const std::vector<std::pair<QByteArray, QByteArray>> headers = {
        {"Content-Security-Policy",
         "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
         "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"},
        {"X-Frame-Options", "DENY"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"Cache-Control", "no-store"},
        {"Cross-Origin-Resource-Policy", "same-origin"},
        {"Cross-Origin-Opener-Policy", "same-origin"}};
    return headers;
}

} // namespace cxm::room
