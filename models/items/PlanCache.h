// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "models/domain/Plan.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

class ApiClient;
class ApiReply;

/// The plans of the company, fetched once for the session, so that every subscriptions list
/// can name its plans and the currency of their amounts without a request per row. The first
/// resolve() loads every plan (GET /plans with deleted ones, all pages, 1000 a page); an id
/// still unknown after that (a plan made since) is fetched by itself, once. clear() forgets
/// everything (the connection changed).
class PlanCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanCache)

public:
    explicit PlanCache(ApiClient *client, QObject *parent = nullptr);
    ~PlanCache() override;

    /// The plan with this `_id` (24 hex digits), or nullptr while it is not known.
    const Plan *plan(const QString &id) const;
    /// Makes sure the plans of \a ids are loaded or being loaded.
    void resolve(const QStringList &ids);
    bool isLoading() const;
    int planCount() const { return int(m_plans.size()); }
    void clear();

Q_SIGNALS:
    /// Plans were added.
    void plansChanged();
    /// A load failed (the ids it was for stay unknown; a later resolve() tries again).
    void loadFailed(const ApiError &error);

private:
    void requestPage(int page);
    void requestOne(const QString &id);
    bool addPlans(const QByteArray &body, bool array);

    QPointer<ApiClient> m_client;
    QHash<QString, Plan> m_plans;
    /// Ids asked for by themselves, answered or not.
    QSet<QString> m_askedAlone;
    QStringList m_waiting;
    QList<QPointer<ApiReply>> m_replies;
    bool m_loadedAll = false;
    bool m_loadingAll = false;
};
