// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <QUuid>

#include <optional>

class QSettings;

/// The list of connection profiles and which one is current, kept in QSettings.
///
/// Only ConnectionProfile values are written, and that type has no secret field: API keys
/// and tokens go to CredentialStore. Layout (group "connections"):
///   version=1, order=<ids in display order>, current=<id>,
///   profiles/<id>/{name, baseUrl, environment, colour, confirmWrites}
/// Keys this version does not know are left alone, so a newer version's settings survive.
///
/// Removing a profile does not touch the keychain: call CredentialStore::remove() first and
/// remove the profile once that reports the secrets gone. The same applies to the old secret
/// after an update that changes the URL (see profileUpdated()).
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    /// \a settings must outlive the store; tests pass one over a temporary file.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> profile(const QUuid &id) const;
    int count() const { return int(m_profiles.size()); }

    /// Adds \a profile (a new id is assigned when it has none). Returns false and fills
    /// \a error with a sentence for the user when the profile is not valid, its name is
    /// taken, its id exists already, or the settings could not be saved. In that last case
    /// (and likewise for update, remove and setCurrentId) the change is made in memory and
    /// signalled all the same; only writing it to disk failed.
    bool add(ConnectionProfile &profile, QString *error = nullptr);
    /// Replaces the profile with the same id.
    bool update(const ConnectionProfile &profile, QString *error = nullptr);
    /// Removes the profile; when it was current, no profile is current afterwards.
    bool remove(const QUuid &id, QString *error = nullptr);

    /// The profile in use; null when none is chosen.
    QUuid currentId() const { return m_currentId; }
    std::optional<ConnectionProfile> current() const { return profile(m_currentId); }
    /// Chooses the current profile; a null id clears it. False for an unknown id.
    bool setCurrentId(const QUuid &id, QString *error = nullptr);

Q_SIGNALS:
    void profileAdded(const ConnectionProfile &profile);
    /// \a previous lets the caller remove the secret filed under an old URL.
    void profileUpdated(const ConnectionProfile &previous, const ConnectionProfile &current);
    void profileRemoved(const ConnectionProfile &profile);
    void currentChanged(const QUuid &id);

private:
    void load();
    int indexOf(const QUuid &id) const;
    bool nameTaken(const QString &name, const QUuid &except) const;
    void writeProfile(const ConnectionProfile &profile);
    void writeOrder();
    bool commit(QString *error);

    QSettings *m_settings;
    QList<ConnectionProfile> m_profiles;
    QUuid m_currentId;
};
