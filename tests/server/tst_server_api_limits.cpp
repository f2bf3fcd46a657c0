// SPDX-License-Identifier: GPL-3.0-or-later
// Limits and operations of the real builton-server over loopback: body size (1 MiB), a
// 4 GiB Content-Length, malformed and non-object JSON, unknown routes, oversized heads, the
// per-key rate limit, the access log (what it has and what it must never have), the
// loopback bind, and the credentials file's mode.

#include "tst_server_api_common.h"

#include <QFile>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ApiTest;

namespace {

constexpr qsizetype MiB = 1024 * 1024;

mode_t fileMode(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

/// Starts the binary directly (for what TestServer does not let a test choose) and returns
/// its ready line; stderr is read into `errors` after it stops.
QByteArray startDirectly(QProcess *process, const QStringList &args)
{
    process->start(TestServer::serverBinary(), args);
    if (!process->waitForStarted(10000))
        return {};
    QDeadlineTimer deadline(60000);
    while (
        !process->canReadLine() && !deadline.hasExpired() && process->state() == QProcess::Running)
        process->waitForReadyRead(100);
    return process->readLine().trimmed();
}

} // namespace

class TestServerApiLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bodyAtTheLimit();
    void bodyOverTheLimit_data();
    void bodyOverTheLimit();
    void hugeContentLengthIsRefusedAtOnce_data();
    void hugeContentLengthIsRefusedAtOnce();
    void badFraming_data();
    void badFraming();
    void notJson_data();
    void notJson();
    void unknownRoutes_data();
    void unknownRoutes();
    void oversizedHead_data();
    void oversizedHead();
    void rateLimit();
    void accessLog();
    void bindsToLoopback();
    void credentialsFile();

private:
    TestHttpResponse call(const QByteArray &method, const QByteArray &target,
        const TestHttp::Headers &headers, const QByteArray &body = {}) const
    {
        return TestHttp::request(method, url(m_server, target), headers, body);
    }
    QByteArray userPath() const { return "/users/" + m_server.credentials().userId.toLatin1(); }
    QByteArray current() const { return call("GET", userPath(), staff(m_server)).body; }
    void stillAnswers() const
    {
        const TestHttpResponse r = call("GET", "/users?size=1", staff(m_server));
        QCOMPARE(r.status, 200);
    }

    TestServer m_server;
};

void TestServerApiLimits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 40;
    options.orders = 100;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

// ---- body size -------------------------------------------------------------------------

void TestServerApiLimits::bodyAtTheLimit()
{
    // A body of exactly 1 MiB passes the transport and is read whole. (A note of 1 MiB is over
    // the note's cap of 10,000 characters, docs/API.md, so the body is a note at its cap and
    // whitespace, which JSON allows anywhere between tokens.)
    const QByteArray note(10000, 'n');
    const QByteArray json = R"({"note":")" + note + R"("})";
    const QByteArray body = json + QByteArray(MiB - json.size(), ' ');
    QCOMPARE(body.size(), MiB);
    const TestHttpResponse r = call("PUT", userPath(), staff(m_server), body);
    QVERIFY2(r.status == 200, r.body.left(300).constData());
    QCOMPARE(rawMember(current(), QStringLiteral("note")), '"' + note + '"');
    // One byte more is refused by the transport, before anything reads it.
    QCOMPARE(call("PUT", userPath(), staff(m_server), body + ' ').status, 413);
    // Put a short note back, so the other tests read small documents.
    QCOMPARE(call("PUT", userPath(), staff(m_server), R"({"note":"short"})").status, 200);
}

void TestServerApiLimits::bodyOverTheLimit_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("1 MiB + 1") << MiB + 1;
    QTest::newRow("2 MiB") << 2 * MiB;
    QTest::newRow("16 MiB") << 16 * MiB;
}

void TestServerApiLimits::bodyOverTheLimit()
{
    QFETCH(qsizetype, size);
    const QByteArray before = current();
    const QByteArray prefix = R"({"note":")";
    const QByteArray body = prefix + QByteArray(size - prefix.size() - 2, 'x') + "\"}";
    QCOMPARE(body.size(), size);
    // With Content-Length, through an ordinary client...
    const TestHttpResponse r = call("PUT", userPath(), staff(m_server), body);
    QString problem = errorProblem(r, 413);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // ...and chunked, over a raw socket.
    QByteArray chunked = rawHead(m_server, "PUT", userPath(),
        {"Content-Type: application/json", "Transfer-Encoding: chunked"});
    chunked += "\r\n";
    for (qsizetype at = 0; at < body.size(); at += 64 * 1024) {
        const QByteArray chunk = body.mid(at, 64 * 1024);
        chunked += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    chunked += "0\r\n\r\n";
    const RawResponse raw = rawRequest(m_server, chunked);
    QCOMPARE(raw.status, 413);
    QVERIFY(!raw.json().object().value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(current(), before);
    stillAnswers();
}

void TestServerApiLimits::hugeContentLengthIsRefusedAtOnce_data()
{
    QTest::addColumn<QByteArray>("length");
    QTest::newRow("4 GiB") << QByteArray("4294967296");
    QTest::newRow("2 GiB") << QByteArray("2147483648");
    QTest::newRow("2^63 - 1") << QByteArray("9223372036854775807");
    QTest::newRow("1 MiB + 1") << QByteArray::number(MiB + 1);
}

void TestServerApiLimits::hugeContentLengthIsRefusedAtOnce()
{
    QFETCH(QByteArray, length);
    const QByteArray before = current();
    // The head announces a huge body, then only a few bytes come: the answer must not wait
    // for the rest (nor allocate it).
    const RawResponse r = rawRequest(m_server,
        rawHead(m_server, "PUT", userPath(),
            {"Content-Type: application/json", "Content-Length: " + length})
            + "\r\n{\"note\":\"x\"}",
        10000);
    QCOMPARE(r.status, 413);
    QVERIFY2(r.elapsedMs < 8000, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(!r.json().object().value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(current(), before);
    stillAnswers();
}

void TestServerApiLimits::badFraming_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    const QByteArray put = "PUT /users/me HTTP/1.1\r\nHost: x\r\n";
    QTest::newRow("negative Content-Length")
        << QByteArray(put + "Content-Length: -1\r\n\r\n{}") << 400;
    QTest::newRow("Content-Length not a number")
        << QByteArray(put + "Content-Length: abc\r\n\r\n{}") << 400;
    QTest::newRow("Content-Length and chunked") << QByteArray(
        put + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
                                                << 400;
    QTest::newRow("two different Content-Lengths")
        << QByteArray(put + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{} ") << 400;
    QTest::newRow("broken request line") << QByteArray("PUT\r\n\r\n") << 400;
    QTest::newRow("bad chunk size")
        << QByteArray(put + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n") << 400;
}

void TestServerApiLimits::badFraming()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    const QByteArray before = current();
    const RawResponse r = rawRequest(m_server, request, 10000);
    QCOMPARE(r.status, status);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(!r.json().object().value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(current(), before);
    stillAnswers();
}

// ---- bodies and routes -----------------------------------------------------------------

void TestServerApiLimits::notJson_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("suffix"); // after /users/{id}, or "v2" for POST /v2/users
    QTest::addColumn<QByteArray>("body");

    for (const char *body : {"{", "{\"note\":\"x\"", "nul", "{\"note\":\"x\"}}", "\xff\xfe{}",
             "{\"note\":\"\xc3\x28\"}", "[]", "\"text\"", "42", "null", "true"}) {
        QTest::newRow(qPrintable(QStringLiteral("PUT user: ") + QString::fromLatin1(body)))
            << QByteArray("PUT") << QByteArray() << QByteArray(body);
        QTest::newRow(qPrintable(QStringLiteral("POST /v2/users: ") + QString::fromLatin1(body)))
            << QByteArray("POST") << QByteArray("v2") << QByteArray(body);
    }
    for (const char *body : {"[", "{}", "\"x\"", "[{]"}) {
        QTest::newRow(qPrintable(QStringLiteral("PUT addresses: ") + QString::fromLatin1(body)))
            << QByteArray("PUT") << QByteArray("/addresses") << QByteArray(body);
    }
}

void TestServerApiLimits::notJson()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, suffix);
    QFETCH(QByteArray, body);
    const QByteArray before = current();
    const TestHttpResponse r = suffix == "v2"
        ? call("POST", "/v2/users", user(m_server), body)
        : call(method, userPath() + suffix, staff(m_server), body);
    const QString problem = errorProblem(r, 400);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(current(), before);
}

void TestServerApiLimits::unknownRoutes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    for (const char *target : {"/", "/nothing", "/users/a/b", "/users/me/orders/1",
             "/users/me/addresses/0", "/v2/users/x", "/v1/users", "/v3/users", "/USERS",
             "/orders/a/b", "/tags/vip", "/subscriptions/x/y", "/payment_methods/x",
             "/users/search/x", "/.env", "/users%2Fme", "/favicon.ico"}) {
        for (const char *method : {"GET", "PUT", "DELETE"})
            QTest::newRow(qPrintable(
                QStringLiteral("%1 %2").arg(QLatin1String(method), QLatin1String(target))))
                << QByteArray(method) << QByteArray(target);
    }
}

void TestServerApiLimits::unknownRoutes()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    for (const TestHttp::Headers &headers : {staff(m_server), TestHttp::Headers()}) {
        const TestHttpResponse r = call(method, target, headers, method == "PUT" ? "{}" : "");
        const QString problem = errorProblem(r, 404);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestServerApiLimits::oversizedHead_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    const QByteArray get = rawHead(m_server, "GET", "/users?size=1");
    QTest::newRow("one header of 60 KiB") << get + "X-Pad: " + QByteArray(60 * 1024, 'p')
            + "\r\n\r\n" << 200;
    QTest::newRow("one header of 70 KiB") << get + "X-Pad: " + QByteArray(70 * 1024, 'p')
            + "\r\n\r\n" << 431;
    QTest::newRow("an Authorization of 1 MiB") << QByteArray(
        "GET /users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + QByteArray(MiB, 'a')
        + "\r\n\r\n") << 431;
    // QtHttpServer 6.4 parses at most 100 header fields (and would drop them all silently).
    auto withFields = [&get](int total) -> QByteArray {
        QByteArray request = get; // has Host, X-Builton-Api-Key and Authorization
        for (int i = 3; i < total; ++i)
            request += "X-H" + QByteArray::number(i) + ": v\r\n";
        return request + "\r\n";
    };
    QTest::newRow("100 header fields") << withFields(100) << 200;
    QTest::newRow("101 header fields") << withFields(101) << 431;
    QTest::newRow("5000 header fields") << withFields(5000) << 431;
    QTest::newRow("a target of 70 KiB")
        << rawHead(m_server, "GET", "/users?size=1&x=" + QByteArray(70 * 1024, 'q')) + "\r\n"
        << 431;
    QTest::newRow("a header line that never ends")
        << get + "X-Pad: " + QByteArray(200 * 1024, 'p') << 431;
}

void TestServerApiLimits::oversizedHead()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    const RawResponse r = rawRequest(m_server, request, 10000);
    QCOMPARE(r.status, status);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    if (status != 200)
        QVERIFY(!r.json().object().value(QLatin1String("message")).toString().isEmpty());
    stillAnswers();
}

// ---- rate limit ------------------------------------------------------------------------

void TestServerApiLimits::rateLimit()
{
    TestServer limited;
    TestServer::Options options;
    options.users = 20;
    options.orders = 20;
    options.extraArgs = {QStringLiteral("--rate-limit"), QStringLiteral("3"),
        QStringLiteral("--rate-window"), QStringLiteral("2")};
    QVERIFY2(limited.start(options), qPrintable(limited.errorString()));
    auto get = [&limited](const TestHttp::Headers &h) {
        return TestHttp::get(url(limited, "/tags"), h);
    };

    // Four requests pipelined on one connection, so that all of them fall into the first
    // window however busy the machine is.
    const QByteArray request = rawHead(limited, "GET", "/tags") + "\r\n";
    // Every route counts, the user token's too (it is the same API key).
    const QByteArray asUser = "GET /users/me HTTP/1.1\r\nHost: x\r\nX-Builton-Api-Key: "
        + limited.credentials().apiKey.toUtf8() + "\r\nAuthorization: Bearer "
        + limited.credentials().userToken.toUtf8() + "\r\n\r\n";
    const QList<RawResponse> four
        = rawPipeline(limited, {request, request, request, request, asUser});
    QCOMPARE(four.size(), 5);
    QCOMPARE(four.at(4).status, 429);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(four.at(i).status, 200);
        QCOMPARE(four.at(i).header("X-Rate-Limit-Remaining"), QByteArray::number(2 - i));
    }
    const RawResponse &refused = four.at(3);
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.header("Content-Type").startsWith("application/json"));
    QVERIFY(!refused.json().object().value(QLatin1String("message")).toString().isEmpty());
    bool ok = false;
    const int retryAfter = refused.header("Retry-After").toInt(&ok);
    QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 2, refused.header("Retry-After").constData());
    QCOMPARE(refused.header("X-Rate-Limit-Remaining"), QByteArray("0"));
    // Another key has a budget of its own.
    const TestHttpResponse other = get(
        TestHttp::auth(limited.otherCompany().apiKey, limited.otherCompany().serviceAccountKey));
    QCOMPARE(other.status, 200);
    QCOMPARE(other.header("X-Rate-Limit-Remaining"), QByteArray("2"));
    // Requests without a valid key are not counted against anyone and say nothing.
    const TestHttpResponse anonymous = get({});
    QCOMPARE(anonymous.status, 401);
    QVERIFY(anonymous.header("X-Rate-Limit-Remaining").isEmpty());

    // After Retry-After the key may call again.
    QTest::qWait(retryAfter * 1000 + 200);
    const TestHttpResponse again = get(staff(limited));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("X-Rate-Limit-Remaining"), QByteArray("2"));

    // Without --rate-limit there is no such header.
    QVERIFY(call("GET", "/tags", staff(m_server)).header("X-Rate-Limit-Remaining").isEmpty());
}

// ---- access log ------------------------------------------------------------------------

void TestServerApiLimits::accessLog()
{
    const QByteArray secretNote
        = "note-that-must-not-be-logged-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QCOMPARE(call("PUT", userPath(), staff(m_server), R"({"note":")" + secretNote + R"("})").status,
        200);
    QCOMPARE(call("GET", "/users?size=2&sort=-email", staff(m_server)).status, 200);
    QCOMPARE(call("GET", "/users/me", user(m_server)).status, 200);
    QCOMPARE(call("GET", "/no/such/route", staff(m_server)).status, 404);
    QCOMPARE(call("GET", "/users", TestHttp::auth(QStringLiteral("bk_wrong"), QStringLiteral("x")))
                 .status,
        401);
    QCOMPARE(rawRequest(m_server,
                 rawHead(m_server, "PUT", userPath(), {"Content-Length: 4294967296"}) + "\r\n")
                 .status,
        413);
    QCOMPARE(rawRequest(m_server,
                 rawHead(m_server, "GET", "/tags?ctl=%1b", {"X-Pad: " + QByteArray(70 * 1024, 'p')})
                     + "\r\n")
                 .status,
        431);
    rawRequest(m_server, "GET /users?x=\x1b[31mred HTTP/1.1\r\nHost: x\r\n\r\n");
    // An escape byte in a header: refused, and the refusal is logged (with the request line,
    // which was read) without the byte.
    QCOMPARE(rawRequest(m_server,
                 "GET /tags?marker=escape-in-a-header HTTP/1.1\r\nHost: x\r\nUser-Agent: a\x1b[31mb"
                 "\r\n\r\n")
                 .status,
        400);
    QTest::qWait(200);

    const QByteArray log = m_server.standardError();
    const QRegularExpression line(QStringLiteral(
        R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (\S+) (\S+) (\d{3}) (\d+\.\d\d)ms "[^"]*"$)"));
    QStringList requests;
    for (const QByteArray &l : log.split('\n')) {
        const QRegularExpressionMatch m = line.match(QString::fromLatin1(l));
        if (m.hasMatch())
            requests << m.captured(1) + QLatin1Char(' ') + m.captured(2) + QLatin1Char(' ')
                    + m.captured(3);
    }
    QVERIFY2(requests.size() > 10, log.right(2000).constData());
    const QString put = QStringLiteral("PUT ") + QString::fromLatin1(userPath());
    for (const QString &expected :
        {QString(put + QStringLiteral(" 200")), QStringLiteral("GET /users?size=2&sort=-email 200"),
            QStringLiteral("GET /users/me 200"), QStringLiteral("GET /no/such/route 404"),
            QStringLiteral("GET /users 401"), QString(put + QStringLiteral(" 413"))}) {
        QVERIFY2(requests.contains(expected), qPrintable(expected));
    }
    bool sawHeadTooLarge = false;
    for (const QString &r : std::as_const(requests))
        sawHeadTooLarge = sawHeadTooLarge || r.endsWith(QLatin1String(" 431"));
    QVERIFY(sawHeadTooLarge);

    // Never a secret, a header or a body; one request stays one line.
    for (const QString &secret :
        {m_server.credentials().apiKey, m_server.credentials().serviceAccountKey,
            m_server.credentials().userToken, m_server.otherCompany().apiKey,
            m_server.otherCompany().serviceAccountKey, m_server.otherCompany().userToken}) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!log.contains(secret.toUtf8()), "a secret is in the log");
        // Not even a part of a token (its signature, say).
        QVERIFY2(!log.contains(secret.toUtf8().right(20)), "part of a secret is in the log");
    }
    QVERIFY(!log.contains("Bearer"));
    QVERIFY(!log.contains("X-Builton-Api-Key"));
    QVERIFY(!log.contains(secretNote));
    QVERIFY(requests.contains(QStringLiteral("GET /tags?marker=escape-in-a-header 400")));
    QVERIFY(!log.contains('\x1b'));
}

// ---- bind and credentials --------------------------------------------------------------

void TestServerApiLimits::bindsToLoopback()
{
    // "--listen 0" gives only the port: the host is the default, 127.0.0.1.
    QProcess process;
    const QByteArray ready = startDirectly(&process,
        {QStringLiteral("--listen"), QStringLiteral("0"), QStringLiteral("--memory"),
            QStringLiteral("--quiet")});
    const QUrl url(QJsonDocument::fromJson(ready).object().value(QLatin1String("url")).toString());
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    const quint16 port = quint16(url.port());
    {
        QTcpSocket loopback;
        loopback.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(loopback.waitForConnected(5000));
    }
    // No other address of this machine reaches it.
    int tried = 0;
    QList<QHostAddress> others = QNetworkInterface::allAddresses();
    others << QHostAddress(QHostAddress::LocalHostIPv6);
    for (const QHostAddress &address : std::as_const(others)) {
        if (address == QHostAddress(QHostAddress::LocalHost) || address.isLinkLocal())
            continue;
        QTcpSocket socket;
        socket.connectToHost(address, port);
        QVERIFY2(!socket.waitForConnected(2000), qPrintable(address.toString()));
        ++tried;
    }
    QVERIFY(tried > 0);
    process.terminate();
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 0);

    // Listening on every address must be asked for, and is warned about.
    QProcess open;
    const QByteArray openReady = startDirectly(&open,
        {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"), QStringLiteral("--memory"),
            QStringLiteral("--quiet")});
    QVERIFY(!openReady.isEmpty());
    open.terminate();
    QVERIFY(open.waitForFinished(15000));
    QVERIFY2(open.readAllStandardError().contains("Warning"), "no warning for 0.0.0.0");
}

void TestServerApiLimits::credentialsFile()
{
    // The file of the running server.
    const QString path = m_server.credentialsFilePath();
    QCOMPARE(fileMode(path), mode_t(0600));
    const QFileInfo info(path);
    for (const QString &name : info.dir().entryList(QDir::Files))
        QVERIFY2(!name.contains(QLatin1String(".tmp")), qPrintable(name));

    // A file that exists already, readable by others, is replaced by one that is not; a
    // missing directory is created.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString existing = dir.filePath(QStringLiteral("creds.json"));
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old content");
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther);
    }
    QCOMPARE(fileMode(existing), mode_t(0644));
    const QString nested = dir.filePath(QStringLiteral("a/b/creds.json"));
    for (const QString &target : {existing, nested}) {
        QProcess process;
        const QByteArray ready = startDirectly(&process,
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--memory"),
                QStringLiteral("--seed"), QStringLiteral("--users"), QStringLiteral("5"),
                QStringLiteral("--orders"), QStringLiteral("5"),
                QStringLiteral("--credentials-file"), target, QStringLiteral("--quiet")});
        QVERIFY(!ready.isEmpty());
        process.terminate();
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(fileMode(target), mode_t(0600));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject content = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!content.value(QLatin1String("api_key")).toString().isEmpty());
        // The secrets are in the file only, never on the console.
        const QByteArray console = process.readAllStandardError() + process.readAllStandardOutput();
        QVERIFY(!console.contains(content.value(QLatin1String("api_key")).toString().toUtf8()));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("creds.json")});
}

QTEST_GUILESS_MAIN(TestServerApiLimits)
#include "tst_server_api_limits.moc"
