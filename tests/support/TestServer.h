// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

/// Path of a file under tests/data (the project's own copy of the recordings and fixtures).
QString testDataPath(const QString &relativePath);

/// Credentials of one company, as written by `builton-server --credentials-file`.
struct TestCredentials
{
    QString apiKey;
    QString serviceAccountKey; ///< staff JWT
    QString userToken; ///< a customer's JWT (reaches only the /users/me routes)
    QString userId; ///< the _id of that customer
};

/// Starts the project's own builton-server as a child process on 127.0.0.1 with a free
/// port, waits for its ready line and reads its credentials file. Stops it on destruction.
class TestServer
{
public:
    struct Options
    {
        int users = 200;
        int orders = 2000;
        bool seed = true;
        QString dbPath; ///< empty: --memory (a database of its own on PostgreSQL)
        QStringList extraArgs; ///< e.g. {"--rate-limit", "5"}
        int startTimeoutMs = 60000;
    };

    TestServer();
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    /// Starts the server; on failure returns false and errorString() says why.
    bool start(const Options &options);
    bool start() { return start(Options()); }
    /// Stops the server gracefully (SIGTERM, then SIGKILL after a grace period).
    void stop();
    /// SIGKILL, no chance to clean up (crash-safety tests).
    void kill();

    bool isRunning() const;
    /// The server's process id (0 when not running), e.g. to read its memory in /proc.
    qint64 processId() const;
    QString errorString() const { return m_error; }
    QUrl url() const { return m_url; }
    TestCredentials credentials() const { return m_credentials; }
    TestCredentials otherCompany() const { return m_otherCompany; }
    QJsonObject rawCredentials() const { return m_rawCredentials; }
    /// Where the server wrote its credentials file (to check its mode, for instance).
    QString credentialsFilePath() const { return m_credentialsPath; }
    /// Everything the server wrote to stderr so far (access log, warnings).
    QByteArray standardError();
    /// Path of the builton-server executable under test.
    static QString serverBinary();

private:
    std::unique_ptr<QProcess> m_process;
    QTemporaryDir m_dir;
    QUrl m_url;
    TestCredentials m_credentials;
    TestCredentials m_otherCompany;
    QJsonObject m_rawCredentials;
    QString m_credentialsPath;
    QString m_ownedDatabase; ///< on PostgreSQL, the database start() made
    QByteArray m_stderr;
    QString m_error;
};
