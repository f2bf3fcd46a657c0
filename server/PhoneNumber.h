// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Server {

/// Phone numbers as people write them, brought to E.164 (`+` and the digits).
///
/// Written forms differ only by separators and by how the country is said: `+47 929 23 131`,
/// `0047 92923131` and `(+47) 929-23-131` are all +4792923131. A number written without a
/// country (`929 23 131`, `0170 1234567` in Germany) needs a country to become E.164: the
/// company's default country (Company::country) gives the calling code and the trunk prefix
/// to drop.
namespace PhoneNumber {

/// Whether `c` may separate the groups of a written number: a space (any Unicode space
/// separator), `-` or another hyphen or dash, `.`, `(` and `)`.
bool isSeparator(QChar c);

/// `typed` as `+` and digits: separators removed, a bracketed trunk zero after the country
/// code (`+44 (0)20 …`) dropped, a leading `00` read as `+`. Empty when what remains is not
/// `+` followed by digits only (a national number, letters, a second `+`). Does not check
/// the length: isE164() does.
QString internationalForm(QStringView typed);

/// Whether `number` is E.164 as stored: `+`, then 2 to 15 digits, the first not 0.
bool isE164(QStringView number);

/// A country's dialling rules: its calling code and the trunk prefix its national numbers
/// start with (empty where there is none, as in Norway).
struct Country
{
    const char *isoCode = nullptr; ///< ISO 3166-1 alpha-2, upper case
    const char *callingCode = nullptr; ///< digits, without `+`
    const char *trunkPrefix = nullptr; ///< digits; empty for none
};

/// The rules of the country with ISO code `isoCode` (case-insensitive), or nullptr when the
/// server does not know it (the Nordic and Western European countries, Poland, the United
/// Kingdom, the United States, Canada and Japan are known).
const Country *country(QStringView isoCode);

/// The E.164 form of `digits`, a national number (digits only) of `country`: the trunk prefix
/// dropped, the calling code put in front. Empty without a country or digits.
QString fromNational(QStringView digits, const Country *country);

} // namespace PhoneNumber

} // namespace Server
