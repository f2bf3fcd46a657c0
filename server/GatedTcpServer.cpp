#include "GatedTcpServer.h"

#include "HttpMessage.h"

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

ConnectionGate::ConnectionGate(QTcpSocket *socket, GatedTcpServer *server)
    : QObject(socket)
    , m_socket(socket)
    , m_server(server)
    , m_framer({server->limits().maxBodyBytes, server->limits().maxHeadBytes})
{
    setObjectName(QStringLiteral("ConnectionGate"));
    const GatedTcpServer::Limits &limits = server->limits();
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(limits.idleTimeoutMs);
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(limits.requestTimeoutMs);
    m_lingerTimer.setSingleShot(true);
    m_lingerTimer.setInterval(limits.lingerMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &ConnectionGate::onIdleTimeout);
    connect(&m_requestTimer, &QTimer::timeout, this, &ConnectionGate::onRequestTimeout);
    connect(&m_lingerTimer, &QTimer::timeout, this, [this] {
        m_socket->abort();
        m_socket->deleteLater();
    });
    // Connected before QtHttpServer's own readyRead handler: slots run in connection order.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGate::beforeHttpServerRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_rejected) {
            startLinger();
            return;
        }
        m_idleTimer.start();
    });
    m_idleTimer.start();
}

ConnectionGate *ConnectionGate::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGate *>(
               QStringLiteral("ConnectionGate"), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

HttpFramer::RequestHead ConnectionGate::takeRequestHead()
{
    return m_heads.isEmpty() ? HttpFramer::RequestHead() : m_heads.dequeue();
}

void ConnectionGate::responseWritten()
{
    m_answeredThisPass = true;
    if (!m_rejected)
        m_idleTimer.start();
}

void ConnectionGate::beforeHttpServerRead()
{
    if (m_rejected) {
        discardInput();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_unread;
    m_unread = available; // corrected by afterHttpServerRead() once QtHttpServer has read
    if (fresh <= 0)
        return;
    m_idleTimer.start();

    const QByteArray buffered = m_socket->peek(available);
    const bool wasInRequest = m_framer.inRequest();
    const HttpFramer::Verdict verdict = m_framer.feed(QByteArrayView(buffered).last(fresh));
    const QList<HttpFramer::RequestHead> completed = m_framer.takeCompleted();
    for (const auto &head : completed)
        m_heads.enqueue(head);

    if (m_framer.inRequest() && (!wasInRequest || !completed.isEmpty())) {
        m_requestClock.start();
        m_requestTimer.start();
    } else if (!m_framer.inRequest()) {
        m_requestTimer.stop();
    }

    switch (verdict) {
    case HttpFramer::Verdict::Ok:
        return;
    case HttpFramer::Verdict::PayloadTooLarge:
        reject(413,
            tr("The request body is larger than the limit of %1 bytes.")
                .arg(m_server ? m_server->limits().maxBodyBytes : 0),
            m_framer.describeCurrent());
        return;
    case HttpFramer::Verdict::HeaderFieldsTooLarge:
        reject(431,
            tr("The request head is larger than the limit of %1 bytes or 100 header fields.")
                .arg(m_server ? m_server->limits().maxHeadBytes : 0),
            m_framer.describeCurrent());
        return;
    case HttpFramer::Verdict::BadRequest:
        reject(400, tr("The request is not valid HTTP/1.1."), m_framer.describeCurrent());
        return;
    }
}

void ConnectionGate::afterHttpServerRead()
{
    if (m_rejected)
        return;
    m_unread = m_socket->bytesAvailable();
    if (m_answeredThisPass && m_unread > 0) {
        // QtHttpServer 6.4 stops after one request per readyRead; a pipelined request that
        // is already buffered would wait for more bytes that may never come.
        QTimer::singleShot(0, m_socket, [socket = m_socket] { Q_EMIT socket->readyRead(); });
    }
    m_answeredThisPass = false;
}

void ConnectionGate::discardInput()
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
}

void ConnectionGate::reject(int status, const QString &message, const HttpFramer::RequestHead &head)
{
    m_rejected = true;
    m_requestTimer.stop();
    m_idleTimer.stop();
    // Detach QtHttpServer (and our own handlers): from here on input is only drained.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGate::discardInput);
    discardInput();

    HttpResponse response;
    response.status = status;
    response.body = Http::errorBody(message);
    m_socket->write(Http::serialize(response, true));
    m_socket->flush();
    if (m_server) {
        const qint64 elapsed = m_requestClock.isValid() ? m_requestClock.elapsed() : 0;
        Q_EMIT m_server->requestRejected(head.method.isEmpty() ? QByteArray("-") : head.method,
            head.target.isEmpty() ? QByteArray("-") : head.target, status, elapsed);
    }
    startLinger();
}

void ConnectionGate::startLinger()
{
    if (!m_lingerTimer.isActive())
        m_lingerTimer.start();
    if (m_shutdownSent || m_socket->bytesToWrite() > 0)
        return;
    // Half-close: the client gets the response and EOF, and we keep draining what it still
    // sends, so a client busy uploading sees the answer instead of a reset.
    m_shutdownSent = true;
#ifdef Q_OS_UNIX
    if (m_socket->socketDescriptor() >= 0)
        ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
#else
    m_socket->disconnectFromHost();
#endif
}

void ConnectionGate::onIdleTimeout()
{
    if (m_rejected)
        return;
    if (m_framer.inRequest()) {
        reject(408, tr("The request was not completed in time."), m_framer.describeCurrent());
        return;
    }
    m_socket->disconnectFromHost();
    m_lingerTimer.start();
}

void ConnectionGate::onRequestTimeout()
{
    if (!m_rejected && m_framer.inRequest())
        reject(408, tr("The request was not completed in time."), m_framer.describeCurrent());
}

GatedTcpServer::GatedTcpServer(const Limits &limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{ }

void GatedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        HttpResponse response;
        response.status = 503;
        response.addHeader("Retry-After", "1");
        response.body = Http::errorBody(tr("Too many open connections; try again shortly."));
        socket->write(Http::serialize(response, true));
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(m_limits.lingerMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        Q_EMIT requestRejected("-", "-", 503, 0);
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    auto *gate = new ConnectionGate(socket, this);
    // QAbstractHttpServer 6.4 picks the socket up on pendingConnectionAvailable, emitted
    // here, and connects its readyRead handler; ours go before and after it.
    addPendingConnection(socket);
    connect(socket, &QTcpSocket::readyRead, gate, [gate] { gate->afterHttpServerRead(); });
}
