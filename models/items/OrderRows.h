// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/DecodeError.h"
#include "models/codec/ObjectId.h"
#include "models/domain/Money.h"
#include "models/items/RowStore.h"
#include "models/items/TextArena.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <limits>
#include <memory>
#include <string>

namespace RowDecoding {
class InternTable;
}

/// One order as the Orders table shows it, its texts in the TextArena of the OrderRows that
/// holds it. Dates are milliseconds since the epoch (UTC), NoTime when absent; the total is
/// exact (Money units); statuses and the currency are indexes into the rows' intern tables.
struct OrderRow
{
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    qint64 created = NoTime;
    qint64 modified = NoTime;
    qint64 deliveryTime = NoTime;
    qint64 totalUnits = 0; ///< Money units; valid with OrderRows::HasTotal
    double quantity = 0; ///< total_quantity, else the sum of the items' quantities
    TextRef humanId;
    // The expanded customer (`user`), as far as its display name needs it.
    TextRef firstName;
    TextRef lastName;
    TextRef email;
    TextRef customerHumanId;
    std::array<quint8, 12> id {};
    std::array<quint8, 12> customerId {}; ///< valid with OrderRows::HasCustomerId
    quint16 currency = 0;
    quint16 orderStatus = 0;
    quint16 deliveryStatus = 0;
    quint16 itemLines = 0; ///< items sent (null and empty ones left out, as the codec does)
    quint8 flags = 0; ///< OrderRows::Flag
};

/// The rows of the Orders table: compact rows that never move, their texts in one arena, and
/// the decoder that reads a page of GET /orders (or /users/{id}/orders) straight into them with
/// simdjson. Only the shown fields are decoded, with the tolerance of Order::fromJson; an
/// error names the member the full codec would name. The sum of the totals per currency is
/// kept as pages arrive.
class Order;

class OrderRows final : public RowStore<OrderRow>
{
public:
    enum Flag : quint8 {
        Deleted = 0x1,
        HasTotal = 0x2, ///< total_amount was sent (and fits Money)
        HasQuantity = 0x4, ///< total_quantity or an item quantity was sent
        HasCustomer = 0x8, ///< `user` was sent (expanded or not)
        HasCustomerId = 0x10,
        CustomerExpanded = 0x20,
    };

    OrderRows();
    ~OrderRows();

    /// The customer's _id as 24 hex digits; empty when the order names none.
    static QString customerIdText(const OrderRow &row);
    /// As Order::customerName(): the expanded customer's display name, the id when `user` was
    /// not expanded, empty without a user.
    QString customerName(const OrderRow &row) const;
    QString orderStatus(const OrderRow &row) const;
    QString deliveryStatus(const OrderRow &row) const;
    QString currency(const OrderRow &row) const;
    /// The exact total in the order's currency; invalid without one.
    Money total(const OrderRow &row) const;

    /// Every order status, delivery status and currency seen since the rows were made (also
    /// values of queries cleared since), in order of appearance.
    QStringList orderStatusesSeen() const;
    QStringList deliveryStatusesSeen() const;
    QStringList currenciesSeen() const;

    /// Decodes one page body (a JSON array of orders) and appends every order of it, or
    /// nothing with \a error naming the element and member at fault ("[3].total_amount").
    bool appendPage(const QByteArray &body, DecodeError *error);
    /// After a write: the statuses, modified time and deleted flag of \a row as in \a order
    /// (decoded by the full codec). The total and the customer stay (no write changes them).
    void assign(int row, const Order &order);
    /// The row of the order with this id, or -1.
    int indexOf(const ObjectId &id) const;
    void clear();

    /// Sums of the totals of every stored row, per currency.
    const MoneyTotals &totals() const { return m_totals; }
    /// Stored rows whose total is not in totals() (no amount, or a sum would overflow).
    int rowsWithoutTotal() const { return m_withoutTotal; }

private:
    std::unique_ptr<RowDecoding::InternTable> m_currencies;
    std::unique_ptr<RowDecoding::InternTable> m_orderStatuses;
    std::unique_ptr<RowDecoding::InternTable> m_deliveryStatuses;
    MoneyTotals m_totals;
    int m_withoutTotal = 0;
};
