// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/userdetail/UserTabsFactory.h"
#include "ui/widgets/WriteServices.h"

#include <QPointer>
#include <QSet>
#include <QTabWidget>
#include <QUuid>

#include <functional>

class ChangeJournal;
class ChangeJournalDialog;
class DraftStore;
class DraftsDialog;
class ErrorBanner;
class QSettings;
class QStackedWidget;
class Session;
class UserDetailTab;
struct Draft;

/// The main window's work area: the current section's page as the first tab (never closed,
/// and the tab bar hidden while it is alone), then one tab per open user (UserDetailTab),
/// several at once. Ctrl+W closes the current user (asking about unsaved changes), Ctrl+Tab
/// and Ctrl+Shift+Tab move between the tabs.
///
/// It owns what the user tabs share: the drafts of unsaved edits (DraftStore, offered again
/// after a crash when the same connection is ready), the change journal and the factory of
/// the Orders/Subscriptions/Payment methods tabs. Switching to another connection closes
/// every user tab (their drafts stay, keyed by the connection they belong to).
class UserDetailArea final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDetailArea)

public:
    /// \a home becomes the first tab; \a banner shows the user tabs' load errors of the
    /// Orders/Subscriptions/Payment methods tabs. Drafts and the journal live under
    /// \a dataDirectory (default: AppDataLocation).
    UserDetailArea(Session *session, QStackedWidget *home, ErrorBanner *banner,
        QWidget *parent = nullptr, const QString &dataDirectory = QString());
    ~UserDetailArea() override;

    UserTabsFactory &tabsFactory() { return m_factory; }
    /// Where the preferences are read (preferences/confirmProduction, see WriteConfirmation);
    /// without settings the defaults apply. \a settings must outlive the area.
    void setSettings(QSettings *settings) { m_settings = settings; }
    QSettings *settings() const { return m_settings; }
    DraftStore *drafts() const { return m_drafts; }
    ChangeJournal *journal() const { return m_journal; }
    /// The journal, actor, server and production question for writes outside the user tabs
    /// (an order's detail).
    WriteServices writeServices();

    /// Shows the user's tab, opening (and loading) it first if needed. nullptr for an id that
    /// is not 24 hex digits.
    UserDetailTab *openUser(const QString &userId);
    UserDetailTab *userTab(const QString &userId) const;
    QList<UserDetailTab *> userTabs() const;
    UserDetailTab *currentUserTab() const;
    /// Back to the section page.
    void showHome();
    bool isHomeCurrent() const { return currentIndex() == 0; }

    /// Closes \a tab after asking about unsaved changes; true when it is closed now.
    bool closeUserTab(UserDetailTab *tab);
    /// Closes every user tab without asking (their drafts stay).
    void closeAllUserTabs();
    /// Before quitting or switching connection: nothing unsaved gives true. Otherwise asks
    /// once for all users: Discard drops the edits and gives true; Save saves every user,
    /// gives false and calls \a continueLater once all are saved; Cancel gives false.
    bool confirmLeave(const std::function<void()> &continueLater);
    /// Reloads the current user (F5); false when the section page is current.
    bool reloadCurrent();

    /// The change journal, of every user or narrowed to one.
    void showJournal(const QString &userId = QString(), const QString &userName = QString());
    ChangeJournalDialog *journalDialog() const;
    /// Offers the drafts of the current connection (except users already open).
    void offerDrafts();
    DraftsDialog *draftsDialog() const;
    /// Opens each draft's user with the edits re-applied.
    void restoreDrafts(const QList<Draft> &drafts);

    /// The current connection's key for drafts: a stored profile's id; for one that exists
    /// for this run only (--demo, --server), the company behind its key once connected (the
    /// demo's server gets a new port every start), else its URL.
    QString profileKey() const;
    /// "Support (sub: staff-7)": the profile's name and the token's subject.
    QString actor() const;

protected:
    // With only the section page (no user open) the tab bar is hidden: the area then takes no
    // focus of its own, so Tab goes from the navigation straight into the page.
    void tabInserted(int index) override;
    void tabRemoved(int index) override;

private:
    static QString urlKeyPrefix();
    static QString companyKeyPrefix();
    void adoptUrlDrafts(const QString &key);
    void updateHomeTab();
    void onProfileChanged();
    void onSessionReady();
    void cycle(int step);

    Session *m_session;
    QStackedWidget *m_home;
    ErrorBanner *m_banner;
    DraftStore *m_drafts;
    ChangeJournal *m_journal;
    UserTabsFactory m_factory;
    QSettings *m_settings = nullptr;
    /// The connection the open user tabs belong to: its drafts key and profile id.
    QString m_tabsProfileKey;
    QUuid m_tabsProfileId;
    QSet<QString> m_offered;
    QPointer<ChangeJournalDialog> m_journalDialog;
    QPointer<DraftsDialog> m_draftsDialog;
    /// The user tab on screen when the connection went away, shown again once it is back.
    QPointer<UserDetailTab> m_resumeTab;
};
