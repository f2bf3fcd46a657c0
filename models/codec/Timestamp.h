// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QMetaType>

/// A point in time as the API sends it ({"$date": <ms since the epoch, UTC>}), or nothing.
class Timestamp
{
public:
    Timestamp() = default;

    static Timestamp fromMSecsSinceEpoch(qint64 msecs);
    /// An invalid QDateTime gives an invalid Timestamp.
    static Timestamp fromDateTime(const QDateTime &dateTime);

    bool isValid() const { return m_valid; }
    /// Milliseconds since 1970-01-01T00:00:00Z; 0 when invalid.
    qint64 toMSecsSinceEpoch() const { return m_valid ? m_msecs : 0; }
    /// The time in UTC (convert with toLocalTime() for display); invalid when !isValid().
    QDateTime toDateTime() const;

    friend bool operator==(const Timestamp &a, const Timestamp &b)
    {
        return a.m_valid == b.m_valid && (!a.m_valid || a.m_msecs == b.m_msecs);
    }
    friend bool operator!=(const Timestamp &a, const Timestamp &b) { return !(a == b); }
    /// Missing times sort first.
    friend bool operator<(const Timestamp &a, const Timestamp &b)
    {
        if (a.m_valid != b.m_valid)
            return !a.m_valid;
        return a.m_msecs < b.m_msecs;
    }

private:
    qint64 m_msecs = 0;
    bool m_valid = false;
};

Q_DECLARE_METATYPE(Timestamp)
