#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

/// One line per request: UTC time, method, path with query, status, duration in ms.
/// Never headers or bodies, so no API key or token reaches it.
class AccessLog
{
public:
    /// `target`: empty or "-" for stderr, "none" for off, else a file appended to.
    bool open(const QString &target, QString *error);
    bool isEnabled() const { return m_enabled; }

    void write(QByteArrayView method, QByteArrayView target, int status, double durationMs);

private:
    bool m_enabled = false;
    int m_fd = 2;
    std::unique_ptr<QFile> m_file;
};
