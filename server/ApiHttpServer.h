#pragma once

#include "GatedTcpServer.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

class AccessLog;
class ApiService;

/// The HTTP transport: QtHttpServer's parser behind a GatedTcpServer, and a handleRequest()
/// that hands each request to ApiService and writes the answer in one write.
class ApiHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiHttpServer)

public:
    ApiHttpServer(ApiService *service, AccessLog *accessLog, QObject *parent = nullptr);

    /// Listens on `address`:`port` (0: a free port) with the gate's `limits`. Returns the
    /// port, or 0 with `error` filled.
    quint16 start(const QHostAddress &address, quint16 port, const GatedTcpServer::Limits &limits,
        QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiService *m_service;
    AccessLog *m_accessLog;
};
