// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiRequest.h"
#include "ui/widgets/ListSection.h"

#include <functional>

class ChangeJournal;
class QCheckBox;
class QPushButton;
class QSettings;
class SubscriptionActions;
class StatusFilterButton;
class SubscriptionsModel;

/// A subscriptions list, shared by the Subscriptions page (every customer) and a customer's
/// Subscriptions tab: name, status, plan, start, end, current period, last billing amount and
/// trial, filtered by status (a multi-select) and "include deleted", paged and sorted by the
/// server (SubscriptionsModel). The filter is saved under the view's settings key
/// ("subscriptions/page", "subscriptions/userTab"), the columns under "<key>/columns".
///
/// On the page, Enter (or a double click) opens the subscription's customer.
///
/// Staff act on the selected subscription (SubscriptionActions): Stop Renewing (Alt+T), Start
/// Again (Alt+A) and Payments (Alt+Y); the same are in the table's context menu. Writes are
/// journaled once setJournal() is called.
class SubscriptionsView final : public ListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionsView)

public:
    SubscriptionsView(Session *session, const Scope &scope, QSettings *settings,
        const QString &settingsKey, QWidget *parent = nullptr);
    ~SubscriptionsView() override;

    SubscriptionsModel *model() const { return m_model; }
    StatusFilterButton *statusButton() const { return m_status; }
    QCheckBox *includeDeletedBox() const { return m_includeDeleted; }
    /// Null for a customer's own list (Scope::me()), which has no actions.
    SubscriptionActions *actions() const { return m_actions; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *paymentsButton() const { return m_payments; }

    /// Where writes are journaled, and who makes them.
    void setJournal(ChangeJournal *journal, std::function<QString()> actor);

    /// Emits openUserRequested() for the customer of the subscription in \a row.
    void openCustomer(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void saveFilter();
    void updateActions();
    int currentRow() const;
    QString emptyText() const;

    Scope m_scope;
    QSettings *m_settings;
    QString m_key;
    ListPanel *m_panel = nullptr;
    SubscriptionsModel *m_model = nullptr;
    StatusFilterButton *m_status = nullptr;
    QCheckBox *m_includeDeleted = nullptr;
    SubscriptionActions *m_actions = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_payments = nullptr;
};
