// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "models/domain/Order.h"
#include "models/editing/OrderEditor.h"
#include "ui/widgets/WriteServices.h"

#include <QDialog>
#include <QPointer>

class ApiClient;
class ApiReply;
class QLabel;
class PaymentsModel;
class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;

/// One order in full (GET /orders/{id}): its items (name, quantity, price, discount, VAT,
/// final price), delivery address and time, note, a button that opens the customer, and its
/// payments (GET /orders/{id}/payments: state, amount, date, card, why a payment failed).
///
/// Actions (OrderEditor, with If-Match): Apply a new status and delivery status; Cancel
/// Order… after a confirmation naming the order number, the customer and the total. On a
/// connection that wants changes confirmed (production) the question says so
/// (WriteServices::writeQuestion). When someone else changed the same field meanwhile, a
/// question shows theirs and mine: Save writes mine over theirs, Discard shows theirs, Cancel
/// keeps the choice on screen unsaved (Reload shows theirs later). A refusal (409: a DONE or
/// CANCELED order) shows the server's reason. Every write goes to the change journal and is
/// announced by orderWritten() (the list updates its row).
/// Escape closes it; the items table has the focus once loaded.
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
    QTableView *paymentsView() const { return m_paymentsView; }
    PaymentsModel *paymentsModel() const { return m_payments; }
    bool arePaymentsLoaded() const;
    QComboBox *orderStatusBox() const { return m_orderStatusBox; }
    QComboBox *deliveryStatusBox() const { return m_deliveryStatusBox; }
    QPushButton *applyStatusButton() const { return m_applyStatus; }
    QPushButton *cancelOrderButton() const { return m_cancelOrder; }
    QPushButton *reloadButton() const { return m_reload; }
    /// What the last write said ("Saved.", the server's reason, a conflict).
    QString writeMessage() const;
    OrderEditor *editor() const { return m_editor; }

    /// The journal, the actor and the confirmation question; without them nothing is
    /// journalled and nothing is asked.
    void setWriteServices(const WriteServices &services) { m_services = services; }

    /// Writes the status and delivery status chosen in the boxes (asking first on production).
    bool applyStatus();
    /// Asks, then cancels the order.
    bool requestCancel();
    /// The value shown for one detail ("delivery address", "payments"...), by its objectName.
    QString detailText(const QString &objectName) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    /// The order arrived and is shown.
    void loaded();
    void loadFailed(const ApiError &error);
    /// The payments arrived and are shown (or failed to load: paymentsFailed()).
    void paymentsShown();
    void paymentsFailed(const ApiError &error);
    /// A write was accepted; \a order is the order as the server has it now.
    void orderWritten(const Order &order);
    void writeFailed(const ApiError &error);
    /// Someone else changed the same field; the question was asked.
    void conflictShown();
    void openCustomerRequested(const QString &userId);

private:
    void onReply(const ApiReply &reply);
    void showOrder();
    QLabel *addDetail(const QString &objectName);
    void showStatusBoxes();
    void updateActions();
    void onWritten(const Order &order, const QList<OrderChange> &changes);
    void onConflict(const QList<OrderConflict> &conflicts);
    void onWriteFailed(const ApiError &error);
    void setWriteMessage(const QString &text);
    /// False (and says so) when the journal could not be written.
    bool recordChanges(const QList<OrderChange> &changes);
    /// "LM34ZU of Ann Berg": the order and its customer, for questions and the journal.
    QString subjectText() const;

    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    QString m_orderId;
    Order m_order;
    bool m_loaded = false;
    ApiError m_error;
    OrderEditor *m_editor = nullptr;
    PaymentsModel *m_payments = nullptr;
    WriteServices m_services;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_customer = nullptr;
    QPushButton *m_openCustomer = nullptr;
    QTableWidget *m_items = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QTableView *m_paymentsView = nullptr;
    QComboBox *m_orderStatusBox = nullptr;
    QComboBox *m_deliveryStatusBox = nullptr;
    QPushButton *m_applyStatus = nullptr;
    QPushButton *m_cancelOrder = nullptr;
    QPushButton *m_reload = nullptr;
    QLabel *m_writeStatus = nullptr;
    QList<QLabel *> m_details;
};
