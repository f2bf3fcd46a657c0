// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/DecodeError.h"
#include "models/codec/JsonField.h"
#include "models/codec/JsonPath.h"
#include "models/codec/ObjectId.h"
#include "models/codec/Timestamp.h"
#include "models/domain/Card.h"
#include "models/domain/Reference.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/// A stored payment method (`_cls: "PaymentMethod.StripePaymentMethod"`). Its setup_intent
/// (which holds a client secret) is not modelled: it is kept, never shown, never logged.
class PaymentMethod
{
    Q_DECLARE_TR_FUNCTIONS(PaymentMethod)

public:
    PaymentMethod() = default;

    /// A missing or invalid `_id` is an error naming "_id".
    static DecodeResult<PaymentMethod> fromJson(const QJsonObject &json, const JsonPath &path = {});
    QJsonObject toJson() const;

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

    QJsonObject unknownMembers() const { return m_rest; }

    friend bool operator==(const PaymentMethod &a, const PaymentMethod &b)
    {
        return a.toJson() == b.toJson();
    }
    friend bool operator!=(const PaymentMethod &a, const PaymentMethod &b) { return !(a == b); }

private:
    JsonField<ObjectId> m_id;
    JsonField<QString> m_method;
    JsonField<QString> m_name;
    JsonField<bool> m_active;
    JsonField<Reference> m_user;
    JsonField<QString> m_customerId;
    JsonField<Card> m_card;
    JsonField<bool> m_scaCompatible;
    JsonField<Timestamp> m_created;
    JsonField<Timestamp> m_modified;
    JsonField<bool> m_deleted;
    QJsonObject m_rest;
    QJsonObject m_verbatim;
};
