// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Server {

/// MongoDB-style object ids: 4 bytes of seconds since the epoch, 5 bytes that identify the
/// generator, 3 bytes of counter; written as 24 lowercase hex digits.
class ObjectIdGenerator
{
public:
    /// A generator whose 5 identifying bytes come from the system's random source.
    ObjectIdGenerator();
    /// A deterministic generator (seeding): the same seed gives the same ids for the same
    /// timestamps.
    explicit ObjectIdGenerator(quint64 seed);

    QString next(qint64 msecsSinceEpoch);

    static bool isValid(QStringView id);

private:
    quint64 m_generator = 0; // 40 bits used
    quint32 m_counter = 0; // 24 bits used
};

} // namespace Server
