// SPDX-License-Identifier: GPL-3.0-or-later

// What every typed call of ApiClient puts on the wire (method, path, query, headers, body),
// as a scripted FaultServer on loopback receives it.

#include "api/ApiClient.h"
#include "tests/api/ApiTestSupport.h"
#include "tests/support/FaultServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <memory>

using namespace ApiTest;
using CallFunction = std::function<ApiReply *(ApiClient &)>;
Q_DECLARE_METATYPE(CallFunction)

namespace {
const QString Id = QStringLiteral("5d9218f71fad44000b0fb80a");
const QByteArray IdBytes = "5d9218f71fad44000b0fb80a";
const QJsonObject Patch {{QStringLiteral("first_name"), QStringLiteral("Åse")},
    {QStringLiteral("tags"), QJsonArray {QStringLiteral("vip")}}};
const QJsonArray Addresses {QJsonObject {{QStringLiteral("city"), QStringLiteral("Oslo")},
    {QStringLiteral("geo"), QJsonArray {59.9, 10.7}}}};
const QByteArray PatchJson = R"({"first_name":"Åse","tags":["vip"]})";
const QByteArray AddressesJson = R"([{"city":"Oslo","geo":[59.9,10.7]}])";
} // namespace

class TestApiRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyCall_data();
    void everyCall();
    void basePathPrefix();
    void pageInfoFromHeaders();
    void credentialsOnlyWhenSet();

private:
    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiRequests::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestApiRequests::init()
{
    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->listen());
    // Lists answer an array, everything else an object.
    m_server->setFallback(FaultResponse::json(R"({"_id":{"$oid":"x"}})"));
    const QList<QByteArray> lists {"/users", "/users/search", "/orders", "/subscriptions",
        "/payment_methods", "/tags", "/users/me/orders", "/users/me/subscriptions",
        "/users/me/payment_methods", "/users/" + IdBytes + "/orders",
        "/users/" + IdBytes + "/subscriptions", "/users/" + IdBytes + "/payment_methods"};
    for (const QByteArray &path : lists) {
        m_server->route(path, FaultResponse::json("[]").withHeader("X-Pagination-Total", "0"));
    }
    m_client = std::make_unique<ApiClient>();
    m_client->setConnection({m_server->url(), fakeApiKey(), fakeToken()});
    m_client->setSettings(fastSettings());
}

void TestApiRequests::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestApiRequests::everyCall_data()
{
    QTest::addColumn<CallFunction>("call");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("ifMatch");

    const QByteArray tag = "\"etag-1\"";
    const QByteArray none;

    QTest::newRow("listUsers default")
        << CallFunction([](ApiClient &c) { return c.listUsers(UserQuery()); }) << QByteArray("GET")
        << QByteArray("/users?page=0&size=100") << none << none;
    QTest::newRow("listUsers everything")
        << CallFunction([](ApiClient &c) {
               UserQuery q;
               q.page = 2;
               q.size = 50;
               q.sort = QStringLiteral("-last_login");
               q.tags = QStringList {QStringLiteral("vip"), QStringLiteral("new")};
               q.includeDeleted = true;
               return c.listUsers(q);
           })
        << QByteArray("GET")
        << QByteArray("/users?page=2&size=50&sort=-last_login&tags=vip,new&include_deleted=true")
        << none << none;
    QTest::newRow("listUsers search encodes + & space and non-ASCII")
        << CallFunction([](ApiClient &c) {
               UserQuery q;
               q.search = QStringLiteral("a+b&c d=ø");
               return c.listUsers(q);
           })
        << QByteArray("GET")
        << QByteArray("/users/search?query=a%2Bb%26c%20d%3D%C3%B8&page=0&size=100") << none << none;
    QTest::newRow("getUser") << CallFunction([](ApiClient &c) { return c.getUser(Id); })
                             << QByteArray("GET") << QByteArray("/users/" + IdBytes) << none
                             << none;
    QTest::newRow("getUser encodes the id")
        << CallFunction([](ApiClient &c) { return c.getUser(QStringLiteral("../a b?")); })
        << QByteArray("GET") << QByteArray("/users/..%2Fa%20b%3F") << none << none;
    QTest::newRow("updateUser") << CallFunction([tag](ApiClient &c) {
        return c.updateUser(Id, Patch, tag);
    }) << QByteArray("PUT") << QByteArray("/users/" + IdBytes)
                                << PatchJson << tag;
    QTest::newRow("updateUser unconditional")
        << CallFunction([](ApiClient &c) { return c.updateUser(Id, Patch); }) << QByteArray("PUT")
        << QByteArray("/users/" + IdBytes) << PatchJson << none;
    QTest::newRow("deleteUser") << CallFunction([tag](ApiClient &c) {
        return c.deleteUser(Id, tag);
    }) << QByteArray("DELETE") << QByteArray("/users/" + IdBytes)
                                << none << tag;
    QTest::newRow("replaceAddresses")
        << CallFunction([tag](ApiClient &c) { return c.replaceAddresses(Id, Addresses, tag); })
        << QByteArray("PUT") << QByteArray("/users/" + IdBytes + "/addresses") << AddressesJson
        << tag;
    QTest::newRow("loginOrCreate empty")
        << CallFunction([](ApiClient &c) { return c.loginOrCreate(); }) << QByteArray("POST")
        << QByteArray("/v2/users") << QByteArray("{}") << none;
    QTest::newRow("loginOrCreate fields")
        << CallFunction([](ApiClient &c) { return c.loginOrCreate(Patch); }) << QByteArray("POST")
        << QByteArray("/v2/users") << PatchJson << none;
    QTest::newRow("getMe") << CallFunction([](ApiClient &c) { return c.getMe(); })
                           << QByteArray("GET") << QByteArray("/users/me") << none << none;
    QTest::newRow("updateMe") << CallFunction(
        [tag](ApiClient &c) { return c.updateMe(Patch, tag); })
                              << QByteArray("PUT") << QByteArray("/users/me") << PatchJson << tag;
    QTest::newRow("deleteMe") << CallFunction([tag](ApiClient &c) { return c.deleteMe(tag); })
                              << QByteArray("DELETE") << QByteArray("/users/me") << none << tag;
    QTest::newRow("replaceMyAddresses")
        << CallFunction([](ApiClient &c) { return c.replaceMyAddresses(Addresses); })
        << QByteArray("PUT") << QByteArray("/users/me/addresses") << AddressesJson << none;
    QTest::newRow("listOrders company, every filter")
        << CallFunction([](ApiClient &c) {
               OrderQuery q;
               q.size = 25;
               q.sort = QStringLiteral("-total_amount");
               q.fromDate = 1567296000;
               q.toDate = 1567382399;
               q.dateField = QStringLiteral("delivery_time");
               q.orderStatus = QStringList {QStringLiteral("CREATED"), QStringLiteral("FAILED")};
               q.deliveryStatus = QStringList {QStringLiteral("PENDING")};
               q.includeDeleted = true;
               return c.listOrders(q);
           })
        << QByteArray("GET")
        << QByteArray("/orders?page=0&size=25&sort=-total_amount&from_date=1567296000"
                      "&to_date=1567382399&date_field=delivery_time&order_status=CREATED,FAILED"
                      "&delivery_status=PENDING&include_deleted=true")
        << none << none;
    QTest::newRow("listOrders from zero") << CallFunction([](ApiClient &c) {
        OrderQuery q;
        q.fromDate = 0;
        return c.listOrders(q);
    }) << QByteArray("GET") << QByteArray("/orders?page=0&size=100&from_date=0")
                                          << none << none;
    QTest::newRow("listOrders of a user") << CallFunction([](ApiClient &c) {
        OrderQuery q;
        q.scope = Scope::user(Id);
        return c.listOrders(q);
    }) << QByteArray("GET") << QByteArray("/users/" + IdBytes + "/orders?page=0&size=100")
                                          << none << none;
    QTest::newRow("listOrders me") << CallFunction([](ApiClient &c) {
        OrderQuery q;
        q.scope = Scope::me();
        return c.listOrders(q);
    }) << QByteArray("GET") << QByteArray("/users/me/orders?page=0&size=100")
                                   << none << none;
    QTest::newRow("getOrder") << CallFunction(
        [](ApiClient &c) { return c.getOrder(QStringLiteral("o1")); })
                              << QByteArray("GET") << QByteArray("/orders/o1") << none << none;
    QTest::newRow("listSubscriptions company")
        << CallFunction([](ApiClient &c) {
               SubscriptionQuery q;
               q.status = QStringList {QStringLiteral("ACTIVE"), QStringLiteral("ERROR")};
               q.includeDeleted = true;
               return c.listSubscriptions(q);
           })
        << QByteArray("GET")
        << QByteArray("/subscriptions?page=0&size=100&status=ACTIVE,ERROR&include_deleted=true")
        << none << none;
    QTest::newRow("listSubscriptions of a user") << CallFunction([](ApiClient &c) {
        SubscriptionQuery q;
        q.scope = Scope::user(Id);
        return c.listSubscriptions(q);
    }) << QByteArray("GET") << QByteArray("/users/" + IdBytes + "/subscriptions?page=0&size=100")
                                                 << none << none;
    QTest::newRow("listSubscriptions me") << CallFunction([](ApiClient &c) {
        SubscriptionQuery q;
        q.scope = Scope::me();
        return c.listSubscriptions(q);
    }) << QByteArray("GET") << QByteArray("/users/me/subscriptions?page=0&size=100")
                                          << none << none;
    QTest::newRow("listPaymentMethods company")
        << CallFunction([](ApiClient &c) {
               PaymentMethodQuery q;
               q.toDate = 1567382399;
               q.dateField = QStringLiteral("modified");
               q.sort = QStringLiteral("created");
               return c.listPaymentMethods(q);
           })
        << QByteArray("GET")
        << QByteArray("/payment_methods?page=0&size=100&sort=created&to_date=1567382399&date_field="
                      "modified")
        << none << none;
    QTest::newRow("listPaymentMethods of a user") << CallFunction([](ApiClient &c) {
        PaymentMethodQuery q;
        q.scope = Scope::user(Id);
        return c.listPaymentMethods(q);
    }) << QByteArray("GET") << QByteArray("/users/" + IdBytes + "/payment_methods?page=0&size=100")
                                                  << none << none;
    QTest::newRow("listPaymentMethods me") << CallFunction([](ApiClient &c) {
        PaymentMethodQuery q;
        q.scope = Scope::me();
        return c.listPaymentMethods(q);
    }) << QByteArray("GET") << QByteArray("/users/me/payment_methods?page=0&size=100")
                                           << none << none;
    QTest::newRow("listTags") << CallFunction([](ApiClient &c) { return c.listTags(); })
                              << QByteArray("GET") << QByteArray("/tags") << none << none;
}

void TestApiRequests::everyCall()
{
    QFETCH(CallFunction, call);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, ifMatch);

    Call result(call(*m_client));
    QVERIFY(result.wait());
    QVERIFY2(result.reply->isSuccess(), result.describe());
    QCOMPARE(m_server->requests().size(), 1);
    const FaultRequest request = m_server->requests().constFirst();
    QCOMPARE(request.method, method);
    QCOMPARE(request.target, target);
    QCOMPARE(request.body, body);
    QCOMPARE(request.header("If-Match"), ifMatch);
    QCOMPARE(request.hasHeader("If-Match"), !ifMatch.isEmpty());
    QCOMPARE(request.header("X-Builton-Api-Key"), fakeApiKey().toLatin1());
    QCOMPARE(request.header("Authorization"), "Bearer " + fakeToken().toLatin1());
    QCOMPARE(request.header("User-Agent"), ApiClient::userAgent());
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    if (body.isEmpty())
        QVERIFY(!request.hasHeader("Content-Type"));
    else
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(
        request.header("Cache-Control"), method == "GET" ? QByteArray("no-store") : QByteArray());
    QCOMPARE(result.reply->request().method, method);
}

void TestApiRequests::basePathPrefix()
{
    m_client->setConnection({m_server->url(QStringLiteral("/api/v1/")), fakeApiKey(), fakeToken()});
    m_server->route("/api/v1/users/me", FaultResponse::json("{}"));
    Call call(m_client->getMe());
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    QCOMPARE(m_server->requests().constFirst().target, QByteArray("/api/v1/users/me"));
}

void TestApiRequests::pageInfoFromHeaders()
{
    m_server->route("/users",
        FaultResponse::json(R"([{"a":1},{"a":2}])").withHeader("x-pagination-total", "1234"));
    UserQuery query;
    query.page = 3;
    query.size = 2;
    Call call(m_client->listUsers(query));
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    const PageInfo page = call.reply->response().page;
    QCOMPARE(page.total, qint64(1234));
    QCOMPARE(page.page, 3);
    QCOMPARE(page.size, 2);
    QVERIFY(call.reply->response().object.isEmpty()); // lists are left to the models

    m_server->route("/users", FaultResponse::json("[]"));
    Call noTotal(m_client->listUsers(UserQuery()));
    QVERIFY(noTotal.wait());
    QVERIFY2(noTotal.reply->isSuccess(), noTotal.describe());
    QCOMPARE(noTotal.reply->response().page.total, qint64(-1));
}

void TestApiRequests::credentialsOnlyWhenSet()
{
    m_client->setConnection({m_server->url(), fakeApiKey(), QString()});
    QVERIFY(m_client->hasCredentials());
    Call call(m_client->getMe());
    QVERIFY(call.wait());
    const FaultRequest request = m_server->requests().constFirst();
    QCOMPARE(request.header("X-Builton-Api-Key"), fakeApiKey().toLatin1());
    QVERIFY(!request.hasHeader("Authorization"));

    // Pasted with surrounding white space: trimmed, not refused.
    m_client->setConnection({m_server->url(), QLatin1Char(' ') + fakeApiKey() + QLatin1Char('\n'),
        QLatin1String("\t") + fakeToken()});
    Call trimmed(m_client->getMe());
    QVERIFY(trimmed.wait());
    QVERIFY2(trimmed.reply->isSuccess(), trimmed.describe());
    QCOMPARE(m_server->requests().at(1).header("X-Builton-Api-Key"), fakeApiKey().toLatin1());
    QCOMPARE(
        m_server->requests().at(1).header("Authorization"), "Bearer " + fakeToken().toLatin1());

    m_client->setConnection({m_server->url(), QString(), QString()});
    QVERIFY(!m_client->hasCredentials());
}

QTEST_GUILESS_MAIN(TestApiRequests)
#include "tst_api_requests.moc"
