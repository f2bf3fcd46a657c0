// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/Money.h"

#include <QtNumeric>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace {

// Beyond this, amount * 10000 no longer fits comfortably in a qint64 with room for sums.
constexpr double MaxWholeAmount = 9e14;

} // namespace

Money Money::fromUnits(qint64 units, const QString &currency)
{
    Money m;
    m.m_units = units;
    m.m_currency = currency;
    m.m_valid = true;
    return m;
}

Money Money::fromDouble(double amount, const QString &currency)
{
    if (!std::isfinite(amount) || std::fabs(amount) > MaxWholeAmount)
        return Money();
    return fromUnits(std::llround(amount * double(UnitsPerWhole)), currency);
}

Money Money::fromDecimalString(QStringView text, const QString &currency)
{
    text = text.trimmed();
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool roundUp = false;
    bool seenDigit = false;
    bool seenPoint = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'.' && !seenPoint) {
            seenPoint = true;
            continue;
        }
        if (u < u'0' || u > u'9')
            return Money();
        seenDigit = true;
        const int digit = u - u'0';
        if (!seenPoint) {
            if (whole > qint64(MaxWholeAmount) / 10)
                return Money();
            whole = whole * 10 + digit;
        } else if (fractionDigits < UnitDecimals) {
            fraction = fraction * 10 + digit;
            ++fractionDigits;
        } else if (fractionDigits == UnitDecimals) {
            roundUp = digit >= 5;
            ++fractionDigits;
        }
    }
    if (!seenDigit)
        return Money();
    for (int i = std::min(fractionDigits, int(UnitDecimals)); i < UnitDecimals; ++i)
        fraction *= 10;
    qint64 units = whole * UnitsPerWhole + fraction + (roundUp ? 1 : 0);
    return fromUnits(negative ? -units : units, currency);
}

QString Money::toDecimalString(int minDecimals) const
{
    if (!m_valid)
        return QString();
    minDecimals = std::clamp(minDecimals, 0, int(UnitDecimals));
    // Work on the magnitude as unsigned so that the most negative value cannot overflow.
    const bool negative = m_units < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_units) : quint64(m_units);
    const quint64 whole = magnitude / quint64(UnitsPerWhole);
    QString fraction = QString::number(magnitude % quint64(UnitsPerWhole))
                           .rightJustified(UnitDecimals, QLatin1Char('0'));
    while (fraction.size() > minDecimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    QString text = QString::number(whole);
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    if (negative)
        text.prepend(QLatin1Char('-'));
    return text;
}

QString Money::toString(const QLocale &locale) const
{
    if (!m_valid)
        return QString();
    int decimals = currencyDecimals(m_currency);
    // Show more decimals when the amount has them rather than hiding part of it.
    qint64 rest = std::abs(m_units % UnitsPerWhole);
    int needed = UnitDecimals;
    while (needed > 0 && rest % 10 == 0) {
        rest /= 10;
        --needed;
    }
    decimals = std::max(decimals, needed);
    const QString number = locale.toString(toDouble(), 'f', decimals);
    if (m_currency.isEmpty())
        return number;
    return number + QChar(0x00A0) + m_currency;
}

int Money::currencyDecimals(const QString &currency)
{
    static const QStringList zeroDecimals {
        QStringLiteral("BIF"),
        QStringLiteral("CLP"),
        QStringLiteral("DJF"),
        QStringLiteral("GNF"),
        QStringLiteral("ISK"),
        QStringLiteral("JPY"),
        QStringLiteral("KMF"),
        QStringLiteral("KRW"),
        QStringLiteral("PYG"),
        QStringLiteral("RWF"),
        QStringLiteral("UGX"),
        QStringLiteral("VND"),
        QStringLiteral("VUV"),
        QStringLiteral("XAF"),
        QStringLiteral("XOF"),
        QStringLiteral("XPF"),
    };
    static const QStringList threeDecimals {
        QStringLiteral("BHD"),
        QStringLiteral("IQD"),
        QStringLiteral("JOD"),
        QStringLiteral("KWD"),
        QStringLiteral("LYD"),
        QStringLiteral("OMR"),
        QStringLiteral("TND"),
    };
    if (zeroDecimals.contains(currency, Qt::CaseInsensitive))
        return 0;
    if (threeDecimals.contains(currency, Qt::CaseInsensitive))
        return 3;
    return 2;
}

Money Money::operator+(const Money &other) const
{
    qint64 sum = 0;
    if (!m_valid || !other.m_valid || m_currency != other.m_currency
        || qAddOverflow(m_units, other.m_units, &sum))
        return Money();
    return fromUnits(sum, m_currency);
}

Money Money::operator-(const Money &other) const
{
    qint64 difference = 0;
    if (!m_valid || !other.m_valid || m_currency != other.m_currency
        || qSubOverflow(m_units, other.m_units, &difference))
        return Money();
    return fromUnits(difference, m_currency);
}

Money Money::operator*(qint64 factor) const
{
    qint64 product = 0;
    if (!m_valid || qMulOverflow(m_units, factor, &product))
        return Money();
    return fromUnits(product, m_currency);
}

bool MoneyTotals::add(const Money &amount)
{
    if (!amount.isValid())
        return false;
    qint64 &sum = m_units[amount.currency()];
    qint64 result = 0;
    if (qAddOverflow(sum, amount.units(), &result))
        return false;
    sum = result;
    return true;
}

Money MoneyTotals::total(const QString &currency) const
{
    return Money::fromUnits(m_units.value(currency, 0), currency);
}

QList<Money> MoneyTotals::totals() const
{
    QList<Money> result;
    result.reserve(m_units.size());
    for (auto it = m_units.cbegin(); it != m_units.cend(); ++it)
        result.append(Money::fromUnits(it.value(), it.key()));
    return result;
}

QString MoneyTotals::toString(const QLocale &locale) const
{
    QStringList parts;
    for (const Money &money : totals())
        parts.append(money.toString(locale));
    return parts.join(tr(", "));
}
