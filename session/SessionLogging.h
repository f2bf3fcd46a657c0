// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

/// Logging category of the session library ("builton.session"): connecting, the role probe,
/// the local server of --demo, the language loaded. Never credentials.
Q_DECLARE_LOGGING_CATEGORY(lcSession)
