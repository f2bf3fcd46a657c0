// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/shell/ShellLogging.h"

Q_LOGGING_CATEGORY(lcUiShell, "builton.ui.shell", QtInfoMsg)
