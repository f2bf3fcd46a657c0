// SPDX-License-Identifier: GPL-3.0-or-later
#include "Jwt.h"

#include "RawJson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <cmath>

namespace Server {

namespace {

constexpr qsizetype Sha256Bytes = 32;

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_';
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key.toByteArray());
    mac.addData(data.data(), data.size());
    return mac.result();
}

// A JSON object with no duplicate top-level key, or an empty optional.
bool parseObject(const QByteArray &json, QJsonObject *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    if (RawJson::hasDuplicateKeys(json))
        return false;
    *out = doc.object();
    return true;
}

enum class NumericDate { Missing, Invalid, Valid };

// RFC 7519 NumericDate, restricted to integral JSON numbers in [0, MaxNumericDate].
NumericDate numericDate(const QJsonObject &claims, const QString &name, qint64 *value)
{
    const auto it = claims.constFind(name);
    if (it == claims.constEnd())
        return NumericDate::Missing;
    const QJsonValue v = *it;
    if (!v.isDouble())
        return NumericDate::Invalid;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < 0
        || d > static_cast<double>(Jwt::MaxNumericDate))
        return NumericDate::Invalid;
    *value = static_cast<qint64>(d);
    return NumericDate::Valid;
}

} // namespace

QString Jwt::Result::errorString() const
{
    switch (error) {
    case Error::None:
        return {};
    case Error::TooLarge:
        return tr("The token is too large.");
    case Error::Malformed:
        return tr("The token is malformed.");
    case Error::UnsupportedAlgorithm:
        return tr("The token's algorithm is not accepted.");
    case Error::UnsupportedHeader:
        return tr("The token has a critical header this server does not support.");
    case Error::WeakKey:
        return tr("The signing key is too short.");
    case Error::BadSignature:
        return tr("The token's signature is invalid.");
    case Error::MissingExpiry:
        return tr("The token has no expiry.");
    case Error::InvalidClaim:
        return tr("The token's claim \"%1\" is invalid.").arg(claimName);
    case Error::Expired:
        return tr("The token has expired.");
    case Error::NotYetValid:
        return tr("The token is not valid yet.");
    case Error::IssuedInFuture:
        return tr("The token was issued in the future.");
    }
    return tr("The token is invalid.");
}

QByteArray Jwt::encodeBase64Url(QByteArrayView in)
{
    return in.toByteArray().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool Jwt::decodeBase64Url(QByteArrayView in, QByteArray *out)
{
    if (in.size() % 4 == 1)
        return false;
    for (const char c : in) {
        if (!isBase64UrlChar(c))
            return false;
    }
    auto decoded = QByteArray::fromBase64Encoding(in.toByteArray(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    // Canonical form only: unused trailing bits must be zero, so one value has one spelling.
    if (encodeBase64Url(decoded.decoded) != in)
        return false;
    *out = std::move(decoded.decoded);
    return true;
}

bool Jwt::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i]);
    return diff == 0;
}

QByteArray Jwt::sign(const QJsonObject &claims, QByteArrayView key)
{
    if (key.size() < MinKeyBytes)
        return {};
    static const QByteArray header = encodeBase64Url(R"({"alg":"HS256","typ":"JWT"})");
    QByteArray token = header;
    token.append('.');
    token.append(encodeBase64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)));
    const QByteArray signature = hmacSha256(key, token);
    token.append('.');
    token.append(encodeBase64Url(signature));
    return token;
}

Jwt::Error Jwt::checkTimes(
    const QJsonObject &claims, qint64 nowSecs, qint64 leewaySecs, QString *claimName)
{
    qint64 exp = 0;
    switch (numericDate(claims, QStringLiteral("exp"), &exp)) {
    case NumericDate::Missing:
        return Error::MissingExpiry;
    case NumericDate::Invalid:
        *claimName = QStringLiteral("exp");
        return Error::InvalidClaim;
    case NumericDate::Valid:
        break;
    }
    qint64 nbf = 0;
    const NumericDate nbfState = numericDate(claims, QStringLiteral("nbf"), &nbf);
    qint64 iat = 0;
    const NumericDate iatState = numericDate(claims, QStringLiteral("iat"), &iat);
    if (nbfState == NumericDate::Invalid || iatState == NumericDate::Invalid) {
        *claimName
            = nbfState == NumericDate::Invalid ? QStringLiteral("nbf") : QStringLiteral("iat");
        return Error::InvalidClaim;
    }
    if (nowSecs >= exp + leewaySecs)
        return Error::Expired;
    if (nbfState == NumericDate::Valid && nbf > nowSecs + leewaySecs)
        return Error::NotYetValid;
    if (iatState == NumericDate::Valid && iat > nowSecs + leewaySecs)
        return Error::IssuedInFuture;
    return Error::None;
}

Jwt::Result Jwt::verify(QByteArrayView token, QByteArrayView key, qint64 nowSecs, qint64 leewaySecs)
{
    Result result;
    if (token.size() > MaxTokenBytes) {
        result.error = Error::TooLarge;
        return result;
    }
    if (key.size() < MinKeyBytes) {
        result.error = Error::WeakKey;
        return result;
    }

    // Structure: exactly three non-empty base64url segments.
    const qsizetype dot1 = token.indexOf('.');
    const qsizetype dot2 = dot1 < 0 ? -1 : token.indexOf('.', dot1 + 1);
    if (dot1 <= 0 || dot2 < 0 || token.indexOf('.', dot2 + 1) >= 0 || dot2 == dot1 + 1
        || dot2 == token.size() - 1) {
        result.error = Error::Malformed;
        return result;
    }
    const QByteArrayView headerPart = token.first(dot1);
    const QByteArrayView claimsPart = token.sliced(dot1 + 1, dot2 - dot1 - 1);
    const QByteArrayView signaturePart = token.sliced(dot2 + 1);

    QByteArray headerJson;
    QByteArray claimsJson;
    QByteArray signature;
    if (!decodeBase64Url(headerPart, &headerJson) || !decodeBase64Url(claimsPart, &claimsJson)
        || !decodeBase64Url(signaturePart, &signature) || signature.size() != Sha256Bytes) {
        result.error = Error::Malformed;
        return result;
    }

    QJsonObject header;
    QJsonObject claims;
    if (!parseObject(headerJson, &header) || !parseObject(claimsJson, &claims)) {
        result.error = Error::Malformed;
        return result;
    }
    // The algorithm is pinned; the token never chooses it.
    const QJsonValue alg = header.value(QLatin1String("alg"));
    if (!alg.isString() || alg.toString() != QLatin1String("HS256")) {
        result.error = Error::UnsupportedAlgorithm;
        return result;
    }
    if (header.contains(QLatin1String("crit"))) {
        result.error = Error::UnsupportedHeader;
        return result;
    }
    result.header = header;

    result.macComputed = true;
    const QByteArray expected = hmacSha256(key, token.first(dot2));
    if (!constantTimeEquals(expected, signature)) {
        result.error = Error::BadSignature;
        return result;
    }

    result.error = checkTimes(claims, nowSecs, leewaySecs, &result.claimName);
    if (result.error != Error::None)
        return result;

    result.claims = claims;
    result.error = Error::None;
    return result;
}

} // namespace Server
