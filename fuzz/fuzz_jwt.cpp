// SPDX-License-Identifier: GPL-3.0-or-later
// Jwt::verify with a fixed key and clock. The first byte picks what the rest is:
//  - 'T' (or anything else): a token, verified as received;
//  - 'S': a header and claims JSON separated by a NUL byte, signed here with the key and then
//    verified, so the fuzzer reaches the header and claims checks behind the signature.
// Invariants: a token verified as valid is byte for byte the token this key signs for its own
// header and claims segments (only the key holder can make one), and a valid token obeys the
// rules the verifier states (alg exactly HS256, no crit, integral exp/nbf/iat in range, not
// expired, not early).

#include "FuzzSupport.h"
#include "Jwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <cmath>

using namespace Server;

namespace {

const QByteArray Key = QByteArrayLiteral("fuzz-key-0123456789abcdef0123456789abcdef");
constexpr qint64 Now = 1700000000;

QByteArray resigned(QByteArrayView token)
{
    const qsizetype dot2 = token.lastIndexOf('.');
    const QByteArrayView signingInput = token.first(dot2);
    const QByteArray mac = QMessageAuthenticationCode::hash(
        signingInput.toByteArray(), Key, QCryptographicHash::Sha256);
    return signingInput.toByteArray() + '.' + Jwt::encodeBase64Url(mac);
}

bool inRange(const QJsonObject &claims, const char *name, qint64 *value)
{
    const QJsonValue v = claims.value(QLatin1String(name));
    if (v.isUndefined())
        return true;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != std::floor(d) || d < 0 || d > double(Jwt::MaxNumericDate))
        return false;
    *value = qint64(d);
    return true;
}

void checkValid(QByteArrayView token, const Jwt::Result &r)
{
    FUZZ_CHECK(r.macComputed);
    FUZZ_CHECK(resigned(token) == token);
    FUZZ_CHECK(r.header.value(QLatin1String("alg")) == QJsonValue(QLatin1String("HS256")));
    FUZZ_CHECK(!r.header.contains(QLatin1String("crit")));
    qint64 exp = -1, nbf = 0, iat = 0;
    FUZZ_CHECK(r.claims.contains(QLatin1String("exp")));
    FUZZ_CHECK(inRange(r.claims, "exp", &exp) && inRange(r.claims, "nbf", &nbf)
        && inRange(r.claims, "iat", &iat));
    FUZZ_CHECK(Now < exp + Jwt::DefaultLeewaySecs);
    FUZZ_CHECK(nbf <= Now + Jwt::DefaultLeewaySecs);
    FUZZ_CHECK(iat <= Now + Jwt::DefaultLeewaySecs);
}

void verify(QByteArrayView token)
{
    const Jwt::Result r = Jwt::verify(token, Key, Now);
    FUZZ_CHECK(r.isValid() == r.errorString().isEmpty());
    if (!r.isValid()) {
        FUZZ_CHECK(r.claims.isEmpty());
        return;
    }
    checkValid(token, r);
    // Another key never accepts what this one signed.
    FUZZ_CHECK(!Jwt::verify(token, QByteArrayLiteral("another-key-0123456789abcdef0123456789"), Now)
                    .isValid());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = Fuzz::bytes(data + 1, size - 1);
    if (data[0] != 'S') {
        verify(rest);
        return 0;
    }
    const qsizetype nul = rest.indexOf('\0');
    if (nul < 0)
        return 0;
    QByteArray token = Jwt::encodeBase64Url(rest.first(nul)) + '.'
        + Jwt::encodeBase64Url(rest.sliced(nul + 1)) + '.';
    token = resigned(QByteArray(token + "AAAA"));
    verify(token);
    // Signing what verified gives a token that verifies as well.
    const Jwt::Result r = Jwt::verify(token, Key, Now);
    if (r.isValid())
        FUZZ_CHECK(Jwt::verify(Jwt::sign(r.claims, Key), Key, Now).isValid());
    return 0;
}
