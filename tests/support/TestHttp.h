#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QUrl>

/// Plain, synchronous HTTP for tests: computes expectations independently of the client
/// code under test, straight against the server. Not for production code.
struct TestHttpResponse
{
    int status = 0;          ///< 0 when no HTTP response arrived
    QString networkError;    ///< empty on success
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; ///< case-insensitive
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

namespace TestHttp {
using Headers = QList<QPair<QByteArray, QByteArray>>;

TestHttpResponse request(const QByteArray &method, const QUrl &url, const Headers &headers = {},
                         const QByteArray &body = {}, int timeoutMs = 30000);
inline TestHttpResponse get(const QUrl &url, const Headers &headers = {})
{
    return request("GET", url, headers);
}

/// The two headers every BuiltOn call carries.
Headers auth(const QString &apiKey, const QString &bearer);
} // namespace TestHttp
