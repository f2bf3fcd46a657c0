// SPDX-License-Identifier: GPL-3.0-or-later
// ApiService in process (no sockets): authentication and authorization, parameters,
// validation, conditional writes, user creation and the rate limit, on a small seeded
// in-memory database with a controllable clock. Expectations are computed here from the
// data, not from the server's own helpers.

#include "ApiService.h"
#include "Credentials.h"
#include "DataStore.h"
#include "Database.h"
#include "Seeder.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Server;

namespace {

constexpr qint64 StartMs = 1750000000000LL;

struct Answer
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString field() const { return object().value(QLatin1String("field")).toString(); }
};

QString oid(const QJsonValue &v)
{
    return v.toObject()
        .value(QLatin1String("_id"))
        .toObject()
        .value(QLatin1String("$oid"))
        .toString();
}

} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void routing();
    void authentication_data();
    void authentication();
    void authorization();
    void tenancy();
    void listParameters_data();
    void listParameters();
    void sortTiesBrokenById();
    void dateRangeIsInclusiveToTheSecond();
    void ordersCarryTheirUser();
    void profileValidation_data();
    void profileValidation();
    void roundTripChangesOnlyModified();
    void conditionalWrites();
    void createOrLogIn();
    void tagsEndpoint();
    void rateLimit();
    void searchesWithoutTheIndex_data();
    void searchesWithoutTheIndex();
    void oversizedBody();

private:
    Answer call(const QByteArray &method, const QString &target, const QByteArray &token,
        const QByteArray &body = {}, const HttpHeaders &extra = {}, const QByteArray &apiKey = {});
    QByteArray staffToken() const { return Credentials::serviceAccountKeyFor(*m_company, m_nowMs); }

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DataStore> m_store;
    std::unique_ptr<ApiService> m_api;
    const Company *m_company = nullptr;
    const Company *m_other = nullptr;
    Credentials m_credentials;
    qint64 m_nowMs = StartMs;
};

void TestServerApi::initTestCase()
{
    // In memory, or a database of its own on PostgreSQL (TestDatabase).
    m_path = TestDatabase::isPostgres() ? TestDatabase::create(QString(), QStringLiteral("api"))
                                        : QString::fromLatin1(Database::MemoryPath);
    QVERIFY(!m_path.isEmpty());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_path, &error), qPrintable(error));
    m_store = std::make_unique<DataStore>(m_db.get());
    QCOMPARE(m_store->reloadCompanies(), StoreStatus::Ok);
    Seeder seeder(m_store.get());
    Seeder::Options options;
    options.users = 80;
    options.orders = 400;
    options.nowMs = StartMs;
    Seeder::Report report;
    QVERIFY2(seeder.seed(options, &report, &error), qPrintable(error));
    QVERIFY(report.createdDemo && report.createdOther);
    m_company = m_store->companyBySlug(QStringLiteral("demo"));
    m_other = m_store->companyBySlug(QStringLiteral("other"));
    QVERIFY(m_company && m_other);
    QVERIFY(Credentials::issue(m_store.get(), *m_company, StartMs, &m_credentials, &error));

    // Seeding again changes nothing.
    Seeder::Report again;
    QVERIFY(seeder.seed(options, &again, &error));
    QVERIFY(!again.createdDemo && !again.createdOther);
}

void TestServerApi::cleanupTestCase()
{
    m_api.reset();
    m_store.reset();
    m_db.reset();
    TestDatabase::drop(m_path);
}

void TestServerApi::init()
{
    m_nowMs = StartMs + 1000;
    m_api = std::make_unique<ApiService>(m_store.get(), ApiService::Options());
    m_api->setClock([this] { return m_nowMs; });
}

Answer TestServerApi::call(const QByteArray &method, const QString &target, const QByteArray &token,
    const QByteArray &body, const HttpHeaders &extra, const QByteArray &apiKey)
{
    HttpRequest request;
    request.method = method;
    const QUrl url(QStringLiteral("http://localhost") + target);
    request.path = url.path(QUrl::FullyEncoded).toLatin1();
    request.query = QUrlQuery(url);
    request.headers = {{"X-Builton-Api-Key", apiKey.isEmpty() ? m_company->apiKey : apiKey}};
    if (!token.isEmpty())
        request.headers.append({"Authorization", "Bearer " + token});
    request.headers += extra;
    request.body = body;
    const HttpResponse response = m_api->handle(request);
    return {response.status, response.headers, response.body};
}

void TestServerApi::routing()
{
    const QByteArray staff = staffToken();
    QCOMPARE(call("GET", QStringLiteral("/nothing"), staff).status, 404);
    QCOMPARE(call("GET", QStringLiteral("/users/me/nothing"), staff).status, 404);
    const Answer wrongMethod = call("POST", QStringLiteral("/users"), staff);
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET"));
    QCOMPARE(call("GET", QStringLiteral("/users/not-an-id"), staff).status, 404);
    QCOMPARE(
        call("GET", QStringLiteral("/orders/") + QString(24, QLatin1Char('0')), staff).status, 404);
    QCOMPARE(call("GET", QStringLiteral("/users/"), staff).status, 200); // trailing slash
}

void TestServerApi::authentication_data()
{
    QTest::addColumn<QByteArray>("apiKey");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");

    const QByteArray key = m_company->apiKey;
    const QByteArray staff = Credentials::serviceAccountKeyFor(*m_company, StartMs);
    QTest::newRow("valid") << key << "Bearer " + staff << 200;
    QTest::newRow("lower-case scheme") << key << "bearer " + staff << 200;
    QTest::newRow("no API key") << QByteArray("-") << "Bearer " + staff << 401;
    QTest::newRow("unknown API key") << QByteArray("bk_nope") << "Bearer " + staff << 401;
    QTest::newRow("no token") << key << QByteArray() << 401;
    QTest::newRow("not bearer") << key << "Basic " + staff << 401;
    QTest::newRow("empty bearer") << key << QByteArray("Bearer ") << 401;
    QTest::newRow("garbage token") << key << QByteArray("Bearer abc.def.ghi") << 401;
    QTest::newRow("other company's token")
        << key << "Bearer " + Credentials::serviceAccountKeyFor(*m_other, StartMs) << 401;
    QTest::newRow("other company's key with this token")
        << m_other->apiKey << "Bearer " + staff << 401;
    QTest::newRow("expired") << key
                             << "Bearer "
            + Credentials::userTokenFor(*m_company, QStringLiteral("x"), StartMs - 40 * 86400000LL)
                             << 401;
    // Signed with this company's secret but naming another company.
    Company forged = *m_company;
    forged.id = m_other->id;
    QTest::newRow("cid of another company")
        << key << "Bearer " + Credentials::serviceAccountKeyFor(forged, StartMs) << 401;
}

void TestServerApi::authentication()
{
    QFETCH(QByteArray, apiKey);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    HttpRequest request;
    request.method = "GET";
    request.path = "/users";
    if (apiKey != "-")
        request.headers.append({"x-builton-api-key", apiKey});
    if (!authorization.isEmpty())
        request.headers.append({"authorization", authorization});
    const HttpResponse response = m_api->handle(request);
    QCOMPARE(response.status, status);
    if (status != 200) {
        const QJsonObject error = QJsonDocument::fromJson(response.body).object();
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
    }
}

void TestServerApi::authorization()
{
    const QByteArray user = m_credentials.userToken.toLatin1();
    const QByteArray staff = staffToken();
    for (const char *path : {"/users", "/users/search?query=a", "/orders", "/subscriptions",
             "/payment_methods", "/tags"}) {
        QCOMPARE(call("GET", QString::fromLatin1(path), user).status, 403);
        QCOMPARE(call("GET", QString::fromLatin1(path), staff).status, 200);
    }
    QCOMPARE(call("GET", QStringLiteral("/users/") + m_credentials.userId, user).status, 403);
    for (const char *path :
        {"/users/me", "/users/me/orders", "/users/me/subscriptions", "/users/me/payment_methods"}) {
        QCOMPARE(call("GET", QString::fromLatin1(path), user).status, 200);
        QCOMPARE(call("GET", QString::fromLatin1(path), staff).status, 403);
    }
    QCOMPARE(call("POST", QStringLiteral("/v2/users"), staff, "{}").status, 403);
    // A valid user token whose subject has no user: the me routes answer 404.
    const QByteArray stranger
        = Credentials::userTokenFor(*m_company, QStringLiteral("auth0|nobody"), m_nowMs);
    QCOMPARE(call("GET", QStringLiteral("/users/me"), stranger).status, 404);
}

void TestServerApi::tenancy()
{
    Credentials other;
    QString error;
    QVERIFY(Credentials::issue(m_store.get(), *m_other, m_nowMs, &other, &error));
    const QByteArray staff = staffToken();
    QCOMPARE(call("GET", QStringLiteral("/users/") + other.userId, staff).status, 404);
    QCOMPARE(call("PUT", QStringLiteral("/users/") + other.userId, staff, R"({"note":"x"})").status,
        404);
    QCOMPARE(
        call("GET", QStringLiteral("/users/") + other.userId + QStringLiteral("/orders"), staff)
            .status,
        404);
    // And the other way round, with the other company's own credentials.
    const Answer theirs = call("GET", QStringLiteral("/users/") + m_credentials.userId,
        other.serviceAccountKey.toLatin1(), {}, {}, m_other->apiKey);
    QCOMPARE(theirs.status, 404);
    const Answer list = call("GET", QStringLiteral("/users?size=1000"),
        other.serviceAccountKey.toLatin1(), {}, {}, m_other->apiKey);
    QCOMPARE(list.status, 200);
    for (const QJsonValue &u : list.array())
        QCOMPARE(u.toObject()
                     .value(QLatin1String("company"))
                     .toObject()
                     .value(QLatin1String("$oid"))
                     .toString(),
            m_other->id);
}

void TestServerApi::listParameters_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    QTest::newRow("defaults") << QStringLiteral("/users") << 200 << QString();
    QTest::newRow("size 1000") << QStringLiteral("/users?size=1000") << 200 << QString();
    QTest::newRow("size 1001") << QStringLiteral("/users?size=1001") << 400
                               << QStringLiteral("size");
    QTest::newRow("size 0") << QStringLiteral("/users?size=0") << 400 << QStringLiteral("size");
    QTest::newRow("size -1") << QStringLiteral("/users?size=-1") << 400 << QStringLiteral("size");
    QTest::newRow("size text") << QStringLiteral("/users?size=ten") << 400
                               << QStringLiteral("size");
    QTest::newRow("size 1.5") << QStringLiteral("/users?size=1.5") << 400 << QStringLiteral("size");
    QTest::newRow("page -1") << QStringLiteral("/users?page=-1") << 400 << QStringLiteral("page");
    QTest::newRow("page text") << QStringLiteral("/users?page=x") << 400 << QStringLiteral("page");
    QTest::newRow("unknown sort") << QStringLiteral("/users?sort=password") << 400
                                  << QStringLiteral("sort");
    QTest::newRow("orders sort on a users field")
        << QStringLiteral("/orders?sort=-email") << 400 << QStringLiteral("sort");
    QTest::newRow("every users sort")
        << QStringLiteral("/users?sort=-mobile_phone_number") << 200 << QString();
    QTest::newRow("date_field") << QStringLiteral("/orders?date_field=deleted") << 400
                                << QStringLiteral("date_field");
    QTest::newRow("delivery_time")
        << QStringLiteral("/orders?date_field=delivery_time&from_date=0") << 200 << QString();
    QTest::newRow("from_date text")
        << QStringLiteral("/orders?from_date=yesterday") << 400 << QStringLiteral("from_date");
    QTest::newRow("to_date float")
        << QStringLiteral("/payment_methods?to_date=1.5") << 400 << QStringLiteral("to_date");
    QTest::newRow("include_deleted") << QStringLiteral("/orders?include_deleted=perhaps") << 400
                                     << QStringLiteral("include_deleted");
    QTest::newRow("unknown parameters are ignored")
        << QStringLiteral("/orders?foo=bar&sdk_version=4.2.4") << 200 << QString();
    QTest::newRow("search without query")
        << QStringLiteral("/users/search") << 400 << QStringLiteral("query");
}

void TestServerApi::listParameters()
{
    QFETCH(QString, target);
    QFETCH(int, status);
    QFETCH(QString, field);
    const Answer answer = call("GET", target, staffToken());
    QCOMPARE(answer.status, status);
    if (status == 200) {
        QVERIFY(!answer.header("X-Pagination-Total").isEmpty());
        QVERIFY(QJsonDocument::fromJson(answer.body).isArray());
    } else {
        QCOMPARE(answer.field(), field);
    }
}

void TestServerApi::sortTiesBrokenById()
{
    // Two new users created in the same millisecond.
    m_nowMs = StartMs + 5000;
    QStringList ids;
    for (const char *sub : {"auth0|tie-a", "auth0|tie-b", "auth0|tie-c"}) {
        const Answer a = call("POST", QStringLiteral("/v2/users"),
            Credentials::userTokenFor(*m_company, QString::fromLatin1(sub), m_nowMs),
            R"({"first_name":"Tie"})");
        QCOMPARE(a.status, 200);
        ids << oid(a.object());
    }
    QStringList ascending = ids;
    std::sort(ascending.begin(), ascending.end());
    const Answer asc = call("GET", QStringLiteral("/users?sort=created&size=1000"), staffToken());
    QStringList seen;
    for (const QJsonValue &u : asc.array()) {
        if (ids.contains(oid(u)))
            seen << oid(u);
    }
    QCOMPARE(seen, ascending);
    const Answer desc = call("GET", QStringLiteral("/users?sort=-created&size=3"), staffToken());
    QStringList newest;
    for (const QJsonValue &u : desc.array())
        newest << oid(u);
    std::reverse(ascending.begin(), ascending.end());
    QCOMPARE(newest, ascending);
}

void TestServerApi::dateRangeIsInclusiveToTheSecond()
{
    const Answer all = call("GET", QStringLiteral("/orders?size=1000&sort=created"), staffToken());
    const QJsonArray orders = all.array();
    QVERIFY(orders.size() > 100);
    const QJsonObject order = orders.at(orders.size() / 2).toObject();
    const qint64 ms = qint64(
        order.value(QLatin1String("created")).toObject().value(QLatin1String("$date")).toDouble());
    const qint64 second = ms / 1000;
    auto contains = [&](qint64 from, qint64 to) {
        const Answer a = call("GET",
            QStringLiteral("/orders?size=1000&from_date=%1&to_date=%2").arg(from).arg(to),
            staffToken());
        for (const QJsonValue &o : a.array()) {
            if (oid(o) == oid(order))
                return true;
        }
        return false;
    };
    QVERIFY(contains(second, second));
    QVERIFY(contains(second - 100, second));
    QVERIFY(contains(second, second + 100));
    QVERIFY(!contains(second + 1, second + 100));
    QVERIFY(!contains(second - 100, second - 1));
}

void TestServerApi::ordersCarryTheirUser()
{
    const Answer orders = call("GET",
        QStringLiteral("/users/") + m_credentials.userId + QStringLiteral("/orders?size=1000"),
        staffToken());
    QCOMPARE(orders.status, 200);
    QVERIFY(orders.array().size() >= 1);
    QCOMPARE(orders.header("X-Pagination-Total").toLongLong(), qint64(orders.array().size()));
    const QJsonObject user
        = call("GET", QStringLiteral("/users/") + m_credentials.userId, staffToken()).object();
    for (const QJsonValue &o : orders.array()) {
        QJsonObject expanded = o.toObject().value(QLatin1String("user")).toObject();
        QCOMPARE(expanded.value(QLatin1String("$oid")).toString(), m_credentials.userId);
        expanded.remove(QStringLiteral("$oid"));
        QCOMPARE(expanded, user);
    }
}

void TestServerApi::profileValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    QTest::newRow("empty object") << QByteArray("{}") << 200 << QString();
    QTest::newRow("all editable fields") << QByteArray(
        R"({"first_name":"Åse","last_name":"Bråten","title":"Dr","email":"ase@example.no","mobile_phone_number":"+4740000000","billing_address":{"city":"Oslo","geo":[59.9,10.7],"raw":{},"custom":1},"bio":"","tags":["vip"],"note":null})")
                                         << 200 << QString();
    QTest::newRow("malformed") << QByteArray("{\"note\":") << 400 << QString();
    QTest::newRow("array") << QByteArray("[]") << 400 << QString();
    QTest::newRow("read-only") << QByteArray(R"({"human_id":"X"})") << 400
                               << QStringLiteral("human_id");
    QTest::newRow("unknown") << QByteArray(R"({"favourite_colour":"blue"})") << 400
                             << QStringLiteral("favourite_colour");
    QTest::newRow("addresses") << QByteArray(R"({"addresses":[]})") << 400
                               << QStringLiteral("addresses");
    QTest::newRow("duplicate") << QByteArray(R"({"note":"a","note":"b"})") << 400
                               << QStringLiteral("note");
    QTest::newRow("number for a string")
        << QByteArray(R"({"first_name":5})") << 400 << QStringLiteral("first_name");
    QTest::newRow("bad email") << QByteArray(R"({"email":"not an email"})") << 400
                               << QStringLiteral("email");
    QTest::newRow("empty email") << QByteArray(R"({"email":""})") << 200 << QString();
    QTest::newRow("phone without plus") << QByteArray(R"({"mobile_phone_number":"4791234567"})")
                                        << 400 << QStringLiteral("mobile_phone_number");
    QTest::newRow("phone leading zero") << QByteArray(R"({"mobile_phone_number":"+0791234567"})")
                                        << 400 << QStringLiteral("mobile_phone_number");
    QTest::newRow("phone too long") << QByteArray(R"({"mobile_phone_number":"+1234567890123456"})")
                                    << 400 << QStringLiteral("mobile_phone_number");
    QTest::newRow("billing not an object")
        << QByteArray(R"({"billing_address":[]})") << 400 << QStringLiteral("billing_address");
    QTest::newRow("billing geo") << QByteArray(R"({"billing_address":{"geo":[1,2,3]}})") << 400
                                 << QStringLiteral("billing_address.geo");
    QTest::newRow("billing city") << QByteArray(R"({"billing_address":{"city":{}}})") << 400
                                  << QStringLiteral("billing_address.city");
    QTest::newRow("tags not array")
        << QByteArray(R"({"tags":"vip"})") << 400 << QStringLiteral("tags");
    QTest::newRow("empty tag") << QByteArray(R"({"tags":["vip",""]})") << 400
                               << QStringLiteral("tags");
    QTest::newRow("payment method of someone else")
        << QByteArray(R"({"default_payment_method":{"$oid":"000000000000000000000000"}})") << 400
        << QStringLiteral("default_payment_method");
    QTest::newRow("payment method malformed") << QByteArray(R"({"default_payment_method":7})")
                                              << 400 << QStringLiteral("default_payment_method");
    QTest::newRow("payment method null")
        << QByteArray(R"({"default_payment_method":null})") << 200 << QString();
}

void TestServerApi::profileValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const QString path = QStringLiteral("/users/") + m_credentials.userId;
    const QByteArray before = call("GET", path, staffToken()).body;
    const Answer answer = call("PUT", path, staffToken(), body);
    QCOMPARE(answer.status, status);
    if (status == 400) {
        QCOMPARE(answer.field(), field);
        QCOMPARE(call("GET", path, staffToken()).body, before); // nothing written
    }
}

void TestServerApi::roundTripChangesOnlyModified()
{
    const QString path = QStringLiteral("/users/") + m_credentials.userId;
    const Answer before = call("GET", path, staffToken());
    m_nowMs += 10;
    const QString first = before.object().value(QLatin1String("first_name")).toString();
    const Answer after = call("PUT", path, staffToken(),
        QJsonDocument(QJsonObject {{QStringLiteral("first_name"), first}})
            .toJson(QJsonDocument::Compact));
    QCOMPARE(after.status, 200);
    // Byte for byte, apart from the value of "modified".
    const qsizetype at = before.body.indexOf("\"modified\":");
    QVERIFY(at > 0);
    const qsizetype end = before.body.indexOf('}', at);
    QCOMPARE(after.body.left(at), before.body.left(at));
    QCOMPARE(after.body.mid(after.body.indexOf('}', at)), before.body.mid(end));
    const qint64 oldModified = qint64(before.object()
                                          .value(QLatin1String("modified"))
                                          .toObject()
                                          .value(QLatin1String("$date"))
                                          .toDouble());
    const qint64 newModified = qint64(after.object()
                                          .value(QLatin1String("modified"))
                                          .toObject()
                                          .value(QLatin1String("$date"))
                                          .toDouble());
    QVERIFY(newModified > oldModified);

    // modified moves forward even when the clock goes backwards.
    m_nowMs -= 60000;
    const Answer again = call("PUT", path, staffToken(), "{}");
    QCOMPARE(qint64(again.object()
                        .value(QLatin1String("modified"))
                        .toObject()
                        .value(QLatin1String("$date"))
                        .toDouble()),
        newModified + 1);
}

void TestServerApi::conditionalWrites()
{
    const QString path = QStringLiteral("/users/") + m_credentials.userId;
    const QByteArray staff = staffToken();
    const Answer current = call("GET", path, staff);
    const QByteArray etag = current.header("ETag");
    QVERIFY(etag.size() > 2 && etag.startsWith('"') && etag.endsWith('"'));

    auto put = [&](const QByteArray &ifMatch, const QByteArray &note) {
        return call("PUT", path, staff, R"({"note":")" + note + R"("})", {{"If-Match", ifMatch}});
    };
    QCOMPARE(put("W/" + etag, "weak").status, 412);
    QCOMPARE(put("\"something-else\"", "foreign").status, 412);
    QCOMPARE(put("", "empty").status, 412);
    QCOMPARE(call("GET", path, staff).body, current.body);

    const Answer ok = put(etag, "first");
    QCOMPARE(ok.status, 200);
    const QByteArray newTag = ok.header("ETag");
    QVERIFY(newTag != etag);
    const Answer stale = put(etag, "second");
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.header("ETag"), newTag);
    QCOMPARE(call("DELETE", path, staff, {}, {{"If-Match", etag}}).status, 412);
    QCOMPARE(
        call("PUT", path + QStringLiteral("/addresses"), staff, "[]", {{"If-Match", etag}}).status,
        412);
    QCOMPARE(call("GET", path, staff).object().value(QLatin1String("note")).toString(),
        QStringLiteral("first"));

    QCOMPARE(put("\"x\", " + newTag, "list").status, 200);
    QCOMPARE(put("*", "star").status, 200);
    QCOMPARE(call("PUT", path, staff, R"({"note":"unconditional"})").status, 200);
    const Answer addresses = call("PUT", path + QStringLiteral("/addresses"), staff,
        R"([{"city":"Tromsø","geo":[69.6,18.9],"raw":{"id":12345678901234567890}}])");
    QCOMPARE(addresses.status, 200);
    QVERIFY(addresses.body.contains(R"("raw":{"id":12345678901234567890})"));
    QCOMPARE(
        call("PUT", path + QStringLiteral("/addresses"), staff, R"([{"geo":"north"}])").field(),
        QStringLiteral("addresses[0].geo"));
}

void TestServerApi::createOrLogIn()
{
    m_nowMs = StartMs + 100000;
    const QByteArray token
        = Credentials::userTokenFor(*m_company, QStringLiteral("auth0|newcomer"), m_nowMs);
    QCOMPARE(call("GET", QStringLiteral("/users/me"), token).status, 404);
    QCOMPARE(call("POST", QStringLiteral("/v2/users"), token, R"({"email":"bad"})").field(),
        QStringLiteral("email"));
    const Answer created = call("POST", QStringLiteral("/v2/users"), token,
        R"({"first_name":"Nyss","email":"nyss@example.no","tags":["newsletter"]})");
    QCOMPARE(created.status, 200);
    const QJsonObject user = created.object();
    QCOMPARE(user.value(QLatin1String("auth_id")).toString(), QStringLiteral("auth0|newcomer"));
    QCOMPARE(user.value(QLatin1String("first_name")).toString(), QStringLiteral("Nyss"));
    QCOMPARE(
        user.value(QLatin1String("company")).toObject().value(QLatin1String("$oid")).toString(),
        m_company->id);
    QVERIFY(!user.value(QLatin1String("human_id")).toString().isEmpty());
    QVERIFY(!created.header("ETag").isEmpty());

    m_nowMs += 5000;
    const Answer login
        = call("POST", QStringLiteral("/v2/users"), token, R"({"first_name":"Ignored"})");
    QCOMPARE(login.status, 200);
    QCOMPARE(oid(login.object()), oid(user));
    QCOMPARE(login.object().value(QLatin1String("first_name")).toString(), QStringLiteral("Nyss"));
    QCOMPARE(qint64(login.object()
                        .value(QLatin1String("last_login"))
                        .toObject()
                        .value(QLatin1String("$date"))
                        .toDouble()),
        m_nowMs);
    const Answer me = call("GET", QStringLiteral("/users/me"), token);
    QCOMPARE(me.body, login.body);
    // Searchable and tagged right away.
    const Answer found = call(
        "GET", QStringLiteral("/users/search?query=NYSS@EXAMPLE&tags=newsletter"), staffToken());
    QCOMPARE(found.array().size(), 1);
}

void TestServerApi::tagsEndpoint()
{
    const Answer tags = call("GET", QStringLiteral("/tags"), staffToken());
    QCOMPARE(tags.status, 200);
    QHash<QString, int> expected;
    for (const QJsonValue &u :
        call("GET", QStringLiteral("/users?size=1000"), staffToken()).array()) {
        QSet<QString> seen;
        for (const QJsonValue &t : u.toObject().value(QLatin1String("tags")).toArray())
            seen.insert(t.toString());
        for (const QString &t : seen)
            ++expected[t];
    }
    QCOMPARE(tags.array().size(), expected.size());
    int previous = INT_MAX;
    for (const QJsonValue &t : tags.array()) {
        const QJsonObject tag = t.toObject();
        QCOMPARE(tag.value(QLatin1String("count")).toInt(),
            expected.value(tag.value(QLatin1String("name")).toString()));
        QVERIFY(tag.value(QLatin1String("count")).toInt() <= previous);
        previous = tag.value(QLatin1String("count")).toInt();
    }
}

void TestServerApi::rateLimit()
{
    ApiService::Options options;
    options.rateLimit = 3;
    options.rateWindowSecs = 10;
    m_api = std::make_unique<ApiService>(m_store.get(), options);
    m_api->setClock([this] { return m_nowMs; });
    const QByteArray staff = staffToken();
    for (int remaining : {2, 1, 0}) {
        const Answer a = call("GET", QStringLiteral("/tags"), staff);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("X-Rate-Limit-Remaining").toInt(), remaining);
    }
    m_nowMs += 4000;
    const Answer limited = call("GET", QStringLiteral("/tags"), staff);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After").toInt(), 6);
    QCOMPARE(limited.header("X-Rate-Limit-Remaining").toInt(), 0);
    // The other company has its own budget.
    Credentials other;
    QString error;
    QVERIFY(Credentials::issue(m_store.get(), *m_other, m_nowMs, &other, &error));
    QCOMPARE(call("GET", QStringLiteral("/tags"), other.serviceAccountKey.toLatin1(), {}, {},
                 m_other->apiKey)
                 .status,
        200);
    m_nowMs += 6000;
    QCOMPARE(call("GET", QStringLiteral("/tags"), staff).status, 200);
}

void TestServerApi::oversizedBody()
{
    const Answer a = call("PUT", QStringLiteral("/users/") + m_credentials.userId, staffToken(),
        "{\"note\":\"" + QByteArray(1024 * 1024, 'x') + "\"}");
    QCOMPARE(a.status, 413);
}

void TestServerApi::searchesWithoutTheIndex_data()
{
    QTest::addColumn<QString>("target");
    init(); // the service, which init() makes for each test function, but after this
    const Answer some = call("GET", QStringLiteral("/orders?size=1&page=7"), staffToken());
    const QJsonObject order = some.array().at(0).toObject();
    const QString number = order.value(QLatin1String("human_id")).toString();
    const QString last = order.value(QLatin1String("user"))
                             .toObject()
                             .value(QLatin1String("last_name"))
                             .toString();
    for (const QString &route : {QStringLiteral("/orders"), QStringLiteral("/subscriptions"),
             QStringLiteral("/payments")}) {
        for (const QString &query :
            {QStringLiteral("a"), QStringLiteral("er"), number, number.left(2).toLower(), last,
                QStringLiteral("GMAIL"), QString::fromUtf8("\u00f8"), QStringLiteral("qqqzz")}) {
            const QString target = route + QStringLiteral("/search?size=1000&query=")
                + QString::fromLatin1(QUrl::toPercentEncoding(query));
            QTest::newRow(qPrintable(target)) << target;
            QTest::newRow(qPrintable(target + QStringLiteral(", include_deleted")))
                << target + QStringLiteral("&include_deleted=true");
        }
    }
}

void TestServerApi::searchesWithoutTheIndex()
{
    // The customers of a search of orders, subscriptions or payments come from the users
    // search index, or, when a request's snapshot is at another commit than the index, from
    // SQL. That happens when this process is writing and sees a commit of another one: here,
    // a write transaction is open and the commit stamp moved inside it, as another writer
    // would have moved it. Both must find the same.
    QFETCH(QString, target);
    const QByteArray staff = staffToken();
    const Answer indexed = call("GET", target, staff);
    QCOMPARE(indexed.status, 200);
    Answer fromSql;
    {
        WriteTransaction tx(m_store.get());
        QCOMPARE(tx.status(), StoreStatus::Ok);
        QCOMPARE(m_db->exec(QStringLiteral("UPDATE commit_stamp SET n = n + 1 WHERE id = 1")),
            StoreStatus::Ok);
        fromSql = call("GET", target, staff);
    } // rolled back
    QCOMPARE(fromSql.status, 200);
    QCOMPARE(fromSql.header("X-Pagination-Total"), indexed.header("X-Pagination-Total"));
    QCOMPARE(fromSql.body, indexed.body);
    QCOMPARE(call("GET", target, staff).body, indexed.body);
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
