// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/CredentialStore.h"

#include "api/CredentialsLogging.h"
#include "api/KeychainJobs.h"
#include "api/SecretServiceProbe.h"
#include "api/Version.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using Status = CredentialResult::Status;
using Failure = CredentialResult::Failure;
using Operation = CredentialResult::Operation;

namespace {

constexpr int entryFormatVersion = 1;

QByteArray encodeEntry(const ProfileCredentials &credentials)
{
    const QJsonObject entry {{QStringLiteral("version"), entryFormatVersion},
        {QStringLiteral("apiKey"), credentials.apiKey},
        {QStringLiteral("token"), credentials.token}};
    return QJsonDocument(entry).toJson(QJsonDocument::Compact);
}

std::optional<ProfileCredentials> decodeEntry(const QByteArray &data)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject entry = document.object();
    const QJsonValue apiKey = entry.value(QStringLiteral("apiKey"));
    const QJsonValue token = entry.value(QStringLiteral("token"));
    if (!apiKey.isString() || !token.isString())
        return std::nullopt;
    return ProfileCredentials {apiKey.toString(), token.toString()};
}

/// The one mapping from QtKeychain's error codes to what the user is told. Only
/// EntryNotFound means "nothing saved"; a missing daemon or session bus arrives from libsecret
/// as OtherError (with the D-Bus text), so OtherError counts as "no keyring service".
Status statusForError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Status::Found;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return Status::Failed;
}

QString describe(const KeychainJobs::Outcome &outcome)
{
    if (outcome.refused)
        return QStringLiteral("refused: insecure fallback");
    if (outcome.errorString.isEmpty())
        return KeychainJobs::errorName(outcome.error);
    return KeychainJobs::errorName(outcome.error) % QLatin1String(": ") % outcome.errorString;
}

QString displayName(const ConnectionProfile &profile)
{
    if (!profile.name().trimmed().isEmpty())
        return profile.name();
    const QString url = ConnectionProfile::canonicalUrl(profile.baseUrl());
    return url.isEmpty() ? profile.id().toString(QUuid::WithoutBraces) : url;
}

/// What a keychain read amounts to, before it becomes the result of some operation.
struct ReadOutcome
{
    Status status = Status::Failed;
    Failure failure = Failure::None;
    ProfileCredentials credentials;
    QString detail;
};

} // namespace

/// The keychain side of read(), write() and remove(): chains of asynchronous steps whose
/// context is the reply, so a deleted reply stops the chain (the running job still ends on
/// its own). Nothing here captures the store.
class CredentialOperations
{
public:
    using ReadDone = std::function<void(const ReadOutcome &)>;

    static void readEntry(
        const QString &service, const QString &key, QObject *context, ReadDone done)
    {
        KeychainJobs::run(KeychainJobs::Kind::Read, service, key, QByteArray(), context,
            [service, key, context, done](const KeychainJobs::Outcome &outcome) {
                ReadOutcome read;
                read.detail = describe(outcome);
                if (outcome.refused) {
                    read.failure = Failure::Refused;
                    done(read);
                    return;
                }
                if (outcome.error == QKeychain::NoError) {
                    const std::optional<ProfileCredentials> credentials = decodeEntry(outcome.data);
                    if (credentials) {
                        read.status = Status::Found;
                        read.credentials = *credentials;
                        read.detail.clear();
                    } else {
                        read.failure = Failure::Damaged;
                        read.detail = QStringLiteral("entry is not the expected JSON object");
                    }
                    done(read);
                    return;
                }
                if (outcome.error == QKeychain::EntryNotFound) {
                    // Believe "not found" only when the keyring is not locked (see
                    // SecretServiceProbe for why libsecret can say so while locked).
                    SecretServiceProbe::checkLocked(service, key, context,
                        [done, read](bool locked, const QString &probeDetail) mutable {
                            read.status = locked ? Status::Locked : Status::NotFound;
                            read.detail += QLatin1String("; ") + probeDetail;
                            done(read);
                        });
                    return;
                }
                read.status = statusForError(outcome.error);
                if (read.status == Status::Failed)
                    read.failure = Failure::Backend;
                done(read);
            });
    }

    static void read(const QString &service, CredentialReply *reply, bool retryIfUnavailable,
        std::chrono::milliseconds retryDelay)
    {
        const ConnectionProfile profile = reply->profile();
        readEntry(service, profile.credentialKey(), reply, [=](const ReadOutcome &read) {
            if (read.status == Status::Unavailable && retryIfUnavailable) {
                qCInfo(lcCredentials).noquote()
                    << "Keychain unavailable (yet?) for profile" << profile.name() << "("
                    << read.detail << "); retrying once in" << retryDelay.count() << "ms";
                QTimer::singleShot(retryDelay, reply,
                    [=] { CredentialOperations::read(service, reply, false, retryDelay); });
                return;
            }
            CredentialResult result(Operation::Read, read.status, displayName(profile));
            result.setFailure(read.failure);
            result.setCredentials(read.credentials);
            result.setDetail(read.detail);
            reply->finish(result);
        });
    }

    static void write(
        const QString &service, CredentialReply *reply, const ProfileCredentials &credentials)
    {
        const ConnectionProfile profile = reply->profile();
        const QString key = profile.credentialKey();
        KeychainJobs::run(KeychainJobs::Kind::Write, service, key, encodeEntry(credentials), reply,
            [=](const KeychainJobs::Outcome &outcome) {
                if (outcome.refused || outcome.error != QKeychain::NoError) {
                    Status status
                        = outcome.refused ? Status::Failed : statusForError(outcome.error);
                    if (status == Status::NotFound)
                        status = Status::Failed;
                    CredentialResult result(Operation::Write, status, displayName(profile));
                    if (status == Status::Failed)
                        result.setFailure(outcome.refused ? Failure::Refused : Failure::Backend);
                    result.setDetail(describe(outcome));
                    reply->finish(result);
                    return;
                }
                // The keychain said yes; believe it once the entry reads back identical
                // (some Secret Service providers accept a write and keep nothing).
                readEntry(service, key, reply, [=](const ReadOutcome &read) {
                    CredentialResult result(Operation::Write, Status::Stored, displayName(profile));
                    if (read.status == Status::Found && read.credentials == credentials) {
                        reply->finish(result);
                        return;
                    }
                    if (read.status == Status::Locked || read.status == Status::Unavailable) {
                        result
                            = CredentialResult(Operation::Write, read.status, displayName(profile));
                    } else {
                        result = CredentialResult(
                            Operation::Write, Status::Failed, displayName(profile));
                        result.setFailure(Failure::NotKept);
                    }
                    result.setDetail(QStringLiteral("read back: ")
                        % CredentialResult::statusName(read.status)
                        % (read.detail.isEmpty() ? QString() : QLatin1String("; ") + read.detail));
                    reply->finish(result);
                });
            });
    }

    static void remove(const QString &service, CredentialReply *reply)
    {
        const ConnectionProfile profile = reply->profile();
        const QString key = profile.credentialKey();
        KeychainJobs::run(KeychainJobs::Kind::Delete, service, key, QByteArray(), reply,
            [=](const KeychainJobs::Outcome &outcome) {
                const bool deleted = !outcome.refused
                    && (outcome.error == QKeychain::NoError
                        || outcome.error == QKeychain::EntryNotFound);
                if (!deleted) {
                    Status status
                        = outcome.refused ? Status::Failed : statusForError(outcome.error);
                    CredentialResult result(Operation::Remove, status, displayName(profile));
                    if (status == Status::Failed) {
                        result.setFailure(outcome.refused ? Failure::Refused
                                : outcome.error == QKeychain::CouldNotDeleteEntry
                                ? Failure::CouldNotDelete
                                : Failure::Backend);
                    }
                    result.setDetail(describe(outcome));
                    reply->finish(result);
                    return;
                }
                // "Checks that they are gone": only a read that says NotFound proves it.
                readEntry(service, key, reply, [=](const ReadOutcome &read) {
                    CredentialResult result(
                        Operation::Remove, Status::Removed, displayName(profile));
                    if (read.status == Status::NotFound) {
                        reply->finish(result);
                        return;
                    }
                    if (read.status == Status::Locked || read.status == Status::Unavailable) {
                        result = CredentialResult(
                            Operation::Remove, read.status, displayName(profile));
                    } else {
                        result = CredentialResult(
                            Operation::Remove, Status::Failed, displayName(profile));
                        const bool present
                            = read.status == Status::Found || read.failure == Failure::Damaged;
                        result.setFailure(present ? Failure::StillPresent : read.failure);
                    }
                    result.setDetail(QStringLiteral("read back: ")
                        % CredentialResult::statusName(read.status)
                        % (read.detail.isEmpty() ? QString() : QLatin1String("; ") + read.detail));
                    reply->finish(result);
                });
            });
    }
};

CredentialStore::CredentialStore(const QString &serviceName, QObject *parent)
    : QObject(parent), m_serviceName(serviceName)
{
    Q_ASSERT(!m_serviceName.isEmpty());
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::defaultServiceName()
{
    return builtonApplicationName();
}

CredentialReply *CredentialStore::read(const ConnectionProfile &profile, ReadRetry retry)
{
    auto *reply = new CredentialReply(Operation::Read, profile, this);
    if (profile.credentialKey().isEmpty()) {
        CredentialResult result(Operation::Read, Status::Failed, displayName(profile));
        result.setFailure(Failure::InvalidProfile);
        reply->finishLater(result);
        return reply;
    }
    if (m_sessionOnly) {
        const std::optional<ProfileCredentials> kept = m_session.value(profile);
        CredentialResult result(
            Operation::Read, kept ? Status::Found : Status::NotFound, displayName(profile));
        result.setSessionOnly(true);
        if (kept)
            result.setCredentials(*kept);
        reply->finishLater(result);
        return reply;
    }
    qCDebug(lcCredentials) << "Reading credentials of profile" << profile.name()
                           << profile.id().toString(QUuid::WithoutBraces);
    CredentialOperations::read(
        m_serviceName, reply, retry == ReadRetry::OnceIfUnavailable, m_retryDelay);
    return reply;
}

CredentialReply *CredentialStore::write(
    const ConnectionProfile &profile, const ProfileCredentials &credentials)
{
    auto *reply = new CredentialReply(Operation::Write, profile, this);
    if (profile.credentialKey().isEmpty() || !credentials.isComplete()) {
        CredentialResult result(Operation::Write, Status::Failed, displayName(profile));
        result.setFailure(
            profile.credentialKey().isEmpty() ? Failure::InvalidProfile : Failure::Incomplete);
        reply->finishLater(result);
        return reply;
    }
    if (m_sessionOnly) {
        m_session.set(profile, credentials);
        CredentialResult result(Operation::Write, Status::Stored, displayName(profile));
        result.setSessionOnly(true);
        reply->finishLater(result);
        return reply;
    }
    qCDebug(lcCredentials) << "Writing credentials of profile" << profile.name()
                           << profile.id().toString(QUuid::WithoutBraces);
    CredentialOperations::write(m_serviceName, reply, credentials);
    return reply;
}

CredentialReply *CredentialStore::remove(const ConnectionProfile &profile)
{
    auto *reply = new CredentialReply(Operation::Remove, profile, this);
    if (profile.credentialKey().isEmpty()) {
        CredentialResult result(Operation::Remove, Status::Failed, displayName(profile));
        result.setFailure(Failure::InvalidProfile);
        reply->finishLater(result);
        return reply;
    }
    if (m_sessionOnly) {
        m_session.remove(profile);
        CredentialResult result(Operation::Remove, Status::Removed, displayName(profile));
        result.setSessionOnly(true);
        reply->finishLater(result);
        return reply;
    }
    qCDebug(lcCredentials) << "Removing credentials of profile" << profile.name()
                           << profile.id().toString(QUuid::WithoutBraces);
    CredentialOperations::remove(m_serviceName, reply);
    return reply;
}

void CredentialStore::setSessionOnly(bool sessionOnly)
{
    if (sessionOnly == m_sessionOnly)
        return;
    m_sessionOnly = sessionOnly;
    if (!sessionOnly)
        m_session.clear();
    qCInfo(lcCredentials) << "Session-only credentials" << (sessionOnly ? "on" : "off");
    Q_EMIT sessionOnlyChanged(sessionOnly);
}
