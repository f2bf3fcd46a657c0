// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

/// What a token says about itself, for display only: who it names, when it was issued and
/// when it expires, so the connection page can show it and warn before it runs out.
///
/// The payload of a JWT is decoded WITHOUT checking its signature, so anyone can write
/// anything into it. Never use TokenInfo to decide what the user may do: permissions come
/// from the server's answers (a 403 on a staff route means a user token). Opaque tokens
/// (real BuiltOn keys are opaque to clients) and garbage give an empty TokenInfo with an
/// unknown expiry; nothing here throws, asserts or crashes on any input.
class TokenInfo
{
public:
    /// Tokens longer than this are not decoded (the local server refuses them anyway).
    static constexpr int maxDecodedLength = 16 * 1024;

    TokenInfo() = default;
    static TokenInfo fromToken(const QString &token);

    /// True when the token is a JWS (header.payload.signature) whose header and payload are
    /// JSON objects. Says nothing about whether it is genuine.
    bool isJwt() const { return m_isJwt; }

    /// The `sub` claim (who the token belongs to); empty when absent or not a string.
    QString subject() const { return m_subject; }
    /// The `iss` claim.
    QString issuer() const { return m_issuer; }
    /// The `builton_role` claim ("service_account" on the local server); display only.
    QString role() const { return m_role; }

    /// `exp` as UTC; invalid when absent, not a number or out of range (unknown expiry).
    QDateTime expiry() const { return m_expiry; }
    bool hasExpiry() const { return m_expiry.isValid(); }
    /// `iat` as UTC; invalid when unknown.
    QDateTime issuedAt() const { return m_issuedAt; }
    /// `nbf` as UTC; invalid when unknown.
    QDateTime notBefore() const { return m_notBefore; }

    /// True when the expiry is known and \a now is at or past it.
    bool isExpired(const QDateTime &now) const;
    /// True when the expiry is known and comes within \a seconds of \a now (an expired token
    /// also "expires within" any period); false when the expiry is unknown.
    bool expiresWithin(qint64 seconds, const QDateTime &now) const;
    /// Seconds from \a now to the expiry (negative once expired); 0 when unknown.
    qint64 secondsUntilExpiry(const QDateTime &now) const;

private:
    bool m_isJwt = false;
    QString m_subject;
    QString m_issuer;
    QString m_role;
    QDateTime m_expiry;
    QDateTime m_issuedAt;
    QDateTime m_notBefore;
};

Q_DECLARE_METATYPE(TokenInfo)
