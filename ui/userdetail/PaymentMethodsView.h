// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class ApiReply;
class PaymentMethodsModel;
class QLabel;
class QTableView;
class Session;

/// A customer's payment methods, read-only: card brand, last four digits, expiry
/// (expired, and expiring within 30 days, marked in words and colour), active, and which one is
/// the customer's default. The default comes from the customer's record (GET /users/{id},
/// read alongside the list). Nothing more of a card than brand, last four and expiry is shown
/// or kept. "Today" for the expiry marks comes from the app's Clock.
class PaymentMethodsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentMethodsView)

public:
    using RetryFunction = std::function<void()>;

    PaymentMethodsView(Session *session, const QString &userId, QWidget *parent = nullptr);
    ~PaymentMethodsView() override;

    PaymentMethodsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    QString defaultPaymentMethodId() const;

    void load();
    bool hasLoaded() const { return m_loaded; }

public Q_SLOTS:
    /// Reads the customer's default and payment methods again.
    void reload();

Q_SIGNALS:
    void errorOccurred(const ApiError &error, const PaymentMethodsView::RetryFunction &retry);
    void firstDataLoaded();

private:
    void loadDefault();
    void updateSummary();

    Session *m_session;
    QString m_userId;
    PaymentMethodsModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPointer<ApiReply> m_userReply;
    bool m_loaded = false;
};
