// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class PaymentsModel;
class QLabel;
class QTableView;
class Session;

/// The payments of one subscription (GET /subscriptions/{id}/payments), newest first: date,
/// state, amount with its currency, card, and why a failed one failed.
class SubscriptionPaymentsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionPaymentsDialog)

public:
    /// \a title names the subscription and its customer ("Flowers (SQEW7M) of Ann Berg").
    SubscriptionPaymentsDialog(Session *session, const QString &subscriptionId,
        const QString &title, QWidget *parent = nullptr);
    ~SubscriptionPaymentsDialog() override;

    QString subscriptionId() const { return m_subscriptionId; }
    PaymentsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }

private:
    QString m_subscriptionId;
    PaymentsModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
};
