// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/ExtendedJson.h"
#include "models/codec/JsonField.h"
#include "models/codec/ObjectId.h"
#include "models/codec/Timestamp.h"
#include "models/domain/Card.h"
#include "models/domain/Reference.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <tuple>

/// A stored payment method (`_cls: "PaymentMethod.StripePaymentMethod"`). Its setup_intent
/// (which holds a client secret) is not modelled: it is kept, never shown, never logged. A
/// missing or invalid `_id` is an error naming "_id".
class PaymentMethod : public ExtendedJson::Document<PaymentMethod>
{
    Q_DECLARE_TR_FUNCTIONS(PaymentMethod)

public:
    PaymentMethod() = default;

    ObjectId id() const { return m_id.value(); }
    /// "stripe".
    QString method() const { return m_method.value(); }
    QString name() const { return m_name.value(); }
    bool isActive() const { return m_active.value(); }
    ObjectId userId() const { return m_user.value().id(); }
    QString customerId() const { return m_customerId.value(); }
    /// An empty Card for `card: {}` or no card at all.
    Card card() const { return m_card.value(); }
    bool isScaCompatible() const { return m_scaCompatible.value(); }
    Timestamp created() const { return m_created.value(); }
    Timestamp modified() const { return m_modified.value(); }
    bool isDeleted() const { return m_deleted.value(); }

    /// The card's label ("Visa •••• 4242"); else the name, the method, "Payment method".
    QString label() const;

private:
    friend class ExtendedJson::Document<PaymentMethod>;
    template<typename Self>
    static auto members(Self &method)
    {
        return std::tie(method.m_id, method.m_method, method.m_name, method.m_active, method.m_user,
            method.m_customerId, method.m_card, method.m_scaCompatible, method.m_created,
            method.m_modified, method.m_deleted);
    }

    JsonField<ObjectId> m_id {"_id", Presence::Required};
    JsonField<QString> m_method {"method"};
    JsonField<QString> m_name {"name"};
    JsonField<bool> m_active {"active"};
    JsonField<Reference> m_user {"user"};
    JsonField<QString> m_customerId {"customer_id"};
    JsonField<Card> m_card {"card"};
    JsonField<bool> m_scaCompatible {"is_sca_compatible"};
    JsonField<Timestamp> m_created {"created"};
    JsonField<Timestamp> m_modified {"modified"};
    JsonField<bool> m_deleted {"deleted"};
};
