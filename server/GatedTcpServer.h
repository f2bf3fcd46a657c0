#pragma once

#include "HttpFramer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

class GatedTcpServer;

/// Per-connection limits in front of QtHttpServer (which has none in 6.4).
///
/// Its readyRead slot is connected before QtHttpServer's, so it sees every byte first:
/// it frames requests with HttpFramer and, when a request breaks a limit, answers
/// 413/431/400 itself, detaches QtHttpServer from the socket and closes it. A second slot
/// connected after QtHttpServer's records how much QtHttpServer left unread, so each byte is
/// counted once. Idle connections and requests that trickle in too slowly are closed.
class ConnectionGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGate)

public:
    ConnectionGate(QTcpSocket *socket, GatedTcpServer *server);

    /// The head of the oldest request the HTTP layer has not answered yet.
    HttpFramer::RequestHead takeRequestHead();
    /// Called by the HTTP layer after it wrote a response (restarts the idle timer and
    /// lets a pipelined request that is already buffered proceed).
    void responseWritten();

    static ConnectionGate *of(QTcpSocket *socket);

private:
    friend class GatedTcpServer;

    void beforeHttpServerRead();
    void afterHttpServerRead();
    void discardInput();
    void reject(int status, const QString &message, const HttpFramer::RequestHead &head);
    void onIdleTimeout();
    void onRequestTimeout();
    void startLinger();

    QTcpSocket *m_socket;
    QPointer<GatedTcpServer> m_server;
    HttpFramer m_framer;
    QQueue<HttpFramer::RequestHead> m_heads;
    qint64 m_unread = 0;
    bool m_rejected = false;
    bool m_shutdownSent = false;
    bool m_answeredThisPass = false;
    QTimer m_idleTimer;
    QTimer m_requestTimer;
    QTimer m_lingerTimer;
    QElapsedTimer m_requestClock;
};

/// A QTcpServer for QAbstractHttpServer::bind() that puts a ConnectionGate on every
/// connection before QtHttpServer sees it, and caps the number of open connections.
class GatedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatedTcpServer)

public:
    struct Limits
    {
        qint64 maxBodyBytes = 1024 * 1024;
        qsizetype maxHeadBytes = 64 * 1024;
        int idleTimeoutMs = 30000; ///< no byte in either direction
        int requestTimeoutMs = 60000; ///< first byte of a request to its last
        int lingerMs = 2000; ///< after a rejection, drain input this long
        int maxConnections = 256;
    };

    explicit GatedTcpServer(const Limits &limits, QObject *parent = nullptr);

    const Limits &limits() const { return m_limits; }
    int openConnections() const { return m_open; }

Q_SIGNALS:
    /// A request refused by the gate (the HTTP layer never saw it), for the access log.
    void requestRejected(
        const QByteArray &method, const QByteArray &target, int status, qint64 elapsedMs);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    Limits m_limits;
    int m_open = 0;
};
