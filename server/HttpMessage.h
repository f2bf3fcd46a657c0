// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Server {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One request as the API layer sees it, independent of the transport.
struct HttpRequest
{
    QByteArray method; ///< "GET", "PUT", ...
    QByteArray path; ///< percent-encoded path, e.g. "/users/5d92..."
    QUrlQuery query;
    HttpHeaders headers;
    QByteArray body;

    /// Case-insensitive header lookup; a null array when missing.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

/// One response: status, extra headers and a JSON body (Content-Type and Content-Length are
/// added by the transport).
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
};

namespace Http {
/// The reason phrase of the statuses this server answers with.
QByteArray reasonPhrase(int status);
/// The status line and fields of an HTTP/1.1 response with a JSON body of `bodyBytes` bytes,
/// up to and including the empty line.
QByteArray head(const HttpResponse &response, bool closeConnection);
/// A complete HTTP/1.1 response with a JSON body (only its length for a HEAD request).
QByteArray serialize(const HttpResponse &response, bool closeConnection, bool omitBody = false);
/// `{"message": ..., "field": ...}` ("field" only when not empty).
QByteArray errorBody(const QString &message, const QString &field = {});
} // namespace Http

} // namespace Server
