// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiRequest.h"
#include "models/domain/DateRange.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTimeZone>

class QSettings;

/// What an orders list is narrowed to: a date range (kept relative when it is a preset) on one
/// of the order's dates, order and delivery statuses (empty: any), and deleted orders or not.
/// Saved per page in QSettings ("orders/page", "orders/userTab"); turned into the API's query
/// with the staff member's "today" and time zone only when a query is made.
class OrderFilter
{
    Q_DECLARE_TR_FUNCTIONS(OrderFilter)

public:
    DateRange range;
    DateField dateField = DateField::Created;
    QStringList orderStatuses; ///< any of them; empty: every status
    QStringList deliveryStatuses;
    bool includeDeleted = false;
    /// An order number (whole or its beginning), a customer's name or email (GET
    /// /orders/search; every customer's orders only). While it is set the date range does not
    /// apply: an order is found by its number whenever it was placed. Never saved.
    QString search;

    /// Fills the date range, statuses and include_deleted of \a query.
    void applyTo(OrderQuery *query, QDate today, const QTimeZone &zone) const;

    /// A file name for an export of the filter: \a stem, the days of the range
    /// ("2026-11-01_2026-11-30", one date for a single day, "all" for all time, an open end
    /// left empty), the date field unless it is the created date, the statuses chosen and
    /// "with-deleted": "orders-2026-11-01_2026-11-30-failed-canceled.csv". Only letters,
    /// digits, '-' and '_' besides the ".csv".
    QString exportFileName(const QString &stem, QDate today, const QTimeZone &zone) const;

    /// Writes the filter under \a key ("orders/page") of \a settings.
    void save(QSettings &settings, const QString &key) const;
    /// The filter saved under \a key; \a fallback when nothing (or nothing usable) is saved.
    /// Unreadable parts fall back one by one.
    static OrderFilter load(
        const QSettings &settings, const QString &key, const OrderFilter &fallback);
    static OrderFilter load(const QSettings &settings, const QString &key);
    /// Whether anything of a filter is saved under \a key.
    static bool isSaved(const QSettings &settings, const QString &key);
    /// The filter an orders list starts with: the one saved under \a key; when nothing is saved
    /// there yet, \a fallback with the date range the staff member prefers
    /// (defaultDatePresetKey, a DateRange settings string; absent or unreadable: fallback's).
    static OrderFilter initial(
        const QSettings &settings, const QString &key, const OrderFilter &fallback);
    /// "preferences/defaultDatePreset": the preferred date range of a list with no saved filter.
    static QString defaultDatePresetKey();

    /// Status values the local server uses (docs/API.md), in their usual order.
    static QStringList knownOrderStatuses();
    static QStringList knownDeliveryStatuses();
    /// "Failed" for FAILED, "In progress" for IN_PROGRESS; unknown values verbatim.
    static QString orderStatusName(const QString &status);
    static QString deliveryStatusName(const QString &status);

    friend bool operator==(const OrderFilter &a, const OrderFilter &b)
    {
        return a.range == b.range && a.dateField == b.dateField
            && a.orderStatuses == b.orderStatuses && a.deliveryStatuses == b.deliveryStatuses
            && a.includeDeleted == b.includeDeleted && a.search == b.search;
    }
    friend bool operator!=(const OrderFilter &a, const OrderFilter &b) { return !(a == b); }
};

/// The values of a list filter (statuses, tags) as a query sends them: trimmed, without empty
/// ones and repeats, in the order given.
QStringList cleanedFilterValues(const QStringList &values);
