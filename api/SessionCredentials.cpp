// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/SessionCredentials.h"

void SessionCredentials::set(
    const ConnectionProfile &profile, const ProfileCredentials &credentials)
{
    const QString key = profile.credentialKey();
    if (!key.isEmpty())
        m_entries.insert(key, credentials);
}

std::optional<ProfileCredentials> SessionCredentials::value(const ConnectionProfile &profile) const
{
    const auto it = m_entries.constFind(profile.credentialKey());
    if (it == m_entries.constEnd())
        return std::nullopt;
    return it.value();
}

bool SessionCredentials::remove(const ConnectionProfile &profile)
{
    return m_entries.remove(profile.credentialKey()) > 0;
}

std::optional<ProfileCredentials> SessionCredentials::fromEnvironment(
    const QProcessEnvironment &env, QString *problem)
{
    const QString apiKeyName = QLatin1String(apiKeyVariable);
    const QString tokenName = QLatin1String(tokenVariable);
    ProfileCredentials credentials;
    credentials.apiKey = env.value(apiKeyName).trimmed();
    credentials.token = env.value(tokenName).trimmed();
    QStringList missing;
    if (credentials.apiKey.isEmpty())
        missing.append(apiKeyName);
    if (credentials.token.isEmpty())
        missing.append(tokenName);
    if (missing.isEmpty())
        return credentials;
    if (problem) {
        *problem = missing.size() == 2
            ? tr("Set %1 and %2 to use --server.").arg(apiKeyName, tokenName)
            : tr("Set %1 to use --server.").arg(missing.constFirst());
    }
    return std::nullopt;
}
