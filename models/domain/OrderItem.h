// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/DecodeError.h"
#include "models/codec/JsonField.h"
#include "models/codec/JsonPath.h"
#include "models/codec/ObjectId.h"
#include "models/domain/Money.h"
#include "models/domain/Reference.h"

#include <QJsonObject>
#include <QString>

/// One line of an order. The product usually arrives expanded; it is kept as received.
class OrderItem
{
public:
    OrderItem() = default;

    static DecodeResult<OrderItem> fromJson(const QJsonObject &json, const JsonPath &path = {});
    QJsonObject toJson() const;

    /// The item's own name, else the expanded product's name.
    QString name() const;
    double quantity() const { return m_quantity.value(); }
    /// The item's currency; empty when the item does not say (use the order's).
    QString currency() const { return m_currency.value(); }
    double price() const { return m_price.value(); }
    double finalPrice() const { return m_finalPrice.value(); }
    double discount() const { return m_discount.value(); }
    double vat() const { return m_vat.value(); }
    /// Exact amounts; in `fallbackCurrency` when the item names none. Invalid when absent.
    Money priceMoney(const QString &fallbackCurrency = QString()) const;
    Money finalPriceMoney(const QString &fallbackCurrency = QString()) const;

    ObjectId productId() const { return m_product.value().id(); }
    bool isProductExpanded() const { return m_product.value().isExpanded(); }
    /// The expanded product as received; empty when only its id was sent.
    QJsonObject product() const { return m_product.value().expanded(); }

    QJsonObject unknownMembers() const { return m_rest; }

    friend bool operator==(const OrderItem &a, const OrderItem &b)
    {
        return a.toJson() == b.toJson();
    }
    friend bool operator!=(const OrderItem &a, const OrderItem &b) { return !(a == b); }

private:
    Money money(const JsonField<double> &amount, const QString &fallbackCurrency) const;

    JsonField<QString> m_name;
    JsonField<double> m_quantity;
    JsonField<QString> m_currency;
    JsonField<double> m_price;
    JsonField<double> m_finalPrice;
    JsonField<double> m_discount;
    JsonField<double> m_vat;
    JsonField<Reference> m_product;
    QJsonObject m_rest;
    QJsonObject m_verbatim;
};
