// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/ConnectionProfile.h"
#include "api/CredentialResult.h"
#include "api/CredentialStore.h"
#include "api/ProfileCredentials.h"
#include "api/TokenInfo.h"
#include "models/domain/Company.h"
#include "session/AccessRole.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

class ApiClient;
class CredentialReply;
class PlanCache;
class RoleProbe;

/// The connection the app works with: one ApiClient for the whole run, pointed at the
/// current profile with its credentials, and what the server lets those credentials do.
///
/// open() reads the profile's credentials from the CredentialStore, connects and probes the
/// role (RoleProbe); openTransient() does the same with credentials held in memory only
/// (`--demo`, `--server`). Switching to another profile needs no restart: the old profile's
/// requests are cancelled (ApiClient::abortAll), aboutToSwitch() tells the pages to forget
/// what they show, and the new profile is probed. A keychain that is locked or unavailable
/// is reported through credentialsUnavailable(), never taken for "no credentials".
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State {
        Closed, ///< no profile
        ReadingCredentials, ///< asking the keychain
        Connecting, ///< probing the role
        Ready, ///< connected; role() is known
        Failed, ///< see error() or credentialResult()
    };
    Q_ENUM(State)

    /// The week before a token expires, the app warns.
    static constexpr qint64 expiryWarningSeconds = 7 * 24 * 3600;

    /// \a credentials must outlive the session.
    explicit Session(CredentialStore *credentials, QObject *parent = nullptr);
    ~Session() override;

    ApiClient *client() const { return m_client; }
    /// The company's plans, loaded once for the connection (forgotten when it switches).
    PlanCache *planCache() const { return m_plans; }
    /// Requests fail with Timeout after \a seconds without progress (Preferences); the
    /// overall deadline of a call is at least twice that. From the next request on.
    void setRequestTimeout(int seconds);
    int requestTimeout() const;
    CredentialStore *credentialStore() const { return m_credentials; }
    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    AccessRole role() const { return m_role; }
    ConnectionProfile profile() const { return m_profile; }
    bool hasProfile() const { return !m_profile.id().isNull(); }
    /// The profile exists for this run only (--demo, --server); its credentials were never
    /// stored.
    bool isTransient() const { return m_transient; }
    /// What the current token says about itself (display only).
    TokenInfo tokenInfo() const { return m_tokenInfo; }
    /// Staff: number of users of the company, -1 when unknown.
    qint64 userCount() const { return m_userCount; }
    /// Customer: the signed-in user's own record as the probe read it.
    QJsonObject me() const { return m_me; }
    QByteArray meEtag() const { return m_meEtag; }
    /// The company behind the API key as the server reported it while connecting (an id,
    /// not a secret); empty when unknown (no user to read it from).
    QString companyId() const { return m_companyId; }
    /// Staff: the company of the API key (GET /company), read once connected; its id is
    /// invalid until then, for a customer, or when the server does not have the route (then
    /// phone numbers written without a country code stay as typed). companyChanged() when
    /// read.
    Company company() const { return m_company; }
    /// Why the state is Failed because of the server; None otherwise.
    ApiError error() const { return m_error; }
    /// Why the state is Failed because of the keychain (the read did not give credentials).
    CredentialResult credentialResult() const { return m_credentialResult; }
    bool failedOnCredentials() const { return m_failedOnCredentials; }

    /// Connects to \a profile with the credentials saved for it.
    void open(const ConnectionProfile &profile,
        CredentialStore::ReadRetry retry = CredentialStore::ReadRetry::Never);
    /// Connects to \a profile with \a credentials kept in memory only.
    void openTransient(const ConnectionProfile &profile, const ProfileCredentials &credentials);
    /// Profiles that exist for this run only, with their credentials in memory (the demo's
    /// staff and customer sign-ins); offered in "Switch To" next to the stored profiles.
    void addTransientProfile(
        const ConnectionProfile &profile, const ProfileCredentials &credentials);
    QList<ConnectionProfile> transientProfiles() const;
    void removeTransientProfile(const QUuid &id);
    /// Opens a profile added with addTransientProfile(); false when \a id is not one.
    bool openTransient(const QUuid &id);
    /// Tries the current profile again (after a failure or to refresh the role).
    void retry();
    /// Disconnects: cancels every request and forgets the credentials in memory.
    void close();

Q_SIGNALS:
    void stateChanged(Session::State state);
    /// The connection shown so far is going away (switch or close): forget its data.
    void aboutToSwitch();
    void profileChanged(const ConnectionProfile &profile);
    /// Connected; role() and, for a customer, me() are known.
    void ready();
    /// The server could not be reached or refused the credentials while connecting.
    void connectionFailed(const ApiError &error);
    /// The keychain gave no credentials (NotFound, Locked, Unavailable or Failed).
    void credentialsUnavailable(const CredentialResult &result);
    /// A request was answered 401 while connected: the key or token is no longer valid.
    void credentialsRejected(const ApiError &error);
    /// company() was read (or forgotten on a switch).
    void companyChanged();

private:
    void beginSwitch(const ConnectionProfile &profile, bool transient);
    void connectWith(const ProfileCredentials &credentials);
    void onCredentialsRead(const CredentialResult &result);
    void setState(State state);
    void readCompany();

    CredentialStore *m_credentials;
    ApiClient *m_client;
    PlanCache *m_plans;
    Company m_company;
    RoleProbe *m_probe;
    QPointer<CredentialReply> m_read;
    ConnectionProfile m_profile;
    ProfileCredentials m_current;
    bool m_transient = false;
    State m_state = State::Closed;
    AccessRole m_role = AccessRole::Unknown;
    TokenInfo m_tokenInfo;
    qint64 m_userCount = -1;
    QJsonObject m_me;
    QByteArray m_meEtag;
    QString m_companyId;
    ApiError m_error;
    CredentialResult m_credentialResult;
    bool m_failedOnCredentials = false;
    CredentialStore::ReadRetry m_readRetry = CredentialStore::ReadRetry::Never;
    QList<QPair<ConnectionProfile, ProfileCredentials>> m_transientProfiles;
};
