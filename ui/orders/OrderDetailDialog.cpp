// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/orders/OrderDetailDialog.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "models/codec/ExtendedJson.h"
#include "models/domain/OrderFilter.h"
#include "ui/orders/OrdersLogging.h"
#include "ui/widgets/Icons.h"

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

/// One payment as the order lists it: a reference ({"$oid"}) or the payment in full.
QString paymentText(const QJsonValue &payment, const QString &currency)
{
    const QJsonObject object = payment.toObject();
    QString id = object.value(QLatin1String("$oid")).toString();
    if (id.isEmpty() && payment.isString())
        id = payment.toString();
    if (id.isEmpty()) {
        ObjectId parsed;
        ExtendedJson::Form form;
        QString ignored;
        if (ExtendedJson::decodeObjectId(
                object.value(QLatin1String("_id")), &parsed, &form, &ignored))
            id = parsed.toString();
    }
    QStringList parts;
    const QString status = object.value(QLatin1String("status")).toString();
    if (!status.isEmpty())
        parts.append(status);
    double amount = 0;
    ExtendedJson::Form form;
    QString ignored;
    const QJsonValue amountJson = object.value(QLatin1String("amount"));
    if (!amountJson.isUndefined()
        && ExtendedJson::decodeDouble(amountJson, &amount, &form, &ignored)
        && form != ExtendedJson::Form::Empty) {
        const QString paymentCurrency = object.value(QLatin1String("currency")).toString();
        parts.append(
            Money::fromDouble(amount, paymentCurrency.isEmpty() ? currency : paymentCurrency)
                .toString(QLocale()));
    }
    Timestamp created;
    if (ExtendedJson::decodeTimestamp(
            object.value(QLatin1String("created")), &created, &form, &ignored)
        && created.isValid())
        parts.append(dateTimeText(created));
    if (parts.isEmpty())
        return OrderDetailDialog::tr("Payment %1").arg(id);
    if (!id.isEmpty())
        parts.append(id);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

OrderDetailDialog::OrderDetailDialog(
    ApiClient *client, const QString &orderId, const QString &title, QWidget *parent)
    : QDialog(parent), m_client(client), m_orderId(orderId)
{
    setObjectName(QStringLiteral("orderDetailDialog"));
    setWindowTitle(tr("Order %1").arg(title));
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(760, 620);

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

    auto *orderLayout = new QVBoxLayout(orderPage);
    orderLayout->setContentsMargins(0, 0, 0, 0);
    orderLayout->addWidget(m_heading);
    orderLayout->addLayout(form);
    orderLayout->addWidget(itemsLabel);
    orderLayout->addWidget(m_items, 1);
    orderLayout->addWidget(noteLabel);
    orderLayout->addWidget(m_note);
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
            showOrder();
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

    QStringList payments;
    for (const QJsonValue &payment :
        order.unknownMembers().value(QLatin1String("payments")).toArray())
        payments.append(paymentText(payment, order.currency()));
    set(QStringLiteral("payments"),
        payments.isEmpty() ? tr("None") : payments.join(QLatin1Char('\n')));

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
