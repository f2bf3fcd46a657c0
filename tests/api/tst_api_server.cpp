// SPDX-License-Identifier: GPL-3.0-or-later

// Every call of ApiClient against the real builton-server (TestServer: loopback, in-memory,
// seeded). Expectations come from the server itself through TestHttp, not from the client.

#include "api/ApiClient.h"
#include "tests/api/ApiTestSupport.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace ApiTest;
using Kind = ApiError::Kind;

namespace {
QString oid(const QJsonValue &value)
{
    return value.toObject().value(QLatin1String("$oid")).toString();
}

QJsonArray array(const ApiReply &reply)
{
    return QJsonDocument::fromJson(reply.response().body).array();
}
} // namespace

class TestApiServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void listUsersMatchesServer_data();
    void listUsersMatchesServer();
    void pagePastTheEnd();
    void badListParameters_data();
    void badListParameters();
    void getUserWithETag();
    void updateUserThenStaleIfMatch();
    void updateUserBadField();
    void replaceAddresses();
    void unknownAndForeignIds();
    void listOrdersMatchesServer_data();
    void listOrdersMatchesServer();
    void getOrder();
    void listSubscriptions();
    void listPaymentMethods();
    void listTags();
    void userTokenMeRoutes();
    void userTokenOnStaffRouteIsForbidden();
    void unauthorizedSignalsCredentialsRejected();
    void deleteUserAndMe();

private:
    /// X-Pagination-Total and body of a GET made without the client.
    TestHttpResponse direct(const QString &pathAndQuery, bool staff = true) const;
    std::unique_ptr<ApiClient> makeClient(const QString &apiKey, const QString &bearer) const;
    QString someUserId(int index = 0);

    TestServer m_server;
    TestCredentials m_credentials;
    std::unique_ptr<ApiClient> m_staff;
    std::unique_ptr<ApiClient> m_user;
};

void TestApiServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 120;
    options.orders = 600;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_credentials = m_server.credentials();
    QVERIFY(!m_credentials.apiKey.isEmpty());
    QVERIFY(!m_credentials.serviceAccountKey.isEmpty());
    QVERIFY(!m_credentials.userToken.isEmpty());
    m_staff = makeClient(m_credentials.apiKey, m_credentials.serviceAccountKey);
    m_user = makeClient(m_credentials.apiKey, m_credentials.userToken);
}

void TestApiServer::cleanupTestCase()
{
    m_staff.reset();
    m_user.reset();
    m_server.stop();
}

std::unique_ptr<ApiClient> TestApiServer::makeClient(
    const QString &apiKey, const QString &bearer) const
{
    auto client = std::make_unique<ApiClient>();
    ApiClientSettings settings;
    settings.transferTimeoutMs = 20000;
    settings.deadlineMs = 40000;
    client->setSettings(settings);
    client->setConnection({m_server.url(), apiKey, bearer});
    return client;
}

TestHttpResponse TestApiServer::direct(const QString &pathAndQuery, bool staff) const
{
    const QUrl url(m_server.url().toString() + pathAndQuery);
    return TestHttp::get(url,
        TestHttp::auth(m_credentials.apiKey,
            staff ? m_credentials.serviceAccountKey : m_credentials.userToken));
}

QString TestApiServer::someUserId(int index)
{
    const TestHttpResponse response = direct(QStringLiteral("/users?size=20&sort=human_id"));
    return oid(response.json().array().at(index).toObject().value(QLatin1String("_id")));
}

void TestApiServer::listUsersMatchesServer_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("first page") << QStringLiteral("first page");
    QTest::newRow("second page, sorted") << QStringLiteral("sorted");
    QTest::newRow("search by last name") << QStringLiteral("search");
    QTest::newRow("by tag") << QStringLiteral("tag");
}

void TestApiServer::listUsersMatchesServer()
{
    QFETCH(QString, what);
    UserQuery query;
    query.size = 25;
    QString expectedPath = QStringLiteral("/users?size=25");
    if (what == QLatin1String("sorted")) {
        query.page = 1;
        query.sort = QStringLiteral("-last_name");
        expectedPath = QStringLiteral("/users?page=1&size=25&sort=-last_name");
    } else if (what == QLatin1String("search")) {
        const QJsonObject someone
            = direct(QStringLiteral("/users?size=1&sort=human_id")).json().array().at(0).toObject();
        query.search = someone.value(QLatin1String("last_name")).toString().left(4);
        QVERIFY(!query.search.isEmpty());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("query"), query.search);
        expectedPath = QStringLiteral("/users/search?size=25&") + q.toString(QUrl::FullyEncoded);
    } else if (what == QLatin1String("tag")) {
        const QJsonObject tag = direct(QStringLiteral("/tags")).json().array().at(0).toObject();
        query.tags = QStringList {tag.value(QLatin1String("name")).toString()};
        QVERIFY(!query.tags.constFirst().isEmpty());
        expectedPath = QStringLiteral("/users?size=25&tags=") + query.tags.constFirst();
    }

    const TestHttpResponse expected = direct(expectedPath);
    QCOMPARE(expected.status, 200);
    Call call(m_staff->listUsers(query));
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    const PageInfo page = call.reply->response().page;
    QCOMPARE(page.total, expected.header("X-Pagination-Total").toLongLong());
    QVERIFY(page.total > 0);
    QCOMPARE(page.page, query.page);
    QCOMPARE(page.size, 25);
    QCOMPARE(array(*call.reply), expected.json().array());
}

void TestApiServer::pagePastTheEnd()
{
    UserQuery query;
    query.page = 500;
    query.size = 100;
    Call call(m_staff->listUsers(query));
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    QVERIFY(array(*call.reply).isEmpty());
    QCOMPARE(call.reply->response().page.total,
        direct(QStringLiteral("/users?size=1")).header("X-Pagination-Total").toLongLong());
    QVERIFY(!call.reply->response().page.hasMore(0));
}

void TestApiServer::badListParameters_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QString>("field");
    QTest::newRow("size 0") << 0 << QString() << QStringLiteral("size");
    QTest::newRow("size 1001") << 1001 << QString() << QStringLiteral("size");
    QTest::newRow("unknown sort") << 10 << QStringLiteral("password") << QStringLiteral("sort");
}

void TestApiServer::badListParameters()
{
    QFETCH(int, size);
    QFETCH(QString, sort);
    QFETCH(QString, field);
    UserQuery query;
    query.size = size;
    query.sort = sort;
    Call call(m_staff->listUsers(query));
    QVERIFY(call.wait());
    QCOMPARE(call.kind(), Kind::Http);
    QCOMPARE(call.reply->error().httpStatus(), 400);
    QCOMPARE(call.reply->error().field(), field);
    QVERIFY(!call.reply->error().serverMessage().isEmpty());
    QVERIFY(call.reply->error().message().contains(call.reply->error().serverMessage()));
    QCOMPARE(call.reply->attempts(), 1);
}

void TestApiServer::getUserWithETag()
{
    const QString id = someUserId(1);
    const TestHttpResponse expected = direct(QStringLiteral("/users/") + id);
    Call call(m_staff->getUser(id));
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    const ApiResponse &response = call.reply->response();
    QCOMPARE(oid(response.object.value(QLatin1String("_id"))), id);
    QCOMPARE(response.object, expected.json().object());
    QVERIFY(!response.etag.isEmpty());
    QCOMPARE(response.etag, expected.header("ETag"));
}

void TestApiServer::updateUserThenStaleIfMatch()
{
    const QString id = someUserId(2);
    Call read(m_staff->getUser(id));
    QVERIFY(read.wait());
    QVERIFY2(read.reply->isSuccess(), read.describe());
    const QByteArray firstTag = read.reply->response().etag;

    Call update(
        m_staff->updateUser(id, {{QStringLiteral("note"), QStringLiteral("first")}}, firstTag));
    QVERIFY(update.wait());
    QVERIFY2(update.reply->isSuccess(), update.describe());
    QCOMPARE(update.reply->response().object.value(QLatin1String("note")).toString(),
        QStringLiteral("first"));
    QVERIFY(!update.reply->response().etag.isEmpty());
    QVERIFY(update.reply->response().etag != firstTag);

    // Someone else's save with the tag read before the first one: refused, nothing written.
    Call stale(
        m_staff->updateUser(id, {{QStringLiteral("note"), QStringLiteral("second")}}, firstTag));
    QVERIFY(stale.wait());
    QCOMPARE(stale.kind(), Kind::PreconditionFailed);
    QCOMPARE(stale.reply->error().httpStatus(), 412);
    QCOMPARE(stale.reply->attempts(), 1);
    QCOMPARE(direct(QStringLiteral("/users/") + id)
                 .json()
                 .object()
                 .value(QLatin1String("note"))
                 .toString(),
        QStringLiteral("first"));
}

void TestApiServer::updateUserBadField()
{
    const QString id = someUserId(3);
    Call call(m_staff->updateUser(id, {{QStringLiteral("email"), QStringLiteral("not-an-email")}}));
    QVERIFY(call.wait());
    QCOMPARE(call.kind(), Kind::Http);
    QCOMPARE(call.reply->error().httpStatus(), 400);
    QCOMPARE(call.reply->error().field(), QStringLiteral("email"));

    Call readOnly(m_staff->updateUser(id, {{QStringLiteral("human_id"), QStringLiteral("X")}}));
    QVERIFY(readOnly.wait());
    QCOMPARE(readOnly.reply->error().httpStatus(), 400);
    QCOMPARE(readOnly.reply->error().field(), QStringLiteral("human_id"));
}

void TestApiServer::replaceAddresses()
{
    const QString id = someUserId(4);
    const QByteArray tag = direct(QStringLiteral("/users/") + id).header("ETag");
    const QJsonArray addresses {
        QJsonObject {{QStringLiteral("street_name"), QStringLiteral("Storgata 1")},
            {QStringLiteral("city"), QStringLiteral("Oslo")},
            {QStringLiteral("x_geocoder"), QStringLiteral("kept")}}};
    Call call(m_staff->replaceAddresses(id, addresses, tag));
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    QCOMPARE(call.reply->response().object.value(QLatin1String("addresses")).toArray(), addresses);
    QCOMPARE(direct(QStringLiteral("/users/") + id)
                 .json()
                 .object()
                 .value(QLatin1String("addresses"))
                 .toArray(),
        addresses);

    Call stale(m_staff->replaceAddresses(id, QJsonArray(), tag));
    QVERIFY(stale.wait());
    QCOMPARE(stale.kind(), Kind::PreconditionFailed);
}

void TestApiServer::unknownAndForeignIds()
{
    Call unknown(m_staff->getUser(QStringLiteral("000000000000000000000000")));
    QVERIFY(unknown.wait());
    QCOMPARE(unknown.kind(), Kind::NotFound);
    QCOMPARE(unknown.reply->error().httpStatus(), 404);

    const QString foreign = m_server.otherCompany().userId;
    QVERIFY(!foreign.isEmpty());
    Call other(m_staff->getUser(foreign));
    QVERIFY(other.wait());
    QCOMPARE(other.kind(), Kind::NotFound);

    Call order(m_staff->getOrder(QStringLiteral("ffffffffffffffffffffffff")));
    QVERIFY(order.wait());
    QCOMPARE(order.kind(), Kind::NotFound);
}

void TestApiServer::listOrdersMatchesServer_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("company") << QStringLiteral("company");
    QTest::newRow("statuses and dates") << QStringLiteral("filters");
    QTest::newRow("one user") << QStringLiteral("user");
}

void TestApiServer::listOrdersMatchesServer()
{
    QFETCH(QString, what);
    OrderQuery query;
    query.size = 50;
    QString expectedPath = QStringLiteral("/orders?size=50");
    if (what == QLatin1String("filters")) {
        // A window around the median order's creation time.
        const QJsonArray all
            = direct(QStringLiteral("/orders?size=1000&sort=created")).json().array();
        QVERIFY(all.size() > 10);
        const qint64 middle = qint64(all.at(all.size() / 2)
                                         .toObject()
                                         .value(QLatin1String("created"))
                                         .toObject()
                                         .value(QLatin1String("$date"))
                                         .toDouble())
            / 1000;
        query.fromDate = middle - 90 * 86400;
        query.toDate = middle + 90 * 86400;
        query.orderStatus = QStringList {
            QStringLiteral("SUCCESS"), QStringLiteral("DONE"), QStringLiteral("CREATED")};
        query.deliveryStatus = QStringList {QStringLiteral("DONE"), QStringLiteral("PENDING")};
        expectedPath = QStringLiteral("/orders?size=50&from_date=%1&to_date=%2"
                                      "&order_status=SUCCESS,DONE,CREATED"
                                      "&delivery_status=DONE,PENDING")
                           .arg(*query.fromDate)
                           .arg(*query.toDate);
    } else if (what == QLatin1String("user")) {
        // The user with the most orders on the first page of orders.
        const QJsonObject order
            = direct(QStringLiteral("/orders?size=1")).json().array().at(0).toObject();
        const QString userId
            = oid(order.value(QLatin1String("user")).toObject().value(QLatin1String("_id")));
        QVERIFY(!userId.isEmpty());
        query.scope = Scope::user(userId);
        expectedPath = QStringLiteral("/users/%1/orders?size=50").arg(userId);
    }
    const TestHttpResponse expected = direct(expectedPath);
    QCOMPARE(expected.status, 200);
    Call call(m_staff->listOrders(query));
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    QCOMPARE(call.reply->response().page.total, expected.header("X-Pagination-Total").toLongLong());
    QVERIFY(call.reply->response().page.total > 0);
    QCOMPARE(array(*call.reply), expected.json().array());
}

void TestApiServer::getOrder()
{
    const QJsonObject first
        = direct(QStringLiteral("/orders?size=1")).json().array().at(0).toObject();
    const QString id = oid(first.value(QLatin1String("_id")));
    Call call(m_staff->getOrder(id));
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    QCOMPARE(oid(call.reply->response().object.value(QLatin1String("_id"))), id);
    QCOMPARE(
        call.reply->response().object, direct(QStringLiteral("/orders/") + id).json().object());
}

void TestApiServer::listSubscriptions()
{
    SubscriptionQuery query;
    query.size = 10;
    query.status = QStringList {QStringLiteral("ACTIVE"), QStringLiteral("CANCELED")};
    const TestHttpResponse expected
        = direct(QStringLiteral("/subscriptions?size=10&status=ACTIVE,CANCELED"));
    Call call(m_staff->listSubscriptions(query));
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    QCOMPARE(call.reply->response().page.total, expected.header("X-Pagination-Total").toLongLong());
    QCOMPARE(array(*call.reply), expected.json().array());
}

void TestApiServer::listPaymentMethods()
{
    PaymentMethodQuery query;
    query.size = 10;
    query.sort = QStringLiteral("-modified");
    const TestHttpResponse expected
        = direct(QStringLiteral("/payment_methods?size=10&sort=-modified"));
    Call call(m_staff->listPaymentMethods(query));
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    QCOMPARE(call.reply->response().page.total, expected.header("X-Pagination-Total").toLongLong());
    QVERIFY(call.reply->response().page.total > 0);
    QCOMPARE(array(*call.reply), expected.json().array());
}

void TestApiServer::listTags()
{
    Call call(m_staff->listTags());
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    const QJsonArray tags = array(*call.reply);
    QVERIFY(!tags.isEmpty());
    QCOMPARE(tags, direct(QStringLiteral("/tags")).json().array());
    QVERIFY(tags.at(0).toObject().value(QLatin1String("count")).toInt() > 0);
}

void TestApiServer::userTokenMeRoutes()
{
    Call login(m_user->loginOrCreate());
    QVERIFY(login.wait());
    QVERIFY2(login.reply->isSuccess(), login.describe());
    QCOMPARE(oid(login.reply->response().object.value(QLatin1String("_id"))), m_credentials.userId);

    Call me(m_user->getMe());
    QVERIFY(me.wait());
    QVERIFY2(me.reply->isSuccess(), me.describe());
    QCOMPARE(oid(me.reply->response().object.value(QLatin1String("_id"))), m_credentials.userId);
    const QByteArray tag = me.reply->response().etag;
    QVERIFY(!tag.isEmpty());

    Call update(m_user->updateMe({{QStringLiteral("bio"), QStringLiteral("Hello")}}, tag));
    QVERIFY(update.wait());
    QVERIFY2(update.reply->isSuccess(), update.describe());
    QCOMPARE(update.reply->response().object.value(QLatin1String("bio")).toString(),
        QStringLiteral("Hello"));

    Call stale(m_user->updateMe({{QStringLiteral("bio"), QStringLiteral("Again")}}, tag));
    QVERIFY(stale.wait());
    QCOMPARE(stale.kind(), Kind::PreconditionFailed);

    const QJsonArray addresses {QJsonObject {{QStringLiteral("city"), QStringLiteral("Bergen")}}};
    Call replace(m_user->replaceMyAddresses(addresses));
    QVERIFY(replace.wait());
    QVERIFY2(replace.reply->isSuccess(), replace.describe());
    QCOMPARE(
        replace.reply->response().object.value(QLatin1String("addresses")).toArray(), addresses);

    OrderQuery orders;
    orders.scope = Scope::me();
    orders.size = 20;
    Call myOrders(m_user->listOrders(orders));
    QVERIFY(myOrders.wait());
    QVERIFY2(myOrders.reply->isSuccess(), myOrders.describe());
    QCOMPARE(myOrders.reply->response().page.total,
        direct(QStringLiteral("/users/%1/orders?size=1").arg(m_credentials.userId))
            .header("X-Pagination-Total")
            .toLongLong());
    QCOMPARE(array(*myOrders.reply),
        direct(QStringLiteral("/users/me/orders?size=20"), false).json().array());

    SubscriptionQuery subscriptions;
    subscriptions.scope = Scope::me();
    Call mySubscriptions(m_user->listSubscriptions(subscriptions));
    QVERIFY(mySubscriptions.wait());
    QVERIFY2(mySubscriptions.reply->isSuccess(), mySubscriptions.describe());
    QCOMPARE(mySubscriptions.reply->response().page.total,
        direct(QStringLiteral("/users/me/subscriptions?size=1"), false)
            .header("X-Pagination-Total")
            .toLongLong());

    PaymentMethodQuery methods;
    methods.scope = Scope::me();
    Call myMethods(m_user->listPaymentMethods(methods));
    QVERIFY(myMethods.wait());
    QVERIFY2(myMethods.reply->isSuccess(), myMethods.describe());
    QCOMPARE(myMethods.reply->response().page.total,
        direct(QStringLiteral("/users/me/payment_methods?size=1"), false)
            .header("X-Pagination-Total")
            .toLongLong());
}

void TestApiServer::userTokenOnStaffRouteIsForbidden()
{
    QSignalSpy rejected(m_user.get(), &ApiClient::credentialsRejected);
    Call call(m_user->listUsers(UserQuery()));
    QVERIFY(call.wait());
    QCOMPARE(call.kind(), Kind::Forbidden);
    QCOMPARE(call.reply->error().httpStatus(), 403);
    QCOMPARE(rejected.count(), 0); // valid credentials, just not staff

    Call order(m_user->getOrder(QStringLiteral("ffffffffffffffffffffffff")));
    QVERIFY(order.wait());
    QCOMPARE(order.kind(), Kind::Forbidden);
}

void TestApiServer::unauthorizedSignalsCredentialsRejected()
{
    auto wrongKey
        = makeClient(QStringLiteral("not-the-api-key-0000"), m_credentials.serviceAccountKey);
    QSignalSpy rejected(wrongKey.get(), &ApiClient::credentialsRejected);
    Call call(wrongKey->listUsers(UserQuery()));
    QVERIFY(call.wait());
    QCOMPARE(call.kind(), Kind::Unauthorized);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(call.reply->attempts(), 1);

    // A token signed by someone else (the signature's last characters changed).
    QString forged = m_credentials.serviceAccountKey;
    forged.chop(4);
    forged += QStringLiteral("AAAA");
    auto badToken = makeClient(m_credentials.apiKey, forged);
    QSignalSpy rejectedToken(badToken.get(), &ApiClient::credentialsRejected);
    Call tokenCall(badToken->getUser(someUserId()));
    QVERIFY(tokenCall.wait());
    QCOMPARE(tokenCall.kind(), Kind::Unauthorized);
    QCOMPARE(rejectedToken.count(), 1);
    QVERIFY(!tokenCall.reply->error().message().contains(forged));
}

void TestApiServer::deleteUserAndMe()
{
    const qint64 before
        = direct(QStringLiteral("/users?size=1")).header("X-Pagination-Total").toLongLong();
    const QString id = someUserId(5);
    const QByteArray tag = direct(QStringLiteral("/users/") + id).header("ETag");

    Call stale(m_staff->deleteUser(id, "\"stale\""));
    QVERIFY(stale.wait());
    QCOMPARE(stale.kind(), Kind::PreconditionFailed);

    Call removed(m_staff->deleteUser(id, tag));
    QVERIFY(removed.wait());
    QVERIFY2(removed.reply->isSuccess(), removed.describe());
    QCOMPARE(removed.reply->response().object.value(QLatin1String("deleted")).toBool(), true);

    UserQuery visible;
    visible.size = 1;
    Call afterwards(m_staff->listUsers(visible));
    QVERIFY(afterwards.wait());
    QCOMPARE(afterwards.reply->response().page.total, before - 1);
    UserQuery all = visible;
    all.includeDeleted = true;
    Call withDeleted(m_staff->listUsers(all));
    QVERIFY(withDeleted.wait());
    QVERIFY(withDeleted.reply->response().page.total >= before);

    Call me(m_user->deleteMe());
    QVERIFY(me.wait());
    QVERIFY2(me.reply->isSuccess(), me.describe());
    QCOMPARE(me.reply->response().object.value(QLatin1String("deleted")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_api_server.moc"
