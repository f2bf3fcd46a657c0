// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <functional>

class QWidget;
class Session;

/// What a tab of a user's detail is made for: the session to load with and the user.
struct UserTabContext
{
    Session *session = nullptr;
    /// The user's `_id` (24 lowercase hex digits).
    QString userId;
    /// Reports a failed load in the main window's message banner; \a retry (may be empty) is
    /// offered as "Retry". Cancellations (ApiError::isCancellation()) are never shown.
    std::function<void(const ApiError &error, const std::function<void()> &retry)> reportError;
};

/// The seam through which the Orders, Subscriptions and Payment methods tabs of a user's
/// detail (UserDetailTab) are filled. Without a creator a tab shows a placeholder.
///
/// How to fill a tab: the main window owns one factory (MainWindow::userTabsFactory()); set a
/// creator once, where the main window builds its pages, e.g.
///
///     userTabsFactory().setCreator(UserTabsFactory::Tab::Orders,
///         [](const UserTabContext &context, QWidget *parent) -> QWidget * {
///             return new UserOrdersView(context.session, context.userId, parent);
///         });
///
/// The contract for the widget a creator returns:
/// - it is created the first time its tab is shown (so an unseen tab costs no request) and
///   may start loading at once; it is parented to \a parent and dies with the user's tab;
/// - when the connection switches to another profile every user tab is closed, so the widget
///   never needs to forget anything; after a reconnect to the same profile (a new token), or
///   when the staff member reloads the user (F5), its public slot or Q_INVOKABLE `reload()`
///   is called if it has one;
/// - it sets an objectName and accessible names on its controls like every widget of the app.
class UserTabsFactory final
{
    Q_DECLARE_TR_FUNCTIONS(UserTabsFactory)

public:
    enum class Tab { Orders, Subscriptions, PaymentMethods };
    static constexpr std::array<Tab, 3> allTabs {
        Tab::Orders, Tab::Subscriptions, Tab::PaymentMethods};

    using Creator = std::function<QWidget *(const UserTabContext &context, QWidget *parent)>;

    void setCreator(Tab tab, Creator creator);
    bool hasCreator(Tab tab) const;
    /// The creator's widget, or a placeholder ("Orders will be shown here.") without one.
    QWidget *create(Tab tab, const UserTabContext &context, QWidget *parent) const;

    /// Translated tab text with a mnemonic ("&Orders").
    static QString title(Tab tab);
    /// objectName of the tab's page inside the user tab ("userOrdersTab").
    static QString objectName(Tab tab);

private:
    std::array<Creator, 3> m_creators;
};
