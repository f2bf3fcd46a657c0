// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke test of the real builton-server binary: the ready line, the credentials file, a page
// of users, and one answer each of 401, 403 and 412. The exhaustive integration suite lives
// elsewhere; this one only proves the process and its contract are wired up.

#include "TestHttp.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestServerSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readyLineAndCredentialsFile();
    void usersPage();
    void unauthorized();
    void forbidden();
    void staleIfMatch();

private:
    QUrl url(const QString &path) const
    {
        QUrl u = m_server.url();
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }
    TestHttp::Headers staff() const
    {
        return TestHttp::auth(
            m_server.credentials().apiKey, m_server.credentials().serviceAccountKey);
    }

    TestServer m_server;
};

void TestServerSmoke::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 60;
    options.orders = 300;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void TestServerSmoke::readyLineAndCredentialsFile()
{
    // Run the binary directly to see its stdout and the file it writes.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString credentials = dir.filePath(QStringLiteral("credentials.json"));
    QProcess process;
    process.start(TestServer::serverBinary(),
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--memory"),
            QStringLiteral("--seed"), QStringLiteral("--users"), QStringLiteral("20"),
            QStringLiteral("--orders"), QStringLiteral("40"), QStringLiteral("--credentials-file"),
            credentials, QStringLiteral("--quiet")});
    QVERIFY(process.waitForStarted(10000));
    QDeadlineTimer deadline(60000);
    while (!process.canReadLine() && !deadline.hasExpired() && process.state() == QProcess::Running)
        process.waitForReadyRead(100);
    const QByteArray line = process.readLine();
    QVERIFY2(line.endsWith('\n'), line.constData());
    const QJsonObject ready = QJsonDocument::fromJson(line).object();
    QCOMPARE(ready.keys(), QStringList {QStringLiteral("url")});
    const QUrl readyUrl(ready.value(QLatin1String("url")).toString());
    QCOMPARE(readyUrl.scheme(), QStringLiteral("http"));
    QCOMPARE(readyUrl.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(readyUrl.port() > 0);

    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(credentials).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    QFile file(credentials);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject content = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonObject &company :
        {content, content.value(QLatin1String("other_company")).toObject()}) {
        for (const char *key : {"api_key", "service_account_key", "user_token", "user_id"})
            QVERIFY2(!company.value(QLatin1String(key)).toString().isEmpty(), key);
    }
    QVERIFY(content.value(QLatin1String("api_key"))
        != content.value(QLatin1String("other_company"))
               .toObject()
               .value(QLatin1String("api_key")));
    // Nothing else on stdout, and a clean exit on SIGTERM.
    process.terminate();
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().trimmed().isEmpty());
}

void TestServerSmoke::usersPage()
{
    const TestHttpResponse all = TestHttp::get(url(QStringLiteral("/users?size=1000")), staff());
    QCOMPARE(all.status, 200);
    const qint64 total = all.header("X-Pagination-Total").toLongLong();
    QCOMPARE(qint64(all.json().array().size()), total);
    QVERIFY(total > 40 && total <= 60); // some seeded users are deleted

    const TestHttpResponse page
        = TestHttp::get(url(QStringLiteral("/users?size=7&page=2")), staff());
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("X-Pagination-Total").toLongLong(), total);
    const QJsonArray users = page.json().array();
    QCOMPARE(users.size(), 7);
    // Default order: newest first; page 2 is rows 14..20 of the full list.
    for (int i = 0; i < users.size(); ++i)
        QCOMPARE(users.at(i).toObject().value(QLatin1String("_id")),
            all.json().array().at(14 + i).toObject().value(QLatin1String("_id")));
    QCOMPARE(
        users.at(0).toObject().value(QLatin1String("_cls")).toString(), QStringLiteral("User"));
}

void TestServerSmoke::unauthorized()
{
    const TestHttpResponse noKey = TestHttp::get(url(QStringLiteral("/users")));
    QCOMPARE(noKey.status, 401);
    QVERIFY(!noKey.json().object().value(QLatin1String("message")).toString().isEmpty());

    QByteArray forged = m_server.credentials().serviceAccountKey.toLatin1();
    forged[forged.size() - 2] = forged[forged.size() - 2] == 'A' ? 'B' : 'A';
    const TestHttpResponse badToken = TestHttp::get(url(QStringLiteral("/users")),
        TestHttp::auth(m_server.credentials().apiKey, QString::fromLatin1(forged)));
    QCOMPARE(badToken.status, 401);

    // The other company's staff key does not open this company's data.
    const TestHttpResponse crossed = TestHttp::get(url(QStringLiteral("/users")),
        TestHttp::auth(m_server.credentials().apiKey, m_server.otherCompany().serviceAccountKey));
    QCOMPARE(crossed.status, 401);
}

void TestServerSmoke::forbidden()
{
    const TestHttp::Headers user
        = TestHttp::auth(m_server.credentials().apiKey, m_server.credentials().userToken);
    QCOMPARE(TestHttp::get(url(QStringLiteral("/users")), user).status, 403);
    const TestHttpResponse me = TestHttp::get(url(QStringLiteral("/users/me")), user);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json()
                 .object()
                 .value(QLatin1String("_id"))
                 .toObject()
                 .value(QLatin1String("$oid"))
                 .toString(),
        m_server.credentials().userId);
}

void TestServerSmoke::staleIfMatch()
{
    const QString path = QStringLiteral("/users/") + m_server.credentials().userId;
    const TestHttpResponse before = TestHttp::get(url(path), staff());
    QCOMPARE(before.status, 200);
    const QByteArray etag = before.header("ETag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));

    TestHttp::Headers conditional = staff();
    conditional.append({"If-Match", etag});
    const TestHttpResponse first
        = TestHttp::request("PUT", url(path), conditional, R"({"note":"first writer"})");
    QCOMPARE(first.status, 200);
    QVERIFY(first.header("ETag") != etag);
    QCOMPARE(first.json().object().value(QLatin1String("note")).toString(),
        QStringLiteral("first writer"));

    const TestHttpResponse second
        = TestHttp::request("PUT", url(path), conditional, R"({"note":"second writer"})");
    QCOMPARE(second.status, 412);
    QVERIFY(!second.json().object().value(QLatin1String("message")).toString().isEmpty());

    const TestHttpResponse after = TestHttp::get(url(path), staff());
    QCOMPARE(after.json().object().value(QLatin1String("note")).toString(),
        QStringLiteral("first writer"));
    QCOMPARE(after.header("ETag"), first.header("ETag"));
}

QTEST_GUILESS_MAIN(TestServerSmoke)
#include "tst_server_smoke.moc"
