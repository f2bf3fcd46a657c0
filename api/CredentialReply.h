// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ConnectionProfile.h"
#include "api/CredentialResult.h"

#include <QObject>

class CredentialStore;

/// One CredentialStore operation in flight. finished() is emitted exactly once, always after
/// the call that created the reply has returned, so connecting right after the call is safe.
/// The reply is a child of the store; delete it (deleteLater()) once it has finished.
/// Deleting it earlier is safe too: the keychain job underneath runs to its end on its own,
/// and its outcome is dropped.
class CredentialReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialReply)

public:
    ~CredentialReply() override;

    CredentialResult::Operation operation() const { return m_operation; }
    ConnectionProfile profile() const { return m_profile; }
    bool isFinished() const { return m_finished; }
    /// The outcome; meaningful once isFinished().
    CredentialResult result() const { return m_result; }

Q_SIGNALS:
    void finished(const CredentialResult &result);

private:
    friend class CredentialStore;
    friend class CredentialOperations;
    CredentialReply(
        CredentialResult::Operation operation, const ConnectionProfile &profile, QObject *parent);
    void finish(const CredentialResult &result);
    /// finish() from the event loop, for answers known at once.
    void finishLater(const CredentialResult &result);

    CredentialResult::Operation m_operation;
    ConnectionProfile m_profile;
    CredentialResult m_result;
    bool m_finished = false;
};
