// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

/// A filter's date range in whole days of the staff member's time zone, both ends
/// inclusive. Relative presets ("Last 7 days") stay relative: they are resolved against a
/// given "today" each time, never stored as dates.
class DateRange
{
    Q_DECLARE_TR_FUNCTIONS(DateRange)

public:
    enum class Preset {
        Today,
        Yesterday,
        Last7Days,
        Last30Days,
        ThisMonth,
        LastMonth,
        ThisYear,
        AllTime,
        Custom,
    };

    /// The API's seconds and the days they cover. An open end has no seconds.
    struct Resolved
    {
        QDate firstDay; ///< invalid when open
        QDate lastDay; ///< invalid when open
        std::optional<qint64> fromSeconds; ///< 00:00:00 of firstDay in the zone
        std::optional<qint64> toSeconds; ///< 23:59:59 of lastDay in the zone (inclusive)
    };

    DateRange() = default; ///< All time
    static DateRange fromPreset(Preset preset);
    /// Either date may be invalid for an open end; reversed dates are swapped.
    static DateRange custom(QDate from, QDate to);

    Preset preset() const { return m_preset; }
    QDate customFrom() const { return m_from; }
    QDate customTo() const { return m_to; }
    bool isAllTime() const;

    Resolved resolve(QDate today, const QTimeZone &zone) const;

    /// "Last 7 days: 21 Nov 2026 – 27 Nov 2026" in the given locale.
    QString describe(QDate today, const QTimeZone &zone, const QLocale &locale = QLocale()) const;
    /// The same range as UTC instants, for a tooltip.
    QString describeUtc(QDate today, const QTimeZone &zone) const;

    /// Stable text for QSettings: "preset:last7" or "custom:2026-11-01:2026-11-30".
    QString toSettingsString() const;
    static DateRange fromSettingsString(const QString &text);

    static QString presetName(Preset preset);
    static QList<Preset> presets(); ///< every preset but Custom, in menu order

    friend bool operator==(const DateRange &a, const DateRange &b)
    {
        return a.m_preset == b.m_preset && a.m_from == b.m_from && a.m_to == b.m_to;
    }
    friend bool operator!=(const DateRange &a, const DateRange &b) { return !(a == b); }

private:
    Preset m_preset = Preset::AllTime;
    QDate m_from;
    QDate m_to;
};

/// Which date of an order (or payment method) a range applies to, and its API name.
enum class DateField { Created, Modified, DeliveryTime };
QString dateFieldKey(DateField field);
std::optional<DateField> dateFieldFromKey(const QString &key);
QString dateFieldName(DateField field);
