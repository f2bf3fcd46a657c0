// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/domain/Subscription.h"
#include "models/editing/ChangeJournal.h"
#include "models/editing/ProfileMerge.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

/// What a write to a subscription changed, as the change journal records it: one entry per
/// member that changed (status, payment_method, ending_date, note), under the customer, with a
/// field key that names the subscription: "subscription/<human_id or _id>/<member>".
namespace SubscriptionChanges {

/// The members compared, in the order they are recorded.
const QList<QLatin1String> &members();
/// "subscription/SQEW7M/status".
QString key(const Subscription &subscription, QLatin1String member);
bool isKey(const QString &key);
/// "Subscription SQEW7M: Status".
QString label(const QString &key);
/// A value as a person reads it: the status by its name, a date in the locale, a payment
/// method by its label when known; "—" for nothing.
QString displayText(const QString &key, const QJsonValue &value,
    const QHash<QString, QString> &paymentMethodLabels = {});

/// The member's value as the document carries it (undefined when absent).
QJsonValue value(const Subscription &subscription, QLatin1String member);
/// The members that differ between \a before and \a after.
QList<FieldChange> between(const Subscription &before, const Subscription &after);
/// Journal entries of a write to \a after (its customer names the user).
QList<JournalEntry> journalEntries(const Subscription &before, const Subscription &after,
    const QString &actor, const QString &server, const QDateTime &time);

} // namespace SubscriptionChanges
