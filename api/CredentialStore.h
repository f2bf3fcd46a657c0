// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ConnectionProfile.h"
#include "api/CredentialReply.h"
#include "api/CredentialResult.h"
#include "api/ProfileCredentials.h"
#include "api/SessionCredentials.h"

#include <QObject>

#include <chrono>

/// The API key and token of each connection profile, in the OS keychain (QtKeychain:
/// Secret Service / KWallet on Linux, Keychain on macOS, Credential Manager on Windows)
/// and nowhere else.
///
/// Storage: one keychain entry per profile, under the service serviceName() ("BuiltOn
/// Admin") and the key ConnectionProfile::credentialKey() ("<profile id> <canonical base
/// URL>"), so profiles never share a secret and a changed URL never reuses the old one. The
/// entry is a small UTF-8 JSON text, `{"version":1,"apiKey":"…","token":"…"}`, so both
/// secrets are written, read and deleted together.
///
/// Rules this class keeps:
/// - The insecure fallback of QtKeychain (plain-text QSettings) is never enabled; every job
///   comes from KeychainJobs::createJob().
/// - Only NotFound means "nothing saved". Locked and Unavailable are reported as such, and
///   this class never writes or deletes on the strength of a read; only write() and remove()
///   change the keychain, and only when called.
/// - A NotFound from QtKeychain is double-checked with the Secret Service (a locked keyring
///   whose unlock prompt fails looks like "not found" through libsecret); see
///   SecretServiceProbe.
/// - write() reads the entry back and succeeds only when it is identical; remove() deletes
///   and then reads back, and succeeds only when the read says NotFound.
/// - All operations are asynchronous; nothing here spins an event loop.
///
/// Session-only mode keeps credentials in memory (SessionCredentials) instead: for when no
/// keychain is available and the user accepts that, and for `--server` with credentials
/// from the environment. In that mode no keychain job is created at all.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class ReadRetry {
        Never,
        /// At startup the keyring daemon may not be up yet: an Unavailable read is tried once
        /// more after retryDelay(). (QtKeychain picks its backend once per process, so a
        /// retry cannot switch from one backend to another.)
        OnceIfUnavailable,
    };

    /// \a serviceName is the keychain service entries are filed under; tests use their own.
    explicit CredentialStore(
        const QString &serviceName = defaultServiceName(), QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString defaultServiceName();
    QString serviceName() const { return m_serviceName; }

    CredentialReply *read(const ConnectionProfile &profile, ReadRetry retry = ReadRetry::Never);
    CredentialReply *write(const ConnectionProfile &profile, const ProfileCredentials &credentials);
    /// Sign out / forget: deletes the entry and checks that it is gone.
    CredentialReply *remove(const ConnectionProfile &profile);

    /// Delay before the one retry of ReadRetry::OnceIfUnavailable; 10 s by default (as the
    /// Nextcloud client does), 0 in tests.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }

    /// Memory-only mode. Switching it off forgets everything kept in memory.
    void setSessionOnly(bool sessionOnly);
    bool isSessionOnly() const { return m_sessionOnly; }

Q_SIGNALS:
    void sessionOnlyChanged(bool sessionOnly);

private:
    QString m_serviceName;
    std::chrono::milliseconds m_retryDelay {10000};
    bool m_sessionOnly = false;
    SessionCredentials m_session;
};
