// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>
#include <mutex>

namespace Server {

/// One line per request: UTC time, method, target, status, duration in ms and the user
/// agent in quotes:
///
///     2026-12-07T10:00:00.123Z GET /users?size=50 200 1.42ms "builton-admin/0.1.0"
///
/// Every field the client chose is escaped: a byte outside printable ASCII, a space in the
/// method or target, a quote or a backslash becomes \xHH, so a request is always one line
/// and a terminal shows it as it is. Never headers (but the user agent) or bodies, so no
/// API key or token reaches it. Safe to call from any thread; lines never interleave.
class AccessLog
{
public:
    /// `target`: empty or "-" for stderr, "none" for off, else a file appended to.
    bool open(const QString &target, QString *error);
    bool isEnabled() const { return m_enabled; }

    /// An empty method or target is written as "-".
    void write(QByteArrayView method, QByteArrayView target, int status, double durationMs,
        QByteArrayView userAgent = {});

    /// `bytes` as this log writes a field: printable ASCII as is, everything else \xHH.
    /// `inQuotes` keeps spaces (the user agent).
    static QByteArray escape(QByteArrayView bytes, bool inQuotes = false);

private:
    bool m_enabled = false;
    int m_fd = 2;
    std::unique_ptr<QFile> m_file;
    std::mutex m_writeMutex;
};

} // namespace Server
