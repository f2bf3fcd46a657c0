// SPDX-License-Identifier: GPL-3.0-or-later
// Every route of docs/API.md against the real builton-server over loopback: status,
// headers, body shape and content. Per-user lists and single documents are checked against
// expectations computed here from the full data set; POST /v2/users both logs the token
// user in and creates a brand-new user (with a token the test signs itself, using the
// company secret it reads from the database file).

#include "tst_server_api_common.h"

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ApiTest;

class TestServerApiRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyRoute_data();
    void everyRoute();
    void commonHeaders();
    void perUserListsMatchTheData();
    void meRoutesAreTheTokenUser();
    void singleDocumentsMatchTheLists();
    void etagOnEverySingleUserResponse();
    void postV2UsersLogsIn();
    void postV2UsersCreatesANewUser();
    void wrongMethod_data();
    void wrongMethod();
    void headGetsHeadersOnly();
    void unknownIds_data();
    void unknownIds();
    void deleteMe();

private:
    TestHttpResponse call(const QByteArray &method, const QByteArray &target,
        const TestHttp::Headers &headers, const QByteArray &body = {}) const
    {
        return TestHttp::request(method, url(m_server, target), headers, body);
    }
    QByteArray resolve(QByteArray target) const
    {
        target.replace("{user}", m_richUser.toLatin1());
        target.replace("{victim}", m_victim.toLatin1());
        target.replace("{order}", m_orderId.toLatin1());
        return target;
    }
    QByteArray tokenFor(const QString &sub) const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return hs256(QJsonObject {{QStringLiteral("sub"), sub}, {QStringLiteral("iat"), now},
                         {QStringLiteral("exp"), now + 3600},
                         {QStringLiteral("iss"), QStringLiteral("builton-server")},
                         {QStringLiteral("cid"), m_company.id}},
            m_company.secret);
    }

    QTemporaryDir m_dir;
    TestServer m_server;
    CompanyRecord m_company;
    QJsonArray m_users; ///< every user, deleted ones too
    QJsonArray m_orders;
    QJsonArray m_subscriptions;
    QJsonArray m_paymentMethods;
    QString m_richUser; ///< not the token user; has orders, subscriptions and payment methods
    QString m_victim; ///< a user the routes test deletes
    QString m_orderId;
};

void TestServerApiRoutes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    TestServer::Options options;
    options.users = 150;
    options.orders = 900;
    options.dbPath = TestDatabase::create(m_dir.path(), QStringLiteral("routes"));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));

    QString error;
    const QList<CompanyRecord> companies = readCompanies(options.dbPath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto demo = companyWithKey(companies, m_server.credentials().apiKey);
    QVERIFY(demo);
    m_company = *demo;

    m_users = fetchAll(m_server, "/users?include_deleted=true", staff(m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_orders = fetchAll(m_server, "/orders?include_deleted=true", staff(m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_subscriptions
        = fetchAll(m_server, "/subscriptions?include_deleted=true", staff(m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_paymentMethods
        = fetchAll(m_server, "/payment_methods?include_deleted=true", staff(m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_users.size() >= 150);
    QVERIFY(m_orders.size() >= 900);
    QVERIFY(!m_subscriptions.isEmpty());
    QVERIFY(!m_paymentMethods.isEmpty());

    // The richest user that is not the token user, and a plain one to delete.
    int best = -1;
    for (const QJsonValue &u : std::as_const(m_users)) {
        const QString id = idOf(u);
        if (id == m_server.credentials().userId || isDeleted(u.toObject()))
            continue;
        auto owned = [&id](const QJsonArray &docs) {
            int n = 0;
            for (const QJsonValue &d : docs)
                n += refOf(d.toObject().value(QLatin1String("user"))) == id ? 1 : 0;
            return n;
        };
        const int orders = owned(m_orders);
        const int subscriptions = owned(m_subscriptions);
        const int methods = owned(m_paymentMethods);
        if (subscriptions > 0 && methods > 0 && orders > best) {
            best = orders;
            m_richUser = id;
        }
        if (orders == 0 && m_victim.isEmpty())
            m_victim = id;
    }
    QVERIFY(!m_richUser.isEmpty());
    QVERIFY(!m_victim.isEmpty());
    for (const QJsonValue &o : std::as_const(m_orders)) {
        if (!isDeleted(o.toObject())) {
            m_orderId = idOf(o);
            break;
        }
    }
}

void TestServerApiRoutes::everyRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("asStaff");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("shape"); // "list", "user", "order", "tags"

    const QByteArray none;
    auto row = [](const char *name, const char *method, const char *target, bool asStaff,
                   const QByteArray &body, const char *shape) {
        QTest::newRow(name) << QByteArray(method) << QByteArray(target) << asStaff << body
                            << QString::fromLatin1(shape);
    };
    row("GET /users", "GET", "/users", true, none, "list");
    row("GET /users/search", "GET", "/users/search?query=an", true, none, "list");
    row("GET /users/{id}", "GET", "/users/{user}", true, none, "user");
    row("PUT /users/{id}", "PUT", "/users/{user}", true, R"({"note":"from the routes test"})",
        "user");
    row("PUT /users/{id}/addresses", "PUT", "/users/{user}/addresses", true,
        R"([{"city":"Bodø","geo":[67.28,14.4]}])", "user");
    row("DELETE /users/{id}", "DELETE", "/users/{victim}", true, none, "user");
    row("GET /users/{id}/orders", "GET", "/users/{user}/orders", true, none, "list");
    row("GET /users/{id}/subscriptions", "GET", "/users/{user}/subscriptions", true, none, "list");
    row("GET /users/{id}/payment_methods", "GET", "/users/{user}/payment_methods", true, none,
        "list");
    row("GET /orders", "GET", "/orders", true, none, "list");
    row("GET /orders/{id}", "GET", "/orders/{order}", true, none, "order");
    row("GET /subscriptions", "GET", "/subscriptions", true, none, "list");
    row("GET /payment_methods", "GET", "/payment_methods", true, none, "list");
    row("GET /tags", "GET", "/tags", true, none, "tags");
    row("GET /users/me", "GET", "/users/me", false, none, "user");
    row("PUT /users/me", "PUT", "/users/me", false, R"({"bio":"routes"})", "user");
    row("PUT /users/me/addresses", "PUT", "/users/me/addresses", false,
        R"([{"city":"Tromsø","geo":[69.65,18.96],"service":"google"}])", "user");
    row("GET /users/me/orders", "GET", "/users/me/orders", false, none, "list");
    row("GET /users/me/payment_methods", "GET", "/users/me/payment_methods", false, none, "list");
    row("GET /users/me/subscriptions", "GET", "/users/me/subscriptions", false, none, "list");
    row("POST /v2/users", "POST", "/v2/users", false, R"({"first_name":"ignored on login"})",
        "user");
}

void TestServerApiRoutes::everyRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(bool, asStaff);
    QFETCH(QByteArray, body);
    QFETCH(QString, shape);

    const TestHttp::Headers headers = asStaff ? staff(m_server) : user(m_server);
    const TestHttpResponse r = call(method, resolve(target), headers, body);
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);

    if (shape == QLatin1String("list")) {
        QVERIFY(doc.isArray());
        bool ok = false;
        const qint64 total = r.header("X-Pagination-Total").toLongLong(&ok);
        QVERIFY2(ok, r.header("X-Pagination-Total").constData());
        QVERIFY(total >= doc.array().size());
        QVERIFY(doc.array().size() <= 10); // the default size
        QCOMPARE(qint64(doc.array().size()), qMin<qint64>(total, 10));
        QVERIFY(r.header("ETag").isEmpty());
        for (const QJsonValue &d : doc.array())
            QVERIFY(!idOf(d).isEmpty());
    } else if (shape == QLatin1String("user")) {
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().value(QLatin1String("_cls")).toString(), QStringLiteral("User"));
        QVERIFY(r.header("X-Pagination-Total").isEmpty());
        const QByteArray etag = r.header("ETag");
        QVERIFY2(etag.size() > 2 && etag.startsWith('"') && etag.endsWith('"'), etag.constData());
        // The same user, read back, has the same bytes and the same tag.
        const QByteArray self = asStaff ? QByteArray("/users/" + idOf(doc.object()).toLatin1())
                                        : QByteArray("/users/me");
        const TestHttpResponse again = call("GET", self, headers);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, r.body);
        QCOMPARE(again.header("ETag"), etag);
        if (method == "DELETE")
            QCOMPARE(doc.object().value(QLatin1String("deleted")), QJsonValue(true));
        if (method == "PUT" && !body.startsWith('[')) {
            const QJsonObject sent = QJsonDocument::fromJson(body).object();
            for (auto it = sent.begin(); it != sent.end(); ++it)
                QCOMPARE(doc.object().value(it.key()), it.value());
        }
        if (method == "PUT" && body.startsWith('['))
            QCOMPARE(doc.object().value(QLatin1String("addresses")),
                QJsonValue(QJsonDocument::fromJson(body).array()));
    } else if (shape == QLatin1String("order")) {
        QVERIFY(doc.isObject());
        QCOMPARE(idOf(doc.object()), m_orderId);
        QVERIFY(r.header("X-Pagination-Total").isEmpty());
    } else if (shape == QLatin1String("tags")) {
        QVERIFY(doc.isArray());
        QVERIFY(!doc.array().isEmpty());
        for (const QJsonValue &t : doc.array()) {
            QVERIFY(t.toObject().value(QLatin1String("name")).isString());
            QVERIFY(t.toObject().value(QLatin1String("count")).toInt() > 0);
        }
    } else {
        QFAIL("unknown shape");
    }
}

void TestServerApiRoutes::commonHeaders()
{
    // Every answer, success or error, carries the documented headers.
    const QList<TestHttpResponse> answers {
        call("GET", "/users?size=1", staff(m_server)),
        call("GET", "/users/me", user(m_server)),
        call("GET", "/nothing", staff(m_server)),
        call("GET", "/users", {}),
        call("GET", "/users", user(m_server)),
        call("GET", "/users?size=0", staff(m_server)),
    };
    for (const TestHttpResponse &r : answers) {
        QVERIFY2(r.header("Content-Type").startsWith("application/json"), r.body.constData());
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(r.header("Access-Control-Expose-Headers"), QByteArray("X-Pagination-Total"));
        QVERIFY(!r.json().isNull());
    }
}

void TestServerApiRoutes::perUserListsMatchTheData()
{
    struct Collection
    {
        const char *route;
        const QJsonArray *docs;
    };
    const QList<Collection> collections {{"orders", &m_orders}, {"subscriptions", &m_subscriptions},
        {"payment_methods", &m_paymentMethods}};
    for (const QString &userId : {m_richUser, m_server.credentials().userId}) {
        for (const Collection &c : collections) {
            const QJsonArray mine = filtered(*c.docs, [&userId](const QJsonObject &d) {
                return !isDeleted(d) && refOf(d.value(QLatin1String("user"))) == userId;
            });
            const QByteArray path = "/users/" + userId.toLatin1() + '/' + c.route;
            QString error;
            const QJsonArray got = fetchAll(m_server, path, staff(m_server), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(idsOf(got), newestFirst(mine));
            // With the deleted ones.
            const QJsonArray all = filtered(*c.docs, [&userId](const QJsonObject &d) {
                return refOf(d.value(QLatin1String("user"))) == userId;
            });
            const QJsonArray gotAll
                = fetchAll(m_server, path + "?include_deleted=true", staff(m_server), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(idsOf(gotAll), newestFirst(all));
        }
    }
    // Every order's user is expanded and is that user's current document.
    const QByteArray orders = "/users/" + m_richUser.toLatin1() + "/orders?size=1000";
    const TestHttpResponse r = call("GET", orders, staff(m_server));
    const QJsonObject owner
        = call("GET", "/users/" + m_richUser.toLatin1(), staff(m_server)).json().object();
    QVERIFY(!r.json().array().isEmpty());
    for (const QJsonValue &o : r.json().array()) {
        QJsonObject expanded = o.toObject().value(QLatin1String("user")).toObject();
        QCOMPARE(expanded.value(QLatin1String("$oid")).toString(), m_richUser);
        expanded.remove(QStringLiteral("$oid"));
        QCOMPARE(expanded, owner);
    }
}

void TestServerApiRoutes::meRoutesAreTheTokenUser()
{
    const QByteArray self = "/users/" + m_server.credentials().userId.toLatin1();
    for (const char *suffix : {"", "/orders", "/payment_methods", "/subscriptions",
             "/orders?sort=created&size=3", "/orders?include_deleted=true&size=100"}) {
        const TestHttpResponse me = call("GET", QByteArray("/users/me") + suffix, user(m_server));
        const TestHttpResponse byId = call("GET", self + suffix, staff(m_server));
        QCOMPARE(me.status, 200);
        QCOMPARE(byId.status, 200);
        QCOMPARE(me.body, byId.body);
        QCOMPARE(me.header("X-Pagination-Total"), byId.header("X-Pagination-Total"));
        QCOMPARE(me.header("ETag"), byId.header("ETag"));
    }
}

void TestServerApiRoutes::singleDocumentsMatchTheLists()
{
    // Users: GET by id (deleted ones too) is the document of the list, byte for byte.
    QString error;
    const QJsonArray users
        = fetchAll(m_server, "/users?include_deleted=true&sort=human_id", staff(m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const TestHttpResponse listed
        = call("GET", "/users?include_deleted=true&sort=human_id&size=1000", staff(m_server));
    int deleted = 0;
    for (qsizetype i = 0; i < users.size(); i += 7) {
        const QJsonObject u = users.at(i).toObject();
        deleted += isDeleted(u) ? 1 : 0;
        const TestHttpResponse one = call("GET", "/users/" + idOf(u).toLatin1(), staff(m_server));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().object(), u);
        QVERIFY2(listed.body.contains(one.body), qPrintable(idOf(u)));
    }
    for (const QJsonValue &u : users) {
        if (isDeleted(u.toObject()) && deleted == 0) {
            const TestHttpResponse one
                = call("GET", "/users/" + idOf(u).toLatin1(), staff(m_server));
            QCOMPARE(one.status, 200);
            QCOMPARE(one.json().object().value(QLatin1String("deleted")), QJsonValue(true));
            ++deleted;
        }
    }
    QVERIFY(deleted > 0);

    // Orders: GET /orders/{id} is the list's document, its user expanded the same way.
    const QJsonArray orders
        = fetchAll(m_server, "/orders?include_deleted=true", staff(m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (qsizetype i = 0; i < orders.size(); i += 97) {
        const TestHttpResponse one
            = call("GET", "/orders/" + idOf(orders.at(i)).toLatin1(), staff(m_server));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().object(), orders.at(i).toObject());
    }
}

void TestServerApiRoutes::etagOnEverySingleUserResponse()
{
    // On the user everyRoute deleted: writes to a deleted user are allowed.
    const QByteArray path = "/users/" + m_victim.toLatin1();
    QSet<QByteArray> seen;
    auto check = [&](const TestHttpResponse &r) {
        const QByteArray etag = r.header("ETag");
        if (r.status != 200 || etag.size() < 3 || !etag.startsWith('"') || !etag.endsWith('"')
            || etag.startsWith("W/"))
            return QStringLiteral("status %1, ETag %2")
                .arg(r.status)
                .arg(QString::fromLatin1(etag));
        const TestHttpResponse after = call("GET", path, staff(m_server));
        if (after.header("ETag") != etag)
            return QStringLiteral("GET answers ETag %1 after %2")
                .arg(QString::fromLatin1(after.header("ETag")), QString::fromLatin1(etag));
        return QString();
    };
    const TestHttpResponse get = call("GET", path, staff(m_server));
    QString problem = check(get);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    seen.insert(get.header("ETag"));
    // A read does not change the tag.
    QCOMPARE(call("GET", path, staff(m_server)).header("ETag"), get.header("ETag"));

    const QList<QPair<QByteArray, QByteArray>> writes {{"PUT", R"({"title":"Frk"})"}, {"PUT", "{}"},
        {"PUT /addresses", "[]"}, {"DELETE", {}}, {"PUT", R"({"note":null})"}};
    for (const auto &w : writes) {
        const bool addresses = w.first.endsWith("/addresses");
        const TestHttpResponse r = call(addresses ? "PUT" : w.first,
            addresses ? QByteArray(path + "/addresses") : path, staff(m_server), w.second);
        problem = check(r);
        QVERIFY2(problem.isEmpty(), qPrintable(QString::fromLatin1(w.first) + problem));
        QVERIFY2(!seen.contains(r.header("ETag")), r.header("ETag").constData());
        seen.insert(r.header("ETag"));
    }
    // The deleted user is still there for staff, and can be written to.
    QCOMPARE(call("GET", path, staff(m_server)).json().object().value(QLatin1String("deleted")),
        QJsonValue(true));
}

void TestServerApiRoutes::postV2UsersLogsIn()
{
    const TestHttpResponse before = call("GET", "/users/me", user(m_server));
    QCOMPARE(before.status, 200);
    const QJsonObject old = before.json().object();
    QTest::qWait(5); // so that "now" is later than the last write in milliseconds

    // The body is validated even on a log-in...
    const TestHttpResponse invalid
        = call("POST", "/v2/users", user(m_server), R"({"email":"not an address"})");
    QString problem = errorProblem(invalid, 400, QStringLiteral("email"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(call("GET", "/users/me", user(m_server)).body, before.body);

    // ...but not applied: only last_login and modified change.
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    const TestHttpResponse login = call(
        "POST", "/v2/users", user(m_server), R"({"first_name":"Someone else","tags":["x"]})");
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(login.status, 200);
    const QJsonObject now = login.json().object();
    QCOMPARE(idOf(now), m_server.credentials().userId);
    const qint64 lastLogin = dateOf(now, QStringLiteral("last_login")).value_or(-1);
    QVERIFY2(
        lastLogin >= start - 1 && lastLogin <= end + 1, qPrintable(QString::number(lastLogin)));
    QVERIFY(lastLogin > dateOf(old, QStringLiteral("last_login")).value_or(0));
    QVERIFY(dateOf(now, QStringLiteral("modified")).value_or(0)
        > dateOf(old, QStringLiteral("modified")).value_or(0));
    QJsonObject a = old;
    QJsonObject b = now;
    for (const QString &key : {QStringLiteral("last_login"), QStringLiteral("modified")}) {
        a.remove(key);
        b.remove(key);
    }
    QCOMPARE(b, a);
    QVERIFY(login.header("ETag") != before.header("ETag"));
    QCOMPARE(call("GET", "/users/me", user(m_server)).body, login.body);
    // An empty body is a log-in too.
    QCOMPARE(call("POST", "/v2/users", user(m_server)).status, 200);
}

void TestServerApiRoutes::postV2UsersCreatesANewUser()
{
    qint64 total = 0;
    QString error;
    fetchAll(m_server, "/users?include_deleted=true", staff(m_server), &error, &total);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString sub
        = QStringLiteral("auth0|srvtest-") + QUuid::createUuid().toString(QUuid::Id128);
    const TestHttp::Headers newcomer
        = TestHttp::auth(m_server.credentials().apiKey, QString::fromLatin1(tokenFor(sub)));
    QCOMPARE(call("GET", "/users/me", newcomer).status, 404);

    // An invalid body creates nobody.
    const TestHttpResponse invalid = call(
        "POST", "/v2/users", newcomer, R"({"first_name":"Ny","mobile_phone_number":"40000000"})");
    QString problem = errorProblem(invalid, 400, QStringLiteral("mobile_phone_number"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(call("GET", "/users/me", newcomer).status, 404);
    qint64 unchanged = 0;
    fetchAll(m_server, "/users?include_deleted=true", staff(m_server), &error, &unchanged);
    QCOMPARE(unchanged, total);

    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    const QByteArray body
        = R"({"first_name":"Ingrid","last_name":"Ødegård","email":"ingrid.odegard@example.no",)"
          R"("mobile_phone_number":"+4791234567","tags":["newsletter","srvtest"],"note":null})";
    const TestHttpResponse created = call("POST", "/v2/users", newcomer, body);
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(created.status == 200, created.body.constData());
    const QJsonObject u = created.json().object();
    const QJsonObject sent = QJsonDocument::fromJson(body).object();
    for (auto it = sent.begin(); it != sent.end(); ++it)
        QCOMPARE(u.value(it.key()), it.value());
    QCOMPARE(u.value(QLatin1String("_cls")).toString(), QStringLiteral("User"));
    QCOMPARE(u.value(QLatin1String("auth_id")).toString(), sub);
    QCOMPARE(refOf(u.value(QLatin1String("company"))), m_company.id);
    QCOMPARE(u.value(QLatin1String("deleted")), QJsonValue(false));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(idOf(u)).hasMatch());
    QVERIFY(!u.value(QLatin1String("human_id")).toString().isEmpty());
    for (const QString &key :
        {QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("last_login")}) {
        const qint64 ms = dateOf(u, key).value_or(-1);
        QVERIFY2(ms >= start - 1 && ms <= end + 1, qPrintable(key));
    }
    QVERIFY(!created.header("ETag").isEmpty());

    // Staff see the same user; it is listed, searchable and counted in its tags.
    const TestHttpResponse byId = call("GET", "/users/" + idOf(u).toLatin1(), staff(m_server));
    QCOMPARE(byId.body, created.body);
    QCOMPARE(byId.header("ETag"), created.header("ETag"));
    qint64 after = 0;
    fetchAll(m_server, "/users?include_deleted=true", staff(m_server), &error, &after);
    QCOMPARE(after, total + 1);
    const TestHttpResponse found
        = call("GET", "/users/search?query=" + enc(QStringLiteral("ØDEGÅRD")), staff(m_server));
    QVERIFY(idsOf(found.json().array()).contains(idOf(u)));
    const TestHttpResponse tagged = call("GET", "/users?tags=srvtest", staff(m_server));
    QCOMPARE(idsOf(tagged.json().array()), QStringList {idOf(u)});
    QCOMPARE(call("GET", "/users/me", newcomer).body, created.body);

    // A second POST logs the same user in.
    const TestHttpResponse again = call("POST", "/v2/users", newcomer, R"({"first_name":"X"})");
    QCOMPARE(again.status, 200);
    QCOMPARE(idOf(again.json().object()), idOf(u));
    QCOMPARE(again.json().object().value(QLatin1String("first_name")).toString(),
        QStringLiteral("Ingrid"));
    fetchAll(m_server, "/users?include_deleted=true", staff(m_server), &error, &after);
    QCOMPARE(after, total + 1);
}

void TestServerApiRoutes::wrongMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("allow");

    QTest::newRow("POST /users") << QByteArray("POST") << QByteArray("/users") << QByteArray("GET");
    QTest::newRow("DELETE /users/search")
        << QByteArray("DELETE") << QByteArray("/users/search?query=a") << QByteArray("GET");
    QTest::newRow("POST /users/{id}")
        << QByteArray("POST") << QByteArray("/users/{user}") << QByteArray("GET, PUT, DELETE");
    QTest::newRow("PATCH /users/me")
        << QByteArray("PATCH") << QByteArray("/users/me") << QByteArray("GET, PUT, DELETE");
    QTest::newRow("GET /users/{id}/addresses")
        << QByteArray("GET") << QByteArray("/users/{user}/addresses") << QByteArray("PUT");
    QTest::newRow("PUT /users/{id}/orders")
        << QByteArray("PUT") << QByteArray("/users/{user}/orders") << QByteArray("GET");
    QTest::newRow("DELETE /orders/{id}")
        << QByteArray("DELETE") << QByteArray("/orders/{order}") << QByteArray("GET, PUT");
    QTest::newRow("POST /subscriptions")
        << QByteArray("POST") << QByteArray("/subscriptions") << QByteArray("GET");
    QTest::newRow("PUT /payment_methods")
        << QByteArray("PUT") << QByteArray("/payment_methods") << QByteArray("GET");
    QTest::newRow("POST /tags") << QByteArray("POST") << QByteArray("/tags") << QByteArray("GET");
    QTest::newRow("GET /v2/users")
        << QByteArray("GET") << QByteArray("/v2/users") << QByteArray("POST");
}

void TestServerApiRoutes::wrongMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, allow);
    const QByteArray before = call("GET", resolve("/users/{user}"), staff(m_server)).body;
    const TestHttpResponse r = call(method, resolve(target), staff(m_server), "{}");
    const QString problem = errorProblem(r, 405);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(r.header("Allow"), allow);
    QCOMPARE(call("GET", resolve("/users/{user}"), staff(m_server)).body, before);
}

void TestServerApiRoutes::headGetsHeadersOnly()
{
    for (const QByteArray &target : {QByteArray("/users?size=3"), resolve("/users/{user}"),
             QByteArray("/tags"), resolve("/orders/{order}")}) {
        const TestHttpResponse get = call("GET", target, staff(m_server));
        QCOMPARE(get.status, 200);
        const RawResponse head = rawRequest(
            m_server, rawHead(m_server, "HEAD", target, {"Connection: close"}) + "\r\n");
        QVERIFY2(head.status == 200,
            qPrintable(
                QString::number(head.status) + QLatin1Char(' ') + QString::fromLatin1(target)));
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.header("Content-Length").toLongLong(), qint64(get.body.size()));
        QCOMPARE(head.header("X-Pagination-Total"), get.header("X-Pagination-Total"));
        QCOMPARE(head.header("ETag"), get.header("ETag"));
    }
    // HEAD on a user changes nothing (it is neither a write nor a delete).
    const TestHttpResponse after = call("GET", resolve("/users/{user}"), staff(m_server));
    QCOMPARE(after.json().object().value(QLatin1String("deleted")), QJsonValue(false));
}

void TestServerApiRoutes::unknownIds_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");

    const QByteArray missing = "0123456789abcdef01234567"; // well formed, not a user
    for (const QByteArray &id :
        {missing, QByteArray("not-an-id"), QByteArray("0123456789ABCDEF01234567"),
            QByteArray("0123456789abcdef0123456"), QByteArray("%00")}) {
        for (const char *route : {"GET /users/", "PUT /users/", "DELETE /users/",
                 "PUT /users/:/addresses", "GET /users/:/orders", "GET /users/:/subscriptions",
                 "GET /users/:/payment_methods", "GET /orders/"}) {
            const QByteArray text(route);
            const QByteArray method = text.left(text.indexOf(' '));
            QByteArray target = text.mid(text.indexOf(' ') + 1);
            if (target.contains(':'))
                target.replace(":", id);
            else
                target += id;
            QTest::newRow(QByteArray(text + " id=" + id).constData()) << method << target;
        }
    }
}

void TestServerApiRoutes::unknownIds()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    const QByteArray body = target.endsWith("/addresses") ? "[]" : method == "PUT" ? "{}" : "";
    const TestHttpResponse r = call(method, target, staff(m_server), body);
    const QString problem = errorProblem(r, 404);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestServerApiRoutes::deleteMe()
{
    const QByteArray self = "/users/" + m_server.credentials().userId.toLatin1();
    QString error;
    qint64 total = 0;
    fetchAll(m_server, "/users", staff(m_server), &error, &total);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const TestHttpResponse deleted = call("DELETE", "/users/me", user(m_server));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().object().value(QLatin1String("deleted")), QJsonValue(true));
    // Still readable (by the user and by staff), no longer listed unless asked for.
    const TestHttpResponse me = call("GET", "/users/me", user(m_server));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.body, deleted.body);
    QCOMPARE(call("GET", self, staff(m_server)).body, deleted.body);
    qint64 after = 0;
    const QJsonArray listed = fetchAll(m_server, "/users", staff(m_server), &error, &after);
    QCOMPARE(after, total - 1);
    QVERIFY(!idsOf(listed).contains(m_server.credentials().userId));
    const QJsonArray withDeleted
        = fetchAll(m_server, "/users?include_deleted=1", staff(m_server), &error);
    QVERIFY(idsOf(withDeleted).contains(m_server.credentials().userId));
    // Deleting again succeeds again.
    QCOMPARE(call("DELETE", "/users/me", user(m_server)).status, 200);
}

QTEST_GUILESS_MAIN(TestServerApiRoutes)
#include "tst_server_api_routes.moc"
