// SPDX-License-Identifier: GPL-3.0-or-later
// Orders on the real builton-server over loopback: one order with its ETag, the search (order
// number whole, as a prefix, in lower case; the customer's name and email; with the list
// filters, sorts and paging), partial updates, refused bodies (answered 400 naming the field,
// nothing written), the state rules of PUT and cancel (409), cancelling's effect on the
// order's payments, If-Match (412), a deleted order, and each order's payments. Every
// expectation is computed here, from the full lists the server returns and from the rules of
// docs/API.md, or from the database file read with a connection of the test's own.

#include "SearchOracle.h"
#include "tst_server_api_common.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <map>
#include <tuple>

using namespace ApiTest;

namespace {

const QStringList OrderStatuses {QStringLiteral("CREATED"), QStringLiteral("PENDING"),
    QStringLiteral("SUCCESS"), QStringLiteral("FAILED"), QStringLiteral("CANCELED"),
    QStringLiteral("DONE")};
const QStringList DeliveryStatuses {QStringLiteral("PENDING"), QStringLiteral("ACCEPTED"),
    QStringLiteral("IN_PROGRESS"), QStringLiteral("DONE"), QStringLiteral("CANCELED")};

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/// docs/API.md: DONE and CANCELED orders are final; cancelling takes an order that is neither
/// and whose delivery is not DONE.
int expectedCancel(const QString &status, const QString &delivery)
{
    if (status == QLatin1String("DONE") || status == QLatin1String("CANCELED")
        || delivery == QLatin1String("DONE"))
        return 409;
    return 200;
}

/// The status PUT answers for `newStatus`/`newDelivery` (null: not sent), by docs/API.md.
int expectedPut(const QString &status, const QString &delivery, const QString &newStatus,
    const QString &newDelivery)
{
    if (newStatus == QLatin1String("CANCELED") && status != QLatin1String("CANCELED"))
        return expectedCancel(status, delivery);
    const bool final = status == QLatin1String("DONE") || status == QLatin1String("CANCELED");
    if (final && !newStatus.isNull() && newStatus != status)
        return 409;
    if (status == QLatin1String("CANCELED") && !newDelivery.isNull()
        && newDelivery != QLatin1String("CANCELED"))
        return 409;
    return 200;
}

/// The members of `after` that differ from `before`, "+key" for new ones, sorted.
QStringList changedMembers(const QByteArray &before, const QByteArray &after)
{
    QHash<QString, QByteArray> old;
    for (const auto &m : rawMembers(before))
        old.insert(m.first, m.second);
    QStringList changed;
    for (const auto &m : rawMembers(after)) {
        if (!old.contains(m.first))
            changed << QLatin1Char('+') + m.first;
        else if (old.value(m.first) != m.second)
            changed << m.first;
        old.remove(m.first);
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        changed << QLatin1Char('-') + it.key();
    changed.sort();
    return changed;
}

/// The order without its expanded user (whose own members do not change with the order).
QByteArray orderWithoutUser(const QByteArray &order)
{
    QByteArray out = "{";
    for (const auto &m : rawMembers(order)) {
        if (m.first == QLatin1String("user"))
            continue;
        if (out.size() > 1)
            out += ',';
        out += QJsonDocument(QJsonArray {m.first}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
            + ':' + m.second;
    }
    return out + '}';
}

} // namespace

class TestServerApiOrders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void getOrder();
    void search_data();
    void search();
    void searchParameters_data();
    void searchParameters();
    void update_data();
    void update();
    void refusedBodies_data();
    void refusedBodies();
    void putRules_data();
    void putRules();
    void cancelRules_data();
    void cancelRules();
    void cancelCancelsPaymentsNotTaken();
    void ifMatch();
    void deletedOrderIsReadOnly();
    void concurrentCancels();
    void writesShowInListsAndSearches();
    void payments_data();
    void payments();
    void dailyCountsAgreeWithTheOrders();

private:
    TestHttpResponse call(const QByteArray &method, const QByteArray &target,
        const QByteArray &body = {}, const TestHttp::Headers &extra = {}) const
    {
        return TestHttp::request(method, url(m_server, target), staff(m_server) + extra, body);
    }
    TestHttpResponse read(const QString &orderId) const
    {
        return call("GET", "/orders/" + orderId.toLatin1());
    }
    QJsonArray allOrders() const
    {
        QString error;
        const QJsonArray orders
            = fetchAll(m_server, "/orders?include_deleted=true", staff(m_server), &error);
        return error.isEmpty() ? orders : QJsonArray();
    }
    /// A fresh order (not deleted, not written by another test) in `status`, and with
    /// `delivery` when that is given; empty when there is none left.
    QString take(const QString &status, const QString &delivery = QString());

    QTemporaryDir m_dir;
    TestServer m_server;
    QString m_dbPath;
    QJsonArray m_orders; ///< as seeded, deleted ones too
    QSet<QString> m_taken; ///< orders a test has written
};

void TestServerApiOrders::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    TestServer::Options options;
    options.users = 150;
    options.orders = 2500;
    m_dbPath = TestDatabase::create(m_dir.path(), QStringLiteral("orders"));
    QVERIFY(!m_dbPath.isEmpty());
    options.dbPath = m_dbPath;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_orders = allOrders();
    QVERIFY(m_orders.size() >= 2500);
}

void TestServerApiOrders::cleanupTestCase()
{
    m_server.stop();
    TestDatabase::drop(m_dbPath);
}

QString TestServerApiOrders::take(const QString &status, const QString &delivery)
{
    for (const QJsonValue &v : std::as_const(m_orders)) {
        const QJsonObject o = v.toObject();
        const QString id = idOf(o);
        if (isDeleted(o) || m_taken.contains(id) || text(o, "order_status") != status
            || (!delivery.isNull() && text(o, "delivery_status") != delivery))
            continue;
        m_taken.insert(id);
        return id;
    }
    return {};
}

// ---- reading ---------------------------------------------------------------------------

void TestServerApiOrders::getOrder()
{
    for (qsizetype i = 0; i < m_orders.size(); i += 41) {
        const QJsonObject listed = m_orders.at(i).toObject();
        const TestHttpResponse r = read(idOf(listed));
        QCOMPARE(r.status, 200);
        // The same order as in the list (no seeded user is large enough to be cut there).
        QCOMPARE(r.json().object(), listed);
        QCOMPARE(r.header("ETag"), QByteArray('"' + idOf(listed).toLatin1() + "-1\""));
    }
}

// ---- search ----------------------------------------------------------------------------

void TestServerApiOrders::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("parameters");

    // Queries from the data: an order (its number), its customer (names, email), someone
    // whose name has letters beyond ASCII, a deleted order.
    QJsonObject order;
    QJsonObject deleted;
    QJsonObject foreign; // a customer with a name beyond ASCII
    QHash<QString, int> ordersOf;
    for (const QJsonValue &v : std::as_const(m_orders))
        ++ordersOf[refOf(v.toObject().value(QLatin1String("user")))];
    for (const QJsonValue &v : std::as_const(m_orders)) {
        const QJsonObject o = v.toObject();
        const QJsonObject user = o.value(QLatin1String("user")).toObject();
        if (isDeleted(o) && deleted.isEmpty())
            deleted = o;
        if (!isDeleted(o) && order.isEmpty() && ordersOf.value(refOf(user)) >= 3
            && !text(user, "email").isEmpty() && !text(user, "last_name").isEmpty())
            order = o;
        const QString name = text(user, "first_name") + text(user, "last_name");
        if (foreign.isEmpty()
            && std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 127; }))
            foreign = user;
    }
    QVERIFY(!order.isEmpty() && !deleted.isEmpty() && !foreign.isEmpty());
    const QJsonObject customer = order.value(QLatin1String("user")).toObject();
    const QString number = text(order, "human_id");
    const QString email = text(customer, "email");

    auto row = [](const char *name, const QString &query, const char *parameters = "") {
        QTest::newRow(name) << query << QByteArray(parameters);
    };
    row("order number", number);
    row("order number, lower case", number.toLower());
    row("order number, first three, lower case", number.left(3).toLower());
    row("order number, first one", number.left(1));
    row("a deleted order's number", text(deleted, "human_id"));
    row("a deleted order's number, include_deleted", text(deleted, "human_id"),
        "&include_deleted=true");
    row("last name", text(customer, "last_name"));
    row("first name, upper case", text(customer, "first_name").toUpper());
    row("first and last name",
        text(customer, "first_name") + QLatin1Char(' ') + text(customer, "last_name"));
    row("email", email);
    row("email, upper case", email.toUpper());
    row("email domain", email.mid(email.indexOf(QLatin1Char('@')) + 1));
    row("a name beyond ASCII, upper case", text(foreign, "last_name").toUpper());
    row("a customer's own human_id", text(customer, "human_id"));
    row("a customer's phone", text(customer, "mobile_phone_number"));
    row("nothing", QStringLiteral("qqqzzzxx"));
    row("one letter", QStringLiteral("a"));
    row("one letter, statuses", QStringLiteral("e"), "&order_status=DONE,CANCELED");
    row("one letter, by total_amount", QStringLiteral("a"), "&sort=total_amount");
    row("one letter, by human_id ascending", QStringLiteral("n"), "&sort=human_id");
    row("one letter, include_deleted", QStringLiteral("a"), "&include_deleted=true");
    row("one letter, include_deleted, by -total_amount", QStringLiteral("a"),
        "&include_deleted=true&sort=-total_amount");
    row("one letter, delivery range", QStringLiteral("o"),
        "&date_field=delivery_time&from_date=0&to_date=4102444800&sort=delivery_time");
    row("last name, delivery PENDING", text(customer, "last_name"), "&delivery_status=PENDING");
    row("last name, by -modified", text(customer, "last_name"), "&sort=-modified");
    row("two letters, by currency", QStringLiteral("en"), "&sort=currency");
    row("two letters, by order_status", QStringLiteral("er"), "&sort=-order_status");
}

void TestServerApiOrders::search()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, parameters);
    const QUrlQuery params(QString::fromLatin1(parameters.mid(1)));
    auto value = [&params](const char *name) {
        return params.queryItemValue(QLatin1String(name));
    };
    const bool includeDeleted = value("include_deleted") == QLatin1String("true");
    const QStringList statuses = value("order_status").split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList deliveries
        = value("delivery_status").split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString dateField
        = value("date_field").isEmpty() ? QStringLiteral("created") : value("date_field");
    const bool ranged = params.hasQueryItem(QStringLiteral("from_date"));
    const qint64 from = value("from_date").toLongLong() * 1000;
    const qint64 to = (value("to_date").toLongLong() + 1) * 1000;
    QString sort = value("sort").isEmpty() ? QStringLiteral("-created") : value("sort");
    const bool descending = sort.startsWith(QLatin1Char('-'));
    if (descending)
        sort.remove(0, 1);

    const QJsonArray matches = filtered(allOrders(), [&](const QJsonObject &o) {
        if (isDeleted(o) && !includeDeleted)
            return false;
        if (!statuses.isEmpty() && !statuses.contains(text(o, "order_status")))
            return false;
        if (!deliveries.isEmpty() && !deliveries.contains(text(o, "delivery_status")))
            return false;
        if (ranged) {
            const std::optional<qint64> t = dateOf(o, dateField);
            if (!t || *t < from || *t >= to)
                return false;
        }
        return humanIdStartsWith(o, query)
            || SearchOracle::customerMatches(o.value(QLatin1String("user")).toObject(), query);
    });
    const QStringList expected = expectedOrder(
        matches, [&sort](const QJsonObject &o) { return o.value(sort); }, descending);
    const QString problem = checkListing(
        m_server, "/orders/search?query=" + enc(query) + parameters, staff(m_server), expected);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestServerApiOrders::searchParameters_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    QTest::newRow("no query") << QByteArray("/orders/search") << 400 << QStringLiteral("query");
    QTest::newRow("a query of 1001 characters")
        << QByteArray("/orders/search?query=" + QByteArray(1001, 'a')) << 400
        << QStringLiteral("query");
    QTest::newRow("size 0") << QByteArray("/orders/search?query=a&size=0") << 400
                            << QStringLiteral("size");
    QTest::newRow("page -1") << QByteArray("/orders/search?query=a&page=-1") << 400
                             << QStringLiteral("page");
    QTest::newRow("a users sort field")
        << QByteArray("/orders/search?query=a&sort=email") << 400 << QStringLiteral("sort");
    QTest::newRow("from_date not a number")
        << QByteArray("/orders/search?query=a&from_date=yesterday") << 400
        << QStringLiteral("from_date");
    QTest::newRow("include_deleted not a boolean")
        << QByteArray("/orders/search?query=a&include_deleted=perhaps") << 400
        << QStringLiteral("include_deleted");
    QTest::newRow("an unknown status matches nothing")
        << QByteArray("/orders/search?query=a&order_status=LOST") << 200 << QString();
    QTest::newRow("tags are not an orders filter (the SDK may send them)")
        << QByteArray("/orders/search?query=a&tags=vip") << 200 << QString();
    QTest::newRow("the unit separator matches nothing")
        << QByteArray("/orders/search?query=a%1Fb") << 200 << QString();
}

void TestServerApiOrders::searchParameters()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QString, field);
    const TestHttpResponse r = call("GET", target);
    if (status != 200) {
        VERIFY_ERROR(r, status, field);
        return;
    }
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().isArray());
    if (target.contains("LOST") || target.contains("%1F")) {
        QCOMPARE(r.json().array().size(), 0);
        QCOMPARE(r.header("X-Pagination-Total"), QByteArray("0"));
    } else {
        // Tags change nothing.
        const TestHttpResponse plain = call("GET", "/orders/search?query=a");
        QCOMPARE(r.body, plain.body);
        QCOMPARE(r.header("X-Pagination-Total"), plain.header("X-Pagination-Total"));
    }
}

// ---- writes ----------------------------------------------------------------------------

void TestServerApiOrders::update_data()
{
    QTest::addColumn<QString>("status"); // the order's status before
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("stored"); // the members as they must be stored

    auto same = [](const char *status, const char *body) {
        QTest::newRow(
            qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(status), QLatin1String(body))))
            << QString::fromLatin1(status) << QByteArray(body) << QByteArray(body);
    };
    same("CREATED", R"({"order_status":"CREATED"})"); // the recorded request
    same("CREATED", R"({"order_status":"PENDING"})");
    same("PENDING", R"({"order_status":"SUCCESS","delivery_status":"ACCEPTED"})");
    same("FAILED", R"({"order_status":"SUCCESS"})");
    same("SUCCESS", R"({"delivery_status":"IN_PROGRESS"})");
    same("SUCCESS", R"({"order_status":"DONE","delivery_status":"DONE","note":"Delivered."})");
    same("DONE", R"({"note":"Customer called: \"all good\" \u00e6 \ud83d\ude00"})");
    same("DONE", R"({"delivery_status":"ACCEPTED"})");
    same("DONE", R"({"order_status":"DONE"})");
    same("CANCELED", R"({"note":null})");
    same("CANCELED", R"({"order_status":"CANCELED","delivery_status":"CANCELED"})");
    same("PENDING", R"({"note":""})");
    QTest::newRow("whitespace is not stored")
        << QStringLiteral("CREATED")
        << QByteArray("{ \"note\" :\t\"spaced\" ,\n \"delivery_status\" : \"PENDING\" }")
        << QByteArray(R"({"note":"spaced","delivery_status":"PENDING"})");
    const QByteArray longNote = "{\"note\":\"" + QByteArray(10000, 'n') + "\"}";
    QTest::newRow("a note of 10,000 characters")
        << QStringLiteral("SUCCESS") << longNote << longNote;
    QString emoji;
    for (int i = 0; i < 10000; ++i)
        emoji += QStringLiteral("😀");
    const QByteArray emojiNote = "{\"note\":\"" + emoji.toUtf8() + "\"}";
    QTest::newRow("a note of 10,000 emoji") << QStringLiteral("SUCCESS") << emojiNote << emojiNote;
}

void TestServerApiOrders::update()
{
    QFETCH(QString, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, stored);
    const QString id = take(status);
    QVERIFY2(!id.isEmpty(), qPrintable(status));
    const TestHttpResponse before = read(id);
    const TestHttpResponse r = call("PUT", "/orders/" + id.toLatin1(), body);
    QVERIFY2(r.status == 200, r.body.left(300).constData());
    const TestHttpResponse after = read(id);
    QCOMPARE(after.body, r.body);
    QCOMPARE(r.header("ETag"), QByteArray('"' + id.toLatin1() + "-2\""));
    QCOMPARE(after.header("ETag"), r.header("ETag"));

    // Exactly the members sent and modified changed, stored as sent (minified); the user
    // is the same.
    QStringList expected {QStringLiteral("modified")};
    const QByteArray old = orderWithoutUser(before.body);
    const QByteArray now = orderWithoutUser(after.body);
    for (const auto &m : rawMembers(stored)) {
        QCOMPARE(rawMember(now, m.first), m.second);
        if (rawMember(old, m.first) != m.second)
            expected << m.first;
    }
    expected.sort();
    QCOMPARE(changedMembers(old, now), expected);
    QCOMPARE(rawMember(after.body, QStringLiteral("user")),
        rawMember(before.body, QStringLiteral("user")));
    QVERIFY(dateOf(after.json().object(), QStringLiteral("modified"))
        > dateOf(before.json().object(), QStringLiteral("modified")));
}

void TestServerApiOrders::refusedBodies_data()
{
    QTest::addColumn<QByteArray>("route"); // "" (PUT) or "/cancel" (POST)
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field"); // null: the body as a whole

    auto put = [](const char *name, const QByteArray &body, const char *field) {
        QTest::newRow(name) << QByteArray() << body
                            << (field ? QString::fromLatin1(field) : QString());
    };
    put("unknown field", R"({"colour":"blue"})", "colour");
    put("unknown field after a valid one", R"({"note":"x","password":"x"})", "password");
    put("human_id is read-only", R"({"human_id":"ABCDEF"})", "human_id");
    put("total_amount is read-only", R"({"total_amount":0})", "total_amount");
    put("user is read-only", R"({"user":{"$oid":"0123456789abcdef01234567"}})", "user");
    put("payments are read-only", R"({"payments":[]})", "payments");
    put("items are read-only", R"({"items":[]})", "items");
    put("deleted is read-only", R"({"deleted":true})", "deleted");
    put("modified is read-only", R"({"modified":{"$date":0}})", "modified");
    put("an unknown order status", R"({"order_status":"SHIPPED"})", "order_status");
    put("an order status in lower case", R"({"order_status":"done"})", "order_status");
    put("an unknown delivery status", R"({"delivery_status":"LOST"})", "delivery_status");
    put("order_status null", R"({"order_status":null})", "order_status");
    put("order_status a number", R"({"order_status":3})", "order_status");
    put("delivery_status an array", R"({"delivery_status":["DONE"]})", "delivery_status");
    put("note a number", R"({"note":5})", "note");
    put("note an object", R"({"note":{"text":"x"}})", "note");
    put("a note of 10,001 characters", "{\"note\":\"" + QByteArray(10001, 'n') + "\"}", "note");
    put("a member twice", R"({"note":"a","note":"b"})", "note");
    put("cancelled, with a delivery that is not",
        R"({"order_status":"CANCELED","delivery_status":"PENDING"})", "delivery_status");
    put("a raw control character", "{\"note\":\"a\x01b\"}", "note");
    put("invalid UTF-8", "{\"note\":\"\xc3\x28\"}", "note");
    put("a lone surrogate", R"({"note":"\ud800"})", "note");
    put("nested too deep", "{\"note\":" + QByteArray(40, '[') + QByteArray(40, ']') + "}", "note");
    put("not JSON", "{note:1}", nullptr);
    put("an array", "[]", nullptr);
    put("a string", "\"x\"", nullptr);
    put("nothing", "", nullptr);
    put("two documents", "{}{}", nullptr);
    auto cancel = [](const char *name, const QByteArray &body, const char *field) {
        QTest::newRow(name) << QByteArray("/cancel") << body
                            << (field ? QString::fromLatin1(field) : QString());
    };
    cancel("cancel with a member", R"({"reason":"changed my mind"})", "reason");
    cancel("cancel with a status", R"({"order_status":"CANCELED"})", "order_status");
    cancel("cancel with an array", "[]", nullptr);
    cancel("cancel with broken JSON", "{", nullptr);
}

void TestServerApiOrders::refusedBodies()
{
    QFETCH(QByteArray, route);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    // An order that could take any valid write.
    const QString id = idOf(filtered(m_orders, [](const QJsonObject &o) {
        return !isDeleted(o) && text(o, "order_status") == QLatin1String("PENDING");
    }).at(0));
    const TestHttpResponse before = read(id);
    const TestHttpResponse r
        = call(route.isEmpty() ? "PUT" : "POST", "/orders/" + id.toLatin1() + route, body);
    VERIFY_ERROR(r, 400, field);
    const TestHttpResponse after = read(id);
    QCOMPARE(after.body, before.body);
    QCOMPARE(after.header("ETag"), before.header("ETag"));
    // The same body for an order that does not exist: still 400 (the body is checked first).
    const TestHttpResponse missing
        = call(route.isEmpty() ? "PUT" : "POST", "/orders/0123456789abcdef01234567" + route, body);
    VERIFY_ERROR(missing, 400, field);
}

void TestServerApiOrders::putRules_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("newStatus"); // null: not sent
    QTest::addColumn<QString>("newDelivery"); // null: not sent

    for (const QString &status : OrderStatuses) {
        for (const QString &target : OrderStatuses) {
            QTest::newRow(qPrintable(status + QStringLiteral(" -> ") + target))
                << take(status) << target << QString();
        }
        for (const QString &delivery : DeliveryStatuses) {
            QTest::newRow(qPrintable(status + QStringLiteral(", delivery -> ") + delivery))
                << take(status) << QString() << delivery;
        }
    }
    // A paid order already delivered cannot be cancelled.
    QTest::newRow("SUCCESS, delivered -> CANCELED")
        << take(QStringLiteral("SUCCESS"), QStringLiteral("DONE")) << QStringLiteral("CANCELED")
        << QString();
}

void TestServerApiOrders::putRules()
{
    QFETCH(QString, id);
    QFETCH(QString, newStatus);
    QFETCH(QString, newDelivery);
    QVERIFY2(!id.isEmpty(), "the seed has no order left in that status");
    const TestHttpResponse before = read(id);
    const QJsonObject o = before.json().object();
    const QString status = text(o, "order_status");
    const QString delivery = text(o, "delivery_status");
    QJsonObject body;
    if (!newStatus.isNull())
        body.insert(QStringLiteral("order_status"), newStatus);
    if (!newDelivery.isNull())
        body.insert(QStringLiteral("delivery_status"), newDelivery);
    const TestHttpResponse r = call("PUT", "/orders/" + id.toLatin1(), compact(body));
    const int expected = expectedPut(status, delivery, newStatus, newDelivery);
    const TestHttpResponse after = read(id);
    if (expected == 409) {
        VERIFY_ERROR(r, 409);
        QCOMPARE(after.body, before.body);
        QCOMPARE(after.header("ETag"), before.header("ETag"));
        return;
    }
    QVERIFY2(r.status == 200, r.body.left(300).constData());
    const QJsonObject a = after.json().object();
    const bool cancelled = newStatus == QLatin1String("CANCELED");
    QCOMPARE(text(a, "order_status"), newStatus.isNull() ? status : newStatus);
    QCOMPARE(text(a, "delivery_status"),
        cancelled                  ? QStringLiteral("CANCELED")
            : newDelivery.isNull() ? delivery
                                   : newDelivery);
}

void TestServerApiOrders::cancelRules_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &status : OrderStatuses) {
        QTest::newRow(qPrintable(status)) << take(status);
        for (const QString &delivery : DeliveryStatuses) {
            const QString id = take(status, delivery);
            if (!id.isEmpty())
                QTest::newRow(qPrintable(status + QStringLiteral(", delivery ") + delivery)) << id;
        }
    }
}

void TestServerApiOrders::cancelRules()
{
    QFETCH(QString, id);
    QVERIFY(!id.isEmpty());
    const TestHttpResponse before = read(id);
    const QJsonObject o = before.json().object();
    const int expected = expectedCancel(text(o, "order_status"), text(o, "delivery_status"));
    // No body, as the SDK's orders.cancel(id) sends it.
    const TestHttpResponse r = call("POST", "/orders/" + id.toLatin1() + "/cancel");
    const TestHttpResponse after = read(id);
    if (expected == 409) {
        VERIFY_ERROR(r, 409);
        QCOMPARE(after.body, before.body);
        return;
    }
    QVERIFY2(r.status == 200, r.body.left(300).constData());
    QCOMPARE(r.body, after.body);
    QStringList changed {QStringLiteral("modified"), QStringLiteral("order_status")};
    if (text(o, "delivery_status") != QLatin1String("CANCELED"))
        changed << QStringLiteral("delivery_status");
    changed.sort();
    QCOMPARE(changedMembers(orderWithoutUser(before.body), orderWithoutUser(after.body)), changed);
    QCOMPARE(text(after.json().object(), "order_status"), QStringLiteral("CANCELED"));
    QCOMPARE(text(after.json().object(), "delivery_status"), QStringLiteral("CANCELED"));
    // Cancelled once, never again.
    const TestHttpResponse again = call("POST", "/orders/" + id.toLatin1() + "/cancel", "{}");
    VERIFY_ERROR(again, 409);
    QVERIFY(again.json()
                .object()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("cancelled already")));
}

void TestServerApiOrders::cancelCancelsPaymentsNotTaken()
{
    // docs/API.md: payments created or processing become canceled; the others stay as they
    // are, byte for byte. Orders with each kind: pending ones, and paid ones that failed first.
    QString error;
    const QJsonArray payments
        = fetchAll(m_server, "/payments?include_deleted=true", staff(m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, QStringList> statesOf;
    for (const QJsonValue &v : payments) {
        const QJsonObject p = v.toObject();
        statesOf[p.value(QLatin1String("subject"))
                     .toObject()
                     .value(QLatin1String("_ref"))
                     .toString()]
            << text(p, "current_state");
    }
    QStringList ids;
    for (const char *status : {"PENDING", "CREATED", "FAILED"}) {
        for (int n = 0; n < 3; ++n) {
            const QString id = take(QString::fromLatin1(status));
            if (!id.isEmpty() && !statesOf.value(id).isEmpty())
                ids << id;
        }
    }
    const QJsonArray paidAfterFailing = filtered(m_orders, [&](const QJsonObject &o) {
        return !isDeleted(o) && text(o, "order_status") == QLatin1String("SUCCESS")
            && text(o, "delivery_status") != QLatin1String("DONE") && !m_taken.contains(idOf(o))
            && statesOf.value(idOf(o)).contains(QStringLiteral("failed"));
    });
    QVERIFY(!paidAfterFailing.isEmpty());
    ids << idOf(paidAfterFailing.at(0));
    m_taken.insert(ids.last());
    QVERIFY(ids.size() > 4);
    int turned = 0;
    for (const QString &id : std::as_const(ids)) {
        const QByteArray route = "/orders/" + id.toLatin1() + "/payments?include_deleted=true";
        const QJsonArray before = fetchAll(m_server, route, staff(m_server), &error);
        QCOMPARE(call("POST", "/orders/" + id.toLatin1() + "/cancel", "{}").status, 200);
        const QJsonArray after = fetchAll(m_server, route, staff(m_server), &error);
        QCOMPARE(idsOf(after), idsOf(before));
        for (qsizetype i = 0; i < before.size(); ++i) {
            const QJsonObject b = before.at(i).toObject();
            const QJsonObject a = after.at(i).toObject();
            const QString state = text(b, "current_state");
            if (!isDeleted(b)
                && (state == QLatin1String("created") || state == QLatin1String("processing"))) {
                QCOMPARE(text(a, "current_state"), QStringLiteral("canceled"));
                QVERIFY(
                    dateOf(a, QStringLiteral("modified")) > dateOf(b, QStringLiteral("modified")));
                QJsonObject rest = a;
                rest.insert(QStringLiteral("current_state"), state);
                rest.insert(QStringLiteral("modified"), b.value(QLatin1String("modified")));
                QCOMPARE(rest, b);
                ++turned;
            } else {
                QCOMPARE(compact(a), compact(b));
            }
        }
    }
    QVERIFY(turned > 0);
}

void TestServerApiOrders::ifMatch()
{
    const QString id = take(QStringLiteral("PENDING"));
    QVERIFY(!id.isEmpty());
    const QByteArray path = "/orders/" + id.toLatin1();
    const QByteArray first = read(id).header("ETag");
    QCOMPARE(first, QByteArray('"' + id.toLatin1() + "-1\""));

    const TestHttpResponse one = call("PUT", path, R"({"note":"one"})", {{"If-Match", first}});
    QCOMPARE(one.status, 200);
    const QByteArray second = one.header("ETag");
    QCOMPARE(second, QByteArray('"' + id.toLatin1() + "-2\""));

    // A stale tag, a weak one, another order's, an empty one: 412 with the current tag, and
    // nothing written.
    const QList<QByteArray> stale {first, "W/" + second, "\"0123456789abcdef01234567-2\"", "\"\""};
    for (const QByteArray &tag : stale) {
        const TestHttpResponse before = read(id);
        const TestHttpResponse r = call("PUT", path, R"({"note":"stale"})", {{"If-Match", tag}});
        VERIFY_ERROR(r, 412);
        QCOMPARE(r.header("ETag"), second);
        QCOMPARE(read(id).body, before.body);
        // Also on cancel, although the order could be cancelled.
        VERIFY_ERROR(call("POST", path + "/cancel", {}, {{"If-Match", tag}}), 412);
        QCOMPARE(read(id).body, before.body);
    }
    // A list with the current tag, and "*".
    QCOMPARE(
        call("PUT", path, R"({"note":"two"})", {{"If-Match", "\"x\", " + second}}).status, 200);
    const TestHttpResponse any = call("PUT", path, R"({"note":"three"})", {{"If-Match", "*"}});
    QCOMPARE(any.status, 200);
    QCOMPARE(any.header("ETag"), QByteArray('"' + id.toLatin1() + "-4\""));

    // The version in the database file is the ETag's.
    QString error;
    qint64 version = 0;
    QVERIFY2(withDatabase(
                 m_dbPath,
                 [&](QSqlDatabase &db) {
                     QSqlQuery q(db);
                     q.prepare(QStringLiteral("SELECT version FROM orders WHERE id = ?"));
                     q.addBindValue(id);
                     if (!q.exec() || !q.next())
                         return false;
                     version = q.value(0).toLongLong();
                     return true;
                 },
                 &error),
        qPrintable(error));
    QCOMPARE(version, 4);

    // 412 comes before 409: a stale tag on a done order's cancel.
    const QString done = take(QStringLiteral("DONE"));
    VERIFY_ERROR(
        call("POST", "/orders/" + done.toLatin1() + "/cancel", {}, {{"If-Match", first}}), 412);
    VERIFY_ERROR(call("POST", "/orders/" + done.toLatin1() + "/cancel"), 409);
}

void TestServerApiOrders::deletedOrderIsReadOnly()
{
    const QJsonArray deleted = filtered(m_orders, [](const QJsonObject &o) {
        return isDeleted(o) && o.value(QLatin1String("order_status")) != QLatin1String("DONE");
    });
    QVERIFY(!deleted.isEmpty());
    const QByteArray path = "/orders/" + idOf(deleted.at(0)).toLatin1();
    const TestHttpResponse before = call("GET", path);
    QCOMPARE(before.status, 200);
    VERIFY_ERROR(call("PUT", path, R"({"note":"x"})"), 409);
    VERIFY_ERROR(call("POST", path + "/cancel"), 409);
    QCOMPARE(call("GET", path).body, before.body);
}

void TestServerApiOrders::concurrentCancels()
{
    // 40 staff members cancel the same order at the same moment: one is answered 200, the
    // others 409 (cancelled already), and the order's ETag moved once.
    const QString id = take(QStringLiteral("SUCCESS"), QStringLiteral("PENDING"));
    QVERIFY(!id.isEmpty());
    const QByteArray request = rawHead(m_server, "POST", "/orders/" + id.toLatin1() + "/cancel",
                                   {"Content-Length: 2", "Connection: close"})
        + "\r\n{}";
    const QList<RawResponse> responses
        = concurrentRequests(m_server, QList<QByteArray>(40, request));
    int ok = 0;
    int conflicts = 0;
    for (const RawResponse &r : responses) {
        QVERIFY(r.complete);
        ok += r.status == 200;
        conflicts += r.status == 409;
    }
    QCOMPARE(ok, 1);
    QCOMPARE(conflicts, 39);
    QCOMPARE(read(id).header("ETag"), QByteArray('"' + id.toLatin1() + "-2\""));
}

void TestServerApiOrders::writesShowInListsAndSearches()
{
    const QString id = take(QStringLiteral("CREATED"));
    QVERIFY(!id.isEmpty());
    const QString number = text(read(id).json().object(), "human_id");
    auto listedStatus = [&](const QByteArray &target) {
        const TestHttpResponse r = call("GET", target);
        for (const QJsonValue &o : r.json().array()) {
            if (idOf(o) == id)
                return text(o.toObject(), "order_status");
        }
        return QString();
    };
    auto total = [&](const QByteArray &target) {
        return call("GET", target).header("X-Pagination-Total").toLongLong();
    };
    const qint64 failedBefore = total("/orders?order_status=FAILED&size=1");
    QCOMPARE(call("PUT", "/orders/" + id.toLatin1(), R"({"order_status":"FAILED"})").status, 200);
    QCOMPARE(listedStatus("/orders/search?query=" + number.toLatin1()), QStringLiteral("FAILED"));
    QCOMPARE(listedStatus("/orders?size=1000&order_status=FAILED&sort=-modified"),
        QStringLiteral("FAILED"));
    QCOMPARE(total("/orders?order_status=FAILED&size=1"), failedBefore + 1);
    QCOMPARE(total("/orders/search?query=" + number.toLatin1() + "&order_status=FAILED"), 1);
}

// ---- payments --------------------------------------------------------------------------

void TestServerApiOrders::payments_data()
{
    QTest::addColumn<QString>("id");
    // Orders in every status, and some with several payments.
    QSet<QString> seen;
    for (const QJsonValue &v : std::as_const(m_orders)) {
        const QJsonObject o = v.toObject();
        const QString key = text(o, "order_status")
            + QString::number(o.value(QLatin1String("payments")).toArray().size());
        if (seen.contains(key) || m_taken.contains(idOf(o)))
            continue;
        seen.insert(key);
        QTest::newRow(qPrintable(key + QLatin1Char(' ') + idOf(o))) << idOf(o);
    }
}

void TestServerApiOrders::payments()
{
    QFETCH(QString, id);
    QString error;
    const QJsonArray all
        = fetchAll(m_server, "/payments?include_deleted=true", staff(m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject order = read(id).json().object();
    const QJsonArray mine = filtered(all, [&id](const QJsonObject &p) {
        return p.value(QLatin1String("subject")).toObject().value(QLatin1String("_ref"))
            == QJsonValue(id);
    });
    // The order lists them, oldest first; the route gives them newest first.
    QStringList listed;
    for (const QJsonValue &ref : order.value(QLatin1String("payments")).toArray())
        listed << refOf(ref);
    QCOMPARE(listed,
        expectedOrder(
            mine, [](const QJsonObject &p) { return p.value(QLatin1String("created")); }, false));
    for (const bool includeDeleted : {false, true}) {
        const QJsonArray listed = includeDeleted
            ? mine
            : filtered(mine, [](const QJsonObject &p) { return !isDeleted(p); });
        const QString problem = checkListing(m_server,
            "/orders/" + id.toLatin1() + "/payments"
                + (includeDeleted ? "?include_deleted=true" : ""),
            staff(m_server), newestFirst(listed));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    // What a payment says: amount and currency of the order, the customer, the card, and why
    // it failed when it did.
    const QString status = text(order, "order_status");
    for (const QJsonValue &v : mine) {
        const QJsonObject p = v.toObject();
        const QString state = text(p, "current_state");
        QCOMPARE(p.value(QLatin1String("subject")).toObject().value(QLatin1String("_cls")),
            QJsonValue(QStringLiteral("Order")));
        QCOMPARE(refOf(p.value(QLatin1String("user"))), refOf(order.value(QLatin1String("user"))));
        QCOMPARE(p.value(QLatin1String("currency")), order.value(QLatin1String("currency")));
        QCOMPARE(p.value(QLatin1String("amount")), order.value(QLatin1String("total_amount")));
        const QJsonObject card = p.value(QLatin1String("card")).toObject();
        QVERIFY(!text(card, "brand").isEmpty());
        QCOMPARE(text(card, "last4").size(), 4);
        const bool failed = state == QLatin1String("failed");
        QCOMPARE(!text(p, "failure_code").isEmpty(), failed);
        QCOMPARE(!text(p, "failure_message").isEmpty(), failed);
        // The state fits the order's status (docs/SERVER.md, Seeding).
        QStringList possible;
        if (status == QLatin1String("SUCCESS") || status == QLatin1String("DONE"))
            possible = {QStringLiteral("succeeded"), QStringLiteral("failed")};
        else if (status == QLatin1String("FAILED"))
            possible = {QStringLiteral("failed")};
        else if (status == QLatin1String("CANCELED"))
            possible = {QStringLiteral("canceled"), QStringLiteral("refunded")};
        else
            possible = {QStringLiteral("created"), QStringLiteral("processing")};
        QVERIFY2(possible.contains(state), qPrintable(status + QLatin1Char(' ') + state));
    }
    if (status == QLatin1String("FAILED"))
        QVERIFY(!mine.isEmpty()); // a failed order says why
    // An order that does not exist, or is not an id.
    VERIFY_ERROR(call("GET", "/orders/0123456789abcdef01234567/payments"), 404);
    VERIFY_ERROR(call("GET", "/orders/nope/payments"), 404);
    VERIFY_ERROR(call("GET", "/orders/" + id.toLatin1() + "/payments?size=1001"), 400,
        QStringLiteral("size"));
}

// ---- the daily counts the date filters read --------------------------------------------

void TestServerApiOrders::dailyCountsAgreeWithTheOrders()
{
    // Last, after every write above: orders_by_day, which the totals of date ranges read
    // (docs/SERVER.md), counts exactly the stored orders, recounted here from their rows. On
    // PostgreSQL the seed inserts many orders per statement and they are counted per
    // statement; updates are counted per row.
    const QStringList dates {
        QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("delivery_time")};
    // A day as the schema defines it: whole UTC days, rounded down; no date at all sorts below
    // every day.
    const auto dayOf = [](const QVariant &ms) -> qint64 {
        if (ms.isNull())
            return -1000000000000LL;
        const qint64 v = ms.toLongLong();
        return v >= 0 ? v / 86400000 : (v + 1) / 86400000 - 1;
    };
    using Key = std::tuple<QString, int, int, qint64, QString, QString>;
    struct Count
    {
        qint64 n = 0;
        qint64 dated[3] = {0, 0, 0};
        qint64 min[3] = {0, 0, 0};
        qint64 max[3] = {0, 0, 0};
    };
    std::map<Key, Count> expected;
    std::map<Key, Count> stored;
    QString error;
    QVERIFY2(
        withDatabase(
            m_dbPath,
            [&](QSqlDatabase &db) {
                QSqlQuery q(db);
                if (!q.exec(
                        QStringLiteral("SELECT company, deleted, created, modified, delivery_time,"
                                       " order_status, delivery_status FROM orders")))
                    return false;
                while (q.next()) {
                    for (int field = 0; field < 3; ++field) {
                        Count &c = expected[Key {q.value(0).toString(), field, q.value(1).toInt(),
                            dayOf(q.value(2 + field)), q.value(5).toString(),
                            q.value(6).toString()}];
                        ++c.n;
                        for (int d = 0; d < 3; ++d) {
                            const QVariant v = q.value(2 + d);
                            if (v.isNull())
                                continue;
                            const qint64 ms = v.toLongLong();
                            c.min[d] = c.dated[d] ? qMin(c.min[d], ms) : ms;
                            c.max[d] = c.dated[d] ? qMax(c.max[d], ms) : ms;
                            ++c.dated[d];
                        }
                    }
                }
                QString columns;
                for (const QString &d : dates)
                    columns += QStringLiteral(", %1_n, %1_min, %1_max").arg(d);
                if (!q.exec(QStringLiteral("SELECT company, field, deleted, day, order_status,"
                                           " delivery_status, n%1 FROM orders_by_day")
                                .arg(columns)))
                    return false;
                while (q.next()) {
                    if (q.value(6).toLongLong() == 0)
                        continue; // every order of that day counted out again
                    Count &c
                        = stored[Key {q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(),
                            q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString()}];
                    c.n = q.value(6).toLongLong();
                    for (int d = 0; d < 3; ++d) {
                        c.dated[d] = q.value(7 + 3 * d).toLongLong();
                        c.min[d] = q.value(8 + 3 * d).toLongLong();
                        c.max[d] = q.value(9 + 3 * d).toLongLong();
                    }
                }
                return true;
            },
            &error),
        qPrintable(error));
    QVERIFY(expected.size() > 1000);
    QCOMPARE(stored.size(), expected.size());
    for (const auto &[key, want] : expected) {
        const auto it = stored.find(key);
        const QString name = QStringLiteral("field %1, day %2, %3/%4")
                                 .arg(std::get<1>(key))
                                 .arg(std::get<3>(key))
                                 .arg(std::get<4>(key), std::get<5>(key));
        QVERIFY2(it != stored.end(), qPrintable(name));
        const Count &got = it->second;
        QVERIFY2(got.n == want.n, qPrintable(name));
        for (int d = 0; d < 3; ++d) {
            QVERIFY2(got.dated[d] == want.dated[d], qPrintable(name + QLatin1Char(' ') + dates[d]));
            if (want.dated[d] == 0)
                continue;
            // The bounds may be looser than the orders (counting out leaves them), never
            // tighter.
            QVERIFY2(got.min[d] <= want.min[d], qPrintable(name + QLatin1Char(' ') + dates[d]));
            QVERIFY2(got.max[d] >= want.max[d], qPrintable(name + QLatin1Char(' ') + dates[d]));
        }
    }
}

QTEST_GUILESS_MAIN(TestServerApiOrders)
#include "tst_server_api_orders.moc"
