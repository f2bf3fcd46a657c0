// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

/// The Users page ("builton.ui.users").
Q_DECLARE_LOGGING_CATEGORY(lcUiUsers)
