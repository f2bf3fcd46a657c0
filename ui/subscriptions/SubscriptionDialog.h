// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/domain/Subscription.h"

#include <QDialog>
#include <QHash>

class PaymentMethodsModel;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class Session;

/// Asks what to write to a subscription: the customer's payment methods (their Payment
/// methods, loaded here) to choose from, the one the subscription has chosen first, and for
/// Edit its note as well.
///
/// - Start: how it renews again; Start Again is enabled once a payment method is chosen.
/// - Edit: its payment method and note; Save is enabled once either differs from the
///   subscription's, and patch() has exactly the members that differ.
class SubscriptionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionDialog)

public:
    enum class Purpose { Start, Edit };

    SubscriptionDialog(Session *session, const Subscription &subscription, Purpose purpose,
        QWidget *parent = nullptr);
    ~SubscriptionDialog() override;

    Purpose purpose() const { return m_purpose; }
    /// The chosen payment method's `_id`; empty while none is.
    QString paymentMethodId() const;
    /// Chooses the payment method with this id; false when it is not listed.
    bool choosePaymentMethod(const QString &id);
    /// "Visa •••• 4242 (expires 12/2027)" by id, for the payment methods listed.
    QHash<QString, QString> paymentMethodLabels() const;
    /// Edit: the note as written in the dialog.
    QString note() const;
    /// Edit: the members that differ from the subscription ("payment_method", "note").
    QJsonObject patch() const;
    QComboBox *paymentMethodBox() const { return m_methods; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *acceptButton() const { return m_accept; }
    PaymentMethodsModel *model() const { return m_model; }
    bool hasLoaded() const;

private:
    void fill();
    void updateButtons();

    Subscription m_subscription;
    Purpose m_purpose;
    PaymentMethodsModel *m_model;
    QComboBox *m_methods;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept = nullptr;
    int m_listed = 0;
    bool m_keepItem = false; ///< Edit: a first item that keeps the payment method as it is
};
