// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpMessage.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

namespace Server {

class AccessLog;

/// What a connection has to send: a head and a body, kept apart so that a body (a cached
/// page, say) is sent from where it is, never copied.
struct HttpOutput
{
    QByteArray head;
    QByteArray body;

    bool isEmpty() const { return head.isEmpty() && body.isEmpty(); }
    QByteArray joined() const { return head + body; }
};

/// What one request may be. Boost.Beast's parser enforces the byte limits itself; the field
/// count is counted as Beast hands each field over.
struct HttpLimits
{
    std::size_t maxHeadBytes = 64 * 1024; ///< request line and fields (431 beyond)
    std::uint64_t maxBodyBytes = 1024 * 1024; ///< decoded body (413 beyond)
    int maxHeaderFields = 100; ///< 431 beyond
};

/// One HTTP/1.1 connection without I/O: bytes in, answers out.
///
/// Requests are parsed once, by Boost.Beast's `basic_parser`, strictly: an invalid field
/// name, whitespace before a colon, obs-fold, Content-Length together with
/// Transfer-Encoding, a transfer coding other than chunked, a bad chunk size, any trailer
/// field, a missing or repeated Host on HTTP/1.1, or a target that is not a path is a 400
/// (413, 431 and 505 for the limits and the version), answered with `Connection: close`;
/// after such an answer nothing more is read. `Upgrade` is never honoured: the request is
/// answered as any other, once.
///
/// The socket loop (HttpServer) and the fuzzer drive the same object: feed() bytes until
/// takeOutput() has an answer, send it, and feed the rest. One request is answered at a
/// time, so a client that pipelines without reading holds at most one answer in memory.
class HttpConnection
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    /// `accessLog` may be null.
    HttpConnection(const HttpLimits &limits, Handler handler, AccessLog *accessLog);
    ~HttpConnection();
    HttpConnection(const HttpConnection &) = delete;
    HttpConnection &operator=(const HttpConnection &) = delete;

    /// Consumes received bytes and returns how many it took. It stops early once an answer
    /// is ready (the caller sends takeOutput() and feeds the rest afterwards), and takes
    /// nothing once closing().
    std::size_t feed(const char *data, std::size_t size);

    /// What to send now (an interim 100 Continue, or one complete answer), or nothing.
    HttpOutput takeOutput();
    bool hasOutput() const { return !m_output.isEmpty(); }

    /// Once the output is sent the connection must be closed.
    bool closing() const { return m_closing; }
    /// Part of a request has arrived, but not all of it.
    bool inRequest() const;
    /// Milliseconds since the first byte of the request under way (0 when none).
    qint64 requestAgeMs() const;

    /// A time limit ran out: answers 408 when a request was under way, and closes.
    void expire();
    /// The peer closed its sending side: nothing more will come.
    void endOfInput();

    /// Requests answered so far (for tests and the fuzzer).
    int answered() const { return m_answered; }

private:
    class Parser;

    void startRequest();
    void finishRequest();
    void fail(int status, const QString &message);
    void respond(const HttpResponse &response, bool omitBody);
    void logAnswer(int status);

    HttpLimits m_limits;
    Handler m_handler;
    AccessLog *m_accessLog;
    std::unique_ptr<Parser> m_parser;
    HttpOutput m_output;
    QElapsedTimer m_requestClock;
    std::size_t m_headBytes = 0; ///< of the request under way, over every feed()
    bool m_closing = false;
    bool m_continueSent = false;
    int m_answered = 0;
};

} // namespace Server
