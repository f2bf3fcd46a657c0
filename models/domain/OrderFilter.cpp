// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/OrderFilter.h"

#include <QSettings>

#include <optional>

namespace {

const QLatin1String RangeKey("range");
const QLatin1String DateFieldKey("dateField");
const QLatin1String OrderStatusKey("orderStatus");
const QLatin1String DeliveryStatusKey("deliveryStatus");
const QLatin1String IncludeDeletedKey("includeDeleted");

QString settingsKey(const QString &group, QLatin1String key)
{
    return group + QLatin1Char('/') + key;
}

/// The range a settings string names; nothing for text DateRange does not understand.
std::optional<DateRange> readableRange(const QVariant &value)
{
    if (!value.isValid())
        return std::nullopt;
    const QString text = value.toString();
    // fromSettingsString() gives "All time" for text it does not understand; only a text
    // that says so (or a real range) counts.
    const DateRange parsed = DateRange::fromSettingsString(text);
    if (!parsed.isAllTime() || text == DateRange().toSettingsString())
        return parsed;
    return std::nullopt;
}

} // namespace

void OrderFilter::applyTo(OrderQuery *query, QDate today, const QTimeZone &zone) const
{
    query->search = search.trimmed();
    if (query->search.isEmpty()) {
        const DateRange::Resolved resolved = range.resolve(today, zone);
        query->fromDate = resolved.fromSeconds;
        query->toDate = resolved.toSeconds;
    } else {
        query->fromDate.reset();
        query->toDate.reset();
    }
    // created is the server's default; naming it anyway keeps the query explicit in the log.
    query->dateField = dateFieldKey(dateField);
    query->orderStatus = cleanedFilterValues(orderStatuses);
    query->deliveryStatus = cleanedFilterValues(deliveryStatuses);
    query->includeDeleted = includeDeleted;
}

void OrderFilter::save(QSettings &settings, const QString &key) const
{
    settings.setValue(settingsKey(key, RangeKey), range.toSettingsString());
    settings.setValue(settingsKey(key, DateFieldKey), dateFieldKey(dateField));
    settings.setValue(settingsKey(key, OrderStatusKey), cleanedFilterValues(orderStatuses));
    settings.setValue(settingsKey(key, DeliveryStatusKey), cleanedFilterValues(deliveryStatuses));
    settings.setValue(settingsKey(key, IncludeDeletedKey), includeDeleted);
}

OrderFilter OrderFilter::load(
    const QSettings &settings, const QString &key, const OrderFilter &fallback)
{
    OrderFilter filter = fallback;
    if (const auto range = readableRange(settings.value(settingsKey(key, RangeKey))))
        filter.range = *range;
    if (const auto field
        = dateFieldFromKey(settings.value(settingsKey(key, DateFieldKey)).toString()))
        filter.dateField = *field;
    const QVariant orderStatus = settings.value(settingsKey(key, OrderStatusKey));
    if (orderStatus.isValid())
        filter.orderStatuses = cleanedFilterValues(orderStatus.toStringList());
    const QVariant deliveryStatus = settings.value(settingsKey(key, DeliveryStatusKey));
    if (deliveryStatus.isValid())
        filter.deliveryStatuses = cleanedFilterValues(deliveryStatus.toStringList());
    const QVariant includeDeleted = settings.value(settingsKey(key, IncludeDeletedKey));
    if (includeDeleted.isValid())
        filter.includeDeleted = includeDeleted.toBool();
    return filter;
}

OrderFilter OrderFilter::load(const QSettings &settings, const QString &key)
{
    return load(settings, key, OrderFilter());
}

bool OrderFilter::isSaved(const QSettings &settings, const QString &key)
{
    for (const QLatin1String part :
        {RangeKey, DateFieldKey, OrderStatusKey, DeliveryStatusKey, IncludeDeletedKey}) {
        if (settings.contains(settingsKey(key, part)))
            return true;
    }
    return false;
}

OrderFilter OrderFilter::initial(
    const QSettings &settings, const QString &key, const OrderFilter &fallback)
{
    if (isSaved(settings, key))
        return load(settings, key, fallback);
    OrderFilter filter = fallback;
    if (const auto range = readableRange(settings.value(defaultDatePresetKey())))
        filter.range = *range;
    return filter;
}

QString OrderFilter::defaultDatePresetKey()
{
    return QStringLiteral("preferences/defaultDatePreset");
}

QStringList OrderFilter::knownOrderStatuses()
{
    return {QStringLiteral("CREATED"), QStringLiteral("PENDING"), QStringLiteral("SUCCESS"),
        QStringLiteral("FAILED"), QStringLiteral("CANCELED"), QStringLiteral("DONE")};
}

QStringList OrderFilter::knownDeliveryStatuses()
{
    return {QStringLiteral("PENDING"), QStringLiteral("ACCEPTED"), QStringLiteral("IN_PROGRESS"),
        QStringLiteral("DONE"), QStringLiteral("CANCELED")};
}

QString OrderFilter::orderStatusName(const QString &status)
{
    if (status == QLatin1String("CREATED"))
        return tr("Created");
    if (status == QLatin1String("PENDING"))
        return tr("Pending");
    if (status == QLatin1String("SUCCESS"))
        return tr("Success");
    if (status == QLatin1String("FAILED"))
        return tr("Failed");
    if (status == QLatin1String("CANCELED"))
        return tr("Canceled");
    if (status == QLatin1String("DONE"))
        return tr("Done");
    return status;
}

QString OrderFilter::deliveryStatusName(const QString &status)
{
    if (status == QLatin1String("PENDING"))
        return tr("Pending", "delivery");
    if (status == QLatin1String("ACCEPTED"))
        return tr("Accepted", "delivery");
    if (status == QLatin1String("IN_PROGRESS"))
        return tr("In progress", "delivery");
    if (status == QLatin1String("DONE"))
        return tr("Done", "delivery");
    if (status == QLatin1String("CANCELED"))
        return tr("Canceled", "delivery");
    return status;
}

QStringList cleanedFilterValues(const QStringList &values)
{
    QStringList cleaned;
    for (const QString &value : values) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty() && !cleaned.contains(trimmed))
            cleaned.append(trimmed);
    }
    return cleaned;
}

QString OrderFilter::exportFileName(const QString &stem, QDate today, const QTimeZone &zone) const
{
    const auto clean = [](const QString &text) {
        QString out;
        for (const QChar c : text.toLower()) {
            if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
                out.append(c);
            else if (!out.endsWith(QLatin1Char('-')))
                out.append(QLatin1Char('-'));
        }
        while (out.endsWith(QLatin1Char('-')))
            out.chop(1);
        return out;
    };
    const QString isoDay = QStringLiteral("yyyy-MM-dd");
    const DateRange::Resolved days = range.resolve(today, zone);
    QString dates;
    if (!days.firstDay.isValid() && !days.lastDay.isValid())
        dates = QStringLiteral("all");
    else if (days.firstDay == days.lastDay)
        dates = days.firstDay.toString(isoDay);
    else
        dates = days.firstDay.toString(isoDay) + QLatin1Char('_') + days.lastDay.toString(isoDay);
    QStringList parts {clean(stem), dates};
    if (dateField != DateField::Created)
        parts.append(clean(dateFieldKey(dateField)));
    for (const QString &status : cleanedFilterValues(orderStatuses))
        parts.append(clean(status));
    for (const QString &status : cleanedFilterValues(deliveryStatuses))
        parts.append(QStringLiteral("delivery-") + clean(status));
    if (includeDeleted)
        parts.append(QStringLiteral("with-deleted"));
    parts.removeAll(QString());
    return parts.join(QLatin1Char('-')) + QStringLiteral(".csv");
}
