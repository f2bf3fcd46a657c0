#include "HttpFramer.h"

#include <limits>

namespace {

// Chunked framing overhead allowed on top of the body limit (chunk-size lines, CRLFs).
constexpr qint64 ChunkOverheadBytes = 64 * 1024;
constexpr qsizetype MaxChunkLineBytes = 1024;
// QtHttpServer 6.4 (QHttpHeaderParser) parses at most this many header fields.
constexpr int MaxHeaderFields = 100;

bool isLeadingSpace(char c)
{
    return c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v';
}

// End of the head (one past its blank line) in `buffer`, searching from `from`, or -1.
qsizetype headEnd(QByteArrayView buffer, qsizetype from)
{
    for (qsizetype i = qMax<qsizetype>(from, 1); i < buffer.size(); ++i) {
        if (buffer[i] != '\n')
            continue;
        if (buffer[i - 1] == '\n')
            return i + 1;
        if (i >= 2 && buffer[i - 1] == '\r' && buffer[i - 2] == '\n')
            return i + 1;
    }
    return -1;
}

bool parseDecimal(QByteArrayView text, qint64 *value)
{
    text = text.trimmed();
    if (text.isEmpty())
        return false;
    qint64 v = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        // Saturates: a length of more than 18 digits is a valid number, just too large.
        v = v > (std::numeric_limits<qint64>::max() - 9) / 10 ? std::numeric_limits<qint64>::max()
                                                              : v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

bool parseHex(QByteArrayView text, qint64 *value)
{
    const qsizetype semicolon = text.indexOf(';');
    if (semicolon >= 0)
        text = text.first(semicolon);
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 15)
        return false;
    qint64 v = 0;
    for (const char c : text) {
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return false;
        v = v * 16 + digit;
    }
    *value = v;
    return true;
}

} // namespace

HttpFramer::HttpFramer(Limits limits) : m_limits(limits) { }

HttpFramer::Verdict HttpFramer::fail(Verdict verdict)
{
    m_state = State::Failed;
    return verdict;
}

QList<HttpFramer::RequestHead> HttpFramer::takeCompleted()
{
    QList<RequestHead> out;
    out.swap(m_completed);
    return out;
}

HttpFramer::RequestHead HttpFramer::describeCurrent() const
{
    if (!m_current.method.isEmpty())
        return m_current;
    RequestHead head;
    if (m_state == State::Head) {
        QByteArrayView line(m_line);
        const qsizetype nl = line.indexOf('\n');
        line = line.first(nl >= 0 ? nl : qMin<qsizetype>(line.size(), 512));
        const QList<QByteArray> parts = line.trimmed().toByteArray().split(' ');
        if (!parts.isEmpty())
            head.method = parts.value(0).left(16);
        if (parts.size() > 1)
            head.target = parts.value(1).left(512);
    }
    return head;
}

void HttpFramer::finishRequest()
{
    m_completed.append(m_current);
    m_current = RequestHead();
    m_state = State::Idle;
    m_line.clear();
    m_remaining = 0;
    m_bodyBytes = 0;
    m_wireBytes = 0;
}

HttpFramer::Verdict HttpFramer::parseHead(QByteArrayView head)
{
    const qsizetype firstLineEnd = head.indexOf('\n');
    const QByteArrayView requestLine = head.first(firstLineEnd).trimmed();
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = requestLine.lastIndexOf(' ');
    if (sp1 <= 0 || sp2 <= sp1)
        return fail(Verdict::BadRequest);
    m_current.method = requestLine.first(sp1).toByteArray();
    m_current.target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1).trimmed().toByteArray();
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!version.startsWith("HTTP/1."))
        return fail(Verdict::BadRequest);
    const bool http10 = version == "HTTP/1.0";
    m_current.keepAlive = !http10;

    bool haveLength = false;
    qint64 length = 0;
    bool chunked = false;
    int fields = 0;
    qsizetype pos = firstLineEnd + 1;
    while (pos < head.size()) {
        qsizetype end = head.indexOf('\n', pos);
        if (end < 0)
            end = head.size();
        QByteArrayView line = head.sliced(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(Verdict::BadRequest);
        // QtHttpServer 6.4 drops every header of a request with more than 100 fields and
        // still hands it on; refuse such a request instead.
        if (++fields > MaxHeaderFields)
            return fail(Verdict::HeaderFieldsTooLarge);
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            qint64 v = 0;
            if (!parseDecimal(value, &v))
                return fail(Verdict::BadRequest);
            if (haveLength && v != length)
                return fail(Verdict::BadRequest);
            haveLength = true;
            length = v;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            if (value.toByteArray().toLower().contains("chunked"))
                chunked = true;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            const QByteArray v = value.toByteArray().toLower();
            if (v.contains("close"))
                m_current.keepAlive = false;
            else if (v.contains("keep-alive"))
                m_current.keepAlive = true;
        }
    }
    if (chunked && haveLength)
        return fail(Verdict::BadRequest); // ambiguous framing (request smuggling)
    if (chunked) {
        m_state = State::ChunkSize;
        return Verdict::Ok;
    }
    if (length > m_limits.maxBodyBytes)
        return fail(Verdict::PayloadTooLarge);
    if (length > 0) {
        m_state = State::FixedBody;
        m_remaining = length;
        return Verdict::Ok;
    }
    finishRequest();
    return Verdict::Ok;
}

HttpFramer::Verdict HttpFramer::feed(QByteArrayView bytes)
{
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        switch (m_state) {
        case State::Failed:
            return Verdict::BadRequest;
        case State::Idle:
            // QtHttpServer skips whitespace left over between requests; so do we.
            while (pos < bytes.size() && isLeadingSpace(bytes[pos]))
                ++pos;
            if (pos < bytes.size()) {
                m_state = State::Head;
                m_line.clear();
            }
            break;
        case State::Head: {
            const qsizetype before = m_line.size();
            const qsizetype room = m_limits.maxHeadBytes + 1 - before;
            const qsizetype take = qMin(room, bytes.size() - pos);
            m_line.append(bytes.sliced(pos, take));
            const qsizetype end = headEnd(m_line, before - 2);
            if (end < 0) {
                pos += take;
                if (m_line.size() > m_limits.maxHeadBytes)
                    return fail(Verdict::HeaderFieldsTooLarge);
                break;
            }
            // Hand back what followed the head.
            pos += end - before;
            const QByteArray head = m_line.left(end);
            m_line.clear();
            const Verdict v = parseHead(head);
            if (v != Verdict::Ok)
                return v;
            break;
        }
        case State::FixedBody: {
            const qint64 take = qMin<qint64>(m_remaining, bytes.size() - pos);
            m_remaining -= take;
            pos += take;
            if (m_remaining == 0)
                finishRequest();
            break;
        }
        case State::ChunkSize:
        case State::ChunkDataEnd:
        case State::Trailer: {
            const qsizetype nl = bytes.indexOf('\n', pos);
            const qsizetype end = nl < 0 ? bytes.size() : nl + 1;
            m_line.append(bytes.sliced(pos, end - pos));
            m_wireBytes += end - pos;
            pos = end;
            if (m_wireBytes > m_limits.maxBodyBytes + ChunkOverheadBytes)
                return fail(Verdict::PayloadTooLarge);
            if (nl < 0) {
                if (m_line.size() > MaxChunkLineBytes && m_state != State::Trailer)
                    return fail(Verdict::BadRequest);
                if (m_line.size() > m_limits.maxHeadBytes)
                    return fail(Verdict::HeaderFieldsTooLarge);
                break;
            }
            QByteArrayView line(m_line);
            line = line.trimmed();
            if (m_state == State::ChunkDataEnd) {
                if (!line.isEmpty())
                    return fail(Verdict::BadRequest);
                m_state = State::ChunkSize;
            } else if (m_state == State::ChunkSize) {
                qint64 size = 0;
                if (!parseHex(line, &size))
                    return fail(Verdict::BadRequest);
                if (m_bodyBytes + size > m_limits.maxBodyBytes)
                    return fail(Verdict::PayloadTooLarge);
                if (size == 0) {
                    m_state = State::Trailer;
                } else {
                    m_remaining = size;
                    m_state = State::ChunkData;
                }
            } else if (line.isEmpty()) { // Trailer: a blank line ends the request
                finishRequest();
            }
            m_line.clear();
            break;
        }
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, bytes.size() - pos);
            m_remaining -= take;
            m_bodyBytes += take;
            m_wireBytes += take;
            pos += take;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        }
    }
    return m_state == State::Failed ? Verdict::BadRequest : Verdict::Ok;
}
