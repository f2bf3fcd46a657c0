// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiClient.h"

#include "api/ApiLogging.h"
#include "api/ApiRetry.h"
#include "api/Version.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QSysInfo>

#include <utility>

namespace {

const QByteArray ApiKeyHeader = QByteArrayLiteral("X-Builton-Api-Key");
const QByteArray AuthorizationHeader = QByteArrayLiteral("Authorization");
const QByteArray TotalHeader = QByteArrayLiteral("X-Pagination-Total");

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}

/// "host" or "host:port" when the port is not the scheme's default; never user info.
QString hostLabel(const QUrl &url)
{
    const QString host = url.host();
    const int port = url.port(defaultPort(url.scheme()));
    if (port < 0 || port == defaultPort(url.scheme()))
        return host;
    return host + QLatin1Char(':') + QString::number(port);
}

QString originLabel(const QUrl &url)
{
    return url.scheme() + QLatin1String("://") + hostLabel(url);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a.scheme())) == b.port(defaultPort(b.scheme()));
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

/// Path and query, as logged. Neither carries a credential: those travel in headers only.
QString pathForLog(const QUrl &url)
{
    QString text = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        text += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return text;
}

/// Header values must be visible ASCII: a pasted key with a line break must not become a
/// second header.
bool isSafeHeaderValue(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mediaType = contentType.split(';').value(0).trimmed().toLower();
    return mediaType == "application/json" || mediaType.endsWith("+json");
}

/// QNetworkReply errors that Qt derives from the HTTP status alone; with a status at hand the
/// status says it better.
bool isStatusDerivedError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code >= 201 && code <= 299) || error == QNetworkReply::ProtocolInvalidOperationError
        || (code >= 401 && code <= 499);
}

QString replaceSecret(QString text, const QString &secret)
{
    // Short values would redact ordinary words; real keys and tokens are long.
    if (secret.size() >= 8)
        text.replace(secret, QStringLiteral("[redacted]"));
    return text;
}

QByteArray firstNonSpace(const QByteArray &body, bool fromEnd)
{
    if (fromEnd) {
        for (qsizetype i = body.size() - 1; i >= 0; --i) {
            if (!QChar::isSpace(uchar(body.at(i))))
                return body.mid(i, 1);
        }
    } else {
        for (qsizetype i = 0; i < body.size(); ++i) {
            if (!QChar::isSpace(uchar(body.at(i))))
                return body.mid(i, 1);
        }
    }
    return QByteArray();
}

QString formatBytes(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return ApiClient::tr("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return ApiClient::tr("%1 KiB").arg(bytes / 1024);
    return ApiClient::tr("%n byte(s)", nullptr, int(qMin<qint64>(bytes, INT_MAX)));
}

} // namespace

ApiClient::ApiClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    // Nothing is cached or kept between requests: no disk cache, no cookies, and redirects
    // are decided here (ManualRedirectPolicy on every request as well).
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setCookieJar(nullptr);
    m_nam->setStrictTransportSecurityEnabled(false);
}

ApiClient::~ApiClient()
{
    m_destroying = true;
    // No finished() now: receivers may be parents of this client, half-way through their
    // own destruction.
    const QList<ApiReply *> active(m_active.cbegin(), m_active.cend());
    for (ApiReply *job : active)
        finish(job, ApiError(ApiError::Kind::Canceled, hostLabel(job->m_url)), FinishMode::Silent);
}

void ApiClient::setConnection(const ApiConnection &connection)
{
    m_connection = connection;
    m_connection.apiKey = m_connection.apiKey.trimmed();
    m_connection.bearerToken = m_connection.bearerToken.trimmed();
    // No clearConnectionCache() here: it breaks requests in flight, and there is no trust
    // decision to forget (TLS errors are never ignored).
    qCInfo(lcApi).noquote() << "connection set to" << originLabel(connection.baseUrl)
                            << (hasCredentials() ? "with credentials" : "without credentials");
}

bool ApiClient::hasCredentials() const
{
    return !m_connection.apiKey.isEmpty() || !m_connection.bearerToken.isEmpty();
}

void ApiClient::abortAll()
{
    const QList<ApiReply *> active(m_active.cbegin(), m_active.cend());
    for (ApiReply *job : active) {
        if (m_active.contains(job))
            cancel(job, ApiError::Kind::Canceled);
    }
}

QByteArray ApiClient::userAgent()
{
    QString name = builtonApplicationName();
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    QString agent = name + QLatin1Char('/') + builtonVersion() + QLatin1String(" (Qt ")
        + QLatin1String(qVersion()) + QLatin1String("; ") + QSysInfo::kernelType()
        + QLatin1String("; ") + QSysInfo::prettyProductName() + QLatin1Char(')');
    QByteArray bytes;
    bytes.reserve(agent.size());
    for (const QChar c : std::as_const(agent))
        bytes += (c.unicode() >= 0x20 && c.unicode() < 0x7f) ? char(c.unicode()) : '?';
    return bytes;
}

// --- sending -------------------------------------------------------------------------------

ApiReply *ApiClient::send(const ApiRequest &request)
{
    return start(request, QString());
}

ApiReply *ApiClient::start(const ApiRequest &request, const QString &invalidDetail)
{
    auto *job = new ApiReply(request, ++m_serial, m_destroying ? nullptr : this);
    job->m_connection = m_connection;
    job->m_method = request.method;
    job->m_body = request.body;

    // The URL: base path + route path, every query value percent-encoded (also '+' and '&').
    const QUrl base = m_connection.baseUrl;
    QUrl url = base;
    url.setQuery(QString());
    url.setFragment(QString());
    QString basePath = base.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + request.path, QUrl::TolerantMode);
    QString query;
    for (const auto &item : request.query) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + QLatin1Char('=')
            + QString::fromLatin1(QUrl::toPercentEncoding(item.second, ","));
    }
    if (!query.isEmpty())
        url.setQuery(query, QUrl::TolerantMode);
    job->m_firstUrl = url;
    job->m_url = url;

    if (m_destroying) {
        job->m_finished = true;
        job->m_error = ApiError(ApiError::Kind::Canceled, hostLabel(url));
        job->deleteLater();
        return job;
    }

    m_active.insert(job);
    qCDebug(lcApi).noquote().nospace()
        << '#' << job->m_serial << ' ' << request.method << ' ' << pathForLog(url);

    if (!request.supersedeKey.isEmpty()) {
        const QPointer<ApiReply> older = m_supersede.value(request.supersedeKey);
        m_supersede.insert(request.supersedeKey, job);
        if (older && !older->m_finished)
            cancel(older, ApiError::Kind::Superseded);
    }

    // Refusals before any connection is made. They still finish asynchronously, so callers
    // connect to finished() the same way for every outcome.
    ApiError refusal;
    const QString scheme = base.scheme().toLower();
    if (!invalidDetail.isEmpty()) {
        refusal = ApiError(ApiError::Kind::InvalidRequest, hostLabel(base));
        refusal.setDetail(invalidDetail);
    } else if (!base.isValid() || base.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        refusal = ApiError(ApiError::Kind::InvalidRequest, hostLabel(base));
        refusal.setDetail(tr("No valid server address (https://host) is set."));
    } else if (!base.userInfo().isEmpty()) {
        refusal = ApiError(ApiError::Kind::InvalidRequest, hostLabel(base));
        refusal.setDetail(tr("The server address must not contain a user name or password."));
    } else if (scheme == QLatin1String("http") && !isLoopbackHost(base.host())) {
        refusal = ApiError(ApiError::Kind::InsecureUrl, hostLabel(base));
    } else if (!isSafeHeaderValue(job->m_connection.apiKey)
        || !isSafeHeaderValue(job->m_connection.bearerToken)) {
        refusal = ApiError(ApiError::Kind::InvalidRequest, hostLabel(base));
        refusal.setDetail(tr("The API key or token contains spaces or characters that cannot "
                             "be sent."));
    } else if (!request.path.startsWith(QLatin1Char('/'))) {
        refusal = ApiError(ApiError::Kind::InvalidRequest, hostLabel(base));
        refusal.setDetail(tr("The request has no valid path."));
    }
    Q_EMIT activeRequestsChanged(int(m_active.size()));
    if (refusal.isError()) {
        QMetaObject::invokeMethod(
            job, [this, job, refusal] { finish(job, refusal); }, Qt::QueuedConnection);
        return job;
    }

    connect(&job->m_deadline, &QTimer::timeout, job, [this, job] { onDeadline(job); });
    connect(&job->m_retryTimer, &QTimer::timeout, job, [this, job] { startAttempt(job); });
    job->m_elapsed.start();
    job->m_deadline.start(qMax(1, m_settings.deadlineMs));
    startAttempt(job);
    return job;
}

ApiReply *ApiClient::invalid(const ApiRequest &request, const QString &detail)
{
    return start(request, detail);
}

void ApiClient::startAttempt(ApiReply *job)
{
    if (job->m_finished)
        return;
    ++job->m_attempt;
    job->m_redirects = 0;
    job->m_url = job->m_firstUrl;
    job->m_method = job->m_request.method;
    job->m_body = job->m_request.body;
    sendHop(job);
}

QNetworkRequest ApiClient::networkRequest(const ApiReply *job) const
{
    QNetworkRequest request(job->m_url);
    if (!job->m_connection.apiKey.isEmpty())
        request.setRawHeader(ApiKeyHeader, job->m_connection.apiKey.toLatin1());
    if (!job->m_connection.bearerToken.isEmpty())
        request.setRawHeader(
            AuthorizationHeader, "Bearer " + job->m_connection.bearerToken.toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!job->m_body.isEmpty())
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!job->m_request.ifMatch.isEmpty())
        request.setRawHeader("If-Match", job->m_request.ifMatch);
    if (job->m_method == "GET") {
        request.setRawHeader("Cache-Control", "no-store");
        request.setAttribute(
            QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    }
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_settings.http2);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(qMax(1, m_settings.transferTimeoutMs));
    return request;
}

void ApiClient::sendHop(ApiReply *job)
{
    job->m_buffer.clear();
    job->m_tlsDetail.clear();
    job->m_hopElapsed.start();
    const QNetworkRequest request = networkRequest(job);
    QNetworkReply *reply = nullptr;
    if (job->m_method == "GET")
        reply = m_nam->get(request);
    else if (job->m_method == "PUT")
        reply = m_nam->put(request, job->m_body);
    else if (job->m_method == "POST")
        reply = m_nam->post(request, job->m_body);
    else if (job->m_method == "DELETE" && job->m_body.isEmpty())
        reply = m_nam->deleteResource(request);
    else
        reply = m_nam->sendCustomRequest(request, job->m_method, job->m_body);
    job->m_networkReply = reply;

    connect(reply, &QNetworkReply::metaDataChanged, job,
        [this, job, reply] { onMetaDataChanged(job, reply); });
    connect(reply, &QNetworkReply::readyRead, job, [this, job, reply] { onReadyRead(job, reply); });
    connect(reply, &QNetworkReply::finished, job,
        [this, job, reply] { onNetworkFinished(job, reply); });
    // TLS errors are recorded for the message and never ignored: Qt then aborts the handshake.
    connect(reply, &QNetworkReply::sslErrors, job, [job](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        job->m_tlsDetail = texts.join(QLatin1String("; "));
    });
}

// --- receiving -----------------------------------------------------------------------------

void ApiClient::onMetaDataChanged(ApiReply *job, QNetworkReply *reply)
{
    if (job->m_finished || job->m_networkReply != reply)
        return;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_settings.maxResponseBytes) {
        ApiError error(ApiError::Kind::TooLarge, hostLabel(job->m_url));
        error.setDetail(formatBytes(m_settings.maxResponseBytes));
        finish(job, error);
    }
}

void ApiClient::onReadyRead(ApiReply *job, QNetworkReply *reply)
{
    if (job->m_finished || job->m_networkReply != reply)
        return;
    // Read as it arrives so that the cap holds while reading, not after.
    job->m_buffer += reply->readAll();
    if (job->m_buffer.size() > m_settings.maxResponseBytes) {
        ApiError error(ApiError::Kind::TooLarge, hostLabel(job->m_url));
        error.setDetail(formatBytes(m_settings.maxResponseBytes));
        finish(job, error);
    }
}

void ApiClient::onNetworkFinished(ApiReply *job, QNetworkReply *reply)
{
    disconnect(reply, nullptr, job, nullptr);
    reply->deleteLater();
    if (job->m_finished || job->m_networkReply != reply)
        return; // a late answer to something already finished or superseded
    job->m_networkReply = nullptr;
    handleResponse(job, reply);
}

ApiError ApiClient::transportError(const ApiReply *job, QNetworkReply *reply, bool gotHeaders) const
{
    const QString host = hostLabel(job->m_url);
    ApiError error;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        error = ApiError(ApiError::Kind::ConnectionRefused, host);
        break;
    case QNetworkReply::HostNotFoundError:
        error = ApiError(ApiError::Kind::HostNotFound, host);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // This client aborts its own replies only after finishing the job, so a cancel seen
        // here is Qt's transfer timeout: a failure, not a cancel.
        error = ApiError(ApiError::Kind::Timeout, host);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error = ApiError(ApiError::Kind::Tls, host);
        error.setDetail(job->m_tlsDetail.isEmpty() ? reply->errorString() : job->m_tlsDetail);
        break;
    case QNetworkReply::RemoteHostClosedError:
        if (gotHeaders) {
            error = ApiError(ApiError::Kind::IncompleteBody, host);
        } else {
            error = ApiError(ApiError::Kind::Network, host);
            error.setDetail(tr("the server closed the connection without answering"));
        }
        break;
    default:
        if (!job->m_tlsDetail.isEmpty()) {
            error = ApiError(ApiError::Kind::Tls, host);
            error.setDetail(job->m_tlsDetail);
        } else if (gotHeaders) {
            error = ApiError(ApiError::Kind::IncompleteBody, host);
            error.setDetail(reply->errorString());
        } else {
            error = ApiError(ApiError::Kind::Network, host);
            error.setDetail(reply->errorString());
        }
        break;
    }
    return error;
}

void ApiClient::handleResponse(ApiReply *job, QNetworkReply *reply)
{
    const QString host = hostLabel(job->m_url);
    if (reply->isOpen()) // not after Qt aborted it (transfer timeout)
        job->m_buffer += reply->readAll();
    if (job->m_buffer.size() > m_settings.maxResponseBytes) {
        ApiError error(ApiError::Kind::TooLarge, host);
        error.setDetail(formatBytes(m_settings.maxResponseBytes));
        finish(job, error);
        return;
    }

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QNetworkReply::NetworkError networkError = reply->error();
    if (status <= 0
        || (networkError != QNetworkReply::NoError && !isStatusDerivedError(networkError))) {
        if (status <= 0 && networkError == QNetworkReply::NoError) {
            ApiError error(ApiError::Kind::Network, host);
            error.setDetail(tr("no HTTP answer arrived"));
            finish(job, error);
        } else {
            finish(job, transportError(job, reply, status > 0));
        }
        return;
    }

    ApiResponse &response = job->m_response;
    response = ApiResponse();
    response.status = status;
    response.url = job->m_url;
    response.headers = reply->rawHeaderPairs();
    response.body = std::exchange(job->m_buffer, QByteArray());
    response.etag = response.rawHeader("ETag");

    // A body shorter than announced is cut off, whatever the transport said. (With a
    // Content-Encoding, Content-Length counts the compressed bytes.)
    const QByteArray declaredLength = response.rawHeader("Content-Length");
    if (!declaredLength.isEmpty() && !response.hasRawHeader("Content-Encoding")
        && job->m_method != "HEAD") {
        bool ok = false;
        const qint64 declared = declaredLength.trimmed().toLongLong(&ok);
        if (ok && declared != response.body.size()) {
            finish(job, ApiError(ApiError::Kind::IncompleteBody, host));
            return;
        }
    }

    if (status >= 300 && status < 400) {
        followRedirect(job, status, response.rawHeader("Location"));
        return;
    }

    if (status >= 200 && status < 300) {
        finish(job, validateBody(job));
        return;
    }

    ApiError error = ApiError::fromHttpStatus(status, host);
    if (isJsonContentType(response.rawHeader("Content-Type"))) {
        const QJsonObject object = QJsonDocument::fromJson(response.body).object();
        QString message = object.value(QLatin1String("message")).toString();
        // The server's words reach dialogs and maybe logs: a server that echoes the request
        // must not make them carry the credentials.
        message = replaceSecret(message, job->m_connection.apiKey);
        message = replaceSecret(message, job->m_connection.bearerToken);
        message
            = replaceSecret(message, job->m_connection.bearerToken.section(QLatin1Char('.'), -1));
        error.setServerMessage(message);
        error.setField(object.value(QLatin1String("field")).toString().left(200));
    }
    if (scheduleRetry(job, error, response.rawHeader("Retry-After")))
        return;
    finish(job, error);
}

void ApiClient::followRedirect(ApiReply *job, int status, const QByteArray &location)
{
    const QString host = hostLabel(job->m_url);
    const bool followable
        = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    // Resolve first: "//evil.example/x" and "https:other" are relative references too.
    const QUrl target = location.trimmed().isEmpty()
        ? QUrl()
        : job->m_url.resolved(QUrl::fromEncoded(location.trimmed(), QUrl::TolerantMode));
    if (!followable || !target.isValid() || target.host().isEmpty()) {
        ApiError error = ApiError::fromHttpStatus(status, host);
        error.setDetail(tr("an unexpected redirect"));
        finish(job, error);
        return;
    }
    if (!sameOrigin(target, job->m_url)) {
        ApiError error(ApiError::Kind::CrossOriginRedirect, host);
        error.setDetail(originLabel(target));
        error.setHttpStatus(status);
        finish(job, error);
        return;
    }
    if (++job->m_redirects > m_settings.maxRedirects) {
        ApiError error(ApiError::Kind::TooManyRedirects, host);
        error.setHttpStatus(status);
        finish(job, error);
        return;
    }
    if (status == 303) {
        job->m_method = QByteArrayLiteral("GET");
        job->m_body.clear();
    } else if ((status == 301 || status == 302) && job->m_method != "GET"
        && job->m_method != "HEAD") {
        // Browsers turn these into a GET, which would report a write as done without doing
        // it. Only 307/308 promise to repeat the same method.
        ApiError error = ApiError::fromHttpStatus(status, host);
        error.setDetail(tr("an unexpected redirect"));
        finish(job, error);
        return;
    }
    qCDebug(lcApi).noquote().nospace()
        << '#' << job->m_serial << " redirect " << status << " to " << pathForLog(target);
    job->m_url = target;
    sendHop(job);
}

bool ApiClient::scheduleRetry(ApiReply *job, ApiError &error, const QByteArray &retryAfter)
{
    const int status = error.httpStatus();
    if (!ApiRetry::isRetryableStatus(status))
        return false;
    const std::optional<qint64> askedMs
        = ApiRetry::parseRetryAfterMs(retryAfter, QDateTime::currentDateTimeUtc());
    if (askedMs)
        error.setRetryAfterSeconds(qMax<qint64>(1, (*askedMs + 999) / 1000));
    // Writes are never repeated blindly: the first one may have been applied.
    if (!job->m_request.isIdempotent() || job->m_attempt > m_settings.maxRetries)
        return false;
    qint64 delayMs = 0;
    if (askedMs) {
        if (*askedMs > m_settings.retryAfterCapMs)
            return false;
        delayMs = *askedMs;
    } else {
        delayMs = ApiRetry::backoffDelayMs(job->m_attempt, m_settings.retryBaseDelayMs,
            m_settings.retryMaxDelayMs, QRandomGenerator::global()->generateDouble());
    }
    if (job->m_elapsed.elapsed() + delayMs >= m_settings.deadlineMs)
        return false;
    qCDebug(lcApi).noquote().nospace()
        << '#' << job->m_serial << " answered " << status << ", retry " << job->m_attempt << '/'
        << m_settings.maxRetries << " in " << delayMs << " ms";
    job->m_retryTimer.start(int(delayMs));
    Q_EMIT job->retryScheduled(job->m_attempt + 1, int(delayMs));
    return true;
}

ApiError ApiClient::validateBody(ApiReply *job) const
{
    ApiResponse &response = job->m_response;
    const QString host = hostLabel(job->m_url);
    const ApiRequest &request = job->m_request;

    if (request.paged) {
        response.page.page = request.page;
        response.page.size = request.size;
        const QByteArray total = response.rawHeader(TotalHeader).trimmed();
        if (!total.isEmpty()) {
            bool ok = false;
            response.page.total = total.toLongLong(&ok);
            if (!ok || response.page.total < 0) {
                response.page.total = -1;
                return ApiError::malformedBody(
                    QString::fromLatin1(TotalHeader), tr("it is not a count"), host);
            }
        }
    }

    if (request.expect == ApiRequest::Expect::Nothing)
        return ApiError();
    const QByteArray contentType = response.rawHeader("Content-Type");
    if (!isJsonContentType(contentType)) {
        return ApiError::malformedBody(QString(),
            tr("it is not JSON but \u201c%1\u201d (a login page of a network or proxy?)")
                .arg(QString::fromLatin1(
                    contentType.isEmpty() ? QByteArray("nothing") : contentType.left(100))),
            host);
    }
    if (request.expect == ApiRequest::Expect::Object) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return ApiError::malformedBody(QString(),
                tr("invalid JSON at byte %1 (%2)")
                    .arg(parseError.offset)
                    .arg(parseError.errorString()),
                host);
        }
        if (!document.isObject())
            return ApiError::malformedBody(QString(), tr("expected a JSON object"), host);
        response.object = document.object();
        return ApiError();
    }
    // Lists are decoded (and checked in depth) once, by the models; here only their shape.
    if (firstNonSpace(response.body, false) != "[" || firstNonSpace(response.body, true) != "]")
        return ApiError::malformedBody(QString(), tr("expected a JSON array"), host);
    return ApiError();
}

// --- ending --------------------------------------------------------------------------------

void ApiClient::onDeadline(ApiReply *job)
{
    ApiError error(ApiError::Kind::Timeout, hostLabel(job->m_url));
    error.setDetail(tr(
        "no complete answer within %n second(s)", nullptr, qMax(1, m_settings.deadlineMs / 1000)));
    finish(job, error);
}

void ApiClient::cancel(ApiReply *job, ApiError::Kind kind)
{
    finish(job, ApiError(kind, hostLabel(job->m_url)));
}

void ApiClient::dropNetworkReply(ApiReply *job)
{
    QNetworkReply *reply = job->m_networkReply;
    job->m_networkReply = nullptr;
    if (!reply)
        return;
    // Disconnect before abort(): abort() emits finished() synchronously, and whatever the
    // reply still has queued must reach nobody.
    disconnect(reply, nullptr, job, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ApiClient::untrack(ApiReply *job)
{
    m_active.remove(job);
    const QString &key = job->m_request.supersedeKey;
    if (!key.isEmpty()) {
        const auto it = m_supersede.constFind(key);
        if (it != m_supersede.constEnd() && (it.value() == job || !it.value()))
            m_supersede.remove(key);
    }
}

void ApiClient::forget(ApiReply *job)
{
    // The reply is being destroyed unfinished: drop the request without telling anyone.
    job->m_finished = true;
    job->m_deadline.stop();
    job->m_retryTimer.stop();
    dropNetworkReply(job);
    untrack(job);
    qCDebug(lcApi).noquote().nospace() << '#' << job->m_serial << " abandoned";
    if (!m_destroying)
        Q_EMIT activeRequestsChanged(int(m_active.size()));
}

void ApiClient::finish(ApiReply *job, const ApiError &error, FinishMode mode)
{
    if (job->m_finished)
        return;
    job->m_finished = true;
    job->m_error = error;
    if (job->m_error.isError() && job->m_error.host().isEmpty())
        job->m_error.setHost(hostLabel(job->m_url));
    job->m_deadline.stop();
    job->m_retryTimer.stop();
    dropNetworkReply(job);
    job->m_buffer.clear();
    // The secrets are needed no longer than the request.
    job->m_connection.apiKey.clear();
    job->m_connection.bearerToken.clear();
    untrack(job);

    const qint64 ms = job->m_elapsed.isValid() ? job->m_elapsed.elapsed() : 0;
    if (!error.isError()) {
        qCDebug(lcApi).noquote().nospace()
            << '#' << job->m_serial << ' ' << job->m_request.method << ' ' << pathForLog(job->m_url)
            << " -> " << job->m_response.status << " in " << ms << " ms, "
            << job->m_response.body.size() << " bytes";
    } else if (error.isCancellation()) {
        qCDebug(lcApi).noquote().nospace()
            << '#' << job->m_serial << ' ' << ApiError::kindName(error.kind()) << " after " << ms
            << " ms";
    } else {
        qCInfo(lcApi).noquote().nospace()
            << '#' << job->m_serial << ' ' << job->m_request.method << ' ' << pathForLog(job->m_url)
            << " failed: " << ApiError::kindName(error.kind())
            << (error.httpStatus() ? QStringLiteral(" (HTTP %1)").arg(error.httpStatus())
                                   : QString())
            << " after " << ms << " ms, attempt " << job->m_attempt;
    }

    if (mode == FinishMode::Silent)
        return;
    const QPointer<ApiClient> self(this);
    const QPointer<ApiReply> guard(job);
    Q_EMIT activeRequestsChanged(int(m_active.size()));
    if (!guard)
        return;
    Q_EMIT job->finished();
    if (guard && guard->m_autoDelete)
        guard->deleteLater();
    if (self && error.kind() == ApiError::Kind::Unauthorized)
        Q_EMIT credentialsRejected(error);
}

// --- typed calls ---------------------------------------------------------------------------

namespace {

ApiRequest getRequest(const QString &path, ApiRequest::Expect expect, const QString &supersedeKey)
{
    ApiRequest request;
    request.path = path;
    request.expect = expect;
    request.supersedeKey = supersedeKey;
    return request;
}

ApiRequest listRequest(const QString &path, const PageRequest &page, const QString &supersedeKey)
{
    ApiRequest request = getRequest(path, ApiRequest::Expect::Array, supersedeKey);
    request.paged = true;
    request.page = page.page;
    request.size = page.size;
    request.query.append({QStringLiteral("page"), QString::number(page.page)});
    request.query.append({QStringLiteral("size"), QString::number(page.size)});
    if (!page.sort.isEmpty())
        request.query.append({QStringLiteral("sort"), page.sort});
    return request;
}

ApiRequest writeRequest(const QByteArray &method, const QString &path, const QByteArray &body,
    const QByteArray &ifMatch)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.ifMatch = ifMatch;
    request.expect = ApiRequest::Expect::Object;
    return request;
}

void addDateRange(ApiRequest &request, const std::optional<qint64> &from,
    const std::optional<qint64> &to, const QString &dateField)
{
    if (from)
        request.query.append({QStringLiteral("from_date"), QString::number(*from)});
    if (to)
        request.query.append({QStringLiteral("to_date"), QString::number(*to)});
    if (!dateField.isEmpty())
        request.query.append({QStringLiteral("date_field"), dateField});
}

void addList(ApiRequest &request, const QString &name, const QStringList &values)
{
    if (!values.isEmpty())
        request.query.append({name, values.join(QLatin1Char(','))});
}

void addIncludeDeleted(ApiRequest &request, bool includeDeleted)
{
    if (includeDeleted)
        request.query.append({QStringLiteral("include_deleted"), QStringLiteral("true")});
}

QString userPath(const QString &id)
{
    return QLatin1String("/users/") + ApiRequest::pathSegment(id);
}

QString orderPath(const QString &id)
{
    return QLatin1String("/orders/") + ApiRequest::pathSegment(id);
}

QString subscriptionPath(const QString &id)
{
    return QLatin1String("/subscriptions/") + ApiRequest::pathSegment(id);
}

/// "/orders", "/users/{id}/orders" or "/users/me/orders"; empty for a user scope without id.
QString scopedPath(const Scope &scope, const QString &collection)
{
    switch (scope.kind) {
    case Scope::Kind::Company:
        return QLatin1Char('/') + collection;
    case Scope::Kind::User:
        return scope.userId.isEmpty() ? QString()
                                      : userPath(scope.userId) + QLatin1Char('/') + collection;
    case Scope::Kind::Me:
        return QLatin1String("/users/me/") + collection;
    }
    return QString();
}

QByteArray compact(const QJsonDocument &document)
{
    return document.toJson(QJsonDocument::Compact);
}

} // namespace

ApiReply *ApiClient::listUsers(const UserQuery &query, const QString &supersedeKey)
{
    const bool search = !query.search.isEmpty();
    ApiRequest request = listRequest(
        search ? QStringLiteral("/users/search") : QStringLiteral("/users"), query, supersedeKey);
    if (search)
        request.query.prepend({QStringLiteral("query"), query.search});
    addList(request, QStringLiteral("tags"), query.tags);
    addIncludeDeleted(request, query.includeDeleted);
    return send(request);
}

ApiReply *ApiClient::getUser(const QString &id, const QString &supersedeKey)
{
    ApiRequest request = getRequest(userPath(id), ApiRequest::Expect::Object, supersedeKey);
    if (id.isEmpty())
        return invalid(request, tr("No user id was given."));
    return send(request);
}

ApiReply *ApiClient::updateUser(
    const QString &id, const QJsonObject &patch, const QByteArray &ifMatch)
{
    ApiRequest request = writeRequest(
        QByteArrayLiteral("PUT"), userPath(id), compact(QJsonDocument(patch)), ifMatch);
    if (id.isEmpty())
        return invalid(request, tr("No user id was given."));
    return send(request);
}

ApiReply *ApiClient::deleteUser(const QString &id, const QByteArray &ifMatch)
{
    ApiRequest request = writeRequest(QByteArrayLiteral("DELETE"), userPath(id), {}, ifMatch);
    if (id.isEmpty())
        return invalid(request, tr("No user id was given."));
    return send(request);
}

ApiReply *ApiClient::replaceAddresses(
    const QString &id, const QJsonArray &addresses, const QByteArray &ifMatch)
{
    ApiRequest request = writeRequest(QByteArrayLiteral("PUT"),
        userPath(id) + QLatin1String("/addresses"), compact(QJsonDocument(addresses)), ifMatch);
    if (id.isEmpty())
        return invalid(request, tr("No user id was given."));
    return send(request);
}

ApiReply *ApiClient::loginOrCreate(const QJsonObject &fields)
{
    return send(writeRequest(QByteArrayLiteral("POST"), QStringLiteral("/v2/users"),
        compact(QJsonDocument(fields)), QByteArray()));
}

ApiReply *ApiClient::getMe(const QString &supersedeKey)
{
    return send(getRequest(QStringLiteral("/users/me"), ApiRequest::Expect::Object, supersedeKey));
}

ApiReply *ApiClient::updateMe(const QJsonObject &patch, const QByteArray &ifMatch)
{
    return send(writeRequest(QByteArrayLiteral("PUT"), QStringLiteral("/users/me"),
        compact(QJsonDocument(patch)), ifMatch));
}

ApiReply *ApiClient::deleteMe(const QByteArray &ifMatch)
{
    return send(
        writeRequest(QByteArrayLiteral("DELETE"), QStringLiteral("/users/me"), {}, ifMatch));
}

ApiReply *ApiClient::replaceMyAddresses(const QJsonArray &addresses, const QByteArray &ifMatch)
{
    return send(writeRequest(QByteArrayLiteral("PUT"), QStringLiteral("/users/me/addresses"),
        compact(QJsonDocument(addresses)), ifMatch));
}

ApiReply *ApiClient::listOrders(const OrderQuery &query, const QString &supersedeKey)
{
    const bool search = !query.search.isEmpty();
    QString path = scopedPath(query.scope, QStringLiteral("orders"));
    if (search && query.scope.kind != Scope::Kind::Company)
        path.clear();
    else if (search)
        path += QLatin1String("/search");
    ApiRequest request = listRequest(path, query, supersedeKey);
    if (search)
        request.query.prepend({QStringLiteral("query"), query.search});
    addDateRange(request, query.fromDate, query.toDate, query.dateField);
    addList(request, QStringLiteral("order_status"), query.orderStatus);
    addList(request, QStringLiteral("delivery_status"), query.deliveryStatus);
    addIncludeDeleted(request, query.includeDeleted);
    if (search && query.scope.kind != Scope::Kind::Company)
        return invalid(request, tr("Only the orders of every customer can be searched."));
    if (path.isEmpty())
        return invalid(request, tr("No user id was given."));
    return send(request);
}

ApiReply *ApiClient::getOrder(const QString &id, const QString &supersedeKey)
{
    ApiRequest request = getRequest(orderPath(id), ApiRequest::Expect::Object, supersedeKey);
    if (id.isEmpty())
        return invalid(request, tr("No order id was given."));
    return send(request);
}

ApiReply *ApiClient::updateOrder(
    const QString &id, const QJsonObject &patch, const QByteArray &ifMatch)
{
    ApiRequest request = writeRequest(
        QByteArrayLiteral("PUT"), orderPath(id), compact(QJsonDocument(patch)), ifMatch);
    if (id.isEmpty())
        return invalid(request, tr("No order id was given."));
    return send(request);
}

ApiReply *ApiClient::cancelOrder(const QString &id, const QByteArray &ifMatch)
{
    ApiRequest request = writeRequest(QByteArrayLiteral("POST"),
        orderPath(id) + QLatin1String("/cancel"), QByteArrayLiteral("{}"), ifMatch);
    if (id.isEmpty())
        return invalid(request, tr("No order id was given."));
    return send(request);
}

ApiReply *ApiClient::listSubscriptions(const SubscriptionQuery &query, const QString &supersedeKey)
{
    const bool search = !query.search.isEmpty();
    QString path = scopedPath(query.scope, QStringLiteral("subscriptions"));
    if (search && query.scope.kind != Scope::Kind::Company)
        path.clear();
    else if (search)
        path += QLatin1String("/search");
    ApiRequest request = listRequest(path, query, supersedeKey);
    if (search)
        request.query.prepend({QStringLiteral("query"), query.search});
    addList(request, QStringLiteral("status"), query.status);
    addIncludeDeleted(request, query.includeDeleted);
    if (search && query.scope.kind != Scope::Kind::Company)
        return invalid(request, tr("Only the subscriptions of every customer can be searched."));
    if (path.isEmpty())
        return invalid(request, tr("No user id was given."));
    return send(request);
}

ApiReply *ApiClient::getSubscription(const QString &id, const QString &supersedeKey)
{
    ApiRequest request = getRequest(subscriptionPath(id), ApiRequest::Expect::Object, supersedeKey);
    if (id.isEmpty())
        return invalid(request, tr("No subscription id was given."));
    return send(request);
}

ApiReply *ApiClient::updateSubscription(
    const QString &id, const QJsonObject &patch, const QByteArray &ifMatch)
{
    ApiRequest request = writeRequest(
        QByteArrayLiteral("PUT"), subscriptionPath(id), compact(QJsonDocument(patch)), ifMatch);
    if (id.isEmpty())
        return invalid(request, tr("No subscription id was given."));
    return send(request);
}

ApiReply *ApiClient::stopSubscription(const QString &id, const QByteArray &ifMatch)
{
    ApiRequest request = writeRequest(QByteArrayLiteral("POST"),
        subscriptionPath(id) + QLatin1String("/stop"), QByteArrayLiteral("{}"), ifMatch);
    if (id.isEmpty())
        return invalid(request, tr("No subscription id was given."));
    return send(request);
}

ApiReply *ApiClient::startSubscription(
    const QString &id, const QString &paymentMethodId, const QByteArray &ifMatch)
{
    QJsonObject body;
    if (!paymentMethodId.isEmpty())
        body.insert(QStringLiteral("payment_method"), paymentMethodId);
    ApiRequest request = writeRequest(QByteArrayLiteral("POST"),
        subscriptionPath(id) + QLatin1String("/start"), compact(QJsonDocument(body)), ifMatch);
    if (id.isEmpty())
        return invalid(request, tr("No subscription id was given."));
    return send(request);
}

ApiReply *ApiClient::listPayments(const PaymentQuery &query, const QString &supersedeKey)
{
    const bool search = !query.search.isEmpty();
    QString path;
    switch (query.subject) {
    case PaymentQuery::Subject::Company:
        path = search ? QStringLiteral("/payments/search") : QStringLiteral("/payments");
        break;
    case PaymentQuery::Subject::Order:
        if (!query.subjectId.isEmpty())
            path = orderPath(query.subjectId) + QLatin1String("/payments");
        break;
    case PaymentQuery::Subject::Subscription:
        if (!query.subjectId.isEmpty())
            path = subscriptionPath(query.subjectId) + QLatin1String("/payments");
        break;
    }
    ApiRequest request = listRequest(path, query, supersedeKey);
    if (search)
        request.query.prepend({QStringLiteral("query"), query.search});
    addDateRange(request, query.fromDate, query.toDate, query.dateField);
    addList(request, QStringLiteral("current_state"), query.currentState);
    addIncludeDeleted(request, query.includeDeleted);
    if (search && query.subject != PaymentQuery::Subject::Company)
        return invalid(request, tr("Only the payments of every customer can be searched."));
    if (path.isEmpty())
        return invalid(request, tr("No order or subscription id was given."));
    return send(request);
}

ApiReply *ApiClient::getPayment(const QString &id, const QString &supersedeKey)
{
    ApiRequest request = getRequest(QLatin1String("/payments/") + ApiRequest::pathSegment(id),
        ApiRequest::Expect::Object, supersedeKey);
    if (id.isEmpty())
        return invalid(request, tr("No payment id was given."));
    return send(request);
}

ApiReply *ApiClient::listPlans(const PlanQuery &query, const QString &supersedeKey)
{
    const bool search = !query.search.isEmpty();
    ApiRequest request = listRequest(
        search ? QStringLiteral("/plans/search") : QStringLiteral("/plans"), query, supersedeKey);
    if (search)
        request.query.prepend({QStringLiteral("query"), query.search});
    addIncludeDeleted(request, query.includeDeleted);
    return send(request);
}

ApiReply *ApiClient::getPlan(const QString &id, const QString &supersedeKey)
{
    ApiRequest request = getRequest(QLatin1String("/plans/") + ApiRequest::pathSegment(id),
        ApiRequest::Expect::Object, supersedeKey);
    if (id.isEmpty())
        return invalid(request, tr("No plan id was given."));
    return send(request);
}

ApiReply *ApiClient::listPaymentMethods(
    const PaymentMethodQuery &query, const QString &supersedeKey)
{
    const QString path = scopedPath(query.scope, QStringLiteral("payment_methods"));
    ApiRequest request = listRequest(path, query, supersedeKey);
    addDateRange(request, query.fromDate, query.toDate, query.dateField);
    if (path.isEmpty())
        return invalid(request, tr("No user id was given."));
    return send(request);
}

ApiReply *ApiClient::listTags(const QString &supersedeKey)
{
    return send(getRequest(QStringLiteral("/tags"), ApiRequest::Expect::Array, supersedeKey));
}

ApiReply *ApiClient::getCompany()
{
    return send(getRequest(QStringLiteral("/company"), ApiRequest::Expect::Object, QString()));
}
