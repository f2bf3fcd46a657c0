// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "models/domain/Money.h"
#include "models/jobs/AllPagesLoader.h"

#include <QObject>

#include <memory>

class ApiClient;
class OrderRows;

/// Sums the totals of every order of a query, per currency, without loading the orders into a
/// table: pages of 1000 read one after the other (AllPagesLoader), each decoded, summed and
/// dropped. For the Orders summary when not every page is loaded in the table.
///
/// The pages are read oldest first (sort=created), so orders placed while the sum runs land
/// after the pages already read instead of shifting them.
class OrderTotalsPager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTotalsPager)

public:
    explicit OrderTotalsPager(QObject *parent = nullptr);
    ~OrderTotalsPager() override;

    void setPageSize(int size) { m_loader.setPageSize(size); }

    /// Starts summing the orders of \a query (its paging and sort are ignored); false when
    /// \a client is null or a sum is running.
    bool start(ApiClient *client, const OrderQuery &query);
    void cancel();
    bool isRunning() const { return m_loader.isRunning(); }

    /// The sums so far (all of them after finished()).
    const MoneyTotals &totals() const { return m_totals; }
    /// Orders counted so far.
    qint64 orderCount() const { return m_orders; }
    /// Orders without an amount (not in totals()).
    qint64 ordersWithoutTotal() const { return m_withoutTotal; }
    ApiError lastError() const { return m_loader.lastError(); }

Q_SIGNALS:
    void progress(qint64 orders, qint64 total);
    void finished();
    void failed(const ApiError &error);
    void canceled();

private:
    bool addPage(const QByteArray &body, int *rows, DecodeError *error);

    AllPagesLoader m_loader;
    std::unique_ptr<OrderRows> m_page;
    OrderQuery m_query;
    MoneyTotals m_totals;
    qint64 m_orders = 0;
    qint64 m_withoutTotal = 0;
};
