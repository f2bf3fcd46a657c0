// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Internal to builton_api (and its tests): the one place that creates and starts QtKeychain
// jobs. Every job comes from createJob(), which switches the insecure fallback off (QtKeychain
// would otherwise be allowed to keep secrets in a plain-text QSettings file on KWallet
// systems); start() checks it again and refuses to run a job that has it on or that carries
// a QSettings object. Only tst_credentialstore::jobWithFallbackOnIsRefused turns the fallback
// on, to check that start() refuses such a job.

#include <QByteArray>
#include <QString>
#include <qt6keychain/keychain.h>

#include <functional>

class QObject;

namespace KeychainJobs {

enum class Kind { Read, Write, Delete };

/// What a finished job reported. data is the entry read (Read jobs only).
struct Outcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
    /// The job was not started because its insecure fallback was on (see start()).
    bool refused = false;
};

/// Creates a job of \a kind for \a service / \a key with the insecure fallback off and
/// auto-delete on. The caller owns it until it is started; a job that is never started may
/// simply be deleted.
QKeychain::Job *createJob(Kind kind, const QString &service, const QString &key);

/// Starts \a job (from createJob()) and calls \a done exactly once with its outcome, in the
/// thread of \a context, unless \a context is destroyed first. The job deletes itself when it
/// finishes; it is never deleted while running (libsecret calls back into it).
void start(
    QKeychain::Job *job, Kind kind, QObject *context, std::function<void(const Outcome &)> done);

/// Convenience: createJob() + (for Write) setTextData(\a data) + start().
void run(Kind kind, const QString &service, const QString &key, const QByteArray &data,
    QObject *context, std::function<void(const Outcome &)> done);

/// What the observer sees of each job right before it starts (never the data).
struct JobRecord
{
    Kind kind = Kind::Read;
    QString service;
    QString key;
    bool insecureFallback = false;
    bool hasSettings = false;
};
using Observer = std::function<void(const JobRecord &)>;
/// Test seam: \a observer is called for every job start() is given (also refused ones).
/// Pass an empty function to stop observing.
void setObserverForTesting(Observer observer);

QString kindName(Kind kind);
QString errorName(QKeychain::Error error);

} // namespace KeychainJobs
