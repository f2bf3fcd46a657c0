// SPDX-License-Identifier: GPL-3.0-or-later

// builton-admin as a user runs it: the real binary as a child process, offscreen, in a
// throw-away HOME. --demo and --server produce a screenshot with data and leave no server
// and no secret behind; bad command lines fail with a plain message. --show, --open-user and
// --orders-range put the page asked for on screen before the screenshot is taken (the app
// logs what its screenshot shows: "Screenshot shows: window “…”; page Orders; …").

#include "api/ConnectionProfile.h"
#include "api/ProfileStore.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

/// Distinct colours among a grid of sample points: a blank or single-colour image has few.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

/// The "Screenshot shows: ..." line of the app's log, or an empty string.
QString shownLine(const QByteArray &err)
{
    const QStringList lines = QString::fromUtf8(err).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype at = line.indexOf(QLatin1String("Screenshot shows: "));
        if (at >= 0)
            return line.mid(at);
    }
    return QString();
}

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 9;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestAppCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void help();
    void usageErrors_data();
    void usageErrors();
    void serverScreenshot_data();
    void serverScreenshot();
    void showPage_data();
    void showPage();
    void openUser_data();
    void openUser();
    void openUserFailures_data();
    void openUserFailures();
    void serverDownFailsWithReason();
    void unknownProfile();
    void profileWithoutKeychainSaysWhy();
    void demoScreenshotKeepsDatabaseAndStopsServer();

private:
    Run run(const QStringList &arguments, const QProcessEnvironment &extra = {},
        int timeoutMs = 120000);
    QProcessEnvironment environment() const;
    QStringList serversUnderHome() const;
    void verifyScreenshot(const QString &path);
    void verifyNoSecretUnderHome(const QStringList &secrets);
    QProcessEnvironment serverCredentials(bool staff) const;
    /// The first user of the test server's list, independently: {_id, human_id}.
    QPair<QString, QString> firstUser() const;

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestAppCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(BUILTON_ADMIN_BINARY)).isExecutable(), BUILTON_ADMIN_BINARY);
    TestServer::Options options;
    options.users = 60;
    options.orders = 200;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void TestAppCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestAppCli::cleanup()
{
    // Whatever happened, no demo server may outlive its test.
    QCOMPARE(serversUnderHome(), QStringList());
    m_home.reset();
}

QProcessEnvironment TestAppCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_home->path();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("BUILTON_API_KEY"));
    env.remove(QStringLiteral("BUILTON_TOKEN"));
    // English, whatever the machine speaks: the tests read the app's texts.
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

Run TestAppCli::run(const QStringList &arguments, const QProcessEnvironment &extra, int timeoutMs)
{
    QProcessEnvironment env = environment();
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_home->path());
    process.start(QStringLiteral(BUILTON_ADMIN_BINARY), arguments);
    Run result;
    if (!process.waitForStarted(20000))
        return result;
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList TestAppCli::serversUnderHome() const
{
    // A demo server has its database under the test's HOME on its command line.
    QStringList found;
    const QByteArray home = m_home->path().toUtf8();
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        bool numeric = false;
        pid.toInt(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray command = cmdline.readAll();
        if (command.contains("builton-server") && command.contains(home))
            found.append(
                pid + QLatin1Char(' ') + QString::fromUtf8(QByteArray(command).replace('\0', ' ')));
    }
    return found;
}

void TestAppCli::verifyScreenshot(const QString &path)
{
    const QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path));
    QVERIFY2(image.width() >= 800 && image.height() >= 500,
        qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    const int colours = distinctColours(image);
    QVERIFY2(colours > 40, qPrintable(QStringLiteral("only %1 colours").arg(colours)));
}

void TestAppCli::verifyNoSecretUnderHome(const QStringList &secrets)
{
    int scanned = 0;
    QDirIterator files(
        m_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++scanned;
        const QByteArray content = file.readAll();
        for (const QString &secret : secrets)
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
    QVERIFY2(scanned > 0, "expected at least the screenshot under HOME");
}

void TestAppCli::help()
{
    const Run result = run({QStringLiteral("--help")});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    for (const char *option : {"--demo", "--server", "--profile", "--screenshot", "--show",
             "--open-user", "--orders-range", "last30", "FROM..TO"})
        QVERIFY2(result.out.contains(option), option);
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("builton-admin "));
}

void TestAppCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withCredentials");
    QTest::addColumn<QString>("message");
    QTest::newRow("http to a remote host")
        << QStringList {QStringLiteral("--server"), QStringLiteral("http://example.com")} << true
        << QStringLiteral("Use https:// for example.com");
    QTest::newRow("not http") << QStringList {QStringLiteral("--server"),
        QStringLiteral("ftp://example.com")}
                              << true << QStringLiteral("must start with https://");
    QTest::newRow("no credentials in the environment")
        << QStringList {QStringLiteral("--server"), QStringLiteral("https://api.example.com")}
        << false << QStringLiteral("Set BUILTON_API_KEY and BUILTON_TOKEN");
    QTest::newRow("two modes") << QStringList {QStringLiteral("--demo"),
        QStringLiteral("--profile"), QStringLiteral("x")}
                               << false
                               << QStringLiteral("only one of --demo, --server and --profile");
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("--frobnicate")} << false << QStringLiteral("frobnicate");
    QTest::newRow("unknown page")
        << QStringList {QStringLiteral("--demo"), QStringLiteral("--show"), QStringLiteral("nope")}
        << false << QStringLiteral("--show needs one of users, orders, subscriptions, account");
    QTest::newRow("empty open-user")
        << QStringList {QStringLiteral("--demo"), QStringLiteral("--open-user"),
               QStringLiteral(" ")}
        << false << QStringLiteral("--open-user needs a user's human_id or _id");
    QTest::newRow("unknown orders range") << QStringList {QStringLiteral("--demo"),
        QStringLiteral("--orders-range"),
        QStringLiteral("last8")} << false << QStringLiteral("--orders-range needs a preset");
    QTest::newRow("orders range with a bad date")
        << QStringList {QStringLiteral("--demo"), QStringLiteral("--orders-range"),
               QStringLiteral("2026-02-30..2026-03-01")}
        << false << QStringLiteral("not “2026-02-30..2026-03-01”");
    QTest::newRow("orders range with two open ends") << QStringList {QStringLiteral("--demo"),
        QStringLiteral("--orders-range"),
        QStringLiteral("..")} << false << QStringLiteral("--orders-range needs a preset");
    QTest::newRow("screenshot without a connection") << QStringList {QStringLiteral("--screenshot"),
        QStringLiteral("x.png")} << false << QStringLiteral("No connection is chosen yet");
}

void TestAppCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withCredentials);
    QFETCH(QString, message);
    QProcessEnvironment extra;
    if (withCredentials) {
        extra.insert(QStringLiteral("BUILTON_API_KEY"), QStringLiteral("key"));
        extra.insert(QStringLiteral("BUILTON_TOKEN"), QStringLiteral("token"));
    }
    const Run result = run(arguments, extra);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestAppCli::serverScreenshot_data()
{
    QTest::addColumn<bool>("staff");
    QTest::newRow("service-account key") << true;
    QTest::newRow("user token") << false;
}

void TestAppCli::serverScreenshot()
{
    QFETCH(bool, staff);
    const TestCredentials credentials = m_server.credentials();
    const QString token = staff ? credentials.serviceAccountKey : credentials.userToken;
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("BUILTON_API_KEY"), credentials.apiKey);
    extra.insert(QStringLiteral("BUILTON_TOKEN"), token);
    const QString png = m_home->filePath(QStringLiteral("server.png"));
    const Run result = run({QStringLiteral("--server"), m_server.url().toString(),
                               QStringLiteral("--screenshot"), png},
        extra);
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out.trimmed(), png.toUtf8());
    verifyScreenshot(png);
    // Used for this session only: no file under HOME holds them (settings, caches, logs).
    verifyNoSecretUnderHome({credentials.apiKey, token});
    QVERIFY(!result.err.contains(credentials.apiKey.toUtf8()));
    QVERIFY(!result.err.contains(token.toUtf8()));
}

QProcessEnvironment TestAppCli::serverCredentials(bool staff) const
{
    const TestCredentials credentials = m_server.credentials();
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("BUILTON_API_KEY"), credentials.apiKey);
    extra.insert(QStringLiteral("BUILTON_TOKEN"),
        staff ? credentials.serviceAccountKey : credentials.userToken);
    return extra;
}

QPair<QString, QString> TestAppCli::firstUser() const
{
    const TestCredentials credentials = m_server.credentials();
    QUrl url = m_server.url();
    url.setPath(QStringLiteral("/users"));
    url.setQuery(QStringLiteral("size=1&sort=created"));
    const TestHttpResponse response
        = TestHttp::get(url, TestHttp::auth(credentials.apiKey, credentials.serviceAccountKey));
    if (response.status != 200)
        return {};
    const QJsonObject user = response.json().array().first().toObject();
    const QJsonValue id = user.value(QLatin1String("_id"));
    return {id.isObject() ? id.toObject().value(QLatin1String("$oid")).toString() : id.toString(),
        user.value(QLatin1String("human_id")).toString()};
}

void TestAppCli::showPage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected"); // parts of the "Screenshot shows:" line
    QTest::addColumn<QStringList>("query"); // parts of the orders request in the log
    // Whole days in the app's time zone (the test's TZ), both ends included.
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const qint64 from = QDate(2025, 11, 1).startOfDay(zone).toSecsSinceEpoch();
    const qint64 to = QDate(2026, 2, 1).startOfDay(zone).toSecsSinceEpoch() - 1;
    QTest::newRow("users") << QStringList {QStringLiteral("--show"), QStringLiteral("users")}
                           << QStringList {QStringLiteral("page Users"),
                                  QStringLiteral("window “Users — ")}
                           << QStringList();
    QTest::newRow("orders, last 30 days")
        << QStringList {QStringLiteral("--show"), QStringLiteral("Orders"),
               QStringLiteral("--orders-range"), QStringLiteral("last30")}
        << QStringList {QStringLiteral("page Orders"), QStringLiteral("window “Orders — "),
               QStringLiteral("orders range “Last 30 days: ")}
        << QStringList {QStringLiteral("GET /orders?"), QStringLiteral("&from_date=")};
    QTest::newRow("orders, custom range, ends reversed")
        << QStringList {QStringLiteral("--show"), QStringLiteral("orders"),
               QStringLiteral("--orders-range"), QStringLiteral("2026-01-31..2025-11-01")}
        << QStringList {QStringLiteral("page Orders"), QStringLiteral("orders range “")}
        << QStringList {QStringLiteral("&from_date=%1&to_date=%2").arg(from).arg(to)};
    QTest::newRow("orders, open start")
        << QStringList {QStringLiteral("--show"), QStringLiteral("orders"),
               QStringLiteral("--orders-range"), QStringLiteral("..2026-01-31")}
        << QStringList {QStringLiteral("page Orders"), QStringLiteral("orders range “")}
        << QStringList {QStringLiteral("&to_date=%1").arg(to)};
    QTest::newRow("subscriptions")
        << QStringList {QStringLiteral("--show"), QStringLiteral("subscriptions")}
        << QStringList {QStringLiteral("page Subscriptions")} << QStringList();
}

void TestAppCli::showPage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, query);
    const QString png = m_home->filePath(QStringLiteral("page.png"));
    const Run result = run(QStringList {QStringLiteral("--server"), m_server.url().toString(),
                               QStringLiteral("--screenshot"), png}
            + arguments,
        serverCredentials(true));
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out.trimmed(), png.toUtf8());
    verifyScreenshot(png);
    const QString shown = shownLine(result.err);
    QVERIFY2(!shown.isEmpty(), result.err.constData());
    for (const QString &part : expected)
        QVERIFY2(shown.contains(part), qPrintable(shown + QStringLiteral(" lacks ") + part));
    QVERIFY2(!shown.contains(QLatin1String("user tab")), qPrintable(shown));
    // The range asked for is the one the page asked the server for.
    const QString err = QString::fromUtf8(result.err);
    for (const QString &part : query)
        QVERIFY2(err.contains(part), qPrintable(part));
    if (!query.isEmpty() && arguments.last().startsWith(QLatin1String("..")))
        QVERIFY2(!err.contains(QLatin1String("from_date=")), qPrintable(err));
}

void TestAppCli::openUser_data()
{
    QTest::addColumn<QString>("how"); // "human_id", "_id" or "human_id lower case"
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("page");
    QTest::newRow("by human_id") << QStringLiteral("human_id") << QStringList()
                                 << QStringLiteral("page Users");
    QTest::newRow("by human_id in lower case, over Orders")
        << QStringLiteral("human_id lower case")
        << QStringList {QStringLiteral("--show"), QStringLiteral("orders")}
        << QStringLiteral("page Orders");
    QTest::newRow("by _id") << QStringLiteral("_id") << QStringList()
                            << QStringLiteral("page Users");
}

void TestAppCli::openUser()
{
    QFETCH(QString, how);
    QFETCH(QStringList, extra);
    QFETCH(QString, page);
    const QPair<QString, QString> user = firstUser();
    QVERIFY2(user.first.size() == 24 && user.second.size() == 6,
        qPrintable(user.first + QLatin1Char(' ') + user.second));
    QString argument = how == QLatin1String("_id") ? user.first : user.second;
    if (how.endsWith(QLatin1String("lower case")))
        argument = argument.toLower();
    const QString png = m_home->filePath(QStringLiteral("user.png"));
    const Run result
        = run(QStringList {QStringLiteral("--server"), m_server.url().toString(),
                  QStringLiteral("--open-user"), argument, QStringLiteral("--screenshot"), png}
                + extra,
            serverCredentials(true));
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out.trimmed(), png.toUtf8());
    verifyScreenshot(png);
    const QString shown = shownLine(result.err);
    // The user's tab is the one on screen, with the user's human_id in its label.
    QVERIFY2(shown.contains(QStringLiteral("user tab “")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("(%1)”").arg(user.second)), qPrintable(shown));
    QVERIFY2(shown.contains(page), qPrintable(shown));
    // The profile was read before the picture was taken.
    const QByteArray profileRequest = QByteArray("GET /users/") + user.first.toUtf8();
    QVERIFY2(result.err.contains(profileRequest), result.err.constData());
}

void TestAppCli::openUserFailures_data()
{
    QTest::addColumn<bool>("staff");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such human_id")
        << true << QStringList {QStringLiteral("--open-user"), QStringLiteral("QQQQQ0")}
        << QStringLiteral("There is no user with the human_id or _id “QQQQQ0”");
    QTest::newRow("no such _id") << true
                                 << QStringList {QStringLiteral("--open-user"),
                                        QStringLiteral("0123456789abcdef01234567")}
                                 << QStringLiteral(
                                        "cannot open the user “0123456789abcdef01234567”");
    QTest::newRow("a customer's token")
        << false << QStringList {QStringLiteral("--open-user"), QStringLiteral("QQQQQ0")}
        << QStringLiteral("--open-user needs staff credentials");
    QTest::newRow("a page the token does not reach")
        << false << QStringList {QStringLiteral("--show"), QStringLiteral("users")}
        << QStringLiteral("The page “users” (--show) is not available to these credentials");
}

void TestAppCli::openUserFailures()
{
    QFETCH(bool, staff);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString png = m_home->filePath(QStringLiteral("fail.png"));
    const Run result = run(QStringList {QStringLiteral("--server"), m_server.url().toString(),
                               QStringLiteral("--screenshot"), png}
            + arguments,
        serverCredentials(staff));
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 1);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(QStringLiteral("No screenshot:")), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(!QFile::exists(png));
    QVERIFY(result.out.isEmpty());
}

void TestAppCli::serverDownFailsWithReason()
{
    const TestCredentials credentials = m_server.credentials();
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("BUILTON_API_KEY"), credentials.apiKey);
    extra.insert(QStringLiteral("BUILTON_TOKEN"), credentials.serviceAccountKey);
    const QString png = m_home->filePath(QStringLiteral("down.png"));
    const quint16 port = closedPort();
    const Run result
        = run({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                  QStringLiteral("--screenshot"), png},
            extra);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 1);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(QStringLiteral("No screenshot:")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(err));
    QVERIFY(!QFile::exists(png));
}

void TestAppCli::unknownProfile()
{
    const Run result = run({QStringLiteral("--profile"), QStringLiteral("Nope")});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("There is no connection called “Nope”"), result.err.constData());
}

void TestAppCli::profileWithoutKeychainSaysWhy()
{
    // A stored profile, written where the app keeps its settings.
    const QString settingsPath
        = m_home->filePath(QStringLiteral(".config/BuiltOn/builton-admin.conf"));
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        ProfileStore store(&settings);
        ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("Staging shop"),
            m_server.url(), ConnectionProfile::Environment::Staging);
        QString error;
        QVERIFY2(store.add(profile, &error), qPrintable(error));
    }
    QProcessEnvironment extra;
    extra.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    const Run result
        = run({QStringLiteral("--profile"), QStringLiteral("staging shop"),
                  QStringLiteral("--screenshot"), m_home->filePath(QStringLiteral("p.png"))},
            extra);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 1);
    const QString err = QString::fromUtf8(result.err);
    // The profile was found (case-insensitively), and the keychain's absence is said plainly,
    // never passed off as "no credentials saved".
    QVERIFY2(err.contains(QStringLiteral("“Staging shop”")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("No keyring service is running")), qPrintable(err));
}

void TestAppCli::demoScreenshotKeepsDatabaseAndStopsServer()
{
    const QString png = m_home->filePath(QStringLiteral("demo.png"));
    const Run first
        = run({QStringLiteral("--demo"), QStringLiteral("--screenshot"), png}, {}, 600000);
    QVERIFY2(first.finished, "builton-admin --demo did not finish in time");
    QVERIFY2(first.exitCode == 0, first.err.constData());
    verifyScreenshot(png);
    QCOMPARE(serversUnderHome(), QStringList());

    // The seeded database stays in the app's data folder for the next run...
    const QString database
        = m_home->filePath(QStringLiteral(".local/share/BuiltOn/builton-admin/demo.sqlite"));
    QVERIFY2(QFileInfo::exists(database), qPrintable(database));
    const qint64 size = QFileInfo(database).size();
    QVERIFY(size > 0);
    // ...which uses it as it is (no second seeding) and cleans up the same way.
    QFile::remove(png);
    const Run second
        = run({QStringLiteral("--demo"), QStringLiteral("--screenshot"), png}, {}, 600000);
    QVERIFY(second.finished);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    verifyScreenshot(png);
    QCOMPARE(serversUnderHome(), QStringList());
    QVERIFY(QFileInfo(database).size() < size * 11 / 10);
    // The private folder the server wrote its credentials to is gone.
    QVERIFY(!first.err.contains("credentials.json"));
}

QTEST_MAIN(TestAppCli)
#include "tst_app_cli.moc"
