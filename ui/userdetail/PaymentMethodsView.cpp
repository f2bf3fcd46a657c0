// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/userdetail/PaymentMethodsView.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "models/codec/ExtendedJson.h"
#include "models/items/PaymentMethodsModel.h"
#include "session/Session.h"
#include "ui/widgets/Appearance.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

PaymentMethodsView::PaymentMethodsView(Session *session, const QString &userId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_userId(userId)
    , m_model(new PaymentMethodsModel(nullptr, this))
{
    setObjectName(QStringLiteral("paymentMethodsView"));
    m_model->setScope(Scope::user(userId));
    const QPalette colors = palette();
    // Table cells: readable on the base colour, light or dark.
    m_model->setColors(Appearance::errorText(colors, QPalette::Base),
        Appearance::warningText(colors, QPalette::Base), Appearance::inactiveText(colors));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("paymentMethodsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Payment methods summary"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("paymentMethodsTable"));
    m_view->setAccessibleName(tr("Payment methods"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->resizeSection(
        PaymentMethodsModel::Expiry, m_view->fontMetrics().averageCharWidth() * 24);
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_model, &PagedTableModel::loadedCountChanged, this, [this](int count) {
        if (count > 0)
            Q_EMIT firstDataLoaded();
        updateSummary();
    });
    connect(m_model, &PagedTableModel::totalCountChanged, this, &PaymentMethodsView::updateSummary);
    connect(m_model, &PagedTableModel::completeChanged, this, &PaymentMethodsView::updateSummary);
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const ApiError &error) {
        updateSummary();
        Q_EMIT errorOccurred(error, [this] { m_model->retry(); });
    });
    connect(m_model, &PagedTableModel::sortChanged, this, [this](int column, Qt::SortOrder order) {
        m_view->horizontalHeader()->setSortIndicator(column, order);
    });
    updateSummary();
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
    ApiClient *client = m_session ? m_session->client() : nullptr;
    if (!client || m_loaded)
        return;
    m_loaded = true;
    m_model->setApiClient(client);
    m_model->reload();
    loadDefault();
}

void PaymentMethodsView::reload()
{
    if (!m_loaded) {
        load();
        return;
    }
    m_model->reload();
    loadDefault();
}

void PaymentMethodsView::loadDefault()
{
    if (m_userReply) {
        m_userReply->disconnect(this);
        m_userReply->abort();
    }
    m_userReply = m_session->client()->getUser(m_userId);
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
        updateSummary();
    });
}

void PaymentMethodsView::updateSummary()
{
    if (!m_loaded) {
        m_summary->clear();
        return;
    }
    if (m_model->hasFailed() && m_model->rowCount() == 0) {
        m_summary->setText(tr("Could not load the payment methods."));
        return;
    }
    if (m_model->totalCount() < 0) {
        m_summary->setText(tr("Loading…"));
        return;
    }
    QStringList parts {tr("%n payment method(s)", nullptr, m_model->rowCount())};
    int expired = 0;
    int expiring = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto state = m_model->expiryState(row);
        expired += state == PaymentMethodsModel::ExpiryState::Expired ? 1 : 0;
        expiring += state == PaymentMethodsModel::ExpiryState::ExpiresSoon ? 1 : 0;
    }
    if (expired > 0)
        parts.append(tr("%n expired", nullptr, expired));
    if (expiring > 0)
        parts.append(tr("%n expiring within 30 days", nullptr, expiring));
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
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}
