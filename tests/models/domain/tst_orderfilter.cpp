// SPDX-License-Identifier: GPL-3.0-or-later

// OrderFilter: the API query it makes (resolved against a given today and time zone), its
// settings round trip per page key (relative presets stay relative), and how it copes with
// settings it does not understand.

#include "models/domain/OrderFilter.h"

#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(OrderFilter)
Q_DECLARE_METATYPE(DateField)
Q_DECLARE_METATYPE(DateRange)

class TestOrderFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void applyTo_data();
    void applyTo();
    void roundTrip_data();
    void roundTrip();
    void keysAreSeparate();
    void relativePresetStaysRelative();
    void unreadableSettings_data();
    void unreadableSettings();
    void preferredRange_data();
    void preferredRange();
    void statusNames();
    void exportFileName_data();
    void exportFileName();

private:
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_dir;
};

void TestOrderFilter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestOrderFilter::applyTo_data()
{
    QTest::addColumn<OrderFilter>("filter");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("from"); // -1: none
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QString>("dateField");
    QTest::addColumn<QStringList>("orderStatus");
    QTest::addColumn<QStringList>("deliveryStatus");

    OrderFilter all;
    QTest::newRow("default: all time, created")
        << all << QDate(2026, 11, 27) << QStringLiteral("Europe/Oslo") << qint64(-1) << qint64(-1)
        << QStringLiteral("created") << QStringList() << QStringList();

    OrderFilter lastMonth;
    lastMonth.range = DateRange::fromPreset(DateRange::Preset::LastMonth);
    lastMonth.dateField = DateField::DeliveryTime;
    // October 2026 in Oslo: 1 Oct 00:00 CEST (UTC+2) to 31 Oct 23:59:59 CET (UTC+1); the
    // month has 31 days and one hour more.
    QTest::newRow("last month over the autumn DST change, delivery time")
        << lastMonth << QDate(2026, 11, 27) << QStringLiteral("Europe/Oslo") << qint64(1790805600)
        << qint64(1793487599) << QStringLiteral("delivery_time") << QStringList() << QStringList();

    OrderFilter failed;
    failed.range = DateRange::fromPreset(DateRange::Preset::Today);
    failed.dateField = DateField::Modified;
    failed.orderStatuses = {QStringLiteral("FAILED"), QStringLiteral(" FAILED "), QString(),
        QStringLiteral("CANCELED")};
    failed.deliveryStatuses = {QStringLiteral("PENDING")};
    failed.includeDeleted = true;
    QTest::newRow("today in UTC, statuses cleaned")
        << failed << QDate(2026, 3, 29) << QStringLiteral("UTC") << qint64(1774742400)
        << qint64(1774828799) << QStringLiteral("modified")
        << QStringList {QStringLiteral("FAILED"), QStringLiteral("CANCELED")}
        << QStringList {QStringLiteral("PENDING")};

    OrderFilter spring;
    spring.range = DateRange::fromPreset(DateRange::Preset::Yesterday);
    // 29 Mar 2026 in Oslo has 23 hours.
    QTest::newRow("yesterday was 23 hours long")
        << spring << QDate(2026, 3, 30) << QStringLiteral("Europe/Oslo") << qint64(1774738800)
        << qint64(1774821599) << QStringLiteral("created") << QStringList() << QStringList();

    OrderFilter openStart;
    openStart.range = DateRange::custom(QDate(), QDate(2025, 12, 31));
    QTest::newRow("open start, year end in New York")
        << openStart << QDate(2026, 11, 27) << QStringLiteral("America/New_York") << qint64(-1)
        << qint64(1767243599) << QStringLiteral("created") << QStringList() << QStringList();
}

void TestOrderFilter::applyTo()
{
    QFETCH(OrderFilter, filter);
    QFETCH(QDate, today);
    QFETCH(QString, zone);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QString, dateField);
    QFETCH(QStringList, orderStatus);
    QFETCH(QStringList, deliveryStatus);

    OrderQuery query;
    query.page = 3;
    query.sort = QStringLiteral("-total_amount");
    filter.applyTo(&query, today, QTimeZone(zone.toLatin1()));
    QCOMPARE(query.fromDate.value_or(-1), from);
    QCOMPARE(query.toDate.value_or(-1), to);
    QCOMPARE(query.dateField, dateField);
    QCOMPARE(query.orderStatus, orderStatus);
    QCOMPARE(query.deliveryStatus, deliveryStatus);
    QCOMPARE(query.includeDeleted, filter.includeDeleted);
    // Paging and sort are not the filter's.
    QCOMPARE(query.page, 3);
    QCOMPARE(query.sort, QStringLiteral("-total_amount"));
}

void TestOrderFilter::roundTrip_data()
{
    QTest::addColumn<OrderFilter>("filter");

    QTest::newRow("default") << OrderFilter();
    for (const DateRange::Preset preset : DateRange::presets()) {
        OrderFilter filter;
        filter.range = DateRange::fromPreset(preset);
        filter.dateField = DateField::Modified;
        QTest::addRow("%s", qPrintable(DateRange::presetName(preset))) << filter;
    }
    OrderFilter custom;
    custom.range = DateRange::custom(QDate(2026, 1, 31), QDate(2026, 2, 28));
    custom.dateField = DateField::DeliveryTime;
    custom.orderStatuses = {QStringLiteral("FAILED")};
    custom.deliveryStatuses = {QStringLiteral("PENDING"), QStringLiteral("IN_PROGRESS")};
    custom.includeDeleted = true;
    QTest::newRow("custom range, statuses, deleted") << custom;
    OrderFilter open;
    open.range = DateRange::custom(QDate(2020, 2, 29), QDate());
    open.orderStatuses = {QStringLiteral("ON_HOLD"), QStringLiteral("a,b")};
    QTest::newRow("open end, unknown status with a comma") << open;
}

void TestOrderFilter::roundTrip()
{
    QFETCH(OrderFilter, filter);
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.clear();
        filter.save(settings, QStringLiteral("orders/page"));
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    OrderFilter fallback;
    fallback.range = DateRange::fromPreset(DateRange::Preset::Yesterday);
    fallback.orderStatuses = {QStringLiteral("X")};
    const OrderFilter loaded = OrderFilter::load(settings, QStringLiteral("orders/page"), fallback);
    QCOMPARE(loaded.range.toSettingsString(), filter.range.toSettingsString());
    QVERIFY(loaded == filter);
}

void TestOrderFilter::keysAreSeparate()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.clear();
    OrderFilter page;
    page.range = DateRange::fromPreset(DateRange::Preset::Last30Days);
    OrderFilter tab;
    tab.range = DateRange::fromPreset(DateRange::Preset::ThisYear);
    tab.orderStatuses = {QStringLiteral("FAILED")};
    page.save(settings, QStringLiteral("orders/page"));
    tab.save(settings, QStringLiteral("orders/userTab"));
    QVERIFY(OrderFilter::load(settings, QStringLiteral("orders/page")) == page);
    QVERIFY(OrderFilter::load(settings, QStringLiteral("orders/userTab")) == tab);
    // Nothing saved under a key: the fallback.
    OrderFilter fallback;
    fallback.dateField = DateField::Modified;
    QVERIFY(OrderFilter::load(settings, QStringLiteral("orders/other"), fallback) == fallback);
}

void TestOrderFilter::relativePresetStaysRelative()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.clear();
    OrderFilter filter;
    filter.range = DateRange::fromPreset(DateRange::Preset::Last7Days);
    filter.save(settings, QStringLiteral("orders/page"));
    QCOMPARE(settings.value(QStringLiteral("orders/page/range")).toString(),
        QStringLiteral("preset:last7"));

    // Loaded "a week later", it means that week's days.
    const OrderFilter loaded = OrderFilter::load(settings, QStringLiteral("orders/page"));
    const QTimeZone zone("Europe/Oslo");
    OrderQuery first;
    OrderQuery later;
    loaded.applyTo(&first, QDate(2026, 11, 20), zone);
    loaded.applyTo(&later, QDate(2026, 11, 27), zone);
    QCOMPARE(*later.fromDate - *first.fromDate, qint64(7 * 24 * 3600));
}

void TestOrderFilter::unreadableSettings_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("dateField");
    QTest::addColumn<QVariant>("statuses");
    QTest::addColumn<QString>("expectedRange");
    QTest::addColumn<DateField>("expectedField");
    QTest::addColumn<QStringList>("expectedStatuses");

    // The fallback: Last 30 days on created, status X.
    QTest::newRow("garbage range keeps the fallback")
        << QStringLiteral("preset:fortnight") << QStringLiteral("modified")
        << QVariant(QStringList {QStringLiteral("DONE")}) << QStringLiteral("preset:last30")
        << DateField::Modified << QStringList {QStringLiteral("DONE")};
    QTest::newRow("all time is taken")
        << QStringLiteral("preset:all") << QStringLiteral("sideways") << QVariant(QString())
        << QStringLiteral("preset:all") << DateField::Created << QStringList();
    QTest::newRow("bad custom dates")
        << QStringLiteral("custom:2026-13-01:yesterday") << QString()
        << QVariant(QStringList {QString(), QStringLiteral("  ")})
        << QStringLiteral("preset:last30") << DateField::Created << QStringList();
    QTest::newRow("single status as text")
        << QStringLiteral("custom:2026-02-01:2026-02-28") << QStringLiteral("delivery_time")
        << QVariant(QStringLiteral("FAILED")) << QStringLiteral("custom:2026-02-01:2026-02-28")
        << DateField::DeliveryTime << QStringList {QStringLiteral("FAILED")};
}

void TestOrderFilter::unreadableSettings()
{
    QFETCH(QString, range);
    QFETCH(QString, dateField);
    QFETCH(QVariant, statuses);
    QFETCH(QString, expectedRange);
    QFETCH(DateField, expectedField);
    QFETCH(QStringList, expectedStatuses);

    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.clear();
        settings.setValue(QStringLiteral("orders/page/range"), range);
        settings.setValue(QStringLiteral("orders/page/dateField"), dateField);
        settings.setValue(QStringLiteral("orders/page/orderStatus"), statuses);
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    OrderFilter fallback;
    fallback.range = DateRange::fromPreset(DateRange::Preset::Last30Days);
    fallback.orderStatuses = {QStringLiteral("X")};
    const OrderFilter loaded = OrderFilter::load(settings, QStringLiteral("orders/page"), fallback);
    QCOMPARE(loaded.range.toSettingsString(), expectedRange);
    QCOMPARE(loaded.dateField, expectedField);
    QCOMPARE(loaded.orderStatuses, expectedStatuses);
    QVERIFY(loaded.deliveryStatuses.isEmpty());
}

void TestOrderFilter::preferredRange_data()
{
    QTest::addColumn<QVariant>("preference"); // invalid: no preference stored
    QTest::addColumn<bool>("savedBefore"); // a filter already saved under the key
    QTest::addColumn<DateRange>("expected");

    const DateRange fallback = DateRange::fromPreset(DateRange::Preset::Last30Days);
    const DateRange saved = DateRange::fromPreset(DateRange::Preset::ThisYear);
    QTest::newRow("no preference: the page's default") << QVariant() << false << fallback;
    QTest::newRow("preset preference") << QVariant(QStringLiteral("preset:last7")) << false
                                       << DateRange::fromPreset(DateRange::Preset::Last7Days);
    QTest::newRow("last month preference") << QVariant(QStringLiteral("preset:lastmonth")) << false
                                           << DateRange::fromPreset(DateRange::Preset::LastMonth);
    QTest::newRow("all time preference")
        << QVariant(DateRange().toSettingsString()) << false << DateRange();
    QTest::newRow("custom preference")
        << QVariant(DateRange::custom(QDate(2026, 1, 1), QDate(2026, 3, 31)).toSettingsString())
        << false << DateRange::custom(QDate(2026, 1, 1), QDate(2026, 3, 31));
    QTest::newRow("unreadable preference: the page's default")
        << QVariant(QStringLiteral("preset:someday")) << false << fallback;
    QTest::newRow("empty preference: the page's default")
        << QVariant(QString()) << false << fallback;
    QTest::newRow("a saved filter wins over the preference")
        << QVariant(QStringLiteral("preset:last7")) << true << saved;
}

void TestOrderFilter::preferredRange()
{
    QFETCH(QVariant, preference);
    QFETCH(bool, savedBefore);
    QFETCH(DateRange, expected);

    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.clear();
    QCOMPARE(OrderFilter::defaultDatePresetKey(), QStringLiteral("preferences/defaultDatePreset"));
    if (preference.isValid())
        settings.setValue(OrderFilter::defaultDatePresetKey(), preference);
    const QString key = QStringLiteral("orders/page");
    if (savedBefore) {
        OrderFilter saved;
        saved.range = DateRange::fromPreset(DateRange::Preset::ThisYear);
        saved.save(settings, key);
    }
    QCOMPARE(OrderFilter::isSaved(settings, key), savedBefore);

    OrderFilter fallback;
    fallback.range = DateRange::fromPreset(DateRange::Preset::Last30Days);
    fallback.dateField = DateField::Modified;
    fallback.orderStatuses = {QStringLiteral("FAILED")};
    const OrderFilter start = OrderFilter::initial(settings, key, fallback);
    QVERIFY(start.range == expected);
    if (!savedBefore) {
        // Only the range comes from the preference; the rest is the page's default.
        QVERIFY(start.dateField == DateField::Modified);
        QCOMPARE(start.orderStatuses, QStringList {QStringLiteral("FAILED")});
    }
    // Reading it saves nothing: the preference keeps applying until the filter is changed.
    QCOMPARE(OrderFilter::isSaved(settings, key), savedBefore);
}

void TestOrderFilter::statusNames()
{
    for (const QString &status : OrderFilter::knownOrderStatuses())
        QVERIFY(OrderFilter::orderStatusName(status) != status);
    for (const QString &status : OrderFilter::knownDeliveryStatuses())
        QVERIFY(OrderFilter::deliveryStatusName(status) != status);
    // Unknown values are shown as they come.
    QCOMPARE(OrderFilter::orderStatusName(QStringLiteral("ON_HOLD")), QStringLiteral("ON_HOLD"));
    QCOMPARE(OrderFilter::deliveryStatusName(QStringLiteral("lost at sea")),
        QStringLiteral("lost at sea"));
    QCOMPARE(OrderFilter::orderStatusName(QString()), QString());
}

QTEST_GUILESS_MAIN(TestOrderFilter)

void TestOrderFilter::exportFileName_data()
{
    QTest::addColumn<OrderFilter>("filter");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("expected");

    const QDate today(2026, 12, 7);
    OrderFilter november;
    november.range = DateRange::custom(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QTest::newRow("from and to") << november << today
                                 << QStringLiteral("orders-2026-11-01_2026-11-30.csv");
    OrderFilter lastMonth;
    lastMonth.range = DateRange::fromPreset(DateRange::Preset::LastMonth);
    QTest::newRow("a preset, resolved")
        << lastMonth << today << QStringLiteral("orders-2026-11-01_2026-11-30.csv");
    OrderFilter failed = november;
    failed.orderStatuses = {QStringLiteral("FAILED"), QStringLiteral(" CANCELED "), QString()};
    failed.deliveryStatuses = {QStringLiteral("IN_PROGRESS")};
    QTest::newRow("statuses") << failed << today
                              << QStringLiteral("orders-2026-11-01_2026-11-30-failed-canceled-"
                                                "delivery-in_progress.csv");
    OrderFilter day;
    day.range = DateRange::fromPreset(DateRange::Preset::Today);
    day.dateField = DateField::Modified;
    day.includeDeleted = true;
    QTest::newRow("one day, modified, with deleted")
        << day << today << QStringLiteral("orders-2026-12-07-modified-with-deleted.csv");
    QTest::newRow("all time") << OrderFilter() << today << QStringLiteral("orders-all.csv");
    OrderFilter openStart;
    openStart.range = DateRange::custom(QDate(), QDate(2025, 12, 31));
    QTest::newRow("open start") << openStart << today << QStringLiteral("orders-_2025-12-31.csv");
}

void TestOrderFilter::exportFileName()
{
    QFETCH(OrderFilter, filter);
    QFETCH(QDate, today);
    QFETCH(QString, expected);
    const QString name
        = filter.exportFileName(QStringLiteral("orders"), today, QTimeZone("Europe/Oslo"));
    QCOMPARE(name, expected);
    QVERIFY(QRegularExpression(QStringLiteral("^[a-z0-9_-]+\\.csv$")).match(name).hasMatch());
}

#include "tst_orderfilter.moc"
