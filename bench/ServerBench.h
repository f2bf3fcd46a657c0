// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the builton-server benchmarks (bench_server_*): starting the server, reading its
// credentials, a blocking keep-alive HTTP/1.1 client, and what the machine was doing (load
// average, the server's CPU time). Header-only; each program includes it once.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <cstdio>
#include <unistd.h>

namespace ServerBench {

/// builton-server next to this program (every executable of the build lands in bin/).
inline QString defaultServerBinary()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/builton-server");
}

/// A folder for the benchmarks' data in the build tree: <build>/bench-data/<name>.
inline QString defaultDataDir(const QString &name)
{
    return QDir::cleanPath(
        QCoreApplication::applicationDirPath() + QStringLiteral("/../bench-data/") + name);
}

/// "1.23 0.98 0.75": the load averages over 1, 5 and 15 minutes.
inline QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return "?";
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() >= 3 ? parts[0] + ' ' + parts[1] + ' ' + parts[2] : QByteArray("?");
}

/// User plus system CPU time of a process, in milliseconds (-1 when unknown).
inline double processCpuMs(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // The command name may hold spaces: fields are counted after its closing parenthesis.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = fields[11].toDouble() + fields[12].toDouble(); // utime, stime
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

/// A TCP port that was free a moment ago (for programs that cannot listen on port 0).
inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

/// builton-server as a child process: started with the given arguments (plus --listen
/// 127.0.0.1:0 and --credentials-file), ready once it printed its URL.
class Server
{
public:
    ~Server() { stop(); }

    bool start(const QString &binary, const QStringList &arguments, const QString &credentialsFile,
        int timeoutMs, QString *error)
    {
        QFile::remove(credentialsFile);
        m_credentialsFile = credentialsFile;
        m_process.setProgram(binary);
        m_process.setArguments(
            QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--credentials-file"), credentialsFile}
            + arguments);
        // stderr passes through: with --quiet the server writes only warnings and errors.
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("cannot start %1: %2").arg(binary, m_process.errorString());
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        QByteArray out;
        while (!out.contains('\n')) {
            if (m_process.state() != QProcess::Running) {
                *error = QStringLiteral("builton-server exited with code %1 before it was ready")
                             .arg(m_process.exitCode());
                return false;
            }
            if (clock.elapsed() > timeoutMs) {
                *error = QStringLiteral("builton-server was not ready within %1 s")
                             .arg(timeoutMs / 1000);
                return false;
            }
            m_process.waitForReadyRead(1000);
            out += m_process.readAllStandardOutput();
        }
        const QJsonObject ready = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
        m_url = QUrl(ready.value(QLatin1String("url")).toString());
        QFile file(credentialsFile);
        if (!m_url.isValid() || !file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("no ready line or no credentials file");
            return false;
        }
        const QJsonObject credentials = QJsonDocument::fromJson(file.readAll()).object();
        m_apiKey = credentials.value(QLatin1String("api_key")).toString().toUtf8();
        m_staffToken = credentials.value(QLatin1String("service_account_key")).toString().toUtf8();
        return !m_apiKey.isEmpty() && !m_staffToken.isEmpty();
    }

    /// Stops the server and removes its credentials file (it holds the keys).
    void stop()
    {
        if (!m_credentialsFile.isEmpty())
            QFile::remove(m_credentialsFile);
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM: the server closes its database cleanly
        if (!m_process.waitForFinished(30000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    QUrl url() const { return m_url; }
    qint64 pid() const { return m_process.processId(); }
    QByteArray apiKey() const { return m_apiKey; }
    QByteArray staffToken() const { return m_staffToken; }
    /// The headers every staff request carries.
    QList<QPair<QByteArray, QByteArray>> staffHeaders() const
    {
        return {{"X-Builton-Api-Key", m_apiKey}, {"Authorization", "Bearer " + m_staffToken}};
    }

private:
    QProcess m_process;
    QString m_credentialsFile;
    QUrl m_url;
    QByteArray m_apiKey;
    QByteArray m_staffToken;
};

struct Response
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; ///< names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first == name)
                return h.second;
        }
        return {};
    }
};

/// A blocking HTTP/1.1 client on one keep-alive connection, so a timed request measures the
/// server and not a TCP handshake. Reconnects when the server closed the connection.
class HttpClient
{
public:
    explicit HttpClient(const QUrl &base) : m_host(base.host()), m_port(quint16(base.port())) { }

    /// GET `target` (path and query, already encoded). Returns false on a transport error.
    /// A connection the server closed while it was idle is opened again, and the request
    /// sent once more (GET is idempotent).
    bool get(const QByteArray &target, const QList<QPair<QByteArray, QByteArray>> &headers,
        Response *response, QString *error)
    {
        const bool reused = m_socket.state() == QAbstractSocket::ConnectedState;
        if (send(target, headers, response, error))
            return true;
        if (!reused)
            return false;
        m_socket.abort();
        return send(target, headers, response, error);
    }

private:
    bool send(const QByteArray &target, const QList<QPair<QByteArray, QByteArray>> &headers,
        Response *response, QString *error)
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_socket.abort();
            m_buffer.clear();
            m_socket.connectToHost(m_host, m_port);
            if (!m_socket.waitForConnected(10000)) {
                *error = m_socket.errorString();
                return false;
            }
            m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        }
        QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':'
            + QByteArray::number(m_port) + "\r\n";
        for (const auto &h : headers)
            request += h.first + ": " + h.second + "\r\n";
        request += "\r\n";
        m_socket.write(request);
        *response = Response();
        return readResponse(response, error);
    }

    bool fill(QString *error)
    {
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(120000)) {
            *error = QStringLiteral("no answer: %1").arg(m_socket.errorString());
            return false;
        }
        m_buffer += m_socket.readAll();
        return true;
    }

    bool readResponse(Response *r, QString *error)
    {
        qsizetype headEnd = -1;
        while ((headEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!fill(error))
                return false;
        }
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        m_buffer.remove(0, headEnd + 4);
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        r->status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r->headers.append(
                    {lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed()});
        }
        if (r->header("transfer-encoding").toLower() == "chunked")
            return readChunked(r, error);
        const qsizetype length = r->header("content-length").toLongLong();
        while (m_buffer.size() < length) {
            if (!fill(error))
                return false;
        }
        r->body = m_buffer.left(length);
        m_buffer.remove(0, length);
        if (r->header("connection").toLower() == "close")
            m_socket.disconnectFromHost();
        return true;
    }

    bool readChunked(Response *r, QString *error)
    {
        for (;;) {
            qsizetype lineEnd = -1;
            while ((lineEnd = m_buffer.indexOf("\r\n")) < 0) {
                if (!fill(error))
                    return false;
            }
            bool ok = false;
            const qsizetype size
                = m_buffer.left(lineEnd).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok) {
                *error = QStringLiteral("bad chunk size");
                return false;
            }
            while (m_buffer.size() < lineEnd + 2 + size + 2) {
                if (!fill(error))
                    return false;
            }
            r->body += m_buffer.mid(lineEnd + 2, size);
            m_buffer.remove(0, lineEnd + 2 + size + 2);
            if (size == 0)
                return true; // (no trailers from the servers measured here)
        }
    }

    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace ServerBench
