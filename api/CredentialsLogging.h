// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

// "builton.api.credentials": profiles, keychain operations and their outcomes. Messages name
// profiles (name and id) and error kinds; never an API key, a token or keychain contents.
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
