// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/Clock.h"

#include <QTimeZone>

namespace {
QDateTime testTime; // GUI thread only
} // namespace

QDateTime Clock::currentDateTimeUtc()
{
    return testTime.isValid() ? testTime : QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return currentDateTimeUtc().toLocalTime().date();
}

QDate Clock::today(const QTimeZone &zone)
{
    return currentDateTimeUtc().toTimeZone(zone).date();
}

void Clock::setTestTime(const QDateTime &utc)
{
    testTime = utc.toUTC();
}
