// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/DateRange.h"

#include <QTest>

/// Date ranges in whole local days, both ends inclusive, as API seconds. Every expected
/// value below was computed independently with GNU date and the system tz database, e.g.
/// `TZ=Europe/Oslo date -d "2026-03-29 00:00:00" +%s`.
class TestDateRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void openEnds();
    void settingsRoundTrip_data();
    void settingsRoundTrip();
    void relativePresetStaysRelative();
    void describe();
    void dateFields();
};

using Preset = DateRange::Preset;

void TestDateRange::resolve_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<DateRange>("range");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");

    const auto preset = [](Preset p) {
        return DateRange::fromPreset(p);
    };
    QTest::newRow("oslo today") << QByteArray("Europe/Oslo") << QDate(2026, 11, 27)
                                << preset(Preset::Today) << qint64(1795734000)
                                << qint64(1795820399);
    QTest::newRow("oslo last 7 days includes today")
        << QByteArray("Europe/Oslo") << QDate(2026, 11, 27) << preset(Preset::Last7Days)
        << qint64(1795215600) << qint64(1795820399);
    QTest::newRow("oslo last 30 days")
        << QByteArray("Europe/Oslo") << QDate(2026, 11, 27) << preset(Preset::Last30Days)
        << qint64(1795734000 - 29 * 86400) << qint64(1795820399);
    QTest::newRow("oslo 23-hour day (spring forward)")
        << QByteArray("Europe/Oslo") << QDate(2026, 3, 29) << preset(Preset::Today)
        << qint64(1774738800) << qint64(1774821599);
    QTest::newRow("oslo 25-hour day (fall back)")
        << QByteArray("Europe/Oslo") << QDate(2026, 10, 25) << preset(Preset::Today)
        << qint64(1792879200) << qint64(1792969199);
    QTest::newRow("oslo last 7 days across spring forward")
        << QByteArray("Europe/Oslo") << QDate(2026, 3, 30) << preset(Preset::Last7Days)
        << qint64(1774306800) << qint64(1774907999);
    QTest::newRow("oslo yesterday on new year's day")
        << QByteArray("Europe/Oslo") << QDate(2026, 1, 1) << preset(Preset::Yesterday)
        << qint64(1767135600) << qint64(1767221999);
    QTest::newRow("oslo last month from march 31 is all of february")
        << QByteArray("Europe/Oslo") << QDate(2026, 3, 31) << preset(Preset::LastMonth)
        << qint64(1769900400) << qint64(1772319599);
    QTest::newRow("oslo last month in january is last december")
        << QByteArray("Europe/Oslo") << QDate(2026, 1, 15) << preset(Preset::LastMonth)
        << qint64(1764543600) << qint64(1767221999);
    QTest::newRow("oslo this month in a leap february")
        << QByteArray("Europe/Oslo") << QDate(2028, 2, 10) << preset(Preset::ThisMonth)
        << qint64(1832972400) << qint64(1835477999);
    QTest::newRow("oslo this year")
        << QByteArray("Europe/Oslo") << QDate(2026, 11, 27) << preset(Preset::ThisYear)
        << qint64(1767222000) << qint64(1798757999);
    QTest::newRow("santiago: midnight does not exist, day starts 01:00")
        << QByteArray("America/Santiago") << QDate(2026, 11, 27)
        << DateRange::custom(QDate(2026, 9, 6), QDate(2026, 9, 6)) << qint64(1788667200)
        << qint64(1788749999);
    QTest::newRow("tokyo today on new year's day")
        << QByteArray("Asia/Tokyo") << QDate(2026, 1, 1) << preset(Preset::Today)
        << qint64(1767193200) << qint64(1767279599);
    QTest::newRow("new york spring forward")
        << QByteArray("America/New_York") << QDate(2026, 3, 8) << preset(Preset::Today)
        << qint64(1772946000) << qint64(1773028799);
    QTest::newRow("lord howe half-hour DST shift")
        << QByteArray("Australia/Lord_Howe") << QDate(2026, 10, 4) << preset(Preset::Today)
        << qint64(1791034200) << qint64(1791118799);
    QTest::newRow("apia skipped 30 dec 2011 entirely")
        << QByteArray("Pacific/Apia") << QDate(2026, 1, 1)
        << DateRange::custom(QDate(2011, 12, 29), QDate(2011, 12, 31)) << qint64(1325152800)
        << qint64(1325325599);
    QTest::newRow("custom range given backwards is swapped")
        << QByteArray("Europe/Oslo") << QDate(2026, 11, 27)
        << DateRange::custom(QDate(2026, 11, 27), QDate(2026, 11, 21)) << qint64(1795215600)
        << qint64(1795820399);
    QTest::newRow("utc today") << QByteArray("UTC") << QDate(2026, 11, 27) << preset(Preset::Today)
                               << qint64(1795737600) << qint64(1795823999);
}

void TestDateRange::resolve()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, today);
    QFETCH(DateRange, range);
    QFETCH(qint64, from);
    QFETCH(qint64, to);

    const QTimeZone tz(zone);
    QVERIFY2(tz.isValid(), zone.constData());
    const DateRange::Resolved r = range.resolve(today, tz);
    QVERIFY(r.fromSeconds.has_value());
    QVERIFY(r.toSeconds.has_value());
    QCOMPARE(*r.fromSeconds, from);
    QCOMPARE(*r.toSeconds, to);
    // Both ends inclusive: the last second belongs to the last day, the next one does not.
    QCOMPARE(QDateTime::fromSecsSinceEpoch(*r.toSeconds, tz).date(), r.lastDay);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(*r.toSeconds + 1, tz).date(), r.lastDay.addDays(1));
    QCOMPARE(QDateTime::fromSecsSinceEpoch(*r.fromSeconds, tz).date(), r.firstDay);
}

void TestDateRange::openEnds()
{
    const QTimeZone oslo("Europe/Oslo");
    const auto all = DateRange::fromPreset(Preset::AllTime).resolve(QDate(2026, 11, 27), oslo);
    QVERIFY(!all.fromSeconds);
    QVERIFY(!all.toSeconds);
    QVERIFY(DateRange().isAllTime());

    const auto fromOnly = DateRange::custom(QDate(2026, 11, 1), QDate()).resolve({}, oslo);
    QVERIFY(fromOnly.fromSeconds.has_value());
    QVERIFY(!fromOnly.toSeconds);

    const auto toOnly = DateRange::custom(QDate(), QDate(2026, 11, 1)).resolve({}, oslo);
    QVERIFY(!toOnly.fromSeconds);
    QVERIFY(toOnly.toSeconds.has_value());
    QVERIFY(DateRange::custom(QDate(), QDate()).isAllTime());
}

void TestDateRange::settingsRoundTrip_data()
{
    QTest::addColumn<DateRange>("range");
    for (Preset p : DateRange::presets())
        QTest::newRow(qPrintable(DateRange::fromPreset(p).toSettingsString()))
            << DateRange::fromPreset(p);
    QTest::newRow("custom") << DateRange::custom(QDate(2026, 1, 2), QDate(2026, 3, 4));
    QTest::newRow("custom open end") << DateRange::custom(QDate(2026, 1, 2), QDate());
}

void TestDateRange::settingsRoundTrip()
{
    QFETCH(DateRange, range);
    QCOMPARE(DateRange::fromSettingsString(range.toSettingsString()), range);
}

void TestDateRange::relativePresetStaysRelative()
{
    const QTimeZone oslo("Europe/Oslo");
    const DateRange stored = DateRange::fromSettingsString(
        DateRange::fromPreset(Preset::Last7Days).toSettingsString());
    const auto monday = stored.resolve(QDate(2026, 11, 23), oslo);
    const auto friday = stored.resolve(QDate(2026, 11, 27), oslo);
    QCOMPARE(monday.lastDay, QDate(2026, 11, 23));
    QCOMPARE(friday.lastDay, QDate(2026, 11, 27));
    QCOMPARE(*friday.fromSeconds - *monday.fromSeconds, qint64(4 * 86400));
    // Garbage in settings falls back to all time instead of failing.
    QVERIFY(DateRange::fromSettingsString(QStringLiteral("nonsense")).isAllTime());
}

void TestDateRange::describe()
{
    const QTimeZone oslo("Europe/Oslo");
    const QLocale c(QLocale::C);
    const QString text
        = DateRange::fromPreset(Preset::Last7Days).describe(QDate(2026, 11, 27), oslo, c);
    QVERIFY2(text.startsWith(DateRange::presetName(Preset::Last7Days)), qPrintable(text));
    QVERIFY2(
        text.contains(c.toString(QDate(2026, 11, 21), QLocale::ShortFormat)), qPrintable(text));
    QVERIFY2(
        text.contains(c.toString(QDate(2026, 11, 27), QLocale::ShortFormat)), qPrintable(text));
    QCOMPARE(
        DateRange().describe(QDate(2026, 11, 27), oslo, c), DateRange::presetName(Preset::AllTime));

    const QString utc = DateRange::fromPreset(Preset::Today).describeUtc(QDate(2026, 11, 27), oslo);
    QVERIFY2(utc.contains(QStringLiteral("2026-11-26 23:00:00 UTC")), qPrintable(utc));
    QVERIFY2(utc.contains(QStringLiteral("2026-11-27 22:59:59 UTC")), qPrintable(utc));
}

void TestDateRange::dateFields()
{
    for (DateField f : {DateField::Created, DateField::Modified, DateField::DeliveryTime})
        QCOMPARE(dateFieldFromKey(dateFieldKey(f)), std::optional<DateField>(f));
    QCOMPARE(dateFieldKey(DateField::DeliveryTime), QStringLiteral("delivery_time"));
    QVERIFY(!dateFieldFromKey(QStringLiteral("nope")));
}

QTEST_APPLESS_MAIN(TestDateRange)
#include "tst_daterange.moc"
