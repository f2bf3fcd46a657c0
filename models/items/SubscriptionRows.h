// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/DecodeError.h"
#include "models/codec/ObjectId.h"
#include "models/items/RowStore.h"
#include "models/items/TextArena.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <limits>
#include <memory>
#include <string>

namespace RowDecoding {
class InternTable;
}

/// One subscription as the Subscriptions table shows it, its texts in the TextArena of the
/// SubscriptionRows that holds it. Dates are milliseconds since the epoch (UTC), NoTime when
/// absent.
struct SubscriptionRow
{
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    qint64 startingDate = NoTime;
    qint64 endingDate = NoTime;
    qint64 periodStart = NoTime;
    qint64 periodEnd = NoTime;
    qint64 created = NoTime;
    double lastBillingAmount = 0; ///< valid with SubscriptionRows::HasLastBilling
    TextRef humanId;
    TextRef name;
    TextRef planName; ///< the expanded plan's name, when the plan was sent in full
    /// The customer as the expanded `user` names them (empty when it was a bare reference).
    TextRef userFirstName;
    TextRef userLastName;
    TextRef userEmail;
    TextRef userHumanId;
    std::array<quint8, 12> id {};
    std::array<quint8, 12> planId {}; ///< valid with SubscriptionRows::HasPlanId
    std::array<quint8, 12> userId {}; ///< valid with SubscriptionRows::HasUserId
    quint16 status = 0;
    quint16 failAttempts = 0; ///< total_fail_attempts
    quint16 paymentRetries = 0; ///< total_payment_retries
    quint8 flags = 0; ///< SubscriptionRows::Flag
};

/// The rows of the Subscriptions table and the decoder that reads a page of
/// GET /subscriptions (or /users/{id}/subscriptions) straight into them with simdjson, with the
/// tolerance of Subscription::fromJson for the fields it shows.
class SubscriptionRows final : public RowStore<SubscriptionRow>
{
public:
    enum Flag : quint8 {
        Deleted = 0x1,
        Trial = 0x2,
        Active = 0x4,
        Infinite = 0x8,
        HasLastBilling = 0x10,
        HasPlanId = 0x20,
        HasUserId = 0x40,
        RetryingPayment = 0x80,
    };

    SubscriptionRows();
    ~SubscriptionRows();

    QString status(const SubscriptionRow &row) const;
    /// The plan's name when it was sent in full, else its id; empty without a plan.
    QString plan(const SubscriptionRow &row) const;
    static QString userIdText(const SubscriptionRow &row);
    /// "Ann Berg"; else the customer's email, customer ID, id (as SubscriptionCustomer).
    QString customerName(const SubscriptionRow &row) const;
    /// The customer's email and customer ID, when sent.
    QString customerEmail(const SubscriptionRow &row) const { return text(row.userEmail); }
    QString customerHumanId(const SubscriptionRow &row) const { return text(row.userHumanId); }
    static QString planIdText(const SubscriptionRow &row);
    /// Statuses seen since the rows were made, in order of appearance.
    QStringList statusesSeen() const;

    /// Decodes one page body and appends every subscription of it, or nothing with \a error
    /// naming the element and member at fault.
    bool appendPage(const QByteArray &body, DecodeError *error);
    /// Replaces row \a index with one subscription document (the answer of a write). Its old
    /// texts stay in the arena until clear().
    bool replaceRow(int index, const QByteArray &document, DecodeError *error);
    void clear();

private:
    std::unique_ptr<RowDecoding::InternTable> m_statuses;
};
