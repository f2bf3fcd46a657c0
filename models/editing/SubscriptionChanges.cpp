// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/editing/SubscriptionChanges.h"

#include "models/codec/ExtendedJson.h"
#include "models/codec/Timestamp.h"
#include "models/items/SubscriptionsModel.h"

#include <QJsonObject>
#include <QLocale>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionChanges)
};

const QLatin1String Prefix("subscription/");
const QLatin1String StatusMember("status");
const QLatin1String PaymentMethodMember("payment_method");
const QLatin1String EndingDateMember("ending_date");
const QLatin1String NoteMember("note");

QString memberOf(const QString &key)
{
    return key.section(QLatin1Char('/'), 2);
}

QString idReferenced(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return value.toObject().value(QLatin1String("$oid")).toString();
}

} // namespace

namespace SubscriptionChanges {

const QList<QLatin1String> &members()
{
    static const QList<QLatin1String> all {
        StatusMember, PaymentMethodMember, EndingDateMember, NoteMember};
    return all;
}

QString key(const Subscription &subscription, QLatin1String member)
{
    const QString name
        = subscription.humanId().isEmpty() ? subscription.id().toString() : subscription.humanId();
    return Prefix + name + QLatin1Char('/') + member;
}

bool isKey(const QString &key)
{
    return key.startsWith(Prefix) && key.count(QLatin1Char('/')) == 2;
}

QString label(const QString &key)
{
    const QString subscription = key.section(QLatin1Char('/'), 1, 1);
    const QString member = memberOf(key);
    QString name = member;
    if (member == StatusMember)
        name = Text::tr("Status");
    else if (member == PaymentMethodMember)
        name = Text::tr("Payment method");
    else if (member == EndingDateMember)
        name = Text::tr("End");
    else if (member == NoteMember)
        name = Text::tr("Note");
    return Text::tr("Subscription %1: %2").arg(subscription, name);
}

QString displayText(
    const QString &key, const QJsonValue &value, const QHash<QString, QString> &paymentMethodLabels)
{
    if (ExtendedJson::isEmptyValue(value))
        return Text::tr("—");
    const QString member = memberOf(key);
    if (member == StatusMember)
        return SubscriptionsModel::statusName(value.toString());
    if (member == PaymentMethodMember) {
        const QString id = idReferenced(value);
        return paymentMethodLabels.value(id, id);
    }
    if (member == EndingDateMember) {
        const QJsonValue date = value.toObject().value(QLatin1String("$date"));
        if (date.isDouble()) {
            return QLocale().toString(
                Timestamp::fromMSecsSinceEpoch(qint64(date.toDouble())).toDateTime().toLocalTime(),
                QLocale::ShortFormat);
        }
    }
    return value.isString() ? value.toString() : JournalEntry::valueText(value);
}

QJsonValue value(const Subscription &subscription, QLatin1String member)
{
    return subscription.toJson().value(member);
}

QList<FieldChange> between(const Subscription &before, const Subscription &after)
{
    const QJsonObject a = before.toJson();
    const QJsonObject b = after.toJson();
    QList<FieldChange> changes;
    for (const QLatin1String member : members()) {
        const QJsonValue was = a.value(member);
        const QJsonValue now = b.value(member);
        const bool same
            = member == PaymentMethodMember ? idReferenced(was) == idReferenced(now) : was == now;
        if (!same)
            changes.append(FieldChange {key(after, member), was, now});
    }
    return changes;
}

QList<JournalEntry> journalEntries(const Subscription &before, const Subscription &after,
    const QString &actor, const QString &server, const QDateTime &time)
{
    const SubscriptionCustomer customer
        = after.customer().id.isValid() ? after.customer() : before.customer();
    QList<JournalEntry> entries;
    for (const FieldChange &change : between(before, after)) {
        JournalEntry entry;
        entry.time = time;
        entry.actor = actor;
        entry.server = server;
        entry.userId = customer.id.toString();
        entry.humanId = customer.humanId;
        entry.userName = customer.displayName();
        entry.field = change.key;
        entry.before = change.before;
        entry.after = change.after;
        entries.append(entry);
    }
    return entries;
}

} // namespace SubscriptionChanges
