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

QString normalizedPhone(QStringView typed, QStringView callingCode)
{
    const QStringView text = typed.trimmed();
    QString digits;
    digits.reserve(text.size());
    bool plus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c)) {
            digits.append(c);
        } else if (c == u'+' && i == 0) {
            plus = true;
        } else if (c == u'(' && text.mid(i).startsWith(u"(0)") && (plus || digits.startsWith(u"00"))
            && !digits.isEmpty() && digits != u"00") {
            i += 2; // the trunk prefix, not dialled after a country code
        } else if (!(c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')')) {
            return text.toString();
        }
    }
    if (digits.isEmpty())
        return text.toString();
    if (plus)
        return QLatin1Char('+') + digits;
    if (digits.startsWith(u"00"))
        return QLatin1Char('+') + digits.mid(2);
    if (callingCode.isEmpty())
        return text.toString();
    if (digits.startsWith(u'0'))
        digits.remove(0, 1);
    return QLatin1Char('+') + callingCode.toString() + digits;
}

} // namespace Validation
