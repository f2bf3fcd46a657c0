// SPDX-License-Identifier: GPL-3.0-or-later

// TokenInfo: what a token says about itself, decoded for display only and tolerant of
// anything (opaque tokens are normal for real servers).

#include "api/TokenInfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

namespace {

// Every expectation is computed against this instant, never against the wall clock.
const QDateTime fixedNow(QDate(2025, 3, 14), QTime(12, 0, 0), Qt::UTC);

QByteArray segment(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString jwt(const QJsonObject &claims,
    const QJsonObject &header = QJsonObject {{QStringLiteral("alg"), QStringLiteral("HS256")},
        {QStringLiteral("typ"), QStringLiteral("JWT")}})
{
    return QString::fromLatin1(segment(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + segment(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.'
        + segment("not-a-real-signature"));
}

QString rawJwt(const QByteArray &headerJson, const QByteArray &payloadJson)
{
    return QString::fromLatin1(
        segment(headerJson) + '.' + segment(payloadJson) + '.' + segment("sig"));
}

qint64 epoch(const QDateTime &t)
{
    return t.toSecsSinceEpoch();
}

} // namespace

class tst_TokenInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void expiry_data();
    void expiry();
    void fractionalExpiry();
    void controlCharactersInClaims();
    void defaultConstructed();
};

void tst_TokenInfo::decode_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("isJwt");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QDateTime>("expiry"); // invalid: unknown
    QTest::addColumn<QDateTime>("issuedAt");

    const QDateTime exp = fixedNow.addSecs(3600);
    const QDateTime iat = fixedNow.addSecs(-60);
    const QJsonObject serviceClaims {{QStringLiteral("sub"), QStringLiteral("staff-7")},
        {QStringLiteral("iss"), QStringLiteral("builton-server")},
        {QStringLiteral("builton_role"), QStringLiteral("service_account")},
        {QStringLiteral("cid"), QStringLiteral("c1")}, {QStringLiteral("iat"), epoch(iat)},
        {QStringLiteral("exp"), epoch(exp)}};

    QTest::newRow("service account key") << jwt(serviceClaims) << true << QStringLiteral("staff-7")
                                         << QStringLiteral("service_account") << exp << iat;
    QTest::newRow("surrounding whitespace")
        << (QStringLiteral("  ") + jwt(serviceClaims) + QStringLiteral("\n")) << true
        << QStringLiteral("staff-7") << QStringLiteral("service_account") << exp << iat;
    QTest::newRow("user token, no role") << jwt(
        {{QStringLiteral("sub"), QStringLiteral("auth0|abc")}, {QStringLiteral("exp"), epoch(exp)}})
                                         << true << QStringLiteral("auth0|abc") << QString() << exp
                                         << QDateTime();
    QTest::newRow("no exp") << jwt({{QStringLiteral("sub"), QStringLiteral("u1")}}) << true
                            << QStringLiteral("u1") << QString() << QDateTime() << QDateTime();
    QTest::newRow("empty claims") << jwt(QJsonObject()) << true << QString() << QString()
                                  << QDateTime() << QDateTime();
    QTest::newRow("exp as string") << jwt({{QStringLiteral("exp"), QString::number(epoch(exp))}})
                                   << true << QString() << QString() << QDateTime() << QDateTime();
    QTest::newRow("exp negative") << jwt({{QStringLiteral("exp"), -5}}) << true << QString()
                                  << QString() << QDateTime() << QDateTime();
    QTest::newRow("exp absurdly large") << rawJwt("{\"alg\":\"HS256\"}", "{\"exp\":1e300}") << true
                                        << QString() << QString() << QDateTime() << QDateTime();
    QTest::newRow("exp overflowing double")
        << rawJwt("{\"alg\":\"HS256\"}", "{\"exp\":1e309,\"sub\":\"x\"}") << false << QString()
        << QString() << QDateTime() << QDateTime();
    QTest::newRow("exp null") << rawJwt("{\"alg\":\"HS256\"}", "{\"exp\":null,\"sub\":\"x\"}")
                              << true << QStringLiteral("x") << QString() << QDateTime()
                              << QDateTime();
    QTest::newRow("sub not a string") << jwt({{QStringLiteral("sub"), 42}}) << true << QString()
                                      << QString() << QDateTime() << QDateTime();
    QTest::newRow("padded segments")
        << QString::fromLatin1(
               QByteArray("{\"alg\":\"HS256\"}").toBase64(QByteArray::Base64UrlEncoding) + '.'
               + QByteArray("{\"sub\":\"pad\"}").toBase64(QByteArray::Base64UrlEncoding) + ".c2ln")
        << true << QStringLiteral("pad") << QString() << QDateTime() << QDateTime();

    // Opaque tokens and garbage: not a JWT, nothing known, nothing crashes.
    const QList<QPair<const char *, QString>> opaque = {
        {"empty", QString()},
        {"blank", QStringLiteral("   ")},
        {"opaque key", QStringLiteral("sk_live_51H8x2eKq9XbT0aZ")},
        {"hex key",
            QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")},
        {"dots only", QStringLiteral("..")},
        {"two segments",
            QString::fromLatin1(segment("{\"alg\":\"HS256\"}") + '.' + segment("{\"sub\":\"x\"}"))},
        {"four segments",
            jwt({{QStringLiteral("sub"), QStringLiteral("x")}}) + QStringLiteral(".x")},
        {"five segments (JWE)", QStringLiteral("eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d")},
        {"payload not base64",
            QString::fromLatin1(segment("{\"alg\":\"HS256\"}")) + QStringLiteral(".!!!.c2ln")},
        {"payload not JSON", rawJwt("{\"alg\":\"HS256\"}", "hello")},
        {"payload is an array", rawJwt("{\"alg\":\"HS256\"}", "[1,2,3]")},
        {"payload truncated JSON", rawJwt("{\"alg\":\"HS256\"}", "{\"sub\":\"x\"")},
        {"header not JSON", rawJwt("not json", "{\"sub\":\"x\"}")},
        {"empty header",
            QStringLiteral(".") + QString::fromLatin1(segment("{\"sub\":\"x\"}"))
                + QStringLiteral(".c2ln")},
        {"non-ASCII", QStringLiteral("ä.ö.ü")},
        {"space inside",
            QStringLiteral("Bearer ") + jwt({{QStringLiteral("sub"), QStringLiteral("x")}})},
        {"too long",
            jwt({{QStringLiteral("sub"), QString(TokenInfo::maxDecodedLength, QLatin1Char('a'))}})},
    };
    for (const auto &[name, token] : opaque)
        QTest::newRow(name) << token << false << QString() << QString() << QDateTime()
                            << QDateTime();
}

void tst_TokenInfo::decode()
{
    QFETCH(QString, token);
    QFETCH(bool, isJwt);
    QFETCH(QString, subject);
    QFETCH(QString, role);
    QFETCH(QDateTime, expiry);
    QFETCH(QDateTime, issuedAt);

    const TokenInfo info = TokenInfo::fromToken(token);
    QCOMPARE(info.isJwt(), isJwt);
    QCOMPARE(info.subject(), subject);
    QCOMPARE(info.role(), role);
    QCOMPARE(info.hasExpiry(), expiry.isValid());
    if (expiry.isValid()) {
        QCOMPARE(info.expiry(), expiry);
        QCOMPARE(info.expiry().timeSpec(), Qt::UTC);
    }
    QCOMPARE(info.issuedAt().isValid(), issuedAt.isValid());
    if (issuedAt.isValid())
        QCOMPARE(info.issuedAt(), issuedAt);
    if (!info.hasExpiry()) {
        // Unknown expiry never claims "expired" or "expiring".
        QVERIFY(!info.isExpired(fixedNow));
        QVERIFY(!info.expiresWithin(365 * 24 * 3600, fixedNow));
        QCOMPARE(info.secondsUntilExpiry(fixedNow), 0);
    }
}

void tst_TokenInfo::expiry_data()
{
    QTest::addColumn<qint64>("expiresInSeconds"); // relative to fixedNow
    QTest::addColumn<qint64>("warnWithin");
    QTest::addColumn<bool>("expired");
    QTest::addColumn<bool>("expiringSoon");

    QTest::newRow("far away") << qint64(30 * 24 * 3600) << qint64(7 * 24 * 3600) << false << false;
    QTest::newRow("expiring soon") << qint64(3600) << qint64(24 * 3600) << false << true;
    QTest::newRow("just outside the warning")
        << qint64(24 * 3600 + 1) << qint64(24 * 3600) << false << false;
    QTest::newRow("exactly at the warning")
        << qint64(24 * 3600) << qint64(24 * 3600) << false << true;
    QTest::newRow("one second left") << qint64(1) << qint64(0) << false << false;
    QTest::newRow("expires now") << qint64(0) << qint64(0) << true << true;
    QTest::newRow("expired a second ago") << qint64(-1) << qint64(60) << true << true;
    QTest::newRow("expired long ago") << qint64(-400 * 24 * 3600) << qint64(60) << true << true;
}

void tst_TokenInfo::expiry()
{
    QFETCH(qint64, expiresInSeconds);
    QFETCH(qint64, warnWithin);
    QFETCH(bool, expired);
    QFETCH(bool, expiringSoon);

    const QDateTime exp = fixedNow.addSecs(expiresInSeconds);
    const TokenInfo info = TokenInfo::fromToken(
        jwt({{QStringLiteral("sub"), QStringLiteral("s")}, {QStringLiteral("exp"), epoch(exp)}}));
    QVERIFY(info.hasExpiry());
    QCOMPARE(info.isExpired(fixedNow), expired);
    QCOMPARE(info.expiresWithin(warnWithin, fixedNow), expiringSoon);
    QCOMPARE(info.secondsUntilExpiry(fixedNow), expiresInSeconds);
    // The same instant in another zone is the same instant.
    const QDateTime nowInOslo = fixedNow.toTimeZone(QTimeZone("Europe/Oslo"));
    QCOMPARE(info.isExpired(nowInOslo), expired);
    // An invalid "now" decides nothing.
    QVERIFY(!info.isExpired(QDateTime()));
    QVERIFY(!info.expiresWithin(warnWithin, QDateTime()));
}

void tst_TokenInfo::fractionalExpiry()
{
    const TokenInfo info
        = TokenInfo::fromToken(rawJwt("{\"alg\":\"HS256\"}", "{\"exp\":1741953600.75}"));
    QVERIFY(info.hasExpiry());
    QCOMPARE(info.expiry().toMSecsSinceEpoch(), Q_INT64_C(1741953600750));
}

void tst_TokenInfo::controlCharactersInClaims()
{
    const TokenInfo info = TokenInfo::fromToken(
        jwt({{QStringLiteral("sub"), QStringLiteral("evil\u001b[31m\nname\u202e")},
            {QStringLiteral("builton_role"), QString(1000, QLatin1Char('r'))}}));
    QVERIFY(info.isJwt());
    QVERIFY(!info.subject().contains(QChar(0x1b)));
    QVERIFY(!info.subject().contains(QLatin1Char('\n')));
    QVERIFY(!info.subject().contains(QChar(0x202e)));
    QVERIFY(info.subject().startsWith(QLatin1String("evil")));
    QVERIFY(info.role().size() <= 256);
}

void tst_TokenInfo::defaultConstructed()
{
    const TokenInfo info;
    QVERIFY(!info.isJwt());
    QVERIFY(!info.hasExpiry());
    QVERIFY(!info.isExpired(fixedNow));
}

QTEST_GUILESS_MAIN(tst_TokenInfo)
#include "tst_tokeninfo.moc"
