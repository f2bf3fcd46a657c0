// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/widgets/ListPage.h"

class QSettings;
class SubscriptionsView;

/// Staff: every subscription of the company, as SubscriptionsView shows them, with its status
/// filter and "include deleted" saved under "subscriptions/page". Enter on a row opens the
/// subscription's customer (openUserRequested()).
class SubscriptionsPage final : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionsPage)

public:
    static const QString settingsKey;

    SubscriptionsPage(Session *session, QSettings *settings, QWidget *parent = nullptr);
    ~SubscriptionsPage() override;

    SubscriptionsView *subscriptionsView() const;
};
