// SPDX-License-Identifier: GPL-3.0-or-later

// Secrets never reach a log: every logging category on (Qt's own qt.network.* included),
// a message handler that keeps everything, then successful and failing calls of every kind.
// Neither the API key nor the token, nor the token's signature alone, may appear.

#include "api/ApiClient.h"
#include "tests/api/ApiTestSupport.h"
#include "tests/support/FaultServer.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace ApiTest;

namespace {
QMutex capturedMutex;
QStringList captured;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&capturedMutex);
        captured << QString::fromLatin1(context.category ? context.category : "default")
                + QLatin1String(": ") + message;
    }
    Q_UNUSED(type)
}

QString secretFound(const QStringList &lines, const QStringList &secrets)
{
    for (const QString &line : lines) {
        for (const QString &secret : secrets) {
            if (line.contains(secret))
                return line.left(200);
        }
    }
    return QString();
}
} // namespace

class TestApiLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void secretsNeverLogged();
    void serverEchoingSecretsIsRedacted();
};

void TestApiLogging::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true\n*.warning=true"));
    previousHandler = qInstallMessageHandler(captureMessage);
}

void TestApiLogging::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
}

void TestApiLogging::secretsNeverLogged()
{
    {
        QMutexLocker lock(&capturedMutex);
        captured.clear();
    }
    FaultServer server;
    QVERIFY(server.listen());
    FaultServer other;
    QVERIFY(other.listen());
    FaultServer tls;
    QVERIFY(tls.listenTls());
    const QByteArray user = R"({"_id":{"$oid":"5d9218f71fad44000b0fb80a"}})";
    server.route("/users/me", FaultResponse::json(user).withHeader("ETag", "\"e1\""));
    server.route("/users", FaultResponse::json("[]").withHeader("X-Pagination-Total", "0"));
    server.route("/old", FaultResponse::redirect(302, "/users/me"));
    server.route(
        "/away", FaultResponse::redirect(307, other.url(QStringLiteral("/x")).toEncoded()));
    server.route("/denied", FaultResponse::error(401, "token expired"));
    server.routeSequence("/busy", {FaultResponse::retryAfter(503, "0"), FaultResponse::json(user)});
    server.route("/hang", FaultResponse::hangForever());
    server.route("/html", FaultResponse::text(200, "text/html", "<html></html>"));
    server.route("/users/u1", FaultResponse::error(400, "bad value", "email"));

    ApiClient client;
    client.setSettings(fastSettings());
    client.setConnection({server.url(), fakeApiKey(), fakeToken()});

    auto path = [](const char *p) {
        ApiRequest request;
        request.path = QString::fromLatin1(p);
        return request;
    };
    std::vector<std::unique_ptr<Call>> calls;
    calls.push_back(std::make_unique<Call>(client.getMe()));
    calls.push_back(std::make_unique<Call>(client.listUsers(UserQuery())));
    calls.push_back(std::make_unique<Call>(client.send(path("/old"))));
    calls.push_back(std::make_unique<Call>(client.send(path("/away"))));
    calls.push_back(std::make_unique<Call>(client.send(path("/denied"))));
    calls.push_back(std::make_unique<Call>(client.send(path("/busy"))));
    calls.push_back(std::make_unique<Call>(client.send(path("/hang"))));
    calls.push_back(std::make_unique<Call>(client.send(path("/html"))));
    calls.push_back(std::make_unique<Call>(client.updateUser(
        QStringLiteral("u1"), {{QStringLiteral("email"), QStringLiteral("x")}}, "\"e1\"")));
    for (const auto &call : calls)
        QVERIFY(call->wait());

    ApiClient tlsClient;
    ApiClientSettings settings = fastSettings();
    settings.transferTimeoutMs = 5000;
    settings.deadlineMs = 8000;
    tlsClient.setSettings(settings);
    tlsClient.setConnection({tls.url(), fakeApiKey(), fakeToken()});
    calls.push_back(std::make_unique<Call>(tlsClient.getMe()));
    tlsClient.setConnection(
        {QUrl(QStringLiteral("http://example.com")), fakeApiKey(), fakeToken()});
    calls.push_back(std::make_unique<Call>(tlsClient.getMe()));
    for (const auto &call : calls)
        QVERIFY(call->wait(10000));

    // The outcomes are the ones intended, so every path really ran.
    QVERIFY(calls.at(0)->reply->isSuccess());
    QVERIFY(calls.at(2)->reply->isSuccess());
    QCOMPARE(calls.at(3)->kind(), ApiError::Kind::CrossOriginRedirect);
    QCOMPARE(calls.at(4)->kind(), ApiError::Kind::Unauthorized);
    QVERIFY(calls.at(5)->reply->isSuccess());
    QCOMPARE(calls.at(6)->kind(), ApiError::Kind::Timeout);
    QCOMPARE(calls.at(7)->kind(), ApiError::Kind::MalformedBody);
    QCOMPARE(calls.at(8)->kind(), ApiError::Kind::Http);
    QCOMPARE(calls.at(9)->kind(), ApiError::Kind::Tls);
    QCOMPARE(calls.at(10)->kind(), ApiError::Kind::InsecureUrl);

    // What an application would log about the failures.
    for (const auto &call : calls) {
        if (!call->reply->isSuccess())
            qWarning() << call->reply->error().message() << call->reply->error().detail();
    }

    QStringList lines;
    {
        QMutexLocker lock(&capturedMutex);
        lines = captured;
    }
    // The capture works and the client did log: path, status and counter.
    QVERIFY2(lines.size() > 10, qPrintable(QString::number(lines.size())));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(QLatin1String("builton.api: #"))
            && line.contains(QLatin1String("GET /users/me -> 200"));
    }));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
        [](const QString &line) { return line.contains(QLatin1String("redirect 302")); }));
    // Qt's own categories were on and reached the handler too.
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
        [](const QString &line) { return line.startsWith(QLatin1String("qt.")); }));
    QVERIFY(QLoggingCategory("qt.network.ssl").isDebugEnabled());
    QVERIFY(QLoggingCategory("qt.network.http2").isDebugEnabled());

    const QString found = secretFound(
        lines, {fakeApiKey(), fakeToken(), fakeTokenSignature(), QStringLiteral("Bearer ")});
    QVERIFY2(found.isEmpty(), qPrintable(QLatin1String("secret in log: ") + found));
}

void TestApiLogging::serverEchoingSecretsIsRedacted()
{
    // A server that quotes the request back must not put the credentials into the message
    // shown to people (and logged by them).
    FaultServer server;
    QVERIFY(server.listen());
    server.route("/users/me",
        FaultResponse::error(401,
            "unknown key " + fakeApiKey().toLatin1() + " with token " + fakeToken().toLatin1()));
    ApiClient client;
    client.setSettings(fastSettings());
    client.setConnection({server.url(), fakeApiKey(), fakeToken()});
    Call call(client.getMe());
    QVERIFY(call.wait());
    QCOMPARE(call.kind(), ApiError::Kind::Unauthorized);
    const QString text = call.reply->error().message();
    QVERIFY2(text.contains(QLatin1String("unknown key [redacted]")), qPrintable(text));
    QVERIFY(!text.contains(fakeApiKey()));
    QVERIFY(!text.contains(fakeToken()));
    QVERIFY(!text.contains(fakeTokenSignature()));
}

QTEST_GUILESS_MAIN(TestApiLogging)
#include "tst_api_logging.moc"
