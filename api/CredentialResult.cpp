// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/CredentialResult.h"

CredentialResult::CredentialResult(Operation operation, Status status, const QString &profileName)
    : m_operation(operation), m_status(status), m_profileName(profileName)
{ }

bool CredentialResult::isSuccess() const
{
    switch (m_status) {
    case Status::Found:
        return m_operation == Operation::Read;
    case Status::Stored:
        return m_operation == Operation::Write;
    case Status::Removed:
        return m_operation == Operation::Remove;
    case Status::NotFound:
    case Status::Locked:
    case Status::Unavailable:
    case Status::Failed:
        break;
    }
    return false;
}

QString CredentialResult::message() const
{
    const QString &name = m_profileName;
    switch (m_status) {
    case Status::Found:
        return m_sessionOnly
            ? tr("Using the credentials of “%1” kept for this session only.").arg(name)
            : tr("The credentials of “%1” were read from the system keyring.").arg(name);
    case Status::Stored:
        return m_sessionOnly
            ? tr("The credentials of “%1” are kept for this session only; they are forgotten "
                 "when BuiltOn Admin closes.")
                  .arg(name)
            : tr("The credentials of “%1” are saved in the system keyring.").arg(name);
    case Status::Removed:
        return m_sessionOnly
            ? tr("The credentials of “%1” were forgotten.").arg(name)
            : tr("The credentials of “%1” were removed from the system keyring, and it was "
                 "checked that they are gone.")
                  .arg(name);
    case Status::NotFound:
        return tr("No credentials are saved for “%1”. Enter its API key and token to connect.")
            .arg(name);
    case Status::Locked:
        switch (m_operation) {
        case Operation::Read:
            return tr("The system keyring is locked, so the credentials of “%1” cannot be read. "
                      "Unlock the keyring (for example in Passwords and Keys, or by logging in "
                      "again) and try again. Nothing was changed.")
                .arg(name);
        case Operation::Write:
            return tr("The system keyring is locked, so the credentials of “%1” were not saved. "
                      "Unlock the keyring and try again, or use the credentials for this "
                      "session only.")
                .arg(name);
        case Operation::Remove:
            return tr("The system keyring is locked, so BuiltOn Admin cannot remove the "
                      "credentials of “%1” or check that they are gone. Unlock the keyring and "
                      "try again.")
                .arg(name);
        }
        break;
    case Status::Unavailable:
        switch (m_operation) {
        case Operation::Read:
            return tr("No keyring service is running, so BuiltOn Admin cannot read the saved "
                      "credentials of “%1”. Install or unlock gnome-keyring (or KWallet) and "
                      "restart BuiltOn Admin, or enter the credentials and use them for this "
                      "session only.")
                .arg(name);
        case Operation::Write:
            return tr("No keyring service is running, so BuiltOn Admin cannot store the "
                      "credentials of “%1” securely. Install or unlock gnome-keyring (or "
                      "KWallet), or use the credentials for this session only.")
                .arg(name);
        case Operation::Remove:
            return tr("No keyring service is running, so BuiltOn Admin cannot remove the "
                      "credentials of “%1”; they may still be stored. Start gnome-keyring (or "
                      "KWallet) and try again.")
                .arg(name);
        }
        break;
    case Status::Failed:
        switch (m_failure) {
        case Failure::CouldNotDelete:
            return tr("The system keyring could not delete the credentials of “%1”; they may "
                      "still be stored. Try again, or delete them in your keyring manager.")
                .arg(name);
        case Failure::StillPresent:
            return tr("The credentials of “%1” are still in the system keyring after removing "
                      "them. Delete them in your keyring manager.")
                .arg(name);
        case Failure::NotKept:
            return tr("The system keyring did not keep the credentials of “%1”: reading them "
                      "back gave a different answer. Check that your keyring can store "
                      "passwords, or use the credentials for this session only.")
                .arg(name);
        case Failure::Damaged:
            return tr("The credentials saved for “%1” are not in a form BuiltOn Admin "
                      "understands. They were left as they are; enter the API key and token "
                      "again to replace them.")
                .arg(name);
        case Failure::InvalidProfile:
            return tr("The connection “%1” has no valid server address, so its credentials "
                      "cannot be looked up. Edit the connection first.")
                .arg(name);
        case Failure::Incomplete:
            return tr("Enter both the API key and the token of “%1”.").arg(name);
        case Failure::Refused:
            return tr("BuiltOn Admin refused to use the keyring for “%1” because credentials "
                      "could have been stored unencrypted. Please report this problem.")
                .arg(name);
        case Failure::None:
        case Failure::Backend:
            break;
        }
        return tr("The system keyring reported a problem with the credentials of “%1”. Nothing "
                  "else was changed; try again, or see the details.")
            .arg(name);
    }
    return QString();
}

QString CredentialResult::statusName(Status status)
{
    switch (status) {
    case Status::Found:
        return QStringLiteral("Found");
    case Status::Stored:
        return QStringLiteral("Stored");
    case Status::Removed:
        return QStringLiteral("Removed");
    case Status::NotFound:
        return QStringLiteral("NotFound");
    case Status::Locked:
        return QStringLiteral("Locked");
    case Status::Unavailable:
        return QStringLiteral("Unavailable");
    case Status::Failed:
        break;
    }
    return QStringLiteral("Failed");
}

QString CredentialResult::failureName(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return QStringLiteral("None");
    case Failure::Backend:
        return QStringLiteral("Backend");
    case Failure::CouldNotDelete:
        return QStringLiteral("CouldNotDelete");
    case Failure::StillPresent:
        return QStringLiteral("StillPresent");
    case Failure::NotKept:
        return QStringLiteral("NotKept");
    case Failure::Damaged:
        return QStringLiteral("Damaged");
    case Failure::InvalidProfile:
        return QStringLiteral("InvalidProfile");
    case Failure::Incomplete:
        return QStringLiteral("Incomplete");
    case Failure::Refused:
        break;
    }
    return QStringLiteral("Refused");
}

QString CredentialResult::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return QStringLiteral("read");
    case Operation::Write:
        return QStringLiteral("write");
    case Operation::Remove:
        break;
    }
    return QStringLiteral("remove");
}
