// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// An exact amount of money: a whole number of ten-thousandths of the currency's unit, plus
/// the ISO 4217 code. The API sends amounts as JSON numbers (50.6); they are converted once,
/// with rounding to the nearest unit, so sums never accumulate binary floating-point error.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    static constexpr qint64 UnitsPerWhole = 10000;
    static constexpr int UnitDecimals = 4;

    /// An invalid amount (no value).
    Money() = default;

    static Money fromUnits(qint64 units, const QString &currency);
    /// Rounds amount * 10000 to the nearest integer; invalid for NaN, infinities and amounts
    /// beyond +-9e14.
    static Money fromDouble(double amount, const QString &currency);
    /// Exact parse of "50.6", "-3.14", "+12": optional sign, digits, optional '.' and digits.
    /// Decimals beyond the fourth are rounded half away from zero. Invalid for anything else.
    static Money fromDecimalString(QStringView text, const QString &currency);

    bool isValid() const { return m_valid; }
    qint64 units() const { return m_units; }
    QString currency() const { return m_currency; }
    /// For charts and sorting only; never sum doubles.
    double toDouble() const { return double(m_units) / double(UnitsPerWhole); }

    /// "50.60", "-0.5" with minDecimals = 1: C locale, no grouping, for export.
    QString toDecimalString(int minDecimals = 2) const;
    /// "50,60 NOK" in the given locale: the currency's usual decimals (more when the amount has
    /// them), a no-break space and the code. Empty for an invalid amount.
    QString toString(const QLocale &locale = QLocale()) const;

    /// Decimals the currency is usually shown with (2; 0 for JPY, KRW, ISK...; 3 for KWD...).
    static int currencyDecimals(const QString &currency);

    /// Invalid when either side is invalid, the currencies differ or the sum overflows.
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator*(qint64 factor) const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_valid == b.m_valid
            && (!a.m_valid || (a.m_units == b.m_units && a.m_currency == b.m_currency));
    }
    friend bool operator!=(const Money &a, const Money &b) { return !(a == b); }

private:
    qint64 m_units = 0;
    QString m_currency;
    bool m_valid = false;
};

/// Exact per-currency sums (the orders table's footer, exports). Amounts of different
/// currencies are never added together.
class MoneyTotals
{
    Q_DECLARE_TR_FUNCTIONS(MoneyTotals)

public:
    /// Adds an amount to its currency's sum. Returns false, and changes nothing, for an
    /// invalid amount or when the sum would overflow.
    bool add(const Money &amount);
    void clear() { m_units.clear(); }

    bool isEmpty() const { return m_units.isEmpty(); }
    /// The currencies seen, sorted by code.
    QStringList currencies() const { return m_units.keys(); }
    /// The sum for one currency; a valid zero when nothing was added for it.
    Money total(const QString &currency) const;
    /// One Money per currency, sorted by code.
    QList<Money> totals() const;
    /// "50,60 NOK, 12,00 USD".
    QString toString(const QLocale &locale = QLocale()) const;

private:
    QMap<QString, qint64> m_units;
};

Q_DECLARE_METATYPE(Money)
