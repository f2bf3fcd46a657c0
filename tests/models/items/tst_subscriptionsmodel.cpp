// SPDX-License-Identifier: GPL-3.0-or-later

// SubscriptionsModel: its row decoder against the full codec (Subscription::fromJson) on the
// recording and on messy documents, and the model against the real server: every page, the
// rows' values, status filter, deleted ones, one customer's, server-side sort.

#include "api/ApiClient.h"
#include "models/domain/Money.h"
#include "models/domain/Subscription.h"
#include "models/items/PlanCache.h"
#include "models/items/SubscriptionRows.h"
#include "models/items/SubscriptionsModel.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

using Query = QList<QPair<QString, QString>>;

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QJsonObject recordedSubscription()
{
    QFile file(testDataPath(QStringLiteral("recordings/post_subscriptions.json")));
    if (!file.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("response"))
        .toObject()
        .value(QLatin1String("body"))
        .toObject();
}

QJsonObject with(QJsonObject object, const char *key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(QLatin1String(key));
    else
        object.insert(QLatin1String(key), value);
    return object;
}

qint64 msecs(const Timestamp &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : SubscriptionRow::NoTime;
}

QString idOf(const QJsonObject &document)
{
    return document.value(QLatin1String("_id")).toObject().value(QLatin1String("$oid")).toString();
}

} // namespace

class TestSubscriptionsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void decode_data();
    void decode();
    void decodeErrors_data();
    void decodeErrors();

    void pagesToTheEnd();
    void rowsShowTheServerData();
    void statuses_data();
    void statuses();
    void oneCustomer();
    void sort_data();
    void sort();
    void namesPlansAndAmounts();

private:
    QJsonArray serverList(const QString &path, const Query &query, qint64 *total = nullptr) const;
    bool waitComplete(int timeoutMs = 30000);
    void makeModel();

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SubscriptionsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QJsonArray m_all; ///< deleted ones too
};

void TestSubscriptionsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 300;
    options.orders = 0;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_all = serverList(QStringLiteral("/subscriptions"),
        {{QStringLiteral("size"), QStringLiteral("1000")},
            {QStringLiteral("include_deleted"), QStringLiteral("true")}});
    QVERIFY(m_all.size() > 100);
}

void TestSubscriptionsModel::init()
{
    m_client = std::make_unique<ApiClient>();
    ApiConnection connection;
    connection.baseUrl = m_server.url();
    connection.apiKey = m_server.credentials().apiKey;
    connection.bearerToken = m_server.credentials().serviceAccountKey;
    m_client->setConnection(connection);
}

void TestSubscriptionsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
}

void TestSubscriptionsModel::makeModel()
{
    m_model = std::make_unique<SubscriptionsModel>(m_client.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

QJsonArray TestSubscriptionsModel::serverList(
    const QString &path, const Query &query, qint64 *total) const
{
    QUrl url = m_server.url();
    url.setPath(path);
    QStringList items;
    for (const auto &item : query)
        items.append(QString::fromLatin1(
            QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second)));
    url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    const TestHttpResponse response = TestHttp::get(url,
        TestHttp::auth(m_server.credentials().apiKey, m_server.credentials().serviceAccountKey));
    if (total)
        *total = response.header("X-Pagination-Total").toLongLong();
    return response.status == 200 ? response.json().array() : QJsonArray();
}

bool TestSubscriptionsModel::waitComplete(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            return m_model->isComplete() && !m_model->isLoading() && m_model->stagedCount() == 0;
        },
        timeoutMs);
}

void TestSubscriptionsModel::decode_data()
{
    QTest::addColumn<QJsonObject>("subscription");

    const QJsonObject recorded = recordedSubscription();
    QTest::newRow("recorded") << recorded;
    QTest::newRow("expanded plan") << with(recorded, "plan",
        QJsonObject {
            {QStringLiteral("_id"),
                QJsonObject {{QStringLiteral("$oid"), QStringLiteral("5d975251d61310000bbbb68f")}}},
            {QStringLiteral("name"), QStringLiteral("Gold")}});
    QTest::newRow("plan as bare id")
        << with(recorded, "plan", QStringLiteral("5d975251d61310000bbbb68f"));
    QTest::newRow("no plan") << with(recorded, "plan", QJsonValue::Null);
    QTest::newRow("amount as text")
        << with(recorded, "last_billing_amount", QStringLiteral("99.5"));
    QTest::newRow("amount missing") << with(recorded, "last_billing_amount", QJsonValue::Undefined);
    QTest::newRow("trial as text") << with(recorded, "trial", QStringLiteral("true"));
    QTest::newRow("unknown status") << with(recorded, "status", QStringLiteral("PAUSED"));
    QTest::newRow("dates in other forms")
        << with(with(recorded, "starting_date", QStringLiteral("2019-10-25T12:33:39Z")),
               "ending_date", 1572006819589.0);
    QTest::newRow("user expanded") << with(recorded, "user",
        QJsonObject {{QStringLiteral("$oid"), QStringLiteral("5d9218f71fad44000b0fb80a")},
            {QStringLiteral("first_name"), QStringLiteral("Kari")}});
    const QJsonObject userId {{QStringLiteral("$oid"), QStringLiteral("5d9218f71fad44000b0fb80a")}};
    QTest::newRow("user as the server embeds it") << with(recorded, "user",
        QJsonObject {{QStringLiteral("$oid"), QStringLiteral("5d9218f71fad44000b0fb80a")},
            {QStringLiteral("_id"), userId}, {QStringLiteral("human_id"), QStringLiteral("ZQK3YW")},
            {QStringLiteral("first_name"), QStringLiteral("Ola")},
            {QStringLiteral("last_name"), QStringLiteral("Jørgensen")},
            {QStringLiteral("email"), QStringLiteral("ola@example.no")},
            {QStringLiteral("shoe_size"), 44}});
    QTest::newRow("user unexpanded") << with(recorded, "user", userId);
    QTest::newRow("user {}") << with(recorded, "user", QJsonObject());
    QTest::newRow("user empty string") << with(recorded, "user", QString());
    QTest::newRow("user with an email only") << with(recorded, "user",
        QJsonObject {{QStringLiteral("$oid"), QStringLiteral("5d9218f71fad44000b0fb80a")},
            {QStringLiteral("first_name"), QString()},
            {QStringLiteral("email"), QStringLiteral("kari@example.no")}});
    QTest::newRow("user names of the wrong type") << with(recorded, "user",
        QJsonObject {{QStringLiteral("$oid"), QStringLiteral("5d9218f71fad44000b0fb80a")},
            {QStringLiteral("first_name"), 7}, {QStringLiteral("last_name"), QJsonObject()},
            {QStringLiteral("human_id"), QStringLiteral("R6ZJ8B")}});
    QTest::newRow("failed payments")
        << with(with(with(recorded, "total_fail_attempts", 3), "total_payment_retries", 2),
               "is_retrying_payment", true);
    QTest::newRow("failed payments empty")
        << with(with(recorded, "total_fail_attempts", QString()), "is_retrying_payment", QString());
    QTest::newRow("unknown fields") << with(with(recorded, "mood", QJsonArray {QJsonObject()}),
        "future", QJsonObject {{QStringLiteral("x"), 1}});
}

void TestSubscriptionsModel::decode()
{
    QFETCH(QJsonObject, subscription);
    QVERIFY(!subscription.isEmpty());
    SubscriptionRows rows;
    DecodeError error;
    QVERIFY2(rows.appendPage(compact({subscription, subscription}), &error),
        qPrintable(error.toString()));
    QCOMPARE(rows.size(), 2);
    const DecodeResult<Subscription> decoded = Subscription::fromJson(subscription);
    QVERIFY(decoded.isOk());
    const Subscription &s = decoded.value();
    const SubscriptionRow &row = rows.at(1);
    QCOMPARE(SubscriptionRows::idText(row), s.id().toString());
    QCOMPARE(rows.text(row.humanId), s.humanId());
    QCOMPARE(rows.text(row.name), s.name());
    QCOMPARE(rows.status(row), s.status());
    QCOMPARE(SubscriptionRows::planIdText(row), s.planId().toString());
    QCOMPARE(SubscriptionRows::userIdText(row), s.userId().toString());
    QCOMPARE(bool(row.flags & SubscriptionRows::Trial), s.isTrial());
    QCOMPARE(bool(row.flags & SubscriptionRows::Active), s.isActive());
    QCOMPARE(bool(row.flags & SubscriptionRows::Infinite), s.isInfinite());
    QCOMPARE(bool(row.flags & SubscriptionRows::Deleted), s.isDeleted());
    QCOMPARE(bool(row.flags & SubscriptionRows::HasLastBilling), s.hasLastBillingAmount());
    QCOMPARE(row.lastBillingAmount, s.lastBillingAmount());
    QCOMPARE(row.startingDate, msecs(s.startingDate()));
    QCOMPARE(row.endingDate, msecs(s.endingDate()));
    QCOMPARE(row.periodStart, msecs(s.currentPeriodStart()));
    QCOMPARE(row.periodEnd, msecs(s.currentPeriodEnd()));
    QCOMPARE(row.created, msecs(s.created()));
    QCOMPARE(rows.customerName(row), s.customer().displayName());
    QCOMPARE(rows.customerEmail(row), s.customer().email);
    QCOMPARE(rows.customerHumanId(row), s.customer().humanId);
    QCOMPARE(int(row.failAttempts), s.totalFailAttempts());
    QCOMPARE(int(row.paymentRetries), s.totalPaymentRetries());
    QCOMPARE(bool(row.flags & SubscriptionRows::RetryingPayment), s.isRetryingPayment());
    const QJsonValue plan = subscription.value(QLatin1String("plan"));
    if (plan.isObject() && plan.toObject().contains(QLatin1String("name")))
        QCOMPARE(rows.plan(row), plan.toObject().value(QLatin1String("name")).toString());
    else
        QCOMPARE(rows.plan(row), s.planId().toString());
}

void TestSubscriptionsModel::decodeErrors_data()
{
    QTest::addColumn<QJsonObject>("subscription");
    const QJsonObject recorded = recordedSubscription();
    QTest::newRow("id missing") << with(recorded, "_id", QJsonValue::Undefined);
    QTest::newRow("name a list") << with(recorded, "name", QJsonArray {1});
    QTest::newRow("plan not an id") << with(recorded, "plan", QStringLiteral("gold"));
    QTest::newRow("trial not a boolean") << with(recorded, "trial", QStringLiteral("often"));
    QTest::newRow("amount not a number")
        << with(recorded, "last_billing_amount", QStringLiteral("lots"));
    QTest::newRow("two errors") << with(
        with(recorded, "deleted", 3), "starting_date", QStringLiteral("soon"));
}

void TestSubscriptionsModel::decodeErrors()
{
    QFETCH(QJsonObject, subscription);
    const JsonPath root;
    const DecodeResult<Subscription> decoded
        = Subscription::fromJson(subscription, root.element(1));
    QVERIFY(!decoded.isOk());
    SubscriptionRows rows;
    DecodeError error;
    QVERIFY(!rows.appendPage(compact({recordedSubscription(), subscription}), &error));
    QCOMPARE(error.field, decoded.error().field);
    QCOMPARE(error.message, decoded.error().message);
    QCOMPARE(rows.size(), 0);
}

void TestSubscriptionsModel::pagesToTheEnd()
{
    makeModel();
    QVERIFY(waitComplete());
    qint64 total = -1;
    const QJsonArray visible = serverList(QStringLiteral("/subscriptions"),
        {{QStringLiteral("size"), QStringLiteral("1000")}}, &total);
    QCOMPARE(m_model->totalCount(), total);
    QCOMPARE(m_model->rowCount(), int(visible.size()));
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->subscriptionId(row), idOf(visible.at(row).toObject()));
    QVERIFY(visible.size() < m_all.size());
}

void TestSubscriptionsModel::rowsShowTheServerData()
{
    makeModel();
    m_model->setIncludeDeleted(true);
    QVERIFY(waitComplete());
    QCOMPARE(m_model->rowCount(), int(m_all.size()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QJsonObject json = m_all.at(row).toObject();
        auto raw = [&](int column) {
            return m_model->index(row, column).data(PagedTableModel::RawValueRole);
        };
        auto date = [&json](const char *key) {
            const QJsonValue value = json.value(QLatin1String(key));
            return value.isObject() ? QVariant(QDateTime::fromMSecsSinceEpoch(
                       qint64(value.toObject().value(QLatin1String("$date")).toDouble()), Qt::UTC))
                                    : QVariant();
        };
        QCOMPARE(m_model->subscriptionId(row), idOf(json));
        QCOMPARE(
            raw(SubscriptionsModel::Name).toString(), json.value(QLatin1String("name")).toString());
        QCOMPARE(raw(SubscriptionsModel::Status).toString(),
            json.value(QLatin1String("status")).toString());
        QCOMPARE(raw(SubscriptionsModel::Start), date("starting_date"));
        QCOMPARE(raw(SubscriptionsModel::End), date("ending_date"));
        QCOMPARE(raw(SubscriptionsModel::CurrentPeriod), date("current_billing_date_period_start"));
        QCOMPARE(
            raw(SubscriptionsModel::Trial).toBool(), json.value(QLatin1String("trial")).toBool());
        if (json.contains(QLatin1String("last_billing_amount")))
            QCOMPARE(raw(SubscriptionsModel::LastBilling).toDouble(),
                json.value(QLatin1String("last_billing_amount")).toDouble());
        else
            QVERIFY(!raw(SubscriptionsModel::LastBilling).isValid());
        QCOMPARE(m_model->customerId(row),
            json.value(QLatin1String("user")).toObject().value(QLatin1String("$oid")).toString());
        const bool infinite = json.value(QLatin1String("infinite")).toBool();
        if (infinite && !json.contains(QLatin1String("ending_date")))
            QCOMPARE(m_model->index(row, SubscriptionsModel::End).data().toString(),
                SubscriptionsModel::tr("No end"));
        QCOMPARE(bool(m_model->subscriptionFlags(row) & SubscriptionRows::Deleted),
            json.value(QLatin1String("deleted")).toBool());
    }
}

void TestSubscriptionsModel::statuses_data()
{
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<bool>("includeDeleted");
    QTest::newRow("active") << QStringList {QStringLiteral("ACTIVE")} << false;
    QTest::newRow("canceled or error, deleted too")
        << QStringList {QStringLiteral("CANCELED"), QStringLiteral("ERROR")} << true;
    QTest::newRow("unknown") << QStringList {QStringLiteral("PAUSED")} << false;
}

void TestSubscriptionsModel::statuses()
{
    QFETCH(QStringList, statuses);
    QFETCH(bool, includeDeleted);
    makeModel();
    QSignalSpy applied(m_model.get(), &SubscriptionsModel::queryApplied);
    m_model->setStatuses(statuses);
    m_model->setIncludeDeleted(includeDeleted);
    QCOMPARE(applied.count(), includeDeleted ? 2 : 1);
    m_model->setStatuses(statuses); // unchanged: no new query
    QCOMPARE(applied.count(), includeDeleted ? 2 : 1);
    QVERIFY(waitComplete());
    QStringList expected;
    for (const QJsonValue &value : std::as_const(m_all)) {
        const QJsonObject json = value.toObject();
        if (!includeDeleted && json.value(QLatin1String("deleted")).toBool())
            continue;
        if (statuses.contains(json.value(QLatin1String("status")).toString()))
            expected.append(idOf(json));
    }
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->subscriptionId(row));
    QCOMPARE(ids, expected);
    QCOMPARE(ids.isEmpty(), statuses.contains(QStringLiteral("PAUSED")));
}

void TestSubscriptionsModel::oneCustomer()
{
    const QString customer = m_all.at(3)
                                 .toObject()
                                 .value(QLatin1String("user"))
                                 .toObject()
                                 .value(QLatin1String("$oid"))
                                 .toString();
    makeModel();
    m_model->setIncludeDeleted(true);
    m_model->setScope(Scope::user(customer));
    QVERIFY(waitComplete());
    const QJsonArray expected
        = serverList(QStringLiteral("/users/") + customer + QStringLiteral("/subscriptions"),
            {{QStringLiteral("size"), QStringLiteral("1000")},
                {QStringLiteral("include_deleted"), QStringLiteral("true")}});
    QVERIFY(!expected.isEmpty());
    QCOMPARE(m_model->rowCount(), int(expected.size()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->subscriptionId(row), idOf(expected.at(row).toObject()));
        QCOMPARE(m_model->customerId(row), customer);
    }
}

void TestSubscriptionsModel::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("sort");
    QTest::newRow("name") << int(SubscriptionsModel::Name) << QStringLiteral("name");
    QTest::newRow("status") << int(SubscriptionsModel::Status) << QStringLiteral("status");
    QTest::newRow("start") << int(SubscriptionsModel::Start) << QStringLiteral("starting_date");
    QTest::newRow("end") << int(SubscriptionsModel::End) << QStringLiteral("ending_date");
    QTest::newRow("human id") << int(SubscriptionsModel::HumanId) << QStringLiteral("human_id");
}

void TestSubscriptionsModel::sort()
{
    QFETCH(int, column);
    QFETCH(QString, sort);
    makeModel();
    m_model->sort(column, Qt::AscendingOrder);
    QVERIFY(waitComplete());
    QCOMPARE(m_model->appliedQuery().sort, sort);
    const QJsonArray expected = serverList(QStringLiteral("/subscriptions"),
        {{QStringLiteral("size"), QStringLiteral("1000")}, {QStringLiteral("sort"), sort}});
    QCOMPARE(m_model->rowCount(), int(expected.size()));
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->subscriptionId(row), idOf(expected.at(row).toObject()));
    QVERIFY(!m_model->isSortable(SubscriptionsModel::Plan));
}

QTEST_MAIN(TestSubscriptionsModel)
#include "tst_subscriptionsmodel.moc"

// The customer's name from the embedded user, the plan's name and the amount in the plan's
// currency from one GET /plans for every page (counted in the server's access log).
void TestSubscriptionsModel::namesPlansAndAmounts()
{
    QHash<QString, QJsonObject> plans;
    for (const QJsonValue &plan : serverList(QStringLiteral("/plans"),
             {{QStringLiteral("size"), QStringLiteral("1000")},
                 {QStringLiteral("include_deleted"), QStringLiteral("true")}}))
        plans.insert(idOf(plan.toObject()), plan.toObject());
    QVERIFY(plans.size() > 1);

    QTest::qWait(200); // the log lines of the requests above
    m_server.standardError(); // forget them
    PlanCache cache(m_client.get());
    makeModel();
    m_model->setPageSize(50); // several pages, one plan request
    m_model->setPlanCache(&cache);
    QVERIFY(waitComplete());
    QTRY_VERIFY_WITH_TIMEOUT(!cache.isLoading() && cache.planCount() > 0, 30000);
    QVERIFY(m_model->rowCount() > 100);

    QHash<QString, QJsonObject> unlisted;
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : std::as_const(m_all))
        byId.insert(idOf(value.toObject()), value.toObject());
    int named = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QJsonObject json = byId.value(m_model->subscriptionId(row));
        QVERIFY(!json.isEmpty());
        const QJsonObject user = json.value(QLatin1String("user")).toObject();
        const QString name = QStringList {user.value(QLatin1String("first_name")).toString(),
            user.value(QLatin1String("last_name")).toString()}
                                 .join(QLatin1Char(' '))
                                 .trimmed();
        QVERIFY2(!name.isEmpty(), "the server embeds the customer's name");
        auto text = [&](int column) {
            return m_model->index(row, column).data().toString();
        };
        QCOMPARE(text(SubscriptionsModel::Customer), name);
        const QString planId
            = json.value(QLatin1String("plan")).toObject().value(QLatin1String("$oid")).toString();
        QVERIFY(!planId.isEmpty());
        if (!plans.contains(planId) && !unlisted.contains(planId)) {
            // Not among GET /plans: asked for by itself; shown by name when it exists.
            unlisted.insert(planId,
                TestHttp::get(QUrl(m_server.url().toString() + QStringLiteral("/plans/") + planId),
                    TestHttp::auth(
                        m_server.credentials().apiKey, m_server.credentials().serviceAccountKey))
                    .json()
                    .object());
        }
        const QJsonObject plan = plans.value(planId, unlisted.value(planId));
        QTRY_COMPARE_WITH_TIMEOUT(text(SubscriptionsModel::Plan),
            plan.isEmpty() ? planId : plan.value(QLatin1String("name")).toString(), 30000);
        if (plan.isEmpty())
            continue;
        if (json.contains(QLatin1String("last_billing_amount"))) {
            const QString currency = plan.value(QLatin1String("currency")).toString();
            QVERIFY(!currency.isEmpty());
            QCOMPARE(text(SubscriptionsModel::LastBilling),
                Money::fromDouble(
                    json.value(QLatin1String("last_billing_amount")).toDouble(), currency)
                    .toString(QLocale()));
            QVERIFY(text(SubscriptionsModel::LastBilling).endsWith(currency));
        }
        const int failed = json.value(QLatin1String("total_fail_attempts")).toInt();
        QCOMPARE(m_model->index(row, SubscriptionsModel::FailedPayments)
                     .data(PagedTableModel::RawValueRole)
                     .toInt(),
            failed);
        if (json.value(QLatin1String("is_retrying_payment")).toBool())
            QVERIFY(
                text(SubscriptionsModel::FailedPayments).startsWith(QLocale().toString(failed)));
        ++named;
    }
    QCOMPARE(named, m_model->rowCount());

    QTest::qWait(200); // the log lines are written after the answers
    const QList<QByteArray> log = m_server.standardError().split('\n');
    int planLists = 0;
    int planReads = 0;
    int subscriptionPages = 0;
    for (const QByteArray &line : log) {
        if (!line.contains("BuiltOn-Admin/"))
            continue;
        planLists += line.contains(" /plans?") ? 1 : 0;
        planReads += line.contains(" /plans/") ? 1 : 0;
        subscriptionPages += line.contains(" /subscriptions?") ? 1 : 0;
    }
    QVERIFY(subscriptionPages > 1);
    QCOMPARE(planLists, 1); // one list for every page
    QCOMPARE(planReads, int(unlisted.size())); // and each plan it did not have, once
}
