// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/DecodeError.h"
#include "models/codec/ExtendedJson.h"
#include "models/codec/JsonField.h"
#include "models/codec/ObjectId.h"
#include "models/codec/Timestamp.h"
#include "models/domain/Address.h"
#include "models/domain/Money.h"
#include "models/domain/OrderItem.h"
#include "models/domain/Reference.h"
#include "models/domain/User.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <tuple>

/// An order. `user` usually arrives as the whole customer document (expanded); it is kept as
/// received and its display name is exposed for the orders table. A missing or invalid `_id`
/// is an error naming "_id".
class Order : public ExtendedJson::Document<Order>
{
public:
    Order() = default;

    ObjectId id() const { return m_id.value(); }
    QString humanId() const { return m_humanId.value(); }
    QString currency() const { return m_currency.value(); }
    bool hasTotalAmount() const { return m_totalAmount.hasValue(); }
    /// The JSON number as received; use total() for arithmetic.
    double totalAmount() const { return m_totalAmount.value(); }
    /// The exact total in the order's currency; invalid when the order has no amount.
    Money total() const;
    double totalQuantity() const { return m_totalQuantity.value(); }
    double units() const { return m_units.value(); }
    /// Shown verbatim when not one of the known values (see docs/API.md).
    QString orderStatus() const { return m_orderStatus.value(); }
    QString deliveryStatus() const { return m_deliveryStatus.value(); }
    Timestamp deliveryTime() const { return m_deliveryTime.value(); }
    bool hasDeliveryAddress() const { return m_deliveryAddress.hasValue(); }
    Address deliveryAddress() const { return m_deliveryAddress.value(); }
    QList<OrderItem> items() const { return m_items.value(); }
    QString note() const { return m_note.value(); }
    Timestamp created() const { return m_created.value(); }
    Timestamp modified() const { return m_modified.value(); }
    bool isDeleted() const { return m_deleted.value(); }

    /// The customer's id, whether `user` was expanded, an {"$oid"} or a plain id.
    ObjectId customerId() const { return m_user.value().id(); }
    bool isCustomerExpanded() const { return m_user.value().isExpanded(); }
    /// The expanded customer's display name (see User::displayName()); the customer id as
    /// text when `user` was not expanded; empty when the order has no user.
    QString customerName() const;
    /// The expanded customer decoded as a User; an error naming "user" when it was not
    /// expanded or does not decode.
    DecodeResult<User> customer() const;

private:
    friend class ExtendedJson::Document<Order>;
    template<typename Self>
    static auto members(Self &order)
    {
        return std::tie(order.m_id, order.m_humanId, order.m_user, order.m_currency,
            order.m_totalAmount, order.m_totalQuantity, order.m_units, order.m_orderStatus,
            order.m_deliveryStatus, order.m_deliveryTime, order.m_deliveryAddress, order.m_items,
            order.m_note, order.m_created, order.m_modified, order.m_deleted);
    }

    JsonField<ObjectId> m_id {"_id", Presence::Required};
    JsonField<QString> m_humanId {"human_id"};
    JsonField<Reference> m_user {"user"};
    JsonField<QString> m_currency {"currency"};
    JsonField<double> m_totalAmount {"total_amount"};
    JsonField<double> m_totalQuantity {"total_quantity"};
    JsonField<double> m_units {"units"};
    JsonField<QString> m_orderStatus {"order_status"};
    JsonField<QString> m_deliveryStatus {"delivery_status"};
    JsonField<Timestamp> m_deliveryTime {"delivery_time"};
    JsonField<Address> m_deliveryAddress {"delivery_address"};
    JsonField<QList<OrderItem>> m_items {"items"};
    JsonField<QString> m_note {"note"};
    JsonField<Timestamp> m_created {"created"};
    JsonField<Timestamp> m_modified {"modified"};
    JsonField<bool> m_deleted {"deleted"};
};
