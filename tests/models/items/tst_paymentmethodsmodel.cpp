// SPDX-License-Identifier: GPL-3.0-or-later

// PaymentMethodsModel: its row decoder against the full codec (PaymentMethod::fromJson, Card)
// on the recording and messy cards; expiry markers against an injected today (expired,
// expiring within 30 days, month and year ends, two-digit years); the default method; nothing
// but brand, last four and expiry reaching any role; and a customer's methods from the real
// server.

#include "api/ApiClient.h"
#include "models/Clock.h"
#include "models/domain/PaymentMethod.h"
#include "models/items/PaymentMethodRows.h"
#include "models/items/PaymentMethodsModel.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(PaymentMethodsModel::ExpiryState)

namespace {

/// Sets the Clock to noon of \a day, local time, so that Clock::today() is \a day.
void setToday(QDate day)
{
    Clock::setTestTime(QDateTime(day, QTime(12, 0), Qt::LocalTime).toUTC());
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QJsonArray recordedMethods()
{
    QFile file(testDataPath(QStringLiteral("recordings/get_payment_methods.json")));
    if (!file.open(QIODevice::ReadOnly))
        return QJsonArray();
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("response"))
        .toObject()
        .value(QLatin1String("body"))
        .toArray();
}

QJsonObject method(const char *id, const QJsonValue &card)
{
    return QJsonObject {
        {QStringLiteral("_cls"), QStringLiteral("PaymentMethod.StripePaymentMethod")},
        {QStringLiteral("_id"), QJsonObject {{QStringLiteral("$oid"), QLatin1String(id)}}},
        {QStringLiteral("active"), true}, {QStringLiteral("name"), QStringLiteral("Stripe")},
        {QStringLiteral("card"), card},
        {QStringLiteral("setup_intent"),
            QJsonObject {
                {QStringLiteral("client_secret"), QStringLiteral("seti_SECRET_must_not_show")}}},
        {QStringLiteral("customer_id"), QStringLiteral("cus_NOT_SHOWN")},
        {QStringLiteral("created"), QJsonObject {{QStringLiteral("$date"), 1570022740224.0}}}};
}

QJsonObject card(const QJsonValue &month, const QJsonValue &year)
{
    return QJsonObject {{QStringLiteral("brand"), QStringLiteral("visa")},
        {QStringLiteral("last4"), QStringLiteral("4242")}, {QStringLiteral("exp_month"), month},
        {QStringLiteral("exp_year"), year},
        {QStringLiteral("fingerprint"), QStringLiteral("FINGERPRINT_NOT_SHOWN")},
        {QStringLiteral("country"), QStringLiteral("NO")}};
}

} // namespace

class TestPaymentMethodsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void decodeRecording();
    void decodeErrors_data();
    void decodeErrors();
    void expiry_data();
    void expiry();
    void defaultMethod();
    void nothingSecretShown();
    void customerMethods();

private:
    /// A model holding \a page, fed through the ingest path (no server).
    std::unique_ptr<PaymentMethodsModel> modelWith(const QJsonArray &page);
};

void TestPaymentMethodsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPaymentMethodsModel::cleanup()
{
    Clock::setTestTime(QDateTime());
}

std::unique_ptr<PaymentMethodsModel> TestPaymentMethodsModel::modelWith(const QJsonArray &page)
{
    auto model = std::make_unique<PaymentMethodsModel>();
    PageInfo info;
    info.total = page.size();
    info.size = 100;
    if (!model->ingestPage(model->generation(), 0, compact(page), info))
        return nullptr;
    model->flushStagedRows();
    return model;
}

void TestPaymentMethodsModel::decodeRecording()
{
    const QJsonArray recorded = recordedMethods();
    QVERIFY(!recorded.isEmpty());
    PaymentMethodRows rows;
    DecodeError error;
    QVERIFY2(rows.appendPage(compact(recorded), &error), qPrintable(error.toString()));
    QCOMPARE(rows.size(), int(recorded.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const DecodeResult<PaymentMethod> decoded
            = PaymentMethod::fromJson(recorded.at(i).toObject());
        QVERIFY(decoded.isOk());
        const PaymentMethod &pm = decoded.value();
        const PaymentMethodRow &row = rows.at(i);
        QCOMPARE(PaymentMethodRows::idText(row), pm.id().toString());
        QCOMPARE(rows.text(row.brand), pm.card().brand());
        QCOMPARE(rows.brandName(row), pm.card().brandName());
        QCOMPARE(rows.text(row.last4), pm.card().last4());
        QCOMPARE(PaymentMethodRows::expiryDate(row), pm.card().expiryDate());
        QCOMPARE(PaymentMethodRows::expiryText(row), pm.card().expiryText());
        QCOMPARE(bool(row.flags & PaymentMethodRows::Active), pm.isActive());
        QCOMPARE(bool(row.flags & PaymentMethodRows::Deleted), pm.isDeleted());
    }
}

void TestPaymentMethodsModel::decodeErrors_data()
{
    QTest::addColumn<QJsonObject>("method");
    QTest::newRow("card a text") << method("5d94a55430fea9000aa52f38", QStringLiteral("visa"));
    QTest::newRow("month not whole") << method("5d94a55430fea9000aa52f38", card(1.5, 2030));
    QTest::newRow("year not a number")
        << method("5d94a55430fea9000aa52f38", card(12, QStringLiteral("next year")));
    QTest::newRow("last4 a list") << method(
        "5d94a55430fea9000aa52f38", QJsonObject {{QStringLiteral("last4"), QJsonArray {4, 2}}});
    QJsonObject activeText = method("5d94a55430fea9000aa52f38", QJsonObject());
    activeText.insert(QStringLiteral("active"), QStringLiteral("yes"));
    QTest::newRow("active a text") << activeText;
}

void TestPaymentMethodsModel::decodeErrors()
{
    QFETCH(QJsonObject, method);
    const JsonPath root;
    const DecodeResult<PaymentMethod> decoded = PaymentMethod::fromJson(method, root.element(0));
    QVERIFY(!decoded.isOk());
    PaymentMethodRows rows;
    DecodeError error;
    QVERIFY(!rows.appendPage(compact({method}), &error));
    QCOMPARE(error.field, decoded.error().field);
    QCOMPARE(error.message, decoded.error().message);
}

void TestPaymentMethodsModel::expiry_data()
{
    QTest::addColumn<QJsonValue>("month");
    QTest::addColumn<QJsonValue>("year");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<PaymentMethodsModel::ExpiryState>("state");
    QTest::addColumn<QString>("text");

    using S = PaymentMethodsModel::ExpiryState;
    const QDate today(2026, 11, 27);
    QTest::newRow("valid for years")
        << QJsonValue(8) << QJsonValue(2031) << today << S::Valid << QStringLiteral("08/2031");
    QTest::newRow("expires end of this month") << QJsonValue(11) << QJsonValue(2026) << today
                                               << S::ExpiresSoon << QStringLiteral("11/2026");
    QTest::newRow("expires end of next month, 34 days")
        << QJsonValue(12) << QJsonValue(2026) << today << S::Valid << QStringLiteral("12/2026");
    QTest::newRow("exactly 30 days") << QJsonValue(12) << QJsonValue(2026) << QDate(2026, 12, 1)
                                     << S::ExpiresSoon << QStringLiteral("12/2026");
    QTest::newRow("31 days") << QJsonValue(12) << QJsonValue(2026) << QDate(2026, 11, 30)
                             << S::Valid << QStringLiteral("12/2026");
    QTest::newRow("last valid day") << QJsonValue(2) << QJsonValue(2028) << QDate(2028, 2, 29)
                                    << S::ExpiresSoon << QStringLiteral("02/2028");
    QTest::newRow("day after") << QJsonValue(2) << QJsonValue(2028) << QDate(2028, 3, 1)
                               << S::Expired << QStringLiteral("02/2028");
    QTest::newRow("expired last year")
        << QJsonValue(12) << QJsonValue(2025) << today << S::Expired << QStringLiteral("12/2025");
    QTest::newRow("two-digit year")
        << QJsonValue(1) << QJsonValue(27) << today << S::Valid << QStringLiteral("01/2027");
    QTest::newRow("month as text") << QJsonValue(QStringLiteral("3")) << QJsonValue(2020) << today
                                   << S::Expired << QStringLiteral("03/2020");
    QTest::newRow("month out of range")
        << QJsonValue(13) << QJsonValue(2030) << today << S::NoExpiry << QString();
    QTest::newRow("no year") << QJsonValue(5) << QJsonValue(QJsonValue::Null) << today
                             << S::NoExpiry << QString();
}

void TestPaymentMethodsModel::expiry()
{
    QFETCH(QJsonValue, month);
    QFETCH(QJsonValue, year);
    QFETCH(QDate, today);
    QFETCH(PaymentMethodsModel::ExpiryState, state);
    QFETCH(QString, text);

    const QJsonObject json = method("5d94a55430fea9000aa52f38", card(month, year));
    auto model = modelWith({json});
    QVERIFY(model);
    QAbstractItemModelTester tester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    setToday(today);
    model->refreshToday();
    QCOMPARE(model->today(), today);
    QCOMPARE(model->expiryState(0), state);
    const QModelIndex expiry = model->index(0, PaymentMethodsModel::Expiry);
    QCOMPARE(expiry.data(PaymentMethodsModel::ExpiryStateRole).toInt(), int(state));
    const QString shown = expiry.data().toString();
    QVERIFY(shown.startsWith(text));
    QCOMPARE(shown.contains(PaymentMethodsModel::tr("expired")),
        state == PaymentMethodsModel::ExpiryState::Expired);
    QCOMPARE(shown.contains(PaymentMethodsModel::tr("expires soon")),
        state == PaymentMethodsModel::ExpiryState::ExpiresSoon);
    QCOMPARE(expiry.data(Qt::ForegroundRole).isValid(),
        state == PaymentMethodsModel::ExpiryState::Expired
            || state == PaymentMethodsModel::ExpiryState::ExpiresSoon);

    // The same rules as Card, with the same today.
    const DecodeResult<PaymentMethod> decoded = PaymentMethod::fromJson(json);
    QVERIFY(decoded.isOk());
    QCOMPARE(state == PaymentMethodsModel::ExpiryState::Expired,
        decoded.value().card().isExpired(today));
    QCOMPARE(state == PaymentMethodsModel::ExpiryState::ExpiresSoon,
        decoded.value().card().expiresWithin(30, today));

    // A new day moves the marker without a reload.
    setToday(today.addYears(20));
    model->refreshToday();
    if (state != PaymentMethodsModel::ExpiryState::NoExpiry)
        QCOMPARE(model->expiryState(0), PaymentMethodsModel::ExpiryState::Expired);
}

void TestPaymentMethodsModel::defaultMethod()
{
    auto model = modelWith({method("5d94a55430fea9000aa52f38", card(1, 2030)),
        method("5d94a55430fea9000aa52f39", card(2, 2030)),
        method("5d94a55430fea9000aa52f3a", QJsonObject())});
    QVERIFY(model);
    QAbstractItemModelTester tester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->defaultRow(), -1);
    model->setDefaultPaymentMethodId(QStringLiteral("5D94A55430FEA9000AA52F39"));
    QCOMPARE(model->defaultRow(), 1);
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool isDefault = row == 1;
        QCOMPARE(model->index(row, PaymentMethodsModel::Default).data().toString().isEmpty(),
            !isDefault);
        QCOMPARE(model->index(row, PaymentMethodsModel::Brand)
                     .data(PaymentMethodsModel::IsDefaultRole)
                     .toBool(),
            isDefault);
    }
    // A method without a card shows its name.
    QCOMPARE(
        model->index(2, PaymentMethodsModel::Brand).data().toString(), QStringLiteral("Stripe"));
    QCOMPARE(model->index(2, PaymentMethodsModel::Number).data().toString(), QString());
    model->setDefaultPaymentMethodId(QString());
    QCOMPARE(model->defaultRow(), -1);
}

void TestPaymentMethodsModel::nothingSecretShown()
{
    auto model = modelWith({method("5d94a55430fea9000aa52f38", card(1, 2030))});
    QVERIFY(model);
    const QList<int> roles {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole,
        PagedTableModel::RawValueRole, PagedTableModel::IdRole, PaymentMethodsModel::FlagsRole};
    for (int column = 0; column < model->columnCount(); ++column) {
        for (const int role : roles) {
            const QString text = model->index(0, column).data(role).toString();
            QVERIFY2(!text.contains(QStringLiteral("SECRET")), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("cus_")));
            QVERIFY(!text.contains(QStringLiteral("FINGERPRINT")));
        }
    }
    QCOMPARE(model->index(0, PaymentMethodsModel::Number).data().toString(),
        PaymentMethodsModel::tr("•••• %1").arg(QStringLiteral("4242")));
    QCOMPARE(model->index(0, PaymentMethodsModel::Brand).data().toString(), QStringLiteral("Visa"));
}

void TestPaymentMethodsModel::customerMethods()
{
    TestServer server;
    TestServer::Options options;
    options.users = 40;
    options.orders = 0;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    const TestHttp::Headers auth
        = TestHttp::auth(server.credentials().apiKey, server.credentials().serviceAccountKey);

    // A customer with at least two payment methods, and their default.
    QUrl url = server.url();
    url.setPath(QStringLiteral("/payment_methods"));
    url.setQuery(QStringLiteral("size=1000"));
    QHash<QString, int> counts;
    for (const QJsonValue &value : TestHttp::get(url, auth).json().array())
        ++counts[value.toObject()
                     .value(QLatin1String("user"))
                     .toObject()
                     .value(QLatin1String("$oid"))
                     .toString()];
    QString customer;
    for (auto it = counts.cbegin(); it != counts.cend() && customer.isEmpty(); ++it) {
        if (it.value() >= 2)
            customer = it.key();
    }
    QVERIFY(!customer.isEmpty());
    url.setPath(QStringLiteral("/users/") + customer);
    url.setQuery(QString());
    const QJsonObject user = TestHttp::get(url, auth).json().object();
    const QString defaultId = user.value(QLatin1String("default_payment_method"))
                                  .toObject()
                                  .value(QLatin1String("$oid"))
                                  .toString();
    url.setPath(QStringLiteral("/users/") + customer + QStringLiteral("/payment_methods"));
    url.setQuery(QStringLiteral("size=1000"));
    const QJsonArray expected = TestHttp::get(url, auth).json().array();

    ApiClient client;
    ApiConnection connection;
    connection.baseUrl = server.url();
    connection.apiKey = server.credentials().apiKey;
    connection.bearerToken = server.credentials().serviceAccountKey;
    client.setConnection(connection);
    PaymentMethodsModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.isLoading()); // nobody's methods yet: nothing requested
    model.setScope(Scope::user(customer));
    model.setDefaultPaymentMethodId(defaultId);
    QTRY_VERIFY_WITH_TIMEOUT(
        model.isComplete() && !model.isLoading() && model.stagedCount() == 0, 30000);
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QJsonObject json = expected.at(row).toObject();
        QCOMPARE(model.paymentMethodId(row),
            json.value(QLatin1String("_id")).toObject().value(QLatin1String("$oid")).toString());
        QCOMPARE(model.index(row, PaymentMethodsModel::Number)
                     .data(PagedTableModel::RawValueRole)
                     .toString(),
            json.value(QLatin1String("card")).toObject().value(QLatin1String("last4")).toString());
        QCOMPARE(model.index(row, PaymentMethodsModel::Active)
                     .data(PagedTableModel::RawValueRole)
                     .toBool(),
            json.value(QLatin1String("active")).toBool());
    }
    if (!defaultId.isEmpty())
        QCOMPARE(model.paymentMethodId(model.defaultRow()), defaultId);
}

QTEST_MAIN(TestPaymentMethodsModel)
#include "tst_paymentmethodsmodel.moc"
