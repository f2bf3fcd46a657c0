// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "models/jobs/BulkTagJob.h"

#include <QList>
#include <QObject>

class AllPagesLoader;
class ApiClient;
class UsersModel;

/// Reads every user a query matches (all pages, not only those the table has loaded) as bulk
/// tag targets: what "all N matching" acts on. One page in flight at a time; cancel() stops
/// at once and keeps nothing.
class MatchingUsersLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchingUsersLoader)

public:
    explicit MatchingUsersLoader(QObject *parent = nullptr);
    ~MatchingUsersLoader() override;

    /// The query \a model shows: the applied search text, tags, deleted users or not, and
    /// its sort (without paging).
    static UserQuery queryOf(const UsersModel &model);

    /// Starts reading; false when \a client is null or a read is running.
    bool start(ApiClient *client, const UserQuery &query);
    void cancel();
    bool isRunning() const;
    /// The users read, in the query's order; complete once finished() was emitted.
    QList<BulkTagTarget> targets() const { return m_targets; }
    /// 1 to 1000 users per request (default 1000), for the next start().
    void setPageSize(int size);

Q_SIGNALS:
    void progress(qint64 loaded, qint64 total);
    void finished();
    void failed(const ApiError &error);
    void canceled();

private:
    AllPagesLoader *m_loader;
    QList<BulkTagTarget> m_targets;
};
