// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/widgets/Page.h"

class OrdersView;
class QSettings;

/// Staff: every order of the company, as OrdersView shows them: the date range
/// and status filter (saved under "orders/page"), the table, the summary with totals per
/// currency, the order detail and CSV export. Opening a customer asks the main window to
/// open the user (openUserRequested()), as the Users page does.
class OrdersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersPage)

public:
    static const QString settingsKey;

    /// \a settings keeps the filter and the column layout and must outlive the page; nullptr
    /// remembers nothing.
    OrdersPage(Session *session, QSettings *settings, QWidget *parent = nullptr);
    ~OrdersPage() override;

    QString title() const override;
    QIcon icon() const override;
    bool isAvailableFor(AccessRole role) const override;
    void activate() override;

    OrdersView *ordersView() const { return m_view; }

Q_SIGNALS:
    /// Open the detail of the user with this `_id` (24 lowercase hex digits).
    void openUserRequested(const QString &id);

protected:
    void resetContents() override;

private:
    OrdersView *m_view;
};
