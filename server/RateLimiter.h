// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <mutex>

namespace Server {

/// A fixed-window request counter per API key: at most `limit` requests per window.
/// Thread-safe.
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int remaining = 0;
        int retryAfterSecs = 0; ///< when not allowed: seconds until the window resets
    };

    RateLimiter(int limit, int windowSecs);

    bool isEnabled() const { return m_limit > 0; }
    int limit() const { return m_limit; }

    /// Counts one request of `key` at `nowMs`.
    Decision hit(const QByteArray &key, qint64 nowMs);

private:
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };
    int m_limit;
    qint64 m_windowMs;
    std::mutex m_mutex;
    QHash<QByteArray, Window> m_windows;
};

} // namespace Server
