// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/userdetail/PaymentMethodsView.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "models/codec/ExtendedJson.h"
#include "models/items/PaymentMethodsModel.h"
#include "session/Session.h"
#include "ui/widgets/ListPanel.h"
#include "ui/widgets/StatusLabel.h"

#include <QLabel>
#include <QVBoxLayout>

PaymentMethodsView::PaymentMethodsView(Session *session, const QString &userId, QWidget *parent)
    : ListSection(session, parent)
    , m_userId(userId)
    , m_model(new PaymentMethodsModel(nullptr, this))
    , m_panel(new ListPanel(QStringLiteral("paymentMethods"), this))
{
    setObjectName(QStringLiteral("paymentMethodsView"));
    m_model->setScope(Scope::user(userId));

    m_panel->table()->setAccessibleName(tr("Payment methods"));
    m_panel->countLabel()->setPurpose(tr("Payment methods summary"));
    ListPanel::Texts texts;
    texts.all = [this](int) {
        return countText();
    };
    texts.empty = [] {
        return tr("This customer has no payment methods.");
    };
    texts.failed = tr("Could not load the payment methods.");
    ListTableView::Columns columns;
    columns.flexible = PaymentMethodsModel::Brand;
    columns.givingWay
        = {PaymentMethodsModel::Added, PaymentMethodsModel::Active, PaymentMethodsModel::Default};
    m_panel->setModel(m_model, columns, texts);
    setList(m_panel, m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel, 1);
}

PaymentMethodsView::~PaymentMethodsView()
{
    if (m_userReply) {
        m_userReply->disconnect(this);
        m_userReply->abort();
    }
}

QString PaymentMethodsView::defaultPaymentMethodId() const
{
    return m_model->defaultPaymentMethodId();
}

void PaymentMethodsView::load()
{
    if (hasLoaded())
        return;
    ListSection::load();
    if (hasLoaded())
        loadDefault();
}

void PaymentMethodsView::reload()
{
    if (!hasLoaded()) {
        load();
        return;
    }
    ListSection::reload();
    loadDefault();
}

void PaymentMethodsView::loadDefault()
{
    if (m_userReply) {
        m_userReply->disconnect(this);
        m_userReply->abort();
    }
    m_userReply = session()->client()->getUser(m_userId);
    m_userReply->onFinished(this, [this](const ApiReply &reply) {
        m_userReply.clear();
        if (reply.error().isError()) {
            if (!reply.error().isCancellation())
                Q_EMIT errorOccurred(reply.error(), [this] { loadDefault(); });
            return;
        }
        // Only the one member is needed; the full user is the profile's business.
        ObjectId id;
        ExtendedJson::Form form;
        QString ignored;
        const QJsonValue value
            = reply.response().object.value(QLatin1String("default_payment_method"));
        if (!ExtendedJson::decodeObjectId(value, &id, &form, &ignored)) {
            // An expanded document carries its id as _id (or $oid).
            const QJsonObject expanded = value.toObject();
            ExtendedJson::decodeObjectId(
                expanded.value(QLatin1String("_id")), &id, &form, &ignored);
        }
        m_model->setDefaultPaymentMethodId(id.isValid() ? id.toString() : QString());
        m_panel->updateState();
    });
}

QString PaymentMethodsView::countText() const
{
    QStringList parts {tr("%Ln payment method(s)", nullptr, m_model->rowCount())};
    int expired = 0;
    int expiring = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto state = m_model->expiryState(row);
        expired += state == PaymentMethodsModel::ExpiryState::Expired ? 1 : 0;
        expiring += state == PaymentMethodsModel::ExpiryState::ExpiresSoon ? 1 : 0;
    }
    if (expired > 0)
        parts.append(tr("%Ln expired", nullptr, expired));
    if (expiring > 0)
        parts.append(tr("%Ln expiring within 30 days", nullptr, expiring));
    const int defaultRow = m_model->defaultRow();
    if (defaultRow >= 0) {
        const QString brand
            = m_model->index(defaultRow, PaymentMethodsModel::Brand).data().toString();
        const QString number
            = m_model->index(defaultRow, PaymentMethodsModel::Number).data().toString();
        parts.append(tr("default: %1 %2").arg(brand, number).trimmed());
    } else if (m_model->defaultPaymentMethodId().isEmpty()) {
        parts.append(tr("no default"));
    }
    return parts.join(QStringLiteral(" · "));
}
