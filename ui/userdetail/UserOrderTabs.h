// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/widgets/WriteServices.h"

class QSettings;
class UserTabsFactory;

/// Fills the Orders, Subscriptions and Payment methods tabs of a user's detail through its
/// seam (UserTabsFactory): OrdersView and SubscriptionsView scoped to the user (their filters
/// saved under "orders/userTab" and "subscriptions/userTab", shared by every user's tab), and
/// PaymentMethodsView: lists (ListSection) that the factory starts loading when their tab is
/// first shown, and that reload() for F5 and reconnects.
class UserOrderTabs final
{
public:
    UserOrderTabs() = delete;

    static constexpr const char *ordersSettingsKey = "orders/userTab";
    static constexpr const char *subscriptionsSettingsKey = "subscriptions/userTab";

    /// \a settings keeps the tabs' filters and column layouts; it must outlive every tab
    /// (nullptr remembers nothing).
    /// \a services: what the order detail's writes use (journal, production question).
    static void install(
        UserTabsFactory &factory, QSettings *settings, const WriteServices &services = {});
};
