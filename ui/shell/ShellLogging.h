// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

/// The main window and Launcher ("builton.ui.shell"): the connection remembered, screenshots.
Q_DECLARE_LOGGING_CATEGORY(lcUiShell)
