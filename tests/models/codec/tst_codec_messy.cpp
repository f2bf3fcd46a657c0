// SPDX-License-Identifier: GPL-3.0-or-later

// The extended-JSON codec on messy input: null, {}, "", missing members, expanded references,
// wrong types, ISO dates, $numberLong; unknown members kept; minimal patches; exact money.

#include "models/codec/ExtendedJson.h"
#include "models/domain/Address.h"
#include "models/domain/Card.h"
#include "models/domain/Money.h"
#include "models/domain/Order.h"
#include "models/domain/PaymentMethod.h"
#include "models/domain/Subscription.h"
#include "models/domain/User.h"
#include "tests/models/codec/JsonDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const char *const Id = "5d9218f71fad44000b0fb80a";

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s in %s", qPrintable(error.errorString()), json.constData());
    return document.object();
}

/// A user document with the given members after its _id.
QByteArray userJson(const QByteArray &members)
{
    QByteArray json = "{\"_id\": {\"$oid\": \"" + QByteArray(Id) + "\"}";
    if (!members.isEmpty())
        json += ", " + members;
    return json + '}';
}

User decodeUser(const QByteArray &json)
{
    const DecodeResult<User> result = User::fromJson(object(json));
    if (!result)
        qWarning("decode failed: %s", qPrintable(result.error().toString()));
    return result ? result.value() : User();
}

/// Decodes one document of the named type and encodes it again.
bool roundTrip(
    const QString &type, const QJsonObject &json, QJsonObject *encoded, DecodeError *error)
{
    const auto run = [&](auto result) {
        if (!result) {
            *error = result.error();
            return false;
        }
        *encoded = result.value().toJson();
        return true;
    };
    if (type == QLatin1String("user"))
        return run(User::fromJson(json));
    if (type == QLatin1String("order"))
        return run(Order::fromJson(json));
    if (type == QLatin1String("payment_method"))
        return run(PaymentMethod::fromJson(json));
    if (type == QLatin1String("subscription"))
        return run(Subscription::fromJson(json));
    if (type == QLatin1String("address"))
        return run(Address::fromJson(json));
    qFatal("unknown type");
    return false;
}

/// Decodes a whole body of the named type ("user", "users[]", "order", "orders[]"...).
DecodeError decodeBody(const QString &type, const QByteArray &body)
{
    const auto errorOf = [](const auto &result) {
        return result.error();
    };
    if (type == QLatin1String("user"))
        return errorOf(ExtendedJson::decodeObject<User>(body));
    if (type == QLatin1String("users[]"))
        return errorOf(ExtendedJson::decodeArray<User>(body));
    if (type == QLatin1String("order"))
        return errorOf(ExtendedJson::decodeObject<Order>(body));
    if (type == QLatin1String("orders[]"))
        return errorOf(ExtendedJson::decodeArray<Order>(body));
    if (type == QLatin1String("payment_method"))
        return errorOf(ExtendedJson::decodeObject<PaymentMethod>(body));
    if (type == QLatin1String("subscription"))
        return errorOf(ExtendedJson::decodeObject<Subscription>(body));
    qFatal("unknown type");
    return DecodeError();
}

} // namespace

class TestCodecMessy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void fieldStates_data();
    void fieldStates();
    void dates_data();
    void dates();
    void references_data();
    void references();
    void toleratedValues();
    void errors_data();
    void errors();

    void patch_data();
    void patch();
    void patchBillingAddressKeepsUnknownKeys();
    void patchThroughSetters();
    void patchNeverSendsEmptyForUnreceivedFields();
    void setEditableRejectsWrongType();
    void editableRoundTrip();
    void addressesForPut();

    void moneySums_data();
    void moneySums();
    void moneyFromDecimalString_data();
    void moneyFromDecimalString();
    void moneyTotalsPerCurrency();
    void moneyOverflow();

    void objectIds_data();
    void objectIds();
    void displayName_data();
    void displayName();
    void addressOneLine_data();
    void addressOneLine();
    void cardLabel_data();
    void cardLabel();
    void cardExpiry_data();
    void cardExpiry();
};

void TestCodecMessy::roundTrip_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");

    const QString user = QStringLiteral("user");
    const QString order = QStringLiteral("order");
    const QString paymentMethod = QStringLiteral("payment_method");
    const QString subscription = QStringLiteral("subscription");

    QTest::newRow("user: only _id") << user << userJson("");
    QTest::newRow("user: _id as plain string")
        << user << QByteArray(R"({"_id": "5d9218f71fad44000b0fb80a", "first_name": "Kari"})");
    QTest::newRow("user: _id in upper case")
        << user << QByteArray(R"({"_id": {"$oid": "5D9218F71FAD44000B0FB80A"}})");
    QTest::newRow("user: nulls")
        << user
        << userJson(R"("first_name": null, "email": null, "tags": null, "billing_address": null,
                       "created": null, "default_payment_method": null, "addresses": null,
                       "deleted": null, "voucher": null)");
    QTest::newRow("user: empty objects")
        << user << userJson(R"("first_name": {}, "billing_address": {}, "tags": {}, "created": {},
                       "default_payment_method": {}, "addresses": {}, "blocked": {})");
    QTest::newRow("user: empty strings")
        << user << userJson(R"("first_name": "", "billing_address": "", "tags": "", "created": "",
                       "default_payment_method": "", "addresses": "", "deleted": "",
                       "last_login": "")");
    QTest::newRow("user: empty arrays")
        << user << userJson(R"("first_name": [], "billing_address": [], "tags": [], "created": [],
                       "addresses": [], "roles": [])");
    QTest::newRow("user: numbers for text")
        << user << userJson(R"("first_name": 42, "mobile_phone_number": 4712345678, "note": 1.5)");
    QTest::newRow("user: text for booleans")
        << user << userJson(R"("deleted": "false", "blocked": 1)");
    QTest::newRow("user: lists with nulls and numbers")
        << user << userJson(R"("tags": ["vip", null, 3, ""], "roles": [null],
                       "addresses": [null, "", {"city": "Oslo"}])");
    QTest::newRow("user: ISO dates")
        << user << userJson(R"("created": {"$date": "2019-10-25T12:31:16.505Z"},
                       "modified": "2019-10-25T14:31:16+02:00",
                       "last_login": {"$date": "2019-10-25T12:31:16"})");
    QTest::newRow("user: $numberLong and bare ms dates")
        << user << userJson(R"("created": {"$date": {"$numberLong": "1569855735370"}},
                       "modified": 1572006678964, "last_login": {"$date": "1572006678963"})");
    QTest::newRow("user: fractional ms")
        << user << userJson(R"("created": {"$date": 1569855735370.25})");
    QTest::newRow("user: unknown top-level and nested members")
        << user << userJson(R"("brand_new": {"x": [1, 2, {"y": null}]}, "_cls": "User",
                       "billing_address": {"city": "Oslo", "raw": {"place_id": "abc", "types": ["x"]},
                                           "service_address_id": "svc-1", "geocoder_extra": [1],
                                           "geo": {"lat": 59.9, "lng": 10.7}},
                       "addresses": [{"street_name": "Karl Johans gate 1", "raw": {},
                                      "unknown": true, "geo": [59.91, 10.75]},
                                     {"geo": [], "zip_code": 150}],
                       "voucher": {"uuid": "u", "consumed": 0, "expires": {"$date": 1601391735370}})");
    QTest::newRow("user: default payment method forms")
        << user << userJson(R"("default_payment_method": "5d94a55430fea9000aa52f38")");
    QTest::newRow("user: expanded default payment method")
        << user
        << userJson(R"("default_payment_method": {"_id": {"$oid": "5d94a55430fea9000aa52f38"},
                                                   "card": {}, "name": "Stripe"})");

    QTest::newRow("order: expanded user with $oid")
        << order << QByteArray(R"({"_id": {"$oid": "5d970310d6131000103999dc"},
                          "user": {"$oid": "5d67bf05d661690cd21c058d", "_cls": "User",
                                   "_id": {"$oid": "5d67bf05d661690cd21c058d"},
                                   "first_name": "test97", "last_name": "Anderson", "extra": {}}})");
    QTest::newRow("order: user as {$oid}")
        << order << QByteArray(R"({"_id": {"$oid": "5d970310d6131000103999dc"},
                          "user": {"$oid": "5d67bf05d661690cd21c058d"}})");
    QTest::newRow("order: user as plain id")
        << order << QByteArray(R"({"_id": {"$oid": "5d970310d6131000103999dc"},
                          "user": "5d67bf05d661690cd21c058d"})");
    QTest::newRow("order: user {} and items \"\"")
        << order
        << QByteArray(R"({"_id": {"$oid": "5d970310d6131000103999dc"}, "user": {}, "items": "",
                          "delivery_address": {}, "delivery_time": null, "payments": [{"x": 1}]})");
    QTest::newRow("order: numbers as text")
        << order
        << QByteArray(R"({"_id": {"$oid": "5d970310d6131000103999dc"}, "total_amount": "50.60",
                          "units": "1", "items": [{"quantity": "2", "price": " 3.5",
                          "product": "5d67c87ad661690e5f6250a6"}]})");
    QTest::newRow("order: wrapped numbers")
        << order << QByteArray(R"({"_id": {"$oid": "5d970310d6131000103999dc"},
                          "total_amount": {"$numberDecimal": "50.60"},
                          "total_quantity": {"$numberInt": "3"},
                          "items": [{"quantity": {"$numberLong": "3"}, "vat": {"$numberDouble": "0.25"}}]})");
    QTest::newRow("order: expanded product without id")
        << order << QByteArray(R"({"_id": {"$oid": "5d970310d6131000103999dc"},
                          "items": [{"name": "", "product": {"name": "Lamp", "price": 10}}]})");

    QTest::newRow("payment method: card {} and setup_intent {}")
        << paymentMethod
        << QByteArray(
               R"({"_id": {"$oid": "5d94a55430fea9000aa52f38"}, "card": {}, "setup_intent": {},
                          "active": true, "user": {"$oid": "5d9218f71fad44000b0fb80a"}})");
    QTest::newRow("payment method: card with nulls and text numbers")
        << paymentMethod << QByteArray(R"({"_id": {"$oid": "5d94a55430fea9000aa52f38"},
                          "card": {"brand": null, "last4": 4242, "exp_month": "12", "exp_year": 2030.0,
                                   "wallet": null, "checks": {"cvc_check": null}}})");
    QTest::newRow("payment method: card \"\"")
        << paymentMethod
        << QByteArray(R"({"_id": {"$oid": "5d94a55430fea9000aa52f38"}, "card": ""})");

    QTest::newRow("subscription: updated only")
        << subscription
        << QByteArray(
               R"({"_id": {"$oid": "5db2eba363472e000fd27078"}, "updated": {"$date": 1572006819589},
                          "plan": {"$oid": "5d975251d61310000bbbb68f"}, "payments": []})");
    QTest::newRow("subscription: text numbers, ISO dates")
        << subscription
        << QByteArray(R"({"_id": {"$oid": "5db2eba363472e000fd27078"}, "total_fail_attempts": "2",
                          "last_billing_amount": "99.5", "starting_date": "2019-10-01",
                          "ending_date": {"$date": "2020-10-01T00:00:00.000Z"}, "trial": "true"})");
}

void TestCodecMessy::roundTrip()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);

    const QJsonObject original = object(json);
    QJsonObject encoded;
    DecodeError error;
    QVERIFY2(::roundTrip(type, original, &encoded, &error), qPrintable(error.toString()));
    const QString difference = jsonDifference(original, encoded);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(encoded, original);
}

Q_DECLARE_METATYPE(FieldState)
Q_DECLARE_METATYPE(UserField)

void TestCodecMessy::fieldStates_data()
{
    QTest::addColumn<UserField>("field");
    QTest::addColumn<QByteArray>("value"); // empty: the member is missing
    QTest::addColumn<FieldState>("state");
    QTest::addColumn<QJsonValue>("editable");

    const QJsonValue undefined(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);

    QTest::newRow("text missing") << UserField::FirstName << QByteArray() << FieldState::Absent
                                  << undefined;
    QTest::newRow("text null") << UserField::FirstName << QByteArray("null") << FieldState::Null
                               << null;
    QTest::newRow("text \"\"") << UserField::FirstName << QByteArray("\"\"") << FieldState::Value
                               << QJsonValue(QString());
    QTest::newRow("text {}") << UserField::FirstName << QByteArray("{}") << FieldState::Empty
                             << null;
    QTest::newRow("text []") << UserField::FirstName << QByteArray("[]") << FieldState::Empty
                             << null;
    QTest::newRow("text as number")
        << UserField::MobilePhoneNumber << QByteArray("4712345678") << FieldState::Tolerated
        << QJsonValue(QStringLiteral("4712345678"));
    QTest::newRow("text as fraction") << UserField::Note << QByteArray("0.5")
                                      << FieldState::Tolerated << QJsonValue(QStringLiteral("0.5"));
    QTest::newRow("address missing")
        << UserField::BillingAddress << QByteArray() << FieldState::Absent << undefined;
    QTest::newRow("address null") << UserField::BillingAddress << QByteArray("null")
                                  << FieldState::Null << null;
    QTest::newRow("address {}") << UserField::BillingAddress << QByteArray("{}")
                                << FieldState::Value << QJsonValue(QJsonObject());
    QTest::newRow("address \"\"") << UserField::BillingAddress << QByteArray("\"\"")
                                  << FieldState::Empty << null;
    QTest::newRow("address with unknown keys")
        << UserField::BillingAddress
        << QByteArray(R"({"city": "Oslo", "raw": {"a": 1}, "x": null})") << FieldState::Value
        << QJsonValue(object(R"({"city": "Oslo", "raw": {"a": 1}, "x": null})"));
    QTest::newRow("tags []") << UserField::Tags << QByteArray("[]") << FieldState::Value
                             << QJsonValue(QJsonArray());
    QTest::newRow("tags {}") << UserField::Tags << QByteArray("{}") << FieldState::Empty << null;
    QTest::newRow("tags \"\"") << UserField::Tags << QByteArray("\"\"") << FieldState::Empty
                               << null;
    QTest::newRow("tags with null and number")
        << UserField::Tags << QByteArray(R"(["vip", null, 3])") << FieldState::Tolerated
        << QJsonValue(QJsonArray {QStringLiteral("vip"), QStringLiteral("3")});
    QTest::newRow("reference {$oid}")
        << UserField::DefaultPaymentMethod << QByteArray(R"({"$oid": "5d94a55430fea9000aa52f38"})")
        << FieldState::Value << QJsonValue(object(R"({"$oid": "5d94a55430fea9000aa52f38"})"));
    QTest::newRow("reference plain id")
        << UserField::DefaultPaymentMethod << QByteArray(R"("5d94a55430fea9000aa52f38")")
        << FieldState::Value << QJsonValue(QStringLiteral("5d94a55430fea9000aa52f38"));
    QTest::newRow("reference {}") << UserField::DefaultPaymentMethod << QByteArray("{}")
                                  << FieldState::Empty << null;
    QTest::newRow("reference \"\"")
        << UserField::DefaultPaymentMethod << QByteArray("\"\"") << FieldState::Empty << null;
}

void TestCodecMessy::fieldStates()
{
    QFETCH(UserField, field);
    QFETCH(QByteArray, value);
    QFETCH(FieldState, state);
    QFETCH(QJsonValue, editable);

    const QByteArray key = QByteArray(userFieldKey(field).data(), userFieldKey(field).size());
    const QByteArray json = value.isEmpty() ? userJson("") : userJson('"' + key + "\": " + value);
    const DecodeResult<User> result = User::fromJson(object(json));
    QVERIFY2(result, qPrintable(result.error().toString()));
    QCOMPARE(result.value().editableState(field), state);
    QCOMPARE(result.value().editable(field), editable);
    // Whatever the form, it is written back as received.
    QCOMPARE(result.value().toJson(), object(json));
}

void TestCodecMessy::dates_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("msecs");

    const qint64 t = Q_INT64_C(1572006676505); // 2019-10-25T12:31:16.505Z
    QTest::newRow("$date ms") << QByteArray(R"({"$date": 1572006676505})") << true << t;
    QTest::newRow("$date ISO Z") << QByteArray(R"({"$date": "2019-10-25T12:31:16.505Z"})") << true
                                 << t;
    QTest::newRow("$date ISO offset")
        << QByteArray(R"({"$date": "2019-10-25T14:31:16.505+02:00"})") << true << t;
    QTest::newRow("$date ISO without offset is UTC")
        << QByteArray(R"({"$date": "2019-10-25T12:31:16.505"})") << true << t;
    QTest::newRow("$date ms as text") << QByteArray(R"({"$date": "1572006676505"})") << true << t;
    QTest::newRow("$date $numberLong")
        << QByteArray(R"({"$date": {"$numberLong": "1572006676505"}})") << true << t;
    QTest::newRow("$date fractional ms")
        << QByteArray(R"({"$date": 1572006676504.6})") << true << t;
    QTest::newRow("$date before 1970")
        << QByteArray(R"({"$date": -86400000})") << true << Q_INT64_C(-86400000);
    QTest::newRow("bare ms") << QByteArray("1572006676505") << true << t;
    QTest::newRow("bare ISO") << QByteArray(R"("2019-10-25T12:31:16.505Z")") << true << t;
    QTest::newRow("bare date only")
        << QByteArray(R"("2019-10-25")") << true << Q_INT64_C(1571961600000);
    QTest::newRow("null") << QByteArray("null") << false << qint64(0);
    QTest::newRow("empty string") << QByteArray("\"\"") << false << qint64(0);
    QTest::newRow("empty object") << QByteArray("{}") << false << qint64(0);
}

void TestCodecMessy::dates()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QFETCH(qint64, msecs);

    const QByteArray json = userJson("\"created\": " + value);
    const DecodeResult<User> result = User::fromJson(object(json));
    QVERIFY2(result, qPrintable(result.error().toString()));
    QCOMPARE(result.value().created().isValid(), valid);
    QCOMPARE(result.value().created().toMSecsSinceEpoch(), msecs);
    if (valid)
        QCOMPARE(result.value().created().toDateTime().timeSpec(), Qt::UTC);
    QCOMPARE(result.value().toJson(), object(json));
}

void TestCodecMessy::references_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("expanded");
    QTest::addColumn<QString>("customerName");

    const QString id = QStringLiteral("5d67bf05d661690cd21c058d");
    QTest::newRow("{$oid}") << QByteArray(R"({"$oid": "5d67bf05d661690cd21c058d"})") << id << false
                            << id;
    QTest::newRow("plain id") << QByteArray(R"("5d67bf05d661690cd21c058d")") << id << false << id;
    QTest::newRow("upper-case id")
        << QByteArray(R"({"$oid": "5D67BF05D661690CD21C058D"})") << id << false << id;
    QTest::newRow("expanded with $oid") << QByteArray(
        R"({"$oid": "5d67bf05d661690cd21c058d", "_id": {"$oid": "5d67bf05d661690cd21c058d"},
                          "first_name": " Ola ", "last_name": "Nordmann"})")
                                        << id << true << QStringLiteral("Ola Nordmann");
    QTest::newRow("expanded, _id only")
        << QByteArray(R"({"_id": {"$oid": "5d67bf05d661690cd21c058d"}, "email": "ola@example.no"})")
        << id << true << QStringLiteral("ola@example.no");
    QTest::newRow("expanded, no name")
        << QByteArray(R"({"_id": "5d67bf05d661690cd21c058d", "human_id": "LQ3K2Z",
                                                         "first_name": "", "last_name": null})")
        << id << true << QStringLiteral("LQ3K2Z");
    QTest::newRow("expanded, nothing but id")
        << QByteArray(R"({"$oid": "5d67bf05d661690cd21c058d", "first_name": 7})") << id << true
        << QStringLiteral("7");
    QTest::newRow("expanded without id")
        << QByteArray(R"({"first_name": "Kari"})") << QString() << true << QStringLiteral("Kari");
    QTest::newRow("{}") << QByteArray("{}") << QString() << false << QString();
    QTest::newRow("empty string") << QByteArray("\"\"") << QString() << false << QString();
    QTest::newRow("null") << QByteArray("null") << QString() << false << QString();
}

void TestCodecMessy::references()
{
    QFETCH(QByteArray, user);
    QFETCH(QString, id);
    QFETCH(bool, expanded);
    QFETCH(QString, customerName);

    const QByteArray json
        = R"({"_id": {"$oid": "5d970310d6131000103999dc"}, "user": )" + user + '}';
    const DecodeResult<Order> result = Order::fromJson(object(json));
    QVERIFY2(result, qPrintable(result.error().toString()));
    QCOMPARE(result.value().customerId().toString(), id);
    QCOMPARE(result.value().isCustomerExpanded(), expanded);
    QCOMPARE(result.value().customerName(), customerName);
    QCOMPARE(result.value().toJson(), object(json));
    if (!expanded) {
        QVERIFY(!result.value().customer());
        QCOMPARE(result.value().customer().error().field, QStringLiteral("user"));
    }
}

void TestCodecMessy::toleratedValues()
{
    const DecodeResult<Order> order
        = Order::fromJson(object(R"({"_id": {"$oid": "5d970310d6131000103999dc"},
        "currency": "NOK", "total_amount": {"$numberDecimal": "50.60"}, "units": "3",
        "items": [{"quantity": "2", "price": " 3.5", "product": "5d67c87ad661690e5f6250a6"},
                  {"quantity": 1, "product": {"_id": {"$oid": "5d67c87ad661690e5f6250a7"}, "name": "Lamp"}}]})"));
    QVERIFY2(order, qPrintable(order.error().toString()));
    QCOMPARE(order.value().total(), Money::fromUnits(506000, QStringLiteral("NOK")));
    QCOMPARE(order.value().units(), 3.0);
    QCOMPARE(order.value().items().size(), 2);
    QCOMPARE(order.value().items().at(0).quantity(), 2.0);
    QCOMPARE(order.value().items().at(0).price(), 3.5);
    QCOMPARE(order.value().items().at(0).priceMoney(QStringLiteral("NOK")).toDecimalString(),
        QStringLiteral("3.50"));
    QCOMPARE(order.value().items().at(0).productId().toString(),
        QStringLiteral("5d67c87ad661690e5f6250a6"));
    QVERIFY(!order.value().items().at(0).isProductExpanded());
    QCOMPARE(order.value().items().at(1).name(), QStringLiteral("Lamp"));
    QCOMPARE(order.value().items().at(1).productId().toString(),
        QStringLiteral("5d67c87ad661690e5f6250a7"));
    QVERIFY(!order.value().items().at(1).priceMoney().isValid());

    const User user
        = decodeUser(userJson(R"("deleted": "true", "blocked": 0, "tags": ["a", null, 3],
                                             "mobile_phone_number": 4712345678)"));
    QVERIFY(user.isDeleted());
    QVERIFY(!user.isBlocked());
    QCOMPARE(user.tags(), (QStringList {QStringLiteral("a"), QStringLiteral("3")}));
    QCOMPARE(user.mobilePhoneNumber(), QStringLiteral("4712345678"));

    const DecodeResult<PaymentMethod> method
        = PaymentMethod::fromJson(object(R"({"_id": "5d94a55430fea9000aa52f38",
        "card": {"brand": "MasterCard", "last4": 4444, "exp_month": "3", "exp_year": 2031}})"));
    QVERIFY2(method, qPrintable(method.error().toString()));
    QCOMPARE(method.value().id().toString(), QStringLiteral("5d94a55430fea9000aa52f38"));
    QCOMPARE(method.value().card().expiryMonth(), 3);
    QCOMPARE(method.value().card().label(), QString::fromUtf8("Mastercard •••• 4444"));
}

void TestCodecMessy::errors_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");

    const QString user = QStringLiteral("user");
    const QString users = QStringLiteral("users[]");
    const QString order = QStringLiteral("order");
    const QString orderId = QStringLiteral(R"("_id": {"$oid": "5d970310d6131000103999dc"})");

    QTest::newRow("_id missing") << user << QByteArray(R"({"first_name": "Kari"})")
                                 << QStringLiteral("_id");
    QTest::newRow("_id null") << user << QByteArray(R"({"_id": null})") << QStringLiteral("_id");
    QTest::newRow("_id empty string")
        << user << QByteArray(R"({"_id": ""})") << QStringLiteral("_id");
    QTest::newRow("_id {}") << user << QByteArray(R"({"_id": {}})") << QStringLiteral("_id");
    QTest::newRow("_id not hex") << user
                                 << QByteArray(R"({"_id": {"$oid": "5d9218f71fad44000b0fb80z"}})")
                                 << QStringLiteral("_id");
    QTest::newRow("_id too short")
        << user << QByteArray(R"({"_id": "5d9218f7"})") << QStringLiteral("_id");
    QTest::newRow("_id a number") << user << QByteArray(R"({"_id": 12})") << QStringLiteral("_id");
    QTest::newRow("text is a boolean")
        << user << userJson(R"("first_name": true)") << QStringLiteral("first_name");
    QTest::newRow("text is an object")
        << user << userJson(R"("email": {"a": 1})") << QStringLiteral("email");
    QTest::newRow("list is a number") << user << userJson(R"("tags": 5)") << QStringLiteral("tags");
    QTest::newRow("list is text") << user << userJson(R"("tags": "vip")") << QStringLiteral("tags");
    QTest::newRow("list element is a list")
        << user << userJson(R"("tags": ["a", ["x"]])") << QStringLiteral("tags[1]");
    QTest::newRow("address is text")
        << user << userJson(R"("billing_address": "Oslo")") << QStringLiteral("billing_address");
    QTest::newRow("nested address member")
        << user << userJson(R"("billing_address": {"city": [1]})")
        << QStringLiteral("billing_address.city");
    QTest::newRow("address in list")
        << user << userJson(R"("addresses": [{}, {"zip_code": {"a": 1}}])")
        << QStringLiteral("addresses[1].zip_code");
    QTest::newRow("address list element is a number")
        << user << userJson(R"("addresses": [{}, 7])") << QStringLiteral("addresses[1]");
    QTest::newRow("boolean is text")
        << user << userJson(R"("deleted": "maybe")") << QStringLiteral("deleted");
    QTest::newRow("date is garbage")
        << user << userJson(R"("created": {"$date": "yesterday"})") << QStringLiteral("created");
    QTest::newRow("date is a boolean")
        << user << userJson(R"("created": true)") << QStringLiteral("created");
    QTest::newRow("date with extra members")
        << user << userJson(R"("created": {"$date": 1, "x": 2})") << QStringLiteral("created");
    QTest::newRow("reference not hex") << user << userJson(R"("default_payment_method": "stripe")")
                                       << QStringLiteral("default_payment_method");
    QTest::newRow("reference a number") << user << userJson(R"("default_payment_method": 5)")
                                        << QStringLiteral("default_payment_method");
    QTest::newRow("items[2].quantity not a number")
        << order
        << (QStringLiteral("{%1, \"items\": [{}, {\"quantity\": 1}, {\"quantity\": \"two\"}]}")
                   .arg(orderId)
                   .toUtf8())
        << QStringLiteral("items[2].quantity");
    QTest::newRow("items[0].quantity a boolean")
        << order
        << (QStringLiteral("{%1, \"items\": [{\"quantity\": true}]}").arg(orderId).toUtf8())
        << QStringLiteral("items[0].quantity");
    QTest::newRow("total_amount garbage")
        << order << (QStringLiteral("{%1, \"total_amount\": \"12,50 kr\"}").arg(orderId).toUtf8())
        << QStringLiteral("total_amount");
    QTest::newRow("items not a list")
        << order << (QStringLiteral("{%1, \"items\": 3}").arg(orderId).toUtf8())
        << QStringLiteral("items");
    QTest::newRow("expanded user with bad $oid")
        << order
        << (QStringLiteral("{%1, \"user\": {\"$oid\": \"nope\", \"first_name\": \"A\"}}")
                   .arg(orderId)
                   .toUtf8())
        << QStringLiteral("user");
    QTest::newRow("expanded user with bad _id")
        << order
        << (QStringLiteral("{%1, \"user\": {\"_id\": {\"$oid\": 5}, \"first_name\": \"A\"}}")
                   .arg(orderId)
                   .toUtf8())
        << QStringLiteral("user._id");
    QTest::newRow("expanded product with bad _id")
        << order
        << (QStringLiteral("{%1, \"items\": [{\"product\": {\"_id\": \"x\"}}]}")
                   .arg(orderId)
                   .toUtf8())
        << QStringLiteral("items[0].product._id");
    QTest::newRow("card exp_month fractional")
        << QStringLiteral("payment_method")
        << QByteArray(
               R"({"_id": {"$oid": "5d94a55430fea9000aa52f38"}, "card": {"exp_month": 12.5}})")
        << QStringLiteral("card.exp_month");
    QTest::newRow("card is text")
        << QStringLiteral("payment_method")
        << QByteArray(R"({"_id": {"$oid": "5d94a55430fea9000aa52f38"}, "card": "visa"})")
        << QStringLiteral("card");
    QTest::newRow("subscription fail attempts not a number")
        << QStringLiteral("subscription")
        << QByteArray(
               R"({"_id": {"$oid": "5db2eba363472e000fd27078"}, "total_fail_attempts": "many"})")
        << QStringLiteral("total_fail_attempts");
    QTest::newRow("list element not an object")
        << users << ("[" + userJson("") + ", 5]") << QStringLiteral("[1]");
    QTest::newRow("list element without _id")
        << users << ("[" + userJson("") + ", {}]") << QStringLiteral("[1]._id");
    QTest::newRow("list element member")
        << users << ("[" + userJson(R"("tags": [true])") + "]") << QStringLiteral("[0].tags[0]");
    QTest::newRow("not JSON") << users << QByteArray("[{\"_id\": ") << QString();
    QTest::newRow("object where a list is expected") << users << userJson("") << QString();
    QTest::newRow("list where an object is expected") << user << QByteArray("[]") << QString();
    QTest::newRow("empty body") << user << QByteArray() << QString();
}

void TestCodecMessy::errors()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);

    const DecodeError error = decodeBody(type, body);
    QVERIFY2(!error.message.isEmpty(), "decoding should have failed");
    QCOMPARE(error.field, field);
    QVERIFY(error.toString().endsWith(error.message));
    const ApiError apiError = error.toApiError(QStringLiteral("api.example.com"));
    QCOMPARE(apiError.kind(), ApiError::Kind::MalformedBody);
    QCOMPARE(apiError.field(), field);
}

void TestCodecMessy::patch_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("edits"); // applied with User::setEditable()
    QTest::addColumn<QByteArray>("expected");

    const QByteArray full
        = userJson(R"("first_name": "Kari", "last_name": "Nordmann", "email": "kari@example.no",
        "mobile_phone_number": "", "bio": "", "note": null, "tags": ["vip"],
        "billing_address": {"city": "Berlin", "raw": {"k": 1}, "service_address_id": "s1", "odd": true},
        "default_payment_method": {"$oid": "5d94a55430fea9000aa52f38"}, "voucher": {"uuid": "u"})");

    QTest::newRow("unchanged") << full << QByteArray("{}") << QByteArray("{}");
    QTest::newRow("email only") << full << QByteArray(R"({"email": "kari@example.com"})")
                                << QByteArray(R"({"email": "kari@example.com"})");
    QTest::newRow("same email again")
        << full << QByteArray(R"({"email": "kari@example.no"})") << QByteArray("{}");
    QTest::newRow("email cleared")
        << full << QByteArray(R"({"email": ""})") << QByteArray(R"({"email": ""})");
    QTest::newRow("never-received title left empty")
        << full << QByteArray(R"({"title": ""})") << QByteArray("{}");
    QTest::newRow("never-received title set")
        << full << QByteArray(R"({"title": "Dr"})") << QByteArray(R"({"title": "Dr"})");
    QTest::newRow("null note left empty")
        << full << QByteArray(R"({"note": ""})") << QByteArray("{}");
    QTest::newRow("null note set") << full << QByteArray(R"({"note": "called twice"})")
                                   << QByteArray(R"({"note": "called twice"})");
    QTest::newRow("tags changed") << full << QByteArray(R"({"tags": ["vip", "b2b"]})")
                                  << QByteArray(R"({"tags": ["vip", "b2b"]})");
    QTest::newRow("tags emptied") << full << QByteArray(R"({"tags": []})")
                                  << QByteArray(R"({"tags": []})");
    QTest::newRow("tags same") << full << QByteArray(R"({"tags": ["vip"]})") << QByteArray("{}");
    QTest::newRow("billing address city changed, unknown keys kept")
        << full
        << QByteArray(
               R"({"billing_address": {"city": "Oslo", "raw": {"k": 1}, "service_address_id": "s1", "odd": true}})")
        << QByteArray(
               R"({"billing_address": {"city": "Oslo", "raw": {"k": 1}, "service_address_id": "s1", "odd": true}})");
    QTest::newRow("default payment method changed")
        << full << QByteArray(R"({"default_payment_method": {"$oid": "5d95a91530fea9000aa52f3b"}})")
        << QByteArray(R"({"default_payment_method": {"$oid": "5d95a91530fea9000aa52f3b"}})");
    QTest::newRow("default payment method same id in another form")
        << full << QByteArray(R"({"default_payment_method": "5d94a55430fea9000aa52f38"})")
        << QByteArray("{}");
    QTest::newRow("two fields")
        << full
        << QByteArray(R"({"first_name": "Kari Anne", "mobile_phone_number": "+4712345678"})")
        << QByteArray(R"({"first_name": "Kari Anne", "mobile_phone_number": "+4712345678"})");
    QTest::newRow("minimal user, nothing set")
        << userJson("") << QByteArray(R"({"email": "", "tags": [], "billing_address": {}})")
        << QByteArray("{}");
    QTest::newRow("minimal user, email set") << userJson("") << QByteArray(R"({"email": "a@b.no"})")
                                             << QByteArray(R"({"email": "a@b.no"})");
    QTest::newRow("tolerated number unchanged")
        << userJson(R"("mobile_phone_number": 4712345678)")
        << QByteArray(R"({"mobile_phone_number": "4712345678"})") << QByteArray("{}");
    QTest::newRow("empty-object billing address set")
        << userJson(R"("billing_address": "")")
        << QByteArray(R"({"billing_address": {"city": "Oslo"}})")
        << QByteArray(R"({"billing_address": {"city": "Oslo"}})");
}

void TestCodecMessy::patch()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, edits);
    QFETCH(QByteArray, expected);

    const User loaded = decodeUser(base);
    QVERIFY(loaded.id().isValid());
    User edited = loaded;
    const QJsonObject changes = object(edits);
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const std::optional<UserField> field = userFieldFromKey(it.key());
        QVERIFY2(field.has_value(), qPrintable(it.key()));
        DecodeError error;
        QVERIFY2(edited.setEditable(*field, it.value(), &error), qPrintable(error.toString()));
    }
    const QJsonObject body = User::patch(loaded, edited);
    const QString difference = jsonDifference(object(expected), body);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(body, object(expected));
    for (const QString &key : body.keys())
        QVERIFY2(userFieldFromKey(key).has_value(), qPrintable(key));
    // Nothing outside the editable fields moved.
    QJsonObject before = loaded.toJson();
    QJsonObject after = edited.toJson();
    for (const UserField field : AllUserFields) {
        before.remove(userFieldKey(field));
        after.remove(userFieldKey(field));
    }
    QCOMPARE(after, before);
}

void TestCodecMessy::patchBillingAddressKeepsUnknownKeys()
{
    const User loaded = decodeUser(
        userJson(R"("billing_address": {"street_name": "Osloer Straße", "city": "Berlin",
        "geo": [52.56, 13.38], "raw": {"place_id": "p1", "types": ["street_address"]},
        "service_address_id": "svc-9", "from_geocoder": {"confidence": 0.9}})"));
    User edited = loaded;
    Address address = edited.billingAddress();
    address.setCity(QStringLiteral("Oslo"));
    address.setCountry(QString()); // never received: stays absent
    edited.setBillingAddress(address);

    const QJsonObject body = User::patch(loaded, edited);
    QCOMPARE(body.keys(), QStringList {QStringLiteral("billing_address")});
    const QJsonObject sent = body.value(QLatin1String("billing_address")).toObject();
    QCOMPARE(sent.value(QLatin1String("city")).toString(), QStringLiteral("Oslo"));
    QCOMPARE(sent.value(QLatin1String("service_address_id")).toString(), QStringLiteral("svc-9"));
    QCOMPARE(sent.value(QLatin1String("raw")).toObject(),
        object(R"({"place_id": "p1", "types": ["street_address"]})"));
    QCOMPARE(
        sent.value(QLatin1String("from_geocoder")).toObject(), object(R"({"confidence": 0.9})"));
    QCOMPARE(sent.value(QLatin1String("geo")).toArray(), (QJsonArray {52.56, 13.38}));
    QVERIFY(!sent.contains(QLatin1String("country")));
    QVERIFY(!sent.contains(QLatin1String("zip_code")));
}

void TestCodecMessy::patchThroughSetters()
{
    const User loaded
        = decodeUser(userJson(R"("first_name": "Kari", "email": "kari@example.no", "tags": [])"));
    User edited = loaded;
    edited.setFirstName(QStringLiteral("Kari"));
    edited.setTitle(QString());
    edited.setBio(QString());
    edited.setTags({});
    edited.setDefaultPaymentMethod(ObjectId());
    QCOMPARE(User::patch(loaded, edited), QJsonObject());
    QCOMPARE(edited.toJson(), loaded.toJson());

    edited.setEmail(QStringLiteral("kari@example.com"));
    QCOMPARE(User::patch(loaded, edited), object(R"({"email": "kari@example.com"})"));

    edited.setTags({QStringLiteral("vip")});
    edited.setDefaultPaymentMethod(ObjectId::fromString(u"5d95a91530fea9000aa52f3b"));
    QCOMPARE(User::patch(loaded, edited), object(R"({"email": "kari@example.com", "tags": ["vip"],
                        "default_payment_method": {"$oid": "5d95a91530fea9000aa52f3b"}})"));
}

// An edited copy that did not come from the setters (a restored draft, a merge result) may
// carry empty members the loaded user never had; they are still not sent.
void TestCodecMessy::patchNeverSendsEmptyForUnreceivedFields()
{
    const User loaded = decodeUser(userJson(R"("first_name": "Kari", "note": null)"));
    const User draft
        = decodeUser(userJson(R"("first_name": "Kari", "note": "", "title": "", "tags": [],
        "billing_address": {}, "bio": null, "email": {}, "default_payment_method": "")"));
    QCOMPARE(User::patch(loaded, draft), QJsonObject());

    const User withTitle
        = decodeUser(userJson(R"("first_name": "Kari", "title": "Dr", "tags": ["x"])"));
    QCOMPARE(User::patch(loaded, withTitle), object(R"({"title": "Dr", "tags": ["x"]})"));
    // A field the edited copy lacks is not sent either (removal cannot be expressed).
    QCOMPARE(User::patch(withTitle, loaded), QJsonObject());
}

void TestCodecMessy::setEditableRejectsWrongType()
{
    User user = decodeUser(userJson(R"("email": "kari@example.no")"));
    const QJsonObject before = user.toJson();
    DecodeError error;
    QVERIFY(!user.setEditable(UserField::Email, QJsonValue(true), &error));
    QCOMPARE(error.field, QStringLiteral("email"));
    QVERIFY(!user.setEditable(UserField::Tags, QJsonValue(QStringLiteral("vip")), &error));
    QCOMPARE(error.field, QStringLiteral("tags"));
    QVERIFY(!user.setEditable(UserField::BillingAddress, QJsonValue(3), &error));
    QCOMPARE(error.field, QStringLiteral("billing_address"));
    QVERIFY(!user.setEditable(
        UserField::DefaultPaymentMethod, QJsonValue(QStringLiteral("xyz")), &error));
    QCOMPARE(error.field, QStringLiteral("default_payment_method"));
    QCOMPARE(user.toJson(), before);
}

void TestCodecMessy::editableRoundTrip()
{
    // Every editable field: its JSON key maps back to it, and what editable() gives,
    // setEditable() takes without changing anything.
    const User user = decodeUser(userJson(R"("first_name": "A", "last_name": "B", "title": "Dr",
        "email": "a@b.no", "mobile_phone_number": "+4712345678", "bio": "x", "note": "y",
        "tags": ["t"], "billing_address": {"city": "Oslo", "raw": {}},
        "default_payment_method": {"$oid": "5d94a55430fea9000aa52f38"})"));
    QSet<QString> keys;
    for (const UserField field : AllUserFields) {
        const QString key = userFieldKey(field);
        keys.insert(key);
        QCOMPARE(userFieldFromKey(key), std::optional<UserField>(field));
        QVERIFY(!userFieldLabel(field).isEmpty());
        QCOMPARE(user.editableState(field), FieldState::Value);
        User copy = user;
        QVERIFY(copy.setEditable(field, user.editable(field)));
        QCOMPARE(copy.toJson(), user.toJson());
        QCOMPARE(user.toJson().value(key), user.editable(field));
    }
    QCOMPARE(keys.size(), int(AllUserFields.size()));
    QCOMPARE(userFieldFromKey(u"addresses"), std::optional<UserField>());
    QCOMPARE(userFieldFromKey(u"_id"), std::optional<UserField>());
}

void TestCodecMessy::addressesForPut()
{
    const QByteArray addresses
        = R"([{"street_name": "Olson Drive", "zip_code": "95670", "city": "CA",
        "state": "Rancho Cordova", "country": "United States", "alias": "", "service": "google",
        "geo": [38.59, -121.29], "raw": {"formatted": "Olson Dr"}, "service_address_id": "g-1"},
        {"city": "Oslo", "weird": [null], "geo": []}])";
    const User user = decodeUser(userJson("\"addresses\": " + addresses));
    const QJsonArray original = QJsonDocument::fromJson(addresses).array();
    QCOMPARE(user.addresses().size(), 2);
    QCOMPARE(user.addressesToJson(), original);

    QList<Address> edited = user.addresses();
    edited[1].setStreetName(QStringLiteral("Karl Johans gate 1"));
    edited.append(Address());
    edited.last().setCity(QStringLiteral("Bergen"));
    User changed = user;
    changed.setAddresses(edited);
    const QJsonArray body = changed.addressesToJson();
    QCOMPARE(body.size(), 3);
    QCOMPARE(body.at(0).toObject(), original.at(0).toObject());
    QJsonObject second = original.at(1).toObject();
    second.insert(QLatin1String("street_name"), QStringLiteral("Karl Johans gate 1"));
    QCOMPARE(body.at(1).toObject(), second);
    QCOMPARE(body.at(2).toObject(), object(R"({"city": "Bergen"})"));
    // Addresses are not part of the profile patch.
    QCOMPARE(User::patch(user, changed), QJsonObject());
}

void TestCodecMessy::moneySums_data()
{
    QTest::addColumn<QByteArray>("amounts"); // JSON numbers, as orders carry them
    QTest::addColumn<QString>("expected"); // exact decimal
    QTest::addColumn<qint64>("units");

    QTest::newRow("0.1 + 0.2") << QByteArray("[0.1, 0.2]") << QStringLiteral("0.30")
                               << Q_INT64_C(3000);
    QTest::newRow("ten times 0.1")
        << QByteArray("[0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]")
        << QStringLiteral("1.00") << Q_INT64_C(10000);
    QTest::newRow("recorded totals")
        << QByteArray("[3.14, 96.6, 96.6]") << QStringLiteral("196.34") << Q_INT64_C(1963400);
    QTest::newRow("refund") << QByteArray("[50.6, -50.6, 0.01]") << QStringLiteral("0.01")
                            << Q_INT64_C(100);
    QTest::newRow("negative total")
        << QByteArray("[-0.5]") << QStringLiteral("-0.50") << Q_INT64_C(-5000);
    QTest::newRow("large") << QByteArray("[99999999.99, 0.01]") << QStringLiteral("100000000.00")
                           << Q_INT64_C(1000000000000);
    // 0.57 and 1.005 times 10000 lie just below a whole number in binary floating point.
    QTest::newRow("just below a unit")
        << QByteArray("[0.29, 0.57, 1.005, 4.35]") << QStringLiteral("6.215") << Q_INT64_C(62150);
    QTest::newRow("four decimals")
        << QByteArray("[0.0001, 0.0002]") << QStringLiteral("0.0003") << Q_INT64_C(3);
    QTest::newRow("nothing") << QByteArray("[]") << QStringLiteral("0.00") << Q_INT64_C(0);
}

void TestCodecMessy::moneySums()
{
    QFETCH(QByteArray, amounts);
    QFETCH(QString, expected);
    QFETCH(qint64, units);

    // Through orders, as the orders table footer sums them.
    MoneyTotals totals;
    const QJsonArray values = QJsonDocument::fromJson(amounts).array();
    for (const QJsonValue &value : values) {
        QJsonObject json
            = object(R"({"_id": {"$oid": "5d970310d6131000103999dc"}, "currency": "NOK"})");
        json.insert(QLatin1String("total_amount"), value);
        const DecodeResult<Order> order = Order::fromJson(json);
        QVERIFY(order);
        QVERIFY(totals.add(order.value().total()));
    }
    const Money total = totals.total(QStringLiteral("NOK"));
    QVERIFY(total.isValid());
    QCOMPARE(total.units(), units);
    QCOMPARE(total.toDecimalString(), expected);
    QCOMPARE(total, Money::fromDecimalString(expected, QStringLiteral("NOK")));
}

void TestCodecMessy::moneyFromDecimalString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("units");

    QTest::newRow("integer") << QStringLiteral("12") << true << Q_INT64_C(120000);
    QTest::newRow("one decimal") << QStringLiteral("50.6") << true << Q_INT64_C(506000);
    QTest::newRow("negative") << QStringLiteral("-3.14") << true << Q_INT64_C(-31400);
    QTest::newRow("plus and spaces") << QStringLiteral(" +0.30 ") << true << Q_INT64_C(3000);
    QTest::newRow("leading point") << QStringLiteral(".5") << true << Q_INT64_C(5000);
    QTest::newRow("fifth decimal rounds up") << QStringLiteral("0.00005") << true << Q_INT64_C(1);
    QTest::newRow("fifth decimal rounds down") << QStringLiteral("0.00004") << true << Q_INT64_C(0);
    QTest::newRow("rounds into the whole") << QStringLiteral("0.99995") << true << Q_INT64_C(10000);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("sign only") << QStringLiteral("-") << false << qint64(0);
    QTest::newRow("comma") << QStringLiteral("12,50") << false << qint64(0);
    QTest::newRow("two points") << QStringLiteral("1.2.3") << false << qint64(0);
    QTest::newRow("exponent") << QStringLiteral("1e3") << false << qint64(0);
    QTest::newRow("currency") << QStringLiteral("12 NOK") << false << qint64(0);
    QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("١٢") << false << qint64(0);
    QTest::newRow("too large") << QStringLiteral("99999999999999999") << false << qint64(0);
}

void TestCodecMessy::moneyFromDecimalString()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, units);

    const Money money = Money::fromDecimalString(text, QStringLiteral("NOK"));
    QCOMPARE(money.isValid(), valid);
    QCOMPARE(money.units(), valid ? units : 0);
}

void TestCodecMessy::moneyTotalsPerCurrency()
{
    MoneyTotals totals;
    QVERIFY(totals.isEmpty());
    QVERIFY(totals.add(Money::fromDouble(0.1, QStringLiteral("NOK"))));
    QVERIFY(totals.add(Money::fromDouble(0.2, QStringLiteral("NOK"))));
    QVERIFY(totals.add(Money::fromDouble(76.6, QStringLiteral("USD"))));
    QVERIFY(!totals.add(Money()));
    QCOMPARE(totals.currencies(), (QStringList {QStringLiteral("NOK"), QStringLiteral("USD")}));
    QCOMPARE(totals.total(QStringLiteral("NOK")).units(), Q_INT64_C(3000));
    QCOMPARE(totals.total(QStringLiteral("USD")).toDecimalString(), QStringLiteral("76.60"));
    QCOMPARE(totals.total(QStringLiteral("EUR")), Money::fromUnits(0, QStringLiteral("EUR")));
    QCOMPARE(totals.toString(QLocale::c()),
        QStringLiteral("0.30") + QChar(0x00A0) + QStringLiteral("NOK, 76.60") + QChar(0x00A0)
            + QStringLiteral("USD"));
    // Different currencies never add up.
    QVERIFY(
        !(Money::fromDouble(1, QStringLiteral("NOK")) + Money::fromDouble(1, QStringLiteral("USD")))
             .isValid());
    // Display: the currency's decimals, more when the amount has them, in the given locale.
    QCOMPARE(
        Money::fromDouble(50.6, QStringLiteral("NOK")).toString(QLocale(QLocale::NorwegianBokmal)),
        QStringLiteral("50,60") + QChar(0x00A0) + QStringLiteral("NOK"));
    QCOMPARE(Money::fromDouble(1200, QStringLiteral("JPY")).toString(QLocale::c()),
        QStringLiteral("1200") + QChar(0x00A0) + QStringLiteral("JPY"));
    QCOMPARE(Money::fromDouble(0.125, QStringLiteral("NOK")).toString(QLocale::c()),
        QStringLiteral("0.125") + QChar(0x00A0) + QStringLiteral("NOK"));
    QCOMPARE(Money().toString(), QString());
}

void TestCodecMessy::moneyOverflow()
{
    QVERIFY(!Money::fromDouble(qQNaN(), QStringLiteral("NOK")).isValid());
    QVERIFY(!Money::fromDouble(qInf(), QStringLiteral("NOK")).isValid());
    QVERIFY(!Money::fromDouble(1e16, QStringLiteral("NOK")).isValid());
    const Money huge
        = Money::fromUnits(std::numeric_limits<qint64>::max() - 1, QStringLiteral("NOK"));
    QVERIFY(!(huge + Money::fromUnits(2, QStringLiteral("NOK"))).isValid());
    MoneyTotals totals;
    QVERIFY(totals.add(huge));
    QVERIFY(!totals.add(Money::fromUnits(2, QStringLiteral("NOK"))));
    QCOMPARE(totals.total(QStringLiteral("NOK")), huge);
    const Money lowest = Money::fromUnits(std::numeric_limits<qint64>::min(), QString());
    QCOMPARE(lowest.toDecimalString(0), QStringLiteral("-922337203685477.5808"));
}

void TestCodecMessy::objectIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("canonical");

    QTest::newRow("lower case") << QStringLiteral("5d9218f71fad44000b0fb80a") << true << true;
    QTest::newRow("upper case") << QStringLiteral("5D9218F71FAD44000B0FB80A") << true << false;
    QTest::newRow("all zero") << QStringLiteral("000000000000000000000000") << true << true;
    QTest::newRow("23 digits") << QStringLiteral("5d9218f71fad44000b0fb80") << false << false;
    QTest::newRow("25 digits") << QStringLiteral("5d9218f71fad44000b0fb80aa") << false << false;
    QTest::newRow("not hex") << QStringLiteral("5d9218f71fad44000b0fb80g") << false << false;
    QTest::newRow("spaces") << QStringLiteral(" 5d9218f71fad44000b0fb80a") << false << false;
    QTest::newRow("fullwidth digit")
        << (QString::fromUtf8("５") + QStringLiteral("d9218f71fad44000b0fb80a")) << false << false;
    QTest::newRow("empty") << QString() << false << false;
}

void TestCodecMessy::objectIds()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, canonical);

    const ObjectId id = ObjectId::fromString(text);
    QCOMPARE(id.isValid(), valid);
    QCOMPARE(ObjectId::isCanonical(text), canonical);
    QCOMPARE(id.toString(), valid ? text.toLower() : QString());
    if (valid) {
        QCOMPARE(ObjectId::fromString(id.toString()), id);
        QCOMPARE(qHash(id), qHash(ObjectId::fromString(text.toLower())));
        QVERIFY(ObjectId() < id);
    } else {
        QCOMPARE(id, ObjectId());
    }
}

void TestCodecMessy::displayName_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QString>("expected");

    QTest::newRow("first and last")
        << QByteArray(R"("first_name": "Kari", "last_name": "Nordmann")")
        << QStringLiteral("Kari Nordmann");
    QTest::newRow("first only") << QByteArray(R"("first_name": "test", "last_name": "")")
                                << QStringLiteral("test");
    QTest::newRow("last only") << QByteArray(R"("last_name": "Nordmann")")
                               << QStringLiteral("Nordmann");
    QTest::newRow("extra spaces") << QByteArray(
        R"("first_name": "  Kari  Anne ", "last_name": "\tNordmann\n")")
                                  << QStringLiteral("Kari Anne Nordmann");
    QTest::newRow("blank names, email")
        << QByteArray(R"("first_name": " ", "last_name": null, "email": "k@example.no")")
        << QStringLiteral("k@example.no");
    QTest::newRow("human id") << QByteArray(
        R"("first_name": {}, "email": "", "human_id": "ZQK3YW")")
                              << QStringLiteral("ZQK3YW");
    QTest::newRow("id") << QByteArray(R"("first_name": [], "human_id": null)")
                        << QString::fromLatin1(Id);
    QTest::newRow("non-ASCII") << QByteArray(R"("first_name": "Bjørn", "last_name": "Ødegård")")
                               << QString::fromUtf8("Bjørn Ødegård");
}

void TestCodecMessy::displayName()
{
    QFETCH(QByteArray, members);
    QFETCH(QString, expected);

    const User user = decodeUser(userJson(members));
    QVERIFY(user.id().isValid());
    QCOMPARE(user.displayName(), expected);
    QVERIFY(!User().displayName().isEmpty());
}

void TestCodecMessy::addressOneLine_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("recorded billing address")
        << QByteArray(
               R"({"alias": "", "city": "Berlin", "country": "Germany", "geo": [52.56, 13.38],
                          "service": "google", "state": "Berlin", "street_name": "Osloer Straße"})")
        << QString::fromUtf8("Osloer Straße, Berlin, Germany");
    QTest::newRow("recorded address")
        << QByteArray(R"({"city": "CA", "country": "United States", "state": "Rancho Cordova",
                          "street_name": "Olson Drive", "zip_code": "95670"})")
        << QStringLiteral("Olson Drive, 95670 CA, Rancho Cordova, United States");
    QTest::newRow("zip without city") << QByteArray(R"({"zip_code": "0150", "country": "Norway"})")
                                      << QStringLiteral("0150, Norway");
    QTest::newRow("empty object") << QByteArray("{}") << QString();
    QTest::newRow("all empty or null")
        << QByteArray(R"({"city": "", "street_name": null, "zip_code": {}, "raw": {"x": 1}})")
        << QString();
    QTest::newRow("whitespace") << QByteArray(
        R"({"street_name": "  Karl  Johans gate 1 ", "city": " Oslo"})")
                                << QStringLiteral("Karl Johans gate 1, Oslo");
    QTest::newRow("number zip") << QByteArray(R"({"zip_code": 150, "city": "Oslo"})")
                                << QStringLiteral("150 Oslo");
}

void TestCodecMessy::addressOneLine()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);

    const DecodeResult<Address> address = Address::fromJson(object(json));
    QVERIFY2(address, qPrintable(address.error().toString()));
    QCOMPARE(address.value().oneLine(), expected);
    QCOMPARE(address.value().isEmpty(), expected.isEmpty());
    QCOMPARE(address.value().toJson(), object(json));
}

void TestCodecMessy::cardLabel_data()
{
    QTest::addColumn<QByteArray>("card");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("paymentMethodLabel");

    QTest::newRow("visa") << QByteArray(R"({"brand": "visa", "last4": "4242"})")
                          << QString::fromUtf8("Visa •••• 4242")
                          << QString::fromUtf8("Visa •••• 4242");
    QTest::newRow("amex") << QByteArray(R"({"brand": "amex", "last4": "0005"})")
                          << QString::fromUtf8("American Express •••• 0005")
                          << QString::fromUtf8("American Express •••• 0005");
    QTest::newRow("unknown brand")
        << QByteArray(R"({"brand": "Troy", "last4": "1234"})")
        << QString::fromUtf8("Troy •••• 1234") << QString::fromUtf8("Troy •••• 1234");
    QTest::newRow("no brand") << QByteArray(R"({"brand": "", "last4": "1234"})")
                              << QString::fromUtf8("Card •••• 1234")
                              << QString::fromUtf8("Card •••• 1234");
    QTest::newRow("no digits") << QByteArray(R"({"brand": "mastercard", "last4": null})")
                               << QStringLiteral("Mastercard") << QStringLiteral("Mastercard");
    QTest::newRow("empty card") << QByteArray("{}") << QString() << QStringLiteral("Stripe");
    QTest::newRow("card \"\"") << QByteArray("\"\"") << QString() << QStringLiteral("Stripe");
}

void TestCodecMessy::cardLabel()
{
    QFETCH(QByteArray, card);
    QFETCH(QString, label);
    QFETCH(QString, paymentMethodLabel);

    const QByteArray json
        = R"({"_id": {"$oid": "5d94a55430fea9000aa52f38"}, "name": "Stripe", "card": )" + card
        + '}';
    const DecodeResult<PaymentMethod> method = PaymentMethod::fromJson(object(json));
    QVERIFY2(method, qPrintable(method.error().toString()));
    QCOMPARE(method.value().card().label(), label);
    QCOMPARE(method.value().label(), paymentMethodLabel);
    QCOMPARE(method.value().toJson(), object(json));
}

void TestCodecMessy::cardExpiry_data()
{
    QTest::addColumn<QByteArray>("card");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("expiry");
    QTest::addColumn<bool>("expired");
    QTest::addColumn<bool>("within30Days");

    const QByteArray december2020 = R"({"exp_month": 12, "exp_year": 2020})";
    QTest::newRow("long before") << december2020 << QDate(2020, 6, 1) << QDate(2020, 12, 31)
                                 << false << false;
    QTest::newRow("31 days before")
        << december2020 << QDate(2020, 11, 30) << QDate(2020, 12, 31) << false << false;
    QTest::newRow("30 days before")
        << december2020 << QDate(2020, 12, 1) << QDate(2020, 12, 31) << false << true;
    QTest::newRow("last valid day")
        << december2020 << QDate(2020, 12, 31) << QDate(2020, 12, 31) << false << true;
    QTest::newRow("day after") << december2020 << QDate(2021, 1, 1) << QDate(2020, 12, 31) << true
                               << false;
    QTest::newRow("February leap year")
        << QByteArray(R"({"exp_month": 2, "exp_year": 2024})") << QDate(2024, 2, 29)
        << QDate(2024, 2, 29) << false << true;
    QTest::newRow("two-digit year") << QByteArray(R"({"exp_month": "7", "exp_year": "27"})")
                                    << QDate(2027, 8, 1) << QDate(2027, 7, 31) << true << false;
    QTest::newRow("month 13") << QByteArray(R"({"exp_month": 13, "exp_year": 2020})")
                              << QDate(2030, 1, 1) << QDate() << false << false;
    QTest::newRow("no year") << QByteArray(R"({"exp_month": 12})") << QDate(2030, 1, 1) << QDate()
                             << false << false;
    QTest::newRow("empty card") << QByteArray("{}") << QDate(2030, 1, 1) << QDate() << false
                                << false;
    QTest::newRow("invalid today")
        << december2020 << QDate() << QDate(2020, 12, 31) << false << false;
}

void TestCodecMessy::cardExpiry()
{
    QFETCH(QByteArray, card);
    QFETCH(QDate, today);
    QFETCH(QDate, expiry);
    QFETCH(bool, expired);
    QFETCH(bool, within30Days);

    const DecodeResult<Card> result = Card::fromJson(object(card));
    QVERIFY2(result, qPrintable(result.error().toString()));
    QCOMPARE(result.value().expiryDate(), expiry);
    QCOMPARE(result.value().hasExpiry(), expiry.isValid());
    QCOMPARE(result.value().isExpired(today), expired);
    QCOMPARE(result.value().expiresWithin(30, today), within30Days);
}

QTEST_GUILESS_MAIN(TestCodecMessy)
#include "tst_codec_messy.moc"
