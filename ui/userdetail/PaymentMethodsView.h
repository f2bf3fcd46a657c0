// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/widgets/ListSection.h"

#include <QPointer>

class ApiReply;
class PaymentMethodsModel;

/// A customer's payment methods, read-only: card brand, last four digits, expiry
/// (expired, and expiring within 30 days, marked in words and colour), active, and which one is
/// the customer's default. The default comes from the customer's record (GET /users/{id},
/// read alongside the list). Nothing more of a card than brand, last four and expiry is shown
/// or kept. "Today" for the expiry marks comes from the app's Clock.
class PaymentMethodsView final : public ListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentMethodsView)

public:
    PaymentMethodsView(Session *session, const QString &userId, QWidget *parent = nullptr);
    ~PaymentMethodsView() override;

    PaymentMethodsModel *model() const { return m_model; }
    QString defaultPaymentMethodId() const;

    void load() override;
    /// Reads the customer's default and payment methods again.
    void reload() override;

private:
    void loadDefault();
    QString countText() const;

    QString m_userId;
    PaymentMethodsModel *m_model;
    ListPanel *m_panel;
    QPointer<ApiReply> m_userReply;
};
