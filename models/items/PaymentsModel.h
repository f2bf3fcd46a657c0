// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "models/domain/Payment.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class ApiClient;
class ApiReply;

/// The payments of one order or subscription (GET /orders/{id}/payments, newest first): state,
/// amount with its currency, date, the card used and, for a failed payment, why it failed.
/// One page of up to MaxPayments; the view never sees JSON, only Payment values.
class PaymentsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentsModel)

public:
    enum Column { State, Amount, Date, CardColumn, Failure, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /// Typed value: the state code, the amount as a number, the date as QDateTime (UTC),
        /// the card's label, the failure code.
        RawValueRole = Qt::UserRole + 1,
        /// The payment's _id, on every column.
        IdRole,
    };

    static constexpr int MaxPayments = 100;

    explicit PaymentsModel(QObject *parent = nullptr);
    ~PaymentsModel() override;

    /// Loads the payments of \a query (PaymentQuery::ofOrder()); the rows are dropped at once.
    void load(ApiClient *client, PaymentQuery query);
    void clear();
    bool isLoading() const;
    bool isLoaded() const { return m_loaded; }
    ApiError lastError() const { return m_error; }
    /// The currency shown for payments that name none (the order's).
    void setFallbackCurrency(const QString &currency) { m_fallbackCurrency = currency; }

    /// Shows \a payments (tests, and payments that came another way).
    void setPayments(const QList<Payment> &payments);
    const QList<Payment> &payments() const { return m_payments; }
    Payment payment(int row) const { return m_payments.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The text of one payment's column, as shown.
    QString text(const Payment &payment, int column) const;

Q_SIGNALS:
    void loaded();
    void loadFailed(const ApiError &error);

private:
    void onReply(const ApiReply &reply);

    QList<Payment> m_payments;
    QPointer<ApiReply> m_reply;
    QString m_fallbackCurrency;
    ApiError m_error;
    bool m_loaded = false;
};
