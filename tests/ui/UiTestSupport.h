// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Small helpers shared by the widget tests.

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace UiTest {

/// A JWT-shaped token with the given claims and a meaningless signature: enough for the
/// display-only TokenInfo; any real server refuses it.
inline QString craftToken(const QJsonObject &claims)
{
    const auto encode = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray header = encode(QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})"));
    const QByteArray payload = encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(header + '.' + payload + '.' + encode(QByteArrayLiteral("sig")));
}

inline QString tokenExpiringAt(const QDateTime &expiry, const QString &subject)
{
    return craftToken(QJsonObject {
        {QStringLiteral("sub"), subject}, {QStringLiteral("exp"), expiry.toSecsSinceEpoch()}});
}

/// The claims of a JWT, decoded independently of TokenInfo.
inline QJsonObject tokenClaims(const QString &token)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
        QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
        .object();
}

} // namespace UiTest
