// SPDX-License-Identifier: GPL-3.0-or-later

// Every real recording (tests/data/recordings) decodes into the domain types and re-encodes
// without losing or changing a member.

#include "models/codec/ExtendedJson.h"
#include "models/domain/Order.h"
#include "models/domain/PaymentMethod.h"
#include "models/domain/Subscription.h"
#include "models/domain/User.h"
#include "tests/models/codec/JsonDiff.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

namespace {

enum class DocumentKind { User, Order, PaymentMethod, Subscription, Unknown };

/// Which decoder a recorded request's answer needs, from its path.
DocumentKind kindForUrl(const QString &url)
{
    const QString path = QUrl(url).path();
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return DocumentKind::Unknown;
    const QString last = segments.last();
    if (last == QLatin1String("orders")
        || (segments.size() == 2 && segments.first() == QLatin1String("orders")))
        return DocumentKind::Order;
    if (last == QLatin1String("payment_methods")
        || (segments.size() == 2 && segments.first() == QLatin1String("payment_methods")))
        return DocumentKind::PaymentMethod;
    if (last == QLatin1String("subscriptions")
        || (segments.size() == 2 && segments.first() == QLatin1String("subscriptions")))
        return DocumentKind::Subscription;
    if (segments.first() == QLatin1String("users")
        || (segments.size() == 2 && segments.at(0) == QLatin1String("v2")
            && segments.at(1) == QLatin1String("users")))
        return DocumentKind::User;
    return DocumentKind::Unknown;
}

QJsonObject readRecording(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList recordingFiles()
{
    const QDir dir(testDataPath(QStringLiteral("recordings")));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QJsonArray bodyDocuments(const QJsonObject &recording)
{
    const QJsonValue body
        = recording.value(QLatin1String("response")).toObject().value(QLatin1String("body"));
    if (body.isArray())
        return body.toArray();
    if (body.isObject())
        return QJsonArray {body};
    return QJsonArray();
}

QString recordingUrl(const QJsonObject &recording)
{
    return recording.value(QLatin1String("request"))
        .toObject()
        .value(QLatin1String("url"))
        .toString();
}

template<typename T>
bool roundTrip(const QJsonObject &original, QJsonObject *encoded, QString *error)
{
    const DecodeResult<T> result = T::fromJson(original);
    if (!result) {
        *error = result.error().toString();
        return false;
    }
    *encoded = result.value().toJson();
    return true;
}

/// Finds the one document of a recording whose member `key` equals `value`.
QJsonObject findDocument(const QString &fileName, QLatin1String key, const QString &value)
{
    const QJsonObject recording
        = readRecording(testDataPath(QStringLiteral("recordings/") + fileName));
    for (const QJsonValue &document : bodyDocuments(recording)) {
        if (document.toObject().value(key).toString() == value)
            return document.toObject();
    }
    return QJsonObject();
}

} // namespace

Q_DECLARE_METATYPE(DocumentKind)

class TestCodecRecordings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRecordingHasADecoder();
    void roundTrip_data();
    void roundTrip();
    void decodeWholeBody_data();
    void decodeWholeBody();
    void userValues();
    void failedOrderTotal();
    void expandedUserIdEqualsOid();
    void paymentMethodCards();
    void subscriptionValues();
};

void TestCodecRecordings::everyRecordingHasADecoder()
{
    const QStringList files = recordingFiles();
    QVERIFY2(files.size() >= 12, qPrintable(testDataPath(QStringLiteral("recordings"))));
    for (const QString &file : files) {
        const QJsonObject recording = readRecording(file);
        QVERIFY2(!recording.isEmpty(), qPrintable(file));
        QVERIFY2(kindForUrl(recordingUrl(recording)) != DocumentKind::Unknown,
            qPrintable(recordingUrl(recording)));
        QCOMPARE(recording.value(QLatin1String("response"))
                     .toObject()
                     .value(QLatin1String("status"))
                     .toInt(),
            200);
    }
}

void TestCodecRecordings::roundTrip_data()
{
    QTest::addColumn<DocumentKind>("kind");
    QTest::addColumn<QJsonObject>("document");

    int rows = 0;
    for (const QString &file : recordingFiles()) {
        const QJsonObject recording = readRecording(file);
        const DocumentKind kind = kindForUrl(recordingUrl(recording));
        const QJsonArray documents = bodyDocuments(recording);
        for (qsizetype i = 0; i < documents.size(); ++i) {
            const QString name = QFileInfo(file).completeBaseName() + QStringLiteral("[%1]").arg(i);
            QTest::newRow(qPrintable(name)) << kind << documents.at(i).toObject();
            ++rows;
        }
    }
    // 10 users + 2 + 1 + 1, 1 + 1 + 1 + 10 + 3 orders, 10 payment methods, 1 subscription.
    QCOMPARE(rows, 41);
}

void TestCodecRecordings::roundTrip()
{
    QFETCH(DocumentKind, kind);
    QFETCH(QJsonObject, document);

    QJsonObject encoded;
    QString error;
    bool ok = false;
    switch (kind) {
    case DocumentKind::User:
        ok = ::roundTrip<User>(document, &encoded, &error);
        break;
    case DocumentKind::Order:
        ok = ::roundTrip<Order>(document, &encoded, &error);
        break;
    case DocumentKind::PaymentMethod:
        ok = ::roundTrip<PaymentMethod>(document, &encoded, &error);
        break;
    case DocumentKind::Subscription:
        ok = ::roundTrip<Subscription>(document, &encoded, &error);
        break;
    case DocumentKind::Unknown:
        QFAIL("no decoder for this recording");
    }
    QVERIFY2(ok, qPrintable(error));
    const QString difference = jsonDifference(document, encoded);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(encoded, document);
}

void TestCodecRecordings::decodeWholeBody_data()
{
    QTest::addColumn<DocumentKind>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isArray");

    for (const QString &file : recordingFiles()) {
        const QJsonObject recording = readRecording(file);
        const QJsonValue body
            = recording.value(QLatin1String("response")).toObject().value(QLatin1String("body"));
        const QByteArray bytes = body.isArray() ? QJsonDocument(body.toArray()).toJson()
                                                : QJsonDocument(body.toObject()).toJson();
        QTest::newRow(qPrintable(QFileInfo(file).completeBaseName()))
            << kindForUrl(recordingUrl(recording)) << bytes << body.isArray();
    }
}

// The path the API layer takes: body bytes to values, then back to the same JSON.
void TestCodecRecordings::decodeWholeBody()
{
    QFETCH(DocumentKind, kind);
    QFETCH(QByteArray, body);
    QFETCH(bool, isArray);

    const QJsonDocument original = QJsonDocument::fromJson(body);
    QJsonDocument encoded;
    const auto check = [&](auto result, auto encode) {
        QVERIFY2(result, qPrintable(result.error().toString()));
        encoded = encode(result.value());
    };
    const auto encodeList = [](const auto &values) {
        return QJsonDocument(ExtendedJson::encodeArray(values));
    };
    const auto encodeOne = [](const auto &value) {
        return QJsonDocument(value.toJson());
    };
    switch (kind) {
    case DocumentKind::User:
        if (isArray)
            check(ExtendedJson::decodeArray<User>(body), encodeList);
        else
            check(ExtendedJson::decodeObject<User>(body), encodeOne);
        break;
    case DocumentKind::Order:
        QVERIFY(isArray);
        check(ExtendedJson::decodeArray<Order>(body), encodeList);
        break;
    case DocumentKind::PaymentMethod:
        QVERIFY(isArray);
        check(ExtendedJson::decodeArray<PaymentMethod>(body), encodeList);
        break;
    case DocumentKind::Subscription:
        QVERIFY(!isArray);
        check(ExtendedJson::decodeObject<Subscription>(body), encodeOne);
        break;
    case DocumentKind::Unknown:
        QFAIL("no decoder for this recording");
    }
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(encoded, original);
}

void TestCodecRecordings::userValues()
{
    const QJsonObject recording = readRecording(
        testDataPath(QStringLiteral("recordings/get_users_5d9218f71fad44000b0fb80a.json")));
    const QJsonObject body = recording.value(QLatin1String("response"))
                                 .toObject()
                                 .value(QLatin1String("body"))
                                 .toObject();
    const DecodeResult<User> result = User::fromJson(body);
    QVERIFY2(result, qPrintable(result.error().toString()));
    const User &user = result.value();
    QCOMPARE(user.id().toString(), QStringLiteral("5d9218f71fad44000b0fb80a"));
    QCOMPARE(user.humanId(), QStringLiteral("ZQK3YW"));
    QVERIFY(user.hasBillingAddress());
    QCOMPARE(user.billingAddress().city(), QStringLiteral("Berlin"));
    QCOMPARE(user.billingAddress().streetName(), QString::fromUtf8("Osloer Straße"));
    QCOMPARE(user.billingAddress().oneLine(), QString::fromUtf8("Osloer Straße, Berlin, Germany"));
    QVERIFY(user.billingAddress().hasGeo());
    QCOMPARE(user.billingAddress().geo().latitude, 52.56);
    QCOMPARE(user.addresses().size(), 1);
    QCOMPARE(user.addresses().first().zipCode(), QStringLiteral("95670"));
    QCOMPARE(user.defaultPaymentMethodId().toString(), QStringLiteral("5d94a55430fea9000aa52f38"));
    QCOMPARE(user.created().toMSecsSinceEpoch(), Q_INT64_C(1569855735370));
    QCOMPARE(user.lastLogin().toDateTime(),
        QDateTime(QDate(2019, 10, 25), QTime(12, 31, 18, 963), Qt::UTC));
    QCOMPARE(user.roles(), QStringList {QStringLiteral("user")});
    QVERIFY(user.tags().isEmpty());
    QCOMPARE(user.editableState(UserField::Tags), FieldState::Value);
    QCOMPARE(user.editableState(UserField::Title), FieldState::Absent);
    QVERIFY(!user.isDeleted());
    QCOMPARE(user.displayName(), QStringLiteral("test"));
    // voucher is not modelled, but kept.
    QCOMPARE(user.unknownMembers()
                 .value(QLatin1String("voucher"))
                 .toObject()
                 .value(QLatin1String("uuid"))
                 .toString(),
        QStringLiteral("790bff04-e695-4ae1-873e-774c2c130d75"));
    // An unchanged user patches nothing.
    QCOMPARE(User::patch(user, user), QJsonObject());
}

void TestCodecRecordings::failedOrderTotal()
{
    const QJsonObject document
        = findDocument(QStringLiteral("get_users_5d9218f71fad44000b0fb80a_orders.json"),
            QLatin1String("order_status"), QStringLiteral("FAILED"));
    QVERIFY(!document.isEmpty());
    const DecodeResult<Order> result = Order::fromJson(document);
    QVERIFY2(result, qPrintable(result.error().toString()));
    const Order &order = result.value();
    QCOMPARE(order.humanId(), QStringLiteral("67VD8N"));
    QCOMPARE(order.orderStatus(), QStringLiteral("FAILED"));
    QCOMPARE(order.currency(), QStringLiteral("NOK"));
    QCOMPARE(order.totalAmount(), 3.14);
    QCOMPARE(order.total(), Money::fromUnits(31400, QStringLiteral("NOK")));
    QCOMPARE(order.total().toDecimalString(), QStringLiteral("3.14"));
    QCOMPARE(order.deliveryTime().toMSecsSinceEpoch(), Q_INT64_C(1601713808947));
    QCOMPARE(order.items().size(), 1);
    QCOMPARE(order.items().first().name(), QStringLiteral("10x_bulk"));
    QCOMPARE(order.items().first().quantity(), 1.0);
    QCOMPARE(order.items().first().finalPriceMoney(order.currency()).units(), Q_INT64_C(31400));
    QVERIFY(order.items().first().isProductExpanded());
    QCOMPARE(order.customerName(), QStringLiteral("test"));
}

void TestCodecRecordings::expandedUserIdEqualsOid()
{
    int checked = 0;
    for (const QString &file : recordingFiles()) {
        const QJsonObject recording = readRecording(file);
        if (kindForUrl(recordingUrl(recording)) != DocumentKind::Order)
            continue;
        for (const QJsonValue &value : bodyDocuments(recording)) {
            const QJsonObject document = value.toObject();
            const QJsonObject expandedUser = document.value(QLatin1String("user")).toObject();
            const DecodeResult<Order> result = Order::fromJson(document);
            QVERIFY2(result, qPrintable(result.error().toString()));
            const Order &order = result.value();
            QVERIFY(order.isCustomerExpanded());
            QCOMPARE(order.customerId().toString(),
                expandedUser.value(QLatin1String("$oid")).toString());
            const DecodeResult<User> customer = order.customer();
            QVERIFY2(customer, qPrintable(customer.error().toString()));
            QCOMPARE(customer.value().id(), order.customerId());
            QCOMPARE(order.customerName(), customer.value().displayName());
            QCOMPARE(customer.value().toJson(), expandedUser);
            ++checked;
        }
    }
    QCOMPARE(checked, 16);

    const QJsonObject document = findDocument(QStringLiteral("get_orders_from_date_0_size_1.json"),
        QLatin1String("human_id"), QStringLiteral("L7PNDK"));
    const DecodeResult<Order> result = Order::fromJson(document);
    QVERIFY(result);
    QCOMPARE(result.value().customerName(), QStringLiteral("test97 Anderson"));
    QCOMPARE(result.value().customerId().toString(), QStringLiteral("5d67bf05d661690cd21c058d"));
    QCOMPARE(result.value().items().first().productId().toString(),
        QStringLiteral("5d67c87ad661690e5f6250a6"));
}

void TestCodecRecordings::paymentMethodCards()
{
    const QJsonObject recording
        = readRecording(testDataPath(QStringLiteral("recordings/get_payment_methods.json")));
    const QJsonArray documents = bodyDocuments(recording);
    QCOMPARE(documents.size(), 10);

    const DecodeResult<PaymentMethod> withoutCard
        = PaymentMethod::fromJson(documents.at(0).toObject());
    QVERIFY2(withoutCard, qPrintable(withoutCard.error().toString()));
    QCOMPARE(withoutCard.value().id().toString(), QStringLiteral("5d94a55430fea9000aa52f38"));
    QVERIFY(withoutCard.value().card().isEmpty());
    QCOMPARE(withoutCard.value().card().label(), QString());
    QCOMPARE(withoutCard.value().label(), QStringLiteral("Stripe"));
    QCOMPARE(withoutCard.value().userId().toString(), QStringLiteral("5d9218f71fad44000b0fb80a"));
    QVERIFY(withoutCard.value().toJson().value(QLatin1String("card")).toObject().isEmpty());
    QVERIFY(withoutCard.value().toJson().value(QLatin1String("card")).isObject());

    const DecodeResult<PaymentMethod> visa = PaymentMethod::fromJson(documents.at(3).toObject());
    QVERIFY2(visa, qPrintable(visa.error().toString()));
    const Card card = visa.value().card();
    QCOMPARE(card.brand(), QStringLiteral("visa"));
    QCOMPARE(card.last4(), QStringLiteral("4242"));
    QCOMPARE(card.label(), QString::fromUtf8("Visa •••• 4242"));
    QCOMPARE(visa.value().label(), QString::fromUtf8("Visa •••• 4242"));
    QCOMPARE(card.expiryDate(), QDate(2020, 12, 31));
    QCOMPARE(card.expiryText(), QStringLiteral("12/2020"));
    QVERIFY(!card.isExpired(QDate(2020, 12, 31)));
    QVERIFY(card.isExpired(QDate(2021, 1, 1)));
    QVERIFY(card.expiresWithin(30, QDate(2020, 12, 15)));
    QVERIFY(!card.expiresWithin(30, QDate(2020, 10, 1)));
    QVERIFY(card.unknownMembers().contains(QLatin1String("three_d_secure_usage")));
}

void TestCodecRecordings::subscriptionValues()
{
    const QJsonObject recording
        = readRecording(testDataPath(QStringLiteral("recordings/post_subscriptions.json")));
    const DecodeResult<Subscription> result
        = Subscription::fromJson(bodyDocuments(recording).at(0).toObject());
    QVERIFY2(result, qPrintable(result.error().toString()));
    const Subscription &subscription = result.value();
    QCOMPARE(subscription.humanId(), QStringLiteral("L7K99N"));
    QCOMPARE(subscription.status(), QStringLiteral("CREATED"));
    QCOMPARE(subscription.name(), QStringLiteral("LICENSE"));
    QCOMPARE(subscription.planId().toString(), QStringLiteral("5d975251d61310000bbbb68f"));
    QCOMPARE(subscription.userId().toString(), QStringLiteral("5d9218f71fad44000b0fb80a"));
    QVERIFY(subscription.isActive());
    QVERIFY(!subscription.isTrial());
    QCOMPARE(subscription.updated().toMSecsSinceEpoch(), Q_INT64_C(1572006819589));
    QCOMPARE(subscription.modified().toMSecsSinceEpoch(), Q_INT64_C(1572006819597));
    QCOMPARE(subscription.lastChanged(), subscription.modified());
    QVERIFY(!subscription.hasLastBillingAmount());
    QCOMPARE(subscription.totalFailAttempts(), 0);
}

QTEST_GUILESS_MAIN(TestCodecRecordings)
#include "tst_codec_recordings.moc"
