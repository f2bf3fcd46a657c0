// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/support/FaultServer.h"

#include "tests/support/TestServer.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

// --- FaultRequest --------------------------------------------------------------------------

QByteArray FaultRequest::path() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

QByteArray FaultRequest::query() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QByteArray() : target.mid(question + 1);
}

QByteArray FaultRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

bool FaultRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// --- FaultResponse -------------------------------------------------------------------------

FaultResponse &FaultResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

FaultResponse FaultResponse::json(const QByteArray &body, int status)
{
    FaultResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

FaultResponse FaultResponse::text(int status, const QByteArray &contentType, const QByteArray &body)
{
    FaultResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray(contentType)));
    return r;
}

FaultResponse FaultResponse::redirect(int status, const QByteArray &location)
{
    FaultResponse r = json(R"({"message":"moved"})", status);
    r.headers.append(qMakePair(QByteArray("Location"), QByteArray(location)));
    return r;
}

FaultResponse FaultResponse::retryAfter(int status, const QByteArray &retryAfter)
{
    FaultResponse r = error(status, status == 429 ? "Too many requests" : "Busy, try later");
    r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray(retryAfter)));
    return r;
}

FaultResponse FaultResponse::error(int status, const QByteArray &message, const QByteArray &field)
{
    QJsonObject o {{QStringLiteral("message"), QString::fromUtf8(message)}};
    if (!field.isEmpty())
        o.insert(QStringLiteral("field"), QString::fromUtf8(field));
    return json(QJsonDocument(o).toJson(QJsonDocument::Compact), status);
}

FaultResponse FaultResponse::hangForever()
{
    FaultResponse r;
    r.hang = true;
    return r;
}

FaultResponse FaultResponse::delayed(int delayMs, const QByteArray &jsonBody)
{
    FaultResponse r = json(jsonBody);
    r.delayMs = delayMs;
    return r;
}

FaultResponse FaultResponse::slowDrip(const QByteArray &jsonBody, int bytes, int intervalMs)
{
    FaultResponse r = json(jsonBody);
    r.dripBytes = bytes;
    r.dripIntervalMs = intervalMs;
    return r;
}

FaultResponse FaultResponse::endlessBody(const QByteArray &chunk, int bytes, int intervalMs)
{
    FaultResponse r = json(chunk);
    r.dripBytes = bytes;
    r.dripIntervalMs = intervalMs;
    r.endless = true;
    r.length = Length::None;
    return r;
}

FaultResponse FaultResponse::truncated(const QByteArray &body, qint64 declaredLength)
{
    FaultResponse r = json(body);
    r.length = Length::Declared;
    r.declaredLength = declaredLength;
    return r;
}

// --- Connection ----------------------------------------------------------------------------

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 412:
        return "Precondition Failed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}
} // namespace

/// One accepted connection: parses one request, records it, plays its FaultResponse, closes.
class FaultServer::Connection : public QObject
{
public:
    Connection(FaultServer *server, QTcpSocket *socket)
        : QObject(server), m_server(server), m_socket(socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
        m_drip.setInterval(10);
        connect(&m_drip, &QTimer::timeout, this, &Connection::dripNext);
        onReadyRead();
    }

    bool isOpen() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }

private:
    void onReadyRead()
    {
        if (m_answered)
            return;
        m_buffer += m_socket->readAll();
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        FaultRequest request;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qint64 contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append(qMakePair(name, value));
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (m_buffer.size() - (headerEnd + 4) < contentLength)
            return;
        request.body = m_buffer.mid(headerEnd + 4, contentLength);
        m_answered = true;
        m_server->record(request);
        m_response = m_server->responseFor(request);
        if (m_response.hang)
            return;
        if (m_response.delayMs > 0)
            QTimer::singleShot(m_response.delayMs, this, &Connection::answer);
        else
            answer();
    }

    void answer()
    {
        if (!isOpen())
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' '
            + reasonPhrase(m_response.status) + "\r\n";
        for (const auto &h : std::as_const(m_response.headers))
            head += h.first + ": " + h.second + "\r\n";
        switch (m_response.length) {
        case FaultResponse::Length::Auto:
            head += "Content-Length: " + QByteArray::number(m_response.body.size()) + "\r\n";
            break;
        case FaultResponse::Length::Declared:
            head += "Content-Length: " + QByteArray::number(m_response.declaredLength) + "\r\n";
            break;
        case FaultResponse::Length::None:
            break;
        }
        head += "Connection: close\r\n\r\n";
        m_socket->write(head);
        if (m_response.resetAfterHeaders) {
            m_socket->flush();
            resetConnection();
            return;
        }
        if (m_response.dripBytes > 0) {
            m_drip.setInterval(qMax(1, m_response.dripIntervalMs));
            m_drip.start();
            return;
        }
        m_socket->write(m_response.body);
        m_socket->disconnectFromHost();
    }

    void dripNext()
    {
        if (!isOpen()) {
            m_drip.stop();
            return;
        }
        const QByteArray &body = m_response.body;
        if (body.isEmpty()) {
            m_drip.stop();
            m_socket->disconnectFromHost();
            return;
        }
        QByteArray chunk;
        while (chunk.size() < m_response.dripBytes) {
            if (m_dripOffset >= body.size()) {
                if (!m_response.endless)
                    break;
                m_dripOffset = 0;
            }
            const qsizetype take
                = qMin<qsizetype>(m_response.dripBytes - chunk.size(), body.size() - m_dripOffset);
            chunk += body.mid(m_dripOffset, take);
            m_dripOffset += take;
        }
        m_socket->write(chunk);
        if (!m_response.endless && m_dripOffset >= body.size()) {
            m_drip.stop();
            m_socket->disconnectFromHost();
        }
    }

    void resetConnection()
    {
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        const qintptr fd = m_socket->socketDescriptor();
        if (fd >= 0) {
            linger option {1, 0};
            ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &option, sizeof option);
        }
        m_socket->abort();
    }

    void onDisconnected()
    {
        m_drip.stop();
        deleteLater();
    }

    FaultServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_answered = false;
    FaultResponse m_response;
    QTimer m_drip;
    qsizetype m_dripOffset = 0;
};

// --- FaultServer ---------------------------------------------------------------------------

FaultServer::FaultServer(QObject *parent)
    : QObject(parent), m_fallback(FaultResponse::error(404, "No route in the fault server"))
{ }

FaultServer::~FaultServer()
{
    close();
}

bool FaultServer::listen()
{
    close();
    m_tls = false;
    m_server = new QTcpServer(this);
    return startListening();
}

bool FaultServer::listenTls(const QString &certificatePath, const QString &keyPath)
{
    close();
    QFile certificateFile(certificatePath.isEmpty() ? testDataPath(QStringLiteral("tls/server.crt"))
                                                    : certificatePath);
    QFile keyFile(keyPath.isEmpty() ? testDataPath(QStringLiteral("tls/server.key")) : keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    const QSslCertificate certificate(&certificateFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    connect(server, &QSslServer::startedEncryptionHandshake, this,
        [this](QSslSocket *) { ++m_connectionsSeen; });
    m_server = server;
    m_tls = true;
    return startListening();
}

bool FaultServer::startListening()
{
    connect(
        m_server, &QTcpServer::pendingConnectionAvailable, this, &FaultServer::onPendingConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void FaultServer::close()
{
    for (const QPointer<Connection> &connection : std::as_const(m_connections))
        delete connection.data();
    m_connections.clear();
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

bool FaultServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 FaultServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FaultServer::url() const
{
    QUrl u;
    u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
    return u;
}

QUrl FaultServer::url(const QString &pathAndQuery) const
{
    return QUrl(url().toString() + pathAndQuery);
}

void FaultServer::setFallback(const FaultResponse &response)
{
    m_fallback = response;
}

void FaultServer::route(const QByteArray &path, const FaultResponse &response)
{
    m_routes.insert(path, {response});
}

void FaultServer::routeSequence(const QByteArray &path, const QList<FaultResponse> &responses)
{
    m_routes.insert(path, responses);
}

void FaultServer::clearRoutes()
{
    m_routes.clear();
}

int FaultServer::count(const QByteArray &path) const
{
    int n = 0;
    for (const FaultRequest &request : m_requests) {
        if (request.path() == path)
            ++n;
    }
    return n;
}

int FaultServer::openConnections() const
{
    int n = 0;
    for (const QPointer<Connection> &connection : m_connections) {
        if (connection && connection->isOpen())
            ++n;
    }
    return n;
}

void FaultServer::onPendingConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!m_tls)
            ++m_connectionsSeen;
        m_connections.append(new Connection(this, socket));
    }
    m_connections.removeAll(QPointer<Connection>());
}

FaultResponse FaultServer::responseFor(const FaultRequest &request)
{
    auto it = m_routes.find(request.path());
    if (it == m_routes.end() || it->isEmpty())
        return m_fallback;
    if (it->size() > 1)
        return it->takeFirst();
    return it->first();
}

void FaultServer::record(const FaultRequest &request)
{
    m_requests.append(request);
    Q_EMIT requestReceived(request);
}
