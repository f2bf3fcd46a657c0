// SPDX-License-Identifier: GPL-3.0-or-later

// PaymentsModel and Payment against the real server: every payment of a subscription in the
// server's order with its state, amount and currency, date, card and failure reason; Payment's
// tolerance of messy documents; PlanCache asks once for every plan.

#include "api/ApiClient.h"
#include "models/domain/Payment.h"
#include "models/domain/Plan.h"
#include "models/items/PaymentsModel.h"
#include "models/items/PlanCache.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

QString idOf(const QJsonObject &document)
{
    return document.value(QLatin1String("_id")).toObject().value(QLatin1String("$oid")).toString();
}

} // namespace

class TestPaymentsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void paymentDecode_data();
    void paymentDecode();
    void subscriptionPayments();
    void planCacheAsksOnce();

private:
    QJsonArray serverList(const QString &pathAndQuery) const;

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestPaymentsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 300;
    options.orders = 0;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void TestPaymentsModel::init()
{
    m_client = std::make_unique<ApiClient>();
    ApiConnection connection;
    connection.baseUrl = m_server.url();
    connection.apiKey = m_server.credentials().apiKey;
    connection.bearerToken = m_server.credentials().serviceAccountKey;
    m_client->setConnection(connection);
}

void TestPaymentsModel::cleanup()
{
    m_client.reset();
}

QJsonArray TestPaymentsModel::serverList(const QString &pathAndQuery) const
{
    const TestHttpResponse response = TestHttp::get(QUrl(m_server.url().toString() + pathAndQuery),
        TestHttp::auth(m_server.credentials().apiKey, m_server.credentials().serviceAccountKey));
    return response.status == 200 ? response.json().array() : QJsonArray();
}

void TestPaymentsModel::paymentDecode_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("amount"); // Money::toDecimalString(), empty: invalid
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("last4");
    QTest::addColumn<QString>("failure");
    const QJsonObject id {{QStringLiteral("$oid"), QStringLiteral("5d9218f71fad44000b0fb80a")}};
    QTest::newRow("failed") << QJsonObject {{QStringLiteral("_id"), id},
        {QStringLiteral("amount"), 149.5}, {QStringLiteral("currency"), QStringLiteral("NOK")},
        {QStringLiteral("current_state"), QStringLiteral("failed")},
        {QStringLiteral("card"),
            QJsonObject {{QStringLiteral("brand"), QStringLiteral("visa")},
                {QStringLiteral("last4"), QStringLiteral("4242")}}},
        {QStringLiteral("failure_code"), QStringLiteral("insufficient_funds")},
        {QStringLiteral("failure_message"), QStringLiteral("Your card has insufficient funds.")}}
                            << QStringLiteral("149.50") << QStringLiteral("NOK")
                            << QStringLiteral("4242")
                            << QStringLiteral("Your card has insufficient funds.");
    QTest::newRow("messy") << QJsonObject {{QStringLiteral("_id"), id},
        {QStringLiteral("amount"), QString()}, {QStringLiteral("currency"), QString()},
        {QStringLiteral("card"), QJsonObject()}, {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("payment_method"), id}, {QStringLiteral("subject"), QJsonObject()},
        {QStringLiteral("unknown"), QJsonArray {1, 2}}}
                           << QString() << QString() << QString() << QString();
}

void TestPaymentsModel::paymentDecode()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, last4);
    QFETCH(QString, failure);
    const DecodeResult<Payment> payment = Payment::fromJson(json);
    QVERIFY2(payment.isOk(), qPrintable(payment.error().toString()));
    QCOMPARE(payment.value().amountMoney().isValid(), !amount.isEmpty());
    if (!amount.isEmpty())
        QCOMPARE(payment.value().amountMoney().toDecimalString(), amount);
    QCOMPARE(payment.value().amountMoney().currency(), currency);
    QCOMPARE(payment.value().card().last4(), last4);
    QCOMPARE(payment.value().failureMessage(), failure);
    QCOMPARE(payment.value().toJson(), json); // every member kept as it came
}

void TestPaymentsModel::subscriptionPayments()
{
    // A subscription whose payment failed (ERROR) has failed payments with a reason.
    const QJsonArray failing = serverList(QStringLiteral("/subscriptions?status=ERROR&size=50"));
    QVERIFY(!failing.isEmpty());
    const QString id = idOf(failing.at(0).toObject());
    const QJsonArray expected
        = serverList(QStringLiteral("/subscriptions/%1/payments?size=1000").arg(id));
    QVERIFY(!expected.isEmpty());

    PaymentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &PaymentsModel::loaded);
    model.load(m_client.get(), PaymentQuery::ofSubscription(id));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(model.rowCount(), int(expected.size()));
    int failed = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QJsonObject json = expected.at(row).toObject();
        auto text = [&](int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(
            model.index(row, PaymentsModel::State).data(PaymentsModel::RawValueRole).toString(),
            json.value(QLatin1String("current_state")).toString());
        QCOMPARE(text(PaymentsModel::Amount),
            Money::fromDouble(json.value(QLatin1String("amount")).toDouble(),
                json.value(QLatin1String("currency")).toString())
                .toString(QLocale()));
        const QString last4
            = json.value(QLatin1String("card")).toObject().value(QLatin1String("last4")).toString();
        if (!last4.isEmpty())
            QVERIFY2(
                text(PaymentsModel::CardColumn).endsWith(last4), qPrintable(text(PaymentsModel::CardColumn)));
        if (json.value(QLatin1String("current_state")).toString() == QLatin1String("failed")) {
            ++failed;
            const QString message = json.value(QLatin1String("failure_message")).toString();
            QVERIFY(!message.isEmpty());
            QVERIFY(text(PaymentsModel::Failure).contains(message));
            QVERIFY(text(PaymentsModel::Failure)
                        .contains(json.value(QLatin1String("failure_code")).toString()));
        } else {
            QVERIFY(text(PaymentsModel::Failure).isEmpty());
        }
    }
    QVERIFY(failed > 0);

    // Loading again starts from nothing.
    model.load(m_client.get(), PaymentQuery::ofSubscription(id));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(model.rowCount(), int(expected.size()));
}

void TestPaymentsModel::planCacheAsksOnce()
{
    const QJsonArray plans = serverList(QStringLiteral("/plans?size=1000&include_deleted=true"));
    QVERIFY(plans.size() > 1);
    QTest::qWait(200); // the log line of the request above
    m_server.standardError();
    PlanCache cache(m_client.get());
    QSignalSpy changed(&cache, &PlanCache::plansChanged);
    const QString first = idOf(plans.at(0).toObject());
    const QString second = idOf(plans.at(1).toObject());
    cache.resolve({first});
    cache.resolve({second, first}); // while loading: no second request
    QVERIFY(changed.wait(30000));
    QVERIFY(!cache.isLoading());
    QCOMPARE(cache.planCount(), int(plans.size()));
    for (const QJsonValue &value : plans) {
        const QJsonObject json = value.toObject();
        const Plan *plan = cache.plan(idOf(json));
        QVERIFY(plan);
        QCOMPARE(plan->name(), json.value(QLatin1String("name")).toString());
        QCOMPARE(plan->price(),
            Money::fromDouble(json.value(QLatin1String("total_amount")).toDouble(),
                json.value(QLatin1String("currency")).toString()));
    }
    cache.resolve({first, second}); // known: nothing asked
    QVERIFY(!cache.isLoading());
    QTest::qWait(100);
    QByteArrayList requests;
    for (const QByteArray &line : m_server.standardError().split('\n')) {
        if (line.contains(" /plans") && line.contains("BuiltOn-Admin/"))
            requests.append(line);
    }
    QVERIFY2(requests.size() == 1, requests.join('\n').constData());

    cache.clear();
    QCOMPARE(cache.planCount(), 0);
    QVERIFY(!cache.plan(first));
}

QTEST_GUILESS_MAIN(TestPaymentsModel)
#include "tst_paymentsmodel.moc"
