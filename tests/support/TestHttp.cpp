// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/support/TestHttp.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

QByteArray TestHttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

TestHttpResponse TestHttp::request(const QByteArray &method, const QUrl &url,
    const Headers &headers, const QByteArray &body, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    req.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    if (!body.isEmpty() && !req.hasRawHeader("Content-Type"))
        req.setRawHeader("Content-Type", "application/json");

    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();

    TestHttpResponse r;
    if (!reply->isFinished()) {
        reply->abort();
        r.networkError = QStringLiteral("timeout");
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.headers = reply->rawHeaderPairs();
    r.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && r.status == 0 && r.networkError.isEmpty())
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

TestHttp::Headers TestHttp::auth(const QString &apiKey, const QString &bearer)
{
    Headers h;
    if (!apiKey.isNull())
        h.append({"X-Builton-Api-Key", apiKey.toUtf8()});
    if (!bearer.isNull())
        h.append({"Authorization", "Bearer " + bearer.toUtf8()});
    return h;
}

QStringList TestHttpList::ids() const
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject()
                       .value(QLatin1String("_id"))
                       .toObject()
                       .value(QLatin1String("$oid"))
                       .toString());
    return ids;
}

TestHttpList TestHttp::getList(
    const QUrl &base, const QString &path, const Query &query, const Headers &headers)
{
    QUrl url = base;
    url.setPath(path);
    QStringList items;
    for (const auto &item : query)
        items.append(QString::fromLatin1(
            QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second)));
    url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    const TestHttpResponse response = get(url, headers);
    TestHttpList list;
    list.status = response.status;
    bool ok = false;
    list.total = response.header("X-Pagination-Total").toLongLong(&ok);
    if (!ok)
        list.total = -1;
    list.items = response.json().array();
    return list;
}
