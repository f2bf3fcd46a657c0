// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/SubscriptionRows.h"

#include "models/codec/ExtendedJson.h"
#include "models/items/RowDecoding.h"

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
    CreatedRank = 17,
    DeletedRank = 20,
};

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

        auto readRef = [&](PageJson::value &json, std::array<quint8, 12> *id, quint8 flag,
                           TextRef *name, int rank, QLatin1String key) {
            RowDecoding::ReferenceRead reference;
            TextRef expandedName;
            const bool ok = RowDecoding::readReference(
                json, &reference, [&](std::string_view member, PageJson::value &value) {
                    if (!name || member != view(NameKey))
                        return true;
                    std::string_view text;
                    const Status status = PageJson::readText(value, &text, &m_scratch);
                    if (status == Status::Value)
                        expandedName = m_text.append(text);
                    return status != Status::BadJson;
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
            if (name)
                *name = reference.expanded ? expandedName : TextRef();
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
                    ok = readRef(json, &row.planId, HasPlanId, &row.planName, PlanRank, PlanKey);
                } else if (key == view(UserKey)) {
                    ok = readRef(json, &row.userId, HasUserId, nullptr, UserRank, UserKey);
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
