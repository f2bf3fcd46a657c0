// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ConnectionProfile.h"
#include "api/ProfileCredentials.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>

#include <optional>

/// Credentials kept in memory for this run only, never written anywhere: used when no
/// keychain is available and the user agreed to that, and for `--server` with credentials
/// from the environment. Filed by ConnectionProfile::credentialKey(), like the keychain.
class SessionCredentials
{
    Q_DECLARE_TR_FUNCTIONS(SessionCredentials)

public:
    static constexpr const char apiKeyVariable[] = "BUILTON_API_KEY";
    static constexpr const char tokenVariable[] = "BUILTON_TOKEN";

    void set(const ConnectionProfile &profile, const ProfileCredentials &credentials);
    std::optional<ProfileCredentials> value(const ConnectionProfile &profile) const;
    /// True when there was something to remove.
    bool remove(const ConnectionProfile &profile);
    void clear() { m_entries.clear(); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    /// The credentials for scripted use from BUILTON_API_KEY and BUILTON_TOKEN in \a env.
    /// Both must be set and non-empty; otherwise returns nothing and, when \a problem is
    /// given, a sentence naming the missing variable. The values are never stored; the
    /// caller may remove the variables from its own environment afterwards.
    static std::optional<ProfileCredentials> fromEnvironment(
        const QProcessEnvironment &env, QString *problem = nullptr);

private:
    QHash<QString, ProfileCredentials> m_entries;
};
