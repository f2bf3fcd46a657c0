// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/users/UsersLogging.h"

Q_LOGGING_CATEGORY(lcUiUsers, "builton.ui.users", QtInfoMsg)
