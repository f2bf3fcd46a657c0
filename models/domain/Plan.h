// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/ExtendedJson.h"
#include "models/codec/JsonField.h"
#include "models/codec/ObjectId.h"
#include "models/codec/Timestamp.h"
#include "models/domain/Money.h"

#include <QString>

#include <tuple>

/// A plan a subscription is made from: its name, the price of one period in its currency, and
/// the period (`billing_interval` MONTH, YEAR, DAY, WEEK times `interval_count`). A missing or
/// invalid `_id` is an error naming "_id".
class Plan : public ExtendedJson::Document<Plan>
{
public:
    Plan() = default;

    ObjectId id() const { return m_id.value(); }
    QString humanId() const { return m_humanId.value(); }
    QString name() const { return m_name.value(); }
    QString currency() const { return m_currency.value(); }
    bool hasPrice() const { return m_totalAmount.hasValue(); }
    /// The price of one period; invalid without an amount or a currency.
    Money price() const;
    QString billingInterval() const { return m_billingInterval.value(); }
    /// At least 1.
    int intervalCount() const { return qMax(1, m_intervalCount.value()); }
    bool isDeleted() const { return m_deleted.value(); }

private:
    friend class ExtendedJson::Document<Plan>;
    template<typename Self>
    static auto members(Self &p)
    {
        return std::tie(p.m_id, p.m_humanId, p.m_name, p.m_currency, p.m_totalAmount,
            p.m_billingInterval, p.m_intervalCount, p.m_created, p.m_deleted);
    }

    JsonField<ObjectId> m_id {"_id", Presence::Required};
    JsonField<QString> m_humanId {"human_id"};
    JsonField<QString> m_name {"name"};
    JsonField<QString> m_currency {"currency"};
    JsonField<double> m_totalAmount {"total_amount"};
    JsonField<QString> m_billingInterval {"billing_interval"};
    JsonField<int> m_intervalCount {"interval_count"};
    JsonField<Timestamp> m_created {"created"};
    JsonField<bool> m_deleted {"deleted"};
};
