// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

/// The Orders page and view and the order detail ("builton.ui.orders").
Q_DECLARE_LOGGING_CATEGORY(lcUiOrders)
