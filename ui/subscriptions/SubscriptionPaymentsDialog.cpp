// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/subscriptions/SubscriptionPaymentsDialog.h"

#include "api/ApiRequest.h"
#include "models/items/PaymentsModel.h"
#include "session/Session.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

SubscriptionPaymentsDialog::SubscriptionPaymentsDialog(
    Session *session, const QString &subscriptionId, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_subscriptionId(subscriptionId)
    , m_model(new PaymentsModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("subscriptionPaymentsDialog"));
    setWindowTitle(tr("Payments of %1").arg(title));
    setAccessibleName(tr("Subscription payments"));

    m_table->setObjectName(QStringLiteral("subscriptionPaymentsTable"));
    m_table->setAccessibleName(tr("Payments"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PaymentsModel::Failure, QHeaderView::Stretch);

    m_status->setObjectName(QStringLiteral("subscriptionPaymentsStatus"));
    m_status->setAccessibleName(tr("Payments summary"));
    m_status->setText(tr("Loading…"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("subscriptionPaymentsClose"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 420);

    connect(m_model, &PaymentsModel::loaded, this, [this] {
        int failed = 0;
        for (const Payment &payment : m_model->payments())
            failed += payment.isFailed() ? 1 : 0;
        m_status->setText(m_model->rowCount() == 0
                ? tr("No payments yet.")
                : tr("%Ln payment(s), %1 failed", nullptr, m_model->rowCount())
                      .arg(QLocale().toString(failed)));
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_model, &PaymentsModel::loadFailed, this, [this](const ApiError &error) {
        m_status->setText(tr("The payments could not be loaded: %1").arg(error.message()));
    });
    m_model->load(session->client(), PaymentQuery::ofSubscription(subscriptionId));
    m_table->setFocus(Qt::OtherFocusReason);
}

SubscriptionPaymentsDialog::~SubscriptionPaymentsDialog() = default;
