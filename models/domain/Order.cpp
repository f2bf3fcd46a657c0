// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/Order.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Order)
};

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

QString Order::customerName() const
{
    return m_user.hasValue() ? customerNameOf(m_user.value()) : QString();
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
    const JsonPath path = root.child(m_user.key());
    if (!isCustomerExpanded())
        return DecodeError {path.toString(), Text::tr("the customer was not sent in full")};
    return User::fromJson(m_user.value().expanded(), path);
}
