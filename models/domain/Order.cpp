// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/Order.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Order)
};

const QLatin1String IdKey("_id");
const QLatin1String HumanIdKey("human_id");
const QLatin1String UserKey("user");
const QLatin1String CurrencyKey("currency");
const QLatin1String TotalAmountKey("total_amount");
const QLatin1String TotalQuantityKey("total_quantity");
const QLatin1String UnitsKey("units");
const QLatin1String OrderStatusKey("order_status");
const QLatin1String DeliveryStatusKey("delivery_status");
const QLatin1String DeliveryTimeKey("delivery_time");
const QLatin1String DeliveryAddressKey("delivery_address");
const QLatin1String ItemsKey("items");
const QLatin1String NoteKey("note");
const QLatin1String CreatedKey("created");
const QLatin1String ModifiedKey("modified");
const QLatin1String DeletedKey("deleted");

/// The display name of an expanded user document, read leniently: a customer whose document
/// is odd still gets a name in the orders table.
QString customerNameOf(const Reference &user)
{
    if (!user.isExpanded())
        return user.id().toString();
    const QJsonObject json = user.expanded();
    const auto text = [&json](const char *key) {
        QString value;
        ExtendedJson::Form form;
        QString ignored;
        ExtendedJson::decodeString(json.value(QLatin1String(key)), &value, &form, &ignored);
        return value;
    };
    return User::displayNameFrom(text("first_name"), text("last_name"), text("email"),
        text("human_id"), user.id().toString());
}

} // namespace

DecodeResult<Order> Order::fromJson(const QJsonObject &json, const JsonPath &path)
{
    Order order;
    ExtendedJson::ObjectReader reader(json, path);
    reader.require(IdKey, order.m_id);
    reader.read(HumanIdKey, order.m_humanId);
    reader.read(UserKey, order.m_user);
    reader.read(CurrencyKey, order.m_currency);
    reader.read(TotalAmountKey, order.m_totalAmount);
    reader.read(TotalQuantityKey, order.m_totalQuantity);
    reader.read(UnitsKey, order.m_units);
    reader.read(OrderStatusKey, order.m_orderStatus);
    reader.read(DeliveryStatusKey, order.m_deliveryStatus);
    reader.read(DeliveryTimeKey, order.m_deliveryTime);
    reader.read(DeliveryAddressKey, order.m_deliveryAddress);
    reader.read(ItemsKey, order.m_items);
    reader.read(NoteKey, order.m_note);
    reader.read(CreatedKey, order.m_created);
    reader.read(ModifiedKey, order.m_modified);
    reader.read(DeletedKey, order.m_deleted);
    if (reader.hasError())
        return reader.error();
    order.m_rest = reader.rest();
    order.m_verbatim = reader.verbatim();
    if (order.m_user.hasValue())
        order.m_customerName = customerNameOf(order.m_user.value());
    return order;
}

QJsonObject Order::toJson() const
{
    ExtendedJson::ObjectWriter writer(m_rest, m_verbatim);
    writer.write(IdKey, m_id);
    writer.write(HumanIdKey, m_humanId);
    writer.write(UserKey, m_user);
    writer.write(CurrencyKey, m_currency);
    writer.write(TotalAmountKey, m_totalAmount);
    writer.write(TotalQuantityKey, m_totalQuantity);
    writer.write(UnitsKey, m_units);
    writer.write(OrderStatusKey, m_orderStatus);
    writer.write(DeliveryStatusKey, m_deliveryStatus);
    writer.write(DeliveryTimeKey, m_deliveryTime);
    writer.write(DeliveryAddressKey, m_deliveryAddress);
    writer.write(ItemsKey, m_items);
    writer.write(NoteKey, m_note);
    writer.write(CreatedKey, m_created);
    writer.write(ModifiedKey, m_modified);
    writer.write(DeletedKey, m_deleted);
    return writer.result();
}

Money Order::total() const
{
    if (!m_totalAmount.hasValue())
        return Money();
    return Money::fromDouble(m_totalAmount.value(), currency());
}

DecodeResult<User> Order::customer() const
{
    const JsonPath root;
    const JsonPath path = root.child(UserKey);
    if (!isCustomerExpanded())
        return DecodeError {path.toString(), Text::tr("the customer was not sent in full")};
    return User::fromJson(m_user.value().expanded(), path);
}
