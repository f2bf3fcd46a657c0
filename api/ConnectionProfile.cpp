// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ConnectionProfile.h"

#include <QHostAddress>
#include <QRegularExpression>

ConnectionProfile ConnectionProfile::create(
    const QString &name, const QUrl &baseUrl, Environment environment)
{
    ConnectionProfile profile;
    profile.m_id = QUuid::createUuid();
    profile.m_name = name;
    profile.m_baseUrl = baseUrl;
    profile.m_environment = environment;
    profile.m_confirmWrites = environment == Environment::Production;
    return profile;
}

QString ConnectionProfile::validate() const
{
    if (m_name.trimmed().isEmpty())
        return tr("Give the connection a name.");
    if (m_name.size() > 100)
        return tr("The connection name is too long (at most 100 characters).");
    if (!m_baseUrl.isValid() || m_baseUrl.isEmpty())
        return tr("Enter the server address, for example https://api.example.com.");
    const QString scheme = m_baseUrl.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The server address must start with https:// (or http:// for this computer).");
    if (m_baseUrl.host().isEmpty())
        return tr("The server address has no host name.");
    // A password in the URL would end up in the settings file, in plain text.
    if (!m_baseUrl.userInfo().isEmpty())
        return tr("Remove the user name and password from the server address; enter the API "
                  "key and token separately, they are kept in the system keyring.");
    if (m_baseUrl.hasQuery() || m_baseUrl.hasFragment())
        return tr("Remove the part after ? or # from the server address.");
    if (scheme == QLatin1String("http") && !isLoopbackHost(m_baseUrl.host()))
        return tr("Use https:// for %1: plain http is only allowed for this computer.")
            .arg(m_baseUrl.host());
    if (!m_colour.isEmpty()) {
        static const QRegularExpression hexColour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        if (!hexColour.match(m_colour).hasMatch())
            return tr("The colour must look like #1a2b3c.");
    }
    return QString();
}

QString ConnectionProfile::canonicalUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QString();
    QUrl canonical = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
        | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (canonical.path() == QLatin1String("/")) // StripTrailingSlash keeps a lone "/"
        canonical.setPath(QString());
    canonical.setScheme(canonical.scheme().toLower());
    canonical.setHost(canonical.host().toLower());
    const int port = canonical.port();
    if ((canonical.scheme() == QLatin1String("https") && port == 443)
        || (canonical.scheme() == QLatin1String("http") && port == 80))
        canonical.setPort(-1);
    return canonical.toString(QUrl::FullyEncoded);
}

QString ConnectionProfile::credentialKey() const
{
    const QString url = canonicalUrl(m_baseUrl);
    if (m_id.isNull() || url.isEmpty())
        return QString();
    // The id keeps two profiles of the same server apart; the URL makes a changed address
    // look for (and never find) a secret filed under the old one.
    return m_id.toString(QUuid::WithoutBraces) % QLatin1Char(' ') % url;
}

ConnectionProfile::Environment ConnectionProfile::guessEnvironment(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (isLoopbackHost(host))
        return Environment::Local;
    static const QRegularExpression staging(QStringLiteral("(^|[.-])(staging|stage|test)([.-]|$)"));
    if (staging.match(host).hasMatch())
        return Environment::Staging;
    return Environment::Production;
}

bool ConnectionProfile::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ConnectionProfile::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return tr("Production");
    case Environment::Staging:
        return tr("Staging");
    case Environment::Local:
        return tr("Local");
    case Environment::Other:
        break;
    }
    return tr("Other");
}

QString ConnectionProfile::environmentKey(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return QStringLiteral("production");
    case Environment::Staging:
        return QStringLiteral("staging");
    case Environment::Local:
        return QStringLiteral("local");
    case Environment::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<ConnectionProfile::Environment> ConnectionProfile::environmentFromKey(
    const QString &key)
{
    for (Environment environment :
        {Environment::Production, Environment::Staging, Environment::Local, Environment::Other}) {
        if (environmentKey(environment) == key)
            return environment;
    }
    return std::nullopt;
}

bool operator==(const ConnectionProfile &a, const ConnectionProfile &b)
{
    return a.m_id == b.m_id && a.m_name == b.m_name && a.m_baseUrl == b.m_baseUrl
        && a.m_environment == b.m_environment && a.m_colour == b.m_colour
        && a.m_confirmWrites == b.m_confirmWrites;
}
