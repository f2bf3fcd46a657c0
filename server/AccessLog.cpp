#include "AccessLog.h"

#include <QCoreApplication>
#include <QDateTime>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#include <cstdio>

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

void AccessLog::write(QByteArrayView method, QByteArrayView target, int status, double durationMs)
{
    if (!m_enabled)
        return;
    QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    line.reserve(line.size() + target.size() + 48);
    line.append(' ');
    line.append(method.isEmpty() ? QByteArrayView("-") : method);
    line.append(' ');
    // The target as received: control bytes replaced so one request stays one line.
    for (const char c : target)
        line.append(static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? '?' : c);
    line.append(' ');
    line.append(QByteArray::number(status));
    line.append(' ');
    line.append(QByteArray::number(durationMs, 'f', 2));
    line.append("ms\n");
#ifdef Q_OS_UNIX
    qsizetype done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(m_fd, line.constData() + done, size_t(line.size() - done));
        if (n <= 0)
            break;
        done += n;
    }
#else
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
#endif
}
