// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiConnection.h"
#include "api/ApiError.h"
#include "api/ApiReply.h"
#include "api/ApiRequest.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

/// Limits every request runs under. Defaults suit an interactive client.
struct ApiClientSettings
{
    /// No progress for this long (connecting, waiting, reading) fails with Timeout.
    int transferTimeoutMs = 30000;
    /// The whole call (redirects and retries included) fails with Timeout after this long,
    /// however slowly the server keeps sending.
    int deadlineMs = 60000;
    /// Larger answers are aborted while reading and fail with TooLarge.
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    /// Retries of an idempotent GET answered 429/502/503/504. Writes are never retried.
    int maxRetries = 3;
    /// Backoff without Retry-After: base * 2^(attempt-1), plus up to 25 % jitter, capped.
    int retryBaseDelayMs = 500;
    int retryMaxDelayMs = 8000;
    /// A Retry-After longer than this is not waited out: the call fails and says how long.
    int retryAfterCapMs = 30000;
    /// Same-origin redirects followed before TooManyRedirects.
    int maxRedirects = 5;
    /// HTTP/2 over TLS; off unless the environment has BUILTON_HTTP2=1.
    bool http2 = qEnvironmentVariable("BUILTON_HTTP2") == QLatin1String("1");
};

/// The one client of the BuiltOn API (docs/API.md): one typed call per route the app uses,
/// all of them going through send(), which owns the rules: headers, https-only for remote
/// hosts, same-origin redirects only, TLS errors never ignored, transfer timeout plus an
/// overall deadline, response size cap, retries of idempotent GETs with backoff and
/// Retry-After, superseding, and logging without secrets (category builton.api).
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    /// Requests already in flight keep the connection they started with.
    void setConnection(const ApiConnection &connection);
    QUrl baseUrl() const { return m_connection.baseUrl; }
    bool hasCredentials() const;

    void setSettings(const ApiClientSettings &settings) { m_settings = settings; }
    const ApiClientSettings &settings() const { return m_settings; }

    /// Unfinished calls.
    int activeRequests() const { return int(m_active.size()); }
    /// Cancels every unfinished call (each finishes with Canceled), e.g. on sign-out.
    void abortAll();

    /// The User-Agent every request carries: "BuiltOn-Admin/0.1.0 (Qt 6.4.2; linux; ...)".
    static QByteArray userAgent();

    /// Sends any request. Never finishes synchronously.
    ApiReply *send(const ApiRequest &request);

    // Users (staff routes, service-account key).
    ApiReply *listUsers(const UserQuery &query, const QString &supersedeKey = QString());
    ApiReply *getUser(const QString &id, const QString &supersedeKey = QString());
    /// PUT /users/{id} with only the editable fields in \a patch.
    ApiReply *updateUser(
        const QString &id, const QJsonObject &patch, const QByteArray &ifMatch = QByteArray());
    ApiReply *deleteUser(const QString &id, const QByteArray &ifMatch = QByteArray());
    ApiReply *replaceAddresses(
        const QString &id, const QJsonArray &addresses, const QByteArray &ifMatch = QByteArray());

    // The signed-in user (user token).
    /// POST /v2/users: creates the token's user or logs them in; \a fields may be empty.
    ApiReply *loginOrCreate(const QJsonObject &fields = QJsonObject());
    ApiReply *getMe(const QString &supersedeKey = QString());
    ApiReply *updateMe(const QJsonObject &patch, const QByteArray &ifMatch = QByteArray());
    ApiReply *deleteMe(const QByteArray &ifMatch = QByteArray());
    ApiReply *replaceMyAddresses(
        const QJsonArray &addresses, const QByteArray &ifMatch = QByteArray());

    // Lists and records of the company, of one user or of the signed-in user (Scope).
    ApiReply *listOrders(const OrderQuery &query, const QString &supersedeKey = QString());
    ApiReply *getOrder(const QString &id, const QString &supersedeKey = QString());
    /// PUT /orders/{id} with \a patch: order_status, delivery_status and/or note.
    ApiReply *updateOrder(
        const QString &id, const QJsonObject &patch, const QByteArray &ifMatch = QByteArray());
    /// POST /orders/{id}/cancel: both statuses become CANCELED (409 when it cannot be).
    ApiReply *cancelOrder(const QString &id, const QByteArray &ifMatch = QByteArray());
    ApiReply *listSubscriptions(
        const SubscriptionQuery &query, const QString &supersedeKey = QString());
    ApiReply *getSubscription(const QString &id, const QString &supersedeKey = QString());
    /// PUT /subscriptions/{id} with \a patch: payment_method and/or note.
    ApiReply *updateSubscription(
        const QString &id, const QJsonObject &patch, const QByteArray &ifMatch = QByteArray());
    /// POST /subscriptions/{id}/stop: renews no more, active to the end of the period paid.
    ApiReply *stopSubscription(const QString &id, const QByteArray &ifMatch = QByteArray());
    /// POST /subscriptions/{id}/start: renews again, with \a paymentMethodId (the _id of one of
    /// the customer's payment methods) or, when empty, the one it has.
    ApiReply *startSubscription(const QString &id, const QString &paymentMethodId = QString(),
        const QByteArray &ifMatch = QByteArray());
    ApiReply *listPayments(const PaymentQuery &query, const QString &supersedeKey = QString());
    ApiReply *getPayment(const QString &id, const QString &supersedeKey = QString());
    ApiReply *listPlans(const PlanQuery &query, const QString &supersedeKey = QString());
    ApiReply *getPlan(const QString &id, const QString &supersedeKey = QString());
    ApiReply *listPaymentMethods(
        const PaymentMethodQuery &query, const QString &supersedeKey = QString());
    /// GET /tags (local extension): [{"name": "vip", "count": 120}], most used first.
    ApiReply *listTags(const QString &supersedeKey = QString());
    /// GET /company (local extension): the company of the API key, its name and default
    /// country.
    ApiReply *getCompany();

Q_SIGNALS:
    /// A request was answered 401: the API key or token is no longer valid.
    void credentialsRejected(const ApiError &error);
    void activeRequestsChanged(int count);

private:
    friend class ApiReply;
    enum class FinishMode { Emit, Silent };

    ApiReply *start(const ApiRequest &request, const QString &invalidDetail);
    ApiReply *invalid(const ApiRequest &request, const QString &detail);
    void startAttempt(ApiReply *job);
    void sendHop(ApiReply *job);
    QNetworkRequest networkRequest(const ApiReply *job) const;
    void onReadyRead(ApiReply *job, QNetworkReply *reply);
    void onMetaDataChanged(ApiReply *job, QNetworkReply *reply);
    void onNetworkFinished(ApiReply *job, QNetworkReply *reply);
    void handleResponse(ApiReply *job, QNetworkReply *reply);
    void followRedirect(ApiReply *job, int status, const QByteArray &location);
    bool scheduleRetry(ApiReply *job, ApiError &error, const QByteArray &retryAfter);
    ApiError transportError(const ApiReply *job, QNetworkReply *reply, bool gotHeaders) const;
    ApiError validateBody(ApiReply *job) const;
    void onDeadline(ApiReply *job);
    void cancel(ApiReply *job, ApiError::Kind kind);
    void forget(ApiReply *job);
    void dropNetworkReply(ApiReply *job);
    void finish(ApiReply *job, const ApiError &error, FinishMode mode = FinishMode::Emit);
    void untrack(ApiReply *job);

    QNetworkAccessManager *m_nam = nullptr;
    ApiConnection m_connection;
    ApiClientSettings m_settings;
    QSet<ApiReply *> m_active;
    QHash<QString, QPointer<ApiReply>> m_supersede;
    quint64 m_serial = 0;
    bool m_destroying = false;
};
