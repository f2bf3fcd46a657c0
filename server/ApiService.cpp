// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiService.h"

#include "Jwt.h"
#include "PhoneNumber.h"
#include "RawJson.h"
#include "UserPatch.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

namespace Server {

namespace {

constexpr qsizetype MaxBodyBytes = 1024 * 1024;
constexpr qint64 MaxPage = 1000000000;
constexpr qint64 MaxUnixSeconds = 100000000000LL; // year 5138
constexpr qsizetype MaxSearchChars = 1000;

// Strict decimal integer: optional '-', 1 to 15 digits, nothing else.
bool parseInteger(const QString &text, qint64 *value)
{
    qsizetype i = 0;
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        i = 1;
    }
    if (text.size() == i || text.size() - i > 15)
        return false;
    qint64 v = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = negative ? -v : v;
    return true;
}

bool parseBool(const QString &text, bool *value)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes")) {
        *value = true;
        return true;
    }
    if (t.isEmpty() || t == QLatin1String("false") || t == QLatin1String("0")
        || t == QLatin1String("no")) {
        *value = false;
        return true;
    }
    return false;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

} // namespace

HttpResponse ApiService::json(const QByteArray &body, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

HttpResponse ApiService::error(int status, const QString &message, const QString &field)
{
    return json(Http::errorBody(message, field), status);
}

QByteArray ApiService::dateJson(qint64 ms)
{
    return QByteArrayLiteral("{\"$date\":") + QByteArray::number(ms) + '}';
}

ApiService::IfMatch ApiService::parseIfMatch(const HttpRequest &request, const QString &userId)
{
    IfMatch m;
    if (!request.hasHeader("if-match"))
        return m;
    m.present = true;
    const QByteArray prefix = userId.toLatin1() + '-';
    for (const QByteArray &part : request.header("if-match").split(',')) {
        const QByteArray tag = part.trimmed();
        if (tag == "*") {
            m.any = true;
        } else if (tag.size() >= 2 && tag.startsWith('"') && tag.endsWith('"')) {
            // A weak tag (W/"...") never matches: If-Match compares strongly.
            const QByteArray inner = tag.mid(1, tag.size() - 2);
            if (!inner.startsWith(prefix))
                continue;
            bool ok = false;
            const qint64 version = inner.mid(prefix.size()).toLongLong(&ok);
            if (ok && version > 0)
                m.versions << version;
        }
    }
    return m;
}

namespace {

struct ListSpec
{
    QStringList sortFields;
    QStringList dateFields;
    QList<QPair<QString, QString>> statusParams; // query parameter -> column
    bool tags = false;
};

const ListSpec &specOf(ListFilter::Collection c)
{
    static const ListSpec users {
        {QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("last_login"),
            QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
            QStringLiteral("human_id"), QStringLiteral("mobile_phone_number")},
        {}, {}, true};
    static const ListSpec orders {
        {QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("delivery_time"),
            QStringLiteral("human_id"), QStringLiteral("total_amount"),
            QStringLiteral("order_status"), QStringLiteral("delivery_status"),
            QStringLiteral("currency")},
        {QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("delivery_time")},
        {{QStringLiteral("order_status"), QStringLiteral("order_status")},
            {QStringLiteral("delivery_status"), QStringLiteral("delivery_status")}},
        false};
    static const ListSpec subscriptions {
        {QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("name"),
            QStringLiteral("status"), QStringLiteral("starting_date"),
            QStringLiteral("ending_date"), QStringLiteral("human_id")},
        {}, {{QStringLiteral("status"), QStringLiteral("status")}}, false};
    static const ListSpec paymentMethods {{QStringLiteral("created"), QStringLiteral("modified")},
        {QStringLiteral("created"), QStringLiteral("modified")}, {}, false};
    // Payments sort by creation only: the one order an index keeps (schema step 4).
    static const ListSpec payments {{QStringLiteral("created")},
        {QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("payment_date")},
        {{QStringLiteral("current_state"), QStringLiteral("current_state")}}, false};
    static const ListSpec plans {
        {QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("name"),
            QStringLiteral("total_amount"), QStringLiteral("human_id")},
        {}, {}, false};
    switch (c) {
    case ListFilter::Collection::Users:
        return users;
    case ListFilter::Collection::Orders:
        return orders;
    case ListFilter::Collection::Subscriptions:
        return subscriptions;
    case ListFilter::Collection::PaymentMethods:
        return paymentMethods;
    case ListFilter::Collection::Payments:
        return payments;
    case ListFilter::Collection::Plans:
        return plans;
    }
    return users;
}

} // namespace

bool VerifiedTokens::find(const Company &company, const QByteArray &token, QJsonObject *claims)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd() || it->first != &company)
        return false;
    *claims = it->second;
    return true;
}

void VerifiedTokens::insert(
    const Company &company, const QByteArray &token, const QJsonObject &claims)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_tokens.size() >= MaxTokens)
        m_tokens.clear();
    m_tokens.insert(token, {&company, claims});
}

ApiService::ApiService(DataStore *store, const Options &options)
    : m_store(store)
    , m_options(options)
    , m_rateLimiter(options.rateLimit, options.rateWindowSecs)
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

QByteArray ApiService::userETag(const QString &userId, qint64 version)
{
    return '"' + userId.toLatin1() + '-' + QByteArray::number(version) + '"';
}

// ---- routing --------------------------------------------------------------------------

ApiService::Match ApiService::match(const QByteArray &path)
{
    QByteArrayList s;
    for (const QByteArray &part : path.split('/')) {
        if (!part.isEmpty())
            s << QByteArray::fromPercentEncoding(part);
    }
    Match m;
    const qsizetype n = s.size();
    const QByteArrayList get {"GET"};
    if (n == 2 && s[0] == "v2" && s[1] == "users") {
        m.route = Route::PostV2Users;
        m.methods = {"POST"};
        return m;
    }
    if (n == 0)
        return m;
    if (s[0] == "users") {
        if (n == 1) {
            m.route = Route::Users;
            m.methods = get;
        } else if (n == 2 && s[1] == "search") {
            m.route = Route::UsersSearch;
            m.methods = get;
        } else if (n == 2) {
            m.route = s[1] == "me" ? Route::Me : Route::User;
            m.methods = {"GET", "PUT", "DELETE"};
        } else if (n == 3) {
            const bool me = s[1] == "me";
            if (s[2] == "addresses") {
                m.route = me ? Route::MeAddresses : Route::UserAddresses;
                m.methods = {"PUT"};
            } else if (s[2] == "orders") {
                m.route = me ? Route::MeOrders : Route::UserOrders;
                m.methods = get;
            } else if (s[2] == "payment_methods") {
                m.route = me ? Route::MePaymentMethods : Route::UserPaymentMethods;
                m.methods = get;
            } else if (s[2] == "subscriptions") {
                m.route = me ? Route::MeSubscriptions : Route::UserSubscriptions;
                m.methods = get;
            }
        }
        if (m.route != Route::None && n >= 2)
            m.id = QString::fromUtf8(s[1]);
    } else if (s[0] == "orders" && n <= 3) {
        if (n == 1) {
            m.route = Route::Orders;
            m.methods = get;
        } else if (n == 2 && s[1] == "search") {
            m.route = Route::OrdersSearch;
            m.methods = get;
        } else if (n == 2) {
            m.route = Route::Order;
            m.methods = {"GET", "PUT"};
        } else if (s[2] == "cancel") {
            m.route = Route::OrderCancel;
            m.methods = {"POST"};
        } else if (s[2] == "payments") {
            m.route = Route::OrderPayments;
            m.methods = get;
        }
    } else if (s[0] == "subscriptions" && n <= 3) {
        if (n == 1) {
            m.route = Route::Subscriptions;
            m.methods = get;
        } else if (n == 2 && s[1] == "search") {
            m.route = Route::SubscriptionsSearch;
            m.methods = get;
        } else if (n == 2) {
            m.route = Route::Subscription;
            m.methods = {"GET", "PUT"};
        } else if (s[2] == "stop") {
            m.route = Route::SubscriptionStop;
            m.methods = {"POST"};
        } else if (s[2] == "start") {
            m.route = Route::SubscriptionStart;
            m.methods = {"POST"};
        } else if (s[2] == "payments") {
            m.route = Route::SubscriptionPayments;
            m.methods = get;
        }
    } else if ((s[0] == "payments" || s[0] == "plans") && n <= 2) {
        const bool payments = s[0] == "payments";
        m.methods = get;
        if (n == 1)
            m.route = payments ? Route::Payments : Route::Plans;
        else if (s[1] == "search")
            m.route = payments ? Route::PaymentsSearch : Route::PlansSearch;
        else
            m.route = payments ? Route::Payment : Route::Plan;
    } else if (n == 1 && s[0] == "payment_methods") {
        m.route = Route::PaymentMethods;
        m.methods = get;
    } else if (n == 1 && s[0] == "tags") {
        m.route = Route::Tags;
        m.methods = get;
    } else if (n == 1 && s[0] == "company") {
        m.route = Route::Company;
        m.methods = get;
    }
    if (m.route != Route::None && m.id.isEmpty() && n >= 2 && s[0] != "users")
        m.id = QString::fromUtf8(s[1]);
    return m;
}

bool ApiService::isUserRoute(Route route)
{
    switch (route) {
    case Route::PostV2Users:
    case Route::Me:
    case Route::MeAddresses:
    case Route::MeOrders:
    case Route::MePaymentMethods:
    case Route::MeSubscriptions:
        return true;
    default:
        return false;
    }
}

bool ApiService::isStaffRoute(Route route)
{
    return route != Route::None && !isUserRoute(route);
}

HttpResponse ApiService::handle(const HttpRequest &received)
{
    // A body may start with a UTF-8 byte order mark; it is dropped here, once, before any
    // parse (docs/API.md). And HEAD is answered as GET (the transport leaves the body out);
    // dispatch() must never see HEAD, or a HEAD on /users/{id} would be taken for a DELETE.
    static const QByteArray bom("\xEF\xBB\xBF");
    HttpRequest adjusted;
    const bool hasBom = received.body.startsWith(bom);
    if (received.method == "HEAD" || hasBom) {
        adjusted = received;
        if (adjusted.method == "HEAD")
            adjusted.method = QByteArrayLiteral("GET");
        if (hasBom)
            adjusted.body.remove(0, bom.size());
    }
    const HttpRequest &request = received.method == "HEAD" || hasBom ? adjusted : received;
    HttpResponse response;
    const Match m = match(request.path);
    Caller caller;
    std::optional<int> remaining;
    if (m.route == Route::None) {
        response = error(404, tr("No such route."));
    } else if (!m.methods.contains(request.method)) {
        response = error(
            405, tr("Method %1 is not allowed here.").arg(QString::fromLatin1(received.method)));
        response.addHeader("Allow", m.methods.join(", "));
    } else if (request.body.size() > MaxBodyBytes) {
        response = error(
            413, tr("The request body is larger than the limit of %1 bytes.").arg(MaxBodyBytes));
    } else {
        // Authentication first (401), then the rate limit of the key it found (429).
        const QByteArray apiKey = request.header("x-builton-api-key").trimmed();
        caller.company = apiKey.isEmpty() ? nullptr : m_store->companyByApiKey(apiKey);
        if (!caller.company) {
            response = error(401,
                apiKey.isEmpty() ? tr("The X-Builton-Api-Key header is missing.")
                                 : tr("The API key is not valid."));
        } else {
            const RateLimiter::Decision d = m_rateLimiter.hit(caller.company->apiKey, nowMs());
            if (m_rateLimiter.isEnabled())
                remaining = d.remaining;
            if (!d.allowed) {
                response = error(429,
                    tr("Too many requests; try again in %n second(s).", nullptr, d.retryAfterSecs));
                response.addHeader("Retry-After", QByteArray::number(d.retryAfterSecs));
            } else if (auto failed = authenticate(request, &caller)) {
                response = *failed;
            } else if (isUserRoute(m.route) && caller.staff) {
                response = error(403,
                    tr("This route takes a user token, not a service-account "
                       "key."));
            } else if (isStaffRoute(m.route) && !caller.staff) {
                response = error(403, tr("This route needs a service-account key."));
            } else {
                response = dispatch(m, request, caller);
            }
        }
    }
    if (remaining)
        response.addHeader("X-Rate-Limit-Remaining", QByteArray::number(*remaining));
    response.addHeader("Cache-Control", "no-store");
    response.addHeader("Access-Control-Expose-Headers", "X-Pagination-Total");
    return response;
}

std::optional<HttpResponse> ApiService::authenticate(const HttpRequest &request, Caller *caller)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.isEmpty())
        return error(401, tr("The Authorization header with a bearer token is missing."));
    if (authorization.size() < 7 || !authorization.first(7).toLower().startsWith("bearer ")
        || authorization.mid(7).trimmed().isEmpty())
        return error(401, tr("The Authorization header must be \"Bearer <token>\"."));
    const QByteArray token = authorization.mid(7).trimmed();
    const qint64 nowSecs = nowMs() / 1000;
    QJsonObject claims;
    if (!m_verifiedTokens.find(*caller->company, token, &claims)) {
        const Jwt::Result result
            = Jwt::verify(token, caller->company->jwtSecret, nowSecs, Jwt::DefaultLeewaySecs);
        if (!result.isValid())
            return error(401, result.errorString());
        claims = result.claims;
        m_verifiedTokens.insert(*caller->company, token, claims);
    } else {
        // Verified before: its signature stands, but time goes on.
        Jwt::Result timed;
        timed.error = Jwt::checkTimes(claims, nowSecs, Jwt::DefaultLeewaySecs, &timed.claimName);
        if (!timed.isValid())
            return error(401, timed.errorString());
    }
    const QJsonValue cid = claims.value(QLatin1String("cid"));
    if (!cid.isUndefined() && cid.toString() != caller->company->id)
        return error(401, tr("The token belongs to another company."));
    const QJsonValue iss = claims.value(QLatin1String("iss"));
    if (!iss.isUndefined() && iss.toString() != QLatin1String("builton-server"))
        return error(401, tr("The token was issued by someone else."));
    caller->staff = claims.value(QLatin1String("builton_role")).toString()
        == QLatin1String("service_account");
    caller->subject = claims.value(QLatin1String("sub")).toString();
    if (!caller->staff && caller->subject.isEmpty())
        return error(401, tr("The token names no user (\"sub\")."));
    return std::nullopt;
}

HttpResponse ApiService::dispatch(const Match &m, const HttpRequest &request, const Caller &caller)
{
    const QString &companyId = caller.company->id;

    if (m.route == Route::PostV2Users)
        return postV2Users(caller, request);
    if (m.route == Route::Users)
        return listCollection(caller, ListFilter::Collection::Users, 0, request, false);
    if (m.route == Route::UsersSearch)
        return listCollection(caller, ListFilter::Collection::Users, 0, request, true);
    if (m.route == Route::Orders)
        return listCollection(caller, ListFilter::Collection::Orders, 0, request, false);
    if (m.route == Route::Subscriptions)
        return listCollection(caller, ListFilter::Collection::Subscriptions, 0, request, false);
    if (m.route == Route::PaymentMethods)
        return listCollection(caller, ListFilter::Collection::PaymentMethods, 0, request, false);
    if (m.route == Route::Tags)
        return tags(caller);
    if (m.route == Route::Company)
        return company(caller);
    if (auto answered = dispatchDocument(m, request, caller))
        return *answered;

    // Routes about one user: "me" (the token's user) or {id}.
    UserRow user;
    StoreStatus s = StoreStatus::NotFound;
    if (isUserRoute(m.route))
        s = m_store->userByAuthId(companyId, caller.subject, &user);
    else if (ObjectIdGenerator::isValid(m.id))
        s = m_store->userById(companyId, m.id, &user);
    if (s == StoreStatus::NotFound) {
        // Parameters and body are checked before the resource (docs/SERVER.md).
        if (auto invalid = invalidRequest(m, request, caller))
            return *invalid;
        return error(404,
            isUserRoute(m.route) ? tr("No user of this company has the token's subject.")
                                 : tr("No user with this id."));
    }
    if (s != StoreStatus::Ok)
        return storeError(s);

    switch (m.route) {
    case Route::Me:
    case Route::User:
        if (request.method == "GET")
            return getUser(user);
        if (request.method == "PUT")
            return writeUser(caller, user, request, Write::Profile);
        return writeUser(caller, user, request, Write::Delete);
    case Route::MeAddresses:
    case Route::UserAddresses:
        return writeUser(caller, user, request, Write::Addresses);
    case Route::MeOrders:
    case Route::UserOrders:
        return listCollection(caller, ListFilter::Collection::Orders, user.pk, request, false);
    case Route::MePaymentMethods:
    case Route::UserPaymentMethods:
        return listCollection(
            caller, ListFilter::Collection::PaymentMethods, user.pk, request, false);
    case Route::MeSubscriptions:
    case Route::UserSubscriptions:
        return listCollection(
            caller, ListFilter::Collection::Subscriptions, user.pk, request, false);
    default:
        break;
    }
    return error(404, tr("No such route."));
}

std::optional<HttpResponse> ApiService::invalidRequest(
    const Match &m, const HttpRequest &request, const Caller &caller)
{
    UserPatch patch;
    QByteArray addresses;
    UserPatch::Error invalid;
    ListFilter filter;
    switch (m.route) {
    case Route::Me:
    case Route::User:
        if (request.method == "PUT"
            && !UserPatch::parseProfile(request.body, false, &patch, &invalid))
            return error(400, invalid.message, invalid.field);
        return std::nullopt;
    case Route::MeAddresses:
    case Route::UserAddresses:
        if (!UserPatch::parseAddresses(request.body, &addresses, &invalid))
            return error(400, invalid.message, invalid.field);
        return std::nullopt;
    case Route::MeOrders:
    case Route::UserOrders:
        return parseList(caller, ListFilter::Collection::Orders, 0, request, false, &filter);
    case Route::MePaymentMethods:
    case Route::UserPaymentMethods:
        return parseList(
            caller, ListFilter::Collection::PaymentMethods, 0, request, false, &filter);
    case Route::MeSubscriptions:
    case Route::UserSubscriptions:
        return parseList(caller, ListFilter::Collection::Subscriptions, 0, request, false, &filter);
    default:
        return std::nullopt;
    }
}

HttpResponse ApiService::storeError(StoreStatus status)
{
    if (status == StoreStatus::Busy) {
        HttpResponse r = error(503, tr("The database is busy; try again shortly."));
        r.addHeader("Retry-After", "1");
        return r;
    }
    return error(500, tr("The server could not complete the request."));
}

// ---- users ----------------------------------------------------------------------------

HttpResponse ApiService::getUser(const UserRow &user)
{
    HttpResponse r = json(user.doc);
    r.addHeader("ETag", userETag(user.id, user.version));
    return r;
}

HttpResponse ApiService::writeUser(
    const Caller &caller, const UserRow &target, const HttpRequest &request, Write what)
{
    // Validate the body before touching the database.
    UserPatch patch;
    QByteArray addresses;
    UserPatch::Error invalid;
    if (what == Write::Profile && !UserPatch::parseProfile(request.body, false, &patch, &invalid))
        return error(400, invalid.message, invalid.field);
    if (what == Write::Addresses && !UserPatch::parseAddresses(request.body, &addresses, &invalid))
        return error(400, invalid.message, invalid.field);
    const IfMatch ifMatch = parseIfMatch(request, target.id);
    return m_store->write(
        [&] { return storeUser(caller, target, what, patch, addresses, ifMatch); });
}

HttpResponse ApiService::storeUser(const Caller &caller, const UserRow &target, Write what,
    const UserPatch &patch, const QByteArray &addresses, const IfMatch &ifMatch)
{
    WriteTransaction tx(m_store);
    if (tx.status() != StoreStatus::Ok)
        return storeError(tx.status());
    UserRow current;
    StoreStatus s = m_store->userById(caller.company->id, target.id, &current);
    if (s == StoreStatus::NotFound)
        return error(404, tr("No user with this id."));
    if (s != StoreStatus::Ok)
        return storeError(s);

    if (patch.defaultPaymentMethodId) {
        qint64 owner = 0;
        s = m_store->paymentMethodOwner(caller.company->id, *patch.defaultPaymentMethodId, &owner);
        if (s == StoreStatus::NotFound || (s == StoreStatus::Ok && owner != current.pk)) {
            return error(400, tr("The payment method is not one of this user's."),
                QStringLiteral("default_payment_method"));
        }
        if (s != StoreStatus::Ok)
            return storeError(s);
    }

    // The caps of a stored user (docs/API.md): 413, naming the member that made it too large;
    // the transaction rolls back as it goes out of scope.
    QByteArray doc = current.doc;
    UserPatch::Error tooLarge;
    if (!patch.applyTo(&doc, &tooLarge))
        return error(413, tooLarge.message, tooLarge.field);
    if (what == Write::Addresses) {
        doc = RawJson::setMember(doc, QStringLiteral("addresses"), addresses);
        if (!UserPatch::checkStoredSize(
                doc, QStringLiteral("addresses"), &tooLarge, current.doc.size()))
            return error(413, tooLarge.message, tooLarge.field);
    }
    if (what == Write::Delete)
        doc = RawJson::setMember(doc, QStringLiteral("deleted"), "true");
    const qint64 modified = qMax(nowMs(), current.modified + 1);
    doc = RawJson::setMember(doc, QStringLiteral("modified"), dateJson(modified));
    const QJsonObject fields = QJsonDocument::fromJson(doc).object();

    std::optional<QList<qint64>> expected;
    if (ifMatch.present && !ifMatch.any)
        expected = ifMatch.versions;
    qint64 version = 0;
    s = m_store->updateUser(current.pk, fields, doc, expected, &version);
    if (s == StoreStatus::Conflict) {
        HttpResponse r = error(412,
            tr("The user has changed since you read it (If-Match does "
               "not match its ETag); nothing was written."));
        r.addHeader("ETag", userETag(current.id, current.version));
        return r;
    }
    if (s != StoreStatus::Ok)
        return storeError(s);
    s = tx.commit();
    if (s != StoreStatus::Ok)
        return storeError(s);
    HttpResponse r = json(doc);
    r.addHeader("ETag", userETag(current.id, version));
    return r;
}

QString ApiService::newHumanId(const QString &companyId)
{
    static const char alphabet[] = "2346789ABCDEFGHJKLMNPQRTUVWXYZ";
    for (int attempt = 0; attempt < 20; ++attempt) {
        QString id;
        for (int i = 0; i < 6; ++i)
            id += QLatin1Char(
                alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]);
        ScopedQuery q(m_store->database(),
            QStringLiteral("SELECT 1 FROM users WHERE company = ? AND human_id = ?"));
        q->addBindValue(companyId);
        q->addBindValue(id);
        if (q->exec() && !q->next())
            return id;
    }
    return QString::number(QRandomGenerator::global()->generate(), 36).toUpper();
}

HttpResponse ApiService::postV2Users(const Caller &caller, const HttpRequest &request)
{
    UserPatch patch;
    UserPatch::Error invalid;
    if (!UserPatch::parseProfile(request.body, true, &patch, &invalid))
        return error(400, invalid.message, invalid.field);
    return m_store->write([&] { return createOrLogIn(caller, patch); });
}

HttpResponse ApiService::createOrLogIn(const Caller &caller, const UserPatch &patch)
{
    const QString &companyId = caller.company->id;
    WriteTransaction tx(m_store);
    if (tx.status() != StoreStatus::Ok)
        return storeError(tx.status());
    const qint64 now = nowMs();
    UserRow existing;
    StoreStatus s = m_store->userByAuthId(companyId, caller.subject, &existing);
    if (s != StoreStatus::Ok && s != StoreStatus::NotFound)
        return storeError(s);

    if (s == StoreStatus::Ok) {
        // Log in: the profile is left as it is.
        QByteArray doc
            = RawJson::setMember(existing.doc, QStringLiteral("last_login"), dateJson(now));
        doc = RawJson::setMember(
            doc, QStringLiteral("modified"), dateJson(qMax(now, existing.modified + 1)));
        qint64 version = 0;
        s = m_store->updateUser(
            existing.pk, QJsonDocument::fromJson(doc).object(), doc, std::nullopt, &version);
        if (s == StoreStatus::Ok)
            s = tx.commit();
        if (s != StoreStatus::Ok)
            return storeError(s);
        HttpResponse r = json(doc);
        r.addHeader("ETag", userETag(existing.id, version));
        return r;
    }

    if (patch.defaultPaymentMethodId) {
        return error(400, tr("The payment method is not one of this user's."),
            QStringLiteral("default_payment_method"));
    }
    const QString id = m_ids.next(now);
    auto ref = [](const QString &oid) {
        return QJsonObject {{QStringLiteral("$oid"), oid}};
    };
    auto date = [](qint64 ms) {
        return QJsonObject {{QStringLiteral("$date"), ms}};
    };
    const QJsonObject user {
        {QStringLiteral("_cls"), QStringLiteral("User")},
        {QStringLiteral("_id"), ref(id)},
        {QStringLiteral("addresses"), QJsonArray()},
        {QStringLiteral("auth_id"), caller.subject},
        {QStringLiteral("avatar"), QString()},
        {QStringLiteral("bio"), QString()},
        {QStringLiteral("blocked"), false},
        {QStringLiteral("company"), ref(companyId)},
        {QStringLiteral("created"), date(now)},
        {QStringLiteral("deleted"), false},
        {QStringLiteral("email"), QString()},
        {QStringLiteral("first_name"), QString()},
        {QStringLiteral("human_id"), newHumanId(companyId)},
        {QStringLiteral("is_company"), false},
        {QStringLiteral("last_login"), date(now)},
        {QStringLiteral("last_name"), QString()},
        {QStringLiteral("mobile_phone_number"), QString()},
        {QStringLiteral("modified"), date(now)},
        {QStringLiteral("national_id"), QString()},
        {QStringLiteral("new_customer"), true},
        {QStringLiteral("note"), QString()},
        {QStringLiteral("receive_notifications"), true},
        {QStringLiteral("roles"), QJsonArray {QStringLiteral("user")}},
        {QStringLiteral("stripe_customer_id"), QString()},
        {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("voucher"),
            QJsonObject {{QStringLiteral("consumed"), 0}, {QStringLiteral("created"), date(now)},
                {QStringLiteral("expires"), date(now + 365LL * 24 * 3600 * 1000)},
                {QStringLiteral("initial_quantity"), 0}, {QStringLiteral("modified"), date(now)},
                {QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)}}},
    };
    QByteArray doc = QJsonDocument(user).toJson(QJsonDocument::Compact);
    UserPatch::Error tooLarge;
    if (!patch.applyTo(&doc, &tooLarge))
        return error(413, tooLarge.message, tooLarge.field);
    qint64 pk = 0;
    s = m_store->insertUser(companyId, QJsonDocument::fromJson(doc).object(), doc, &pk);
    if (s == StoreStatus::Ok)
        s = tx.commit();
    if (s != StoreStatus::Ok)
        return storeError(s);
    HttpResponse r = json(doc);
    r.addHeader("ETag", userETag(id, 1));
    return r;
}

// ---- lists ----------------------------------------------------------------------------

HttpResponse ApiService::listCollection(const Caller &caller, ListFilter::Collection collection,
    qint64 userPk, const HttpRequest &request, bool search)
{
    ListFilter f;
    if (auto invalid = parseList(caller, collection, userPk, request, search, &f))
        return *invalid;
    // The search text joins the fields with U+001F (SearchText::FieldSeparator): a query with
    // it would match across two fields, and no field contains it. And no stored text contains
    // U+0000 (PostgreSQL's text cannot hold it), so a filter with it matches nothing.
    const auto unmatchable = [](const QString &value) {
        return value.contains(QChar(SearchText::FieldSeparator)) || value.contains(QChar(0));
    };
    bool matchesNothing = unmatchable(f.search.typed()) || unmatchable(f.text);
    for (const QString &tag : std::as_const(f.tags))
        matchesNothing = matchesNothing || tag.contains(QChar(0));
    for (const auto &in : std::as_const(f.in)) {
        for (const QString &value : in.second)
            matchesNothing = matchesNothing || value.contains(QChar(0));
    }
    if (matchesNothing) {
        HttpResponse r = json(QByteArrayLiteral("[]"));
        r.addHeader("X-Pagination-Total", "0");
        return r;
    }
    ListPage page;
    const StoreStatus s = m_store->list(f, &page);
    if (s != StoreStatus::Ok)
        return storeError(s);
    HttpResponse r = json(page.body);
    r.addHeader("X-Pagination-Total", QByteArray::number(page.total));
    return r;
}

std::optional<HttpResponse> ApiService::parseList(const Caller &caller,
    ListFilter::Collection collection, qint64 userPk, const HttpRequest &request, bool search,
    ListFilter *out)
{
    ListFilter &f = *out;
    const ListSpec &spec = specOf(collection);
    const QUrlQuery &q = request.query;
    auto value = [&q](const QString &name) {
        return q.queryItemValue(name, QUrl::FullyDecoded);
    };
    f.collection = collection;
    f.companyId = caller.company->id;
    f.userPk = userPk;

    if (q.hasQueryItem(QStringLiteral("page"))) {
        qint64 page = 0;
        if (!parseInteger(value(QStringLiteral("page")), &page) || page < 0 || page > MaxPage)
            return error(400, tr("page must be a whole number from 0."), QStringLiteral("page"));
        f.page = page;
    }
    if (q.hasQueryItem(QStringLiteral("size"))) {
        qint64 size = 0;
        if (!parseInteger(value(QStringLiteral("size")), &size) || size < 1 || size > 1000)
            return error(
                400, tr("size must be a whole number from 1 to 1000."), QStringLiteral("size"));
        f.size = static_cast<int>(size);
    }
    const QString sort = value(QStringLiteral("sort")).trimmed();
    if (!sort.isEmpty()) {
        QString field = sort;
        f.descending = false;
        if (field.startsWith(QLatin1Char('-'))) {
            f.descending = true;
            field.remove(0, 1);
        } else if (field.startsWith(QLatin1Char('+'))) {
            field.remove(0, 1);
        }
        if (!spec.sortFields.contains(field)) {
            return error(400,
                tr("Cannot sort by \"%1\"; sortable fields: %2.")
                    .arg(field, spec.sortFields.join(QLatin1String(", "))),
                QStringLiteral("sort"));
        }
        f.sortColumn = field;
    }
    if (q.hasQueryItem(QStringLiteral("include_deleted"))
        && !parseBool(value(QStringLiteral("include_deleted")), &f.includeDeleted)) {
        return error(
            400, tr("include_deleted must be true or false."), QStringLiteral("include_deleted"));
    }
    if (!spec.dateFields.isEmpty()) {
        f.dateColumn = QStringLiteral("created");
        if (q.hasQueryItem(QStringLiteral("date_field"))) {
            const QString field = value(QStringLiteral("date_field")).trimmed();
            if (!spec.dateFields.contains(field)) {
                return error(400,
                    tr("date_field must be one of: %1.")
                        .arg(spec.dateFields.join(QLatin1String(", "))),
                    QStringLiteral("date_field"));
            }
            f.dateColumn = field;
        }
        for (const QString &name : {QStringLiteral("from_date"), QStringLiteral("to_date")}) {
            if (!q.hasQueryItem(name))
                continue;
            qint64 secs = 0;
            if (!parseInteger(value(name).trimmed(), &secs) || secs < -MaxUnixSeconds
                || secs > MaxUnixSeconds) {
                return error(400, tr("%1 must be a Unix time in whole seconds.").arg(name), name);
            }
            // Both ends inclusive to the second: from <= t < to + 1.
            if (name == QLatin1String("from_date"))
                f.fromMs = secs * 1000;
            else
                f.toMsExclusive = (secs + 1) * 1000;
        }
    }
    for (const auto &status : spec.statusParams) {
        const QStringList values = splitList(value(status.first));
        if (!values.isEmpty())
            f.in.append({status.second, values});
    }
    if (spec.tags)
        f.tags = splitList(value(QStringLiteral("tags")));
    if (search) {
        if (!q.hasQueryItem(QStringLiteral("query")))
            return error(400, tr("The search needs a query."), QStringLiteral("query"));
        const QString text = value(QStringLiteral("query"));
        if (text.size() > MaxSearchChars)
            return error(400, tr("The query is too long."), QStringLiteral("query"));
        if (collection == ListFilter::Collection::Users)
            f.search = SearchQuery::parse(text, caller.company->country);
        else
            f.text = text.toCaseFolded();
    }
    return std::nullopt;
}

HttpResponse ApiService::tags(const Caller &caller)
{
    QByteArray body;
    const StoreStatus s = m_store->tagCounts(caller.company->id, &body);
    if (s != StoreStatus::Ok)
        return storeError(s);
    return json(body);
}

HttpResponse ApiService::company(const Caller &caller)
{
    const Company &c = *caller.company;
    const PhoneNumber::Country *country = PhoneNumber::country(c.country);
    QJsonObject body {{QStringLiteral("_id"), QJsonObject {{QStringLiteral("$oid"), c.id}}},
        {QStringLiteral("name"), c.name}, {QStringLiteral("country"), c.country},
        {QStringLiteral("calling_code"),
            country ? QJsonValue(QString::fromLatin1(country->callingCode)) : QJsonValue()}};
    return json(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace Server
