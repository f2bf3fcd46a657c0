// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

/// Why an API call failed: one value type for every failure, from "the host name does not
/// resolve" to "field first_name of the answer is not a string". message() is a complete,
/// translated sentence a support agent can act on; it names the server but never contains a
/// credential.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        InvalidRequest, ///< the call itself is wrong (no server set, empty id); nothing sent
        InsecureUrl, ///< http to a host that is not this computer; nothing sent
        ConnectionRefused,
        HostNotFound,
        Timeout, ///< no progress within the transfer timeout, or past the deadline
        Tls, ///< TLS handshake or certificate failure; never ignored
        Network, ///< any other transport failure
        IncompleteBody, ///< the connection ended before the whole answer arrived
        CrossOriginRedirect, ///< a redirect to another origin; not followed
        TooManyRedirects,
        TooLarge, ///< the answer is larger than the configured cap
        Http, ///< an HTTP error status without a kind of its own (400, 413, 5xx...)
        Unauthorized, ///< 401: the API key or token is no longer accepted
        Forbidden, ///< 403: these credentials may not do this
        NotFound, ///< 404
        PreconditionFailed, ///< 412: the record changed since it was read (stale If-Match)
        RateLimited, ///< 429 that could not be waited out
        MalformedBody, ///< the answer is not what the route promises (says which field)
        Canceled, ///< ApiReply::abort() or ApiClient::abortAll()
        Superseded, ///< a newer request with the same supersede key replaced this one
    };

    ApiError() = default;
    explicit ApiError(Kind kind, const QString &host = QString());

    /// A body that does not have the promised shape; \a field names the member at fault
    /// ("items[2].quantity"; empty for the document itself), \a detail says what is wrong.
    static ApiError malformedBody(
        const QString &field, const QString &detail, const QString &host = QString());
    /// The error a response with this HTTP status maps to (kind chosen from the status).
    static ApiError fromHttpStatus(int status, const QString &host = QString());

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    /// Canceled or Superseded: the caller asked for it, so it is not shown to anyone.
    bool isCancellation() const { return m_kind == Kind::Canceled || m_kind == Kind::Superseded; }

    /// Host (and port when not the default) of the server concerned; may be empty.
    QString host() const { return m_host; }
    void setHost(const QString &host) { m_host = host; }
    /// HTTP status of the answer, or 0 when none arrived.
    int httpStatus() const { return m_httpStatus; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    /// The server's own `message`, already cleaned of control characters and shortened.
    QString serverMessage() const { return m_serverMessage; }
    void setServerMessage(const QString &message);
    /// The field or parameter at fault: the server's `field`, or the one a decoder named.
    QString field() const { return m_field; }
    void setField(const QString &field) { m_field = field; }
    /// Seconds the server asked to wait (Retry-After), or -1 when it did not say.
    qint64 retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(qint64 seconds) { m_retryAfterSeconds = seconds; }
    /// Technical detail (Qt's error text, the TLS error, the decoder's complaint). Part of
    /// message() where it helps; never contains a credential.
    QString detail() const { return m_detail; }
    void setDetail(const QString &detail) { m_detail = detail; }

    /// A complete sentence for a person, e.g. "The server api.example.com did not answer in
    /// time. ...". Empty for Kind::None.
    QString message() const;
    /// The enum name ("Timeout"), for logs and test output.
    static QString kindName(Kind kind);

    friend bool operator==(const ApiError &a, const ApiError &b);
    friend bool operator!=(const ApiError &a, const ApiError &b) { return !(a == b); }

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    qint64 m_retryAfterSeconds = -1;
    QString m_host;
    QString m_serverMessage;
    QString m_field;
    QString m_detail;
};

Q_DECLARE_METATYPE(ApiError)
