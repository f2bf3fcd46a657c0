#include "ApiHttpServer.h"

#include "AccessLog.h"
#include "ApiService.h"
#include "HttpMessage.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QTcpSocket>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

ApiHttpServer::ApiHttpServer(ApiService *service, AccessLog *accessLog, QObject *parent)
    : QAbstractHttpServer(parent), m_service(service), m_accessLog(accessLog)
{ }

quint16 ApiHttpServer::start(
    const QHostAddress &address, quint16 port, const GatedTcpServer::Limits &limits, QString *error)
{
    auto *tcp = new GatedTcpServer(limits, this);
    if (!tcp->listen(address, port)) {
        *error = tcp->errorString();
        delete tcp;
        return 0;
    }
    connect(tcp, &GatedTcpServer::requestRejected, this,
        [this](const QByteArray &method, const QByteArray &target, int status, qint64 ms) {
            if (m_accessLog)
                m_accessLog->write(method, target, status, double(ms));
        });
    bind(tcp);
    return tcp->serverPort();
}

bool ApiHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer clock;
    clock.start();
    ConnectionGate *gate = ConnectionGate::of(socket);
    const HttpFramer::RequestHead head = gate ? gate->takeRequestHead() : HttpFramer::RequestHead();

    HttpRequest req;
    req.method = head.method.isEmpty() ? methodName(request.method()) : head.method;
    const QUrl url = request.url();
    req.path = url.path(QUrl::FullyEncoded).toLatin1();
    req.query = QUrlQuery(url);
    req.headers = request.headers();
    req.body = request.body();

    const HttpResponse response = m_service->handle(req);
    const bool close = gate && !head.method.isEmpty()
        ? !head.keepAlive
        : request.value("connection").toLower() == "close";
    socket->write(Http::serialize(response, close, req.method == "HEAD"));
    if (gate)
        gate->responseWritten();
    if (close)
        socket->disconnectFromHost();

    if (m_accessLog && m_accessLog->isEnabled()) {
        QByteArray target = head.target;
        if (target.isEmpty()) {
            target = req.path;
            if (!url.query().isEmpty())
                target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
        }
        m_accessLog->write(req.method, target, response.status, clock.nsecsElapsed() / 1e6);
    }
    return true;
}

void ApiHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    HttpResponse response;
    response.status = 404;
    response.body = Http::errorBody(tr("No such route."));
    socket->write(Http::serialize(response, false));
}
