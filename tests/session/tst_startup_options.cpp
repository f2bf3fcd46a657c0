// SPDX-License-Identifier: GPL-3.0-or-later

// StartupOptions::parse() on its own: the options that choose what the window shows first
// (--show, --open-user, --orders-range), accepted and refused, without starting the app.

#include "session/StartupOptions.h"

#include <QTest>

class TestStartupOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void defaults();
};

namespace {
QStringList commandLine(const QStringList &arguments)
{
    return QStringList {QStringLiteral("builton-admin")} + arguments;
}
} // namespace

void TestStartupOptions::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("builton-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.0.0"));
}

void TestStartupOptions::accepted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("page"); // StartupOptions::Page
    QTest::addColumn<QString>("openUser");
    QTest::addColumn<QString>("range"); // DateRange::toSettingsString(); empty: none
    using Page = StartupOptions::Page;
    const auto row = [](const char *name, const QStringList &arguments, Page page,
                         const QString &openUser, const QString &range) {
        QTest::newRow(name) << arguments << int(page) << openUser << range;
    };
    row("nothing", {QStringLiteral("--demo")}, Page::Default, QString(), QString());
    row("show users", {QStringLiteral("--show"), QStringLiteral("users")}, Page::Users, QString(),
        QString());
    row("show orders, any case", {QStringLiteral("--show"), QStringLiteral(" ORDERS ")},
        Page::Orders, QString(), QString());
    row("show subscriptions", {QStringLiteral("--show=subscriptions")}, Page::Subscriptions,
        QString(), QString());
    row("show account", {QStringLiteral("--show"), QStringLiteral("account")}, Page::MyAccount,
        QString(), QString());
    row("open user by human_id", {QStringLiteral("--open-user"), QStringLiteral(" R6ZJ8B ")},
        Page::Default, QStringLiteral("R6ZJ8B"), QString());
    row("open user by _id",
        {QStringLiteral("--open-user"), QStringLiteral("662356F213AD8131E100C554")}, Page::Default,
        QStringLiteral("662356F213AD8131E100C554"), QString());
    const QStringList presets {QStringLiteral("today"), QStringLiteral("yesterday"),
        QStringLiteral("last7"), QStringLiteral("last30"), QStringLiteral("thismonth"),
        QStringLiteral("lastmonth"), QStringLiteral("thisyear"), QStringLiteral("all")};
    for (const QString &preset : presets) {
        QTest::addRow("preset %s", qPrintable(preset))
            << QStringList {QStringLiteral("--orders-range"), preset} << int(Page::Default)
            << QString() << QStringLiteral("preset:") + preset;
    }
    row("preset in capitals", {QStringLiteral("--orders-range"), QStringLiteral("Last30")},
        Page::Default, QString(), QStringLiteral("preset:last30"));
    row("custom range",
        {QStringLiteral("--orders-range"), QStringLiteral("2026-11-01..2026-11-30")}, Page::Default,
        QString(), QStringLiteral("custom:2026-11-01:2026-11-30"));
    row("custom range, reversed",
        {QStringLiteral("--orders-range"), QStringLiteral("2026-11-30..2026-11-01")}, Page::Default,
        QString(), QStringLiteral("custom:2026-11-01:2026-11-30"));
    row("custom range, one day",
        {QStringLiteral("--orders-range"), QStringLiteral("2024-02-29..2024-02-29")}, Page::Default,
        QString(), QStringLiteral("custom:2024-02-29:2024-02-29"));
    row("custom range, open start",
        {QStringLiteral("--orders-range"), QStringLiteral("..2026-11-30")}, Page::Default,
        QString(), QStringLiteral("custom::2026-11-30"));
    row("custom range, open end",
        {QStringLiteral("--orders-range"), QStringLiteral("2026-11-01 ..")}, Page::Default,
        QString(), QStringLiteral("custom:2026-11-01:"));
    row("everything together",
        {QStringLiteral("--show"), QStringLiteral("orders"), QStringLiteral("--orders-range"),
            QStringLiteral("thisyear"), QStringLiteral("--open-user"), QStringLiteral("abc123")},
        Page::Orders, QStringLiteral("abc123"), QStringLiteral("preset:thisyear"));
}

void TestStartupOptions::accepted()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, page);
    QFETCH(QString, openUser);
    QFETCH(QString, range);
    StartupOptions options;
    QString message;
    QCOMPARE(StartupOptions::parse(commandLine(arguments), &options, &message),
        StartupOptions::Outcome::Run);
    QVERIFY2(message.isEmpty(), qPrintable(message));
    QCOMPARE(int(options.page), page);
    QCOMPARE(options.openUser, openUser);
    QCOMPARE(options.ordersRange.has_value(), !range.isEmpty());
    if (options.ordersRange)
        QCOMPARE(options.ordersRange->toSettingsString(), range);
}

void TestStartupOptions::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown page") << QStringList {QStringLiteral("--show"), QStringLiteral("home")}
                                  << QStringLiteral("--show needs one of");
    QTest::newRow("no page") << QStringList {QStringLiteral("--show")}
                             << QStringLiteral("Missing value after '--show'");
    QTest::newRow("empty user") << QStringList {QStringLiteral("--open-user"), QString()}
                                << QStringLiteral("--open-user needs");
    const QStringList badRanges {QStringLiteral("last8"), QStringLiteral("preset:last7"),
        QStringLiteral("custom"), QString(), QStringLiteral(".."), QStringLiteral("2026-13-01.."),
        QStringLiteral("..2026-02-30"), QStringLiteral("2026-11-01"),
        QStringLiteral("2026-11-01...2026-11-02"), QStringLiteral("yesterday..today")};
    for (const QString &range : badRanges) {
        QTest::addRow("range \"%s\"", qPrintable(range))
            << QStringList {QStringLiteral("--orders-range"), range}
            << QStringLiteral("--orders-range needs a preset");
    }
}

void TestStartupOptions::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    StartupOptions options;
    QString text;
    QCOMPARE(StartupOptions::parse(commandLine(arguments), &options, &text),
        StartupOptions::Outcome::UsageError);
    QVERIFY2(text.contains(message), qPrintable(text));
}

void TestStartupOptions::defaults()
{
    StartupOptions options;
    QString message;
    QCOMPARE(
        StartupOptions::parse(commandLine({}), &options, &message), StartupOptions::Outcome::Run);
    QCOMPARE(options.page, StartupOptions::Page::Default);
    QVERIFY(options.openUser.isEmpty());
    QVERIFY(!options.ordersRange);
    QCOMPARE(StartupOptions::pageNames().size(), 4);
    QCOMPARE(StartupOptions::pageName(StartupOptions::Page::Orders), QStringLiteral("orders"));
    QVERIFY(StartupOptions::pageName(StartupOptions::Page::Default).isEmpty());
}

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "tst_startup_options.moc"
