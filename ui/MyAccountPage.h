#pragma once

#include "Page.h"

#include <QJsonObject>
#include <QPointer>

class ApiReply;
class QFormLayout;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

/// A user token's own record (GET /users/me, read by the role probe) and the user's newest
/// orders (GET /users/me/orders): what a customer's credentials may see. Read-only until the
/// profile editor arrives.
class MyAccountPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyAccountPage)

public:
    static constexpr int recentOrders = 20;

    explicit MyAccountPage(Session *session, QWidget *parent = nullptr);
    ~MyAccountPage() override;

    QString title() const override;
    QIcon icon() const override;
    bool isAvailableFor(AccessRole role) const override { return role == AccessRole::Customer; }
    void activate() override;
    void reload();

    /// The name shown as the heading (tests).
    QString shownName() const;
    QStandardItemModel *ordersModel() const { return m_orders; }

protected:
    void resetContents() override;

private:
    void showRecord(const QJsonObject &record);
    void loadOrders();
    void onOrders(const ApiReply &reply);
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
    QLabel *m_ordersSummary;
    QTableView *m_ordersView;
    QStandardItemModel *m_orders;
    QPointer<ApiReply> m_reply;
    bool m_recordShown = false;
};
