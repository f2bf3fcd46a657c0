// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/PaymentMethod.h"

QString PaymentMethod::label() const
{
    const QString cardLabel = card().label();
    if (!cardLabel.isEmpty())
        return cardLabel;
    if (!name().trimmed().isEmpty())
        return name().trimmed();
    if (!method().trimmed().isEmpty())
        return method().trimmed();
    return tr("Payment method");
}
