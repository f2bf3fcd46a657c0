// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/support/TestServer.h"

#include "tests/support/TestDatabase.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

#include <csignal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

#ifndef BUILTON_SERVER_BINARY
#define BUILTON_SERVER_BINARY ""
#endif

QString testDataPath(const QString &relativePath)
{
    QString dir = qEnvironmentVariable("BUILTON_TEST_DATA_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(BUILTON_TEST_DATA_DIR);
    return QDir(dir).filePath(relativePath);
}

namespace {
TestCredentials credentialsFrom(const QJsonObject &o)
{
    TestCredentials c;
    c.apiKey = o.value(QLatin1String("api_key")).toString();
    c.serviceAccountKey = o.value(QLatin1String("service_account_key")).toString();
    c.userToken = o.value(QLatin1String("user_token")).toString();
    c.userId = o.value(QLatin1String("user_id")).toString();
    return c;
}
} // namespace

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    stop();
}

QString TestServer::serverBinary()
{
    const QString fromEnv = qEnvironmentVariable("BUILTON_SERVER_BINARY");
    return fromEnv.isEmpty() ? QStringLiteral(BUILTON_SERVER_BINARY) : fromEnv;
}

bool TestServer::start(const Options &options)
{
    stop();
    m_error.clear();
    m_stderr.clear();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    const QString credentialsPath = m_dir.filePath(QStringLiteral("credentials.json"));
    QFile::remove(credentialsPath);
    m_credentialsPath = credentialsPath;

    QStringList args {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
        QStringLiteral("--credentials-file"), credentialsPath};
    if (!options.dbPath.isEmpty()) {
        args << QStringLiteral("--db") << options.dbPath;
    } else if (TestDatabase::isPostgres()) {
        // A database of its own, as --memory gives one, dropped when the server stops.
        m_ownedDatabase = TestDatabase::create(QString(), QStringLiteral("t"));
        if (m_ownedDatabase.isEmpty()) {
            m_error = QStringLiteral("cannot create a PostgreSQL database");
            return false;
        }
        args << QStringLiteral("--db") << m_ownedDatabase;
    } else {
        args << QStringLiteral("--memory");
    }
    if (options.seed) {
        args << QStringLiteral("--seed") << QStringLiteral("--users")
             << QString::number(options.users) << QStringLiteral("--orders")
             << QString::number(options.orders);
    }
    args << options.extraArgs;

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(serverBinary());
    m_process->setArguments(args);
#ifdef Q_OS_LINUX
    // A test that crashes or is killed by its timeout must not leave its server running.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_error
            = QStringLiteral("cannot start %1: %2").arg(serverBinary(), m_process->errorString());
        return false;
    }

    // The server prints exactly one JSON line on stdout when it is ready.
    QDeadlineTimer deadline(options.startTimeoutMs);
    QByteArray line;
    while (!deadline.hasExpired()) {
        if (m_process->canReadLine()) {
            line = m_process->readLine().trimmed();
            break;
        }
        if (m_process->state() != QProcess::Running)
            break;
        m_process->waitForReadyRead(100);
    }
    m_stderr += m_process->readAllStandardError();
    const QJsonObject ready = QJsonDocument::fromJson(line).object();
    m_url = QUrl(ready.value(QLatin1String("url")).toString());
    if (!m_url.isValid() || m_url.port() <= 0) {
        m_error = QStringLiteral("server did not become ready (line: %1, stderr: %2)")
                      .arg(QString::fromUtf8(line), QString::fromUtf8(m_stderr.right(2000)));
        stop();
        return false;
    }

    QFile file(credentialsPath);
    if (file.open(QIODevice::ReadOnly)) {
        m_rawCredentials = QJsonDocument::fromJson(file.readAll()).object();
        m_credentials = credentialsFrom(m_rawCredentials);
        m_otherCompany
            = credentialsFrom(m_rawCredentials.value(QLatin1String("other_company")).toObject());
    } else if (options.seed) {
        m_error = QStringLiteral("server wrote no credentials file");
        stop();
        return false;
    }
    return true;
}

void TestServer::stop()
{
    if (!m_process) {
        TestDatabase::drop(std::exchange(m_ownedDatabase, QString()));
        return;
    }
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
    TestDatabase::drop(std::exchange(m_ownedDatabase, QString()));
}

qint64 TestServer::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void TestServer::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

bool TestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QByteArray TestServer::standardError()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}
