// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/OrderItem.h"

namespace {

const QLatin1String NameKey("name");
const QLatin1String QuantityKey("quantity");
const QLatin1String CurrencyKey("currency");
const QLatin1String PriceKey("price");
const QLatin1String FinalPriceKey("final_price");
const QLatin1String DiscountKey("discount");
const QLatin1String VatKey("vat");
const QLatin1String ProductKey("product");

} // namespace

DecodeResult<OrderItem> OrderItem::fromJson(const QJsonObject &json, const JsonPath &path)
{
    OrderItem item;
    ExtendedJson::ObjectReader reader(json, path);
    reader.read(NameKey, item.m_name);
    reader.read(QuantityKey, item.m_quantity);
    reader.read(CurrencyKey, item.m_currency);
    reader.read(PriceKey, item.m_price);
    reader.read(FinalPriceKey, item.m_finalPrice);
    reader.read(DiscountKey, item.m_discount);
    reader.read(VatKey, item.m_vat);
    reader.read(ProductKey, item.m_product);
    if (reader.hasError())
        return reader.error();
    item.m_rest = reader.rest();
    item.m_verbatim = reader.verbatim();
    return item;
}

QJsonObject OrderItem::toJson() const
{
    ExtendedJson::ObjectWriter writer(m_rest, m_verbatim);
    writer.write(NameKey, m_name);
    writer.write(QuantityKey, m_quantity);
    writer.write(CurrencyKey, m_currency);
    writer.write(PriceKey, m_price);
    writer.write(FinalPriceKey, m_finalPrice);
    writer.write(DiscountKey, m_discount);
    writer.write(VatKey, m_vat);
    writer.write(ProductKey, m_product);
    return writer.result();
}

QString OrderItem::name() const
{
    if (!m_name.value().isEmpty())
        return m_name.value();
    return product().value(NameKey).toString();
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
