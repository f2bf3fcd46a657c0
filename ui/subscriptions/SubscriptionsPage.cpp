// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/subscriptions/SubscriptionsPage.h"

#include "ui/subscriptions/SubscriptionsView.h"
#include "ui/widgets/Icons.h"

#include <QLabel>
#include <QVBoxLayout>

const QString SubscriptionsPage::settingsKey = QStringLiteral("subscriptions/page");

SubscriptionsPage::SubscriptionsPage(Session *session, QSettings *settings, QWidget *parent)
    : Page(session, parent)
    , m_view(new SubscriptionsView(session, Scope::company(), settings, settingsKey, this))
{
    setObjectName(QStringLiteral("subscriptionsPage"));
    QLabel *heading = createHeading(title(), QStringLiteral("subscriptionsHeading"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);

    followView(m_view);
    connect(
        m_view, &SubscriptionsView::openUserRequested, this, &SubscriptionsPage::openUserRequested);
}

SubscriptionsPage::~SubscriptionsPage() = default;

QString SubscriptionsPage::title() const
{
    return tr("Subscriptions");
}

QIcon SubscriptionsPage::icon() const
{
    return Icons::icon(Icons::Name::Subscriptions);
}

bool SubscriptionsPage::isAvailableFor(AccessRole role) const
{
    return role == AccessRole::Staff;
}

void SubscriptionsPage::activate()
{
    m_view->load();
}

void SubscriptionsPage::resetContents()
{
    m_view->clear();
}
