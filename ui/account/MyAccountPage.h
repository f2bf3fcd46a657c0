// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/widgets/Page.h"

#include <QJsonObject>
#include <QPointer>

class ApiReply;
class ListPanel;
class OrdersModel;
class QFormLayout;
class QLabel;
class QPushButton;
class QSettings;

/// A user token's own record (GET /users/me, read by the role probe) and the user's orders,
/// newest first (GET /users/me/orders, paged by OrdersModel): what a customer's credentials
/// may see. Read-only.
class MyAccountPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyAccountPage)

public:
    /// \a settings keeps the columns of the orders (nullptr remembers nothing).
    MyAccountPage(Session *session, QSettings *settings, QWidget *parent = nullptr);
    ~MyAccountPage() override;

    QString title() const override;
    QIcon icon() const override;
    bool isAvailableFor(AccessRole role) const override { return role == AccessRole::Customer; }
    void activate() override;
    void reload();

    /// The name shown as the heading (tests).
    QString shownName() const;
    OrdersModel *ordersModel() const { return m_orders; }

protected:
    void resetContents() override;

private:
    void showRecord(const QJsonObject &record);
    void loadOrders();
    QLabel *addField(const QString &objectName, const QString &label);

    QLabel *m_name;
    QLabel *m_subtitle;
    QPushButton *m_reload;
    QFormLayout *m_form;
    QLabel *m_email;
    QLabel *m_phone;
    QLabel *m_humanId;
    QLabel *m_tags;
    QLabel *m_address;
    QLabel *m_billing;
    QLabel *m_created;
    QLabel *m_lastLogin;
    OrdersModel *m_orders;
    ListPanel *m_ordersPanel;
    QPointer<ApiReply> m_reply;
    bool m_recordShown = false;
};
