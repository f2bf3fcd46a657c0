// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/PlanCache.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "models/ModelsLogging.h"

#include <utility>

namespace {

constexpr int PlansPerPage = 1000;

} // namespace

PlanCache::PlanCache(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) { }

PlanCache::~PlanCache()
{
    clear();
}

const Plan *PlanCache::plan(const QString &id) const
{
    const auto it = m_plans.constFind(id);
    return it == m_plans.constEnd() ? nullptr : &it.value();
}

bool PlanCache::isLoading() const
{
    for (const QPointer<ApiReply> &reply : m_replies) {
        if (reply)
            return true;
    }
    return false;
}

void PlanCache::clear()
{
    // Aborting finishes a reply at once, which removes it from m_replies.
    const QList<QPointer<ApiReply>> replies = std::exchange(m_replies, {});
    for (const QPointer<ApiReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
    m_plans.clear();
    m_askedAlone.clear();
    m_waiting.clear();
    m_loadedAll = false;
    m_loadingAll = false;
}

void PlanCache::resolve(const QStringList &ids)
{
    if (!m_client)
        return;
    QStringList unknown;
    for (const QString &id : ids) {
        if (!id.isEmpty() && !m_plans.contains(id) && !unknown.contains(id))
            unknown.append(id);
    }
    if (unknown.isEmpty())
        return;
    if (!m_loadedAll) {
        for (const QString &id : std::as_const(unknown)) {
            if (!m_waiting.contains(id))
                m_waiting.append(id);
        }
        if (!m_loadingAll) {
            m_loadingAll = true;
            requestPage(0);
        }
        return;
    }
    for (const QString &id : std::as_const(unknown)) {
        if (!m_askedAlone.contains(id))
            requestOne(id);
    }
}

void PlanCache::requestPage(int page)
{
    PlanQuery query;
    query.includeDeleted = true; // subscriptions keep the plans that are no longer sold
    query.page = page;
    query.size = PlansPerPage;
    query.sort = QStringLiteral("created");
    ApiReply *reply = m_client->listPlans(query);
    m_replies.append(reply);
    reply->onFinished(this, [this, page](const ApiReply &done) {
        m_replies.removeAll(&const_cast<ApiReply &>(done));
        if (!done.isSuccess()) {
            m_loadingAll = false;
            if (!done.error().isCancellation()) {
                qCWarning(lcModels) << "Plans could not be loaded:" << done.error().message();
                Q_EMIT loadFailed(done.error());
            }
            return;
        }
        const bool added = addPlans(done.response().body, true);
        const qint64 total = done.response().page.total;
        if (total > qint64(page + 1) * PlansPerPage) {
            requestPage(page + 1);
        } else {
            m_loadingAll = false;
            m_loadedAll = true;
            // Ids that were not among them: plans made since, or of another list.
            const QStringList waiting = std::exchange(m_waiting, {});
            resolve(waiting);
        }
        if (added)
            Q_EMIT plansChanged();
    });
}

void PlanCache::requestOne(const QString &id)
{
    m_askedAlone.insert(id);
    ApiReply *reply = m_client->getPlan(id);
    m_replies.append(reply);
    reply->onFinished(this, [this](const ApiReply &done) {
        m_replies.removeAll(&const_cast<ApiReply &>(done));
        if (!done.isSuccess()) {
            if (!done.error().isCancellation() && done.error().kind() != ApiError::Kind::NotFound) {
                qCWarning(lcModels) << "A plan could not be loaded:" << done.error().message();
                Q_EMIT loadFailed(done.error());
            }
            return;
        }
        if (addPlans(done.response().body, false))
            Q_EMIT plansChanged();
    });
}

bool PlanCache::addPlans(const QByteArray &body, bool array)
{
    QList<Plan> plans;
    if (array) {
        DecodeResult<QList<Plan>> decoded = ExtendedJson::decodeArray<Plan>(body);
        if (!decoded)
            return false; // logged
        plans = decoded.takeValue();
    } else {
        DecodeResult<Plan> decoded = ExtendedJson::decodeObject<Plan>(body);
        if (!decoded)
            return false;
        plans.append(decoded.takeValue());
    }
    for (Plan &plan : plans) {
        const QString id = plan.id().toString();
        m_plans.insert(id, std::move(plan));
    }
    return !plans.isEmpty();
}
