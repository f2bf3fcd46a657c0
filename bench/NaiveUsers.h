// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The naive baseline the benchmarks compare UsersModel with: QJsonDocument per page and one
// QStandardItem per cell of a QStandardItemModel. It does the work UsersModel does while
// loading and no more: texts are copied, dates parsed into a QDateTime and left to the view to
// format when it paints them, as UsersModel formats its stored times in data().

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QStringList>

namespace Naive {

/// {"$date": ms} as an item whose display value is the time itself (the view formats it);
/// an empty item without a date.
inline QStandardItem *dateItem(const QJsonValue &value)
{
    auto *item = new QStandardItem;
    if (value.isObject()) {
        const auto msecs = qint64(value.toObject().value(QLatin1String("$date")).toDouble());
        item->setData(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC), Qt::DisplayRole);
    }
    return item;
}

inline void setHeaders(QStandardItemModel &model)
{
    model.setHorizontalHeaderLabels({QStringLiteral("ID"), QStringLiteral("Name"),
        QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("Tags"),
        QStringLiteral("Created"), QStringLiteral("Last login"), QStringLiteral("State")});
}

/// Decodes one page with QJsonDocument and appends one row of 8 items per user.
inline int appendPage(QStandardItemModel &model, const QByteArray &body)
{
    const QJsonArray users = QJsonDocument::fromJson(body).array();
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        QStringList tags;
        for (const QJsonValue &tag : user.value(QLatin1String("tags")).toArray())
            tags.append(tag.toString());
        const bool deleted = user.value(QLatin1String("deleted")).toBool();
        const bool blocked = user.value(QLatin1String("blocked")).toBool();
        QList<QStandardItem *> row {
            new QStandardItem(user.value(QLatin1String("human_id")).toString()),
            new QStandardItem(user.value(QLatin1String("first_name")).toString() + QLatin1Char(' ')
                + user.value(QLatin1String("last_name")).toString()),
            new QStandardItem(user.value(QLatin1String("email")).toString()),
            new QStandardItem(user.value(QLatin1String("mobile_phone_number")).toString()),
            new QStandardItem(tags.join(QLatin1String(", "))),
            dateItem(user.value(QLatin1String("created"))),
            dateItem(user.value(QLatin1String("last_login"))),
            new QStandardItem(deleted ? QStringLiteral("Deleted")
                    : blocked         ? QStringLiteral("Blocked")
                                      : QStringLiteral("Active")),
        };
        model.appendRow(row);
    }
    return int(users.size());
}

} // namespace Naive
