// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/DateRange.h"

namespace {
struct PresetKey
{
    DateRange::Preset preset;
    const char *key;
};

constexpr PresetKey presetKeys[] = {
    {DateRange::Preset::Today, "today"},
    {DateRange::Preset::Yesterday, "yesterday"},
    {DateRange::Preset::Last7Days, "last7"},
    {DateRange::Preset::Last30Days, "last30"},
    {DateRange::Preset::ThisMonth, "thismonth"},
    {DateRange::Preset::LastMonth, "lastmonth"},
    {DateRange::Preset::ThisYear, "thisyear"},
    {DateRange::Preset::AllTime, "all"},
};

/// First second of a day in a zone; QDate::startOfDay() already steps over a DST gap at
/// midnight to the first moment that exists.
qint64 startSeconds(QDate day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toSecsSinceEpoch();
}

/// Last whole second of a day: one second before the next day starts. Correct on 23- and
/// 25-hour days alike.
qint64 endSeconds(QDate day, const QTimeZone &zone)
{
    return day.addDays(1).startOfDay(zone).toSecsSinceEpoch() - 1;
}
} // namespace

DateRange DateRange::fromPreset(Preset preset)
{
    DateRange r;
    r.m_preset = preset;
    return r;
}

DateRange DateRange::custom(QDate from, QDate to)
{
    DateRange r;
    r.m_preset = Preset::Custom;
    if (from.isValid() && to.isValid() && from > to)
        std::swap(from, to);
    r.m_from = from;
    r.m_to = to;
    return r;
}

bool DateRange::isAllTime() const
{
    return m_preset == Preset::AllTime
        || (m_preset == Preset::Custom && !m_from.isValid() && !m_to.isValid());
}

DateRange::Resolved DateRange::resolve(QDate today, const QTimeZone &zone) const
{
    QDate first;
    QDate last;
    switch (m_preset) {
    case Preset::Today:
        first = last = today;
        break;
    case Preset::Yesterday:
        first = last = today.addDays(-1);
        break;
    case Preset::Last7Days:
        first = today.addDays(-6);
        last = today;
        break;
    case Preset::Last30Days:
        first = today.addDays(-29);
        last = today;
        break;
    case Preset::ThisMonth:
        first = QDate(today.year(), today.month(), 1);
        last = first.addMonths(1).addDays(-1);
        break;
    case Preset::LastMonth:
        first = QDate(today.year(), today.month(), 1).addMonths(-1);
        last = first.addMonths(1).addDays(-1);
        break;
    case Preset::ThisYear:
        first = QDate(today.year(), 1, 1);
        last = QDate(today.year(), 12, 31);
        break;
    case Preset::AllTime:
        break;
    case Preset::Custom:
        first = m_from;
        last = m_to;
        break;
    }

    Resolved r;
    r.firstDay = first;
    r.lastDay = last;
    if (first.isValid())
        r.fromSeconds = startSeconds(first, zone);
    if (last.isValid())
        r.toSeconds = endSeconds(last, zone);
    return r;
}

QString DateRange::describe(QDate today, const QTimeZone &zone, const QLocale &locale) const
{
    const Resolved r = resolve(today, zone);
    const auto day = [&locale](QDate d) {
        return locale.toString(d, QLocale::ShortFormat);
    };
    QString span;
    if (r.firstDay.isValid() && r.lastDay.isValid()) {
        span = r.firstDay == r.lastDay ? day(r.firstDay)
                                       : tr("%1 – %2").arg(day(r.firstDay), day(r.lastDay));
    } else if (r.firstDay.isValid()) {
        span = tr("from %1").arg(day(r.firstDay));
    } else if (r.lastDay.isValid()) {
        span = tr("until %1").arg(day(r.lastDay));
    }
    if (m_preset == Preset::AllTime || span.isEmpty())
        return presetName(Preset::AllTime);
    if (m_preset == Preset::Custom)
        return span;
    return tr("%1: %2").arg(presetName(m_preset), span);
}

QString DateRange::describeUtc(QDate today, const QTimeZone &zone) const
{
    const Resolved r = resolve(today, zone);
    const auto utc = [](qint64 secs) -> QString {
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    };
    if (!r.fromSeconds && !r.toSeconds)
        return tr("No date limit");
    const QString from = r.fromSeconds ? utc(*r.fromSeconds) : tr("the beginning");
    const QString to = r.toSeconds ? utc(*r.toSeconds) : tr("now");
    return tr("From %1 to %2, both included").arg(from, to);
}

QString DateRange::toSettingsString() const
{
    if (m_preset == Preset::Custom) {
        return QStringLiteral("custom:%1:%2")
            .arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
    }
    for (const auto &pk : presetKeys) {
        if (pk.preset == m_preset)
            return QStringLiteral("preset:") + QLatin1String(pk.key);
    }
    return QStringLiteral("preset:all");
}

DateRange DateRange::fromSettingsString(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() == 2 && parts[0] == QLatin1String("preset")) {
        for (const auto &pk : presetKeys) {
            if (parts[1] == QLatin1String(pk.key))
                return fromPreset(pk.preset);
        }
    } else if (parts.size() == 3 && parts[0] == QLatin1String("custom")) {
        return custom(
            QDate::fromString(parts[1], Qt::ISODate), QDate::fromString(parts[2], Qt::ISODate));
    }
    return DateRange();
}

QString DateRange::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Today:
        return tr("Today");
    case Preset::Yesterday:
        return tr("Yesterday");
    case Preset::Last7Days:
        return tr("Last 7 days");
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::ThisMonth:
        return tr("This month");
    case Preset::LastMonth:
        return tr("Last month");
    case Preset::ThisYear:
        return tr("This year");
    case Preset::AllTime:
        return tr("All time");
    case Preset::Custom:
        return tr("Custom range");
    }
    return {};
}

QList<DateRange::Preset> DateRange::presets()
{
    return {Preset::Today, Preset::Yesterday, Preset::Last7Days, Preset::Last30Days,
        Preset::ThisMonth, Preset::LastMonth, Preset::ThisYear, Preset::AllTime};
}

QString dateFieldKey(DateField field)
{
    switch (field) {
    case DateField::Created:
        return QStringLiteral("created");
    case DateField::Modified:
        return QStringLiteral("modified");
    case DateField::DeliveryTime:
        return QStringLiteral("delivery_time");
    }
    return QStringLiteral("created");
}

std::optional<DateField> dateFieldFromKey(const QString &key)
{
    for (DateField f : {DateField::Created, DateField::Modified, DateField::DeliveryTime}) {
        if (dateFieldKey(f) == key)
            return f;
    }
    return std::nullopt;
}

QString dateFieldName(DateField field)
{
    switch (field) {
    case DateField::Created:
        return DateRange::tr("Created");
    case DateField::Modified:
        return DateRange::tr("Modified");
    case DateField::DeliveryTime:
        return DateRange::tr("Delivery time");
    }
    return {};
}
