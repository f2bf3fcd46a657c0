// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"

namespace Server {

RateLimiter::RateLimiter(int limit, int windowSecs)
    : m_limit(qMax(0, limit)), m_windowMs(qMax(1, windowSecs) * qint64(1000))
{ }

RateLimiter::Decision RateLimiter::hit(const QByteArray &key, qint64 nowMs)
{
    Decision d;
    if (!isEnabled())
        return d;
    const std::lock_guard<std::mutex> lock(m_mutex);
    Window &w = m_windows[key];
    if (w.count == 0 || nowMs >= w.startMs + m_windowMs || nowMs < w.startMs) {
        w.startMs = nowMs;
        w.count = 0;
    }
    ++w.count;
    d.allowed = w.count <= m_limit;
    d.remaining = qMax(0, m_limit - w.count);
    const qint64 leftMs = w.startMs + m_windowMs - nowMs;
    d.retryAfterSecs = static_cast<int>(qMax<qint64>(1, (leftMs + 999) / 1000));
    return d;
}

} // namespace Server
