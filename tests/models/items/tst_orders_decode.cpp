// SPDX-License-Identifier: GPL-3.0-or-later

// The Orders table's row decoder (OrderRows, simdjson) against the full codec (Order::fromJson)
// on every recorded orders body and on crafted messy ones: the same values, the same tolerance,
// and on a bad page the same member named, with nothing of the page kept.

#include "models/codec/ExtendedJson.h"
#include "models/domain/Order.h"
#include "models/items/OrderRows.h"
#include "models/items/OrdersModel.h"
#include "tests/support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

namespace {

QJsonArray recordingArray(const QString &fileName)
{
    QFile file(testDataPath(QStringLiteral("recordings/") + fileName));
    if (!file.open(QIODevice::ReadOnly))
        return QJsonArray();
    const QJsonValue body = QJsonDocument::fromJson(file.readAll())
                                .object()
                                .value(QLatin1String("response"))
                                .toObject()
                                .value(QLatin1String("body"));
    return body.toArray();
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QJsonObject oid(const char *hex)
{
    return QJsonObject {{QStringLiteral("$oid"), QLatin1String(hex)}};
}

QJsonObject date(double ms)
{
    return QJsonObject {{QStringLiteral("$date"), ms}};
}

/// A well-formed order with an expanded customer.
QJsonObject baseOrder()
{
    return QJsonObject {
        {QStringLiteral("_id"), oid("5d67c882d661690e5f6250b9")},
        {QStringLiteral("human_id"), QStringLiteral("8QNJZZ")},
        {QStringLiteral("user"),
            QJsonObject {{QStringLiteral("$oid"), QStringLiteral("5d9218f71fad44000b0fb80a")},
                {QStringLiteral("_id"), oid("5d9218f71fad44000b0fb80a")},
                {QStringLiteral("first_name"), QStringLiteral("Kari")},
                {QStringLiteral("last_name"), QStringLiteral("Nordmann")},
                {QStringLiteral("email"), QStringLiteral("kari@example.no")}}},
        {QStringLiteral("currency"), QStringLiteral("NOK")},
        {QStringLiteral("total_amount"), 50.6},
        {QStringLiteral("total_quantity"), 2},
        {QStringLiteral("order_status"), QStringLiteral("SUCCESS")},
        {QStringLiteral("delivery_status"), QStringLiteral("PENDING")},
        {QStringLiteral("delivery_time"), date(1601713808947.0)},
        {QStringLiteral("items"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Tea")},
                            {QStringLiteral("quantity"), 1}, {QStringLiteral("price"), 25.3}},
                QJsonObject {{QStringLiteral("name"), QStringLiteral("Cup")},
                    {QStringLiteral("quantity"), 1}}}},
        {QStringLiteral("created"), date(1570177808947.0)},
        {QStringLiteral("modified"), date(1570177809000.0)},
        {QStringLiteral("deleted"), false},
    };
}

QJsonObject with(QJsonObject order, const char *key, const QJsonValue &value)
{
    if (value.isUndefined())
        order.remove(QLatin1String(key));
    else
        order.insert(QLatin1String(key), value);
    return order;
}

qint64 msecs(const Timestamp &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : OrderRow::NoTime;
}

/// The quantity the table shows for an order decoded by the full codec: total_quantity when
/// sent, else the sum of the items' quantities when any is sent.
bool codecQuantity(const QJsonObject &json, const Order &order, double *quantity)
{
    if (!ExtendedJson::isEmptyValue(json.value(QLatin1String("total_quantity")))) {
        *quantity = order.totalQuantity();
        return true;
    }
    bool any = false;
    for (const QJsonValue &item : json.value(QLatin1String("items")).toArray())
        any = any || !ExtendedJson::isEmptyValue(item.toObject().value(QLatin1String("quantity")));
    *quantity = 0;
    for (const OrderItem &item : order.items())
        *quantity += item.quantity();
    return any;
}

} // namespace

class TestOrdersDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordings_data();
    void recordings();
    void messy_data();
    void messy();
    void errors_data();
    void errors();
    void badPageKeepsNothing();
    void totalsPerCurrency();
    void statusesSeenSurviveClear();
    void guestOrderSaysSo();

private:
    void compareWithCodec(const QJsonArray &orders);
};

void TestOrdersDecode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOrdersDecode::compareWithCodec(const QJsonArray &orders)
{
    OrderRows rows;
    DecodeError error;
    QVERIFY2(rows.appendPage(compact(orders), &error), qPrintable(error.toString()));
    QCOMPARE(rows.size(), int(orders.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject json = orders.at(i).toObject();
        const DecodeResult<Order> decoded = Order::fromJson(json);
        QVERIFY2(decoded.isOk(), qPrintable(decoded.error().toString()));
        const Order &order = decoded.value();
        const OrderRow &row = rows.at(i);
        QCOMPARE(OrderRows::objectId(row), order.id());
        QCOMPARE(rows.text(row.humanId), order.humanId());
        QCOMPARE(rows.customerName(row), order.customerName());
        QCOMPARE(OrderRows::customerIdText(row), order.customerId().toString());
        QCOMPARE(bool(row.flags & OrderRows::CustomerExpanded), order.isCustomerExpanded());
        QCOMPARE(rows.currency(row), order.currency());
        QCOMPARE(rows.total(row), order.total());
        QCOMPARE(rows.orderStatus(row), order.orderStatus());
        QCOMPARE(rows.deliveryStatus(row), order.deliveryStatus());
        QCOMPARE(row.deliveryTime, msecs(order.deliveryTime()));
        QCOMPARE(row.created, msecs(order.created()));
        QCOMPARE(row.modified, msecs(order.modified()));
        QCOMPARE(bool(row.flags & OrderRows::Deleted), order.isDeleted());
        QCOMPARE(int(row.itemLines), int(order.items().size()));
        double quantity = 0;
        const bool hasQuantity = codecQuantity(json, order, &quantity);
        QCOMPARE(bool(row.flags & OrderRows::HasQuantity), hasQuantity);
        if (hasQuantity)
            QCOMPARE(row.quantity, quantity);
    }
}

void TestOrdersDecode::recordings_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"get_orders_delivery_status_pending_size_1.json",
             "get_orders_from_date_0_size_1.json", "get_orders_order_status_created_size_1.json",
             "get_orders_to_date_1567172963.json", "get_users_5d67c877d661690e5f62509f_orders.json",
             "get_users_5d9218f71fad44000b0fb80a_orders.json"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestOrdersDecode::recordings()
{
    QFETCH(QString, file);
    QVERIFY(QFile::exists(testDataPath(QStringLiteral("recordings/") + file)));
    const QJsonArray orders = recordingArray(file);
    compareWithCodec(orders);
}

void TestOrdersDecode::messy_data()
{
    QTest::addColumn<QJsonObject>("order");

    const QJsonObject base = baseOrder();
    QTest::newRow("well formed") << base;
    QTest::newRow("amount as text") << with(base, "total_amount", QStringLiteral(" 50.60 "));
    QTest::newRow("amount wrapped") << with(base, "total_amount",
        QJsonObject {{QStringLiteral("$numberDecimal"), QStringLiteral("1234.5678")}});
    QTest::newRow("amount wrapped number")
        << with(base, "total_amount", QJsonObject {{QStringLiteral("$numberDouble"), 0.1}});
    QTest::newRow("amount empty text") << with(base, "total_amount", QString());
    QTest::newRow("amount null") << with(base, "total_amount", QJsonValue::Null);
    QTest::newRow("amount missing") << with(base, "total_amount", QJsonValue::Undefined);
    QTest::newRow("negative amount") << with(base, "total_amount", -12.345);
    QTest::newRow("amount with many decimals") << with(base, "total_amount", 0.00005);
    QTest::newRow("zero decimal currency")
        << with(with(base, "currency", QStringLiteral("JPY")), "total_amount", 1200);
    QTest::newRow("currency missing") << with(base, "currency", QJsonValue::Undefined);
    QTest::newRow("status as number") << with(base, "order_status", 12);
    QTest::newRow("unknown status") << with(base, "order_status", QStringLiteral("ON_HOLD"));
    QTest::newRow("status empty object") << with(base, "delivery_status", QJsonObject());
    QTest::newRow("customer as plain reference")
        << with(base, "user", oid("5d9218f71fad44000b0fb80a"));
    QTest::newRow("customer as bare id")
        << with(base, "user", QStringLiteral("5D9218F71FAD44000B0FB80A"));
    QTest::newRow("customer expanded with _id only") << with(base, "user",
        QJsonObject {{QStringLiteral("_id"), oid("5d9218f71fad44000b0fb80a")},
            {QStringLiteral("first_name"), QStringLiteral("Åse")}});
    QTest::newRow("customer expanded without id")
        << with(base, "user", QJsonObject {{QStringLiteral("email"), QStringLiteral("a@b.no")}});
    QTest::newRow("customer without a name") << with(base, "user",
        QJsonObject {{QStringLiteral("$oid"), QStringLiteral("5d9218f71fad44000b0fb80a")},
            {QStringLiteral("human_id"), QStringLiteral("ZQK3YW")},
            {QStringLiteral("first_name"), true}});
    QTest::newRow("customer null") << with(base, "user", QJsonValue::Null);
    QTest::newRow("customer empty text") << with(base, "user", QString());
    QTest::newRow("customer empty object") << with(base, "user", QJsonObject());
    QTest::newRow("dates in other forms") << with(
        with(base, "created", QStringLiteral("2019-10-04T08:30:08.947Z")), "modified",
        QJsonObject {{QStringLiteral("$date"),
            QJsonObject {{QStringLiteral("$numberLong"), QStringLiteral("1570177809000")}}}});
    QTest::newRow("delivery time empty") << with(base, "delivery_time", QJsonObject());
    QTest::newRow("no total quantity") << with(base, "total_quantity", QJsonValue::Undefined);
    QTest::newRow("quantities as text")
        << with(with(base, "total_quantity", QJsonValue::Undefined), "items",
               QJsonArray {QJsonObject {{QStringLiteral("quantity"), QStringLiteral("3")}},
                   QJsonObject {{QStringLiteral("quantity"), 1.5}}});
    QTest::newRow("items with holes") << with(base, "items",
        QJsonArray {QJsonValue::Null, QString(), QJsonArray(), QJsonObject(),
            QJsonObject {{QStringLiteral("quantity"), 2}}});
    QTest::newRow("items empty object") << with(base, "items", QJsonObject());
    QTest::newRow("deleted as text") << with(base, "deleted", QStringLiteral("TRUE"));
    QTest::newRow("deleted as number") << with(base, "deleted", 1);
    QTest::newRow("escaped texts") << with(base, "human_id", QStringLiteral("A\"B\\C\nD \u00f8"));
}

void TestOrdersDecode::messy()
{
    QFETCH(QJsonObject, order);
    compareWithCodec(QJsonArray {order, baseOrder()});
}

void TestOrdersDecode::errors_data()
{
    QTest::addColumn<QJsonArray>("page");

    const QJsonObject base = baseOrder();
    auto one = [&base](const char *key, const QJsonValue &value) {
        return QJsonArray {base, with(base, key, value)};
    };
    QTest::newRow("id missing") << one("_id", QJsonValue::Undefined);
    QTest::newRow("id not hex") << one("_id", QStringLiteral("xyz"));
    QTest::newRow("human id a boolean") << one("human_id", true);
    QTest::newRow("customer a number") << one("user", 12);
    QTest::newRow("customer not an id") << one("user", QStringLiteral("not-an-id"));
    QTest::newRow("customer oid not an id") << one("user", oid("nothex"));
    QTest::newRow("customer expanded, bad _id") << one("user",
        QJsonObject {
            {QStringLiteral("_id"), 5}, {QStringLiteral("first_name"), QStringLiteral("Kari")}});
    QTest::newRow("currency an object")
        << one("currency", QJsonObject {{QStringLiteral("code"), QStringLiteral("NOK")}});
    QTest::newRow("amount not a number") << one("total_amount", QStringLiteral("fifty"));
    QTest::newRow("amount a boolean") << one("total_amount", false);
    QTest::newRow("amount a list") << one("total_amount", QJsonArray {1});
    QTest::newRow("quantity an object")
        << one("total_quantity", QJsonObject {{QStringLiteral("n"), 2}});
    QTest::newRow("status a list") << one("order_status", QJsonArray {QStringLiteral("A")});
    QTest::newRow("items text") << one("items", QStringLiteral("two"));
    QTest::newRow("item a number") << one("items", QJsonArray {QJsonObject(), 5});
    QTest::newRow("item quantity not a number") << one(
        "items", QJsonArray {QJsonObject {{QStringLiteral("quantity"), QStringLiteral("x")}}});
    QTest::newRow("created not a date") << one("created", QStringLiteral("yesterday"));
    QTest::newRow("deleted not a boolean") << one("deleted", QStringLiteral("maybe"));
    // Two bad members: the one the codec reads first is named, whatever the order on the wire.
    QJsonObject twoBad = with(with(base, "deleted", QStringLiteral("maybe")), "currency", true);
    QTest::newRow("two errors") << QJsonArray {twoBad};
    QJsonObject reversed;
    reversed.insert(QStringLiteral("deleted"), 7);
    for (auto it = base.begin(); it != base.end(); ++it) {
        if (it.key() != QLatin1String("deleted"))
            reversed.insert(it.key(), it.value());
    }
    reversed.insert(QStringLiteral("created"), true);
    QTest::newRow("two errors, later member first") << QJsonArray {reversed};
    QTest::newRow("element not an object") << QJsonArray {base, 5};
}

void TestOrdersDecode::errors()
{
    QFETCH(QJsonArray, page);

    // The full codec on each element, in order, names the first error.
    DecodeError expected;
    const JsonPath root;
    for (qsizetype i = 0; i < page.size() && expected.message.isEmpty(); ++i) {
        const JsonPath path = root.element(i);
        if (!page.at(i).isObject()) {
            expected = DecodeError {path.toString(), QStringLiteral("expected an object")};
            break;
        }
        const DecodeResult<Order> decoded = Order::fromJson(page.at(i).toObject(), path);
        if (!decoded)
            expected = decoded.error();
    }
    QVERIFY2(!expected.message.isEmpty(), "the page should not decode");

    OrderRows rows;
    DecodeError error;
    QVERIFY(!rows.appendPage(compact(page), &error));
    QCOMPARE(error.field, expected.field);
    QCOMPARE(error.message, expected.message);
    QCOMPARE(rows.size(), 0);
}

void TestOrdersDecode::badPageKeepsNothing()
{
    OrderRows rows;
    DecodeError error;
    QVERIFY(rows.appendPage(compact(QJsonArray {baseOrder()}), &error));
    QCOMPARE(rows.size(), 1);
    const MoneyTotals before = rows.totals();

    const QJsonArray bad {with(baseOrder(), "total_amount", 99.0), baseOrder(),
        with(baseOrder(), "created", QStringLiteral("never"))};
    QVERIFY(!rows.appendPage(compact(bad), &error));
    QCOMPARE(error.field, QStringLiteral("[2].created"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.totals().totals(), before.totals());
    QCOMPARE(rows.text(rows.at(0).humanId), QStringLiteral("8QNJZZ"));

    // Not JSON at all, or JSON that is not a list.
    QVERIFY(!rows.appendPage(QByteArrayLiteral("[{\"_id\": "), &error));
    QVERIFY(!rows.appendPage(QByteArrayLiteral("{\"_id\": 1}"), &error));
    QVERIFY(!rows.appendPage(QByteArrayLiteral("[][]"), &error));
    QCOMPARE(rows.size(), 1);
}

void TestOrdersDecode::totalsPerCurrency()
{
    // Amounts that binary floating point cannot add exactly (0.1 + 0.2).
    QJsonArray page;
    const struct
    {
        const char *currency;
        QJsonValue amount;
    } orders[] = {{"NOK", 0.1}, {"NOK", 0.2}, {"EUR", 99.99}, {"NOK", 1234567.89}, {"EUR", 0.01},
        {"NOK", QJsonValue::Null}, {"JPY", 1500}};
    int i = 0;
    for (const auto &order : orders) {
        QJsonObject json = with(baseOrder(), "currency", QLatin1String(order.currency));
        json = with(json, "total_amount", order.amount);
        json.insert(QStringLiteral("_id"),
            QJsonObject {{QStringLiteral("$oid"),
                QStringLiteral("5d67c882d661690e5f6250%1").arg(i++, 2, 16, QLatin1Char('0'))}});
        page.append(json);
    }
    OrderRows rows;
    DecodeError error;
    QVERIFY(rows.appendPage(compact(page), &error));
    QCOMPARE(rows.totals().currencies(),
        (QStringList {QStringLiteral("EUR"), QStringLiteral("JPY"), QStringLiteral("NOK")}));
    QCOMPARE(rows.totals().total(QStringLiteral("NOK")).units(), qint64(12345681900));
    QCOMPARE(rows.totals().total(QStringLiteral("EUR")).units(), qint64(1000000));
    QCOMPARE(rows.totals().total(QStringLiteral("JPY")).units(), qint64(15000000));
    QCOMPARE(rows.rowsWithoutTotal(), 1);
    rows.clear();
    QVERIFY(rows.totals().isEmpty());
    QCOMPARE(rows.rowsWithoutTotal(), 0);
}

void TestOrdersDecode::statusesSeenSurviveClear()
{
    OrderRows rows;
    DecodeError error;
    QVERIFY(rows.appendPage(
        compact(QJsonArray {with(baseOrder(), "order_status", QStringLiteral("ON_HOLD"))}),
        &error));
    QVERIFY(rows.appendPage(compact(QJsonArray {baseOrder()}), &error));
    QCOMPARE(rows.orderStatusesSeen(),
        (QStringList {QStringLiteral("ON_HOLD"), QStringLiteral("SUCCESS")}));
    rows.clear();
    QCOMPARE(rows.size(), 0);
    QCOMPARE(rows.orderStatusesSeen().size(), 2);
    QCOMPARE(rows.deliveryStatusesSeen(), QStringList {QStringLiteral("PENDING")});
}

void TestOrdersDecode::guestOrderSaysSo()
{
    // An order without a customer account (no user, null or empty) says "Guest" where the
    // customer's name would be, greyed, with a tooltip saying why; its raw value (export,
    // sort) stays empty.
    OrdersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PagedTableModel::Colors colors = model.colors();
    colors.inactive = QColor(Qt::gray);
    model.setColors(colors);
    const QJsonArray page {with(baseOrder(), "user", QJsonValue::Undefined),
        with(baseOrder(), "user", QJsonValue::Null), with(baseOrder(), "user", QJsonObject()),
        baseOrder()};
    PageInfo info;
    info.page = 0;
    info.size = 100;
    info.total = page.size();
    QVERIFY(model.ingestPage(model.generation(), 0, compact(page), info));
    model.flushStagedRows();
    QCOMPARE(model.rowCount(), int(page.size()));
    for (int row = 0; row < 3; ++row) {
        const QModelIndex customer = model.index(row, OrdersModel::Customer);
        QCOMPARE(customer.data().toString(), OrdersModel::tr("Guest"));
        QCOMPARE(customer.data(PagedTableModel::RawValueRole).toString(), QString());
        QCOMPARE(customer.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::gray));
        QCOMPARE(customer.data(Qt::ToolTipRole).toString(),
            OrdersModel::tr("This order names no customer."));
        QVERIFY(model.customerId(row).isEmpty());
    }
    const QModelIndex named = model.index(3, OrdersModel::Customer);
    QCOMPARE(named.data().toString(), QStringLiteral("Kari Nordmann"));
    QVERIFY(!named.data(Qt::ForegroundRole).isValid());
}

QTEST_GUILESS_MAIN(TestOrdersDecode)
#include "tst_orders_decode.moc"
