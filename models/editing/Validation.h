// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

/// Checks of user input, cheap enough to run on every keystroke. Both accept the empty string
/// (a field may be cleared); the server applies the same rules.
namespace Validation {

/// Something@host.tld: one '@', a non-empty local part, a host of dot-separated non-empty
/// labels ending in a top-level domain of two or more letters; no whitespace or control
/// characters anywhere. Non-ASCII letters are allowed (internationalised addresses).
bool isValidEmail(QStringView email);

/// E.164: '+' then 2 to 15 ASCII digits, the first not 0. No spaces or separators.
bool isValidE164(QStringView phoneNumber);

/// A phone number as people write it, in E.164 where that can be known: spaces, dashes,
/// dots and brackets between the digits dropped, `00` read as `+`, and the trunk `(0)` after
/// a country code dropped ("0047 929-23-131" and "+44 (0)20 7946 0958" give "+4792923131"
/// and "+442079460958"). A national number (no `+` or `00`) gets \a callingCode ("47", the
/// company's default country) without its leading trunk 0 when one is given; without one it
/// is returned as typed, as is anything with other characters (isValidE164() then refuses
/// it). Leading and trailing blanks are removed.
QString normalizedPhone(QStringView typed, QStringView callingCode = {});

} // namespace Validation
