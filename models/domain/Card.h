// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/ExtendedJson.h"
#include "models/codec/JsonField.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <tuple>

/// The card of a payment method as Stripe describes it (never a full number). Often `{}`.
/// Other keys (checks, fingerprint, wallet...) are kept and written back untouched.
class Card : public ExtendedJson::Document<Card>
{
    Q_DECLARE_TR_FUNCTIONS(Card)

public:
    Card() = default;

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

private:
    friend class ExtendedJson::Document<Card>;
    template<typename Self>
    static auto members(Self &card)
    {
        return std::tie(card.m_brand, card.m_last4, card.m_expMonth, card.m_expYear, card.m_country,
            card.m_funding);
    }

    JsonField<QString> m_brand {"brand"};
    JsonField<QString> m_last4 {"last4"};
    JsonField<int> m_expMonth {"exp_month"};
    JsonField<int> m_expYear {"exp_year"};
    JsonField<QString> m_country {"country"};
    JsonField<QString> m_funding {"funding"};
};
