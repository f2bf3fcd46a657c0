// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessLog.h"

#include <QCoreApplication>
#include <QDateTime>

#include <unistd.h>

namespace Server {

namespace {

// A target longer than this is cut in the log (a head may hold 64 KiB of it).
constexpr qsizetype MaxLoggedBytes = 4096;

} // namespace

bool AccessLog::open(const QString &target, QString *error)
{
    m_file.reset();
    m_enabled = false;
    if (target == QLatin1String("none"))
        return true;
    if (target.isEmpty() || target == QLatin1String("-")) {
        m_fd = 2;
        m_enabled = true;
        return true;
    }
    m_file = std::make_unique<QFile>(target);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = QCoreApplication::translate("AccessLog", "Cannot open the access log %1: %2")
                     .arg(target, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_fd = m_file->handle();
    m_enabled = true;
    return true;
}

QByteArray AccessLog::escape(QByteArrayView bytes, bool inQuotes)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    const qsizetype n = qMin(bytes.size(), MaxLoggedBytes);
    out.reserve(n + 16);
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        const bool plain
            = (c > 0x20 && c < 0x7f && c != '"' && c != '\\') || (inQuotes && c == ' ');
        if (plain) {
            out.append(char(c));
        } else {
            out.append("\\x");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        }
    }
    if (bytes.size() > n)
        out.append("...");
    return out;
}

void AccessLog::write(QByteArrayView method, QByteArrayView target, int status, double durationMs,
    QByteArrayView userAgent)
{
    if (!m_enabled)
        return;
    QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    line.reserve(line.size() + target.size() + userAgent.size() + 64);
    line.append(' ');
    line.append(method.isEmpty() ? QByteArray("-") : escape(method));
    line.append(' ');
    line.append(target.isEmpty() ? QByteArray("-") : escape(target));
    line.append(' ');
    line.append(QByteArray::number(status));
    line.append(' ');
    line.append(QByteArray::number(durationMs, 'f', 2));
    line.append("ms \"");
    line.append(escape(userAgent, true));
    line.append("\"\n");

    const std::lock_guard<std::mutex> lock(m_writeMutex);
    qsizetype done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(m_fd, line.constData() + done, size_t(line.size() - done));
        if (n <= 0)
            break;
        done += n;
    }
}

} // namespace Server
