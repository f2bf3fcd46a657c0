#pragma once

#include <QDateTime>

/// "Now" for the UI's time checks (a token expiring within a week, or already expired), so
/// tests can move time instead of waiting for it. Modelled on KeePassXC's Clock.
class Clock final
{
public:
    Clock() = delete;

    /// The current time in UTC, or the time a test set.
    static QDateTime currentDateTimeUtc();
    /// Tests: pretend it is \a utc from now on; an invalid QDateTime goes back to real time.
    static void setTestTime(const QDateTime &utc);
};
