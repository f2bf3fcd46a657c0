// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/DecodeError.h"
#include "models/codec/JsonField.h"
#include "models/codec/JsonPath.h"
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

/// An order. `user` usually arrives as the whole customer document (expanded); it is kept as
/// received and its display name is exposed for the orders table.
class Order
{
public:
    Order() = default;

    /// A missing or invalid `_id` is an error naming "_id".
    static DecodeResult<Order> fromJson(const QJsonObject &json, const JsonPath &path = {});
    QJsonObject toJson() const;

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
    QString customerName() const { return m_customerName; }
    /// The expanded customer decoded as a User; an error naming "user" when it was not
    /// expanded or does not decode.
    DecodeResult<User> customer() const;

    QJsonObject unknownMembers() const { return m_rest; }

    friend bool operator==(const Order &a, const Order &b) { return a.toJson() == b.toJson(); }
    friend bool operator!=(const Order &a, const Order &b) { return !(a == b); }

private:
    JsonField<ObjectId> m_id;
    JsonField<QString> m_humanId;
    JsonField<Reference> m_user;
    JsonField<QString> m_currency;
    JsonField<double> m_totalAmount;
    JsonField<double> m_totalQuantity;
    JsonField<double> m_units;
    JsonField<QString> m_orderStatus;
    JsonField<QString> m_deliveryStatus;
    JsonField<Timestamp> m_deliveryTime;
    JsonField<Address> m_deliveryAddress;
    JsonField<QList<OrderItem>> m_items;
    JsonField<QString> m_note;
    JsonField<Timestamp> m_created;
    JsonField<Timestamp> m_modified;
    JsonField<bool> m_deleted;
    QString m_customerName;
    QJsonObject m_rest;
    QJsonObject m_verbatim;
};
