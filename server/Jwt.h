// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Server {

/// HS256 JSON Web Tokens: signing, and a strict verifier.
///
/// The verifier pins the algorithm to "HS256" (exact, case-sensitive), requires a numeric
/// `exp`, honours `nbf` and `iat` with a leeway, compares signatures in constant time and
/// refuses malformed input (size, segment count, base64url alphabet and padding, non-JSON
/// header or claims, empty or wrong-length signature) before it computes any HMAC. Keys a
/// token names for itself (`jwk`, `jku`, `x5u`, `kid`) are ignored: the caller's key is the
/// only key.
class Jwt
{
    Q_DECLARE_TR_FUNCTIONS(Jwt)

public:
    enum class Error {
        None,
        TooLarge, ///< over MaxTokenBytes
        Malformed, ///< segments, base64url, JSON, signature length
        UnsupportedAlgorithm, ///< anything but "alg":"HS256"
        UnsupportedHeader, ///< a "crit" header this verifier does not understand
        WeakKey, ///< key shorter than MinKeyBytes
        BadSignature,
        MissingExpiry, ///< no "exp" claim
        InvalidClaim, ///< exp/nbf/iat not an integral JSON number in range
        Expired,
        NotYetValid, ///< nbf in the future beyond the leeway
        IssuedInFuture, ///< iat in the future beyond the leeway
    };

    struct Result
    {
        Error error = Error::Malformed;
        QJsonObject header;
        QJsonObject claims; ///< only filled when the token is valid
        QString claimName; ///< the claim at fault for InvalidClaim
        bool macComputed = false; ///< whether verification got as far as the HMAC

        bool isValid() const { return error == Error::None; }
        QString errorString() const;
    };

    static constexpr qsizetype MaxTokenBytes = 8 * 1024;
    static constexpr qsizetype MinKeyBytes = 32;
    static constexpr qint64 DefaultLeewaySecs = 60;
    /// Largest NumericDate accepted (year 5138); rejects absurd and overflowing values.
    static constexpr qint64 MaxNumericDate = 100000000000LL;

    /// Signs `claims` with header {"alg":"HS256","typ":"JWT"}. Returns an empty array when
    /// the key is shorter than MinKeyBytes.
    static QByteArray sign(const QJsonObject &claims, QByteArrayView key);

    /// Verifies `token` against `key` at `nowSecs` (Unix time).
    static Result verify(QByteArrayView token, QByteArrayView key, qint64 nowSecs,
        qint64 leewaySecs = DefaultLeewaySecs);
    /// The time part of verify(): `exp` required, `nbf` and `iat` honoured, with the leeway.
    /// `claimName` names the claim at fault for InvalidClaim.
    static Error checkTimes(
        const QJsonObject &claims, qint64 nowSecs, qint64 leewaySecs, QString *claimName);

    /// Strict base64url (RFC 7515 §2): alphabet [A-Za-z0-9_-], no padding, canonical.
    /// Returns false for anything else.
    static bool decodeBase64Url(QByteArrayView in, QByteArray *out);
    static QByteArray encodeBase64Url(QByteArrayView in);

    /// Constant-time comparison of two buffers of equal length (false when lengths differ).
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
};

} // namespace Server
