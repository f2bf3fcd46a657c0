// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the benchmarks that drive the app's models against a real builton-server:
// starting the server on a free loopback port with a seeded company, its staff connection,
// and running the event loop until something happened. Header-only.

#include "api/ApiConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>

namespace Bench {

/// A builton-server child process, stopped when this object goes.
class LocalServer
{
public:
    ~LocalServer() { stop(); }

    /// Starts \a binary with \a storage ("--memory", or "--db FILE") and --seed with \a users
    /// and \a orders; waits up to \a readyTimeoutMs for it to be ready (seeding a large file
    /// takes minutes on a busy machine).
    bool start(const QString &binary, const QStringList &storage, int users, int orders,
        int readyTimeoutMs, QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        const QString credentials = m_dir.filePath(QStringLiteral("credentials.json"));
        m_process.setProgram(binary);
        // --seed creates the demo company only when the database does not have it yet.
        m_process.setArguments(storage
            + QStringList {QStringLiteral("--seed"), QStringLiteral("--users"),
                QString::number(users), QStringLiteral("--orders"), QString::number(orders),
                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--credentials-file"), credentials, QStringLiteral("--quiet")});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < readyTimeoutMs
            && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(100);
        const QJsonObject ready = QJsonDocument::fromJson(m_process.readLine()).object();
        const QUrl url(ready.value(QLatin1String("url")).toString());
        QFile file(credentials);
        if (!url.isValid() || !file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("the server did not become ready");
            return false;
        }
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        m_connection.baseUrl = url;
        m_connection.apiKey = json.value(QLatin1String("api_key")).toString();
        m_connection.bearerToken = json.value(QLatin1String("service_account_key")).toString();
        return true;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(30000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    ApiConnection connection() const { return m_connection; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    ApiConnection m_connection;
};

/// Runs the event loop until \a done or \a timeoutMs.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

} // namespace Bench
