// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/jobs/MatchingUsersLoader.h"

#include "api/ApiClient.h"
#include "models/codec/DecodeError.h"
#include "models/codec/JsonPath.h"
#include "models/domain/User.h"
#include "models/items/UsersModel.h"
#include "models/jobs/AllPagesLoader.h"

#include <QJsonArray>
#include <QJsonDocument>

MatchingUsersLoader::MatchingUsersLoader(QObject *parent)
    : QObject(parent), m_loader(new AllPagesLoader(this))
{
    connect(m_loader, &AllPagesLoader::progress, this, &MatchingUsersLoader::progress);
    connect(m_loader, &AllPagesLoader::finished, this, &MatchingUsersLoader::finished);
    connect(m_loader, &AllPagesLoader::failed, this, [this](const ApiError &error) {
        m_targets.clear();
        Q_EMIT failed(error);
    });
    connect(m_loader, &AllPagesLoader::canceled, this, [this] {
        m_targets.clear();
        Q_EMIT canceled();
    });
}

MatchingUsersLoader::~MatchingUsersLoader() = default;

UserQuery MatchingUsersLoader::queryOf(const UsersModel &model)
{
    UserQuery query;
    query.search = model.appliedSearchText();
    query.tags = model.tags();
    query.includeDeleted = model.includeDeleted();
    query.sort = model.sortArgument();
    return query;
}

void MatchingUsersLoader::setPageSize(int size)
{
    m_loader->setPageSize(size);
}

bool MatchingUsersLoader::isRunning() const
{
    return m_loader->isRunning();
}

void MatchingUsersLoader::cancel()
{
    m_loader->cancel();
}

bool MatchingUsersLoader::start(ApiClient *client, const UserQuery &query)
{
    if (!client || m_loader->isRunning())
        return false;
    m_targets.clear();
    const auto request = [query](ApiClient *api, int page, int size) {
        UserQuery paged = query;
        paged.page = page;
        paged.size = size;
        return api->listUsers(paged);
    };
    const auto onPage = [this](const QByteArray &body, int *rows, DecodeError *error) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
            *error = DecodeError {QString(), parseError.errorString()};
            return false;
        }
        const QJsonArray users = document.array();
        for (qsizetype i = 0; i < users.size(); ++i) {
            const JsonPath root;
            DecodeResult<User> user = User::fromJson(users.at(i).toObject(), root.element(i));
            if (!user) {
                *error = user.error();
                return false;
            }
            BulkTagTarget target;
            target.id = user.value().id().toString();
            target.humanId = user.value().humanId();
            target.name = user.value().displayName();
            target.tags = user.value().tags();
            target.deleted = user.value().isDeleted();
            m_targets.append(target);
        }
        *rows = int(users.size());
        return true;
    };
    return m_loader->start(client, request, onPage);
}
