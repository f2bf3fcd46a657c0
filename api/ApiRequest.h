// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

/// One HTTP exchange with the API, as ApiClient::send() takes it. The typed calls of
/// ApiClient fill it in; send() is public for routes that have no typed call yet.
struct ApiRequest
{
    /// What the body of a successful answer must be. Anything else (another JSON type, HTML,
    /// a cut-off document) finishes the call with MalformedBody.
    enum class Expect { Nothing, Object, Array };

    QByteArray method = QByteArrayLiteral("GET");
    /// Path below the base URL, starting with '/', each segment already percent-encoded
    /// (ApiRequest::pathSegment()).
    QString path;
    /// Query items, not encoded; ApiClient encodes every reserved character (also '+', '&').
    QList<QPair<QString, QString>> query;
    /// JSON body, sent with Content-Type: application/json. Empty: no body.
    QByteArray body;
    /// If-Match for conditional writes (the ETag exactly as the server sent it).
    QByteArray ifMatch;
    /// A newer request with the same non-empty key aborts this one (Superseded) and its late
    /// answer is ignored. Meant for GETs (typing in a search field); never use it for writes.
    QString supersedeKey;
    Expect expect = Expect::Object;
    /// A list call: the answer's PageInfo is filled from X-Pagination-Total, page and size.
    bool paged = false;
    int page = 0;
    int size = 0;

    /// GET/HEAD: safe to repeat, so retried on 429/502/503/504.
    bool isIdempotent() const;
    /// A path segment with everything but unreserved characters percent-encoded.
    static QString pathSegment(const QString &value);
};

/// Paging and sorting of a list. sort is a field name, "-field" for descending; empty: the
/// server's default (-created).
struct PageRequest
{
    int page = 0;
    int size = 100;
    QString sort;
};

/// Whose documents a list shows: the whole company (staff), one user (staff) or the
/// signed-in user (user token, the /users/me routes).
struct Scope
{
    enum class Kind { Company, User, Me };
    Kind kind = Kind::Company;
    QString userId;

    static Scope company() { return Scope(); }
    static Scope user(const QString &id) { return Scope {Kind::User, id}; }
    static Scope me() { return Scope {Kind::Me, QString()}; }
};

/// GET /users, or GET /users/search?query= when search is not empty.
struct UserQuery : PageRequest
{
    QString search;
    QStringList tags; ///< a user matches when it has every one of them
    bool includeDeleted = false;
};

/// GET /orders, /users/{id}/orders or /users/me/orders; GET /orders/search?query= when
/// search is not empty (company scope only).
struct OrderQuery : PageRequest
{
    Scope scope;
    QString search; ///< the order number (whole or its beginning), a customer's name or email
    std::optional<qint64> fromDate; ///< Unix seconds, inclusive
    std::optional<qint64> toDate; ///< Unix seconds, inclusive to the second
    QString dateField; ///< created (server default), modified, delivery_time
    QStringList orderStatus;
    QStringList deliveryStatus;
    bool includeDeleted = false;
};

/// GET /subscriptions, /users/{id}/subscriptions or /users/me/subscriptions;
/// GET /subscriptions/search?query= when search is not empty (company scope only).
struct SubscriptionQuery : PageRequest
{
    Scope scope;
    QString search;
    QStringList status;
    bool includeDeleted = false;
};

/// GET /payment_methods, /users/{id}/payment_methods or /users/me/payment_methods.
struct PaymentMethodQuery : PageRequest
{
    Scope scope;
    std::optional<qint64> fromDate;
    std::optional<qint64> toDate;
    QString dateField;
};

/// GET /payments (or /payments/search?query= when search is not empty), or the payments of one
/// order or subscription: GET /orders/{id}/payments, /subscriptions/{id}/payments.
struct PaymentQuery : PageRequest
{
    enum class Subject { Company, Order, Subscription };
    Subject subject = Subject::Company;
    QString subjectId; ///< the order's or subscription's _id
    QString search; ///< company only
    QStringList currentState; ///< created, processing, succeeded, failed, refunded, canceled
    std::optional<qint64> fromDate;
    std::optional<qint64> toDate;
    QString dateField; ///< created (server default), modified, payment_date
    bool includeDeleted = false;

    static PaymentQuery ofOrder(const QString &orderId)
    {
        PaymentQuery query;
        query.subject = Subject::Order;
        query.subjectId = orderId;
        return query;
    }
    static PaymentQuery ofSubscription(const QString &subscriptionId)
    {
        PaymentQuery query;
        query.subject = Subject::Subscription;
        query.subjectId = subscriptionId;
        return query;
    }
};

/// GET /plans, or GET /plans/search?query= when search is not empty.
struct PlanQuery : PageRequest
{
    QString search;
    bool includeDeleted = false;
};
