// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/codec/Timestamp.h"

Timestamp Timestamp::fromMSecsSinceEpoch(qint64 msecs)
{
    Timestamp t;
    t.m_msecs = msecs;
    t.m_valid = true;
    return t;
}

Timestamp Timestamp::fromDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return Timestamp();
    return fromMSecsSinceEpoch(dateTime.toMSecsSinceEpoch());
}

QDateTime Timestamp::toDateTime() const
{
    if (!m_valid)
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(m_msecs, Qt::UTC);
}
