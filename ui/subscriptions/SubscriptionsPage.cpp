// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/subscriptions/SubscriptionsPage.h"

#include "ui/subscriptions/SubscriptionsView.h"
#include "ui/widgets/Icons.h"

const QString SubscriptionsPage::settingsKey = QStringLiteral("subscriptions/page");

SubscriptionsPage::SubscriptionsPage(Session *session, QSettings *settings, QWidget *parent)
    : ListPage(session, QStringLiteral("subscriptions"), tr("Subscriptions"),
        Icons::icon(Icons::Name::Subscriptions),
        new SubscriptionsView(session, Scope::company(), settings, settingsKey), parent)
{ }

SubscriptionsPage::~SubscriptionsPage() = default;

SubscriptionsView *SubscriptionsPage::subscriptionsView() const
{
    return static_cast<SubscriptionsView *>(section());
}
