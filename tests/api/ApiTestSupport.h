// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Helpers shared by the api tests: wait for an ApiReply the test owns, and the fake
// credentials the fault-server tests send (never real ones).

#include "api/ApiClient.h"
#include "api/ApiReply.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace ApiTest {

inline QString fakeApiKey()
{
    return QStringLiteral("ak_live_7Qz4mXw9Lp2Vn8Rt5Ys1");
}

/// Shaped like a JWT; the signature part is what a log must never show either.
inline QString fakeTokenSignature()
{
    return QStringLiteral("c2lnbmF0dXJlLW9mLXRoZS10b2tlbi1YWVo0NTY");
}

inline QString fakeToken()
{
    return QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                          "eyJzdWIiOiJzdXBwb3J0LXN0YWZmIiwiZXhwIjo0MTAyNDQ0ODAwfQ.")
        + fakeTokenSignature();
}

/// A reply the test owns, with a spy on finished() that was attached before it could fire.
struct Call
{
    std::unique_ptr<ApiReply> reply;
    std::unique_ptr<QSignalSpy> spy;
    qint64 elapsedMs = -1;

    explicit Call(ApiReply *r) : reply(r)
    {
        r->setAutoDelete(false);
        spy = std::make_unique<QSignalSpy>(r, &ApiReply::finished);
    }

    /// Waits until finished() (at most \a timeoutMs) and records how long it took from now.
    bool wait(int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        if (spy->count() == 0)
            spy->wait(timeoutMs);
        elapsedMs = timer.elapsed();
        return spy->count() > 0;
    }

    ApiError::Kind kind() const { return reply->error().kind(); }
    QString kindName() const { return ApiError::kindName(reply->error().kind()); }
    /// For QVERIFY2 messages.
    QByteArray describe() const
    {
        return (kindName() + QLatin1String(": ") + reply->error().message()).toUtf8();
    }
};

/// Settings small enough for tests: 300 ms transfer timeout, 1.5 s deadline, fast backoff.
inline ApiClientSettings fastSettings()
{
    ApiClientSettings s;
    s.transferTimeoutMs = 300;
    s.deadlineMs = 1500;
    s.maxResponseBytes = 1024 * 1024;
    s.maxRetries = 3;
    s.retryBaseDelayMs = 20;
    s.retryMaxDelayMs = 100;
    s.retryAfterCapMs = 3000;
    s.maxRedirects = 5;
    s.http2 = false;
    return s;
}

} // namespace ApiTest
