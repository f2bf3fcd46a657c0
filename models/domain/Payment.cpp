// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/Payment.h"

Money Payment::amount() const
{
    if (!m_amount.hasValue() || m_currency.value().isEmpty())
        return Money();
    return Money::fromDouble(m_amount.value(), m_currency.value());
}

Timestamp Payment::date() const
{
    return m_paymentDate.value().isValid() ? m_paymentDate.value() : m_created.value();
}
