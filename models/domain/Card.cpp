// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/Card.h"

QString Card::brandName() const
{
    const QString code = brand().trimmed().toLower();
    if (code == QLatin1String("visa"))
        return tr("Visa");
    if (code == QLatin1String("mastercard"))
        return tr("Mastercard");
    if (code == QLatin1String("amex") || code == QLatin1String("american express"))
        return tr("American Express");
    if (code == QLatin1String("discover"))
        return tr("Discover");
    if (code == QLatin1String("diners") || code == QLatin1String("diners club"))
        return tr("Diners Club");
    if (code == QLatin1String("jcb"))
        return tr("JCB");
    if (code == QLatin1String("unionpay"))
        return tr("UnionPay");
    return brand().trimmed();
}

QString Card::label() const
{
    const QString name = brandName();
    const QString digits = last4().trimmed();
    if (digits.isEmpty())
        return name;
    //: Card label: brand, hidden digits, last four digits ("Visa •••• 4242")
    return tr("%1 •••• %2").arg(name.isEmpty() ? tr("Card") : name, digits);
}

bool Card::hasExpiry() const
{
    return m_expMonth.hasValue() && m_expYear.hasValue() && expiryDate().isValid();
}

QDate Card::expiryDate() const
{
    if (!m_expMonth.hasValue() || !m_expYear.hasValue())
        return QDate();
    const int month = expiryMonth();
    int year = expiryYear();
    if (year >= 0 && year < 100)
        year += 2000;
    if (month < 1 || month > 12 || year < 1900 || year > 9999)
        return QDate();
    const QDate first(year, month, 1);
    return QDate(year, month, first.daysInMonth());
}

QString Card::expiryText() const
{
    if (!hasExpiry())
        return QString();
    const QDate date = expiryDate();
    return QStringLiteral("%1/%2").arg(date.month(), 2, 10, QLatin1Char('0')).arg(date.year());
}

bool Card::isExpired(const QDate &today) const
{
    return hasExpiry() && today.isValid() && today > expiryDate();
}

bool Card::expiresWithin(int days, const QDate &today) const
{
    if (!hasExpiry() || !today.isValid() || isExpired(today))
        return false;
    return expiryDate() <= today.addDays(days);
}
