// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/account/MyAccountPage.h"

#include "api/ApiClient.h"
#include "models/codec/JsonPath.h"
#include "models/domain/Order.h"
#include "models/domain/User.h"
#include "models/items/OrdersModel.h"
#include "session/Session.h"
#include "ui/widgets/Appearance.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/ListPanel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString formatDate(const Timestamp &timestamp)
{
    if (!timestamp.isValid())
        return QString();
    return QLocale().toString(timestamp.toDateTime().toLocalTime(), QLocale::ShortFormat);
}

} // namespace

MyAccountPage::MyAccountPage(Session *session, QSettings *settings, QWidget *parent)
    : Page(session, parent)
    , m_name(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_reload(new QPushButton(Icons::icon(Icons::Name::Retry), tr("Reload"), this))
    , m_form(new QFormLayout)
    , m_orders(new OrdersModel(nullptr, this))
    , m_ordersPanel(new ListPanel(QStringLiteral("myOrders"), this))
{
    setObjectName(QStringLiteral("myAccountPage"));
    m_name->setObjectName(QStringLiteral("myAccountName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setFont(Appearance::headingFont(m_name->font()));
    m_subtitle->setObjectName(QStringLiteral("myAccountSubtitle"));
    m_subtitle->setText(tr("Your own record, as these credentials see it."));
    QPalette dim = m_subtitle->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_subtitle->setPalette(dim);

    m_reload->setObjectName(QStringLiteral("myAccountReload"));
    m_reload->setAccessibleName(tr("Reload my account"));
    connect(m_reload, &QPushButton::clicked, this, &MyAccountPage::reload);

    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(6);
    m_email = addField(QStringLiteral("myAccountEmail"), tr("Email:"));
    m_phone = addField(QStringLiteral("myAccountPhone"), tr("Phone:"));
    m_humanId = addField(QStringLiteral("myAccountHumanId"), tr("Customer ID:"));
    m_tags = addField(QStringLiteral("myAccountTags"), tr("Tags:"));
    m_address = addField(QStringLiteral("myAccountAddress"), tr("Address:"));
    m_billing = addField(QStringLiteral("myAccountBilling"), tr("Billing address:"));
    m_created = addField(QStringLiteral("myAccountCreated"), tr("Customer since:"));
    m_lastLogin = addField(QStringLiteral("myAccountLastLogin"), tr("Last sign-in:"));

    auto *details = new QGroupBox(tr("Details"), this);
    details->setObjectName(QStringLiteral("myAccountDetails"));
    details->setLayout(m_form);

    // Every order here is the signed-in customer's own, newest first.
    m_orders->setScope(Scope::me());
    m_ordersPanel->table()->setAccessibleName(tr("My orders"));
    ListPanel::Texts texts;
    texts.all = [](int total) {
        return tr("%Ln order(s), newest first.", nullptr, total);
    };
    texts.empty = [] {
        return tr("No orders yet.");
    };
    texts.failed = tr("Could not load your orders.");
    ListTableView::Columns columns;
    columns.flexible = OrdersModel::DeliveryStatus;
    columns.givingWay = {OrdersModel::Items};
    columns.hiddenByDefault = {OrdersModel::DeliveryTime, OrdersModel::Modified};
    columns.unavailable = {OrdersModel::Customer};
    m_ordersPanel->setModel(
        m_orders, columns, texts, settings, QStringLiteral("myAccount/orderColumns"));
    connect(m_orders, &OrdersModel::loadingChanged, this, &MyAccountPage::setBusy);
    connect(m_ordersPanel, &ListPanel::dataShown, this, &MyAccountPage::markDataLoaded);
    connect(m_orders, &OrdersModel::loadFailed, this, [this](const ApiError &error) {
        Q_EMIT errorOccurred(error, [this] { m_orders->retry(); });
    });

    auto *ordersBox = new QGroupBox(tr("Recent orders"), this);
    ordersBox->setObjectName(QStringLiteral("myOrdersBox"));
    auto *ordersLayout = new QVBoxLayout(ordersBox);
    ordersLayout->addWidget(m_ordersPanel, 1);

    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_name, 0, Qt::AlignBaseline);
    header->addWidget(m_subtitle, 1, Qt::AlignBaseline);
    header->addWidget(m_reload);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(details);
    layout->addWidget(ordersBox, 1);
}

MyAccountPage::~MyAccountPage() = default;

QString MyAccountPage::title() const
{
    return tr("My Account");
}

QIcon MyAccountPage::icon() const
{
    return Icons::icon(Icons::Name::Account);
}

QLabel *MyAccountPage::addField(const QString &objectName, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    m_form->addRow(label, value);
    return value;
}

void MyAccountPage::activate()
{
    if (!m_recordShown)
        showRecord(session()->me());
    if (!hasLoadedData() && !m_reply && !m_orders->isLoading())
        loadOrders();
}

void MyAccountPage::reload()
{
    // The record itself comes from the session's probe; a reload asks the server again.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_recordShown = false;
    m_reply = session()->client()->getMe(QStringLiteral("myAccount/me"));
    setBusy(true);
    m_reply->onFinished(this, [this](const ApiReply &reply) {
        m_reply.clear();
        setBusy(false);
        if (!reply.isSuccess()) {
            if (!reply.error().isCancellation())
                Q_EMIT errorOccurred(reply.error(), [this] { reload(); });
            return;
        }
        showRecord(reply.response().object);
        if (m_recordShown)
            loadOrders();
    });
}

void MyAccountPage::showRecord(const QJsonObject &record)
{
    const DecodeResult<User> decoded = User::fromJson(record);
    if (!decoded) {
        Q_EMIT errorOccurred(decoded.error().toApiError(session()->client()->baseUrl().host()),
            [this] { reload(); });
        return;
    }
    const User &user = decoded.value();
    m_name->setText(user.displayName());
    m_email->setText(user.email());
    m_phone->setText(user.mobilePhoneNumber());
    m_humanId->setText(user.humanId());
    m_tags->setText(user.tags().join(QStringLiteral(", ")));
    const QList<Address> addresses = user.addresses();
    m_address->setText(addresses.isEmpty() ? tr("None") : addresses.constFirst().oneLine());
    m_billing->setText(user.hasBillingAddress() && !user.billingAddress().isEmpty()
            ? user.billingAddress().oneLine()
            : tr("None"));
    m_created->setText(formatDate(user.created()));
    m_lastLogin->setText(formatDate(user.lastLogin()));
    m_recordShown = true;
}

void MyAccountPage::loadOrders()
{
    if (m_orders->apiClient() != session()->client()) {
        m_orders->setApiClient(session()->client());
        m_orders->refresh();
    } else {
        m_orders->reload();
    }
}

QString MyAccountPage::shownName() const
{
    return m_name->text();
}

void MyAccountPage::resetContents()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply.clear();
    }
    m_recordShown = false;
    m_name->clear();
    for (QLabel *label :
        {m_email, m_phone, m_humanId, m_tags, m_address, m_billing, m_created, m_lastLogin})
        label->clear();
    m_orders->setApiClient(nullptr);
}
