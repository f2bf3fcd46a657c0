// SPDX-License-Identifier: GPL-3.0-or-later
// The JWT verifier of builton-server: a known-answer vector (RFC 7515 A.1), and every attack
// of docs' reliability checklist (J1-J8). Tokens are built here with QMessageAuthenticationCode,
// independently of Jwt::sign.

#include "Jwt.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Server;

namespace {

constexpr qint64 Now = 1700000000;

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray testKey()
{
    return QByteArray("0123456789abcdef0123456789abcdef-test-key");
}

QByteArray hs256(const QByteArray &signingInput, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256);
}

// header.claims.signature over the exact JSON text given.
QByteArray token(
    const QByteArray &headerJson, const QByteArray &claimsJson, const QByteArray &key = testKey())
{
    const QByteArray input = b64(headerJson) + '.' + b64(claimsJson);
    return input + '.' + b64(hs256(input, key));
}

QByteArray claimsWith(const QByteArray &extra)
{
    return "{\"sub\":\"auth0|abc\"" + (extra.isEmpty() ? QByteArray() : "," + extra) + "}";
}

QByteArray expIn(qint64 seconds)
{
    return "\"exp\":" + QByteArray::number(Now + seconds);
}

const QByteArray Hs256Header = R"({"alg":"HS256","typ":"JWT"})";

// Flips one bit of the decoded bytes of segment `index` (at `at`, default the middle) and
// re-encodes the token.
QByteArray flipBit(const QByteArray &jwt, int index, qsizetype at = -1)
{
    QList<QByteArray> parts = jwt.split('.');
    QByteArray decoded = QByteArray::fromBase64(parts[index], QByteArray::Base64UrlEncoding);
    if (at < 0)
        at = decoded.size() / 2;
    decoded[at] = char(decoded[at] ^ 0x04);
    parts[index] = b64(decoded);
    return parts.join('.');
}

} // namespace

Q_DECLARE_METATYPE(Jwt::Error)

class TestServerJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verify_data();
    void verify();
    void structuralErrorsComputeNoHmac_data();
    void structuralErrorsComputeNoHmac();
    void rfc7515KnownAnswer();
    void signRoundTrip();
    void signRefusesShortKey();
    void base64Url_data();
    void base64Url();
    void constantTimeEquals();
};

void TestServerJwt::verify_data()
{
    QTest::addColumn<QByteArray>("jwt");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<Jwt::Error>("expected");

    const QByteArray key = testKey();
    const QByteArray valid = token(Hs256Header, claimsWith(expIn(3600)));

    QTest::newRow("valid") << valid << key << Jwt::Error::None;
    QTest::newRow("valid, no typ")
        << token(R"({"alg":"HS256"})", claimsWith(expIn(60))) << key << Jwt::Error::None;
    QTest::newRow("wrong key") << valid << QByteArray("another-key-that-is-long-enough-32b!")
                               << Jwt::Error::BadSignature;
    QTest::newRow("short key refused") << valid << QByteArray("short") << Jwt::Error::WeakKey;

    // J1: alg none and its spellings, with an empty signature and with a real one.
    for (const char *alg : {"none", "None", "NONE", "nOnE"}) {
        const QByteArray header = QByteArray(R"({"alg":")") + alg + R"("})";
        const QByteArray unsigned_ = b64(header) + '.' + b64(claimsWith(expIn(3600))) + '.';
        QTest::addRow("alg %s, empty signature", alg) << unsigned_ << key << Jwt::Error::Malformed;
        QTest::addRow("alg %s, signed", alg)
            << token(header, claimsWith(expIn(3600))) << key << Jwt::Error::UnsupportedAlgorithm;
    }
    // J2: every other algorithm, even when the HMAC itself would match.
    for (const char *alg : {"HS384", "HS512", "RS256", "ES256", "PS256", "hs256", "HS256 ", ""}) {
        const QByteArray header = QByteArray(R"({"alg":")") + alg + R"("})";
        QTest::addRow("alg \"%s\"", alg)
            << token(header, claimsWith(expIn(3600))) << key << Jwt::Error::UnsupportedAlgorithm;
    }
    QTest::newRow("alg missing") << token(R"({"typ":"JWT"})", claimsWith(expIn(3600))) << key
                                 << Jwt::Error::UnsupportedAlgorithm;
    QTest::newRow("alg not a string") << token(R"({"alg":256})", claimsWith(expIn(3600))) << key
                                      << Jwt::Error::UnsupportedAlgorithm;
    QTest::newRow("crit header") << token(
        R"({"alg":"HS256","crit":["exp"]})", claimsWith(expIn(3600)))
                                 << key << Jwt::Error::UnsupportedHeader;
    // J3: keys the token brings along are ignored: signed with the attacker's key, it fails.
    {
        const QByteArray attackerKey("attacker-key-attacker-key-attacker-key");
        const QByteArray header
            = R"({"alg":"HS256","kid":"../../dev/null","jku":"http://evil.example/keys","jwk":{"kty":"oct","k":")"
            + b64(attackerKey) + R"("}})";
        QTest::newRow("jwk/jku/kid ignored") << token(header, claimsWith(expIn(3600)), attackerKey)
                                             << key << Jwt::Error::BadSignature;
    }

    // J6: exp, nbf, iat against the clock, with 60 s of leeway.
    QTest::newRow("missing exp") << token(Hs256Header, claimsWith({})) << key
                                 << Jwt::Error::MissingExpiry;
    QTest::newRow("expired beyond leeway")
        << token(Hs256Header, claimsWith(expIn(-61))) << key << Jwt::Error::Expired;
    QTest::newRow("expired at the leeway edge")
        << token(Hs256Header, claimsWith(expIn(-60))) << key << Jwt::Error::Expired;
    QTest::newRow("expired within leeway")
        << token(Hs256Header, claimsWith(expIn(-30))) << key << Jwt::Error::None;
    QTest::newRow("nbf beyond leeway")
        << token(Hs256Header, claimsWith(expIn(3600) + ",\"nbf\":" + QByteArray::number(Now + 120)))
        << key << Jwt::Error::NotYetValid;
    QTest::newRow("nbf within leeway")
        << token(Hs256Header, claimsWith(expIn(3600) + ",\"nbf\":" + QByteArray::number(Now + 30)))
        << key << Jwt::Error::None;
    QTest::newRow("iat beyond leeway")
        << token(Hs256Header, claimsWith(expIn(3600) + ",\"iat\":" + QByteArray::number(Now + 120)))
        << key << Jwt::Error::IssuedInFuture;
    QTest::newRow("iat within leeway")
        << token(Hs256Header, claimsWith(expIn(3600) + ",\"iat\":" + QByteArray::number(Now + 30)))
        << key << Jwt::Error::None;

    // J7: claim types.
    QTest::newRow("exp as string")
        << token(Hs256Header, claimsWith("\"exp\":\"" + QByteArray::number(Now + 3600) + "\""))
        << key << Jwt::Error::InvalidClaim;
    QTest::newRow("exp as float") << token(
        Hs256Header, claimsWith("\"exp\":" + QByteArray::number(Now + 3600) + ".5"))
                                  << key << Jwt::Error::InvalidClaim;
    QTest::newRow("exp negative") << token(Hs256Header, claimsWith("\"exp\":-1")) << key
                                  << Jwt::Error::InvalidClaim;
    QTest::newRow("exp huge") << token(Hs256Header, claimsWith("\"exp\":9223372036854775808"))
                              << key << Jwt::Error::InvalidClaim;
    QTest::newRow("exp 1e19") << token(Hs256Header, claimsWith("\"exp\":1e19")) << key
                              << Jwt::Error::InvalidClaim;
    QTest::newRow("exp null") << token(Hs256Header, claimsWith("\"exp\":null")) << key
                              << Jwt::Error::InvalidClaim;
    QTest::newRow("exp true") << token(Hs256Header, claimsWith("\"exp\":true")) << key
                              << Jwt::Error::InvalidClaim;
    QTest::newRow("nbf as string") << token(Hs256Header, claimsWith(expIn(3600) + ",\"nbf\":\"0\""))
                                   << key << Jwt::Error::InvalidClaim;
    QTest::newRow("iat as float") << token(Hs256Header, claimsWith(expIn(3600) + ",\"iat\":1.5"))
                                  << key << Jwt::Error::InvalidClaim;
    QTest::newRow("duplicate exp") << token(Hs256Header, claimsWith("\"exp\":1," + expIn(3600)))
                                   << key << Jwt::Error::Malformed;

    // Bad signatures: one bit flipped in each segment.
    QTest::newRow("bit flipped in signature")
        << flipBit(valid, 2) << key << Jwt::Error::BadSignature;
    // Inside the value of "sub", so the claims stay valid JSON and only the MAC can tell.
    QTest::newRow("bit flipped in claims")
        << flipBit(valid, 1, claimsWith(expIn(3600)).indexOf("abc")) << key
        << Jwt::Error::BadSignature;

    // J8: structure.
    const QList<QByteArray> parts = valid.split('.');
    QTest::newRow("two segments") << parts[0] + '.' + parts[1] << key << Jwt::Error::Malformed;
    QTest::newRow("four segments") << valid + '.' + parts[2] << key << Jwt::Error::Malformed;
    QTest::newRow("one segment") << parts[0] << key << Jwt::Error::Malformed;
    QTest::newRow("empty") << QByteArray() << key << Jwt::Error::Malformed;
    QTest::newRow("dots only") << QByteArray("..") << key << Jwt::Error::Malformed;
    QTest::newRow("empty signature")
        << parts[0] + '.' + parts[1] + '.' << key << Jwt::Error::Malformed;
    QTest::newRow("empty header") << '.' + parts[1] + '.' + parts[2] << key
                                  << Jwt::Error::Malformed;
    QTest::newRow("padding") << parts[0] + "==." + parts[1] + '.' + parts[2] << key
                             << Jwt::Error::Malformed;
    QTest::newRow("padded signature")
        << parts[0] + '.' + parts[1] + '.' + parts[2] + '=' << key << Jwt::Error::Malformed;
    for (const char c : {'+', '/', '=', '.', '~'}) {
        QByteArray signature = parts[2];
        signature[5] = c;
        QTest::addRow("'%c' in the signature", c)
            << parts[0] + '.' + parts[1] + '.' + signature << key << Jwt::Error::Malformed;
    }
    QByteArray standardAlphabet = valid;
    standardAlphabet.replace('-', '+').replace('_', '/');
    if (standardAlphabet != valid)
        QTest::newRow("standard base64 alphabet")
            << standardAlphabet << key << Jwt::Error::Malformed;
    QTest::newRow("signature too short")
        << parts[0] + '.' + parts[1] + '.' + b64(QByteArray(31, 'x')) << key
        << Jwt::Error::Malformed;
    QTest::newRow("signature too long")
        << parts[0] + '.' + parts[1] + '.' + b64(QByteArray(33, 'x')) << key
        << Jwt::Error::Malformed;
    QTest::newRow("header not JSON")
        << token("not json", claimsWith(expIn(3600))) << key << Jwt::Error::Malformed;
    QTest::newRow("claims not JSON")
        << token(Hs256Header, "{\"exp\":") << key << Jwt::Error::Malformed;
    QTest::newRow("claims an array") << token(Hs256Header, "[1,2]") << key << Jwt::Error::Malformed;
    QTest::newRow("header not UTF-8")
        << token("{\"alg\":\"HS256\",\"x\":\"\xff\xfe\"}", claimsWith(expIn(3600))) << key
        << Jwt::Error::Malformed;
    QTest::newRow("spaces") << QByteArray(" ") + valid << key << Jwt::Error::Malformed;
    QTest::newRow("1 MB token") << valid + QByteArray(1024 * 1024, 'A') << key
                                << Jwt::Error::TooLarge;
    QTest::newRow("just over 8 KiB") << token(
        Hs256Header, claimsWith(expIn(3600) + ",\"pad\":\"" + QByteArray(6200, 'p') + "\""))
                                     << key << Jwt::Error::TooLarge;
}

void TestServerJwt::verify()
{
    QFETCH(QByteArray, jwt);
    QFETCH(QByteArray, key);
    QFETCH(Jwt::Error, expected);

    const Jwt::Result result = Jwt::verify(jwt, key, Now);
    QCOMPARE(result.error, expected);
    QCOMPARE(result.isValid(), expected == Jwt::Error::None);
    if (result.isValid()) {
        QCOMPARE(result.claims.value(QLatin1String("sub")).toString(), QStringLiteral("auth0|abc"));
        QVERIFY(result.errorString().isEmpty());
    } else {
        QVERIFY(result.claims.isEmpty());
        QVERIFY(!result.errorString().isEmpty());
    }
}

void TestServerJwt::structuralErrorsComputeNoHmac_data()
{
    verify_data();
}

void TestServerJwt::structuralErrorsComputeNoHmac()
{
    QFETCH(QByteArray, jwt);
    QFETCH(QByteArray, key);
    QFETCH(Jwt::Error, expected);

    const Jwt::Result result = Jwt::verify(jwt, key, Now);
    const bool beforeHmac = expected == Jwt::Error::TooLarge || expected == Jwt::Error::Malformed
        || expected == Jwt::Error::UnsupportedAlgorithm || expected == Jwt::Error::UnsupportedHeader
        || expected == Jwt::Error::WeakKey;
    QCOMPARE(result.macComputed, !beforeHmac);
}

void TestServerJwt::rfc7515KnownAnswer()
{
    // RFC 7515, Appendix A.1: the JWS example using HMAC SHA-256, with its published key.
    const QByteArray jws = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
                           ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlL"
                           "mNvbS9pc19yb290Ijp0cnVlfQ"
                           ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    const QByteArray key = QByteArray::fromBase64(
        "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow",
        QByteArray::Base64UrlEncoding);
    QCOMPARE(key.size(), 64);

    const qint64 exp = 1300819380;
    const Jwt::Result valid = Jwt::verify(jws, key, exp - 10);
    QVERIFY2(valid.isValid(), qPrintable(valid.errorString()));
    QCOMPARE(valid.claims.value(QLatin1String("iss")).toString(), QStringLiteral("joe"));
    QCOMPARE(valid.claims.value(QLatin1String("http://example.com/is_root")).toBool(), true);

    QCOMPARE(Jwt::verify(jws, key, exp + 61).error, Jwt::Error::Expired);
    for (int segment = 0; segment < 3; ++segment) {
        const Jwt::Result flipped = Jwt::verify(flipBit(jws, segment), key, exp - 10);
        QVERIFY2(!flipped.isValid(), qPrintable(QStringLiteral("segment %1").arg(segment)));
    }
}

void TestServerJwt::signRoundTrip()
{
    const QJsonObject claims {{QStringLiteral("sub"), QStringLiteral("auth0|42")},
        {QStringLiteral("exp"), Now + 600}, {QStringLiteral("iat"), Now}};
    const QByteArray jwt = Jwt::sign(claims, testKey());
    QCOMPARE(jwt.count('.'), 2);

    // Independent check of the signature.
    const qsizetype lastDot = jwt.lastIndexOf('.');
    QCOMPARE(jwt.mid(lastDot + 1), b64(hs256(jwt.left(lastDot), testKey())));
    const QJsonObject header = QJsonDocument::fromJson(
        QByteArray::fromBase64(jwt.split('.').at(0), QByteArray::Base64UrlEncoding))
                                   .object();
    QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("HS256"));

    const Jwt::Result result = Jwt::verify(jwt, testKey(), Now);
    QVERIFY(result.isValid());
    QCOMPARE(result.claims, claims);
}

void TestServerJwt::signRefusesShortKey()
{
    QVERIFY(Jwt::sign(QJsonObject {{QStringLiteral("exp"), Now}}, QByteArray(31, 'k')).isEmpty());
}

void TestServerJwt::base64Url_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("decoded");

    QTest::newRow("empty") << QByteArray() << true << QByteArray();
    QTest::newRow("one byte") << QByteArray("_w") << true << QByteArray("\xff");
    QTest::newRow("two bytes") << QByteArray("-_8") << true << QByteArray("\xfb\xff");
    QTest::newRow("three bytes") << QByteArray("YWJj") << true << QByteArray("abc");
    QTest::newRow("padding") << QByteArray("_w==") << false << QByteArray();
    QTest::newRow("plus") << QByteArray("+w") << false << QByteArray();
    QTest::newRow("slash") << QByteArray("/w") << false << QByteArray();
    QTest::newRow("length 1 mod 4") << QByteArray("YWJjZ") << false << QByteArray();
    QTest::newRow("non-canonical trailing bits") << QByteArray("_x") << false << QByteArray();
    QTest::newRow("space") << QByteArray("YW Jj") << false << QByteArray();
    QTest::newRow("non-ASCII") << QByteArray("YWJ\xc3\xa9") << false << QByteArray();
}

void TestServerJwt::base64Url()
{
    QFETCH(QByteArray, encoded);
    QFETCH(bool, valid);
    QFETCH(QByteArray, decoded);
    QByteArray out;
    QCOMPARE(Jwt::decodeBase64Url(encoded, &out), valid);
    if (valid) {
        QCOMPARE(out, decoded);
        QCOMPARE(Jwt::encodeBase64Url(out), encoded);
    }
}

void TestServerJwt::constantTimeEquals()
{
    QVERIFY(Jwt::constantTimeEquals(QByteArray("abc"), QByteArray("abc")));
    QVERIFY(Jwt::constantTimeEquals(QByteArray(), QByteArray()));
    QVERIFY(!Jwt::constantTimeEquals(QByteArray("abc"), QByteArray("abd")));
    QVERIFY(!Jwt::constantTimeEquals(QByteArray("abc"), QByteArray("abcd")));
    QVERIFY(!Jwt::constantTimeEquals(QByteArray("abcd"), QByteArray("abc")));
    QVERIFY(!Jwt::constantTimeEquals(QByteArray(1, '\0'), QByteArray()));
}

QTEST_GUILESS_MAIN(TestServerJwt)
#include "tst_server_jwt.moc"
