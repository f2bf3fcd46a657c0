// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/DecodeError.h"
#include "models/items/RowStore.h"
#include "models/items/TextArena.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <array>
#include <limits>
#include <string>

/// One payment method as the Payment methods tab shows it: the card's brand, last four digits
/// and expiry, and nothing more of the card (the API never sends a full number, and the rest
/// of the document, such as a setup intent's client secret, is skipped unread).
struct PaymentMethodRow
{
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
    static constexpr qint64 NoDay = std::numeric_limits<qint64>::min();

    qint64 created = NoTime;
    qint64 expiryDay = NoDay; ///< Julian day of the last day the card is valid (Card::expiryDate)
    TextRef brand; ///< Stripe's code ("visa")
    TextRef last4;
    TextRef name; ///< the method's name ("Stripe"), for methods without a card
    std::array<quint8, 12> id {};
    qint16 expiryMonth = 0;
    qint16 expiryYear = 0;
    quint8 flags = 0; ///< PaymentMethodRows::Flag
};

/// The rows of the Payment methods tab and the decoder that reads a page of
/// GET /users/{id}/payment_methods straight into them with simdjson, with the tolerance of
/// PaymentMethod::fromJson (and Card::fromJson) for the fields it shows.
class PaymentMethodRows final : public RowStore<PaymentMethodRow, 6>
{
public:
    enum Flag : quint8 {
        Deleted = 0x1,
        Active = 0x2,
        HasExpiry = 0x4,
    };

    PaymentMethodRows() = default;

    /// "Visa", "Mastercard"...; the code for brands not known (Card::brandName()).
    QString brandName(const PaymentMethodRow &row) const;
    /// "08/2031" (Card::expiryText()); empty without an expiry.
    static QString expiryText(const PaymentMethodRow &row);
    static QDate expiryDate(const PaymentMethodRow &row);

    bool appendPage(const QByteArray &body, DecodeError *error);
    void clear() { clearStore(); }
};
