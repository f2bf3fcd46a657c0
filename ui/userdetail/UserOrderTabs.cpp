// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/userdetail/UserOrderTabs.h"

#include "ui/orders/OrdersView.h"
#include "ui/subscriptions/SubscriptionsView.h"
#include "ui/userdetail/PaymentMethodsView.h"
#include "ui/userdetail/UserTabsFactory.h"

void UserOrderTabs::install(
    UserTabsFactory &factory, QSettings *settings, const WriteServices &services)
{
    factory.setCreator(UserTabsFactory::Tab::Orders,
        [settings, services](const UserTabContext &context, QWidget *parent) -> ListSection * {
            auto *view = new OrdersView(context.session, Scope::user(context.userId), settings,
                QLatin1String(ordersSettingsKey), parent);
            view->setObjectName(QStringLiteral("userOrdersView"));
            view->setWriteServices(services);
            return view;
        });
    factory.setCreator(UserTabsFactory::Tab::Subscriptions,
        [settings](const UserTabContext &context, QWidget *parent) -> ListSection * {
            auto *view = new SubscriptionsView(context.session, Scope::user(context.userId),
                settings, QLatin1String(subscriptionsSettingsKey), parent);
            view->setObjectName(QStringLiteral("userSubscriptionsView"));
            view->setJournal(context.journal, context.actor);
            return view;
        });
    factory.setCreator(UserTabsFactory::Tab::PaymentMethods,
        [](const UserTabContext &context, QWidget *parent) -> ListSection * {
            auto *view = new PaymentMethodsView(context.session, context.userId, parent);
            view->setObjectName(QStringLiteral("userPaymentMethodsView"));
            return view;
        });
}
