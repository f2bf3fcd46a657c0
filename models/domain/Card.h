// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/DecodeError.h"
#include "models/codec/JsonField.h"
#include "models/codec/JsonPath.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

/// The card of a payment method as Stripe describes it (never a full number). Often `{}`.
/// Other keys (checks, fingerprint, wallet...) are kept and written back untouched.
class Card
{
    Q_DECLARE_TR_FUNCTIONS(Card)

public:
    Card() = default;

    static DecodeResult<Card> fromJson(const QJsonObject &json, const JsonPath &path = {});
    QJsonObject toJson() const;

    /// Stripe's brand code ("visa", "mastercard", "amex"...).
    QString brand() const { return m_brand.value(); }
    QString last4() const { return m_last4.value(); }
    int expiryMonth() const { return m_expMonth.value(); }
    int expiryYear() const { return m_expYear.value(); }
    QString country() const { return m_country.value(); }
    QString funding() const { return m_funding.value(); }

    /// True when there is nothing to show (the `card: {}` of a payment method not set up yet).
    bool isEmpty() const { return brand().isEmpty() && last4().isEmpty() && !hasExpiry(); }
    /// "Visa", "Mastercard", "American Express"; the code itself for brands not known here.
    QString brandName() const;
    /// "Visa •••• 4242"; "Card •••• 4242" without a brand; the brand alone without digits;
    /// empty for an empty card.
    QString label() const;

    /// True when month (1-12) and year are both given. Two-digit years are taken as 20xx.
    bool hasExpiry() const;
    /// The last day the card is valid; invalid without an expiry.
    QDate expiryDate() const;
    /// "12/2020"; empty without an expiry.
    QString expiryText() const;
    /// True when `today` is after the expiry date. False without an expiry.
    bool isExpired(const QDate &today) const;
    /// True when not expired on `today` and the last valid day is at most `days` days away.
    bool expiresWithin(int days, const QDate &today) const;

    QJsonObject unknownMembers() const { return m_rest; }

    friend bool operator==(const Card &a, const Card &b) { return a.toJson() == b.toJson(); }
    friend bool operator!=(const Card &a, const Card &b) { return !(a == b); }

private:
    JsonField<QString> m_brand;
    JsonField<QString> m_last4;
    JsonField<int> m_expMonth;
    JsonField<int> m_expYear;
    JsonField<QString> m_country;
    JsonField<QString> m_funding;
    QJsonObject m_rest;
    QJsonObject m_verbatim;
};
