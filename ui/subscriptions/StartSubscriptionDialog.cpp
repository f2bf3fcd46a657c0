// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/subscriptions/StartSubscriptionDialog.h"

#include "models/items/PaymentMethodRows.h"
#include "models/items/PaymentMethodsModel.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

StartSubscriptionDialog::StartSubscriptionDialog(
    Session *session, const Subscription &subscription, QWidget *parent)
    : QDialog(parent)
    , m_subscription(subscription)
    , m_model(new PaymentMethodsModel(session->client(), this))
    , m_methods(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("startSubscriptionDialog"));
    const SubscriptionCustomer customer = subscription.customer();
    setWindowTitle(tr("Start Subscription Again"));
    setAccessibleName(windowTitle());

    auto *explanation = new QLabel(
        tr("%1 (%2) of %3 renews again, paid with the payment method you choose. A period "
           "that has ended starts again now.")
            .arg(subscription.name(), subscription.humanId(), customer.label()),
        this);
    explanation->setObjectName(QStringLiteral("startSubscriptionText"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);

    m_methods->setObjectName(QStringLiteral("startSubscriptionPaymentMethod"));
    m_methods->setAccessibleName(tr("Payment method"));
    m_status->setObjectName(QStringLiteral("startSubscriptionStatus"));
    m_status->setText(tr("Loading the customer's payment methods…"));
    m_status->setWordWrap(true);

    QPushButton *start = m_buttons->addButton(tr("&Start Again"), QDialogButtonBox::AcceptRole);
    start->setObjectName(QStringLiteral("startSubscriptionAccept"));
    start->setAccessibleName(tr("Start again"));
    start->setDefault(true);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("startSubscriptionCancel"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Payment method:"), this);
    label->setBuddy(m_methods);
    form->addRow(label, m_methods);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_model, &PagedTableModel::loadedCountChanged, this, &StartSubscriptionDialog::fill);
    connect(m_model, &PagedTableModel::completeChanged, this, &StartSubscriptionDialog::fill);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StartSubscriptionDialog::fill);
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const ApiError &error) {
        m_status->setText(tr("The payment methods could not be loaded: %1").arg(error.message()));
    });
    connect(
        m_methods, &QComboBox::currentIndexChanged, this, &StartSubscriptionDialog::updateButtons);
    m_model->setPageSize(1000);
    m_model->setScope(Scope::user(customer.id.toString()));
    m_model->reload();
    updateButtons();
    m_methods->setFocus(Qt::OtherFocusReason);
}

StartSubscriptionDialog::~StartSubscriptionDialog() = default;

QString StartSubscriptionDialog::paymentMethodId() const
{
    return m_methods->currentData().toString();
}

bool StartSubscriptionDialog::choosePaymentMethod(const QString &id)
{
    const int index = m_methods->findData(id);
    if (index < 0)
        return false;
    m_methods->setCurrentIndex(index);
    return true;
}

QHash<QString, QString> StartSubscriptionDialog::paymentMethodLabels() const
{
    QHash<QString, QString> labels;
    for (int i = 0; i < m_methods->count(); ++i)
        labels.insert(m_methods->itemData(i).toString(), m_methods->itemText(i));
    return labels;
}

bool StartSubscriptionDialog::hasLoaded() const
{
    return m_model->isComplete() && !m_model->isLoading() && m_model->stagedCount() == 0
        && m_methods->count() == m_listed;
}

void StartSubscriptionDialog::fill()
{
    const QString chosen
        = m_methods->count() > 0 ? paymentMethodId() : m_subscription.paymentMethodId().toString();
    m_methods->clear();
    m_listed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->data(m_model->index(row, 0), PagedTableModel::FlagsRole).toInt()
            & PaymentMethodRows::Deleted)
            continue; // the server refuses a deleted one
        QStringList parts;
        for (const int column : {PaymentMethodsModel::Brand, PaymentMethodsModel::Number}) {
            const QString text = m_model->data(m_model->index(row, column)).toString();
            if (!text.isEmpty())
                parts.append(text);
        }
        const QString expiry
            = m_model->data(m_model->index(row, PaymentMethodsModel::Expiry)).toString();
        QString text = parts.join(QLatin1Char(' '));
        if (text.isEmpty())
            text = tr("Payment method without a card");
        if (!expiry.isEmpty())
            text = tr("%1, expires %2").arg(text, expiry);
        m_methods->addItem(text, m_model->paymentMethodId(row));
        ++m_listed;
    }
    choosePaymentMethod(chosen);
    if (m_model->isComplete() && m_model->stagedCount() == 0) {
        m_status->setText(m_methods->count() == 0
                ? tr("This customer has no payment method to renew with.")
                : QString());
    }
    updateButtons();
}

void StartSubscriptionDialog::updateButtons()
{
    if (QPushButton *start
        = m_buttons->findChild<QPushButton *>(QStringLiteral("startSubscriptionAccept")))
        start->setEnabled(!paymentMethodId().isEmpty());
}
