// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/widgets/ListPage.h"

class OrdersView;
class QSettings;

/// Staff: every order of the company, as OrdersView shows them: the date range and status
/// filter (saved under "orders/page"), the table, the count with totals per currency, the order
/// detail and CSV export. Opening a customer asks the main window to open the user
/// (openUserRequested()), as the Users page does.
class OrdersPage final : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersPage)

public:
    static const QString settingsKey;

    /// \a settings keeps the filter and the columns and must outlive the page; nullptr
    /// remembers nothing.
    OrdersPage(Session *session, QSettings *settings, QWidget *parent = nullptr);
    ~OrdersPage() override;

    OrdersView *ordersView() const;
};
