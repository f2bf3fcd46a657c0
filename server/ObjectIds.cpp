// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObjectIds.h"

#include <QRandomGenerator>

#include <cstdio>

namespace Server {

ObjectIdGenerator::ObjectIdGenerator()
    : m_generator(QRandomGenerator::system()->generate64() & 0xffffffffffULL)
    , m_counter(QRandomGenerator::system()->generate() & 0xffffffU)
{ }

ObjectIdGenerator::ObjectIdGenerator(quint64 seed)
    : m_generator(seed & 0xffffffffffULL), m_counter(static_cast<quint32>(seed >> 40) & 0xffffffU)
{ }

QString ObjectIdGenerator::next(qint64 msecsSinceEpoch)
{
    const quint32 seconds = static_cast<quint32>(qMax<qint64>(0, msecsSinceEpoch / 1000));
    m_counter = (m_counter + 1) & 0xffffffU;
    char buffer[25];
    std::snprintf(buffer, sizeof buffer, "%08x%010llx%06x", seconds,
        static_cast<unsigned long long>(m_generator), m_counter);
    return QString::fromLatin1(buffer, 24);
}

bool ObjectIdGenerator::isValid(QStringView id)
{
    if (id.size() != 24)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f')))
            return false;
    }
    return true;
}

} // namespace Server
