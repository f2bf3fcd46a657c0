// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/ExtendedJson.h"
#include "models/codec/JsonField.h"
#include "models/codec/ObjectId.h"
#include "models/codec/Timestamp.h"
#include "models/domain/Card.h"
#include "models/domain/Money.h"
#include "models/domain/Reference.h"

#include <QString>

#include <tuple>

/// A payment of an order or a subscription (docs/API.md, "Payment"): its state
/// (`current_state`), amount in its currency, when it was tried (`payment_date`, else
/// `created`), the card used, and for a failed one why (`failure_code`, `failure_message`).
/// A missing or invalid `_id` is an error naming "_id".
class Payment : public ExtendedJson::Document<Payment>
{
public:
    Payment() = default;

    ObjectId id() const { return m_id.value(); }
    QString humanId() const { return m_humanId.value(); }
    /// created, processing, succeeded, failed, refunded, canceled; others verbatim.
    QString state() const { return m_state.value(); }
    bool isFailed() const { return state() == QLatin1String("failed"); }
    /// Invalid without an amount or a currency.
    Money amount() const;
    /// `payment_date` once the payment was tried, else `created`.
    Timestamp date() const;
    Timestamp created() const { return m_created.value(); }
    /// An empty card when none was recorded.
    Card card() const { return m_card.value(); }
    QString cardBrand() const { return card().brand(); }
    QString last4() const { return card().last4(); }
    ObjectId paymentMethodId() const { return m_paymentMethod.value().id(); }
    QString failureCode() const { return m_failureCode.value(); }
    QString failureMessage() const { return m_failureMessage.value(); }
    QString description() const { return m_description.value(); }
    bool isDeleted() const { return m_deleted.value(); }

private:
    friend class ExtendedJson::Document<Payment>;
    template<typename Self>
    static auto members(Self &p)
    {
        return std::tie(p.m_id, p.m_humanId, p.m_amount, p.m_currency, p.m_state, p.m_paymentDate,
            p.m_paymentMethod, p.m_card, p.m_failureCode, p.m_failureMessage, p.m_description,
            p.m_created, p.m_deleted);
    }

    JsonField<ObjectId> m_id {"_id", Presence::Required};
    JsonField<QString> m_humanId {"human_id"};
    JsonField<double> m_amount {"amount"};
    JsonField<QString> m_currency {"currency"};
    JsonField<QString> m_state {"current_state"};
    JsonField<Timestamp> m_paymentDate {"payment_date"};
    JsonField<Reference> m_paymentMethod {"payment_method"};
    JsonField<Card> m_card {"card"};
    JsonField<QString> m_failureCode {"failure_code"};
    JsonField<QString> m_failureMessage {"failure_message"};
    JsonField<QString> m_description {"description"};
    JsonField<Timestamp> m_created {"created"};
    JsonField<bool> m_deleted {"deleted"};
};
