// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>

class QTimeZone;

/// "Now" and "today" for the whole client: relative date ranges ("Last 7 days"), card
/// expiry, token expiry warnings, the age of drafts. Models read it when a query starts, the
/// widgets when they check or show a date, so tests move time in one place instead of waiting
/// for it. Modelled on KeePassXC's Clock.
class Clock final
{
public:
    Clock() = delete;

    /// The current time in UTC, or the time a test set.
    static QDateTime currentDateTimeUtc();
    /// Today in the local time zone.
    static QDate today();
    /// Today in \a zone (whole days of date ranges are the staff member's).
    static QDate today(const QTimeZone &zone);
    /// Tests: pretend it is \a utc from now on; an invalid QDateTime goes back to real time.
    static void setTestTime(const QDateTime &utc);
};
