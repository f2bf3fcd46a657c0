// SPDX-License-Identifier: GPL-3.0-or-later

// OrdersModel against the real builton-server: paging to the end, the rows' values, date
// ranges (presets against an injected "today", each date field, time zones with DST), status
// filters, one customer's orders, server-side sort, deleted orders, the totals per currency
// (in the model and through OrderTotalsPager) and a query replaced while pages are in flight.
// Every expectation comes from plain HTTP (TestHttp) and the test's own arithmetic.

#include "api/ApiClient.h"
#include "models/Clock.h"
#include "models/items/OrdersModel.h"
#include "models/jobs/OrderTotalsPager.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <memory>

namespace {

using Query = TestHttp::Query;

using ServerList = TestHttpList;

QString idOf(const QJsonObject &document)
{
    return document.value(QLatin1String("_id")).toObject().value(QLatin1String("$oid")).toString();
}

qint64 dateOf(const QJsonObject &document, const char *key)
{
    const QJsonValue value = document.value(QLatin1String(key));
    if (!value.isObject())
        return std::numeric_limits<qint64>::min();
    return qint64(value.toObject().value(QLatin1String("$date")).toDouble());
}

QStringList modelIds(const OrdersModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.orderId(row));
    return ids;
}

/// First second of \a day in \a zone, computed independently of DateRange: the earliest
/// second whose local date is \a day.
qint64 dayStart(QDate day, const QTimeZone &zone)
{
    // Local midnight may not exist (a DST gap at 00:00); step forward by minutes until it does.
    for (int minutes = 0; minutes < 180; ++minutes) {
        const QDateTime local(day, QTime(0, 0).addSecs(minutes * 60), zone);
        if (local.isValid() && local.date() == day
            && local.time() == QTime(0, 0).addSecs(minutes * 60))
            return local.toSecsSinceEpoch();
    }
    return QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
}

} // namespace

Q_DECLARE_METATYPE(DateRange)
Q_DECLARE_METATYPE(DateField)

class TestOrdersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pagesToTheEnd();
    void rowsShowTheServerData();
    void dateRanges_data();
    void dateRanges();
    void relativePresetStaysRelative();
    void statuses_data();
    void statuses();
    void oneCustomer();
    void sort_data();
    void sort();
    void includeDeleted();
    void totals_data();
    void totals();
    void totalsPager();
    void totalsPagerCancel();
    void newFilterWhilePageInFlight();
    void failureAndRetry();

private:
    ServerList serverList(const QString &path, const Query &query) const;
    /// Every order matching \a filter from \a all, by the test's own reading of the rules.
    QStringList expectedIds(const QJsonArray &all, const QString &dateField,
        std::optional<qint64> from, std::optional<qint64> to) const;
    bool waitComplete(int timeoutMs = 60000);
    void makeModel();
    /// Sets the Clock to noon of \a day in \a zone, so that Clock::today(zone) is \a day.
    static void setToday(QDate day, const QTimeZone &zone = QTimeZone::systemTimeZone());

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QJsonArray m_visible; ///< every order not deleted, newest first
    QJsonArray m_all; ///< deleted ones too
    QDate m_today; ///< a day inside the seeded data, for the presets
};

void TestOrdersModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 120;
    options.orders = 1400;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));

    auto all = [this](bool deleted) {
        QJsonArray orders;
        for (int page = 0;; ++page) {
            Query query {{QStringLiteral("size"), QStringLiteral("1000")},
                {QStringLiteral("page"), QString::number(page)}};
            if (deleted)
                query.append({QStringLiteral("include_deleted"), QStringLiteral("true")});
            const ServerList list = serverList(QStringLiteral("/orders"), query);
            if (list.status != 200 || list.items.isEmpty())
                break;
            for (const QJsonValue &order : list.items)
                orders.append(order);
        }
        return orders;
    };
    m_visible = all(false);
    m_all = all(true);
    QVERIFY(m_visible.size() > 1000);
    QVERIFY(m_all.size() > m_visible.size());
    // "Today" = the day of an order near the middle, in the test's time zone (Europe/Oslo).
    m_today = QDateTime::fromMSecsSinceEpoch(
        dateOf(m_visible.at(m_visible.size() / 3).toObject(), "created"), Qt::LocalTime)
                  .date();
}

void TestOrdersModel::init()
{
    m_client = std::make_unique<ApiClient>();
    ApiConnection connection;
    connection.baseUrl = m_server.url();
    connection.apiKey = m_server.credentials().apiKey;
    connection.bearerToken = m_server.credentials().serviceAccountKey;
    m_client->setConnection(connection);
}

void TestOrdersModel::cleanup()
{
    Clock::setTestTime(QDateTime());
    m_tester.reset();
    m_model.reset();
    m_client.reset();
}

void TestOrdersModel::makeModel()
{
    m_model = std::make_unique<OrdersModel>(m_client.get());
    setToday(m_today);
    // The tester calls fetchMore() after every change, as a view scrolled to the end would.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestOrdersModel::setToday(QDate day, const QTimeZone &zone)
{
    Clock::setTestTime(QDateTime(day, QTime(12, 0), zone).toUTC());
}

ServerList TestOrdersModel::serverList(const QString &path, const Query &query) const
{
    return TestHttp::getList(m_server.url(), path, query,
        TestHttp::auth(m_server.credentials().apiKey, m_server.credentials().serviceAccountKey));
}

QStringList TestOrdersModel::expectedIds(const QJsonArray &all, const QString &dateField,
    std::optional<qint64> from, std::optional<qint64> to) const
{
    // docs/API.md: from_date <= t < to_date + 1, t in seconds with its milliseconds.
    QStringList ids;
    for (const QJsonValue &value : all) {
        const QJsonObject order = value.toObject();
        const qint64 ms = dateOf(order, qPrintable(dateField));
        if ((from || to) && ms == std::numeric_limits<qint64>::min())
            continue;
        if (from && ms < *from * 1000)
            continue;
        if (to && ms >= (*to + 1) * 1000)
            continue;
        ids.append(idOf(order));
    }
    return ids;
}

bool TestOrdersModel::waitComplete(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            return m_model->isComplete() && !m_model->isLoading() && m_model->stagedCount() == 0;
        },
        timeoutMs);
}

void TestOrdersModel::pagesToTheEnd()
{
    makeModel();
    QVERIFY(m_model->isLoading());
    QVERIFY(waitComplete());
    QCOMPARE(m_model->totalCount(), qint64(m_visible.size()));
    QCOMPARE(m_model->rowCount(), int(m_visible.size()));
    QStringList ids;
    for (const QJsonValue &order : std::as_const(m_visible))
        ids.append(idOf(order.toObject()));
    QCOMPARE(modelIds(*m_model), ids);
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QVERIFY(!m_model->hasFailed());
    QVERIFY(m_model->hasAllTotals());
}

void TestOrdersModel::rowsShowTheServerData()
{
    makeModel();
    OrderFilter filter;
    filter.includeDeleted = true;
    m_model->setFilter(filter);
    QVERIFY(waitComplete());
    QCOMPARE(m_model->rowCount(), int(m_all.size()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QJsonObject order = m_all.at(row).toObject();
        auto raw = [&](int column) {
            return m_model->index(row, column).data(PagedTableModel::RawValueRole);
        };
        QCOMPARE(m_model->orderId(row), idOf(order));
        QCOMPARE(raw(OrdersModel::HumanId).toString(),
            order.value(QLatin1String("human_id")).toString());
        const QJsonObject user = order.value(QLatin1String("user")).toObject();
        const QString name = QString(user.value(QLatin1String("first_name")).toString()
            + QLatin1Char(' ') + user.value(QLatin1String("last_name")).toString())
                                 .trimmed();
        QCOMPARE(raw(OrdersModel::Customer).toString(),
            name.isEmpty() ? user.value(QLatin1String("email")).toString() : name);
        QCOMPARE(m_model->customerId(row), user.value(QLatin1String("$oid")).toString());
        QCOMPARE(raw(OrdersModel::Created).toDateTime(),
            QDateTime::fromMSecsSinceEpoch(dateOf(order, "created"), Qt::UTC));
        QCOMPARE(raw(OrdersModel::Modified).toDateTime(),
            QDateTime::fromMSecsSinceEpoch(dateOf(order, "modified"), Qt::UTC));
        if (order.contains(QLatin1String("delivery_time")))
            QCOMPARE(raw(OrdersModel::DeliveryTime).toDateTime(),
                QDateTime::fromMSecsSinceEpoch(dateOf(order, "delivery_time"), Qt::UTC));
        else
            QVERIFY(!raw(OrdersModel::DeliveryTime).isValid());
        QCOMPARE(raw(OrdersModel::OrderStatus).toString(),
            order.value(QLatin1String("order_status")).toString());
        QCOMPARE(raw(OrdersModel::DeliveryStatus).toString(),
            order.value(QLatin1String("delivery_status")).toString());
        QCOMPARE(raw(OrdersModel::Items).toDouble(),
            order.value(QLatin1String("total_quantity")).toDouble());
        // The total, exact: amounts are whole cents.
        const double amount = order.value(QLatin1String("total_amount")).toDouble();
        const Money money
            = m_model->index(row, OrdersModel::Total).data(OrdersModel::MoneyRole).value<Money>();
        QCOMPARE(money.units(), std::llround(amount * 100) * 100);
        QCOMPARE(money.currency(), order.value(QLatin1String("currency")).toString());
        QCOMPARE(
            m_model->index(row, OrdersModel::Total).data().toString(), money.toString(QLocale()));
        const bool deleted = order.value(QLatin1String("deleted")).toBool();
        QCOMPARE(bool(m_model->orderFlags(row) & OrderRows::Deleted), deleted);
        QCOMPARE(
            m_model->index(row, OrdersModel::HumanId).data(Qt::ForegroundRole).isValid(), deleted);
    }
}

void TestOrdersModel::dateRanges_data()
{
    QTest::addColumn<DateRange>("range");
    QTest::addColumn<DateField>("field");
    QTest::addColumn<QString>("zone");

    const QString oslo = QStringLiteral("Europe/Oslo");
    for (const DateRange::Preset preset : DateRange::presets())
        QTest::addRow("%s, created", qPrintable(DateRange::presetName(preset)))
            << DateRange::fromPreset(preset) << DateField::Created << oslo;
    QTest::newRow("last 30 days, modified")
        << DateRange::fromPreset(DateRange::Preset::Last30Days) << DateField::Modified << oslo;
    QTest::newRow("last month, delivery time")
        << DateRange::fromPreset(DateRange::Preset::LastMonth) << DateField::DeliveryTime << oslo;
    QTest::newRow("this year, delivery time")
        << DateRange::fromPreset(DateRange::Preset::ThisYear) << DateField::DeliveryTime << oslo;
    QTest::newRow("last 7 days, New York")
        << DateRange::fromPreset(DateRange::Preset::Last7Days) << DateField::Created
        << QStringLiteral("America/New_York");
    QTest::newRow("last 30 days, Kiritimati (UTC+14)")
        << DateRange::fromPreset(DateRange::Preset::Last30Days) << DateField::Created
        << QStringLiteral("Pacific/Kiritimati");
    QTest::newRow("last 30 days, UTC") << DateRange::fromPreset(DateRange::Preset::Last30Days)
                                       << DateField::Created << QStringLiteral("UTC");
    // Custom ranges over the DST changes of the seeded period (Europe: last Sunday of March and
    // of October), open ends and one single day.
    const QDate today = QDate::currentDate();
    for (int year : {today.year() - 1, today.year()}) {
        QDate march(year, 3, 31);
        while (march.dayOfWeek() != Qt::Sunday)
            march = march.addDays(-1);
        QDate october(year, 10, 31);
        while (october.dayOfWeek() != Qt::Sunday)
            october = october.addDays(-1);
        QTest::addRow("DST spring %d", year)
            << DateRange::custom(march, march) << DateField::Created << oslo;
        QTest::addRow("DST autumn %d", year)
            << DateRange::custom(october.addDays(-1), october) << DateField::Created << oslo;
        QTest::addRow("DST autumn %d, delivery time", year)
            << DateRange::custom(october, october.addDays(1)) << DateField::DeliveryTime << oslo;
    }
    QTest::newRow("open start") << DateRange::custom(QDate(), today.addDays(-200))
                                << DateField::Created << oslo;
    QTest::newRow("open end") << DateRange::custom(today.addDays(-20), QDate())
                              << DateField::Modified << oslo;
    QTest::newRow("reversed dates")
        << DateRange::custom(today.addDays(-40), today.addDays(-60)) << DateField::Created << oslo;
    QTest::newRow("month end to year start")
        << DateRange::custom(QDate(today.year() - 1, 12, 31), QDate(today.year(), 1, 1))
        << DateField::Created << oslo;
    QTest::newRow("far future") << DateRange::custom(today.addYears(5), today.addYears(6))
                                << DateField::Created << oslo;
}

void TestOrdersModel::dateRanges()
{
    QFETCH(DateRange, range);
    QFETCH(DateField, field);
    QFETCH(QString, zone);
    const QTimeZone timeZone(zone.toLatin1());
    QVERIFY(timeZone.isValid());

    makeModel();
    setToday(m_today, timeZone);
    m_model->setTimeZone(timeZone);
    OrderFilter filter;
    filter.range = range;
    filter.dateField = field;
    m_model->setFilter(filter);
    QVERIFY(waitComplete());

    // The days, computed by the test: the presets' rules, applied to the injected today.
    const DateRange::Resolved days = range.resolve(m_today, timeZone);
    std::optional<qint64> from;
    std::optional<qint64> to;
    if (days.firstDay.isValid())
        from = dayStart(days.firstDay, timeZone);
    if (days.lastDay.isValid())
        to = dayStart(days.lastDay.addDays(1), timeZone) - 1;
    const OrderQuery applied = m_model->appliedQuery();
    QCOMPARE(applied.fromDate, from);
    QCOMPARE(applied.toDate, to);
    QCOMPARE(applied.dateField, dateFieldKey(field));

    // What the server answers to the same seconds, queried directly ...
    Query query {{QStringLiteral("size"), QStringLiteral("1000")},
        {QStringLiteral("date_field"), dateFieldKey(field)}};
    if (from)
        query.append({QStringLiteral("from_date"), QString::number(*from)});
    if (to)
        query.append({QStringLiteral("to_date"), QString::number(*to)});
    QStringList serverIds;
    qint64 serverTotal = -1;
    for (int page = 0;; ++page) {
        Query paged = query;
        paged.append({QStringLiteral("page"), QString::number(page)});
        const ServerList list = serverList(QStringLiteral("/orders"), paged);
        QCOMPARE(list.status, 200);
        serverTotal = list.total;
        if (list.items.isEmpty())
            break;
        serverIds += list.ids();
    }
    QCOMPARE(m_model->totalCount(), serverTotal);
    QCOMPARE(modelIds(*m_model), serverIds);
    // ... and what the rules select from every order.
    QCOMPARE(modelIds(*m_model), expectedIds(m_visible, dateFieldKey(field), from, to));
}

void TestOrdersModel::relativePresetStaysRelative()
{
    makeModel();
    OrderFilter filter;
    filter.range = DateRange::fromPreset(DateRange::Preset::Last7Days);
    m_model->setFilter(filter);
    QVERIFY(waitComplete());
    const QStringList before = modelIds(*m_model);
    const OrderQuery first = m_model->appliedQuery();

    // A week later, the same filter means other days; refresh() resolves it again.
    m_today = m_today.addDays(7);
    setToday(m_today);
    QCOMPARE(m_model->appliedQuery().fromDate, first.fromDate); // until asked
    m_model->refresh();
    QVERIFY(waitComplete());
    const OrderQuery second = m_model->appliedQuery();
    QVERIFY(second.fromDate && first.fromDate && *second.fromDate > *first.fromDate);
    QVERIFY(*second.fromDate > *first.toDate);
    QCOMPARE(modelIds(*m_model),
        expectedIds(m_visible, QStringLiteral("created"), second.fromDate, second.toDate));
    QVERIFY(modelIds(*m_model) != before || before.isEmpty());
    m_today = m_today.addDays(-7);
}

void TestOrdersModel::statuses_data()
{
    QTest::addColumn<QStringList>("orderStatus");
    QTest::addColumn<QStringList>("deliveryStatus");

    QTest::newRow("failed") << QStringList {QStringLiteral("FAILED")} << QStringList();
    QTest::newRow("created or failed")
        << QStringList {QStringLiteral("CREATED"), QStringLiteral("FAILED")} << QStringList();
    QTest::newRow("delivery in progress")
        << QStringList() << QStringList {QStringLiteral("IN_PROGRESS")};
    QTest::newRow("success, delivery pending or accepted")
        << QStringList {QStringLiteral("SUCCESS")}
        << QStringList {QStringLiteral("PENDING"), QStringLiteral("ACCEPTED")};
    QTest::newRow("unknown status") << QStringList {QStringLiteral("ON_HOLD")} << QStringList();
    QTest::newRow("blanks and duplicates") << QStringList {QStringLiteral(" DONE "),
        QStringLiteral("DONE"), QString()} << QStringList();
}

void TestOrdersModel::statuses()
{
    QFETCH(QStringList, orderStatus);
    QFETCH(QStringList, deliveryStatus);

    makeModel();
    OrderFilter filter;
    filter.range = DateRange::fromPreset(DateRange::Preset::ThisYear);
    filter.orderStatuses = orderStatus;
    filter.deliveryStatuses = deliveryStatus;
    m_model->setFilter(filter);
    QVERIFY(waitComplete());

    const OrderQuery applied = m_model->appliedQuery();
    QStringList expected;
    for (const QJsonValue &value : std::as_const(m_visible)) {
        const QJsonObject order = value.toObject();
        const qint64 created = dateOf(order, "created") / 1000;
        if (created < *applied.fromDate || created > *applied.toDate)
            continue;
        const QString status = order.value(QLatin1String("order_status")).toString();
        const QString delivery = order.value(QLatin1String("delivery_status")).toString();
        if (!applied.orderStatus.isEmpty() && !applied.orderStatus.contains(status))
            continue;
        if (!deliveryStatus.isEmpty() && !deliveryStatus.contains(delivery))
            continue;
        expected.append(idOf(order));
    }
    QCOMPARE(modelIds(*m_model), expected);
    QCOMPARE(m_model->totalCount(), qint64(expected.size()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString status = m_model->index(row, OrdersModel::OrderStatus)
                                   .data(PagedTableModel::RawValueRole)
                                   .toString();
        QVERIFY(applied.orderStatus.isEmpty() || applied.orderStatus.contains(status));
    }
    if (orderStatus.contains(QStringLiteral("ON_HOLD")))
        QCOMPARE(m_model->rowCount(), 0);
    else
        QVERIFY(m_model->rowCount() > 0);
}

void TestOrdersModel::oneCustomer()
{
    // The customer with the most orders.
    QHash<QString, int> counts;
    for (const QJsonValue &order : std::as_const(m_visible))
        ++counts[order.toObject()
                     .value(QLatin1String("user"))
                     .toObject()
                     .value(QLatin1String("$oid"))
                     .toString()];
    QString customer;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (customer.isEmpty() || it.value() > counts.value(customer))
            customer = it.key();
    }
    QVERIFY(counts.value(customer) > 10);

    makeModel();
    QSignalSpy applied(m_model.get(), &OrdersModel::queryApplied);
    m_model->setScope(Scope::user(customer));
    QCOMPARE(applied.count(), 1);
    QVERIFY(waitComplete());
    const ServerList server
        = serverList(QStringLiteral("/users/") + customer + QStringLiteral("/orders"),
            {{QStringLiteral("size"), QStringLiteral("1000")}});
    QCOMPARE(server.status, 200);
    QCOMPARE(modelIds(*m_model), server.ids());
    QCOMPARE(m_model->rowCount(), counts.value(customer));
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->customerId(row), customer);

    // With a filter: the customer's failed orders of this year.
    OrderFilter filter;
    filter.range = DateRange::fromPreset(DateRange::Preset::ThisYear);
    filter.orderStatuses = {QStringLiteral("FAILED"), QStringLiteral("CANCELED")};
    m_model->setFilter(filter);
    QVERIFY(waitComplete());
    const OrderQuery query = m_model->appliedQuery();
    const ServerList filtered
        = serverList(QStringLiteral("/users/") + customer + QStringLiteral("/orders"),
            {{QStringLiteral("size"), QStringLiteral("1000")},
                {QStringLiteral("from_date"), QString::number(*query.fromDate)},
                {QStringLiteral("to_date"), QString::number(*query.toDate)},
                {QStringLiteral("order_status"), QStringLiteral("FAILED,CANCELED")}});
    QCOMPARE(modelIds(*m_model), filtered.ids());

    // A scope without a customer requests nothing.
    m_model->setScope(Scope::user(QString()));
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 0);
}

void TestOrdersModel::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("sort");

    const QList<QPair<int, QString>> columns {{OrdersModel::HumanId, QStringLiteral("human_id")},
        {OrdersModel::Created, QStringLiteral("created")},
        {OrdersModel::OrderStatus, QStringLiteral("order_status")},
        {OrdersModel::DeliveryStatus, QStringLiteral("delivery_status")},
        {OrdersModel::Total, QStringLiteral("total_amount")},
        {OrdersModel::DeliveryTime, QStringLiteral("delivery_time")},
        {OrdersModel::Modified, QStringLiteral("modified")}};
    for (const auto &column : columns) {
        QTest::addRow("%s ascending", qPrintable(column.second))
            << column.first << Qt::AscendingOrder << column.second;
        QTest::addRow("%s descending", qPrintable(column.second))
            << column.first << Qt::DescendingOrder << QString(QLatin1Char('-') + column.second);
    }
}

void TestOrdersModel::sort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, sort);

    makeModel();
    OrderFilter filter;
    filter.range = DateRange::fromPreset(DateRange::Preset::Last30Days);
    m_model->setFilter(filter);
    m_model->sort(column, order);
    QVERIFY(waitComplete());
    QCOMPARE(m_model->appliedQuery().sort, sort);
    const OrderQuery query = m_model->appliedQuery();
    const ServerList server = serverList(QStringLiteral("/orders"),
        {{QStringLiteral("size"), QStringLiteral("1000")}, {QStringLiteral("sort"), sort},
            {QStringLiteral("from_date"), QString::number(*query.fromDate)},
            {QStringLiteral("to_date"), QString::number(*query.toDate)}});
    QCOMPARE(server.status, 200);
    QVERIFY(server.items.size() > 5);
    QCOMPARE(modelIds(*m_model), server.ids());

    // Columns the server cannot sort by leave the sort as it is.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(OrdersModel::Customer, Qt::AscendingOrder);
    m_model->sort(OrdersModel::Items, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->sortColumn(), column);
}

void TestOrdersModel::includeDeleted()
{
    makeModel();
    QVERIFY(waitComplete());
    QCOMPARE(m_model->rowCount(), int(m_visible.size()));
    OrderFilter filter;
    filter.includeDeleted = true;
    m_model->setFilter(filter);
    QVERIFY(waitComplete());
    QCOMPARE(m_model->rowCount(), int(m_all.size()));
    int deleted = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        deleted += (m_model->orderFlags(row) & OrderRows::Deleted) ? 1 : 0;
    QCOMPARE(deleted, int(m_all.size() - m_visible.size()));
}

void TestOrdersModel::totals_data()
{
    QTest::addColumn<DateRange>("range");
    QTest::addColumn<QStringList>("orderStatus");

    QTest::newRow("all time") << DateRange() << QStringList();
    QTest::newRow("last 30 days") << DateRange::fromPreset(DateRange::Preset::Last30Days)
                                  << QStringList();
    QTest::newRow("this year, done") << DateRange::fromPreset(DateRange::Preset::ThisYear)
                                     << QStringList {QStringLiteral("DONE")};
    QTest::newRow("nothing") << DateRange::fromPreset(DateRange::Preset::Today)
                             << QStringList {QStringLiteral("ON_HOLD")};
}

void TestOrdersModel::totals()
{
    QFETCH(DateRange, range);
    QFETCH(QStringList, orderStatus);

    makeModel();
    OrderFilter filter;
    filter.range = range;
    filter.orderStatuses = orderStatus;
    m_model->setFilter(filter);
    QVERIFY(!m_model->hasAllTotals());
    QVERIFY(waitComplete());
    QVERIFY(m_model->hasAllTotals());

    // Independent sums in cents, per currency, over the orders the server lists.
    const OrderQuery query = m_model->appliedQuery();
    QMap<QString, qint64> cents;
    int count = 0;
    for (const QJsonValue &value : std::as_const(m_visible)) {
        const QJsonObject order = value.toObject();
        const qint64 created = dateOf(order, "created") / 1000;
        if ((query.fromDate && created < *query.fromDate)
            || (query.toDate && created > *query.toDate))
            continue;
        if (!orderStatus.isEmpty()
            && !orderStatus.contains(order.value(QLatin1String("order_status")).toString()))
            continue;
        cents[order.value(QLatin1String("currency")).toString()]
            += std::llround(order.value(QLatin1String("total_amount")).toDouble() * 100);
        ++count;
    }
    QCOMPARE(m_model->rowCount(), count);
    QCOMPARE(m_model->totals().currencies(), cents.keys());
    for (auto it = cents.cbegin(); it != cents.cend(); ++it)
        QCOMPARE(m_model->totals().total(it.key()).units(), it.value() * 100);
    QCOMPARE(m_model->ordersWithoutTotal(), 0);
    if (range.isAllTime())
        QVERIFY(cents.size() >= 2); // the seed uses several currencies

    // The pager sums the same, reading pages of its own.
    OrderTotalsPager pager;
    pager.setPageSize(97);
    QSignalSpy progress(&pager, &OrderTotalsPager::progress);
    QSignalSpy finished(&pager, &OrderTotalsPager::finished);
    QVERIFY(pager.start(m_client.get(), query));
    QVERIFY(pager.isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(pager.orderCount(), qint64(count));
    QCOMPARE(pager.totals().totals(), m_model->totals().totals());
    QCOMPARE(progress.count(), qMax(1, (count + 96) / 97));
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(count));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(count));
}

void TestOrdersModel::totalsPager()
{
    // Without a model: one customer's orders, and every order.
    OrderTotalsPager pager;
    OrderQuery query;
    QSignalSpy finished(&pager, &OrderTotalsPager::finished);
    QSignalSpy failed(&pager, &OrderTotalsPager::failed);
    QVERIFY(pager.start(m_client.get(), query));
    QVERIFY(!pager.start(m_client.get(), query)); // one at a time
    QVERIFY(finished.wait(60000));
    QCOMPARE(pager.orderCount(), qint64(m_visible.size()));
    QCOMPARE(failed.count(), 0);
    QMap<QString, qint64> cents;
    for (const QJsonValue &value : std::as_const(m_visible))
        cents[value.toObject().value(QLatin1String("currency")).toString()]
            += std::llround(value.toObject().value(QLatin1String("total_amount")).toDouble() * 100);
    for (auto it = cents.cbegin(); it != cents.cend(); ++it)
        QCOMPARE(pager.totals().total(it.key()).units(), it.value() * 100);

    // A failing query reports the server's error.
    query.dateField = QStringLiteral("no_such_field");
    QVERIFY(pager.start(m_client.get(), query));
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.last().at(0).value<ApiError>().httpStatus(), 400);
    QVERIFY(!pager.isRunning());
}

void TestOrdersModel::totalsPagerCancel()
{
    OrderTotalsPager pager;
    pager.setPageSize(50);
    QSignalSpy progress(&pager, &OrderTotalsPager::progress);
    QSignalSpy canceled(&pager, &OrderTotalsPager::canceled);
    QSignalSpy finished(&pager, &OrderTotalsPager::finished);
    QVERIFY(pager.start(m_client.get(), OrderQuery()));
    QVERIFY(progress.wait(30000));
    pager.cancel();
    QCOMPARE(canceled.count(), 1);
    QVERIFY(!pager.isRunning());
    QTest::qWait(200);
    QCOMPARE(finished.count(), 0);
    QVERIFY(pager.orderCount() < m_visible.size());
    QCOMPARE(m_client->activeRequests(), 0);
    pager.cancel(); // nothing running: nothing happens
    QCOMPARE(canceled.count(), 1);
}

void TestOrdersModel::newFilterWhilePageInFlight()
{
    makeModel();
    QSignalSpy failed(m_model.get(), &PagedTableModel::loadFailed);
    QVERIFY(m_model->isLoading());
    OrderFilter filter;
    filter.range = DateRange::fromPreset(DateRange::Preset::Last7Days);
    m_model->setFilter(filter);
    QVERIFY(m_model->isLoading());
    filter.orderStatuses = {QStringLiteral("PENDING")};
    m_model->setFilter(filter);
    filter.dateField = DateField::Modified;
    m_model->setFilter(filter);
    m_model->sort(OrdersModel::Total, Qt::AscendingOrder);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(waitComplete());
    const OrderQuery query = m_model->appliedQuery();
    const ServerList server = serverList(QStringLiteral("/orders"),
        {{QStringLiteral("size"), QStringLiteral("1000")},
            {QStringLiteral("sort"), QStringLiteral("total_amount")},
            {QStringLiteral("date_field"), QStringLiteral("modified")},
            {QStringLiteral("order_status"), QStringLiteral("PENDING")},
            {QStringLiteral("from_date"), QString::number(*query.fromDate)},
            {QStringLiteral("to_date"), QString::number(*query.toDate)}});
    QCOMPARE(modelIds(*m_model), server.ids());
    QCOMPARE(failed.count(), 0);
    QTest::qWait(100);
    QCOMPARE(modelIds(*m_model), server.ids());
    QCOMPARE(m_client->activeRequests(), 0);
}

void TestOrdersModel::failureAndRetry()
{
    ApiClient wrongKey;
    ApiConnection connection;
    connection.baseUrl = m_server.url();
    connection.apiKey = QStringLiteral("not-a-key-of-this-server");
    connection.bearerToken = m_server.credentials().serviceAccountKey;
    wrongKey.setConnection(connection);

    m_model = std::make_unique<OrdersModel>(&wrongKey);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(m_model.get(), &PagedTableModel::loadFailed);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Unauthorized);
    QVERIFY(!m_model->hasAllTotals());

    connection.apiKey = m_server.credentials().apiKey;
    wrongKey.setConnection(connection);
    m_model->retry();
    QVERIFY(waitComplete());
    QCOMPARE(m_model->rowCount(), int(m_visible.size()));
    QVERIFY(m_model->hasAllTotals());
    m_tester.reset();
    m_model.reset();
}

QTEST_MAIN(TestOrdersModel)
#include "tst_ordersmodel.moc"
