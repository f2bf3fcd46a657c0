// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/userdetail/UserDetailLogging.h"

Q_LOGGING_CATEGORY(lcUiUserDetail, "builton.ui.userdetail", QtInfoMsg)
