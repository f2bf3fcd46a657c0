// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataStore.h"
#include "HttpMessage.h"
#include "ObjectIds.h"
#include "RateLimiter.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <mutex>
#include <optional>
#include <utility>

namespace Server {

class DocumentPatch;
class UserPatch;

/// Tokens whose signature verified, per company, so that a client's every request does not
/// decode, parse and HMAC its token again. The time claims are checked on every use.
/// Thread-safe; bounded (emptied when full).
class VerifiedTokens
{
public:
    bool find(const Company &company, const QByteArray &token, QJsonObject *claims);
    void insert(const Company &company, const QByteArray &token, const QJsonObject &claims);

private:
    static constexpr qsizetype MaxTokens = 4096;
    std::mutex m_mutex;
    QHash<QByteArray, std::pair<const Company *, QJsonObject>> m_tokens;
};

/// The BuiltOn API of docs/API.md, independent of the transport: routing, authentication
/// and authorization, parameters, validation, and the answers.
///
/// handle() turns one HttpRequest into one HttpResponse; it never throws and answers every
/// storage failure with 503 (busy) or 500. It is called from many threads at once: reads
/// run on the calling thread, writes on the store's writer thread (DataStore::write()).
class ApiService
{
    Q_DECLARE_TR_FUNCTIONS(ApiService)

public:
    struct Options
    {
        int rateLimit = 0; ///< requests per window per API key; 0: off
        int rateWindowSecs = 60;
    };

    ApiService(DataStore *store, const Options &options);

    /// Milliseconds since the epoch; replaceable for tests.
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }

    HttpResponse handle(const HttpRequest &request);

    /// The strong ETag of a user, an order or a subscription at `version`.
    static QByteArray userETag(const QString &userId, qint64 version);

private:
    enum class Route {
        None,
        PostV2Users,
        Me,
        MeAddresses,
        MeOrders,
        MePaymentMethods,
        MeSubscriptions,
        Users,
        UsersSearch,
        User,
        UserAddresses,
        UserOrders,
        UserPaymentMethods,
        UserSubscriptions,
        Orders,
        OrdersSearch,
        Order,
        OrderCancel,
        OrderPayments,
        Subscriptions,
        SubscriptionsSearch,
        Subscription,
        SubscriptionStop,
        SubscriptionStart,
        SubscriptionPayments,
        PaymentMethods,
        Payments,
        PaymentsSearch,
        Payment,
        Plans,
        PlansSearch,
        Plan,
        Tags,
        Company,
    };
    struct Match
    {
        Route route = Route::None;
        QByteArrayList methods; ///< methods the path accepts
        QString id; ///< the {id} of the path
    };
    struct Caller
    {
        const Company *company = nullptr;
        bool staff = false;
        QString subject;
    };
    enum class Write { Profile, Addresses, Delete };
    enum class OrderWrite { Update, Cancel };
    enum class SubscriptionWrite { Update, Stop, Start };
    struct IfMatch
    {
        bool present = false;
        bool any = false; ///< "*"
        QList<qint64> versions; ///< strong tags of this user (order, subscription)

        /// Whether a document at `version` fails the precondition (412).
        bool fails(qint64 version) const { return present && !any && !versions.contains(version); }
        /// The versions an UPDATE may find (none: unconditional).
        std::optional<QList<qint64>> expected() const
        {
            return present && !any ? std::optional<QList<qint64>>(versions) : std::nullopt;
        }
    };

    static Match match(const QByteArray &path);
    static bool isUserRoute(Route route);
    static bool isStaffRoute(Route route);

    std::optional<HttpResponse> authenticate(const HttpRequest &request, Caller *caller);
    HttpResponse dispatch(const Match &m, const HttpRequest &request, const Caller &caller);

    HttpResponse getUser(const UserRow &user);
    static IfMatch parseIfMatch(const HttpRequest &request, const QString &userId);
    HttpResponse writeUser(
        const Caller &caller, const UserRow &target, const HttpRequest &request, Write what);
    /// The transaction of writeUser(), on the writer thread.
    HttpResponse storeUser(const Caller &caller, const UserRow &target, Write what,
        const UserPatch &patch, const QByteArray &addresses, const IfMatch &ifMatch);
    HttpResponse postV2Users(const Caller &caller, const HttpRequest &request);
    /// The transaction of postV2Users(), on the writer thread.
    HttpResponse createOrLogIn(const Caller &caller, const UserPatch &patch);
    HttpResponse listCollection(const Caller &caller, ListFilter::Collection collection,
        qint64 userPk, const HttpRequest &request, bool search);
    /// Validates the list parameters of `request` into `out`; the 400 answer when invalid.
    std::optional<HttpResponse> parseList(const Caller &caller, ListFilter::Collection collection,
        qint64 userPk, const HttpRequest &request, bool search, ListFilter *out);
    /// The 400 answer for the parameters or body of a request about one user, if any.
    std::optional<HttpResponse> invalidRequest(
        const Match &m, const HttpRequest &request, const Caller &caller);
    HttpResponse tags(const Caller &caller);
    HttpResponse company(const Caller &caller);

    // Orders, subscriptions, payments and plans (ApiServiceOrders.cpp)
    /// The routes about one order, subscription, payment or plan; null for other routes.
    std::optional<HttpResponse> dispatchDocument(
        const Match &m, const HttpRequest &request, const Caller &caller);
    HttpResponse getOrder(const Caller &caller, const QString &id);
    HttpResponse writeOrder(
        const Caller &caller, const QString &id, const HttpRequest &request, OrderWrite what);
    /// The transaction of writeOrder(), on the writer thread.
    HttpResponse storeOrder(const Caller &caller, const QString &id, OrderWrite what,
        const DocumentPatch &patch, const IfMatch &ifMatch);
    HttpResponse getSubscription(const Caller &caller, const QString &id);
    HttpResponse writeSubscription(const Caller &caller, const QString &id,
        const HttpRequest &request, SubscriptionWrite what);
    /// The transaction of writeSubscription(), on the writer thread.
    HttpResponse storeSubscription(const Caller &caller, const QString &id, SubscriptionWrite what,
        const DocumentPatch &patch, const IfMatch &ifMatch);
    /// The payments of an order (`order`) or a subscription, newest first by default.
    HttpResponse subjectPayments(
        const Caller &caller, bool order, const QString &id, const HttpRequest &request);
    HttpResponse getPayment(const Caller &caller, const QString &id);
    HttpResponse getPlan(const Caller &caller, const QString &id);

    static HttpResponse json(const QByteArray &body, int status = 200);
    static HttpResponse error(int status, const QString &message, const QString &field = {});
    static QByteArray dateJson(qint64 ms);

    HttpResponse storeError(StoreStatus status);
    QString newHumanId(const QString &companyId);
    qint64 nowMs() const { return m_nowMs(); }

    DataStore *m_store;
    Options m_options;
    RateLimiter m_rateLimiter;
    VerifiedTokens m_verifiedTokens;
    ObjectIdGenerator m_ids;
    std::function<qint64()> m_nowMs;
};

} // namespace Server
