// SPDX-License-Identifier: GPL-3.0-or-later

#include "session/SessionLogging.h"

Q_LOGGING_CATEGORY(lcSession, "builton.session", QtInfoMsg)
