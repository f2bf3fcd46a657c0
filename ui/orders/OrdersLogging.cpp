#include "ui/orders/OrdersLogging.h"

Q_LOGGING_CATEGORY(lcUiOrders, "builton.ui.orders", QtInfoMsg)
