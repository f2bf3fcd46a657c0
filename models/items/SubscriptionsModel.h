// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiRequest.h"
#include "models/items/PagedTableModel.h"
#include "models/items/SubscriptionRows.h"

#include <QStringList>

/// Subscriptions (GET /subscriptions for the whole company, GET /users/{id}/subscriptions for
/// one customer), loaded page by page as the view scrolls, filtered by status and sorted by
/// the server. Deleted subscriptions are listed (greyed) when included.
class SubscriptionsModel final : public PagedTableModel
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
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /// SubscriptionRows::Flag bits as an int, on every column.
        FlagsRole = PagedTableModel::FirstCustomRole,
        /// The customer's _id (24 hex digits; empty without one), on every column.
        CustomerIdRole,
    };
    Q_ENUM(Role)

    explicit SubscriptionsModel(ApiClient *client = nullptr, QObject *parent = nullptr);
    ~SubscriptionsModel() override;

    Scope scope() const { return m_scope; }
    /// Scope::company() or Scope::user(id). Applies at once.
    void setScope(const Scope &scope);
    QStringList statuses() const { return m_statuses; }
    /// Only subscriptions in one of \a statuses (empty: any). Applies at once.
    void setStatuses(const QStringList &statuses);
    bool includeDeleted() const { return m_includeDeleted; }
    void setIncludeDeleted(bool include);
    /// The query of the rows shown, without paging.
    SubscriptionQuery appliedQuery() const;

    QString subscriptionId(int row) const;
    QString customerId(int row) const;
    int subscriptionFlags(int row) const;
    /// Statuses seen in this session, in order of appearance.
    QStringList statusesSeen() const { return m_rows.statusesSeen(); }

    /// Status values the local server uses (docs/API.md).
    static QStringList knownStatuses();
    /// "Active", "Not renewing"...; unknown values verbatim.
    static QString statusName(const QString &status);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void queryApplied();
    void statusesSeenChanged();

protected:
    QString columnHeader(int column) const override;
    QString columnSample(int column) const override;
    bool isNumericColumn(int column) const override { return column == LastBilling; }
    ApiReply *requestPage(ApiClient *client, int page, int size, const QString &sort,
        const QString &supersedeKey) override;
    QString sortField(int column) const override;
    bool appendPage(const QByteArray &body, DecodeError *error) override;
    int storedRowCount() const override { return m_rows.size(); }
    void clearRows() override;

private:
    void applyQuery();

    SubscriptionRows m_rows;
    Scope m_scope;
    QStringList m_statuses;
    bool m_includeDeleted = false;
    int m_statusesSeen = 0;
};
