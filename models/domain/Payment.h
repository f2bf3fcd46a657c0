// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/ExtendedJson.h"
#include "models/codec/JsonField.h"
#include "models/codec/ObjectId.h"
#include "models/codec/Timestamp.h"
#include "models/domain/Card.h"
#include "models/domain/Money.h"
#include "models/domain/Reference.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <tuple>

/// A payment of an order or a subscription (GET /orders/{id}/payments, /payments). The card
/// used (`card{brand, last4}`) and, on a failed payment, `failure_code` and `failure_message`
/// are local additions (docs/API.md). Every member but `_id` may be missing, null, "" or {}.
class Payment : public ExtendedJson::Document<Payment>
{
    Q_DECLARE_TR_FUNCTIONS(Payment)

public:
    Payment() = default;

    ObjectId id() const { return m_id.value(); }
    QString humanId() const { return m_humanId.value(); }
    bool hasAmount() const { return m_amount.hasValue(); }
    double amount() const { return m_amount.value(); }
    QString currency() const { return m_currency.value(); }
    /// The exact amount in the payment's currency (\a fallbackCurrency when it names none);
    /// invalid without an amount.
    Money amountMoney(const QString &fallbackCurrency = QString()) const;
    /// created, processing, succeeded, failed, refunded, canceled; others verbatim.
    QString state() const { return m_state.value(); }
    bool isFailed() const { return state() == QLatin1String("failed"); }
    /// When the payment was tried; invalid before.
    Timestamp paymentDate() const { return m_paymentDate.value(); }
    Timestamp created() const { return m_created.value(); }
    /// paymentDate(), else created().
    Timestamp date() const;
    /// An empty Card when the payment names none.
    Card card() const { return m_card.value(); }
    ObjectId paymentMethodId() const { return m_paymentMethod.value().id(); }
    QString failureCode() const { return m_failureCode.value(); }
    QString failureMessage() const { return m_failureMessage.value(); }
    bool isDeleted() const { return m_deleted.value(); }

    /// "Succeeded", "Failed"...; unknown states verbatim.
    static QString stateName(const QString &state);
    /// Why it failed: "Your card has insufficient funds. (insufficient_funds)", the message or
    /// the code alone when only one is given; empty when the payment did not fail or says
    /// nothing.
    QString failureText() const;

private:
    friend class ExtendedJson::Document<Payment>;
    template<typename Self>
    static auto members(Self &payment)
    {
        return std::tie(payment.m_id, payment.m_humanId, payment.m_amount, payment.m_currency,
            payment.m_state, payment.m_paymentDate, payment.m_created, payment.m_card,
            payment.m_paymentMethod, payment.m_failureCode, payment.m_failureMessage,
            payment.m_deleted);
    }

    JsonField<ObjectId> m_id {"_id", Presence::Required};
    JsonField<QString> m_humanId {"human_id"};
    JsonField<double> m_amount {"amount"};
    JsonField<QString> m_currency {"currency"};
    JsonField<QString> m_state {"current_state"};
    JsonField<Timestamp> m_paymentDate {"payment_date"};
    JsonField<Timestamp> m_created {"created"};
    JsonField<Card> m_card {"card"};
    JsonField<Reference> m_paymentMethod {"payment_method"};
    JsonField<QString> m_failureCode {"failure_code"};
    JsonField<QString> m_failureMessage {"failure_message"};
    JsonField<bool> m_deleted {"deleted"};
};
