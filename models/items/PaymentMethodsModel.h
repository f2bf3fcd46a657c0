// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiRequest.h"
#include "models/items/PagedRowsModel.h"
#include "models/items/PaymentMethodRows.h"

#include <QDate>

/// A customer's payment methods (GET /users/{id}/payment_methods), read-only: card brand, last
/// four digits, expiry (expired and expiring within 30 days marked), active, and which one is
/// the customer's default. Nothing else of a card is decoded or kept.
class PaymentMethodsModel final : public PagedRowsModel<PaymentMethodRows>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentMethodsModel)

public:
    enum Column { Brand, Number, Expiry, Active, Default, Added, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /// ExpiryState as an int, on every column.
        ExpiryStateRole = PagedTableModel::FirstCustomRole,
        /// Whether this is the customer's default payment method, on every column.
        IsDefaultRole,
    };
    Q_ENUM(Role)

    enum class ExpiryState { NoExpiry, Valid, ExpiresSoon, Expired };
    Q_ENUM(ExpiryState)

    /// A card "expires soon" when its last valid day is at most this many days away.
    static constexpr int ExpiresSoonDays = 30;

    explicit PaymentMethodsModel(ApiClient *client = nullptr, QObject *parent = nullptr);
    ~PaymentMethodsModel() override;

    /// The customer's default_payment_method (24 hex digits; empty: none).
    void setDefaultPaymentMethodId(const QString &id);
    QString defaultPaymentMethodId() const { return m_defaultId; }
    /// The day expiry is judged against: Clock::today() when the model was made or its rows
    /// last dropped for a new query (reload()), or when refreshToday() was last called.
    QDate today() const { return m_today; }
    /// Reads today from the Clock again; a new day moves the expiry marks without a reload.
    void refreshToday();

    QString paymentMethodId(int row) const;
    ExpiryState expiryState(int row) const;
    /// The row of the default payment method, or -1 when it is not (yet) loaded.
    int defaultRow() const;

    QHash<int, QByteArray> roleNames() const override;

protected:
    QVariant rowData(const Row &row, int column, int role) const override;
    void clearRows() override;
    ColumnInfo columnInfo(int column) const override;
    ApiReply *requestPage(ApiClient *client, int page, int size, const QString &sort,
        const QString &supersedeKey) override;

private:
    ExpiryState expiryStateOf(const PaymentMethodRow &row) const;
    bool isDefault(const PaymentMethodRow &row) const;

    QString m_defaultId;
    QDate m_today;
};
