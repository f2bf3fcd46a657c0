// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/ExtendedJson.h"
#include "models/codec/JsonField.h"
#include "models/codec/ObjectId.h"
#include "models/codec/Timestamp.h"
#include "models/domain/Money.h"
#include "models/domain/Reference.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <tuple>

/// The customer of a subscription as far as the subscription names them: the server expands
/// `user` by the members that identify a customer (docs/API.md); an unexpanded {"$oid"}
/// reference gives the id only. Members of the wrong type count as missing.
struct SubscriptionCustomer
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionCustomer)

public:
    ObjectId id;
    QString humanId;
    QString firstName;
    QString lastName;
    QString email;

    /// "Ann Berg"; else the email, the customer ID, the id; empty without any.
    QString displayName() const;
    /// "Ann Berg (ZQK3YW)", or displayName() without a customer ID.
    QString label() const;
};

/// A subscription (`_cls` such as "SubscriptionMethod.LicenseSubscription"). Some documents
/// say `modified`, others `updated`; both are kept, lastChanged() picks the one present. A
/// missing or invalid `_id` is an error naming "_id".
class Subscription : public ExtendedJson::Document<Subscription>
{
public:
    Subscription() = default;

    ObjectId id() const { return m_id.value(); }
    QString humanId() const { return m_humanId.value(); }
    QString name() const { return m_name.value(); }
    /// Shown verbatim when not one of the known values (see docs/API.md).
    QString status() const { return m_status.value(); }
    ObjectId planId() const { return m_plan.value().id(); }
    ObjectId userId() const { return m_user.value().id(); }
    /// The customer, from the expanded `user` (the id only when it was not expanded).
    SubscriptionCustomer customer() const;
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
    /// Failed attempts to take the payment of the current period.
    int totalFailAttempts() const { return m_totalFailAttempts.value(); }
    int totalPaymentRetries() const { return m_totalPaymentRetries.value(); }
    bool isRetryingPayment() const { return m_retryingPayment.value(); }
    QString note() const { return m_note.value(); }
    Timestamp created() const { return m_created.value(); }
    Timestamp modified() const { return m_modified.value(); }
    Timestamp updated() const { return m_updated.value(); }
    /// `modified` when present, else `updated`.
    Timestamp lastChanged() const;
    bool isDeleted() const { return m_deleted.value(); }

private:
    friend class ExtendedJson::Document<Subscription>;
    template<typename Self>
    static auto members(Self &s)
    {
        return std::tie(s.m_id, s.m_humanId, s.m_name, s.m_status, s.m_plan, s.m_user,
            s.m_paymentMethod, s.m_active, s.m_trial, s.m_infinite, s.m_startingDate,
            s.m_endingDate, s.m_periodStart, s.m_periodEnd, s.m_lastBillingAmount,
            s.m_prorateAmount, s.m_totalFailAttempts, s.m_created, s.m_modified, s.m_updated,
            s.m_deleted, s.m_totalPaymentRetries, s.m_retryingPayment, s.m_note);
    }

    JsonField<ObjectId> m_id {"_id", Presence::Required};
    JsonField<QString> m_humanId {"human_id"};
    JsonField<QString> m_name {"name"};
    JsonField<QString> m_status {"status"};
    JsonField<Reference> m_plan {"plan"};
    JsonField<Reference> m_user {"user"};
    JsonField<Reference> m_paymentMethod {"payment_method"};
    JsonField<bool> m_active {"active"};
    JsonField<bool> m_trial {"trial"};
    JsonField<bool> m_infinite {"infinite"};
    JsonField<Timestamp> m_startingDate {"starting_date"};
    JsonField<Timestamp> m_endingDate {"ending_date"};
    JsonField<Timestamp> m_periodStart {"current_billing_date_period_start"};
    JsonField<Timestamp> m_periodEnd {"current_billing_date_period_end"};
    JsonField<double> m_lastBillingAmount {"last_billing_amount"};
    JsonField<double> m_prorateAmount {"prorate_amount"};
    JsonField<int> m_totalFailAttempts {"total_fail_attempts"};
    JsonField<Timestamp> m_created {"created"};
    JsonField<Timestamp> m_modified {"modified"};
    JsonField<Timestamp> m_updated {"updated"};
    JsonField<bool> m_deleted {"deleted"};
    JsonField<int> m_totalPaymentRetries {"total_payment_retries"};
    JsonField<bool> m_retryingPayment {"is_retrying_payment"};
    JsonField<QString> m_note {"note"};
};
