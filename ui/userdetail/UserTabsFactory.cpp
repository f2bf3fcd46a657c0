// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/userdetail/UserTabsFactory.h"

#include "ui/widgets/ListSection.h"

#include <QLabel>
#include <QVBoxLayout>

void UserTabsFactory::setCreator(Tab tab, Creator creator)
{
    m_creators.at(std::size_t(tab)) = std::move(creator);
}

bool UserTabsFactory::hasCreator(Tab tab) const
{
    return bool(m_creators.at(std::size_t(tab)));
}

ListSection *UserTabsFactory::create(Tab tab, const UserTabContext &context, QWidget *parent) const
{
    const Creator &creator = m_creators.at(std::size_t(tab));
    ListSection *list = creator ? creator(context, parent) : nullptr;
    if (!list)
        return nullptr;
    if (context.reportError) {
        QObject::connect(list, &ListSection::errorOccurred, list,
            [report = context.reportError](
                const ApiError &error, const ListSection::RetryFunction &retry) {
                if (!error.isCancellation())
                    report(error, retry);
            });
    }
    list->load();
    return list;
}

QWidget *UserTabsFactory::createPlaceholder(Tab tab, QWidget *parent)
{
    auto *placeholder = new QWidget(parent);
    auto *label = new QLabel(placeholder);
    label->setObjectName(objectName(tab) + QStringLiteral("Placeholder"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    switch (tab) {
    case Tab::Orders:
        label->setText(tr("The user's orders will be shown here."));
        break;
    case Tab::Subscriptions:
        label->setText(tr("The user's subscriptions will be shown here."));
        break;
    case Tab::PaymentMethods:
        label->setText(tr("The user's payment methods will be shown here."));
        break;
    }
    auto *layout = new QVBoxLayout(placeholder);
    layout->addWidget(label);
    return placeholder;
}

QString UserTabsFactory::title(Tab tab)
{
    switch (tab) {
    case Tab::Orders:
        return tr("&Orders");
    case Tab::Subscriptions:
        return tr("Subs&criptions");
    case Tab::PaymentMethods:
        return tr("Pa&yment methods");
    }
    return QString();
}

QString UserTabsFactory::objectName(Tab tab)
{
    switch (tab) {
    case Tab::Orders:
        return QStringLiteral("userOrdersTab");
    case Tab::Subscriptions:
        return QStringLiteral("userSubscriptionsTab");
    case Tab::PaymentMethods:
        return QStringLiteral("userPaymentMethodsTab");
    }
    return QString();
}
