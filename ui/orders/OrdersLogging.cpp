// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/orders/OrdersLogging.h"

Q_LOGGING_CATEGORY(lcUiOrders, "builton.ui.orders", QtInfoMsg)
