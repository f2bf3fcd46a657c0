// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/KeychainJobs.h"

#include "api/CredentialsLogging.h"

#include <QMetaObject>
#include <QObject>

namespace KeychainJobs {

namespace {

Observer &observer()
{
    static Observer instance;
    return instance;
}

} // namespace

QKeychain::Job *createJob(Kind kind, const QString &service, const QString &key)
{
    QKeychain::Job *job = nullptr;
    switch (kind) {
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Kind::Write:
        job = new QKeychain::WritePasswordJob(service);
        break;
    case Kind::Delete:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    Q_ASSERT(job);
    // Never a plain-text copy of a secret: without a secure store the operation fails and
    // the user is told so (K1/K2 in the reliability notes).
    job->setInsecureFallback(false);
    Q_ASSERT(!job->insecureFallback());
    job->setAutoDelete(true);
    job->setKey(key);
    return job;
}

void start(
    QKeychain::Job *job, Kind kind, QObject *context, std::function<void(const Outcome &)> done)
{
    Q_ASSERT(job && context);
    JobRecord record;
    record.kind = kind;
    record.service = job->service();
    record.key = job->key();
    record.insecureFallback = job->insecureFallback();
    record.hasSettings = job->settings() != nullptr;
    if (observer())
        observer()(record);

    if (job->insecureFallback() || job->settings()) {
        // Not an assertion, so that release builds refuse too (and tests can prove it): a
        // job with the fallback on must never run, whatever changed it after createJob().
        qCCritical(lcCredentials) << "Refusing a keychain" << kindName(kind)
                                  << "job with the insecure fallback or a settings file";
        delete job; // never started, so nothing calls back into it
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done)] {
                Outcome outcome;
                outcome.error = QKeychain::OtherError;
                outcome.refused = true;
                done(outcome);
            },
            Qt::QueuedConnection);
        return;
    }

    QObject::connect(job, &QKeychain::Job::finished, context,
        [kind, done = std::move(done)](QKeychain::Job *finished) {
            Outcome outcome;
            outcome.error = finished->error();
            outcome.errorString = finished->errorString();
            if (kind == Kind::Read && outcome.error == QKeychain::NoError) {
                outcome.data = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            }
            done(outcome);
        });
    job->start();
}

void run(Kind kind, const QString &service, const QString &key, const QByteArray &data,
    QObject *context, std::function<void(const Outcome &)> done)
{
    QKeychain::Job *job = createJob(kind, service, key);
    if (kind == Kind::Write)
        static_cast<QKeychain::WritePasswordJob *>(job)->setTextData(QString::fromUtf8(data));
    start(job, kind, context, std::move(done));
}

void setObserverForTesting(Observer newObserver)
{
    observer() = std::move(newObserver);
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Read:
        return QStringLiteral("read");
    case Kind::Write:
        return QStringLiteral("write");
    case Kind::Delete:
        break;
    }
    return QStringLiteral("delete");
}

QString errorName(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return QStringLiteral("NoError");
    case QKeychain::EntryNotFound:
        return QStringLiteral("EntryNotFound");
    case QKeychain::CouldNotDeleteEntry:
        return QStringLiteral("CouldNotDeleteEntry");
    case QKeychain::AccessDeniedByUser:
        return QStringLiteral("AccessDeniedByUser");
    case QKeychain::AccessDenied:
        return QStringLiteral("AccessDenied");
    case QKeychain::NoBackendAvailable:
        return QStringLiteral("NoBackendAvailable");
    case QKeychain::NotImplemented:
        return QStringLiteral("NotImplemented");
    case QKeychain::OtherError:
        break;
    }
    return QStringLiteral("OtherError");
}

} // namespace KeychainJobs
