// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

/// Plain, synchronous HTTP for tests: computes expectations independently of the client
/// code under test, straight against the server. Not for production code.
struct TestHttpResponse
{
    int status = 0; ///< 0 when no HTTP response arrived
    QString networkError; ///< empty on success
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; ///< case-insensitive
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

/// One list answer: its status, X-Pagination-Total (-1 when absent) and the documents.
struct TestHttpList
{
    int status = 0;
    qint64 total = -1;
    QJsonArray items;

    /// The documents' `_id`s ({"$oid": ...}), in order.
    QStringList ids() const;
    QJsonObject at(qsizetype i) const { return items.at(i).toObject(); }
};

namespace TestHttp {
using Headers = QList<QPair<QByteArray, QByteArray>>;
using Query = QList<QPair<QString, QString>>;

TestHttpResponse request(const QByteArray &method, const QUrl &url, const Headers &headers = {},
    const QByteArray &body = {}, int timeoutMs = 30000);
inline TestHttpResponse get(const QUrl &url, const Headers &headers = {})
{
    return request("GET", url, headers);
}

/// GET \a path of \a base with \a query, percent-encoded, as a list answer.
TestHttpList getList(
    const QUrl &base, const QString &path, const Query &query, const Headers &headers);

/// The two headers every BuiltOn call carries.
Headers auth(const QString &apiKey, const QString &bearer);
} // namespace TestHttp
