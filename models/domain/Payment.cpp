// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/Payment.h"

Money Payment::amountMoney(const QString &fallbackCurrency) const
{
    if (!hasAmount())
        return Money();
    return Money::fromDouble(amount(), currency().isEmpty() ? fallbackCurrency : currency());
}

Timestamp Payment::date() const
{
    return paymentDate().isValid() ? paymentDate() : created();
}

QString Payment::stateName(const QString &state)
{
    if (state == QLatin1String("created"))
        return tr("Created");
    if (state == QLatin1String("processing"))
        return tr("Processing");
    if (state == QLatin1String("succeeded"))
        return tr("Succeeded");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("refunded"))
        return tr("Refunded");
    if (state == QLatin1String("canceled"))
        return tr("Canceled");
    return state;
}

QString Payment::failureText() const
{
    const QString message = failureMessage().trimmed();
    const QString code = failureCode().trimmed();
    if (message.isEmpty())
        return code;
    if (code.isEmpty())
        return message;
    //: A payment's failure: the processor's message, then its code
    return tr("%1 (%2)").arg(message, code);
}
