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
