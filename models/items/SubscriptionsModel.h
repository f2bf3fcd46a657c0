// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiRequest.h"
#include "models/items/PagedRowsModel.h"
#include "models/items/SubscriptionRows.h"

#include <QPointer>
#include <QStringList>

class PlanCache;
class Subscription;
class Plan;

/// Subscriptions (GET /subscriptions for the whole company, GET /users/{id}/subscriptions for
/// one customer), loaded page by page as the view scrolls, filtered by status and sorted by
/// the server. Deleted subscriptions are listed (greyed) when included.
class SubscriptionsModel final : public PagedRowsModel<SubscriptionRows>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionsModel)

public:
    enum Column {
        HumanId,
        Name,
        Status,
        Plan,
        Start,
        End,
        CurrentPeriod,
        LastBilling,
        Trial,
        Customer,
        Created,
        FailedPayments,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /// The customer's _id (24 hex digits; empty without one), on every column.
        CustomerIdRole = PagedTableModel::FirstCustomRole,
    };
    Q_ENUM(Role)

    explicit SubscriptionsModel(ApiClient *client = nullptr, QObject *parent = nullptr);
    ~SubscriptionsModel() override;

    QStringList statuses() const { return m_statuses; }
    /// Only subscriptions in one of \a statuses (empty: any). Applies at once.
    void setStatuses(const QStringList &statuses);
    bool includeDeleted() const { return m_includeDeleted; }
    void setIncludeDeleted(bool include);
    /// The query of the rows shown, without paging.
    SubscriptionQuery appliedQuery() const;

    /// Where plan names and currencies come from (the session's; may be null: plans are then
    /// named by the subscription alone). The model asks it for the plans of every page.
    void setPlanCache(PlanCache *cache);
    PlanCache *planCache() const;

    QString subscriptionId(int row) const;
    QString customerId(int row) const;
    /// "Ann Berg", else the customer's email, customer ID or id.
    QString customerName(int row) const;
    QString humanId(int row) const;
    /// The row of the subscription with this `_id`, or -1.
    int rowOfSubscription(const QString &id) const;
    /// Replaces the row of \a subscription (a write's answer) with it; false when it is not
    /// listed.
    bool updateSubscription(const Subscription &subscription);
    int subscriptionFlags(int row) const;
    /// Statuses seen in this session, in order of appearance.
    QStringList statusesSeen() const { return m_rows.statusesSeen(); }

    /// Status values the local server uses (docs/API.md).
    static QStringList knownStatuses();
    /// "Active", "Not renewing"...; unknown values verbatim.
    static QString statusName(const QString &status);

    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void statusesSeenChanged();

protected:
    void clearRows() override;
    QVariant rowData(const Row &row, int column, int role) const override;
    void rowsAppended() override;
    ColumnInfo columnInfo(int column) const override;
    ApiReply *requestPage(ApiClient *client, int page, int size, const QString &sort,
        const QString &supersedeKey) override;

private:
    const ::Plan *planOf(const Row &row) const;
    QString planText(const Row &row) const;
    void onPlansChanged();

    QPointer<PlanCache> m_plans;
    int m_plansAskedUpTo = 0;
    QStringList m_statuses;
    bool m_includeDeleted = false;
    int m_statusesSeen = 0;
};
