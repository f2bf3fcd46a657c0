// SPDX-License-Identifier: GPL-3.0-or-later

#include "session/Session.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/CredentialReply.h"
#include "models/items/PlanCache.h"
#include "session/RoleProbe.h"
#include "session/SessionLogging.h"

Session::Session(CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_client(new ApiClient(this))
    , m_plans(new PlanCache(m_client, this))
    , m_probe(new RoleProbe(m_client, this))
{
    Q_ASSERT(m_credentials);
    connect(m_probe, &RoleProbe::finished, this, [this](const RoleProbe::Result &result) {
        if (!result.isSuccess()) {
            m_error = result.error;
            setState(State::Failed);
            Q_EMIT connectionFailed(result.error);
            return;
        }
        m_role = result.role;
        m_userCount = result.userCount;
        m_me = result.me;
        m_meEtag = result.meEtag;
        m_companyId = result.companyId;
        setState(State::Ready);
        Q_EMIT ready();
        readCompany();
    });
    connect(m_client, &ApiClient::credentialsRejected, this, [this](const ApiError &error) {
        // While connecting, the probe reports the same 401 as connectionFailed().
        if (m_state == State::Ready)
            Q_EMIT credentialsRejected(error);
    });
}

void Session::setRequestTimeout(int seconds)
{
    ApiClientSettings settings = m_client->settings();
    settings.transferTimeoutMs = qMax(1, seconds) * 1000;
    settings.deadlineMs = qMax(ApiClientSettings().deadlineMs, 2 * settings.transferTimeoutMs);
    m_client->setSettings(settings);
}

int Session::requestTimeout() const
{
    return m_client->settings().transferTimeoutMs / 1000;
}

Session::~Session()
{
    if (m_read)
        m_read->disconnect(this);
    m_probe->abort();
}

void Session::open(const ConnectionProfile &profile, CredentialStore::ReadRetry retry)
{
    beginSwitch(profile, false);
    m_readRetry = retry;
    setState(State::ReadingCredentials);
    m_read = m_credentials->read(profile, retry);
    connect(m_read, &CredentialReply::finished, this, &Session::onCredentialsRead);
}

void Session::openTransient(const ConnectionProfile &profile, const ProfileCredentials &credentials)
{
    beginSwitch(profile, true);
    connectWith(credentials);
}

void Session::addTransientProfile(
    const ConnectionProfile &profile, const ProfileCredentials &credentials)
{
    for (auto &entry : m_transientProfiles) {
        if (entry.first.id() == profile.id()) {
            entry = qMakePair(profile, credentials);
            return;
        }
    }
    m_transientProfiles.append(qMakePair(profile, credentials));
}

QList<ConnectionProfile> Session::transientProfiles() const
{
    QList<ConnectionProfile> profiles;
    for (const auto &entry : m_transientProfiles)
        profiles.append(entry.first);
    return profiles;
}

void Session::removeTransientProfile(const QUuid &id)
{
    m_transientProfiles.removeIf([&id](const auto &entry) { return entry.first.id() == id; });
}

bool Session::openTransient(const QUuid &id)
{
    for (const auto &entry : std::as_const(m_transientProfiles)) {
        if (entry.first.id() == id) {
            // Copies: opening may replace the list entry's storage.
            const ConnectionProfile profile = entry.first;
            const ProfileCredentials credentials = entry.second;
            openTransient(profile, credentials);
            return true;
        }
    }
    return false;
}

void Session::retry()
{
    if (!hasProfile())
        return;
    if (m_transient || !m_current.isEmpty()) {
        const ProfileCredentials credentials = m_current;
        const ConnectionProfile profile = m_profile;
        const bool transient = m_transient;
        beginSwitch(profile, transient);
        connectWith(credentials);
        return;
    }
    open(m_profile, m_readRetry);
}

void Session::close()
{
    if (!hasProfile() && m_state == State::Closed)
        return;
    beginSwitch(ConnectionProfile(), false);
    setState(State::Closed);
}

void Session::beginSwitch(const ConnectionProfile &profile, bool transient)
{
    Q_EMIT aboutToSwitch();
    m_plans->clear();
    if (m_company.id().isValid()) { // its read, if still running, ends in abortAll() below
        m_company = Company();
        Q_EMIT companyChanged();
    }
    if (m_read) {
        m_read->disconnect(this);
        m_read->deleteLater();
        m_read.clear();
    }
    m_probe->abort();
    m_client->abortAll();
    m_client->setConnection(ApiConnection());
    const bool profileChange = profile != m_profile;
    m_profile = profile;
    m_transient = transient;
    m_current = ProfileCredentials();
    m_role = AccessRole::Unknown;
    m_tokenInfo = TokenInfo();
    m_userCount = -1;
    m_me = QJsonObject();
    m_meEtag.clear();
    m_companyId.clear();
    m_error = ApiError();
    m_credentialResult = CredentialResult();
    m_failedOnCredentials = false;
    if (profileChange)
        Q_EMIT profileChanged(m_profile);
}

void Session::onCredentialsRead(const CredentialResult &result)
{
    if (m_read) {
        m_read->deleteLater();
        m_read.clear();
    }
    if (result.status() != CredentialResult::Status::Found) {
        m_credentialResult = result;
        m_failedOnCredentials = true;
        setState(State::Failed);
        Q_EMIT credentialsUnavailable(result);
        return;
    }
    connectWith(result.credentials());
}

void Session::connectWith(const ProfileCredentials &credentials)
{
    m_current = credentials;
    m_tokenInfo = TokenInfo::fromToken(credentials.token);
    ApiConnection connection;
    connection.baseUrl = m_profile.baseUrl();
    connection.apiKey = credentials.apiKey;
    connection.bearerToken = credentials.token;
    m_client->setConnection(connection);
    setState(State::Connecting);
    qCInfo(lcSession).noquote() << "Connecting to profile" << m_profile.name()
                                << ConnectionProfile::canonicalUrl(m_profile.baseUrl());
    m_probe->start();
}

void Session::readCompany()
{
    if (m_role != AccessRole::Staff)
        return; // a customer's token may not read it
    m_client->getCompany()->onFinished(this, [this](const ApiReply &done) {
        if (!done.isSuccess()) {
            // Not fatal: an older server lacks the route. Phone numbers stay as typed.
            qCInfo(lcSession) << "The company could not be read:" << done.error().message();
            return;
        }
        DecodeResult<Company> decoded = ExtendedJson::decodeObject<Company>(done.response().body);
        if (!decoded) {
            qCWarning(lcSession) << "The company's answer is not usable:"
                                 << decoded.error().toString();
            return;
        }
        m_company = decoded.takeValue();
        Q_EMIT companyChanged();
    });
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
