// SPDX-License-Identifier: GPL-3.0-or-later

#include "session/RoleProbe.h"

#include "api/ApiClient.h"
#include "models/domain/User.h"
#include "session/SessionLogging.h"

#include <QJsonArray>
#include <QJsonDocument>

RoleProbe::RoleProbe(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    Q_ASSERT(m_client);
}

RoleProbe::~RoleProbe()
{
    abort();
}

void RoleProbe::start()
{
    abort();
    UserQuery query;
    query.size = 1;
    m_reply = m_client->listUsers(query);
    m_reply->onFinished(this, [this](const ApiReply &reply) { onStaffRoute(reply); });
}

void RoleProbe::abort()
{
    if (!m_reply)
        return;
    // Disconnect first: an aborted reply finishes (Canceled) at once.
    ApiReply *reply = m_reply;
    m_reply.clear();
    reply->disconnect(this);
    reply->abort();
}

void RoleProbe::onStaffRoute(const ApiReply &reply)
{
    m_reply.clear();
    if (reply.isSuccess()) {
        Result result;
        result.role = AccessRole::Staff;
        result.userCount = reply.response().page.total;
        // One user at most: parsing it here costs nothing next to the request.
        const QJsonArray users = QJsonDocument::fromJson(reply.response().body).array();
        if (!users.isEmpty())
            result.companyId = User::companyIdOf(users.first().toObject());
        finish(result);
        return;
    }
    if (reply.error().kind() != ApiError::Kind::Forbidden) {
        Result result;
        result.error = reply.error();
        finish(result);
        return;
    }
    // A valid key that may not list users: a user token. Its own record is what it may see.
    m_reply = m_client->getMe();
    m_reply->onFinished(this, [this](const ApiReply &meReply) { onMe(meReply); });
}

void RoleProbe::onMe(const ApiReply &reply)
{
    m_reply.clear();
    Result result;
    if (reply.isSuccess()) {
        result.role = AccessRole::Customer;
        result.me = reply.response().object;
        result.meEtag = reply.response().etag;
        result.companyId = User::companyIdOf(result.me);
    } else {
        result.error = reply.error();
    }
    finish(result);
}

void RoleProbe::finish(const Result &result)
{
    if (result.isSuccess())
        qCInfo(lcSession).noquote() << "Role probe:" << accessRoleName(result.role);
    else
        qCInfo(lcSession).noquote()
            << "Role probe failed:" << ApiError::kindName(result.error.kind());
    Q_EMIT finished(result);
}
