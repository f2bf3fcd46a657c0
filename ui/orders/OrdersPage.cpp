// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/orders/OrdersPage.h"

#include "ui/orders/OrdersView.h"
#include "ui/widgets/Icons.h"

#include <QLabel>
#include <QVBoxLayout>

const QString OrdersPage::settingsKey = QStringLiteral("orders/page");

OrdersPage::OrdersPage(Session *session, QSettings *settings, QWidget *parent)
    : Page(session, parent)
    , m_view(new OrdersView(session, Scope::company(), settings, settingsKey, this))
{
    setObjectName(QStringLiteral("ordersPage"));
    QLabel *heading = createHeading(title(), QStringLiteral("ordersHeading"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);

    followView(m_view);
    connect(m_view, &OrdersView::openUserRequested, this, &OrdersPage::openUserRequested);
}

OrdersPage::~OrdersPage() = default;

QString OrdersPage::title() const
{
    return tr("Orders");
}

QIcon OrdersPage::icon() const
{
    return Icons::icon(Icons::Name::Orders);
}

bool OrdersPage::isAvailableFor(AccessRole role) const
{
    return role == AccessRole::Staff;
}

void OrdersPage::activate()
{
    m_view->load();
}

void OrdersPage::resetContents()
{
    m_view->clear();
}
