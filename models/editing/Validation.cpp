// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/editing/Validation.h"

#include <QString>

namespace Validation {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

} // namespace

bool isValidEmail(QStringView email)
{
    if (email.isEmpty())
        return true;
    for (const QChar c : email) {
        if (c.isSpace() || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph)
            return false;
    }
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || email.indexOf(u'@', at + 1) >= 0)
        return false;
    const QStringView host = email.mid(at + 1);
    const qsizetype lastDot = host.lastIndexOf(u'.');
    if (lastDot < 0)
        return false;
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= host.size(); ++i) {
        if (i == host.size() || host.at(i) == u'.') {
            if (i == labelStart)
                return false; // empty label: leading, trailing or doubled dot
            labelStart = i + 1;
        }
    }
    // A top-level domain is letters ("no", "com", "рф"), or punycode ("xn--p1ai").
    const QStringView topLevel = host.mid(lastDot + 1);
    if (topLevel.size() < 2)
        return false;
    if (topLevel.startsWith(QLatin1String("xn--"), Qt::CaseInsensitive)) {
        for (const QChar c : topLevel) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-')
                return false;
        }
        return topLevel.size() > 4;
    }
    for (const QChar c : topLevel) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

bool isValidE164(QStringView phoneNumber)
{
    if (phoneNumber.isEmpty())
        return true;
    if (phoneNumber.front() != u'+')
        return false;
    const QStringView digits = phoneNumber.mid(1);
    if (digits.size() < 2 || digits.size() > 15)
        return false;
    if (digits.front() == u'0')
        return false;
    for (const QChar c : digits) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

} // namespace Validation
