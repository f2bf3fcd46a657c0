// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "builton.api")
