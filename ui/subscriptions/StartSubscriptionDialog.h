// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/domain/Subscription.h"

#include <QDialog>
#include <QHash>

class PaymentMethodsModel;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class Session;

/// Asks how a subscription renews again: the customer's payment methods (their Payment
/// methods, loaded here) to choose from, the one the subscription has chosen first.
/// Start Again is enabled once a payment method is chosen.
class StartSubscriptionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartSubscriptionDialog)

public:
    StartSubscriptionDialog(
        Session *session, const Subscription &subscription, QWidget *parent = nullptr);
    ~StartSubscriptionDialog() override;

    /// The chosen payment method's `_id`; empty while none is.
    QString paymentMethodId() const;
    /// Chooses the payment method with this id; false when it is not listed.
    bool choosePaymentMethod(const QString &id);
    /// "Visa •••• 4242 (expires 12/2027)" by id, for the payment methods listed.
    QHash<QString, QString> paymentMethodLabels() const;
    QComboBox *paymentMethodBox() const { return m_methods; }
    PaymentMethodsModel *model() const { return m_model; }
    bool hasLoaded() const;

private:
    void fill();
    void updateButtons();

    Subscription m_subscription;
    PaymentMethodsModel *m_model;
    QComboBox *m_methods;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    int m_listed = 0;
};
