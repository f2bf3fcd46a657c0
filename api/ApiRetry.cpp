// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiRetry.h"

#include <QRegularExpression>

#include <algorithm>

namespace ApiRetry {

bool isRetryableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

namespace {
int monthFromName(QStringView name)
{
    static const char *const months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name == QLatin1String(months[i]))
            return i + 1;
    }
    return 0;
}

QDateTime makeUtc(int year, int month, int day, int hour, int minute, int second)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

QDateTime parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).simplified();
    static const QRegularExpression imfFixdate(
        QStringLiteral("^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) ([A-Z][a-z]{2}) (\\d{4}) "
                       "(\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression rfc850(
        QStringLiteral("^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
                       "(\\d{2})-([A-Z][a-z]{2})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression asctime(
        QStringLiteral("^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) (\\d{1,2}) "
                       "(\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"));

    auto number = [](const QRegularExpressionMatch &m, int group) {
        return m.capturedView(group).toInt();
    };
    QRegularExpressionMatch m = imfFixdate.match(text);
    if (m.hasMatch()) {
        return makeUtc(number(m, 3), monthFromName(m.capturedView(2)), number(m, 1), number(m, 4),
            number(m, 5), number(m, 6));
    }
    m = rfc850.match(text);
    if (m.hasMatch()) {
        // A two-digit year more than 50 years in the future means the past century.
        int year = 2000 + number(m, 3);
        if (year > QDate::currentDate().year() + 50)
            year -= 100;
        return makeUtc(year, monthFromName(m.capturedView(2)), number(m, 1), number(m, 4),
            number(m, 5), number(m, 6));
    }
    m = asctime.match(text);
    if (m.hasMatch()) {
        return makeUtc(number(m, 6), monthFromName(m.capturedView(1)), number(m, 2), number(m, 3),
            number(m, 4), number(m, 5));
    }
    return QDateTime();
}

std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (std::all_of(
            trimmed.cbegin(), trimmed.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // More digits than any sensible wait: treat as "very long" rather than overflow.
        if (trimmed.size() > 9)
            return qint64(999999999) * 1000;
        return trimmed.toLongLong() * 1000;
    }
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(when));
}

int backoffDelayMs(int retry, int baseMs, int maxMs, double jitter)
{
    qint64 delay = std::max(0, baseMs);
    for (int i = 1; i < retry && delay < maxMs; ++i)
        delay *= 2;
    delay = std::min<qint64>(delay, std::max(0, maxMs));
    const double spread = std::clamp(jitter, 0.0, 1.0) * 0.25 * double(delay);
    return int(delay + qint64(spread));
}

} // namespace ApiRetry
