// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

/// One server the app can connect to: a name, a base URL and settings that are not secret.
/// The API key and token of a profile live in the OS keychain (CredentialStore), keyed by
/// credentialKey(); this type has no field that could hold a secret, so nothing that
/// stores profiles (ProfileStore, QSettings) can write one by accident.
class ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    /// What kind of server this is; Production is visibly marked in the UI.
    enum class Environment { Production, Staging, Local, Other };

    ConnectionProfile() = default;
    /// A new profile with a fresh id; writes need confirming on Production by default.
    static ConnectionProfile create(
        const QString &name, const QUrl &baseUrl, Environment environment);

    QUuid id() const { return m_id; }
    void setId(const QUuid &id) { m_id = id; }
    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    Environment environment() const { return m_environment; }
    void setEnvironment(Environment environment) { m_environment = environment; }
    bool isProduction() const { return m_environment == Environment::Production; }
    /// Optional accent colour as "#rrggbb"; empty for none.
    QString colour() const { return m_colour; }
    void setColour(const QString &colour) { m_colour = colour; }
    /// Ask before every change sent to this server.
    bool confirmWrites() const { return m_confirmWrites; }
    void setConfirmWrites(bool confirm) { m_confirmWrites = confirm; }

    /// Empty when the profile can be saved and used; otherwise a sentence saying what to fix
    /// (no name, an address that is not http(s), http to a host that is not this computer,
    /// a user name or password or query in the address, a malformed colour).
    QString validate() const;
    bool isValid() const { return validate().isEmpty(); }

    /// The base URL in one spelling: lower-case host, no default port, no trailing slash,
    /// no user info, query or fragment. Empty when the URL is not valid.
    static QString canonicalUrl(const QUrl &url);
    /// Where this profile's secrets are filed: its id and canonical base URL, so a changed
    /// URL never reuses the secret saved for the old one. Empty when id or URL is missing.
    QString credentialKey() const;

    /// A first guess for a new profile: loopback hosts are Local, hosts that mention
    /// "staging"/"stage"/"test" are Staging, everything else is Production (the safe default).
    static Environment guessEnvironment(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

    /// Translated name for the UI ("Production").
    static QString environmentName(Environment environment);
    /// Stable spelling for settings files ("production").
    static QString environmentKey(Environment environment);
    static std::optional<Environment> environmentFromKey(const QString &key);

    friend bool operator==(const ConnectionProfile &a, const ConnectionProfile &b);
    friend bool operator!=(const ConnectionProfile &a, const ConnectionProfile &b)
    {
        return !(a == b);
    }

private:
    QUuid m_id;
    QString m_name;
    QUrl m_baseUrl;
    Environment m_environment = Environment::Other;
    QString m_colour;
    bool m_confirmWrites = true;
};

Q_DECLARE_METATYPE(ConnectionProfile)
