// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiResponse.h"

bool PageInfo::hasMore(int itemsOnThisPage) const
{
    if (total >= 0)
        return qint64(page + 1) * size < total;
    return size > 0 && itemsOnThisPage >= size;
}

QByteArray ApiResponse::rawHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

bool ApiResponse::hasRawHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
