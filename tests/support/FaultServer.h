// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

/// One request as the FaultServer received it.
struct FaultRequest
{
    QByteArray method;
    QByteArray target; ///< path and query, exactly as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray path() const; ///< target without the query
    QByteArray query() const;
    QByteArray header(const QByteArray &name) const; ///< case-insensitive; empty when absent
    bool hasHeader(const QByteArray &name) const;
};

/// What the FaultServer does with one request: an answer, or a misbehaviour.
struct FaultResponse
{
    /// Content-Length is the body size (Auto), left out (None: the closed connection ends
    /// the body) or the value of declaredLength (a lie, for truncated bodies).
    enum class Length { Auto, None, Declared };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Length length = Length::Auto;
    qint64 declaredLength = 0;
    int delayMs = 0; ///< wait before sending anything
    bool hang = false; ///< read the request and never answer
    int dripBytes = 0; ///< > 0: send the body this many bytes at a time ...
    int dripIntervalMs = 0; ///< ... every this many ms (headers go out at once)
    bool endless = false; ///< with dripBytes: repeat the body forever, no Content-Length
    bool resetAfterHeaders = false; ///< send the headers, then reset the connection

    FaultResponse &withHeader(const QByteArray &name, const QByteArray &value);

    /// 200 (or \a status) with a JSON body.
    static FaultResponse json(const QByteArray &body, int status = 200);
    /// Any content type, e.g. a captive portal's 200 text/html.
    static FaultResponse text(int status, const QByteArray &contentType, const QByteArray &body);
    /// 301/302/303/307/308 with Location.
    static FaultResponse redirect(int status, const QByteArray &location);
    /// 429/503 with Retry-After (seconds or HTTP-date) and a JSON error body.
    static FaultResponse retryAfter(int status, const QByteArray &retryAfter);
    /// An error status with the API's JSON error body {"message": ..., "field": ...}.
    static FaultResponse error(
        int status, const QByteArray &message, const QByteArray &field = QByteArray());
    static FaultResponse hangForever();
    static FaultResponse delayed(int delayMs, const QByteArray &jsonBody);
    static FaultResponse slowDrip(const QByteArray &jsonBody, int bytes, int intervalMs);
    /// A body repeated forever, \a bytes every \a intervalMs, without Content-Length.
    static FaultResponse endlessBody(const QByteArray &chunk, int bytes, int intervalMs);
    /// Announces \a declaredLength bytes, sends \a body (shorter), closes the connection.
    static FaultResponse truncated(const QByteArray &body, qint64 declaredLength);
};

/// A small scripted HTTP/1.1 server on 127.0.0.1 for the error paths a real server does not
/// produce on demand: delays, hangs, slow drip, truncated or malformed bodies, 5xx, 429 with
/// Retry-After, redirects. It records every request (method, target, headers, body).
/// Every answer closes the connection. listenTls() serves HTTPS with the test-only
/// self-signed certificate in tests/data/tls/.
class FaultServer : public QObject
{
    Q_OBJECT

public:
    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    bool listen();
    /// HTTPS with the PEM certificate and key (tests/data/tls/server.{crt,key} by default).
    bool listenTls(const QString &certificatePath = QString(), const QString &keyPath = QString());
    void close();
    bool isListening() const;
    quint16 port() const;
    /// http(s)://127.0.0.1:<port>
    QUrl url() const;
    /// url() with \a path (and query) appended, e.g. url("/users?page=1").
    QUrl url(const QString &pathAndQuery) const;

    /// Answer for requests whose path has no route (default: 404 JSON error).
    void setFallback(const FaultResponse &response);
    /// Every request to \a path (without query) gets \a response.
    void route(const QByteArray &path, const FaultResponse &response);
    /// Requests to \a path get these answers in order; the last one repeats.
    void routeSequence(const QByteArray &path, const QList<FaultResponse> &responses);
    void clearRoutes();

    QList<FaultRequest> requests() const { return m_requests; }
    /// Requests received for \a path (without query).
    int count(const QByteArray &path) const;
    void clearRequests() { m_requests.clear(); }
    /// Connections accepted (for TLS: handshakes started, whether or not they completed).
    int connectionsSeen() const { return m_connectionsSeen; }
    /// Connections currently open (a hung answer keeps its connection open).
    int openConnections() const;

Q_SIGNALS:
    void requestReceived(const FaultRequest &request);

private:
    class Connection;
    friend class Connection;
    bool startListening();
    void onPendingConnection();
    FaultResponse responseFor(const FaultRequest &request);
    void record(const FaultRequest &request);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    FaultResponse m_fallback;
    QHash<QByteArray, QList<FaultResponse>> m_routes;
    QList<FaultRequest> m_requests;
    QList<QPointer<Connection>> m_connections;
    int m_connectionsSeen = 0;
};
