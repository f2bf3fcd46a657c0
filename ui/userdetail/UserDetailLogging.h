// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

/// A user's tabs ("builton.ui.userdetail"): drafts restored, payment methods of the profile.
Q_DECLARE_LOGGING_CATEGORY(lcUiUserDetail)
