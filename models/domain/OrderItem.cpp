// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/OrderItem.h"

QString OrderItem::name() const
{
    if (!m_name.value().isEmpty())
        return m_name.value();
    return product().value(m_name.key()).toString();
}

Money OrderItem::priceMoney(const QString &fallbackCurrency) const
{
    return money(m_price, fallbackCurrency);
}

Money OrderItem::finalPriceMoney(const QString &fallbackCurrency) const
{
    return money(m_finalPrice, fallbackCurrency);
}

Money OrderItem::money(const JsonField<double> &amount, const QString &fallbackCurrency) const
{
    if (!amount.hasValue())
        return Money();
    return Money::fromDouble(amount.value(), currency().isEmpty() ? fallbackCurrency : currency());
}
