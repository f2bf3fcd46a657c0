// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

/// When to try an idempotent request again: which statuses, how long Retry-After asks for,
/// exponential backoff with jitter otherwise.
namespace ApiRetry {

/// 429, 502, 503 and 504: the server may well answer the same GET a moment later.
bool isRetryableStatus(int status);

/// An HTTP-date in any of the three forms RFC 9110 §5.6.7 says a recipient must accept
/// (IMF-fixdate, RFC 850, asctime), as UTC; invalid when \a value is none of them.
QDateTime parseHttpDate(const QByteArray &value);

/// Retry-After as milliseconds from \a now: delay-seconds ("120") or an HTTP-date (a date in
/// the past gives 0). Empty when the header is absent or unreadable.
std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

/// Delay before retry number \a retry (1 for the first): base * 2^(retry-1), capped at
/// \a maxMs, plus \a jitter (0..1) times a quarter of that.
int backoffDelayMs(int retry, int baseMs, int maxMs, double jitter);

} // namespace ApiRetry
