// SPDX-License-Identifier: GPL-3.0-or-later

// Every error class of ApiClient through a scripted FaultServer on loopback: timeouts, slow
// drip, size cap, truncated and malformed bodies, retries with Retry-After, redirects that
// must not carry credentials, TLS, cancellation, superseding and teardown while in flight.

#include "api/ApiClient.h"
#include "api/Version.h"
#include "tests/api/ApiTestSupport.h"
#include "tests/support/FaultServer.h"
#include "tests/support/TestServer.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <memory>

using namespace ApiTest;
using Kind = ApiError::Kind;

namespace {
const QByteArray UserJson = R"({"_id":{"$oid":"5d9218f71fad44000b0fb80a"},"first_name":"Ada"})";
const QString UserId = QStringLiteral("5d9218f71fad44000b0fb80a");
const QByteArray UserPath = "/users/5d9218f71fad44000b0fb80a";

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}
} // namespace

class TestApiFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void success();
    void httpStatus_data();
    void httpStatus();
    void unauthorizedSignalsCredentialsRejected();
    void malformedBody_data();
    void malformedBody();
    void truncatedBody_data();
    void truncatedBody();
    void hangTimesOut();
    void delayWithinTimeoutSucceeds();
    void slowDripHitsDeadline();
    void tooLargeByContentLength();
    void tooLargeWhileReading();
    void retriesIdempotentGet_data();
    void retriesIdempotentGet();
    void retriesGiveUp();
    void retryAfterSeconds();
    void retryAfterHttpDate();
    void retryAfterAboveCap();
    void retryNotPastDeadline();
    void writesNotRetried_data();
    void writesNotRetried();
    void abortIsCanceled();
    void supersededRequest();
    void differentSupersedeKeysCoexist();
    void connectionRefused();
    void hostNotFound();
    void insecureUrlRefused_data();
    void insecureUrlRefused();
    void invalidRequestSendsNothing();
    void crossOriginRedirect_data();
    void crossOriginRedirect();
    void sameOriginRedirectFollowed();
    void redirectLoopCapped();
    void writeRedirects();
    void tlsErrorFailsRequest();
    void activeRequestsCounted();
    void setConnectionKeepsRequestsInFlight();
    void onFinishedDiesWithContext();
    void destroyClientWithRequestsInFlight();
    void destroyClientInsideFinished();
    void deleteUnfinishedReply();
    void abandonAfterStalledEventLoop();

private:
    std::unique_ptr<ApiClient> makeClient(
        const QUrl &base, const ApiClientSettings &settings = fastSettings());

    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestApiFaults::init()
{
    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->listen());
    m_client = makeClient(m_server->url());
}

void TestApiFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
}

std::unique_ptr<ApiClient> TestApiFaults::makeClient(
    const QUrl &base, const ApiClientSettings &settings)
{
    auto client = std::make_unique<ApiClient>();
    client->setConnection({base, fakeApiKey(), fakeToken()});
    client->setSettings(settings);
    return client;
}

void TestApiFaults::success()
{
    m_server->route(UserPath, FaultResponse::json(UserJson).withHeader("ETag", "\"v1\""));
    Call call(m_client->getUser(UserId));
    QVERIFY(!call.reply->isFinished()); // never synchronously
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    QCOMPARE(call.reply->response().status, 200);
    QCOMPARE(call.reply->response().etag, QByteArray("\"v1\""));
    QCOMPARE(call.reply->response().body, UserJson);
    QCOMPARE(call.reply->response().object.value(QLatin1String("first_name")).toString(),
        QStringLiteral("Ada"));
    QCOMPARE(call.reply->attempts(), 1);

    QCOMPARE(m_server->requests().size(), 1);
    const FaultRequest request = m_server->requests().constFirst();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, UserPath);
    QCOMPARE(request.header("X-Builton-Api-Key"), fakeApiKey().toLatin1());
    QCOMPARE(request.header("Authorization"), "Bearer " + fakeToken().toLatin1());
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QCOMPARE(request.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(request.header("User-Agent"), ApiClient::userAgent());
    QVERIFY(request.header("User-Agent")
                .startsWith(QByteArray("BuiltOn-Admin/" + builtonVersion().toLatin1())));
    QVERIFY(request.header("User-Agent").contains("(Qt 6."));
    QVERIFY(!request.hasHeader("Cookie"));

    QTest::qWait(50);
    QCOMPARE(call.spy->count(), 1);
}

void TestApiFaults::httpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<int>("kind");

    QTest::newRow("400 names the field") << 400 << QByteArray("email") << int(Kind::Http);
    QTest::newRow("403 staff route") << 403 << QByteArray() << int(Kind::Forbidden);
    QTest::newRow("404 unknown id") << 404 << QByteArray() << int(Kind::NotFound);
    QTest::newRow("412 stale If-Match") << 412 << QByteArray() << int(Kind::PreconditionFailed);
    QTest::newRow("413 too large") << 413 << QByteArray() << int(Kind::Http);
    QTest::newRow("500 not retried") << 500 << QByteArray() << int(Kind::Http);
}

void TestApiFaults::httpStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, field);
    QFETCH(int, kind);

    const QByteArray message = "Something specific went wrong";
    m_server->route(UserPath, FaultResponse::error(status, message, field));
    QSignalSpy rejected(m_client.get(), &ApiClient::credentialsRejected);
    Call call(m_client->getUser(UserId));
    QVERIFY(call.wait());
    QCOMPARE(call.spy->count(), 1);
    QVERIFY(!call.reply->isSuccess());
    QCOMPARE(int(call.kind()), kind);
    QCOMPARE(call.reply->error().httpStatus(), status);
    QCOMPARE(call.reply->error().serverMessage(), QString::fromUtf8(message));
    QCOMPARE(call.reply->error().field(), QString::fromUtf8(field));
    QCOMPARE(call.reply->response().status, status);
    const QString text = call.reply->error().message();
    QVERIFY2(text.contains(QString::number(status)), qPrintable(text));
    if (kind == int(Kind::Http)) {
        QVERIFY2(text.contains(QString::fromUtf8(message)), qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("127.0.0.1:%1").arg(m_server->port())), qPrintable(text));
    }
    if (!field.isEmpty())
        QVERIFY2(text.contains(QString::fromUtf8(field)), qPrintable(text));
    QCOMPARE(m_server->count(UserPath), 1); // no retry for these statuses
    QCOMPARE(rejected.count(), 0);
}

void TestApiFaults::unauthorizedSignalsCredentialsRejected()
{
    m_server->route("/users/me", FaultResponse::error(401, "Token expired"));
    QSignalSpy rejected(m_client.get(), &ApiClient::credentialsRejected);
    Call call(m_client->getMe());
    QVERIFY(call.wait());
    QCOMPARE(call.kind(), Kind::Unauthorized);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.at(0).at(0).value<ApiError>().kind(), Kind::Unauthorized);
    QVERIFY(call.reply->error().message().contains(QLatin1String("Token expired")));
    QCOMPARE(m_server->count("/users/me"), 1);
}

void TestApiFaults::malformedBody_data()
{
    QTest::addColumn<bool>("list");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("total");
    QTest::addColumn<QString>("field");

    const QByteArray json = "application/json";
    QTest::newRow("broken object")
        << false << json << QByteArray(R"({"_id": {"$oid": "a"},, })") << QByteArray() << QString();
    QTest::newRow("garbage after object")
        << false << json << QByteArray(R"({"a": 1} trailing)") << QByteArray() << QString();
    QTest::newRow("array where object")
        << false << json << QByteArray("[1, 2]") << QByteArray() << QString();
    QTest::newRow("empty body") << false << json << QByteArray() << QByteArray() << QString();
    QTest::newRow("captive portal html")
        << false << QByteArray("text/html; charset=utf-8")
        << QByteArray("<html><body>Log in to the hotel wifi</body></html>") << QByteArray()
        << QString();
    QTest::newRow("json without content type")
        << false << QByteArray() << UserJson << QByteArray() << QString();
    QTest::newRow("object where list")
        << true << json << QByteArray(R"({"items": []})") << QByteArray("1") << QString();
    QTest::newRow("list cut off") << true << json << QByteArray(R"([{"a": 1}, {"a": )")
                                  << QByteArray("2") << QString();
    QTest::newRow("total not a number") << true << json << QByteArray("[]") << QByteArray("many")
                                        << QStringLiteral("X-Pagination-Total");
    QTest::newRow("total negative") << true << json << QByteArray("[]") << QByteArray("-4")
                                    << QStringLiteral("X-Pagination-Total");
}

void TestApiFaults::malformedBody()
{
    QFETCH(bool, list);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, total);
    QFETCH(QString, field);

    FaultResponse response;
    response.body = body;
    if (!contentType.isEmpty())
        response.withHeader("Content-Type", contentType);
    if (!total.isEmpty())
        response.withHeader("X-Pagination-Total", total);
    m_server->route(list ? QByteArray("/users") : UserPath, response);

    Call call(list ? m_client->listUsers(UserQuery()) : m_client->getUser(UserId));
    QVERIFY(call.wait());
    QCOMPARE(call.spy->count(), 1);
    QVERIFY2(call.kind() == Kind::MalformedBody, call.describe());
    QCOMPARE(call.reply->error().field(), field);
    const QString text = call.reply->error().message();
    QVERIFY2(text.contains(QStringLiteral("127.0.0.1:%1").arg(m_server->port())), qPrintable(text));
    if (!field.isEmpty())
        QVERIFY2(text.contains(field), qPrintable(text));
}

void TestApiFaults::truncatedBody_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("closed early") << false;
    QTest::newRow("reset after headers") << true;
}

void TestApiFaults::truncatedBody()
{
    QFETCH(bool, reset);
    FaultResponse response = FaultResponse::truncated(UserJson.left(30), UserJson.size() + 500);
    response.resetAfterHeaders = reset;
    m_server->route(UserPath, response);
    Call call(m_client->getUser(UserId));
    QVERIFY(call.wait());
    QVERIFY2(!call.reply->isSuccess(), "a truncated body must never be a success");
    QVERIFY2(call.kind() == Kind::IncompleteBody || (reset && call.kind() == Kind::Network),
        call.describe());
    QVERIFY(call.reply->response().object.isEmpty());
    QCOMPARE(m_server->count(UserPath), 1);
}

void TestApiFaults::hangTimesOut()
{
    m_server->route(UserPath, FaultResponse::hangForever());
    Call call(m_client->getUser(UserId));
    QVERIFY(call.wait(5000));
    QVERIFY2(call.kind() == Kind::Timeout, call.describe());
    QVERIFY(!call.reply->error().isCancellation());
    // The 300 ms transfer timeout fires well before the 1.5 s deadline.
    QVERIFY2(call.elapsedMs >= 250 && call.elapsedMs < 1400,
        QByteArray::number(call.elapsedMs).constData());
    QTest::qWait(400);
    QCOMPARE(call.spy->count(), 1);
}

void TestApiFaults::delayWithinTimeoutSucceeds()
{
    m_server->route(UserPath, FaultResponse::delayed(120, UserJson));
    Call call(m_client->getUser(UserId));
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    QVERIFY(call.elapsedMs >= 100);
}

void TestApiFaults::slowDripHitsDeadline()
{
    // 1 byte every 100 ms: the transfer timeout (300 ms of silence) never fires, the deadline
    // (1.5 s) does.
    m_server->route(UserPath, FaultResponse::slowDrip(QByteArray(400, ' ') + UserJson, 1, 100));
    Call call(m_client->getUser(UserId));
    QVERIFY(call.wait(5000));
    QVERIFY2(call.kind() == Kind::Timeout, call.describe());
    QVERIFY2(call.elapsedMs >= 1400 && call.elapsedMs < 2500,
        QByteArray::number(call.elapsedMs).constData());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 2000);
}

void TestApiFaults::tooLargeByContentLength()
{
    ApiClientSettings settings = fastSettings();
    settings.maxResponseBytes = 1000;
    m_client->setSettings(settings);
    m_server->route("/users",
        FaultResponse::json("[" + QByteArray(5000, ' ') + "]")
            .withHeader("X-Pagination-Total", "0"));
    Call call(m_client->listUsers(UserQuery()));
    QVERIFY(call.wait());
    QVERIFY2(call.kind() == Kind::TooLarge, call.describe());
    QVERIFY(call.reply->error().message().contains(QLatin1String("1000")));
}

void TestApiFaults::tooLargeWhileReading()
{
    // No Content-Length and a body that never ends: the cap must stop reading, long before
    // the deadline.
    ApiClientSettings settings = fastSettings();
    settings.maxResponseBytes = 256 * 1024;
    settings.deadlineMs = 10000;
    m_client->setSettings(settings);
    m_server->route("/users", FaultResponse::endlessBody("[" + QByteArray(4095, ' '), 16384, 5));
    Call call(m_client->listUsers(UserQuery()));
    QVERIFY(call.wait(10000));
    QVERIFY2(call.kind() == Kind::TooLarge, call.describe());
    QVERIFY2(call.elapsedMs < 5000, QByteArray::number(call.elapsedMs).constData());
    QVERIFY(call.reply->response().body.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 3000);
}

void TestApiFaults::retriesIdempotentGet_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
    QTest::newRow("504") << 504;
    QTest::newRow("429 without Retry-After") << 429;
}

void TestApiFaults::retriesIdempotentGet()
{
    QFETCH(int, status);
    m_server->routeSequence(UserPath,
        {FaultResponse::error(status, "busy"), FaultResponse::error(status, "busy"),
            FaultResponse::json(UserJson)});
    Call call(m_client->getUser(UserId));
    QSignalSpy retries(call.reply.get(), &ApiReply::retryScheduled);
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    QCOMPARE(call.reply->attempts(), 3);
    QCOMPARE(m_server->count(UserPath), 3);
    QCOMPARE(retries.count(), 2);
    QCOMPARE(retries.at(0).at(0).toInt(), 2);
    QCOMPARE(retries.at(1).at(0).toInt(), 3);
    QCOMPARE(call.spy->count(), 1);
    // Every attempt carried the credentials to the same origin.
    for (const FaultRequest &request : m_server->requests())
        QCOMPARE(request.header("X-Builton-Api-Key"), fakeApiKey().toLatin1());
}

void TestApiFaults::retriesGiveUp()
{
    m_server->route(UserPath, FaultResponse::error(503, "still busy"));
    Call call(m_client->getUser(UserId));
    QVERIFY(call.wait());
    QCOMPARE(call.kind(), Kind::Http);
    QCOMPARE(call.reply->error().httpStatus(), 503);
    QCOMPARE(m_server->count(UserPath), 1 + fastSettings().maxRetries);
    QCOMPARE(call.reply->attempts(), 1 + fastSettings().maxRetries);
    QCOMPARE(call.spy->count(), 1);
}

void TestApiFaults::retryAfterSeconds()
{
    ApiClientSettings settings = fastSettings();
    settings.deadlineMs = 4000;
    m_client->setSettings(settings);
    m_server->routeSequence(
        UserPath, {FaultResponse::retryAfter(429, "1"), FaultResponse::json(UserJson)});
    Call call(m_client->getUser(UserId));
    QSignalSpy retries(call.reply.get(), &ApiReply::retryScheduled);
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    QCOMPARE(m_server->count(UserPath), 2);
    QCOMPARE(retries.count(), 1);
    QCOMPARE(retries.at(0).at(1).toInt(), 1000);
    QVERIFY2(call.elapsedMs >= 950, QByteArray::number(call.elapsedMs).constData());
}

void TestApiFaults::retryAfterHttpDate()
{
    ApiClientSettings settings = fastSettings();
    settings.deadlineMs = 5000;
    m_client->setSettings(settings);
    const QByteArray when = httpDate(QDateTime::currentDateTimeUtc().addSecs(2));
    m_server->routeSequence(
        UserPath, {FaultResponse::retryAfter(503, when), FaultResponse::json(UserJson)});
    Call call(m_client->getUser(UserId));
    QSignalSpy retries(call.reply.get(), &ApiReply::retryScheduled);
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    QCOMPARE(m_server->count(UserPath), 2);
    QCOMPARE(retries.count(), 1);
    // Whole seconds in the date: the wait is between 1 and 2 s, not the 20 ms backoff.
    const int delay = retries.at(0).at(1).toInt();
    QVERIFY2(delay >= 900 && delay <= 2100, QByteArray::number(delay).constData());
    QVERIFY2(call.elapsedMs >= 900, QByteArray::number(call.elapsedMs).constData());
}

void TestApiFaults::retryAfterAboveCap()
{
    m_server->route(UserPath, FaultResponse::retryAfter(429, "120"));
    Call call(m_client->getUser(UserId));
    QVERIFY(call.wait());
    QCOMPARE(call.kind(), Kind::RateLimited);
    QCOMPARE(call.reply->error().retryAfterSeconds(), 120);
    QVERIFY2(call.reply->error().message().contains(QLatin1String("120")),
        qPrintable(call.reply->error().message()));
    QCOMPARE(m_server->count(UserPath), 1);
    QVERIFY(call.elapsedMs < 1000);
}

void TestApiFaults::retryNotPastDeadline()
{
    // 2 s asked, under the 3 s cap, but past the 1.5 s deadline: fail now, saying how long.
    m_server->route(UserPath, FaultResponse::retryAfter(503, "2"));
    Call call(m_client->getUser(UserId));
    QVERIFY(call.wait());
    QCOMPARE(call.kind(), Kind::Http);
    QCOMPARE(call.reply->error().retryAfterSeconds(), 2);
    QCOMPARE(m_server->count(UserPath), 1);
    QVERIFY(call.elapsedMs < 1000);
}

void TestApiFaults::writesNotRetried_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("PUT 500") << QByteArray("PUT") << 500 << int(Kind::Http);
    QTest::newRow("PUT 503") << QByteArray("PUT") << 503 << int(Kind::Http);
    QTest::newRow("DELETE 502") << QByteArray("DELETE") << 502 << int(Kind::Http);
    QTest::newRow("POST 429") << QByteArray("POST") << 429 << int(Kind::RateLimited);
}

void TestApiFaults::writesNotRetried()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(int, kind);
    m_server->route(UserPath, FaultResponse::retryAfter(status, "1"));
    m_server->route("/v2/users", FaultResponse::retryAfter(status, "1"));
    ApiReply *reply = nullptr;
    if (method == "PUT")
        reply = m_client->updateUser(
            UserId, {{QStringLiteral("note"), QStringLiteral("x")}}, "\"v1\"");
    else if (method == "DELETE")
        reply = m_client->deleteUser(UserId, "\"v1\"");
    else
        reply = m_client->loginOrCreate();
    Call call(reply);
    QVERIFY(call.wait());
    QCOMPARE(int(call.kind()), kind);
    QCOMPARE(call.reply->attempts(), 1);
    QTest::qWait(1300); // longer than Retry-After: a retry would have arrived by now
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().constFirst().method, method);
    QCOMPARE(call.spy->count(), 1);
}

void TestApiFaults::abortIsCanceled()
{
    m_server->route(UserPath, FaultResponse::hangForever());
    Call call(m_client->getUser(UserId));
    QTRY_COMPARE(m_server->count(UserPath), 1);
    call.reply->abort();
    QCOMPARE(call.spy->count(), 1); // at once
    QCOMPARE(call.kind(), Kind::Canceled);
    QVERIFY(call.reply->error().isCancellation());
    QCOMPARE(m_client->activeRequests(), 0);
    call.reply->abort(); // a second abort changes nothing
    QTest::qWait(500); // past the transfer timeout: nothing else arrives
    QCOMPARE(call.spy->count(), 1);
    QCOMPARE(call.kind(), Kind::Canceled);
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestApiFaults::supersededRequest()
{
    m_server->route(
        "/users/search", FaultResponse::delayed(150, "[]").withHeader("X-Pagination-Total", "0"));
    UserQuery first;
    first.search = QStringLiteral("ad");
    UserQuery second;
    second.search = QStringLiteral("ada");
    const QString key = QStringLiteral("user-search");

    Call older(m_client->listUsers(first, key));
    QTRY_COMPARE(m_server->count("/users/search"), 1);
    Call newer(m_client->listUsers(second, key));
    QCOMPARE(older.spy->count(), 1);
    QCOMPARE(older.kind(), Kind::Superseded);
    QVERIFY(older.reply->error().isCancellation());
    QVERIFY(newer.wait());
    QVERIFY2(newer.reply->isSuccess(), newer.describe());
    QTest::qWait(300); // the older answer has had time to arrive: it is ignored
    QCOMPARE(older.spy->count(), 1);
    QCOMPARE(older.kind(), Kind::Superseded);
    QCOMPARE(older.reply->response().status, 0);
    QCOMPARE(newer.spy->count(), 1);
    QCOMPARE(m_client->activeRequests(), 0);
}

void TestApiFaults::differentSupersedeKeysCoexist()
{
    m_server->route("/users/me", FaultResponse::delayed(50, UserJson));
    Call a(m_client->getMe(QStringLiteral("a")));
    Call b(m_client->getMe(QStringLiteral("b")));
    Call c(m_client->getMe());
    Call d(m_client->getMe());
    for (Call *call : {&a, &b, &c, &d}) {
        QVERIFY(call->wait());
        QVERIFY2(call->reply->isSuccess(), call->describe());
    }
}

void TestApiFaults::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    auto client = makeClient(url);
    Call call(client->getMe());
    QVERIFY(call.wait());
    QVERIFY2(call.kind() == Kind::ConnectionRefused, call.describe());
    QVERIFY(call.reply->error().message().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    QCOMPARE(call.reply->attempts(), 1);
}

void TestApiFaults::hostNotFound()
{
    ApiClientSettings settings = fastSettings();
    settings.transferTimeoutMs = 5000;
    settings.deadlineMs = 8000;
    auto client = makeClient(QUrl(QStringLiteral("https://host.invalid")), settings);
    Call call(client->getMe());
    QVERIFY(call.wait(10000));
    QVERIFY2(call.kind() == Kind::HostNotFound, call.describe());
    QVERIFY(call.reply->error().message().contains(QLatin1String("host.invalid")));
}

void TestApiFaults::insecureUrlRefused_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<int>("kind");
    QTest::newRow("http remote") << QUrl(QStringLiteral("http://example.com"))
                                 << int(Kind::InsecureUrl);
    QTest::newRow("http private address")
        << QUrl(QStringLiteral("http://192.168.1.10:8080")) << int(Kind::InsecureUrl);
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://example.com")) << int(Kind::InvalidRequest);
    QTest::newRow("empty") << QUrl() << int(Kind::InvalidRequest);
    QTest::newRow("user info") << QUrl(QStringLiteral("https://user:pw@example.com"))
                               << int(Kind::InvalidRequest);
}

void TestApiFaults::insecureUrlRefused()
{
    QFETCH(QUrl, url);
    QFETCH(int, kind);
    auto client = makeClient(url);
    Call call(client->getMe());
    QVERIFY(!call.reply->isFinished());
    QVERIFY(call.wait(2000));
    QVERIFY2(int(call.kind()) == kind, call.describe());
    QVERIFY(call.elapsedMs < 500);
    QVERIFY(!call.reply->error().message().contains(QLatin1String("pw")));
    QCOMPARE(call.spy->count(), 1);
}

void TestApiFaults::invalidRequestSendsNothing()
{
    Call emptyId(m_client->getUser(QString()));
    OrderQuery query;
    query.scope = Scope::user(QString());
    Call emptyScope(m_client->listOrders(query));
    QVERIFY(!emptyId.reply->isFinished());
    QVERIFY(emptyId.wait());
    QVERIFY(emptyScope.wait());
    QCOMPARE(emptyId.kind(), Kind::InvalidRequest);
    QCOMPARE(emptyScope.kind(), Kind::InvalidRequest);

    auto client = makeClient(m_server->url());
    client->setConnection({m_server->url(), QStringLiteral("key with\r\nX-Injected: 1"), {}});
    Call injected(client->getMe());
    QVERIFY(injected.wait());
    QCOMPARE(injected.kind(), Kind::InvalidRequest);
    QTest::qWait(50);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestApiFaults::crossOriginRedirect_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("form"); // how the Location names the other server
    QTest::newRow("301 absolute") << 301 << QStringLiteral("absolute");
    QTest::newRow("302 absolute") << 302 << QStringLiteral("absolute");
    QTest::newRow("303 absolute") << 303 << QStringLiteral("absolute");
    QTest::newRow("307 absolute") << 307 << QStringLiteral("absolute");
    QTest::newRow("308 absolute") << 308 << QStringLiteral("absolute");
    QTest::newRow("302 network-path //host") << 302 << QStringLiteral("network-path");
    QTest::newRow("302 localhost alias") << 302 << QStringLiteral("localhost");
    QTest::newRow("302 same host, https") << 302 << QStringLiteral("scheme");
}

void TestApiFaults::crossOriginRedirect()
{
    QFETCH(int, status);
    QFETCH(QString, form);
    FaultServer other;
    QVERIFY(other.listen());
    other.setFallback(FaultResponse::json(UserJson));
    QByteArray location;
    if (form == QLatin1String("absolute"))
        location = other.url(QStringLiteral("/steal")).toEncoded();
    else if (form == QLatin1String("network-path"))
        location = "//127.0.0.1:" + QByteArray::number(other.port()) + "/steal";
    else if (form == QLatin1String("localhost"))
        location = "http://localhost:" + QByteArray::number(other.port()) + "/steal";
    else
        location = "https://127.0.0.1:" + QByteArray::number(m_server->port()) + "/steal";
    m_server->route(UserPath, FaultResponse::redirect(status, location));

    Call call(m_client->getUser(UserId));
    QVERIFY(call.wait());
    QVERIFY2(call.kind() == Kind::CrossOriginRedirect, call.describe());
    QCOMPARE(call.reply->error().httpStatus(), status);
    QTest::qWait(100);
    QCOMPARE(other.requests().size(), 0);
    QCOMPARE(other.connectionsSeen(), 0);
    QCOMPARE(m_server->requests().size(), 1); // not even the https "same host" was tried
    QVERIFY(call.reply->error().message().contains(QLatin1String("credentials")));
}

void TestApiFaults::sameOriginRedirectFollowed()
{
    m_server->route("/old", FaultResponse::redirect(301, UserPath));
    m_server->route(UserPath, FaultResponse::json(UserJson));
    ApiRequest request;
    request.path = QStringLiteral("/old");
    Call call(m_client->send(request));
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    QCOMPARE(call.reply->response().url.path(), QString::fromLatin1(UserPath));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).header("X-Builton-Api-Key"), fakeApiKey().toLatin1());
}

void TestApiFaults::redirectLoopCapped()
{
    m_server->route("/loop", FaultResponse::redirect(302, "/loop"));
    ApiRequest request;
    request.path = QStringLiteral("/loop");
    Call call(m_client->send(request));
    QVERIFY(call.wait());
    QCOMPARE(call.kind(), Kind::TooManyRedirects);
    QCOMPARE(m_server->count("/loop"), 1 + fastSettings().maxRedirects);
}

void TestApiFaults::writeRedirects()
{
    // 307 repeats the PUT with its body; 302 would turn it into a GET, so it is refused.
    m_server->route("/users/a", FaultResponse::redirect(307, "/users/b"));
    m_server->route("/users/b", FaultResponse::json(UserJson));
    m_server->route("/users/c", FaultResponse::redirect(302, "/users/b"));
    const QJsonObject patch {{QStringLiteral("note"), QStringLiteral("hello")}};

    Call followed(m_client->updateUser(QStringLiteral("a"), patch, "\"v1\""));
    QVERIFY(followed.wait());
    QVERIFY2(followed.reply->isSuccess(), followed.describe());
    QCOMPARE(m_server->count("/users/b"), 1);
    const FaultRequest repeated = m_server->requests().at(1);
    QCOMPARE(repeated.method, QByteArray("PUT"));
    QCOMPARE(repeated.body, QByteArray(R"({"note":"hello"})"));
    QCOMPARE(repeated.header("If-Match"), QByteArray("\"v1\""));

    Call refused(m_client->updateUser(QStringLiteral("c"), patch));
    QVERIFY(refused.wait());
    QCOMPARE(refused.kind(), Kind::Http);
    QCOMPARE(refused.reply->error().httpStatus(), 302);
    QCOMPARE(m_server->count("/users/b"), 1);
}

void TestApiFaults::tlsErrorFailsRequest()
{
    FaultServer tls;
    QVERIFY2(tls.listenTls(), "cannot serve tests/data/tls/server.{crt,key}");
    tls.setFallback(FaultResponse::json(UserJson));

    // The server works: a client that trusts exactly this certificate gets an answer...
    QFile certificateFile(testDataPath(QStringLiteral("tls/server.crt")));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.setCaCertificates({QSslCertificate(&certificateFile, QSsl::Pem)});
    QNetworkAccessManager plain;
    QNetworkRequest probe(tls.url(QStringLiteral("/probe")));
    probe.setSslConfiguration(trusting);
    std::unique_ptr<QNetworkReply> probeReply(plain.get(probe));
    QSignalSpy probeDone(probeReply.get(), &QNetworkReply::finished);
    QVERIFY(probeDone.wait(10000));
    QCOMPARE(probeReply->error(), QNetworkReply::NoError);
    QCOMPARE(tls.requests().size(), 1);
    tls.clearRequests();
    const int handshakesBefore = tls.connectionsSeen();

    // ... and ApiClient, which trusts the system only and never ignores TLS errors, fails.
    ApiClientSettings settings = fastSettings();
    settings.transferTimeoutMs = 5000;
    settings.deadlineMs = 8000;
    auto client = makeClient(tls.url(), settings);
    Call call(client->getUser(UserId));
    QVERIFY(call.wait(10000));
    QVERIFY2(call.kind() == Kind::Tls, call.describe());
    QVERIFY(!call.reply->error().detail().isEmpty());
    QCOMPARE(call.reply->attempts(), 1);
    QVERIFY(tls.connectionsSeen() > handshakesBefore); // it did try
    QTest::qWait(100);
    QCOMPARE(tls.requests().size(), 0); // and no request with credentials completed
}

void TestApiFaults::activeRequestsCounted()
{
    m_server->route("/users/me", FaultResponse::delayed(100, UserJson));
    QSignalSpy changes(m_client.get(), &ApiClient::activeRequestsChanged);
    Call a(m_client->getMe());
    Call b(m_client->getMe());
    Call c(m_client->getMe());
    QCOMPARE(m_client->activeRequests(), 3);
    QVERIFY(a.wait() && b.wait() && c.wait());
    QCOMPARE(m_client->activeRequests(), 0);
    QList<int> counts;
    for (const auto &args : std::as_const(changes))
        counts << args.at(0).toInt();
    QCOMPARE(counts, QList<int>({1, 2, 3, 2, 1, 0}));
}

void TestApiFaults::setConnectionKeepsRequestsInFlight()
{
    // A profile switch while a request (and its retries) is under way: the request stays with
    // the server and credentials it started with; the new ones never go to the old server.
    FaultServer other;
    QVERIFY(other.listen());
    other.setFallback(FaultResponse::json(UserJson));
    m_server->routeSequence(
        "/users/me", {FaultResponse::error(503, "busy"), FaultResponse::delayed(100, UserJson)});
    Call call(m_client->getMe());
    QTRY_COMPARE(m_server->count("/users/me"), 1);
    m_client->setConnection({other.url(), QStringLiteral("other-key-0123456789"),
        QStringLiteral("other-token-0123456789")});
    QVERIFY(call.wait());
    QVERIFY2(call.reply->isSuccess(), call.describe());
    QCOMPARE(m_server->count("/users/me"), 2);
    for (const FaultRequest &request : m_server->requests())
        QCOMPARE(request.header("X-Builton-Api-Key"), fakeApiKey().toLatin1());
    QCOMPARE(other.requests().size(), 0);

    Call next(m_client->getMe());
    QVERIFY(next.wait());
    QVERIFY2(next.reply->isSuccess(), next.describe());
    QCOMPARE(other.requests().size(), 1);
    QCOMPARE(other.requests().constFirst().header("X-Builton-Api-Key"),
        QByteArray("other-key-0123456789"));
}

void TestApiFaults::onFinishedDiesWithContext()
{
    m_server->route("/users/me", FaultResponse::delayed(50, UserJson));
    int calls = 0;
    int statusSeen = 0;
    auto context = std::make_unique<QObject>();
    QObject keeper;
    QPointer<ApiReply> dead = m_client->getMe();
    dead->onFinished(context.get(), [&calls](const ApiReply &) { ++calls; });
    QPointer<ApiReply> alive = m_client->getMe();
    alive->onFinished(
        &keeper, [&statusSeen](const ApiReply &reply) { statusSeen = reply.response().status; });
    context.reset();
    QTRY_COMPARE(statusSeen, 200);
    QCOMPARE(calls, 0);
    // Auto-deleted after finished().
    QTRY_VERIFY(dead.isNull());
    QTRY_VERIFY(alive.isNull());
}

void TestApiFaults::destroyClientWithRequestsInFlight()
{
    ApiClientSettings settings = fastSettings();
    settings.transferTimeoutMs = 20000;
    settings.deadlineMs = 30000;
    settings.maxResponseBytes = qint64(1) << 30;
    m_client->setSettings(settings);
    m_server->route("/users/me", FaultResponse::hangForever());
    m_server->route("/users", FaultResponse::endlessBody("[ ", 1024, 5));
    QList<QPointer<ApiReply>> automatic;
    std::vector<std::unique_ptr<ApiReply>> owned;
    int finishedCalls = 0;
    for (int i = 0; i < 10; ++i) {
        automatic << m_client->getMe();
        connect(automatic.last(), &ApiReply::finished, [&finishedCalls] { ++finishedCalls; });
        ApiReply *reply = m_client->listUsers(UserQuery());
        reply->setAutoDelete(false);
        connect(reply, &ApiReply::finished, [&finishedCalls] { ++finishedCalls; });
        owned.emplace_back(reply);
    }
    // Qt opens at most six connections per host; the other requests wait in Qt's queue.
    QTRY_COMPARE(m_server->requests().size(), 6);
    QTest::qWait(100);
    QCOMPARE(m_client->activeRequests(), 20);
    m_client.reset();
    QCOMPARE(finishedCalls, 0); // no finished() from a dying client
    for (const auto &reply : automatic)
        QVERIFY(reply.isNull());
    for (const auto &reply : owned) {
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().kind(), Kind::Canceled);
        reply->abort(); // harmless without a client
    }
    QTest::qWait(400);
    QCOMPARE(finishedCalls, 0);
    owned.clear();
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestApiFaults::destroyClientInsideFinished()
{
    m_server->route("/users/me", FaultResponse::json(UserJson));
    m_server->route("/users", FaultResponse::hangForever());
    ApiReply *first = m_client->getMe();
    QPointer<ApiReply> pending = m_client->listUsers(UserQuery());
    bool called = false;
    first->onFinished(this, [this, &called](const ApiReply &) {
        called = true;
        m_client.reset();
    });
    QTRY_VERIFY(called);
    QVERIFY(!m_client);
    QTRY_VERIFY(pending.isNull());
}

void TestApiFaults::deleteUnfinishedReply()
{
    m_server->route("/users/me", FaultResponse::hangForever());
    auto *reply = m_client->getMe();
    reply->setAutoDelete(false);
    QSignalSpy changes(m_client.get(), &ApiClient::activeRequestsChanged);
    QTRY_COMPARE(m_server->count("/users/me"), 1);
    delete reply;
    QCOMPARE(m_client->activeRequests(), 0);
    QCOMPARE(changes.count(), 1);
    QTRY_COMPARE(m_server->openConnections(), 0);
    QTest::qWait(400); // past the transfer timeout of the abandoned request
}

void TestApiFaults::abandonAfterStalledEventLoop()
{
    // As after a suspend: the event loop stalls past the transfer timeout, then the request
    // is abandoned while Qt's own timeout handling is still queued. Must not crash (ASan).
    m_server->route("/users/me", FaultResponse::hangForever());
    Call aborted(m_client->getMe());
    auto *deleted = m_client->getMe();
    deleted->setAutoDelete(false);
    QTRY_COMPARE(m_server->count("/users/me"), 2);
    QThread::msleep(700);
    aborted.reply->abort();
    delete deleted;
    QTest::qWait(500);
    QCOMPARE(aborted.spy->count(), 1);
    QCOMPARE(aborted.kind(), Kind::Canceled);
    QCOMPARE(m_client->activeRequests(), 0);
}

QTEST_GUILESS_MAIN(TestApiFaults)
#include "tst_api_faults.moc"
