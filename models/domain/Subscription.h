// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/DecodeError.h"
#include "models/codec/JsonField.h"
#include "models/codec/JsonPath.h"
#include "models/codec/ObjectId.h"
#include "models/codec/Timestamp.h"
#include "models/domain/Money.h"
#include "models/domain/Reference.h"

#include <QJsonObject>
#include <QString>

/// A subscription (`_cls` such as "SubscriptionMethod.LicenseSubscription"). Some documents
/// say `modified`, others `updated`; both are kept, lastChanged() picks the one present.
class Subscription
{
public:
    Subscription() = default;

    /// A missing or invalid `_id` is an error naming "_id".
    static DecodeResult<Subscription> fromJson(const QJsonObject &json, const JsonPath &path = {});
    QJsonObject toJson() const;

    ObjectId id() const { return m_id.value(); }
    QString humanId() const { return m_humanId.value(); }
    QString name() const { return m_name.value(); }
    /// Shown verbatim when not one of the known values (see docs/API.md).
    QString status() const { return m_status.value(); }
    ObjectId planId() const { return m_plan.value().id(); }
    ObjectId userId() const { return m_user.value().id(); }
    ObjectId paymentMethodId() const { return m_paymentMethod.value().id(); }
    bool isActive() const { return m_active.value(); }
    bool isTrial() const { return m_trial.value(); }
    bool isInfinite() const { return m_infinite.value(); }
    Timestamp startingDate() const { return m_startingDate.value(); }
    Timestamp endingDate() const { return m_endingDate.value(); }
    Timestamp currentPeriodStart() const { return m_periodStart.value(); }
    Timestamp currentPeriodEnd() const { return m_periodEnd.value(); }
    bool hasLastBillingAmount() const { return m_lastBillingAmount.hasValue(); }
    double lastBillingAmount() const { return m_lastBillingAmount.value(); }
    /// Exact amount; subscriptions carry no currency, so the caller names it.
    Money lastBillingMoney(const QString &currency) const;
    double prorateAmount() const { return m_prorateAmount.value(); }
    int totalFailAttempts() const { return m_totalFailAttempts.value(); }
    Timestamp created() const { return m_created.value(); }
    Timestamp modified() const { return m_modified.value(); }
    Timestamp updated() const { return m_updated.value(); }
    /// `modified` when present, else `updated`.
    Timestamp lastChanged() const;
    bool isDeleted() const { return m_deleted.value(); }

    QJsonObject unknownMembers() const { return m_rest; }

    friend bool operator==(const Subscription &a, const Subscription &b)
    {
        return a.toJson() == b.toJson();
    }
    friend bool operator!=(const Subscription &a, const Subscription &b) { return !(a == b); }

private:
    JsonField<ObjectId> m_id;
    JsonField<QString> m_humanId;
    JsonField<QString> m_name;
    JsonField<QString> m_status;
    JsonField<Reference> m_plan;
    JsonField<Reference> m_user;
    JsonField<Reference> m_paymentMethod;
    JsonField<bool> m_active;
    JsonField<bool> m_trial;
    JsonField<bool> m_infinite;
    JsonField<Timestamp> m_startingDate;
    JsonField<Timestamp> m_endingDate;
    JsonField<Timestamp> m_periodStart;
    JsonField<Timestamp> m_periodEnd;
    JsonField<double> m_lastBillingAmount;
    JsonField<double> m_prorateAmount;
    JsonField<int> m_totalFailAttempts;
    JsonField<Timestamp> m_created;
    JsonField<Timestamp> m_modified;
    JsonField<Timestamp> m_updated;
    JsonField<bool> m_deleted;
    QJsonObject m_rest;
    QJsonObject m_verbatim;
};
