#include "Clock.h"

namespace {
QDateTime testTime; // GUI thread only
} // namespace

QDateTime Clock::currentDateTimeUtc()
{
    return testTime.isValid() ? testTime : QDateTime::currentDateTimeUtc();
}

void Clock::setTestTime(const QDateTime &utc)
{
    testTime = utc.toUTC();
}
