// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "session/AccessRole.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class ApiClient;
class ApiReply;

/// Finds out what the credentials of an ApiClient may do by asking the server, never by
/// reading token claims: GET /users?size=1 answering 200 means staff; 403 means a user
/// token, and GET /users/me then fetches that user's own record. Any other answer is the
/// error of the probe. finished() is emitted exactly once per start().
class RoleProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleProbe)

public:
    struct Result
    {
        AccessRole role = AccessRole::Unknown;
        /// Why the role could not be found out; None on success.
        ApiError error;
        /// Staff: the company's number of users (X-Pagination-Total), -1 when not sent.
        qint64 userCount = -1;
        /// Customer: the signed-in user's record (GET /users/me) and its ETag.
        QJsonObject me;
        QByteArray meEtag;
        /// The company behind the API key as the server reports it (the `company` of the
        /// first user listed, or of the customer's own record); empty when none was seen.
        QString companyId;

        bool isSuccess() const { return role != AccessRole::Unknown; }
    };

    /// \a client must outlive the probe, or abort() it first.
    explicit RoleProbe(ApiClient *client, QObject *parent = nullptr);
    ~RoleProbe() override;

    /// Starts (again); an unfinished earlier probe is aborted without finishing.
    void start();
    /// Stops without emitting finished().
    void abort();
    bool isRunning() const { return !m_reply.isNull(); }

Q_SIGNALS:
    void finished(const RoleProbe::Result &result);

private:
    void onStaffRoute(const ApiReply &reply);
    void onMe(const ApiReply &reply);
    void finish(const Result &result);

    ApiClient *m_client;
    QPointer<ApiReply> m_reply;
};

Q_DECLARE_METATYPE(RoleProbe::Result)
