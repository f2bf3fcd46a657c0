// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/Company.h"

QString Company::callingCode() const
{
    const QString code = m_callingCode.value();
    if (code.isEmpty() || code.size() > 3)
        return {};
    for (const QChar c : code) {
        if (c < u'0' || c > u'9')
            return {};
    }
    return code;
}
