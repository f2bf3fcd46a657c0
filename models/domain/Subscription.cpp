// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/Subscription.h"

Money Subscription::lastBillingMoney(const QString &currency) const
{
    if (!m_lastBillingAmount.hasValue())
        return Money();
    return Money::fromDouble(m_lastBillingAmount.value(), currency);
}

Timestamp Subscription::lastChanged() const
{
    return m_modified.hasValue() ? m_modified.value() : m_updated.value();
}

namespace {

QString textMember(const QJsonObject &object, QLatin1String key)
{
    // A number stands for its text, as in lists; anything else counts as missing.
    const QJsonValue value = object.value(key);
    return (value.isDouble() ? value.toVariant().toString() : value.toString()).trimmed();
}

} // namespace

QString SubscriptionCustomer::displayName() const
{
    const QString name = QStringList {firstName, lastName}.join(QLatin1Char(' ')).trimmed();
    if (!name.isEmpty())
        return name;
    if (!email.isEmpty())
        return email;
    if (!humanId.isEmpty())
        return humanId;
    return id.isValid() ? id.toString() : QString();
}

QString SubscriptionCustomer::label() const
{
    const QString name = displayName();
    if (humanId.isEmpty() || name == humanId)
        return name;
    return tr("%1 (%2)").arg(name, humanId);
}

SubscriptionCustomer Subscription::customer() const
{
    const Reference &user = m_user.value();
    SubscriptionCustomer customer;
    customer.id = user.id();
    const QJsonObject expanded = user.expanded();
    customer.humanId = textMember(expanded, QLatin1String("human_id"));
    customer.firstName = textMember(expanded, QLatin1String("first_name"));
    customer.lastName = textMember(expanded, QLatin1String("last_name"));
    customer.email = textMember(expanded, QLatin1String("email"));
    return customer;
}
