// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/CredentialsLogging.h"

Q_LOGGING_CATEGORY(lcCredentials, "builton.api.credentials")
