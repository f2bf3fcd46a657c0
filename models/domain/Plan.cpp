// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/Plan.h"

Money Plan::price() const
{
    if (!m_totalAmount.hasValue() || currency().isEmpty())
        return Money();
    return Money::fromDouble(m_totalAmount.value(), currency());
}
