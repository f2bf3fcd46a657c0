// SPDX-License-Identifier: GPL-3.0-or-later

// The value types of the API client without any network: error messages, Retry-After and
// backoff arithmetic, paging, header lookup, request helpers.

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/ApiResponse.h"
#include "api/ApiRetry.h"
#include "api/Version.h"

#include <QStandardPaths>
#include <QTest>

using Kind = ApiError::Kind;
Q_DECLARE_METATYPE(std::optional<qint64>)

class TestApiValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyKindHasASentence_data();
    void everyKindHasASentence();
    void serverMessageIsCleaned();
    void malformedBodyNamesTheField();
    void fromHttpStatus_data();
    void fromHttpStatus();
    void retryAfter_data();
    void retryAfter();
    void httpDateForms();
    void backoff_data();
    void backoff();
    void retryableStatuses();
    void pageInfo_data();
    void pageInfo();
    void rawHeaderIgnoresCase();
    void requestHelpers();
    void userAgent();
};

void TestApiValues::everyKindHasASentence_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("namesHost");
    const struct
    {
        Kind kind;
        bool namesHost;
    } rows[] = {
        {Kind::InvalidRequest, false},
        {Kind::InsecureUrl, true},
        {Kind::ConnectionRefused, true},
        {Kind::HostNotFound, true},
        {Kind::Timeout, true},
        {Kind::Tls, true},
        {Kind::Network, true},
        {Kind::IncompleteBody, true},
        {Kind::CrossOriginRedirect, true},
        {Kind::TooManyRedirects, true},
        {Kind::TooLarge, true},
        {Kind::Http, true},
        {Kind::Unauthorized, true},
        {Kind::Forbidden, true},
        {Kind::NotFound, true},
        {Kind::PreconditionFailed, true},
        {Kind::RateLimited, true},
        {Kind::MalformedBody, true},
        {Kind::Canceled, false},
        {Kind::Superseded, false},
    };
    for (const auto &row : rows) {
        QTest::newRow(qPrintable(ApiError::kindName(row.kind))) << int(row.kind) << row.namesHost;
    }
}

void TestApiValues::everyKindHasASentence()
{
    QFETCH(int, kind);
    QFETCH(bool, namesHost);
    const QString host = QStringLiteral("api.example.com");
    ApiError error(Kind(kind), host);
    if (Kind(kind) == Kind::Http)
        error.setHttpStatus(500);
    QVERIFY(error.isError());
    const QString text = error.message();
    QVERIFY2(text.size() > 20, qPrintable(text));
    QVERIFY2(text.at(0).isUpper() || text.startsWith(host), qPrintable(text));
    QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(text));
    QCOMPARE(text.contains(host), namesHost);
    QCOMPARE(
        error.isCancellation(), Kind(kind) == Kind::Canceled || Kind(kind) == Kind::Superseded);
    QVERIFY(!ApiError::kindName(Kind(kind)).isEmpty());

    // With no host known the sentence still reads well.
    const QString anonymous = ApiError(Kind(kind)).message();
    QVERIFY(!anonymous.contains(QLatin1String("%1")));
    QVERIFY(!anonymous.contains(QLatin1String("  ")));

    QVERIFY(!ApiError().isError());
    QVERIFY(ApiError().message().isEmpty());
}

void TestApiValues::serverMessageIsCleaned()
{
    ApiError error = ApiError::fromHttpStatus(400, QStringLiteral("h"));
    error.setServerMessage(QStringLiteral("bad\r\nX-Injected: yes\u0007 value"));
    QCOMPARE(error.serverMessage(), QStringLiteral("bad X-Injected: yes value"));

    error.setServerMessage(QString(5000, QLatin1Char('x')));
    QVERIFY(error.serverMessage().size() <= 300);
    QVERIFY(error.serverMessage().endsWith(QChar(0x2026)));

    error.setServerMessage(QStringLiteral("email is not an address"));
    error.setField(QStringLiteral("email"));
    const QString text = error.message();
    QVERIFY2(text.contains(QLatin1String("email is not an address")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\u201cemail\u201d")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("HTTP 400")), qPrintable(text));
}

void TestApiValues::malformedBodyNamesTheField()
{
    const ApiError error = ApiError::malformedBody(QStringLiteral("items[2].quantity"),
        QStringLiteral("expected a number"), QStringLiteral("api.example.com"));
    QCOMPARE(error.kind(), Kind::MalformedBody);
    QCOMPARE(error.field(), QStringLiteral("items[2].quantity"));
    const QString text = error.message();
    QVERIFY2(text.contains(QLatin1String("items[2].quantity")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("expected a number")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("api.example.com")), qPrintable(text));

    const ApiError copy = error;
    QCOMPARE(copy, error);
    QVERIFY(copy != ApiError::malformedBody(QStringLiteral("other"), QString()));
}

void TestApiValues::fromHttpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("400") << 400 << int(Kind::Http);
    QTest::newRow("401") << 401 << int(Kind::Unauthorized);
    QTest::newRow("403") << 403 << int(Kind::Forbidden);
    QTest::newRow("404") << 404 << int(Kind::NotFound);
    QTest::newRow("409") << 409 << int(Kind::Http);
    QTest::newRow("412") << 412 << int(Kind::PreconditionFailed);
    QTest::newRow("429") << 429 << int(Kind::RateLimited);
    QTest::newRow("500") << 500 << int(Kind::Http);
    QTest::newRow("503") << 503 << int(Kind::Http);
}

void TestApiValues::fromHttpStatus()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    const ApiError error = ApiError::fromHttpStatus(status, QStringLiteral("h"));
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.httpStatus(), status);
}

void TestApiValues::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<std::optional<qint64>>("expectedMs");

    QTest::newRow("seconds") << QByteArray("120") << std::optional<qint64>(120000);
    QTest::newRow("zero") << QByteArray("0") << std::optional<qint64>(0);
    QTest::newRow("spaces around") << QByteArray("  7 ") << std::optional<qint64>(7000);
    QTest::newRow("absurd") << QByteArray("99999999999999999999")
                            << std::optional<qint64>(qint64(999999999) * 1000);
    QTest::newRow("negative") << QByteArray("-5") << std::optional<qint64>();
    QTest::newRow("fraction") << QByteArray("1.5") << std::optional<qint64>();
    QTest::newRow("garbage") << QByteArray("soon") << std::optional<qint64>();
    QTest::newRow("empty") << QByteArray() << std::optional<qint64>();
    QTest::newRow("IMF-fixdate, 30 s later")
        << QByteArray("Sun, 06 Nov 1994 08:50:07 GMT") << std::optional<qint64>(30000);
    QTest::newRow("RFC 850, 30 s later")
        << QByteArray("Sunday, 06-Nov-94 08:50:07 GMT") << std::optional<qint64>(30000);
    QTest::newRow("asctime, 30 s later")
        << QByteArray("Sun Nov  6 08:50:07 1994") << std::optional<qint64>(30000);
    QTest::newRow("date in the past")
        << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << std::optional<qint64>(0);
    QTest::newRow("date without GMT")
        << QByteArray("Sun, 06 Nov 1994 08:50:07") << std::optional<qint64>();
    QTest::newRow("impossible date")
        << QByteArray("Sun, 31 Feb 1994 08:50:07 GMT") << std::optional<qint64>();
}

void TestApiValues::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(std::optional<qint64>, expectedMs);
    const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    const std::optional<qint64> ms = ApiRetry::parseRetryAfterMs(value, now);
    QCOMPARE(ms.has_value(), expectedMs.has_value());
    if (ms)
        QCOMPARE(*ms, *expectedMs);
}

void TestApiValues::httpDateForms()
{
    const QDateTime expected(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QCOMPARE(ApiRetry::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"), expected);
    QCOMPARE(ApiRetry::parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"), expected);
    QCOMPARE(ApiRetry::parseHttpDate("Sun Nov  6 08:49:37 1994"), expected);
    QVERIFY(!ApiRetry::parseHttpDate("06 Nov 1994").isValid());
    QCOMPARE(ApiRetry::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT").timeSpec(), Qt::UTC);
}

void TestApiValues::backoff_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<int>("expected");
    QTest::newRow("first, no jitter") << 1 << 0.0 << 500;
    QTest::newRow("second") << 2 << 0.0 << 1000;
    QTest::newRow("third") << 3 << 0.0 << 2000;
    QTest::newRow("capped") << 10 << 0.0 << 8000;
    QTest::newRow("first, full jitter") << 1 << 1.0 << 625;
    QTest::newRow("capped, full jitter") << 30 << 1.0 << 10000;
    QTest::newRow("jitter clamped") << 1 << 7.0 << 625;
}

void TestApiValues::backoff()
{
    QFETCH(int, retry);
    QFETCH(double, jitter);
    QFETCH(int, expected);
    QCOMPARE(ApiRetry::backoffDelayMs(retry, 500, 8000, jitter), expected);
}

void TestApiValues::retryableStatuses()
{
    for (int status : {429, 502, 503, 504})
        QVERIFY(ApiRetry::isRetryableStatus(status));
    for (int status : {200, 400, 401, 403, 404, 412, 500, 501})
        QVERIFY(!ApiRetry::isRetryableStatus(status));
}

void TestApiValues::pageInfo_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("items");
    QTest::addColumn<bool>("hasMore");
    QTest::newRow("first of three") << qint64(250) << 0 << 100 << 100 << true;
    QTest::newRow("last, partial") << qint64(250) << 2 << 100 << 50 << false;
    QTest::newRow("exactly full") << qint64(200) << 1 << 100 << 100 << false;
    QTest::newRow("empty list") << qint64(0) << 0 << 100 << 0 << false;
    QTest::newRow("past the end") << qint64(10) << 5 << 100 << 0 << false;
    QTest::newRow("unknown total, full page") << qint64(-1) << 0 << 100 << 100 << true;
    QTest::newRow("unknown total, short page") << qint64(-1) << 0 << 100 << 99 << false;
}

void TestApiValues::pageInfo()
{
    QFETCH(qint64, total);
    QFETCH(int, page);
    QFETCH(int, size);
    QFETCH(int, items);
    QFETCH(bool, hasMore);
    PageInfo info;
    info.total = total;
    info.page = page;
    info.size = size;
    QCOMPARE(info.hasMore(items), hasMore);
}

void TestApiValues::rawHeaderIgnoresCase()
{
    ApiResponse response;
    response.headers = {{"Content-Type", "application/json"}, {"x-pagination-total", "42"}};
    QCOMPARE(response.rawHeader("X-Pagination-Total"), QByteArray("42"));
    QCOMPARE(response.rawHeader("content-type"), QByteArray("application/json"));
    QVERIFY(response.hasRawHeader("CONTENT-TYPE"));
    QVERIFY(!response.hasRawHeader("ETag"));
    QVERIFY(response.rawHeader("ETag").isEmpty());
}

void TestApiValues::requestHelpers()
{
    ApiRequest request;
    QVERIFY(request.isIdempotent());
    request.method = "HEAD";
    QVERIFY(request.isIdempotent());
    for (const QByteArray method : {"PUT", "POST", "DELETE", "PATCH"}) {
        request.method = method;
        QVERIFY(!request.isIdempotent());
    }
    QCOMPARE(ApiRequest::pathSegment(QStringLiteral("a/b c?d#e%")),
        QStringLiteral("a%2Fb%20c%3Fd%23e%25"));
    QCOMPARE(ApiRequest::pathSegment(QStringLiteral("5d9218f71fad44000b0fb80a")),
        QStringLiteral("5d9218f71fad44000b0fb80a"));

    const Scope me = Scope::me();
    QCOMPARE(me.kind, Scope::Kind::Me);
    const Scope user = Scope::user(QStringLiteral("u1"));
    QCOMPARE(user.kind, Scope::Kind::User);
    QCOMPARE(user.userId, QStringLiteral("u1"));
    QCOMPARE(Scope::company().kind, Scope::Kind::Company);

    UserQuery query;
    QCOMPARE(query.page, 0);
    QCOMPARE(query.size, 100);
    QVERIFY(!query.includeDeleted);
}

void TestApiValues::userAgent()
{
    const QByteArray agent = ApiClient::userAgent();
    QVERIFY2(agent.startsWith(QByteArray("BuiltOn-Admin/" + builtonVersion().toLatin1() + " (Qt ")),
        agent.constData());
    QVERIFY(agent.contains(qVersion()));
    QVERIFY(agent.endsWith(')'));
    for (const char c : agent)
        QVERIFY(c >= 0x20 && c < 0x7f);
}

QTEST_GUILESS_MAIN(TestApiValues)
#include "tst_api_values.moc"
