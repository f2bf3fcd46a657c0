#pragma once

#include <QLoggingCategory>

/// Orders, subscriptions and payment methods pages and tabs.
Q_DECLARE_LOGGING_CATEGORY(lcUiOrders)
