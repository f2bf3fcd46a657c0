// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

#include <QLatin1String>

#include <iterator>

namespace Server {

namespace PhoneNumber {

namespace {

// Calling codes and trunk prefixes (ITU-T E.164 assignments and the national numbering
// plans). Italy keeps its leading 0 inside the number, so it has no trunk prefix here; the
// United States and Canada dial 1 before a national number, which is also their code.
constexpr Country Countries[] = {
    {"AT", "43", "0"},
    {"BE", "32", "0"},
    {"CA", "1", "1"},
    {"CH", "41", "0"},
    {"DE", "49", "0"},
    {"DK", "45", ""},
    {"EE", "372", ""},
    {"ES", "34", ""},
    {"FI", "358", "0"},
    {"FR", "33", "0"},
    {"GB", "44", "0"},
    {"IE", "353", "0"},
    {"IS", "354", ""},
    {"IT", "39", ""},
    {"JP", "81", "0"},
    {"LU", "352", ""},
    {"NL", "31", "0"},
    {"NO", "47", ""},
    {"PL", "48", ""},
    {"PT", "351", ""},
    {"SE", "46", "0"},
    {"US", "1", "1"},
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'.':
    case u'(':
    case u')':
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2212: // minus sign
        return true;
    default:
        return c.category() == QChar::Separator_Space;
    }
}

QString internationalForm(QStringView typed)
{
    QString out;
    out.reserve(typed.size());
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QChar c = typed.at(i);
        if (c == u'(' && i + 2 < typed.size() && typed.at(i + 1) == u'0' && typed.at(i + 2) == u')'
            && out.size() > (out.startsWith(u'+') ? 1 : 0)) {
            i += 2; // "(0)" after a digit: the trunk prefix, not dialled after a country code
            continue;
        }
        if (isDigit(c) || (c == u'+' && out.isEmpty()))
            out += c;
        else if (!isSeparator(c))
            return {};
    }
    if (out.startsWith(QLatin1String("00")))
        out.replace(0, 2, QStringLiteral("+"));
    if (out.size() < 2 || out.at(0) != u'+')
        return {};
    return out;
}

bool isE164(QStringView number)
{
    if (number.size() < 3 || number.size() > 16 || number.at(0) != u'+' || number.at(1) == u'0')
        return false;
    for (qsizetype i = 1; i < number.size(); ++i) {
        if (!isDigit(number.at(i)))
            return false;
    }
    return true;
}

const Country *country(QStringView isoCode)
{
    for (const Country &c : Countries) {
        if (isoCode.compare(QLatin1String(c.isoCode), Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QString fromNational(QStringView digits, const Country *country)
{
    if (!country || digits.isEmpty())
        return {};
    const QLatin1String trunk(country->trunkPrefix);
    if (!trunk.isEmpty() && digits.startsWith(trunk))
        digits = digits.sliced(trunk.size());
    if (digits.isEmpty())
        return {};
    return QLatin1Char('+') + QLatin1String(country->callingCode) + digits;
}

} // namespace PhoneNumber

} // namespace Server
