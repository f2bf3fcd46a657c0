// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QSettings;
class QTableView;
class Session;
class StatusFilterButton;
class SubscriptionsModel;

/// A subscriptions list, shared by the Subscriptions page (every customer) and a customer's
/// Subscriptions tab: name, status, plan, start, end, current period, last billing amount and
/// trial, filtered by status (a multi-select) and "include deleted", paged and sorted by the
/// server (SubscriptionsModel). The filter and the column layout are saved under the view's
/// settings key ("subscriptions/page", "subscriptions/userTab").
///
/// On the page, Enter (or a double click) opens the subscription's customer.
class SubscriptionsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionsView)

public:
    using RetryFunction = std::function<void()>;

    SubscriptionsView(Session *session, const Scope &scope, QSettings *settings,
        const QString &settingsKey, QWidget *parent = nullptr);
    ~SubscriptionsView() override;

    SubscriptionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    StatusFilterButton *statusButton() const { return m_status; }
    QCheckBox *includeDeletedBox() const { return m_includeDeleted; }
    QLabel *summaryLabel() const { return m_summary; }

    /// Starts loading when nothing is loaded yet.
    void load();
    /// Forgets the rows (the connection changed); load() starts again.
    void clear();
    bool hasLoaded() const { return m_loaded; }

    /// Emits openUserRequested() for the customer of the subscription in \a row.
    void openCustomer(int row);

public Q_SLOTS:
    /// Loads the current filter again from the first page.
    void reload();

Q_SIGNALS:
    void openUserRequested(const QString &userId);
    void errorOccurred(const ApiError &error, const SubscriptionsView::RetryFunction &retry);
    void firstDataLoaded();
    void busyChanged(bool busy);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void saveFilter();
    void updateSummary();

    Session *m_session;
    Scope m_scope;
    QSettings *m_settings;
    QString m_key;
    SubscriptionsModel *m_model = nullptr;
    StatusFilterButton *m_status = nullptr;
    QCheckBox *m_includeDeleted = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    bool m_loaded = false;
};
