// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/SubscriptionRows.h"

#include "models/codec/ExtendedJson.h"
#include "models/items/RowDecoding.h"

#include <initializer_list>
#include <utility>

namespace {

using PageJson::Status;
using RowDecoding::view;

const QLatin1String IdKey("_id");
const QLatin1String HumanIdKey("human_id");
const QLatin1String NameKey("name");
const QLatin1String StatusKey("status");
const QLatin1String PlanKey("plan");
const QLatin1String UserKey("user");
const QLatin1String ActiveKey("active");
const QLatin1String TrialKey("trial");
const QLatin1String InfiniteKey("infinite");
const QLatin1String StartingDateKey("starting_date");
const QLatin1String EndingDateKey("ending_date");
const QLatin1String PeriodStartKey("current_billing_date_period_start");
const QLatin1String PeriodEndKey("current_billing_date_period_end");
const QLatin1String LastBillingAmountKey("last_billing_amount");
const QLatin1String CreatedKey("created");
const QLatin1String DeletedKey("deleted");
const QLatin1String FailAttemptsKey("total_fail_attempts");
const QLatin1String PaymentRetriesKey("total_payment_retries");
const QLatin1String RetryingKey("is_retrying_payment");
const QLatin1String FirstNameKey("first_name");
const QLatin1String LastNameKey("last_name");
const QLatin1String EmailKey("email");

// Positions of the members in Subscription::fromJson's reading order.
enum Rank {
    IdRank = 0,
    HumanIdRank = 1,
    NameRank = 2,
    StatusRank = 3,
    PlanRank = 4,
    UserRank = 5,
    ActiveRank = 7,
    TrialRank = 8,
    InfiniteRank = 9,
    StartingDateRank = 10,
    EndingDateRank = 11,
    PeriodStartRank = 12,
    PeriodEndRank = 13,
    LastBillingAmountRank = 14,
    FailAttemptsRank = 16,
    CreatedRank = 17,
    DeletedRank = 20,
    PaymentRetriesRank = 21,
    RetryingRank = 22,
};

quint16 counter(double value)
{
    return value <= 0 ? 0 : value >= 65535 ? 65535 : quint16(value);
}

} // namespace

SubscriptionRows::SubscriptionRows() : m_statuses(std::make_unique<RowDecoding::InternTable>()) { }

SubscriptionRows::~SubscriptionRows() = default;

QString SubscriptionRows::status(const SubscriptionRow &row) const
{
    return m_statuses->text(row.status);
}

QString SubscriptionRows::plan(const SubscriptionRow &row) const
{
    if (!row.planName.isEmpty())
        return text(row.planName);
    return planIdText(row);
}

QString SubscriptionRows::userIdText(const SubscriptionRow &row)
{
    return (row.flags & HasUserId) ? RowDecoding::hexId(row.userId) : QString();
}

QString SubscriptionRows::planIdText(const SubscriptionRow &row)
{
    return (row.flags & HasPlanId) ? RowDecoding::hexId(row.planId) : QString();
}

QString SubscriptionRows::customerName(const SubscriptionRow &row) const
{
    const QString name
        = QStringList {text(row.userFirstName).trimmed(), text(row.userLastName).trimmed()}
              .join(QLatin1Char(' '))
              .trimmed();
    if (!name.isEmpty())
        return name;
    if (!row.userEmail.isEmpty())
        return text(row.userEmail);
    if (!row.userHumanId.isEmpty())
        return text(row.userHumanId);
    return userIdText(row);
}

bool SubscriptionRows::replaceRow(int index, const QByteArray &document, DecodeError *error)
{
    if (index < 0 || index >= size())
        return false;
    const int last = size();
    if (!appendPage('[' + document + ']', error))
        return false;
    if (size() != last + 1) {
        m_rows.truncate(last);
        return false;
    }
    m_rows[index] = m_rows[last];
    m_rows.truncate(last);
    return true;
}

QStringList SubscriptionRows::statusesSeen() const
{
    return m_statuses->values();
}

bool SubscriptionRows::appendPage(const QByteArray &body, DecodeError *error)
{
    auto decode = [this](PageJson::object &document, const JsonPath &path, DecodeError *pageError) {
        SubscriptionRow &row = m_rows.append();
        RowDecoding::ElementReader reader(path, &m_text, &m_scratch, SubscriptionRow::NoTime);
        bool hasId = false;

        // Texts of an expanded reference, by member; one of the wrong type counts as missing.
        using ExpandedTexts = std::initializer_list<std::pair<QLatin1String, TextRef *>>;
        auto readRef = [&](PageJson::value &json, std::array<quint8, 12> *id, quint8 flag,
                           ExpandedTexts texts, int rank, QLatin1String key) {
            RowDecoding::ReferenceRead reference;
            for (const auto &wanted : texts)
                *wanted.second = TextRef();
            const bool ok = RowDecoding::readReference(
                json, &reference, [&](std::string_view member, PageJson::value &value) {
                    for (const auto &wanted : texts) {
                        if (member != view(wanted.first))
                            continue;
                        std::string_view text;
                        const Status status = PageJson::readText(value, &text, &m_scratch);
                        if (status == Status::Value && !text.empty())
                            *wanted.second = m_text.append(text);
                        return status != Status::BadJson;
                    }
                    return true;
                });
            if (!ok)
                return false;
            row.flags &= quint8(~flag);
            switch (reference.error) {
            case RowDecoding::ReferenceRead::Error::Reference:
                reader.errors.fail(rank, path.child(key), RowDecoding::expectedReferenceMessage());
                return true;
            case RowDecoding::ReferenceRead::Error::DocumentId:
                reader.errors.fail(
                    rank, path.child(key).child(IdKey), PageJson::expectedObjectIdMessage());
                return true;
            case RowDecoding::ReferenceRead::Error::None:
                break;
            }
            if (reference.hasId) {
                *id = reference.id;
                row.flags |= flag;
            }
            if (!reference.expanded) {
                for (const auto &wanted : texts)
                    *wanted.second = TextRef();
            }
            return true;
        };

        const bool membersRead = RowDecoding::forEachMember(
            document, pageError, [&](std::string_view key, PageJson::value &json) {
                bool ok = true;
                if (key == view(IdKey)) {
                    ok = reader.objectId(json, &row.id, &hasId, IdRank, IdKey);
                } else if (key == view(HumanIdKey)) {
                    ok = reader.text(json, &row.humanId, HumanIdRank, HumanIdKey);
                } else if (key == view(NameKey)) {
                    ok = reader.text(json, &row.name, NameRank, NameKey);
                } else if (key == view(StatusKey)) {
                    std::string_view text;
                    const Status status = PageJson::readText(json, &text, &m_scratch);
                    ok = status != Status::BadJson;
                    row.status = status == Status::Value ? m_statuses->intern(text)
                                                         : RowDecoding::InternTable::None;
                    if (status == Status::WrongType)
                        reader.errors.fail(
                            StatusRank, path.child(StatusKey), PageJson::expectedTextMessage());
                } else if (key == view(PlanKey)) {
                    ok = readRef(json, &row.planId, HasPlanId, {{NameKey, &row.planName}}, PlanRank,
                        PlanKey);
                } else if (key == view(UserKey)) {
                    ok = readRef(json, &row.userId, HasUserId,
                        {{FirstNameKey, &row.userFirstName}, {LastNameKey, &row.userLastName},
                            {EmailKey, &row.userEmail}, {HumanIdKey, &row.userHumanId}},
                        UserRank, UserKey);
                } else if (key == view(ActiveKey)) {
                    ok = reader.flag(json, &row.flags, Active, ActiveRank, ActiveKey);
                } else if (key == view(TrialKey)) {
                    ok = reader.flag(json, &row.flags, Trial, TrialRank, TrialKey);
                } else if (key == view(InfiniteKey)) {
                    ok = reader.flag(json, &row.flags, Infinite, InfiniteRank, InfiniteKey);
                } else if (key == view(StartingDateKey)) {
                    ok = reader.time(json, &row.startingDate, StartingDateRank, StartingDateKey);
                } else if (key == view(EndingDateKey)) {
                    ok = reader.time(json, &row.endingDate, EndingDateRank, EndingDateKey);
                } else if (key == view(PeriodStartKey)) {
                    ok = reader.time(json, &row.periodStart, PeriodStartRank, PeriodStartKey);
                } else if (key == view(PeriodEndKey)) {
                    ok = reader.time(json, &row.periodEnd, PeriodEndRank, PeriodEndKey);
                } else if (key == view(LastBillingAmountKey)) {
                    double amount = 0;
                    const Status status = RowDecoding::readNumber(json, &amount);
                    ok = status != Status::BadJson;
                    row.lastBillingAmount = status == Status::Value ? amount : 0;
                    row.flags = status == Status::Value ? quint8(row.flags | HasLastBilling)
                                                        : quint8(row.flags & ~HasLastBilling);
                    if (status == Status::WrongType)
                        reader.errors.fail(LastBillingAmountRank, path.child(LastBillingAmountKey),
                            RowDecoding::expectedNumberMessage());
                } else if (key == view(CreatedKey)) {
                    ok = reader.time(json, &row.created, CreatedRank, CreatedKey);
                } else if (key == view(DeletedKey)) {
                    ok = reader.flag(json, &row.flags, Deleted, DeletedRank, DeletedKey);
                } else if (key == view(FailAttemptsKey)) {
                    double value = 0;
                    bool has = false;
                    ok = reader.number(json, &value, &has, FailAttemptsRank, FailAttemptsKey);
                    row.failAttempts = has ? counter(value) : 0;
                } else if (key == view(PaymentRetriesKey)) {
                    double value = 0;
                    bool has = false;
                    ok = reader.number(json, &value, &has, PaymentRetriesRank, PaymentRetriesKey);
                    row.paymentRetries = has ? counter(value) : 0;
                } else if (key == view(RetryingKey)) {
                    ok = reader.flag(json, &row.flags, RetryingPayment, RetryingRank, RetryingKey);
                }
                return ok;
            });
        if (!membersRead)
            return false;
        return reader.finish(hasId, IdRank, IdKey, pageError);
    };

    return decodePage(body, error, decode);
}

void SubscriptionRows::clear()
{
    clearStore();
}
