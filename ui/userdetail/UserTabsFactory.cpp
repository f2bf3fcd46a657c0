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
    auto *label = new QLabel(tr(names(tab).placeholder), placeholder);
    label->setObjectName(objectName(tab) + QStringLiteral("Placeholder"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    auto *layout = new QVBoxLayout(placeholder);
    layout->addWidget(label);
    return placeholder;
}

QString UserTabsFactory::title(Tab tab)
{
    return tr(names(tab).title);
}

QString UserTabsFactory::objectName(Tab tab)
{
    return QLatin1String(names(tab).objectName);
}

UserTabsFactory::Names UserTabsFactory::names(Tab tab)
{
    switch (tab) {
    case Tab::Orders:
        return {QT_TR_NOOP("&Orders"), "userOrdersTab",
            QT_TR_NOOP("The user's orders will be shown here.")};
    case Tab::Subscriptions:
        return {QT_TR_NOOP("Subs&criptions"), "userSubscriptionsTab",
            QT_TR_NOOP("The user's subscriptions will be shown here.")};
    case Tab::PaymentMethods:
        return {QT_TR_NOOP("Pa&yment methods"), "userPaymentMethodsTab",
            QT_TR_NOOP("The user's payment methods will be shown here.")};
    }
    Q_UNREACHABLE();
}
