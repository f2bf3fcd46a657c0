// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/TokenInfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <optional>

namespace {

// 9999-12-31T23:59:59Z: later "dates" are garbage, and QDateTime arithmetic stays in range.
constexpr double maxNumericDate = 253402300799.0;
constexpr int maxClaimLength = 256;

std::optional<QJsonObject> decodeJsonSegment(QStringView segment)
{
    if (segment.isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(segment.toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

/// A NumericDate claim (RFC 7519 §2): a JSON number of seconds since the epoch. Strings,
/// booleans, NaN, negative and absurd values all mean "unknown".
QDateTime numericDate(const QJsonObject &claims, const QString &name)
{
    const QJsonValue value = claims.value(name);
    if (!value.isDouble())
        return QDateTime();
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || seconds > maxNumericDate)
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(qint64(std::floor(seconds * 1000.0)), Qt::UTC);
}

QString stringClaim(const QJsonObject &claims, const QString &name)
{
    const QJsonValue value = claims.value(name);
    if (!value.isString())
        return QString();
    // For display: no control characters, no screen-filling values.
    QString text = value.toString().left(maxClaimLength);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace

TokenInfo TokenInfo::fromToken(const QString &token)
{
    TokenInfo info;
    const QStringView text = QStringView(token).trimmed();
    if (text.isEmpty() || text.size() > maxDecodedLength)
        return info;
    // Base64url text only: anything else is an opaque token (or garbage).
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
            || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' || u == u'.' || u == u'=';
        if (!ok)
            return info;
    }
    const QList<QStringView> segments = text.split(u'.');
    if (segments.size() != 3)
        return info; // opaque, or a JWE (five segments) whose payload is encrypted
    const std::optional<QJsonObject> header = decodeJsonSegment(segments.at(0));
    const std::optional<QJsonObject> claims = decodeJsonSegment(segments.at(1));
    if (!header || !claims)
        return info;

    info.m_isJwt = true;
    info.m_subject = stringClaim(*claims, QStringLiteral("sub"));
    info.m_issuer = stringClaim(*claims, QStringLiteral("iss"));
    info.m_role = stringClaim(*claims, QStringLiteral("builton_role"));
    info.m_expiry = numericDate(*claims, QStringLiteral("exp"));
    info.m_issuedAt = numericDate(*claims, QStringLiteral("iat"));
    info.m_notBefore = numericDate(*claims, QStringLiteral("nbf"));
    return info;
}

bool TokenInfo::isExpired(const QDateTime &now) const
{
    return hasExpiry() && now.isValid() && now >= m_expiry;
}

bool TokenInfo::expiresWithin(qint64 seconds, const QDateTime &now) const
{
    return hasExpiry() && now.isValid() && now.addSecs(seconds) >= m_expiry;
}

qint64 TokenInfo::secondsUntilExpiry(const QDateTime &now) const
{
    if (!hasExpiry() || !now.isValid())
        return 0;
    return now.secsTo(m_expiry);
}
