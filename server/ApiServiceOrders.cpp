// SPDX-License-Identifier: GPL-3.0-or-later
// ApiService: the routes of orders, subscriptions, payments and plans (docs/API.md, "Orders,
// subscriptions and payments"). Writes run as the user writes do: the body is validated first,
// then one transaction on the writer thread reads the document, checks If-Match (412) and the
// document's status (409, Lifecycle), and writes.

#include "ApiService.h"
#include "DocumentPatch.h"
#include "Lifecycle.h"
#include "RawJson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace Server {

namespace {

std::optional<qint64> dateMember(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue d = o.value(key).toObject().value(QLatin1String("$date"));
    if (!d.isDouble())
        return std::nullopt;
    return qint64(d.toDouble());
}

QByteArray quoted(const QString &text)
{
    return RawJson::quote(text);
}

QByteArray reference(const QString &id)
{
    return QByteArrayLiteral("{\"$oid\":\"") + id.toLatin1() + QByteArrayLiteral("\"}");
}

// The end of a billing period of `plan` that starts at `startMs`: billing_interval (DAY, WEEK,
// MONTH or YEAR; MONTH when missing) times interval_count (1 when missing), in calendar terms
// (UTC).
qint64 periodEnd(const QJsonObject &plan, qint64 startMs)
{
    const QString unit = plan.value(QLatin1String("billing_interval")).toString().toUpper();
    const int count = qBound(1, plan.value(QLatin1String("interval_count")).toInt(1), 1000);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    QDateTime end;
    if (unit == QLatin1String("DAY"))
        end = start.addDays(count);
    else if (unit == QLatin1String("WEEK"))
        end = start.addDays(7LL * count);
    else if (unit == QLatin1String("YEAR"))
        end = start.addYears(count);
    else
        end = start.addMonths(count);
    return end.toMSecsSinceEpoch();
}

} // namespace

std::optional<HttpResponse> ApiService::dispatchDocument(
    const Match &m, const HttpRequest &request, const Caller &caller)
{
    const bool put = request.method == "PUT";
    switch (m.route) {
    case Route::OrdersSearch:
        return listCollection(caller, ListFilter::Collection::Orders, 0, request, true);
    case Route::Order:
        return put ? writeOrder(caller, m.id, request, OrderWrite::Update) : getOrder(caller, m.id);
    case Route::OrderCancel:
        return writeOrder(caller, m.id, request, OrderWrite::Cancel);
    case Route::OrderPayments:
        return subjectPayments(caller, true, m.id, request);
    case Route::SubscriptionsSearch:
        return listCollection(caller, ListFilter::Collection::Subscriptions, 0, request, true);
    case Route::Subscription:
        return put ? writeSubscription(caller, m.id, request, SubscriptionWrite::Update)
                   : getSubscription(caller, m.id);
    case Route::SubscriptionStop:
        return writeSubscription(caller, m.id, request, SubscriptionWrite::Stop);
    case Route::SubscriptionStart:
        return writeSubscription(caller, m.id, request, SubscriptionWrite::Start);
    case Route::SubscriptionPayments:
        return subjectPayments(caller, false, m.id, request);
    case Route::Payments:
        return listCollection(caller, ListFilter::Collection::Payments, 0, request, false);
    case Route::PaymentsSearch:
        return listCollection(caller, ListFilter::Collection::Payments, 0, request, true);
    case Route::Payment:
        return getPayment(caller, m.id);
    case Route::Plans:
        return listCollection(caller, ListFilter::Collection::Plans, 0, request, false);
    case Route::PlansSearch:
        return listCollection(caller, ListFilter::Collection::Plans, 0, request, true);
    case Route::Plan:
        return getPlan(caller, m.id);
    default:
        return std::nullopt;
    }
}

// ---- orders ---------------------------------------------------------------------------

HttpResponse ApiService::getOrder(const Caller &caller, const QString &id)
{
    DocRow order;
    const StoreStatus s = ObjectIdGenerator::isValid(id)
        ? m_store->orderById(caller.company->id, id, &order)
        : StoreStatus::NotFound;
    if (s == StoreStatus::NotFound)
        return error(404, tr("No order with this id."));
    if (s != StoreStatus::Ok)
        return storeError(s);
    HttpResponse r = json(DataStore::orderBody(order));
    r.addHeader("ETag", userETag(order.id, order.version));
    return r;
}

HttpResponse ApiService::writeOrder(
    const Caller &caller, const QString &id, const HttpRequest &request, OrderWrite what)
{
    // The body is checked before the order is looked up (docs/SERVER.md, order of checks).
    DocumentPatch patch;
    DocumentPatch::Error invalid;
    const auto body
        = what == OrderWrite::Update ? DocumentPatch::Body::Order : DocumentPatch::Body::Action;
    if (!DocumentPatch::parse(body, request.body, &patch, &invalid))
        return error(400, invalid.message, invalid.field);
    if (!ObjectIdGenerator::isValid(id))
        return error(404, tr("No order with this id."));
    const IfMatch ifMatch = parseIfMatch(request, id);
    return m_store->write([&] { return storeOrder(caller, id, what, patch, ifMatch); });
}

HttpResponse ApiService::storeOrder(const Caller &caller, const QString &id, OrderWrite what,
    const DocumentPatch &patch, const IfMatch &ifMatch)
{
    WriteTransaction tx(m_store);
    if (tx.status() != StoreStatus::Ok)
        return storeError(tx.status());
    DocRow current;
    StoreStatus s = m_store->orderById(caller.company->id, id, &current);
    if (s == StoreStatus::NotFound)
        return error(404, tr("No order with this id."));
    if (s != StoreStatus::Ok)
        return storeError(s);
    if (ifMatch.fails(current.version)) {
        HttpResponse r = error(412,
            tr("The order has changed since you read it (If-Match does not match its ETag); "
               "nothing was written."));
        r.addHeader("ETag", userETag(current.id, current.version));
        return r;
    }
    if (current.deleted)
        return error(409, tr("The order is deleted; a deleted order does not change."));

    const QJsonObject stored = QJsonDocument::fromJson(current.doc).object();
    const QString status = stored.value(QLatin1String("order_status")).toString();
    const QString delivery = stored.value(QLatin1String("delivery_status")).toString();
    const QString canceled = QStringLiteral("CANCELED");
    // PUT with order_status CANCELED cancels, with the rules and effects of the cancel route.
    const bool cancelling
        = what == OrderWrite::Cancel || (patch.orderStatus == canceled && status != canceled);
    const QString refused = cancelling
        ? Lifecycle::refuseCancel(status, delivery)
        : Lifecycle::refuseChange(status, patch.orderStatus.value_or(QString()),
            patch.deliveryStatus.value_or(QString()));
    if (!refused.isNull())
        return error(409, refused);

    const qint64 now = nowMs();
    QByteArray doc = current.doc;
    for (const auto &member : patch.members)
        doc = RawJson::setMember(doc, member.first, member.second);
    if (cancelling) {
        doc = RawJson::setMember(doc, QStringLiteral("order_status"), quoted(canceled));
        doc = RawJson::setMember(doc, QStringLiteral("delivery_status"), quoted(canceled));
    }
    doc = RawJson::setMember(
        doc, QStringLiteral("modified"), dateJson(qMax(now, current.modified + 1)));
    qint64 version = 0;
    s = m_store->updateOrder(
        current.pk, QJsonDocument::fromJson(doc).object(), doc, ifMatch.expected(), &version);
    if (s == StoreStatus::Conflict) // checked above already; the UPDATE checks again
        return error(412, tr("The order has changed since you read it; nothing was written."));
    if (s != StoreStatus::Ok)
        return storeError(s);

    if (cancelling) {
        // A payment not taken yet is not taken any more; one that succeeded stays as it is
        // (a refund is not part of this API).
        QList<DocRow> payments;
        s = m_store->paymentsOf(caller.company->id, current.id, &payments);
        for (qsizetype i = 0; s == StoreStatus::Ok && i < payments.size(); ++i) {
            const DocRow &p = payments.at(i);
            const QByteArray state = RawJson::member(p.doc, QStringLiteral("current_state"));
            if (p.deleted || (state != "\"created\"" && state != "\"processing\""))
                continue;
            QByteArray paymentDoc
                = RawJson::setMember(p.doc, QStringLiteral("current_state"), "\"canceled\"");
            paymentDoc = RawJson::setMember(
                paymentDoc, QStringLiteral("modified"), dateJson(qMax(now, p.modified + 1)));
            s = m_store->updatePayment(
                p.pk, QJsonDocument::fromJson(paymentDoc).object(), paymentDoc);
        }
        if (s != StoreStatus::Ok)
            return storeError(s);
    }
    s = tx.commit();
    if (s != StoreStatus::Ok)
        return storeError(s);
    DocRow updated = current;
    updated.doc = doc;
    HttpResponse r = json(DataStore::orderBody(updated));
    r.addHeader("ETag", userETag(current.id, version));
    return r;
}

// ---- subscriptions --------------------------------------------------------------------

HttpResponse ApiService::getSubscription(const Caller &caller, const QString &id)
{
    DocRow subscription;
    const StoreStatus s = ObjectIdGenerator::isValid(id)
        ? m_store->subscriptionById(caller.company->id, id, &subscription)
        : StoreStatus::NotFound;
    if (s == StoreStatus::NotFound)
        return error(404, tr("No subscription with this id."));
    if (s != StoreStatus::Ok)
        return storeError(s);
    HttpResponse r = json(DataStore::subscriptionBody(subscription));
    r.addHeader("ETag", userETag(subscription.id, subscription.version));
    return r;
}

HttpResponse ApiService::writeSubscription(
    const Caller &caller, const QString &id, const HttpRequest &request, SubscriptionWrite what)
{
    DocumentPatch patch;
    DocumentPatch::Error invalid;
    const auto body = what == SubscriptionWrite::Update ? DocumentPatch::Body::Subscription
        : what == SubscriptionWrite::Start              ? DocumentPatch::Body::Start
                                                        : DocumentPatch::Body::Action;
    if (!DocumentPatch::parse(body, request.body, &patch, &invalid))
        return error(400, invalid.message, invalid.field);
    if (!ObjectIdGenerator::isValid(id))
        return error(404, tr("No subscription with this id."));
    const IfMatch ifMatch = parseIfMatch(request, id);
    return m_store->write([&] { return storeSubscription(caller, id, what, patch, ifMatch); });
}

HttpResponse ApiService::storeSubscription(const Caller &caller, const QString &id,
    SubscriptionWrite what, const DocumentPatch &patch, const IfMatch &ifMatch)
{
    const QString &companyId = caller.company->id;
    WriteTransaction tx(m_store);
    if (tx.status() != StoreStatus::Ok)
        return storeError(tx.status());
    DocRow current;
    StoreStatus s = m_store->subscriptionById(companyId, id, &current);
    if (s == StoreStatus::NotFound)
        return error(404, tr("No subscription with this id."));
    if (s != StoreStatus::Ok)
        return storeError(s);
    const QJsonObject stored = QJsonDocument::fromJson(current.doc).object();

    // The payment method sent, or for start the one the subscription has: one of the
    // customer's own, as a user's default_payment_method must be.
    std::optional<QString> method = patch.paymentMethodId;
    if (what == SubscriptionWrite::Start && !method) {
        const QString had = DataStore::oidOf(stored.value(QLatin1String("payment_method")));
        if (!ObjectIdGenerator::isValid(had)) {
            return error(400,
                tr("The subscription has no payment method to renew with; send one "
                   "(payment_method)."),
                QStringLiteral("payment_method"));
        }
        method = had;
    }
    if (method) {
        qint64 owner = 0;
        s = m_store->paymentMethodOwner(companyId, *method, &owner);
        if (s == StoreStatus::NotFound
            || (s == StoreStatus::Ok && (owner != current.userPk || owner == 0))) {
            return error(400, tr("The payment method is not one of this customer's."),
                QStringLiteral("payment_method"));
        }
        if (s != StoreStatus::Ok)
            return storeError(s);
    }
    if (ifMatch.fails(current.version)) {
        HttpResponse r = error(412,
            tr("The subscription has changed since you read it (If-Match does not match its "
               "ETag); nothing was written."));
        r.addHeader("ETag", userETag(current.id, current.version));
        return r;
    }
    if (current.deleted)
        return error(
            409, tr("The subscription is deleted; a deleted subscription does not change."));
    const QString status = stored.value(QLatin1String("status")).toString();
    const QString refused = what == SubscriptionWrite::Stop ? Lifecycle::refuseStop(status)
        : what == SubscriptionWrite::Start                  ? Lifecycle::refuseStart(status)
                                                            : QString();
    if (!refused.isNull())
        return error(409, refused);

    const qint64 now = nowMs();
    QByteArray doc = current.doc;
    for (const auto &member : patch.members)
        doc = RawJson::setMember(doc, member.first, member.second);
    auto set = [&doc](const char *key, const QByteArray &value) {
        doc = RawJson::setMember(doc, QString::fromLatin1(key), value);
    };
    if (what == SubscriptionWrite::Stop) {
        // Renews no more: active until the end of the period paid for (without one, from
        // now), or until the end it had when that comes first.
        qint64 ending
            = dateMember(stored, QLatin1String("current_billing_date_period_end")).value_or(now);
        if (const auto had = dateMember(stored, QLatin1String("ending_date")))
            ending = qMin(ending, qMax(*had, now));
        set("status", "\"NON_RENEWING\"");
        set("ending_date", dateJson(ending));
        set("infinite", "false");
        set("is_retrying_payment", "false");
    } else if (what == SubscriptionWrite::Start) {
        set("status", "\"ACTIVE\"");
        set("active", "true");
        set("payment_method", reference(*method));
        set("infinite", "true");
        doc = RawJson::removeMember(doc, QStringLiteral("ending_date"));
        const std::optional<qint64> end
            = dateMember(stored, QLatin1String("current_billing_date_period_end"));
        const bool created = status == QLatin1String("CREATED");
        if (created || !end || *end <= now) {
            // A new billing period from now, of the plan's length and price.
            QByteArray planDoc;
            s = m_store->planById(
                companyId, DataStore::oidOf(stored.value(QLatin1String("plan"))), &planDoc);
            if (s != StoreStatus::Ok && s != StoreStatus::NotFound)
                return storeError(s);
            const QJsonObject plan = QJsonDocument::fromJson(planDoc).object();
            set("current_billing_date_period_start", dateJson(now));
            set("current_billing_date_period_end", dateJson(periodEnd(plan, now)));
            const QByteArray price = RawJson::member(planDoc, QStringLiteral("total_amount"));
            if (!price.isNull())
                set("last_billing_amount", price);
        }
        if (created)
            set("starting_date", dateJson(now));
        if (status == QLatin1String("ERROR")) {
            set("total_fail_attempts", "0");
            set("is_retrying_payment", "false");
        }
    }
    set("modified", dateJson(qMax(now, current.modified + 1)));
    qint64 version = 0;
    s = m_store->updateSubscription(
        current.pk, QJsonDocument::fromJson(doc).object(), doc, ifMatch.expected(), &version);
    if (s == StoreStatus::Conflict) {
        return error(
            412, tr("The subscription has changed since you read it; nothing was written."));
    }
    if (s == StoreStatus::Ok)
        s = tx.commit();
    if (s != StoreStatus::Ok)
        return storeError(s);
    HttpResponse r = json(DataStore::subscriptionBody(current, doc));
    r.addHeader("ETag", userETag(current.id, version));
    return r;
}

// ---- payments and plans ---------------------------------------------------------------

HttpResponse ApiService::subjectPayments(
    const Caller &caller, bool order, const QString &id, const HttpRequest &request)
{
    ListFilter f;
    if (auto invalid = parseList(caller, ListFilter::Collection::Payments, 0, request, false, &f))
        return *invalid;
    DocRow subject;
    StoreStatus s = StoreStatus::NotFound;
    if (ObjectIdGenerator::isValid(id)) {
        s = order ? m_store->orderById(caller.company->id, id, &subject)
                  : m_store->subscriptionById(caller.company->id, id, &subject);
    }
    if (s == StoreStatus::NotFound) {
        return error(
            404, order ? tr("No order with this id.") : tr("No subscription with this id."));
    }
    if (s != StoreStatus::Ok)
        return storeError(s);
    f.subjectId = subject.id;
    ListPage page;
    s = m_store->list(f, &page);
    if (s != StoreStatus::Ok)
        return storeError(s);
    HttpResponse r = json(page.body);
    r.addHeader("X-Pagination-Total", QByteArray::number(page.total));
    return r;
}

HttpResponse ApiService::getPayment(const Caller &caller, const QString &id)
{
    QByteArray doc;
    const StoreStatus s = ObjectIdGenerator::isValid(id)
        ? m_store->paymentById(caller.company->id, id, &doc)
        : StoreStatus::NotFound;
    if (s == StoreStatus::NotFound)
        return error(404, tr("No payment with this id."));
    if (s != StoreStatus::Ok)
        return storeError(s);
    return json(doc);
}

HttpResponse ApiService::getPlan(const Caller &caller, const QString &id)
{
    QByteArray doc;
    const StoreStatus s = ObjectIdGenerator::isValid(id)
        ? m_store->planById(caller.company->id, id, &doc)
        : StoreStatus::NotFound;
    if (s == StoreStatus::NotFound)
        return error(404, tr("No plan with this id."));
    if (s != StoreStatus::Ok)
        return storeError(s);
    return json(doc);
}

} // namespace Server
