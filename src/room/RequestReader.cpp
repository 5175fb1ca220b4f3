#include "RequestReader.h"

#include <QCoreApplication>

#include <cstring>

namespace cxm::room {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxm::room::RequestReader", text);
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isTokenChar(c))
            return false;
    return true;
}

// A field value may hold visible characters, spaces and tabs; no other control character.
bool isFieldValue(QByteArrayView s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool hasToken(const QByteArray &list, QByteArrayView token)
{
    for (const QByteArray &part : list.split(','))
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// The headers that frame a request or belong to one hop: never handed on as the client sent them.
bool isFraming(const QByteArray &name)
{
    static const QByteArray names[] = {
        "content-length", "transfer-encoding", "connection", "keep-alive", "upgrade", "expect", "te",
        "trailer",        "proxy-connection"};
    for (const QByteArray &n : names)
        if (name == n)
            return true;
    return false;
}

constexpr qsizetype kMaxChunkLine = 1024;

} // namespace

QByteArray RequestHead::value(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k == name)
            return v;
    return {};
}

int RequestHead::count(const QByteArray &name) const
{
    int n = 0;
    for (const auto &header : headers)
        n += header.first == name;
    return n;
}

void RequestReader::reset()
{
    m_state = State::Empty;
    m_head = {};
    m_body.clear();
    m_body.squeeze();
    m_refusal = {};
    m_continued = false;
    m_chunkLeft = -1;
    m_chunkEnd = false;
    m_trailers = false;
    m_trailerBytes = 0;
}

RequestReader::State RequestReader::refuse(int status, const QString &message)
{
    m_refusal = {status, message};
    m_body.clear();
    return m_state = State::Refused;
}

bool RequestReader::fail(int status, const QString &message)
{
    refuse(status, message);
    return false;
}

RequestReader::State RequestReader::feed(QByteArray &in)
{
    if (m_state == State::Empty) {
        // Empty lines before a request line are allowed (RFC 9112, 2.2); they start nothing.
        qsizetype skip = 0;
        while (skip < in.size() && (in[skip] == '\r' || in[skip] == '\n'))
            ++skip;
        in.remove(0, skip);
        if (in.isEmpty())
            return m_state;
        m_state = State::Head;
    }
    if (m_state == State::Head && readHead(in) != State::Body)
        return m_state;
    if (m_state == State::Body)
        return m_head.chunked ? readChunks(in) : readBody(in);
    return m_state;
}

RequestReader::State RequestReader::readHead(QByteArray &in)
{
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0 || end + 4 > m_limits.maxHeadBytes) {
        if (in.size() > m_limits.maxHeadBytes || end >= 0)
            return refuse(431, tr("the request's headers are too large"));
        return m_state;
    }
    const QByteArray head = in.left(end + 2);
    in.remove(0, end + 4);
    if (!parseHead(head))
        return m_state;
    if (m_head.expectContinue && m_head.contentLength == 0 && !m_head.chunked)
        m_head.expectContinue = false;
    if (!m_head.chunked && m_head.contentLength == 0)
        return m_state = State::Complete;
    return m_state = State::Body;
}

bool RequestReader::parseHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    lines.removeLast(); // the head ends with CRLF: nothing follows the last '\n'
    for (QByteArray &line : lines) {
        if (!line.endsWith('\r'))
            return fail(400, tr("each line of the request must end with CR LF"));
        line.chop(1);
        if (line.contains('\r'))
            return fail(400, tr("the request has a stray CR"));
    }
    const QList<QByteArray> request = lines.first().split(' ');
    if (request.size() != 3 || !isToken(request[0]) || !request[1].startsWith('/') ||
        !isFieldValue(request[1]) || request[1].contains(' ') || request[1].contains('\t'))
        return fail(400, tr("the request line is not METHOD /PATH HTTP/1.1"));
    if (request[2] != "HTTP/1.1" && request[2] != "HTTP/1.0")
        return fail(505, tr("only HTTP/1.1 is spoken here"));
    m_head.method = request[0];
    m_head.target = request[1];
    m_head.minorVersion = request[2].back() - '0';
    if (lines.size() - 1 > m_limits.maxHeaders)
        return fail(431, tr("the request has too many headers"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        // No space before the colon, no folded line: both let two parsers read two requests.
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return fail(400, tr("a header line is malformed"));
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isFieldValue(value))
            return fail(400, tr("a header holds a control character"));
        m_head.headers.emplace_back(line.left(colon).toLower(), value);
    }
    if (m_head.minorVersion == 1 && m_head.count("host") != 1)
        return fail(400, tr("the request must name its Host once"));
    if (m_head.count("content-length") > 1)
        return fail(400, tr("the request has two Content-Length headers"));
    if (m_head.count("transfer-encoding") > 1 ||
        (m_head.count("transfer-encoding") == 1 && m_head.count("content-length") == 1))
        return fail(400, tr("the request's length is given twice"));
    if (m_head.count("transfer-encoding") == 1) {
        if (m_head.value("transfer-encoding").compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(501, tr("the only transfer coding the room reads is chunked"));
        m_head.chunked = true;
    }
    if (m_head.count("content-length") == 1) {
        const QByteArray length = m_head.value("content-length");
        bool ok = length.size() <= 15 && !length.isEmpty();
        for (char c : length)
            ok = ok && c >= '0' && c <= '9';
        if (!ok)
            return fail(400, tr("Content-Length is not a number"));
        m_head.contentLength = length.toLongLong();
        if (m_head.contentLength > m_limits.maxBodyBytes)
            return fail(413, tr("the request is too large"));
    }
    const QByteArray expect = m_head.value("expect");
    if (!expect.isEmpty() && expect.compare("100-continue", Qt::CaseInsensitive) != 0)
        return fail(417, tr("the room meets no expectation but 100-continue"));
    m_head.expectContinue = !expect.isEmpty();
    const QByteArray connection = m_head.value("connection");
    m_head.keepAlive =
        m_head.minorVersion == 1 ? !hasToken(connection, "close") : hasToken(connection, "keep-alive");
    return true;
}

RequestReader::State RequestReader::readBody(QByteArray &in)
{
    const qsizetype take = qMin<qint64>(in.size(), m_head.contentLength - m_body.size());
    m_body.append(in.constData(), take);
    in.remove(0, take);
    if (m_body.size() == m_head.contentLength)
        m_state = State::Complete;
    return m_state;
}

RequestReader::State RequestReader::readChunks(QByteArray &in)
{
    while (m_state == State::Body) {
        if (m_chunkEnd) {
            if (in.size() < 2)
                return m_state;
            if (!in.startsWith("\r\n"))
                return refuse(400, tr("a chunk does not end with CR LF"));
            in.remove(0, 2);
            m_chunkEnd = false;
            continue;
        }
        if (m_chunkLeft > 0) {
            const qsizetype take = qMin<qint64>(in.size(), m_chunkLeft);
            if (take == 0)
                return m_state;
            m_body.append(in.constData(), take);
            in.remove(0, take);
            m_chunkLeft -= take;
            m_chunkEnd = m_chunkLeft == 0;
            m_chunkLeft = m_chunkLeft == 0 ? -1 : m_chunkLeft;
            continue;
        }
        const qsizetype eol = in.indexOf("\r\n");
        if (eol < 0) {
            if (in.size() > kMaxChunkLine)
                return refuse(400, tr("a chunk's size line is too long"));
            return m_state;
        }
        const QByteArray line = in.left(eol);
        in.remove(0, eol + 2);
        if (m_trailers) {
            // Trailers are read and dropped, within the head's limit; an empty line ends the body.
            m_trailerBytes += line.size() + 2;
            if (m_trailerBytes > m_limits.maxHeadBytes)
                return refuse(431, tr("the request's headers are too large"));
            if (line.isEmpty())
                m_state = State::Complete;
            continue;
        }
        const qsizetype extension = line.indexOf(';'); // chunk extensions are ignored
        const QByteArray size = (extension < 0 ? line : line.left(extension)).trimmed();
        bool ok = !size.isEmpty() && size.size() <= 8;
        const qint64 bytes = ok ? size.toLongLong(&ok, 16) : 0;
        if (!ok || bytes < 0)
            return refuse(400, tr("a chunk's size is not a number"));
        if (m_body.size() + bytes > m_limits.maxBodyBytes)
            return refuse(413, tr("the request is too large"));
        m_trailers = bytes == 0;
        m_chunkLeft = bytes == 0 ? -1 : bytes;
    }
    return m_state;
}

QByteArray RequestReader::forwarded(const QByteArray &drop, const QByteArray &extra) const
{
    QByteArray out = m_head.method + ' ' + m_head.target + " HTTP/1.1\r\n";
    for (const auto &[name, value] : m_head.headers)
        if (!isFraming(name) && name != drop)
            out += name + ": " + value + "\r\n";
    out += extra;
    out += "content-length: " + QByteArray::number(m_body.size()) + "\r\n\r\n";
    out += m_body;
    return out;
}

} // namespace cxm::room
