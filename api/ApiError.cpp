// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiError.h"

#include <climits>

namespace {
constexpr int MaxServerMessageLength = 300;

QString hostOrFallback(const QString &host)
{
    return host.isEmpty() ? ApiError::tr("the server") : host;
}

QString withTrailingPeriod(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!'))
        && !text.endsWith(QLatin1Char('?')))
        text += QLatin1Char('.');
    return text;
}
} // namespace

ApiError::ApiError(Kind kind, const QString &host) : m_kind(kind), m_host(host) { }

ApiError ApiError::malformedBody(const QString &field, const QString &detail, const QString &host)
{
    ApiError error(Kind::MalformedBody, host);
    error.m_field = field;
    error.m_detail = detail;
    return error;
}

ApiError ApiError::fromHttpStatus(int status, const QString &host)
{
    Kind kind = Kind::Http;
    switch (status) {
    case 401:
        kind = Kind::Unauthorized;
        break;
    case 403:
        kind = Kind::Forbidden;
        break;
    case 404:
        kind = Kind::NotFound;
        break;
    case 412:
        kind = Kind::PreconditionFailed;
        break;
    case 429:
        kind = Kind::RateLimited;
        break;
    default:
        break;
    }
    ApiError error(kind, host);
    error.m_httpStatus = status;
    return error;
}

void ApiError::setServerMessage(const QString &message)
{
    // The text comes from the network: keep it to one readable line of bounded length.
    QString clean;
    clean.reserve(qMin(message.size(), MaxServerMessageLength + 1));
    for (const QChar c : message) {
        if (clean.size() > MaxServerMessageLength)
            break;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            clean += QLatin1Char(' ');
        else
            clean += c;
    }
    clean = clean.simplified();
    if (clean.size() > MaxServerMessageLength)
        clean = clean.left(MaxServerMessageLength - 1) + QChar(0x2026);
    m_serverMessage = clean;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::InvalidRequest:
        return QStringLiteral("InvalidRequest");
    case Kind::InsecureUrl:
        return QStringLiteral("InsecureUrl");
    case Kind::ConnectionRefused:
        return QStringLiteral("ConnectionRefused");
    case Kind::HostNotFound:
        return QStringLiteral("HostNotFound");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::IncompleteBody:
        return QStringLiteral("IncompleteBody");
    case Kind::CrossOriginRedirect:
        return QStringLiteral("CrossOriginRedirect");
    case Kind::TooManyRedirects:
        return QStringLiteral("TooManyRedirects");
    case Kind::TooLarge:
        return QStringLiteral("TooLarge");
    case Kind::Http:
        return QStringLiteral("Http");
    case Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::PreconditionFailed:
        return QStringLiteral("PreconditionFailed");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::MalformedBody:
        return QStringLiteral("MalformedBody");
    case Kind::Canceled:
        return QStringLiteral("Canceled");
    case Kind::Superseded:
        return QStringLiteral("Superseded");
    }
    return QString();
}

QString ApiError::message() const
{
    const QString host = hostOrFallback(m_host);
    // What the server said, as a sentence to append; empty when it said nothing.
    QString said;
    if (!m_serverMessage.isEmpty()) {
        said = m_field.isEmpty()
            ? tr("The server said: \u201c%1\u201d").arg(withTrailingPeriod(m_serverMessage))
            : tr("The server said about \u201c%1\u201d: \u201c%2\u201d")
                  .arg(m_field, withTrailingPeriod(m_serverMessage));
    } else if (!m_field.isEmpty()) {
        said = tr("The problem is with \u201c%1\u201d.").arg(m_field);
    }
    QString wait;
    if (m_retryAfterSeconds > 0)
        wait = tr(
            "Try again in %n second(s).", nullptr, int(qMin<qint64>(m_retryAfterSeconds, INT_MAX)));
    auto join = [](QString text, const QString &more) {
        if (!more.isEmpty())
            text += QLatin1Char(' ') + more;
        return text;
    };

    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::InvalidRequest:
        return m_detail.isEmpty() ? tr("The request could not be made. Nothing was sent.")
                                  : tr("The request could not be made: %1 Nothing was sent.")
                                        .arg(withTrailingPeriod(m_detail));
    case Kind::InsecureUrl:
        return tr("The address of %1 does not start with https. Connections to a server other "
                  "than this computer must be encrypted, so nothing was sent.")
            .arg(host);
    case Kind::ConnectionRefused:
        return tr("The server %1 refused the connection. Check the address and port, and that "
                  "the server is running.")
            .arg(host);
    case Kind::HostNotFound:
        return tr("The server name %1 could not be found. Check the address and your network "
                  "connection.")
            .arg(host);
    case Kind::Timeout:
        return tr("The server %1 did not answer in time. Check your network connection and try "
                  "again.")
            .arg(host);
    case Kind::Tls:
        return m_detail.isEmpty()
            ? tr("A secure connection to %1 could not be established, so nothing was sent.")
                  .arg(host)
            : tr("A secure connection to %1 could not be established (%2), so nothing was "
                 "sent.")
                  .arg(host, m_detail);
    case Kind::Network:
        return m_detail.isEmpty()
            ? tr("The connection to %1 failed.").arg(host)
            : tr("The connection to %1 failed: %2").arg(host, withTrailingPeriod(m_detail));
    case Kind::IncompleteBody:
        return tr("The answer from %1 was cut off before it was complete. Try again.").arg(host);
    case Kind::CrossOriginRedirect:
        return m_detail.isEmpty()
            ? tr("%1 redirected the request to another server. It was not followed, so your "
                 "credentials were not sent there.")
                  .arg(host)
            : tr("%1 redirected the request to another server (%2). It was not followed, so "
                 "your credentials were not sent there.")
                  .arg(host, m_detail);
    case Kind::TooManyRedirects:
        return tr("%1 redirected the request too many times. Check the server address.").arg(host);
    case Kind::TooLarge:
        return m_detail.isEmpty()
            ? tr("The answer from %1 is larger than allowed and was not read.").arg(host)
            : tr("The answer from %1 is larger than the limit of %2 and was not read.")
                  .arg(host, m_detail);
    case Kind::Http:
        if (m_httpStatus >= 500)
            return join(
                join(
                    tr("The server %1 had a problem (HTTP %2).").arg(host).arg(m_httpStatus), said),
                wait);
        return join(
            join(tr("The server %1 refused the request (HTTP %2).").arg(host).arg(m_httpStatus),
                said),
            wait);
    case Kind::Unauthorized:
        return join(tr("The server %1 no longer accepts the API key or token (HTTP 401). Sign "
                       "in again or update the connection's credentials.")
                        .arg(host),
            said);
    case Kind::Forbidden:
        return join(tr("The current credentials are not allowed to do this on %1 (HTTP 403). "
                       "A staff service-account key is needed.")
                        .arg(host),
            said);
    case Kind::NotFound:
        return join(tr("The record was not found on %1 (HTTP 404). It may have been deleted or "
                       "belong to another company.")
                        .arg(host),
            said);
    case Kind::PreconditionFailed:
        return tr("Someone changed this record on %1 after you loaded it (HTTP 412). Nothing "
                  "was saved; reload it to see the changes.")
            .arg(host);
    case Kind::RateLimited:
        return m_retryAfterSeconds > 0
            ? tr("The server %1 is receiving too many requests (HTTP 429). %2").arg(host, wait)
            : tr("The server %1 is receiving too many requests (HTTP 429). Wait a moment and "
                 "try again.")
                  .arg(host);
    case Kind::MalformedBody:
        if (m_field.isEmpty())
            return m_detail.isEmpty() ? tr("The answer from %1 could not be read.").arg(host)
                                      : tr("The answer from %1 could not be read: %2")
                                            .arg(host, withTrailingPeriod(m_detail));
        return m_detail.isEmpty()
            ? tr("The answer from %1 could not be read: field \u201c%2\u201d is not valid.")
                  .arg(host, m_field)
            : tr("The answer from %1 could not be read: field \u201c%2\u201d: %3")
                  .arg(host, m_field, withTrailingPeriod(m_detail));
    case Kind::Canceled:
        return tr("The request was canceled.");
    case Kind::Superseded:
        return tr("The request was replaced by a newer one.");
    }
    return QString();
}

bool operator==(const ApiError &a, const ApiError &b)
{
    return a.m_kind == b.m_kind && a.m_httpStatus == b.m_httpStatus
        && a.m_retryAfterSeconds == b.m_retryAfterSeconds && a.m_host == b.m_host
        && a.m_serverMessage == b.m_serverMessage && a.m_field == b.m_field
        && a.m_detail == b.m_detail;
}
