// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiRequest.h"
#include "models/codec/ObjectId.h"
#include "models/domain/DateRange.h"
#include "models/domain/Money.h"
#include "models/domain/OrderFilter.h"
#include "models/items/OrderRows.h"
#include "models/items/PagedRowsModel.h"

#include <memory>

class ListExportSource;
class Order;

/// Orders (GET /orders for the whole company, GET /users/{id}/orders for one customer),
/// loaded page by page as the view scrolls, filtered and sorted by the server.
///
/// Query: setScope() (whose orders), setFilter() (date range on a chosen date, statuses,
/// deleted), sort(). A relative date range ("Last 7 days") is resolved against today in
/// timeZone() when the query is made, and stays fixed for that query's pages; refresh()
/// resolves it again. Each change is a new query: the rows are dropped at once and the first
/// page of the new answer is requested.
///
/// The sums of the totals per currency are kept as pages arrive; they are the filter's totals
/// once isComplete() (hasAllTotals()). Unknown status values are shown as they come.
class OrdersModel final : public PagedRowsModel<OrderRows>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersModel)

public:
    enum Column {
        HumanId,
        Customer,
        Created,
        OrderStatus,
        DeliveryStatus,
        Items,
        Total,
        DeliveryTime,
        Modified,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /// The customer's _id (24 hex digits; empty without one), on every column.
        CustomerIdRole = PagedTableModel::FirstCustomRole,
        /// The order's total as Money (invalid without one), on every column.
        MoneyRole,
        /// The order's currency code, on every column.
        CurrencyRole,
    };
    Q_ENUM(Role)

    explicit OrdersModel(ApiClient *client = nullptr, QObject *parent = nullptr);
    ~OrdersModel() override;

    // The query.
    OrderFilter filter() const { return m_filter; }
    /// Applies at once when different from filter().
    void setFilter(const OrderFilter &filter);
    QTimeZone timeZone() const { return displayTimeZone(); }
    /// The staff member's time zone: whole days of date ranges, and the dates shown.
    void setTimeZone(const QTimeZone &zone);
    /// Today in timeZone(), from the Clock (which tests set).
    QDate today() const;
    /// Resolves the date range again (a new day may have begun) and loads from page 0.
    void refresh();
    /// The query of the rows shown: dates resolved, without paging; sort as sortColumn().
    OrderQuery appliedQuery() const;

    // Rows.
    QString orderId(int row) const;
    ObjectId orderObjectId(int row) const;
    QString customerId(int row) const;
    QString customerName(int row) const;
    int orderFlags(int row) const;
    int rowOf(const ObjectId &id) const;
    /// Shows an order as written (a status change, a cancel): updates its row if loaded.
    bool updateOrder(const Order &order);

    // Summary.
    /// Every order of the query is loaded and shown: totals() are the filter's totals.
    bool hasAllTotals() const;
    /// Sums of the loaded orders' totals per currency.
    const MoneyTotals &totals() const { return m_rows.totals(); }
    /// Loaded orders without an amount.
    int ordersWithoutTotal() const { return m_rows.rowsWithoutTotal(); }
    /// Status values seen in this session (for the filter menus), in order of appearance.
    QStringList orderStatusesSeen() const { return m_rows.orderStatusesSeen(); }
    QStringList deliveryStatusesSeen() const { return m_rows.deliveryStatusesSeen(); }

    // Export.
    /// The current query (filter, scope and sort) as an export of \a columns, in that order;
    /// the Total column is exported as the amount and a currency column.
    std::unique_ptr<ListExportSource> exportSource(const QList<int> &columns) const;

    size_t storageBytes() const { return m_rows.allocatedBytes(); }

    /// Column title (also the CSV header).
    static QString columnTitle(int column);
    /// The value a column exports for one row (RawValueRole, but Money for Total).
    static QVariant exportValue(const OrderRows &rows, const OrderRow &row, int column);

    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// A page brought a status value not seen before in this session.
    void statusesSeenChanged();

protected:
    void prepareQuery() override { resolveQuery(); }
    QVariant rowData(const Row &row, int column, int role) const override;
    void rowsAppended() override;
    ColumnInfo columnInfo(int column) const override;
    ApiReply *requestPage(ApiClient *client, int page, int size, const QString &sort,
        const QString &supersedeKey) override;

private:
    void resolveQuery();
    QString quantityText(const OrderRow &row) const;

    OrderFilter m_filter;
    OrderQuery m_query; ///< resolved when the query was made
    int m_statusesSeen = 0;
};
