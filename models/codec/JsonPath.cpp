// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/codec/JsonPath.h"

#include <QVarLengthArray>

QString JsonPath::toString() const
{
    QVarLengthArray<const JsonPath *, 8> segments;
    for (const JsonPath *p = this; p && p->m_parent; p = p->m_parent)
        segments.append(p);
    QString text;
    for (auto it = segments.crbegin(); it != segments.crend(); ++it) {
        const JsonPath *segment = *it;
        if (segment->m_index >= 0) {
            text += QLatin1Char('[') + QString::number(segment->m_index) + QLatin1Char(']');
        } else {
            if (!text.isEmpty())
                text += QLatin1Char('.');
            text += segment->m_key;
        }
    }
    return text;
}
