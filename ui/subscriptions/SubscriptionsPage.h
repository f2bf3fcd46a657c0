// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/widgets/Page.h"

class QSettings;
class SubscriptionsView;

/// Staff: every subscription of the company, as SubscriptionsView shows them,
/// with its status filter and "include deleted" saved under "subscriptions/page". Enter on a
/// row opens the subscription's customer (openUserRequested()).
class SubscriptionsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionsPage)

public:
    static const QString settingsKey;

    SubscriptionsPage(Session *session, QSettings *settings, QWidget *parent = nullptr);
    ~SubscriptionsPage() override;

    QString title() const override;
    QIcon icon() const override;
    bool isAvailableFor(AccessRole role) const override;
    void activate() override;

    SubscriptionsView *subscriptionsView() const { return m_view; }

Q_SIGNALS:
    void openUserRequested(const QString &id);

protected:
    void resetContents() override;

private:
    SubscriptionsView *m_view;
};
