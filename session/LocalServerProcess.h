// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ProfileCredentials.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <memory>

/// builton-server as a child process for `--demo`: on 127.0.0.1 with a free port and a seeded
/// database that is kept between runs (so seeding happens once). start() returns at once;
/// ready() or failed() follows from the event loop (no nested event loop). The credentials
/// file the server writes goes to a private (0700) temporary folder and is deleted as soon as
/// it has been read; the secrets stay in memory only. The child is stopped (SIGTERM, then
/// SIGKILL) by stop() and by the destructor, and on Linux also dies with this process.
class LocalServerProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServerProcess)

public:
    explicit LocalServerProcess(QObject *parent = nullptr);
    ~LocalServerProcess() override;

    /// builton-server next to the running executable, else on PATH; empty when neither.
    static QString findServerBinary();
    /// <AppDataLocation>/demo.sqlite.
    static QString defaultDatabasePath();

    void setServerBinary(const QString &path) { m_binary = path; }
    QString serverBinary() const { return m_binary; }
    void setDatabasePath(const QString &path) { m_databasePath = path; }
    QString databasePath() const { return m_databasePath; }
    /// Added after the standard arguments (tests: a smaller --users/--orders).
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    /// How long seeding and starting may take before failed(); 3 minutes by default.
    void setStartTimeout(int ms) { m_startTimeoutMs = ms; }

    bool isRunning() const;
    bool isReady() const { return m_ready; }
    qint64 processId() const;
    QUrl url() const { return m_url; }
    /// The seeded demo company's API key and service-account key (a staff session).
    ProfileCredentials staffCredentials() const { return m_staff; }
    /// The same API key with the demo customer's user token.
    ProfileCredentials customerCredentials() const { return m_customer; }

    void start();
    /// SIGTERM, then SIGKILL after \a graceMs. Blocks for at most graceMs + 2 s; meant for
    /// shutdown.
    void stop(int graceMs = 5000);

Q_SIGNALS:
    void ready(const QUrl &url);
    /// Starting failed; \a message is a sentence for a person.
    void failed(const QString &message);
    /// The server stopped on its own after it was ready.
    void exitedUnexpectedly(const QString &message);

private:
    void onReadyReadStdout();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onStartTimeout();
    void fail(const QString &message);
    bool readCredentials(QString *error);
    QString stderrTail() const;

    QString m_binary;
    QString m_databasePath;
    QStringList m_extraArguments;
    int m_startTimeoutMs = 180000;
    QProcess *m_process = nullptr; ///< child of this object
    std::unique_ptr<QTemporaryDir> m_privateDir;
    QTimer m_startTimer;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_url;
    ProfileCredentials m_staff;
    ProfileCredentials m_customer;
    bool m_ready = false;
    bool m_stopping = false;
};
