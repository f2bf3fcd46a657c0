// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpMessage.h"

#include "RawJson.h"

namespace Server {

namespace Http {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 412:
        return QByteArrayLiteral("Precondition Failed");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

QByteArray head(const HttpResponse &response, bool closeConnection)
{
    QByteArray out;
    out.reserve(256);
    out.append("HTTP/1.1 ");
    out.append(QByteArray::number(response.status));
    out.append(' ');
    out.append(reasonPhrase(response.status));
    out.append("\r\nContent-Type: application/json\r\nContent-Length: ");
    out.append(QByteArray::number(response.body.size()));
    out.append("\r\n");
    for (const auto &h : response.headers) {
        out.append(h.first);
        out.append(": ");
        out.append(h.second);
        out.append("\r\n");
    }
    if (closeConnection)
        out.append("Connection: close\r\n");
    out.append("\r\n");
    return out;
}

QByteArray serialize(const HttpResponse &response, bool closeConnection, bool omitBody)
{
    QByteArray out = head(response, closeConnection);
    if (!omitBody)
        out.append(response.body);
    return out;
}

QByteArray errorBody(const QString &message, const QString &field)
{
    QByteArray body("{\"message\":");
    body.append(RawJson::quote(message));
    if (!field.isEmpty()) {
        body.append(",\"field\":");
        body.append(RawJson::quote(field));
    }
    body.append('}');
    return body;
}

} // namespace Http

} // namespace Server
