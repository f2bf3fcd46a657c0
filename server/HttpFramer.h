#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

/// Incremental HTTP/1.1 request framing, used to enforce limits before QtHttpServer
/// buffers anything.
///
/// It follows request boundaries on a connection (heads, Content-Length bodies, chunked
/// bodies) without keeping bodies, so it can refuse a request as soon as its head says the
/// body is too large, as soon as a head or a chunked body outgrows the limits, or when the
/// framing is ambiguous (Content-Length together with chunked, an invalid length).
class HttpFramer
{
public:
    struct Limits
    {
        qint64 maxBodyBytes = 1024 * 1024;
        qsizetype maxHeadBytes = 64 * 1024;
    };

    enum class Verdict { Ok, BadRequest, PayloadTooLarge, HeaderFieldsTooLarge };

    /// What the head of one request said (for the access log and keep-alive).
    struct RequestHead
    {
        QByteArray method;
        QByteArray target;
        bool keepAlive = true;
    };

    explicit HttpFramer(Limits limits);

    /// Consumes the next bytes of the connection. Once a verdict other than Ok is returned,
    /// the framer stays in that state.
    Verdict feed(QByteArrayView bytes);

    /// Whether part of a request (but not all of it) has been seen.
    bool inRequest() const { return m_state != State::Idle; }
    /// Requests whose heads and bodies were seen completely, oldest first.
    QList<RequestHead> takeCompleted();
    /// The head of the request in progress (empty until its head is complete).
    const RequestHead &current() const { return m_current; }
    /// Method and target of the request in progress, best effort, for logging a rejection.
    RequestHead describeCurrent() const;

private:
    enum class State { Idle, Head, FixedBody, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Failed };

    Verdict fail(Verdict verdict);
    Verdict parseHead(QByteArrayView head);
    void finishRequest();

    Limits m_limits;
    State m_state = State::Idle;
    QByteArray m_line; ///< head, chunk-size or trailer line being accumulated
    RequestHead m_current;
    QList<RequestHead> m_completed;
    qint64 m_remaining = 0; ///< bytes left in the fixed body or current chunk
    qint64 m_bodyBytes = 0; ///< decoded body bytes of the current request
    qint64 m_wireBytes = 0; ///< body bytes on the wire, framing included
};
