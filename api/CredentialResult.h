// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ProfileCredentials.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

/// How a CredentialStore operation ended. Only NotFound means "no credential saved": every
/// other failure (locked, unavailable, failed) must be shown to the user and must never lead
/// to writing or deleting credentials on the strength of that result.
class CredentialResult
{
    Q_DECLARE_TR_FUNCTIONS(CredentialResult)

public:
    enum class Operation { Read, Write, Remove };

    enum class Status {
        Found, ///< read: credentials() holds what is saved
        Stored, ///< write: saved and read back identical
        Removed, ///< remove: deleted, and a read-back says the entry is gone
        NotFound, ///< read: nothing saved for this profile (the only "first run" answer)
        Locked, ///< the keyring is locked or refused access; nothing was changed
        Unavailable, ///< no keyring service (no daemon, no session bus, no backend)
        Failed, ///< anything else; failure() says what
    };

    /// Details of Status::Failed.
    enum class Failure {
        None,
        Backend, ///< the keychain reported an error of another kind
        CouldNotDelete, ///< the keychain said it could not delete the entry
        StillPresent, ///< deleted without error, but the entry is still readable
        NotKept, ///< written without error, but reading back gave something else
        Damaged, ///< the entry exists but is not in the format this app writes
        InvalidProfile, ///< the profile has no id or no valid URL; the keychain was not asked
        Incomplete, ///< write: the API key or the token is empty; the keychain was not asked
        Refused, ///< a keychain job was about to run with the insecure fallback on
    };

    CredentialResult() = default;
    CredentialResult(Operation operation, Status status, const QString &profileName);

    Operation operation() const { return m_operation; }
    Status status() const { return m_status; }
    Failure failure() const { return m_failure; }
    void setFailure(Failure failure) { m_failure = failure; }
    bool isSuccess() const;

    /// The credentials read (Status::Found only).
    ProfileCredentials credentials() const { return m_credentials; }
    void setCredentials(const ProfileCredentials &credentials) { m_credentials = credentials; }

    /// True when memory (session-only mode) answered, not the keychain.
    bool isSessionOnly() const { return m_sessionOnly; }
    void setSessionOnly(bool sessionOnly) { m_sessionOnly = sessionOnly; }

    /// The keychain's own error text ("Cannot autolaunch D-Bus without X11 $DISPLAY"), for a
    /// "details" section and logs. Never contains a secret.
    QString detail() const { return m_detail; }
    void setDetail(const QString &detail) { m_detail = detail; }

    QString profileName() const { return m_profileName; }

    /// A complete, translated sentence saying what happened and what to do.
    QString message() const;

    /// The enum name ("Unavailable"), for logs and test output.
    static QString statusName(Status status);
    static QString failureName(Failure failure);
    static QString operationName(Operation operation);

private:
    Operation m_operation = Operation::Read;
    Status m_status = Status::Failed;
    Failure m_failure = Failure::None;
    bool m_sessionOnly = false;
    ProfileCredentials m_credentials;
    QString m_profileName;
    QString m_detail;
};

Q_DECLARE_METATYPE(CredentialResult)
