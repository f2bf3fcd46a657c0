// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/orders/OrdersPage.h"

#include "ui/orders/OrdersView.h"
#include "ui/widgets/Icons.h"

const QString OrdersPage::settingsKey = QStringLiteral("orders/page");

OrdersPage::OrdersPage(Session *session, QSettings *settings, QWidget *parent)
    : ListPage(session, QStringLiteral("orders"), tr("Orders"), Icons::icon(Icons::Name::Orders),
        new OrdersView(session, Scope::company(), settings, settingsKey), parent)
{ }

OrdersPage::~OrdersPage() = default;

OrdersView *OrdersPage::ordersView() const
{
    return static_cast<OrdersView *>(section());
}
