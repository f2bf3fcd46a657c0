// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <functional>

class ChangeJournal;
class ListSection;
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
    /// Where the tab's writes are journaled (a subscription stopped...), and who makes them.
    ChangeJournal *journal = nullptr;
    std::function<QString()> actor;
};

/// The seam through which the Orders, Subscriptions and Payment methods tabs of a user's
/// detail (UserDetailTab) are filled, each with a list of its own (a ListSection). The main
/// window sets the creators (UserOrderTabs::install()); without one a tab shows a placeholder.
///
/// The contract:
/// - a creator makes the list, parented to \a parent; create() starts it loading and sends
///   its failures to the context's reportError. It is made the first time its tab is shown
///   (so an unseen tab costs no request) and dies with the user's tab;
/// - when the connection switches to another profile every user tab is closed, so the list
///   never needs to forget anything; after a reconnect to the same profile (a new token), or
///   when the staff member reloads the user (F5), its reload() is called;
/// - it sets an objectName and accessible names on its controls like every widget of the app.
class UserTabsFactory final
{
    Q_DECLARE_TR_FUNCTIONS(UserTabsFactory)

public:
    enum class Tab { Orders, Subscriptions, PaymentMethods };
    static constexpr std::array<Tab, 3> allTabs {
        Tab::Orders, Tab::Subscriptions, Tab::PaymentMethods};

    using Creator = std::function<ListSection *(const UserTabContext &context, QWidget *parent)>;

    void setCreator(Tab tab, Creator creator);
    bool hasCreator(Tab tab) const;
    /// The creator's list, loading, or nullptr without a creator.
    ListSection *create(Tab tab, const UserTabContext &context, QWidget *parent) const;
    /// What a tab without a creator shows ("The user's orders will be shown here.").
    static QWidget *createPlaceholder(Tab tab, QWidget *parent);

    /// Translated tab text with a mnemonic ("&Orders").
    static QString title(Tab tab);
    /// objectName of the tab's page inside the user tab ("userOrdersTab").
    static QString objectName(Tab tab);

private:
    /// A tab's title and placeholder (untranslated) and its page's objectName.
    struct Names
    {
        const char *title;
        const char *objectName;
        const char *placeholder;
    };
    static Names names(Tab tab);

    std::array<Creator, 3> m_creators;
};
