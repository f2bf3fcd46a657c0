// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "models/domain/Order.h"

#include <QDialog>
#include <QPointer>

class ApiClient;
class ApiReply;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

/// One order in full (GET /orders/{id}): its items (name, quantity, price, discount, VAT,
/// final price), delivery address and time, payments, note, and a button that opens the
/// customer. Read-only. Escape closes it; the items table has the focus once loaded.
class OrderDetailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDetailDialog)

public:
    enum ItemColumn { Name, Quantity, Price, Discount, Vat, FinalPrice, ItemColumnCount };

    /// Starts loading at once. \a title is shown until the order arrives (its human_id).
    OrderDetailDialog(
        ApiClient *client, const QString &orderId, const QString &title, QWidget *parent = nullptr);
    ~OrderDetailDialog() override;

    QString orderId() const { return m_orderId; }
    bool isLoaded() const { return m_loaded; }
    /// The order as loaded (valid once isLoaded()).
    const Order &order() const { return m_order; }
    ApiError lastError() const { return m_error; }

    QTableWidget *itemsTable() const { return m_items; }
    QPushButton *openCustomerButton() const { return m_openCustomer; }
    /// The value shown for one detail ("delivery address", "payments"...), by its objectName.
    QString detailText(const QString &objectName) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    /// The order arrived and is shown.
    void loaded();
    void loadFailed(const ApiError &error);
    void openCustomerRequested(const QString &userId);

private:
    void onReply(const ApiReply &reply);
    void showOrder();
    QLabel *addDetail(const QString &objectName);

    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    QString m_orderId;
    Order m_order;
    bool m_loaded = false;
    ApiError m_error;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_customer = nullptr;
    QPushButton *m_openCustomer = nullptr;
    QTableWidget *m_items = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QList<QLabel *> m_details;
};
