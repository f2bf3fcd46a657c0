// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

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

} // namespace Validation
