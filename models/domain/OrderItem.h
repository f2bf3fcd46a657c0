// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/ExtendedJson.h"
#include "models/codec/JsonField.h"
#include "models/codec/ObjectId.h"
#include "models/domain/Money.h"
#include "models/domain/Reference.h"

#include <QJsonObject>
#include <QString>

#include <tuple>

/// One line of an order. The product usually arrives expanded; it is kept as received.
class OrderItem : public ExtendedJson::Document<OrderItem>
{
public:
    OrderItem() = default;

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

private:
    friend class ExtendedJson::Document<OrderItem>;
    template<typename Self>
    static auto members(Self &item)
    {
        return std::tie(item.m_name, item.m_quantity, item.m_currency, item.m_price,
            item.m_finalPrice, item.m_discount, item.m_vat, item.m_product);
    }
    Money money(const JsonField<double> &amount, const QString &fallbackCurrency) const;

    JsonField<QString> m_name {"name"};
    JsonField<double> m_quantity {"quantity"};
    JsonField<QString> m_currency {"currency"};
    JsonField<double> m_price {"price"};
    JsonField<double> m_finalPrice {"final_price"};
    JsonField<double> m_discount {"discount"};
    JsonField<double> m_vat {"vat"};
    JsonField<Reference> m_product {"product"};
};
