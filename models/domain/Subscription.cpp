// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/Subscription.h"

#include "models/codec/ExtendedJson.h"

namespace {

const QLatin1String IdKey("_id");
const QLatin1String HumanIdKey("human_id");
const QLatin1String NameKey("name");
const QLatin1String StatusKey("status");
const QLatin1String PlanKey("plan");
const QLatin1String UserKey("user");
const QLatin1String PaymentMethodKey("payment_method");
const QLatin1String ActiveKey("active");
const QLatin1String TrialKey("trial");
const QLatin1String InfiniteKey("infinite");
const QLatin1String StartingDateKey("starting_date");
const QLatin1String EndingDateKey("ending_date");
const QLatin1String PeriodStartKey("current_billing_date_period_start");
const QLatin1String PeriodEndKey("current_billing_date_period_end");
const QLatin1String LastBillingAmountKey("last_billing_amount");
const QLatin1String ProrateAmountKey("prorate_amount");
const QLatin1String TotalFailAttemptsKey("total_fail_attempts");
const QLatin1String CreatedKey("created");
const QLatin1String ModifiedKey("modified");
const QLatin1String UpdatedKey("updated");
const QLatin1String DeletedKey("deleted");

} // namespace

DecodeResult<Subscription> Subscription::fromJson(const QJsonObject &json, const JsonPath &path)
{
    Subscription s;
    ExtendedJson::ObjectReader reader(json, path);
    reader.require(IdKey, s.m_id);
    reader.read(HumanIdKey, s.m_humanId);
    reader.read(NameKey, s.m_name);
    reader.read(StatusKey, s.m_status);
    reader.read(PlanKey, s.m_plan);
    reader.read(UserKey, s.m_user);
    reader.read(PaymentMethodKey, s.m_paymentMethod);
    reader.read(ActiveKey, s.m_active);
    reader.read(TrialKey, s.m_trial);
    reader.read(InfiniteKey, s.m_infinite);
    reader.read(StartingDateKey, s.m_startingDate);
    reader.read(EndingDateKey, s.m_endingDate);
    reader.read(PeriodStartKey, s.m_periodStart);
    reader.read(PeriodEndKey, s.m_periodEnd);
    reader.read(LastBillingAmountKey, s.m_lastBillingAmount);
    reader.read(ProrateAmountKey, s.m_prorateAmount);
    reader.read(TotalFailAttemptsKey, s.m_totalFailAttempts);
    reader.read(CreatedKey, s.m_created);
    reader.read(ModifiedKey, s.m_modified);
    reader.read(UpdatedKey, s.m_updated);
    reader.read(DeletedKey, s.m_deleted);
    if (reader.hasError())
        return reader.error();
    s.m_rest = reader.rest();
    s.m_verbatim = reader.verbatim();
    return s;
}

QJsonObject Subscription::toJson() const
{
    ExtendedJson::ObjectWriter writer(m_rest, m_verbatim);
    writer.write(IdKey, m_id);
    writer.write(HumanIdKey, m_humanId);
    writer.write(NameKey, m_name);
    writer.write(StatusKey, m_status);
    writer.write(PlanKey, m_plan);
    writer.write(UserKey, m_user);
    writer.write(PaymentMethodKey, m_paymentMethod);
    writer.write(ActiveKey, m_active);
    writer.write(TrialKey, m_trial);
    writer.write(InfiniteKey, m_infinite);
    writer.write(StartingDateKey, m_startingDate);
    writer.write(EndingDateKey, m_endingDate);
    writer.write(PeriodStartKey, m_periodStart);
    writer.write(PeriodEndKey, m_periodEnd);
    writer.write(LastBillingAmountKey, m_lastBillingAmount);
    writer.write(ProrateAmountKey, m_prorateAmount);
    writer.write(TotalFailAttemptsKey, m_totalFailAttempts);
    writer.write(CreatedKey, m_created);
    writer.write(ModifiedKey, m_modified);
    writer.write(UpdatedKey, m_updated);
    writer.write(DeletedKey, m_deleted);
    return writer.result();
}

Money Subscription::lastBillingMoney(const QString &currency) const
{
    if (!m_lastBillingAmount.hasValue())
        return Money();
    return Money::fromDouble(m_lastBillingAmount.value(), currency);
}

Timestamp Subscription::lastChanged() const
{
    return m_modified.hasValue() ? m_modified.value() : m_updated.value();
}
