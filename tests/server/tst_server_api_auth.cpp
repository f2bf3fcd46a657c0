// SPDX-License-Identifier: GPL-3.0-or-later
// The authentication and authorization matrix of the real builton-server over loopback:
// API keys, bearer tokens (malformed, forged, expired, not yet valid, issued in the future,
// wrong algorithm, bad signature, another company's), roles (a user token on every staff
// route, a staff key on every user route) and tenancy. Every refusal must be the documented
// status with a JSON message, and must change nothing.
//
// Tokens are signed here with an HMAC of the test's own (QMessageAuthenticationCode), with
// the company secret read from the server's database file, so the test can make every kind
// of token without a test-only door in the server. Positive controls (a token minted here
// that the server accepts) make sure the refusals are about the defect under test.

// The data rows below concatenate tokens inline; with QStringBuilder those would be
// builder expressions (of temporaries) rather than QByteArray values.
#undef QT_USE_QSTRINGBUILDER

#include "tst_server_api_common.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ApiTest;

namespace {

QByteArray b64(const QByteArray &json)
{
    return base64Url(json);
}

// One character of a base64url text changed to another valid one (a bit flip or so in the
// decoded bytes), in the middle of segment `segment`.
QByteArray flipInSegment(const QByteArray &token, int segment)
{
    QList<QByteArray> parts = token.split('.');
    QByteArray &s = parts[segment];
    const qsizetype at = s.size() / 2;
    s[at] = s[at] == 'A' ? 'B' : 'A';
    return parts.join('.');
}

} // namespace

class TestServerApiAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matrix_data();
    void matrix();
    void refusalsSayWhatIsWrong();
    void orderOfChecks();
    void userTokenOnEveryStaffRoute_data();
    void userTokenOnEveryStaffRoute();
    void staffKeyOnEveryUserRoute_data();
    void staffKeyOnEveryUserRoute();
    void unknownSubject();
    void tenancy_data();
    void tenancy();
    void otherCompanySeesNothingOfOurs();

private:
    TestHttpResponse call(const QByteArray &method, const QByteArray &target,
        const TestHttp::Headers &headers, const QByteArray &body = {}) const
    {
        return TestHttp::request(method, url(m_server, target), headers, body);
    }
    QByteArray resolve(QByteArray target) const
    {
        target.replace("{user}", m_userId.toLatin1());
        target.replace("{order}", m_orderId.toLatin1());
        return target;
    }
    QJsonObject staffClaims(qint64 now) const
    {
        return {{QStringLiteral("sub"), QString(QStringLiteral("service-account|") + m_demo.id)},
            {QStringLiteral("iat"), now}, {QStringLiteral("exp"), now + 3600},
            {QStringLiteral("iss"), QStringLiteral("builton-server")},
            {QStringLiteral("cid"), m_demo.id},
            {QStringLiteral("builton_role"), QStringLiteral("service_account")}};
    }
    QJsonObject userClaims(qint64 now, const QString &sub) const
    {
        return {{QStringLiteral("sub"), sub}, {QStringLiteral("iat"), now},
            {QStringLiteral("exp"), now + 3600},
            {QStringLiteral("iss"), QStringLiteral("builton-server")},
            {QStringLiteral("cid"), m_demo.id}};
    }
    /// Every document of the demo company that a refused request could have changed.
    QByteArray snapshot() const
    {
        QString error;
        QByteArray all;
        for (const char *list : {"/users?include_deleted=true&sort=human_id",
                 "/orders?include_deleted=true&sort=human_id"}) {
            all += compact(fetchAll(m_server, list, staff(m_server), &error));
        }
        return error.isEmpty() ? all : error.toUtf8();
    }

    QTemporaryDir m_dir;
    TestServer m_server;
    CompanyRecord m_demo;
    CompanyRecord m_other;
    QString m_authId; ///< of the token user
    QString m_userId; ///< a user of the demo company (not the token user)
    QString m_orderId; ///< an order of the demo company
};

void TestServerApiAuth::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    TestServer::Options options;
    options.users = 60;
    options.orders = 200;
    options.dbPath = TestDatabase::create(m_dir.path(), QStringLiteral("auth"));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    QString error;
    const QList<CompanyRecord> companies = readCompanies(options.dbPath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto demo = companyWithKey(companies, m_server.credentials().apiKey);
    const auto other = companyWithKey(companies, m_server.otherCompany().apiKey);
    QVERIFY(demo && other);
    m_demo = *demo;
    m_other = *other;
    QVERIFY(m_demo.secret.size() >= 32);
    QVERIFY(m_demo.secret != m_other.secret);

    const TestHttpResponse me = call("GET", "/users/me", user(m_server));
    QCOMPARE(me.status, 200);
    m_authId = me.json().object().value(QLatin1String("auth_id")).toString();
    QVERIFY(!m_authId.isEmpty());
    const TestHttpResponse users = call("GET", "/users?size=5", staff(m_server));
    for (const QJsonValue &u : users.json().array()) {
        if (idOf(u) != m_server.credentials().userId)
            m_userId = idOf(u);
    }
    m_orderId = idOf(call("GET", "/orders?size=1", staff(m_server)).json().array().at(0));
    QVERIFY(!m_userId.isEmpty() && !m_orderId.isEmpty());
}

void TestServerApiAuth::matrix_data()
{
    QTest::addColumn<QByteArray>("apiKey"); // "-": no header
    QTest::addColumn<QByteArray>("authorization"); // "-": no header
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray key = m_demo.apiKey;
    const QByteArray secret = m_demo.secret;
    const QByteArray staffToken = hs256(staffClaims(now), secret);
    const QByteArray userToken = hs256(userClaims(now, m_authId), secret);
    const QByteArray bearer = "Bearer " + staffToken;
    const QByteArray staffHeader = b64(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray staffBody = b64(compact(staffClaims(now)));
    auto withClaim = [&](const QString &name, const QJsonValue &value) -> QByteArray {
        QJsonObject c = staffClaims(now);
        if (value.isUndefined())
            c.remove(name);
        else
            c.insert(name, value);
        return "Bearer " + hs256(c, secret);
    };
    auto withHeader
        = [&](const QByteArray &header,
              QCryptographicHash::Algorithm mac = QCryptographicHash::Sha256) -> QByteArray {
        return "Bearer " + signToken(header, compact(staffClaims(now)), secret, mac);
    };
    auto rawClaims = [&](const QByteArray &claims) -> QByteArray {
        return "Bearer " + signToken(R"({"alg":"HS256","typ":"JWT"})", claims, secret);
    };
    const QByteArray users("/users");
    const QByteArray me("/users/me");

    // Positive controls: tokens signed here are accepted, so every refusal below is about
    // the one thing each row changes.
    QTest::newRow("control: staff token signed by the test") << key << bearer << users << 200;
    QTest::newRow("control: user token signed by the test")
        << key << "Bearer " + userToken << me << 200;
    QTest::newRow("control: credentials file staff key")
        << key << "Bearer " + m_server.credentials().serviceAccountKey.toUtf8() << users << 200;
    QTest::newRow("control: lower-case scheme") << key << "bearer " + staffToken << users << 200;
    QTest::newRow("control: no iss and no cid") << key
                                                << "Bearer "
            + hs256(QJsonObject {{QStringLiteral("sub"), QStringLiteral("svc")},
                        {QStringLiteral("exp"), now + 600},
                        {QStringLiteral("builton_role"), QStringLiteral("service_account")}},
                secret) << users << 200;

    // API key
    QTest::newRow("no API key") << QByteArray("-") << bearer << users << 401;
    QTest::newRow("empty API key") << QByteArray("") << bearer << users << 401;
    QTest::newRow("unknown API key") << QByteArray("bk_unknown") << bearer << users << 401;
    QTest::newRow("API key with one character changed")
        << QByteArray(key.left(key.size() - 1) + (key.endsWith('a') ? 'b' : 'a')) << bearer << users
        << 401;
    QTest::newRow("API key prefix") << key.left(key.size() / 2) << bearer << users << 401;
    QTest::newRow("other company's key, this company's token")
        << m_other.apiKey << bearer << users << 401;
    QTest::newRow("this company's key, other company's staff key")
        << key << "Bearer " + m_server.otherCompany().serviceAccountKey.toUtf8() << users << 401;
    QTest::newRow("this company's key, other company's user token")
        << key << "Bearer " + m_server.otherCompany().userToken.toUtf8() << me << 401;

    // The Authorization header
    QTest::newRow("no token") << key << QByteArray("-") << users << 401;
    QTest::newRow("no token on a user route") << key << QByteArray("-") << me << 401;
    QTest::newRow("empty Authorization") << key << QByteArray("") << users << 401;
    QTest::newRow("Bearer without a token") << key << QByteArray("Bearer ") << users << 401;
    QTest::newRow("token without Bearer") << key << staffToken << users << 401;
    QTest::newRow("Basic scheme") << key << "Basic " + staffToken << users << 401;
    QTest::newRow("API key as the token") << key << "Bearer " + key << users << 401;

    // Structure
    QTest::newRow("garbage") << key << QByteArray("Bearer abc.def.ghi") << users << 401;
    QTest::newRow("one segment") << key << "Bearer " + staffHeader << users << 401;
    QTest::newRow("two segments") << key << "Bearer " + staffHeader + '.' + staffBody << users
                                  << 401;
    QTest::newRow("empty signature")
        << key << "Bearer " + staffHeader + '.' + staffBody + '.' << users << 401;
    QTest::newRow("four segments") << key << bearer + ".AAAA" << users << 401;
    QTest::newRow("trailing dot") << key << bearer + '.' << users << 401;
    QTest::newRow("padding on the signature") << key << bearer + '=' << users << 401;
    {
        QByteArray standard = staffToken;
        standard.replace('-', '+');
        standard.replace('_', '/');
        if (standard == staffToken)
            standard = staffHeader + '.' + staffBody + '.' + QByteArray(43, '+');
        QTest::newRow("standard base64 alphabet") << key << "Bearer " + standard << users << 401;
    }
    QTest::newRow("signature one byte short") << key
                                              << "Bearer " + staffHeader + '.' + staffBody + '.'
            + b64(QMessageAuthenticationCode::hash(
                staffHeader + '.' + staffBody, secret, QCryptographicHash::Sha256)
                      .left(31)) << users << 401;
    QTest::newRow("header not JSON")
        << key << "Bearer " + signToken("not json", compact(staffClaims(now)), secret) << users
        << 401;
    QTest::newRow("claims not JSON") << key << rawClaims("{\"exp\":") << users << 401;
    QTest::newRow("claims an array") << key << rawClaims("[1,2]") << users << 401;
    QTest::newRow("duplicate exp claim")
        << key
        << rawClaims(QByteArray(R"({"sub":"x","builton_role":"service_account","exp":)")
               + QByteArray::number(now + 600) + R"(,"exp":)" + QByteArray::number(now + 600) + '}')
        << users << 401;
    {
        QJsonObject big = staffClaims(now);
        big.insert(QStringLiteral("pad"), QString(9 * 1024, QLatin1Char('x')));
        QTest::newRow("token over 8 KiB") << key << "Bearer " + hs256(big, secret) << users << 401;
        big.insert(QStringLiteral("pad"), QString(5 * 1024, QLatin1Char('x')));
        QTest::newRow("control: token of 7 KiB")
            << key << "Bearer " + hs256(big, secret) << users << 200;
    }

    // Algorithms: only "HS256", exact.
    for (const char *alg : {"none", "None", "NONE", "nOnE"}) {
        const QByteArray header = QByteArray(R"({"alg":")") + alg + R"(","typ":"JWT"})";
        QTest::newRow(qPrintable(QStringLiteral("alg %1, empty signature").arg(QLatin1String(alg))))
            << key << "Bearer " + b64(header) + '.' + staffBody + '.' << users << 401;
    }
    QTest::newRow("alg none with an HS256 signature")
        << key << withHeader(R"({"alg":"none","typ":"JWT"})") << users << 401;
    QTest::newRow("alg HS384, HMAC-SHA384")
        << key << withHeader(R"({"alg":"HS384","typ":"JWT"})", QCryptographicHash::Sha384) << users
        << 401;
    QTest::newRow("alg HS512, HMAC-SHA512")
        << key << withHeader(R"({"alg":"HS512","typ":"JWT"})", QCryptographicHash::Sha512) << users
        << 401;
    QTest::newRow("alg RS256, HMAC-SHA256")
        << key << withHeader(R"({"alg":"RS256","typ":"JWT"})") << users << 401;
    QTest::newRow("alg ES256, HMAC-SHA256")
        << key << withHeader(R"({"alg":"ES256","typ":"JWT"})") << users << 401;
    QTest::newRow("alg hs256 (lower case)")
        << key << withHeader(R"({"alg":"hs256","typ":"JWT"})") << users << 401;
    QTest::newRow("alg with a space")
        << key << withHeader(R"({"alg":"HS256 ","typ":"JWT"})") << users << 401;
    QTest::newRow("no alg") << key << withHeader(R"({"typ":"JWT"})") << users << 401;
    QTest::newRow("alg an array") << key << withHeader(R"({"alg":["HS256"]})") << users << 401;
    QTest::newRow("crit header") << key
                                 << withHeader(R"({"alg":"HS256","crit":["exp"],"typ":"JWT"})")
                                 << users << 401;
    // Keys named by the token itself are ignored: the company secret is the only key.
    const QByteArray attackerKey(32, 'k');
    const QByteArray jwkHeader = R"({"alg":"HS256","jwk":{"kty":"oct","k":")"
        + base64Url(attackerKey) + R"("},"kid":"attacker","jku":"http://127.0.0.1:1/keys"})";
    QTest::newRow("control: jwk, kid and jku are ignored")
        << key << withHeader(jwkHeader) << users << 200;
    QTest::newRow("signed with the key the token names")
        << key << "Bearer " + signToken(jwkHeader, compact(staffClaims(now)), attackerKey) << users
        << 401;

    // Signatures
    QTest::newRow("bit flip in the header")
        << key << "Bearer " + flipInSegment(staffToken, 0) << users << 401;
    QTest::newRow("bit flip in the claims")
        << key << "Bearer " + flipInSegment(staffToken, 1) << users << 401;
    QTest::newRow("bit flip in the signature")
        << key << "Bearer " + flipInSegment(staffToken, 2) << users << 401;
    QTest::newRow("claims changed, signature kept") << key
                                                    << "Bearer " + staffHeader + '.'
            + b64(compact(userClaims(now, m_authId))) + '.' + staffToken.split('.').at(2)
                                                    << me << 401;
    QTest::newRow("signed with another secret")
        << key << "Bearer " + hs256(staffClaims(now), QByteArray(32, '\x5a')) << users << 401;
    QTest::newRow("signed with an empty secret")
        << key << "Bearer " + hs256(staffClaims(now), QByteArray()) << users << 401;
    QTest::newRow("signed with the other company's secret")
        << key << "Bearer " + hs256(staffClaims(now), m_other.secret) << users << 401;

    // Time claims, with the documented 60 s of leeway.
    QTest::newRow("expired 2 minutes ago")
        << key << withClaim(QStringLiteral("exp"), now - 120) << users << 401;
    QTest::newRow("expired long ago")
        << key << withClaim(QStringLiteral("exp"), 1000000000) << users << 401;
    QTest::newRow("control: expired 20 s ago, within the leeway")
        << key << withClaim(QStringLiteral("exp"), now - 20) << users << 200;
    QTest::newRow("not valid for 2 more minutes")
        << key << withClaim(QStringLiteral("nbf"), now + 120) << users << 401;
    QTest::newRow("control: nbf 20 s ahead, within the leeway")
        << key << withClaim(QStringLiteral("nbf"), now + 20) << users << 200;
    QTest::newRow("control: nbf in the past")
        << key << withClaim(QStringLiteral("nbf"), now - 5) << users << 200;
    QTest::newRow("issued 2 minutes in the future")
        << key << withClaim(QStringLiteral("iat"), now + 120) << users << 401;
    QTest::newRow("control: iat 20 s ahead, within the leeway")
        << key << withClaim(QStringLiteral("iat"), now + 20) << users << 200;
    QTest::newRow("no exp") << key << withClaim(QStringLiteral("exp"), QJsonValue::Undefined)
                            << users << 401;
    QTest::newRow("exp a string") << key
                                  << withClaim(QStringLiteral("exp"), QString::number(now + 600))
                                  << users << 401;
    QTest::newRow("exp a fraction")
        << key << withClaim(QStringLiteral("exp"), double(now) + 600.5) << users << 401;
    QTest::newRow("exp null") << key << withClaim(QStringLiteral("exp"), QJsonValue::Null) << users
                              << 401;
    QTest::newRow("exp true") << key << withClaim(QStringLiteral("exp"), true) << users << 401;
    QTest::newRow("exp negative") << key << withClaim(QStringLiteral("exp"), -1) << users << 401;
    QTest::newRow("exp 1e300") << key << withClaim(QStringLiteral("exp"), 1e300) << users << 401;
    QTest::newRow("exp 2^63")
        << key
        << rawClaims(R"({"sub":"x","builton_role":"service_account","exp":9223372036854775808})")
        << users << 401;
    QTest::newRow("nbf a string") << key << withClaim(QStringLiteral("nbf"), QStringLiteral("0"))
                                  << users << 401;
    QTest::newRow("iat null") << key << withClaim(QStringLiteral("iat"), QJsonValue::Null) << users
                              << 401;

    // Issuer, company and subject
    QTest::newRow("cid of the other company")
        << key << withClaim(QStringLiteral("cid"), m_other.id) << users << 401;
    QTest::newRow("cid a number") << key << withClaim(QStringLiteral("cid"), 7) << users << 401;
    QTest::newRow("another issuer")
        << key << withClaim(QStringLiteral("iss"), QStringLiteral("https://evil.example")) << users
        << 401;
    {
        QJsonObject c = userClaims(now, m_authId);
        c.remove(QStringLiteral("sub"));
        QTest::newRow("user token without sub") << key << "Bearer " + hs256(c, secret) << me << 401;
        c.insert(QStringLiteral("sub"), QString());
        QTest::newRow("user token with an empty sub")
            << key << "Bearer " + hs256(c, secret) << me << 401;
    }
    QTest::newRow("another role is a user token")
        << key << withClaim(QStringLiteral("builton_role"), QStringLiteral("admin")) << users
        << 403;
    QTest::newRow("role in another case is a user token")
        << key << withClaim(QStringLiteral("builton_role"), QStringLiteral("Service_Account"))
        << users << 403;
}

void TestServerApiAuth::matrix()
{
    QFETCH(QByteArray, apiKey);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    TestHttp::Headers headers;
    if (apiKey != "-")
        headers.append({"X-Builton-Api-Key", apiKey});
    if (authorization != "-")
        headers.append({"Authorization", authorization});
    const TestHttpResponse r = call("GET", target, headers);
    if (status == 200) {
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY(!r.json().isNull());
    } else {
        const QString problem = errorProblem(r, status);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestServerApiAuth::refusalsSayWhatIsWrong()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject expired = staffClaims(now);
    expired.insert(QStringLiteral("exp"), now - 3600);
    QJsonObject early = staffClaims(now);
    early.insert(QStringLiteral("nbf"), now + 3600);
    const QByteArray key = m_demo.apiKey;
    const QList<TestHttp::Headers> cases {
        {},
        {{"X-Builton-Api-Key", "bk_unknown"}},
        {{"X-Builton-Api-Key", key}},
        {{"X-Builton-Api-Key", key}, {"Authorization", "Bearer a.b.c"}},
        {{"X-Builton-Api-Key", key}, {"Authorization", "Bearer " + hs256(expired, m_demo.secret)}},
        {{"X-Builton-Api-Key", key}, {"Authorization", "Bearer " + hs256(early, m_demo.secret)}},
        {{"X-Builton-Api-Key", key},
            {"Authorization", "Bearer " + hs256(staffClaims(now), m_other.secret)}},
        {{"X-Builton-Api-Key", key},
            {"Authorization",
                "Bearer "
                    + signToken(R"({"alg":"none"})", compact(staffClaims(now)), m_demo.secret)}},
        {{"X-Builton-Api-Key", key},
            {"Authorization",
                "Bearer "
                    + hs256(QJsonObject {{QStringLiteral("sub"), QStringLiteral("x")}},
                        m_demo.secret)}},
    };
    QStringList messages;
    for (const TestHttp::Headers &h : cases) {
        const TestHttpResponse r = call("GET", "/users", h);
        const QString problem = errorProblem(r, 401);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        messages << r.json().object().value(QLatin1String("message")).toString();
    }
    // Each says something of its own, and none repeats a secret.
    for (qsizetype i = 0; i < messages.size(); ++i) {
        for (qsizetype j = i + 1; j < messages.size(); ++j)
            QVERIFY2(messages.at(i) != messages.at(j), qPrintable(messages.at(i)));
        QVERIFY(!messages.at(i).contains(QString::fromUtf8(key)));
    }
}

void TestServerApiAuth::orderOfChecks()
{
    // docs/SERVER.md: route (404/405), body size, API key (401), token (401), role (403),
    // parameters (400), resource (404).
    VERIFY_ERROR(call("GET", "/no/such/route", {}), 404);
    VERIFY_ERROR(call("POST", "/tags", {}), 405);
    VERIFY_ERROR(call("GET", "/users", {{"Authorization", "Bearer x"}}), 401);
    VERIFY_ERROR(call("GET", "/users?size=0", user(m_server)), 403);
    VERIFY_ERROR(call("GET", "/users?size=0", staff(m_server)), 400, QStringLiteral("size"));
    VERIFY_ERROR(
        call("PUT", "/users/0123456789abcdef01234567", staff(m_server), R"({"human_id":"x"})"), 400,
        QStringLiteral("human_id"));
    VERIFY_ERROR(call("PUT", "/users/0123456789abcdef01234567", staff(m_server), "{}"), 404);
    VERIFY_ERROR(
        call("PUT", "/users/0123456789abcdef01234567/addresses", staff(m_server), "{}"), 400);
    QVERIFY(
        errorProblem(call("GET", "/users/0123456789abcdef01234567/orders?page=-1", staff(m_server)),
            400, QStringLiteral("page"))
            .isEmpty());
    QVERIFY(
        errorProblem(call("GET", "/users/0123456789abcdef01234567/orders", staff(m_server)), 404)
            .isEmpty());
    VERIFY_ERROR(call("GET", "/users/me/orders?size=0", staff(m_server)), 403);
}

void TestServerApiAuth::userTokenOnEveryStaffRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");

    const QList<std::array<const char *, 3>> routes {
        {"GET", "/users", ""},
        {"GET", "/users/search?query=a", ""},
        {"GET", "/users/{user}", ""},
        {"PUT", "/users/{user}", R"({"note":"written by a user token"})"},
        {"DELETE", "/users/{user}", ""},
        {"PUT", "/users/{user}/addresses", "[]"},
        {"GET", "/users/{user}/orders", ""},
        {"GET", "/users/{user}/subscriptions", ""},
        {"GET", "/users/{user}/payment_methods", ""},
        {"GET", "/orders", ""},
        {"GET", "/orders/{order}", ""},
        {"GET", "/subscriptions", ""},
        {"GET", "/payment_methods", ""},
        {"GET", "/tags", ""},
        {"GET", "/company", ""},
        // The token user's own id is still a staff route.
        {"GET", "/users/{me}", ""},
        {"PUT", "/users/{me}", R"({"note":"written by a user token"})"},
    };
    for (const auto &r : routes) {
        QByteArray target(r[1]);
        target.replace("{me}", m_server.credentials().userId.toLatin1());
        QTest::newRow(
            qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(r[0]), QLatin1String(r[1]))))
            << QByteArray(r[0]) << target << QByteArray(r[2]);
    }
}

void TestServerApiAuth::userTokenOnEveryStaffRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    const QByteArray before = snapshot();
    const TestHttpResponse r = call(method, resolve(target), user(m_server), body);
    const QString problem = errorProblem(r, 403);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (method != "GET")
        QCOMPARE(snapshot(), before);
}

void TestServerApiAuth::staffKeyOnEveryUserRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("GET /users/me") << QByteArray("GET") << QByteArray("/users/me") << QByteArray();
    QTest::newRow("PUT /users/me")
        << QByteArray("PUT") << QByteArray("/users/me") << QByteArray(R"({"note":"staff on me"})");
    QTest::newRow("DELETE /users/me")
        << QByteArray("DELETE") << QByteArray("/users/me") << QByteArray();
    QTest::newRow("PUT /users/me/addresses")
        << QByteArray("PUT") << QByteArray("/users/me/addresses") << QByteArray("[]");
    QTest::newRow("GET /users/me/orders")
        << QByteArray("GET") << QByteArray("/users/me/orders") << QByteArray();
    QTest::newRow("GET /users/me/payment_methods")
        << QByteArray("GET") << QByteArray("/users/me/payment_methods") << QByteArray();
    QTest::newRow("GET /users/me/subscriptions")
        << QByteArray("GET") << QByteArray("/users/me/subscriptions") << QByteArray();
    QTest::newRow("POST /v2/users")
        << QByteArray("POST") << QByteArray("/v2/users") << QByteArray(R"({"first_name":"Staff"})");
}

void TestServerApiAuth::staffKeyOnEveryUserRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    const QByteArray before = snapshot();
    const TestHttpResponse r = call(method, target, staff(m_server), body);
    const QString problem = errorProblem(r, 403);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (method != "GET")
        QCOMPARE(snapshot(), before);
}

void TestServerApiAuth::unknownSubject()
{
    // A valid user token whose subject is nobody: the me routes answer 404 and write nothing.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const TestHttp::Headers stranger = TestHttp::auth(m_server.credentials().apiKey,
        QString::fromLatin1(hs256(userClaims(now, QStringLiteral("auth0|nobody")), m_demo.secret)));
    const QByteArray before = snapshot();
    const QList<QPair<QByteArray, QByteArray>> routes {{"GET", "/users/me"}, {"PUT", "/users/me"},
        {"DELETE", "/users/me"}, {"PUT", "/users/me/addresses"}, {"GET", "/users/me/orders"},
        {"GET", "/users/me/payment_methods"}, {"GET", "/users/me/subscriptions"}};
    for (const auto &route : routes) {
        const QByteArray body = route.second.endsWith("addresses") ? "[]"
            : route.first == "PUT"                                 ? R"({"note":"x"})"
                                                                   : "";
        const TestHttpResponse r = call(route.first, route.second, stranger, body);
        const QString problem = errorProblem(r, 404);
        QVERIFY2(problem.isEmpty(), qPrintable(QString::fromLatin1(route.second) + problem));
    }
    QCOMPARE(snapshot(), before);
    // A user of the other company is nobody here either, even with this company's secret.
    const QByteArray otherUser = call("GET", "/users/me",
        TestHttp::auth(m_server.otherCompany().apiKey, m_server.otherCompany().userToken))
                                     .json()
                                     .object()
                                     .value(QLatin1String("auth_id"))
                                     .toString()
                                     .toUtf8();
    QVERIFY(!otherUser.isEmpty());
    const TestHttp::Headers crossed = TestHttp::auth(m_server.credentials().apiKey,
        QString::fromLatin1(hs256(userClaims(now, QString::fromUtf8(otherUser)), m_demo.secret)));
    VERIFY_ERROR(call("GET", "/users/me", crossed), 404);
}

void TestServerApiAuth::tenancy_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("GET /users/{id}")
        << QByteArray("GET") << QByteArray("/users/{user}") << QByteArray();
    QTest::newRow("GET the token user")
        << QByteArray("GET") << QByteArray("/users/{me}") << QByteArray();
    QTest::newRow("PUT /users/{id}") << QByteArray("PUT") << QByteArray("/users/{user}")
                                     << QByteArray(R"({"note":"other company"})");
    QTest::newRow("DELETE /users/{id}")
        << QByteArray("DELETE") << QByteArray("/users/{user}") << QByteArray();
    QTest::newRow("PUT /users/{id}/addresses")
        << QByteArray("PUT") << QByteArray("/users/{user}/addresses") << QByteArray("[]");
    QTest::newRow("GET /users/{id}/orders")
        << QByteArray("GET") << QByteArray("/users/{me}/orders") << QByteArray();
    QTest::newRow("GET /users/{id}/subscriptions")
        << QByteArray("GET") << QByteArray("/users/{me}/subscriptions") << QByteArray();
    QTest::newRow("GET /users/{id}/payment_methods")
        << QByteArray("GET") << QByteArray("/users/{me}/payment_methods") << QByteArray();
    QTest::newRow("GET /orders/{id}")
        << QByteArray("GET") << QByteArray("/orders/{order}") << QByteArray();
}

void TestServerApiAuth::tenancy()
{
    // The other company's own, valid credentials with this company's ids: 404, like an id
    // that does not exist, and nothing written.
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    target.replace("{me}", m_server.credentials().userId.toLatin1());
    const TestHttp::Headers theirs
        = TestHttp::auth(m_server.otherCompany().apiKey, m_server.otherCompany().serviceAccountKey);
    const QByteArray before = snapshot();
    const TestHttpResponse r = call(method, resolve(target), theirs, body);
    const QString problem = errorProblem(r, 404);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (method != "GET")
        QCOMPARE(snapshot(), before);
}

void TestServerApiAuth::otherCompanySeesNothingOfOurs()
{
    const TestHttp::Headers theirs
        = TestHttp::auth(m_server.otherCompany().apiKey, m_server.otherCompany().serviceAccountKey);
    QString error;
    for (const char *list : {"/users?include_deleted=true", "/orders?include_deleted=true",
             "/subscriptions?include_deleted=true", "/payment_methods?include_deleted=true"}) {
        const QJsonArray ours = fetchAll(m_server, list, staff(m_server), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray other = fetchAll(m_server, list, theirs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!other.isEmpty(), list);
        const QStringList ourIds = idsOf(ours);
        for (const QJsonValue &d : other) {
            QVERIFY2(!ourIds.contains(idOf(d)), qPrintable(idOf(d)));
            QCOMPARE(refOf(d.toObject().value(QLatin1String("company"))), m_other.id);
        }
        for (const QJsonValue &d : ours)
            QCOMPARE(refOf(d.toObject().value(QLatin1String("company"))), m_demo.id);
    }
    // Searching with their key finds none of our users, even by our token user's human_id.
    const QString humanId = call("GET", "/users/me", user(m_server))
                                .json()
                                .object()
                                .value(QLatin1String("human_id"))
                                .toString();
    const TestHttpResponse found = call("GET", "/users/search?query=" + enc(humanId), theirs);
    QCOMPARE(found.status, 200);
    QVERIFY(!idsOf(found.json().array()).contains(m_server.credentials().userId));
    const TestHttpResponse tags = call("GET", "/tags", theirs);
    QCOMPARE(tags.status, 200);
    // Each key reads its own company (docs/API.md, GET /company).
    const TestHttpResponse ourCompany = call("GET", "/company", staff(m_server));
    const TestHttpResponse theirCompany = call("GET", "/company", theirs);
    QCOMPARE(ourCompany.status, 200);
    QCOMPARE(theirCompany.status, 200);
    const QJsonObject ours = ourCompany.json().object();
    const QJsonObject their = theirCompany.json().object();
    QCOMPARE(ours.value(QLatin1String("name")).toString(),
        QStringLiteral("Nordlys Kaffe & Kjøkken AS"));
    QCOMPARE(their.value(QLatin1String("name")).toString(), QStringLiteral("Fjordhandel Ørsta"));
    QVERIFY(idOf(ours) != idOf(their));
    for (const QJsonObject &company : {ours, their}) {
        QCOMPARE(company.value(QLatin1String("country")).toString(), QStringLiteral("NO"));
        QCOMPARE(company.value(QLatin1String("calling_code")).toString(), QStringLiteral("47"));
    }
}

QTEST_GUILESS_MAIN(TestServerApiAuth)
#include "tst_server_api_auth.moc"
