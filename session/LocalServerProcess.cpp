// SPDX-License-Identifier: GPL-3.0-or-later

#include "session/LocalServerProcess.h"

#include "session/SessionLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace {

const QString serverName = QStringLiteral("builton-server");
constexpr qsizetype maxStderrKept = 16 * 1024;
constexpr qsizetype maxReadyLine = 4096;

QString credentialsFileName()
{
    return QStringLiteral("credentials.json");
}

} // namespace

LocalServerProcess::LocalServerProcess(QObject *parent)
    : QObject(parent), m_binary(findServerBinary()), m_databasePath(defaultDatabasePath())
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, &LocalServerProcess::onStartTimeout);
}

LocalServerProcess::~LocalServerProcess()
{
    stop();
}

QString LocalServerProcess::findServerBinary()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty()) {
        const QFileInfo beside(QDir(appDir).filePath(serverName));
        if (beside.isFile() && beside.isExecutable())
            return beside.absoluteFilePath();
    }
    return QStandardPaths::findExecutable(serverName);
}

QString LocalServerProcess::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}

bool LocalServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 LocalServerProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void LocalServerProcess::start()
{
    if (isRunning()) {
        qCWarning(lcSession) << "The local server is already running";
        return;
    }
    m_ready = false;
    m_stopping = false;
    m_stdout.clear();
    m_stderr.clear();
    m_url.clear();
    m_staff = {};
    m_customer = {};

    if (m_binary.isEmpty()) {
        fail(tr("The local server (builton-server) was found neither next to BuiltOn Admin "
                "(%1) nor on PATH. Build or install it, then try again.")
                 .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath())));
        return;
    }
    const QFileInfo database(m_databasePath);
    if (!QDir().mkpath(database.absolutePath())) {
        fail(tr("Cannot create the folder %1 for the demo database.")
                 .arg(QDir::toNativeSeparators(database.absolutePath())));
        return;
    }
    // QTemporaryDir is created with mode 0700: nobody else can read the credentials file
    // in the moment between the server writing it and this process deleting it.
    m_privateDir = std::make_unique<QTemporaryDir>();
    if (!m_privateDir->isValid()) {
        fail(tr("Cannot create a private temporary folder for the demo credentials: %1")
                 .arg(m_privateDir->errorString()));
        return;
    }

    m_process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("BUILTON_API_KEY"));
    environment.remove(QStringLiteral("BUILTON_TOKEN"));
    m_process->setProcessEnvironment(environment);
    m_process->setProgram(m_binary);
    m_process->setArguments(
        QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--db"), m_databasePath, QStringLiteral("--seed"),
            QStringLiteral("--credentials-file"), m_privateDir->filePath(credentialsFileName()),
            QStringLiteral("--quiet")}
        + m_extraArguments);
#ifdef Q_OS_LINUX
    // If this process dies without stopping the server (crash, SIGKILL), the kernel sends
    // the child SIGTERM, so no demo server is left behind.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this,
        &LocalServerProcess::onReadyReadStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > maxStderrKept)
            m_stderr = m_stderr.right(maxStderrKept);
    });
    connect(m_process, &QProcess::finished, this, &LocalServerProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            fail(tr("The local server %1 could not be started: %2")
                     .arg(QDir::toNativeSeparators(m_binary), m_process->errorString()));
        }
    });

    qCInfo(lcSession).noquote() << "Starting the local server" << m_binary << "with database"
                                << m_databasePath;
    m_startTimer.start(m_startTimeoutMs);
    m_process->start();
}

void LocalServerProcess::onReadyReadStdout()
{
    m_stdout += m_process->readAllStandardOutput();
    if (m_ready) {
        m_stdout.clear();
        return;
    }
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0) {
        if (m_stdout.size() > maxReadyLine)
            fail(tr("The local server printed something other than its ready line."));
        return;
    }
    const QByteArray line = m_stdout.left(newline).trimmed();
    m_stdout.clear();
    const QJsonObject readyLine = QJsonDocument::fromJson(line).object();
    const QUrl url(readyLine.value(QLatin1String("url")).toString());
    if (!url.isValid() || url.port() <= 0 || url.scheme() != QLatin1String("http")) {
        fail(tr("The local server printed something other than its ready line."));
        return;
    }
    QString error;
    if (!readCredentials(&error)) {
        fail(error);
        return;
    }
    m_startTimer.stop();
    m_url = url;
    m_ready = true;
    qCInfo(lcSession).noquote() << "The local server is ready at" << m_url.toString();
    Q_EMIT ready(m_url);
}

bool LocalServerProcess::readCredentials(QString *error)
{
    const QString path = m_privateDir->filePath(credentialsFileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The local server did not write its credentials: %1").arg(file.errorString());
        return false;
    }
    const QJsonObject content = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    file.close();
    // Secrets do not stay on disk longer than needed.
    QFile::remove(path);
    m_privateDir.reset();

    const QString apiKey = content.value(QLatin1String("api_key")).toString();
    const QString staffKey = content.value(QLatin1String("service_account_key")).toString();
    const QString userToken = content.value(QLatin1String("user_token")).toString();
    if (apiKey.isEmpty() || staffKey.isEmpty()) {
        *error = tr("The credentials file of the local server has no API key or "
                    "service-account key.");
        return false;
    }
    m_staff = ProfileCredentials {apiKey, staffKey};
    m_customer = ProfileCredentials {apiKey, userToken};
    return true;
}

void LocalServerProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_startTimer.stop();
    if (m_stopping)
        return;
    const QString how
        = status == QProcess::CrashExit ? tr("it crashed") : tr("exit code %1").arg(exitCode);
    const QString tail = stderrTail();
    const QString message = tail.isEmpty() ? tr("The local server stopped (%1).").arg(how)
                                           : tr("The local server stopped (%1): %2").arg(how, tail);
    if (m_ready) {
        m_ready = false;
        qCWarning(lcSession).noquote() << message;
        Q_EMIT exitedUnexpectedly(message);
    } else {
        fail(message);
    }
}

void LocalServerProcess::onStartTimeout()
{
    fail(tr("The local server did not become ready within %1 seconds.")
             .arg(m_startTimeoutMs / 1000));
}

void LocalServerProcess::fail(const QString &message)
{
    m_startTimer.stop();
    qCWarning(lcSession).noquote() << "Local server:" << message;
    stop(2000);
    m_privateDir.reset();
    Q_EMIT failed(message);
}

QString LocalServerProcess::stderrTail() const
{
    const QStringList lines
        = QString::fromUtf8(m_stderr).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(qMax(0, int(lines.size()) - 3)).join(QLatin1Char(' ')).trimmed();
}

void LocalServerProcess::stop(int graceMs)
{
    if (!m_process)
        return;
    m_stopping = true;
    m_ready = false;
    m_startTimer.stop();
    if (m_process->state() != QProcess::NotRunning) {
        qCInfo(lcSession) << "Stopping the local server";
        m_process->terminate();
        if (!m_process->waitForFinished(graceMs)) {
            qCWarning(lcSession) << "The local server did not stop in time; killing it";
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    // Not deleted here: stop() may run inside one of the process's own signals.
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
}
