// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/codec/DecodeError.h"

QString DecodeError::toString() const
{
    if (field.isEmpty())
        return message;
    return field + QLatin1String(": ") + message;
}

bool operator==(const DecodeError &a, const DecodeError &b)
{
    return a.field == b.field && a.message == b.message;
}

ApiError DecodeError::toApiError(const QString &host) const
{
    return ApiError::malformedBody(field, message, host);
}
