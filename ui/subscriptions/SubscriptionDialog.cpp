// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/subscriptions/SubscriptionDialog.h"

#include "models/items/PaymentMethodRows.h"
#include "models/items/PaymentMethodsModel.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

SubscriptionDialog::SubscriptionDialog(
    Session *session, const Subscription &subscription, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_subscription(subscription)
    , m_purpose(purpose)
    , m_model(new PaymentMethodsModel(session->client(), this))
    , m_methods(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const bool edit = purpose == Purpose::Edit;
    // Object names: startSubscription… or editSubscription….
    const QString prefix
        = edit ? QStringLiteral("editSubscription") : QStringLiteral("startSubscription");
    setObjectName(prefix + QLatin1String("Dialog"));
    const SubscriptionCustomer customer = subscription.customer();
    setWindowTitle(edit ? tr("Edit Subscription") : tr("Start Subscription Again"));
    setAccessibleName(windowTitle());

    const QString text = edit
        ? tr("%1 (%2) of %3: the payment method it renews with, and its note.")
        : tr("%1 (%2) of %3 renews again, paid with the payment method you choose. A period "
             "that has ended starts again now.");
    auto *explanation
        = new QLabel(text.arg(subscription.name(), subscription.humanId(), customer.label()), this);
    explanation->setObjectName(prefix + QLatin1String("Text"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);

    m_methods->setObjectName(prefix + QLatin1String("PaymentMethod"));
    m_methods->setAccessibleName(tr("Payment method"));
    m_status->setObjectName(prefix + QLatin1String("Status"));
    m_status->setText(tr("Loading the customer's payment methods…"));
    m_status->setWordWrap(true);

    m_accept = m_buttons->addButton(
        edit ? tr("&Save") : tr("&Start Again"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(prefix + QLatin1String("Accept"));
    m_accept->setAccessibleName(edit ? tr("Save") : tr("Start again"));
    m_accept->setDefault(true);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(prefix + QLatin1String("Cancel"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Payment method:"), this);
    label->setBuddy(m_methods);
    form->addRow(label, m_methods);
    if (edit) {
        m_note = new QPlainTextEdit(subscription.note(), this);
        m_note->setObjectName(prefix + QLatin1String("Note"));
        m_note->setAccessibleName(tr("Note"));
        m_note->setTabChangesFocus(true); // Tab leaves the note, as in every other field
        auto *noteLabel = new QLabel(tr("&Note:"), this);
        noteLabel->setBuddy(m_note);
        form->addRow(noteLabel, m_note);
        connect(m_note, &QPlainTextEdit::textChanged, this, &SubscriptionDialog::updateButtons);
        // Tab goes down the form, then to the buttons (made before the note).
        setTabOrder(m_methods, m_note);
        setTabOrder(m_note, m_buttons);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_model, &PagedTableModel::loadedCountChanged, this, &SubscriptionDialog::fill);
    connect(m_model, &PagedTableModel::completeChanged, this, &SubscriptionDialog::fill);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SubscriptionDialog::fill);
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const ApiError &error) {
        m_status->setText(tr("The payment methods could not be loaded: %1").arg(error.message()));
    });
    connect(m_methods, &QComboBox::currentIndexChanged, this, &SubscriptionDialog::updateButtons);
    m_model->setPageSize(1000);
    m_model->setScope(Scope::user(customer.id.toString()));
    m_model->reload();
    updateButtons();
    m_methods->setFocus(Qt::OtherFocusReason);
}

SubscriptionDialog::~SubscriptionDialog() = default;

QString SubscriptionDialog::paymentMethodId() const
{
    return m_methods->currentData().toString();
}

bool SubscriptionDialog::choosePaymentMethod(const QString &id)
{
    const int index = m_methods->findData(id);
    if (index < 0)
        return false;
    m_methods->setCurrentIndex(index);
    return true;
}

QHash<QString, QString> SubscriptionDialog::paymentMethodLabels() const
{
    QHash<QString, QString> labels;
    for (int i = 0; i < m_methods->count(); ++i)
        labels.insert(m_methods->itemData(i).toString(), m_methods->itemText(i));
    return labels;
}

QString SubscriptionDialog::note() const
{
    return m_note ? m_note->toPlainText() : m_subscription.note();
}

QJsonObject SubscriptionDialog::patch() const
{
    QJsonObject patch;
    const QString method = paymentMethodId();
    if (!method.isEmpty() && method != m_subscription.paymentMethodId().toString())
        patch.insert(QStringLiteral("payment_method"), method);
    if (note() != m_subscription.note())
        patch.insert(QStringLiteral("note"), note());
    return patch;
}

bool SubscriptionDialog::hasLoaded() const
{
    return m_model->isComplete() && !m_model->isLoading() && m_model->stagedCount() == 0
        && m_methods->count() == m_listed + (m_keepItem ? 1 : 0);
}

void SubscriptionDialog::fill()
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
    m_keepItem = m_purpose == Purpose::Edit
        && m_methods->findData(m_subscription.paymentMethodId().toString()) < 0;
    if (m_keepItem) {
        // Its own is not listed (none, or deleted): Edit changes it only when asked to.
        m_methods->insertItem(0, tr("Keep as it is"), QString());
    }
    if (!choosePaymentMethod(chosen) && m_keepItem)
        m_methods->setCurrentIndex(0);
    if (m_model->isComplete() && m_model->stagedCount() == 0) {
        m_status->setText(m_methods->count() == 0
                ? tr("This customer has no payment method to renew with.")
                : QString());
    }
    updateButtons();
}

void SubscriptionDialog::updateButtons()
{
    m_accept->setEnabled(
        m_purpose == Purpose::Edit ? !patch().isEmpty() : !paymentMethodId().isEmpty());
}
