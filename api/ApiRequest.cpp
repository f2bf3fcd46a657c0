// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiRequest.h"

#include <QUrl>

bool ApiRequest::isIdempotent() const
{
    return method == "GET" || method == "HEAD";
}

QString ApiRequest::pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}
