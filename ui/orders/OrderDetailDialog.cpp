// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/orders/OrderDetailDialog.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "models/Clock.h"
#include "models/codec/ExtendedJson.h"
#include "models/domain/OrderFilter.h"
#include "models/editing/ChangeJournal.h"
#include "models/items/PaymentsModel.h"
#include "ui/orders/OrdersLogging.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString dateTimeText(const Timestamp &time)
{
    if (!time.isValid())
        return QString();
    return QLocale().toString(time.toDateTime().toLocalTime(), QLocale::LongFormat);
}

QTableWidgetItem *cell(const QString &text, bool number = false, const QString &toolTip = QString())
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!toolTip.isEmpty())
        item->setToolTip(toolTip);
    return item;
}

QString numberText(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

OrderDetailDialog::OrderDetailDialog(
    ApiClient *client, const QString &orderId, const QString &title, QWidget *parent)
    : QDialog(parent), m_client(client), m_orderId(orderId)
{
    setObjectName(QStringLiteral("orderDetailDialog"));
    setWindowTitle(tr("Order %1").arg(title));
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(820, 720);
    m_editor = new OrderEditor(this);
    m_editor->setClient(client);
    m_payments = new PaymentsModel(this);
    connect(m_editor, &OrderEditor::written, this, &OrderDetailDialog::onWritten);
    connect(m_editor, &OrderEditor::conflictFound, this, &OrderDetailDialog::onConflict);
    connect(m_editor, &OrderEditor::failed, this, &OrderDetailDialog::onWriteFailed);
    connect(m_editor, &OrderEditor::stateChanged, this, &OrderDetailDialog::updateActions);
    connect(m_editor, &OrderEditor::orderChanged, this, [this](const Order &order) {
        m_order = order;
        showOrder();
        Q_EMIT orderWritten(order);
    });
    connect(m_payments, &PaymentsModel::loaded, this, [this] {
        const QList<Payment> &payments = m_payments->payments();
        int failed = 0;
        for (const Payment &payment : payments)
            failed += payment.isFailed() ? 1 : 0;
        QString summary
            = payments.isEmpty() ? tr("None") : tr("%Ln payment(s)", nullptr, int(payments.size()));
        if (failed > 0)
            summary = tr("%1, %Ln failed", nullptr, failed).arg(summary);
        for (QLabel *label : std::as_const(m_details)) {
            if (label->objectName() == QLatin1String("payments"))
                label->setText(summary);
        }
        if (!payments.isEmpty())
            m_paymentsView->setCurrentIndex(m_payments->index(0, 0));
        Q_EMIT paymentsShown();
    });
    connect(m_payments, &PaymentsModel::loadFailed, this, [this](const ApiError &error) {
        for (QLabel *label : std::as_const(m_details)) {
            if (label->objectName() == QLatin1String("payments"))
                label->setText(tr("Could not load the payments: %1").arg(error.message()));
        }
        Q_EMIT paymentsFailed(error);
    });

    m_stack = new QStackedWidget(this);

    // Loading or failed.
    auto *statusPage = new QWidget(m_stack);
    m_status = new QLabel(tr("Loading…"), statusPage);
    m_status->setObjectName(QStringLiteral("orderDetailStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_retry = new QPushButton(Icons::icon(Icons::Name::Retry), tr("&Retry"), statusPage);
    m_retry->setObjectName(QStringLiteral("orderDetailRetry"));
    m_retry->setAccessibleName(tr("Load the order again"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &OrderDetailDialog::reload);
    auto *statusLayout = new QVBoxLayout(statusPage);
    statusLayout->addStretch(1);
    statusLayout->addWidget(m_status, 0, Qt::AlignHCenter);
    statusLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    statusLayout->addStretch(1);
    m_stack->addWidget(statusPage);

    // The order.
    auto *orderPage = new QWidget(m_stack);
    m_heading = new QLabel(orderPage);
    m_heading->setObjectName(QStringLiteral("orderDetailHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_customer = new QLabel(orderPage);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details.append(m_customer);
    m_openCustomer
        = new QPushButton(Icons::icon(Icons::Name::Users), tr("Open &customer"), orderPage);
    m_openCustomer->setObjectName(QStringLiteral("orderDetailOpenCustomer"));
    m_openCustomer->setAccessibleName(tr("Open the customer"));
    connect(m_openCustomer, &QPushButton::clicked, this, [this] {
        const ObjectId customer = m_order.customerId();
        if (customer.isValid())
            Q_EMIT openCustomerRequested(customer.toString());
    });
    auto *customerRow = new QHBoxLayout;
    customerRow->addWidget(m_customer, 1);
    customerRow->addWidget(m_openCustomer);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Customer:"), customerRow);
    const QList<QPair<QString, QString>> rows {{QStringLiteral("created"), tr("Created:")},
        {QStringLiteral("orderStatus"), tr("Status:")},
        {QStringLiteral("deliveryStatus"), tr("Delivery:")},
        {QStringLiteral("deliveryTime"), tr("Delivery time:")},
        {QStringLiteral("deliveryAddress"), tr("Delivery address:")},
        {QStringLiteral("total"), tr("Total:")}, {QStringLiteral("payments"), tr("Payments:")}};
    for (const auto &row : rows) {
        QLabel *value = addDetail(row.first);
        value->setParent(orderPage);
        auto *label = new QLabel(row.second, orderPage);
        label->setBuddy(value);
        form->addRow(label, value);
    }

    m_items = new QTableWidget(0, ItemColumnCount, orderPage);
    m_items->setObjectName(QStringLiteral("orderDetailItems"));
    m_items->setAccessibleName(tr("Items"));
    m_items->setHorizontalHeaderLabels(
        {tr("Item"), tr("Quantity"), tr("Price"), tr("Discount"), tr("VAT"), tr("Final price")});
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setTabKeyNavigation(false);
    m_items->verticalHeader()->hide();
    m_items->setWordWrap(false);
    m_items->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int column = Quantity; column < ItemColumnCount; ++column)
        m_items->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *itemsLabel = new QLabel(tr("&Items:"), orderPage);
    itemsLabel->setBuddy(m_items);

    m_note = new QPlainTextEdit(orderPage);
    m_note->setObjectName(QStringLiteral("orderDetailNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setReadOnly(true);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 5);
    auto *noteLabel = new QLabel(tr("&Note:"), orderPage);
    noteLabel->setBuddy(m_note);

    m_paymentsView = new QTableView(orderPage);
    m_paymentsView->setObjectName(QStringLiteral("orderDetailPayments"));
    m_paymentsView->setAccessibleName(tr("Payments"));
    m_paymentsView->setModel(m_payments);
    m_paymentsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_paymentsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_paymentsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_paymentsView->setTabKeyNavigation(false);
    m_paymentsView->setWordWrap(false);
    m_paymentsView->verticalHeader()->hide();
    m_paymentsView->horizontalHeader()->setSectionResizeMode(
        PaymentsModel::Failure, QHeaderView::Stretch);
    for (int column = 0; column < PaymentsModel::Failure; ++column)
        m_paymentsView->horizontalHeader()->setSectionResizeMode(
            column, QHeaderView::ResizeToContents);
    m_paymentsView->setMaximumHeight(m_paymentsView->fontMetrics().height() * 9);
    auto *paymentsLabel = new QLabel(tr("Pa&yments:"), orderPage);
    paymentsLabel->setBuddy(m_paymentsView);

    // Actions.
    m_orderStatusBox = new QComboBox(orderPage);
    m_orderStatusBox->setObjectName(QStringLiteral("orderDetailStatusBox"));
    m_orderStatusBox->setAccessibleName(tr("Order status"));
    m_deliveryStatusBox = new QComboBox(orderPage);
    m_deliveryStatusBox->setObjectName(QStringLiteral("orderDetailDeliveryBox"));
    m_deliveryStatusBox->setAccessibleName(tr("Delivery status"));
    auto *statusLabel = new QLabel(tr("St&atus:"), orderPage);
    statusLabel->setBuddy(m_orderStatusBox);
    auto *deliveryLabel = new QLabel(tr("Deli&very:"), orderPage);
    deliveryLabel->setBuddy(m_deliveryStatusBox);
    m_applyStatus = new QPushButton(tr("A&pply"), orderPage);
    m_applyStatus->setObjectName(QStringLiteral("orderDetailApplyStatus"));
    m_applyStatus->setAccessibleName(tr("Save the chosen status and delivery status"));
    m_applyStatus->setAutoDefault(false);
    connect(m_applyStatus, &QPushButton::clicked, this, &OrderDetailDialog::applyStatus);
    m_cancelOrder = new QPushButton(tr("Cancel &Order…"), orderPage);
    m_cancelOrder->setObjectName(QStringLiteral("orderDetailCancelOrder"));
    m_cancelOrder->setAccessibleName(tr("Cancel the order"));
    m_cancelOrder->setAutoDefault(false);
    connect(m_cancelOrder, &QPushButton::clicked, this, &OrderDetailDialog::requestCancel);
    m_reload = new QPushButton(Icons::icon(Icons::Name::Retry), tr("Re&load"), orderPage);
    m_reload->setObjectName(QStringLiteral("orderDetailReload"));
    m_reload->setAccessibleName(tr("Load the order again"));
    m_reload->setAutoDefault(false);
    m_reload->hide();
    connect(m_reload, &QPushButton::clicked, this, &OrderDetailDialog::reload);
    const auto updateOnChoice = [this] {
        updateActions();
    };
    connect(m_orderStatusBox, &QComboBox::currentIndexChanged, this, updateOnChoice);
    connect(m_deliveryStatusBox, &QComboBox::currentIndexChanged, this, updateOnChoice);
    m_writeStatus = new QLabel(orderPage);
    m_writeStatus->setObjectName(QStringLiteral("orderDetailWriteStatus"));
    m_writeStatus->setTextFormat(Qt::PlainText);
    m_writeStatus->setWordWrap(true);
    m_writeStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *actions = new QHBoxLayout;
    actions->addWidget(statusLabel);
    actions->addWidget(m_orderStatusBox);
    actions->addWidget(deliveryLabel);
    actions->addWidget(m_deliveryStatusBox);
    actions->addWidget(m_applyStatus);
    actions->addStretch(1);
    actions->addWidget(m_cancelOrder);

    auto *orderLayout = new QVBoxLayout(orderPage);
    orderLayout->setContentsMargins(0, 0, 0, 0);
    orderLayout->addWidget(m_heading);
    orderLayout->addLayout(form);
    orderLayout->addWidget(itemsLabel);
    orderLayout->addWidget(m_items, 1);
    orderLayout->addWidget(noteLabel);
    orderLayout->addWidget(m_note);
    orderLayout->addWidget(paymentsLabel);
    orderLayout->addWidget(m_paymentsView);
    orderLayout->addLayout(actions);
    auto *writeRow = new QHBoxLayout;
    writeRow->addWidget(m_writeStatus, 1);
    writeRow->addWidget(m_reload);
    orderLayout->addLayout(writeRow);
    m_stack->addWidget(orderPage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("orderDetailButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);

    reload();
}

OrderDetailDialog::~OrderDetailDialog()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QLabel *OrderDetailDialog::addDetail(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details.append(label);
    return label;
}

QString OrderDetailDialog::detailText(const QString &objectName) const
{
    for (const QLabel *label : m_details) {
        if (label->objectName() == objectName)
            return label->text();
    }
    return QString();
}

void OrderDetailDialog::reload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_status->setText(tr("Loading…"));
    m_retry->hide();
    m_reload->hide();
    m_loaded = false;
    m_stack->setCurrentIndex(0);
    if (!m_client) {
        m_status->setText(tr("Not connected."));
        return;
    }
    m_reply = m_client->getOrder(m_orderId);
    m_reply->onFinished(this, [this](const ApiReply &reply) { onReply(reply); });
}

void OrderDetailDialog::onReply(const ApiReply &reply)
{
    m_reply.clear();
    ApiError error = reply.error();
    if (!error.isError()) {
        DecodeResult<Order> decoded = Order::fromJson(reply.response().object);
        if (decoded) {
            m_order = decoded.takeValue();
            m_loaded = true;
            m_error = ApiError();
            m_editor->setOrder(m_order, reply.response().etag);
            setWriteMessage(QString());
            showOrder();
            m_payments->setFallbackCurrency(m_order.currency());
            m_payments->load(m_client, PaymentQuery::ofOrder(m_orderId));
            Q_EMIT loaded();
            return;
        }
        error = decoded.error().toApiError(reply.response().url.host());
    }
    if (error.isCancellation())
        return;
    m_error = error;
    qCInfo(lcUiOrders) << "order detail failed:" << ApiError::kindName(error.kind());
    m_status->setText(error.message());
    m_retry->show();
    m_retry->setFocus();
    Q_EMIT loadFailed(error);
}

void OrderDetailDialog::showOrder()
{
    const QLocale locale;
    const Order &order = m_order;
    setWindowTitle(tr("Order %1").arg(order.humanId()));
    m_heading->setText(order.isDeleted() ? tr("Order %1 (deleted)").arg(order.humanId())
                                         : tr("Order %1").arg(order.humanId()));

    auto set = [this](const QString &name, const QString &text) {
        for (QLabel *label : std::as_const(m_details)) {
            if (label->objectName() == name)
                label->setText(text.isEmpty() ? tr("—") : text);
        }
    };
    //: The customer of an order placed without a customer account
    QString customer = order.customerName().isEmpty() ? tr("Guest") : order.customerName();
    if (order.isCustomerExpanded()) {
        const DecodeResult<User> user = order.customer();
        if (user && !user.value().email().isEmpty() && user.value().email() != customer)
            customer = tr("%1 <%2>").arg(customer, user.value().email());
    }
    set(QStringLiteral("customer"), customer);
    m_openCustomer->setEnabled(order.customerId().isValid());
    set(QStringLiteral("created"), dateTimeText(order.created()));
    set(QStringLiteral("orderStatus"), OrderFilter::orderStatusName(order.orderStatus()));
    set(QStringLiteral("deliveryStatus"), OrderFilter::deliveryStatusName(order.deliveryStatus()));
    set(QStringLiteral("deliveryTime"),
        order.deliveryTime().isValid() ? dateTimeText(order.deliveryTime()) : tr("Not set"));
    set(QStringLiteral("deliveryAddress"),
        order.hasDeliveryAddress() ? order.deliveryAddress().oneLine() : QString());
    set(QStringLiteral("total"), order.total().toString(locale));

    if (!m_payments->isLoaded())
        set(QStringLiteral("payments"), tr("Loading…"));
    showStatusBoxes();

    const QList<OrderItem> items = order.items();
    m_items->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const OrderItem &item = items.at(row);
        const QString currency = item.currency().isEmpty() ? order.currency() : item.currency();
        m_items->setItem(row, Name, cell(item.name()));
        m_items->setItem(row, Quantity, cell(numberText(item.quantity()), true));
        m_items->setItem(
            row, Price, cell(item.priceMoney(order.currency()).toString(locale), true));
        m_items->setItem(row, Discount,
            cell(item.discount() == 0
                    ? QString()
                    : Money::fromDouble(item.discount(), currency).toString(locale),
                true));
        // VAT is a rate (0.25 for 25 %).
        m_items->setItem(row, Vat,
            cell(tr("%1 %").arg(numberText(item.vat() * 100)), true, numberText(item.vat())));
        m_items->setItem(
            row, FinalPrice, cell(item.finalPriceMoney(order.currency()).toString(locale), true));
    }
    m_note->setPlainText(order.note());
    m_stack->setCurrentIndex(1);
    if (m_items->rowCount() > 0) {
        m_items->setCurrentCell(0, 0);
        m_items->setFocus();
    } else {
        m_openCustomer->setFocus();
    }
}

bool OrderDetailDialog::arePaymentsLoaded() const
{
    return m_payments->isLoaded();
}

QString OrderDetailDialog::writeMessage() const
{
    return m_writeStatus->text();
}

void OrderDetailDialog::setWriteMessage(const QString &text)
{
    m_writeStatus->setText(text);
    m_writeStatus->setAccessibleDescription(text);
}

void OrderDetailDialog::showStatusBoxes()
{
    const auto fill = [](QComboBox *box, QStringList values, const QString &current,
                          QString (*name)(const QString &)) {
        const QSignalBlocker blocker(box);
        if (!current.isEmpty() && !values.contains(current))
            values.append(current);
        box->clear();
        for (const QString &value : std::as_const(values))
            box->addItem(name(value), value);
        box->setCurrentIndex(box->findData(current));
    };
    fill(m_orderStatusBox, OrderFilter::knownOrderStatuses(), m_order.orderStatus(),
        &OrderFilter::orderStatusName);
    fill(m_deliveryStatusBox, OrderFilter::knownDeliveryStatuses(), m_order.deliveryStatus(),
        &OrderFilter::deliveryStatusName);
    updateActions();
}

void OrderDetailDialog::updateActions()
{
    const bool idle = m_loaded && !m_editor->isBusy() && !m_order.isDeleted();
    const QString status = m_orderStatusBox->currentData().toString();
    const QString delivery = m_deliveryStatusBox->currentData().toString();
    const bool changed = status != m_order.orderStatus() || delivery != m_order.deliveryStatus();
    m_orderStatusBox->setEnabled(idle);
    m_deliveryStatusBox->setEnabled(idle);
    m_applyStatus->setEnabled(idle && changed);
    m_cancelOrder->setEnabled(
        idle && OrderEditor::canCancel(m_order.orderStatus(), m_order.deliveryStatus()));
}

QString OrderDetailDialog::subjectText() const
{
    const QString customer
        = m_order.customerName().isEmpty() ? tr("Guest") : m_order.customerName();
    //: An order and its customer in questions: "order LM34ZU of Ann Berg"
    return tr("order %1 of %2").arg(m_order.humanId(), customer);
}

bool OrderDetailDialog::applyStatus()
{
    if (!m_loaded || m_editor->isBusy())
        return false;
    const QString status = m_orderStatusBox->currentData().toString();
    const QString delivery = m_deliveryStatusBox->currentData().toString();
    if (status == m_order.orderStatus() && delivery == m_order.deliveryStatus())
        return false;
    const QString question
        = m_services.writeQuestion ? m_services.writeQuestion(subjectText()) : QString();
    if (!question.isEmpty()
        && MessageBox::question(this, tr("Confirm Change"), question,
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return false;
    if (!m_editor->changeStatus(status, delivery))
        return false;
    setWriteMessage(tr("Saving…"));
    return true;
}

bool OrderDetailDialog::requestCancel()
{
    if (!m_loaded || m_editor->isBusy()
        || !OrderEditor::canCancel(m_order.orderStatus(), m_order.deliveryStatus()))
        return false;
    const QString customer
        = m_order.customerName().isEmpty() ? tr("Guest") : m_order.customerName();
    const Money total = m_order.total();
    const QString totalText = total.isValid() ? total.toString(QLocale()) : tr("no amount");
    // One question: on a production connection it says so, and still names the order.
    const QString production
        = m_services.writeQuestion ? m_services.writeQuestion(subjectText()) : QString();
    const QString what
        = tr("Cancel order %1 of %2, total %3?").arg(m_order.humanId(), customer, totalText);
    const QString consequence
        = tr("Its status and delivery status become Canceled; payments not taken yet are "
             "canceled. A payment already taken is not refunded.");
    const QString question = production.isEmpty()
        ? tr("%1\n\n%2").arg(what, consequence)
        : tr("%1\n\n%2\n\n%3").arg(production, what, consequence);
    if (!MessageBox::confirmDestructive(this, tr("Cancel Order"), question, tr("Cancel Order")))
        return false;
    if (!m_editor->cancel())
        return false;
    setWriteMessage(tr("Canceling…"));
    return true;
}

void OrderDetailDialog::onWritten(const Order &order, const QList<OrderChange> &changes)
{
    m_order = order;
    m_reload->hide();
    showOrder();
    if (recordChanges(changes))
        setWriteMessage(tr("Saved."));
    // Cancelling changes payments too.
    m_payments->load(m_client, PaymentQuery::ofOrder(m_orderId));
    Q_EMIT orderWritten(order);
}

bool OrderDetailDialog::recordChanges(const QList<OrderChange> &changes)
{
    if (changes.isEmpty() || !m_services.journal)
        return true;
    QList<JournalEntry> entries;
    const QDateTime now = Clock::currentDateTimeUtc();
    QString customerHumanId;
    if (m_order.isCustomerExpanded()) {
        const DecodeResult<User> user = m_order.customer();
        if (user)
            customerHumanId = user.value().humanId();
    }
    for (const OrderChange &change : changes) {
        JournalEntry entry;
        entry.time = now;
        entry.actor = m_services.actor ? m_services.actor() : QString();
        entry.server = m_services.server ? m_services.server() : QString();
        entry.userId = m_order.customerId().toString();
        entry.humanId = customerHumanId;
        entry.userName = m_order.customerName();
        entry.field = change.field;
        entry.before = change.before;
        entry.after = change.after;
        entry.recordType = QStringLiteral("order");
        entry.recordId = m_order.id().toString();
        entry.recordHumanId = m_order.humanId();
        entries.append(entry);
    }
    QString error;
    if (m_services.journal->append(entries, &error))
        return true;
    setWriteMessage(tr("Saved, but the change journal could not be written: %1").arg(error));
    return false;
}

void OrderDetailDialog::onConflict(const QList<OrderConflict> &conflicts)
{
    QStringList lines;
    const auto name = [](const QString &field, const QString &value) {
        return field == QLatin1String("order_status") ? OrderFilter::orderStatusName(value)
                                                      : OrderFilter::deliveryStatusName(value);
    };
    for (const OrderConflict &conflict : conflicts) {
        const QString field = conflict.field == QLatin1String("order_status")
            ? tr("Status")
            : tr("Delivery status");
        //: A field someone else changed: "Status: you started from Pending, you chose Done,
        //: now on the server: Success"
        lines.append(
            tr("%1: you started from %2, you chose %3, now on the server: %4")
                .arg(field, name(conflict.field, conflict.base),
                    name(conflict.field, conflict.mine), name(conflict.field, conflict.theirs)));
    }
    const QString text
        = tr("Someone else changed %1 while you were changing it. Nothing has been written "
             "yet.\n\n%2\n\nSave writes your choice over theirs; Discard shows the order as "
             "it is now; Cancel keeps your choice here, unsaved.")
              .arg(subjectText(), lines.join(QLatin1Char('\n')));
    setWriteMessage(tr("Not saved: someone else changed %1 meanwhile.").arg(subjectText()));
    m_reload->show();
    Q_EMIT conflictShown();
    const auto answer = MessageBox::warning(this, tr("Changed by Someone Else"), text,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save) {
        if (m_editor->keepMine())
            setWriteMessage(tr("Saving…"));
    } else if (answer == QMessageBox::Discard) {
        m_editor->takeTheirs();
        m_reload->hide();
        setWriteMessage(tr("Showing the order as it is now; nothing was written."));
    }
    updateActions();
}

void OrderDetailDialog::onWriteFailed(const ApiError &error)
{
    QString text;
    if (error.kind() == ApiError::Kind::PreconditionFailed) {
        text = tr("Not saved: %1 changed on the server again. Reload it and try again.")
                   .arg(subjectText());
        m_reload->show();
    } else if (error.httpStatus() == 409 && !error.serverMessage().isEmpty()) {
        text = tr("Not saved: %1").arg(error.serverMessage());
    } else {
        text = tr("Not saved: %1").arg(error.message());
    }
    qCInfo(lcUiOrders) << "order write failed:" << ApiError::kindName(error.kind());
    setWriteMessage(text);
    updateActions();
    Q_EMIT writeFailed(error);
}
