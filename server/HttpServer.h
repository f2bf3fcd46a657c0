// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpConnection.h"

#include <QHostAddress>
#include <QString>

#include <functional>
#include <memory>

namespace Server {

class AccessLog;
struct HttpServerState;

/// The socket side of builton-server, on Boost.Asio: one listening socket with a thread of
/// its own, a pool of request threads that each run the sockets and requests of the
/// connections given to them (in turn), and for each connection the loop around an
/// HttpConnection (read, answer, write, close).
///
/// Connections are admitted fairly: at most `maxConnectionsPerAddress` from one client
/// address and `maxConnections` in all; a connection over either cap is answered 503 with
/// `Retry-After` and closed. Each connection has an Asio timer on whatever it waits for: a
/// connection idle between requests for `idleTimeoutMs` is closed, a request not complete
/// `requestTimeoutMs` after its first byte is answered 408 and closed, and an answer the
/// client does not take within `writeTimeoutMs` closes the connection. After an answer that
/// closes the connection the server stops sending, and reads and drops what the client is
/// still sending for `lingerMs`, so the client sees the answer rather than a reset.
class HttpServer
{
public:
    struct Options
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0; ///< 0: a free port
        int threads = 1;
        HttpLimits limits;
        int idleTimeoutMs = 30000;
        int requestTimeoutMs = 30000;
        int writeTimeoutMs = 30000;
        int lingerMs = 2000;
        int maxConnections = 1024;
        int maxConnectionsPerAddress = 128;
    };

    /// `handler` runs on the pool's threads, several at once: it must be thread-safe.
    HttpServer(const Options &options, HttpConnection::Handler handler, AccessLog *accessLog);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /// Binds and listens. Returns the port, or 0 with `error` filled.
    quint16 listen(QString *error);
    /// Starts the threads. Each calls `threadFinished` (if set) just before it ends, on
    /// itself, so it can let go of what it holds per thread (a database connection).
    void start(std::function<void()> threadFinished = {});
    /// Stops accepting, drops every connection and joins the threads.
    void stop();

    int openConnections() const;

private:
    std::unique_ptr<HttpServerState> d;
};

} // namespace Server
