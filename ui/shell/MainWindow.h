// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ConnectionProfile.h"
#include "api/CredentialResult.h"
#include "session/Session.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <optional>

class AboutDialog;
class ConnectionDialog;
class ConnectionStatusView;
class EnvironmentBand;
class GoToDialog;
class ErrorBanner;
class Page;
class PreferencesDialog;
class ProfileStore;
class QAction;
class QFrame;
class QListWidget;
class QMenu;
class QProgressBar;
class QSettings;
class QSplitter;
class ShortcutsDialog;
class StatusLabel;
class QStackedWidget;
class UserDetailArea;
class UserDetailTab;
class UserTabsFactory;

/// The app shell: navigation on the left (Users, Orders, Subscriptions for staff; My Account
/// for a user token), the current page on the right, a production band and the message
/// banner on top, and a status bar with the profile, the role and whether requests are in
/// flight. Switches profiles without a restart (asking the pages first), and remembers its
/// geometry, state and section in the QSettings it is given.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// The navigation entries, in order. Ctrl+1, Ctrl+2... go to the ones shown.
    enum class Section { Users, Orders, Subscriptions, MyAccount };
    Q_ENUM(Section)

    /// \a settings keeps the window's geometry and must outlive it; so must the others.
    MainWindow(
        Session *session, ProfileStore *profiles, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Replaces the page of \a section (tests put in a page that behaves as they need); the
    /// window takes ownership and deletes the old page.
    void setPage(Section section, Page *page);
    Page *page(Section section) const;
    /// The page on screen; nullptr while the connection status is shown instead.
    Page *currentPage() const;
    std::optional<Section> currentSection() const;
    /// Sections available to the session's role, in navigation order.
    QList<Section> availableSections() const;
    /// Goes to \a section; false when it is not available.
    bool showSection(Section section);

    /// Opens (or shows) the tab of the user with this `_id` next to the section page;
    /// nullptr for an id that is not 24 hex digits.
    UserDetailTab *openUser(const QString &userId);
    /// The section page and the open users' tabs.
    UserDetailArea *userTabs() const { return m_userTabs; }
    /// Fills the Orders, Subscriptions and Payment methods tabs of every user tab.
    UserTabsFactory &userTabsFactory();

    ErrorBanner *banner() const { return m_banner; }
    EnvironmentBand *environmentBand() const { return m_band; }
    ConnectionStatusView *statusView() const { return m_statusView; }
    /// Unfinished requests, as the status bar shows them.
    int requestsInFlight() const { return m_requestsInFlight; }

    /// Opens the connection dialog (non-blocking), with \a profileId selected if given.
    void showConnectionDialog(const QUuid &profileId = QUuid());
    ConnectionDialog *connectionDialog() const;
    /// Edit ▸ Preferences (Ctrl+,): opens the dialog (non-blocking) or raises it. When
    /// accepted, page size and request timeout apply at once, the appearance too.
    PreferencesDialog *showPreferences();
    /// Help ▸ Keyboard Shortcuts (F1, Ctrl+/).
    ShortcutsDialog *showShortcuts();
    /// Help ▸ About.
    AboutDialog *showAbout();
    /// Go ▸ Go To (Ctrl+K): an order number, customer ID, id, email or phone; opens the order's
    /// detail or the customer's tab. Staff only.
    GoToDialog *showGoTo();
    GoToDialog *goToDialog() const;

    /// Window ▸ Show Sidebar (F9): the list of sections on the left, which the splitter narrows
    /// down to its icons. Remembered with the window.
    bool isSidebarVisible() const;
    void setSidebarVisible(bool visible);

    /// Asks every page whether it may be left, then connects to \a profile (stored or
    /// transient). False when a page said no.
    bool switchToProfile(const ConnectionProfile &profile);

    /// Saves a PNG of the window to \a path as soon as the current page shows its first data,
    /// then emits screenshotSaved(); emits screenshotFailed() with the reason when connecting
    /// or loading fails or nothing arrives within \a timeoutMs.
    void saveScreenshotWhenLoaded(const QString &path, int timeoutMs);

Q_SIGNALS:
    void screenshotSaved(const QString &path);
    void screenshotFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct PageEntry
    {
        Page *page = nullptr;
        QAction *action = nullptr;
    };

    void createActions();
    void createPages();
    void installPage(Section section, Page *page);
    void rebuildNavigation();
    void onNavigationRowChanged(int row);
    void updateNavigationTexts();
    void onSessionStateChanged();
    void onSessionReady();
    void onAboutToSwitch();
    void onConnectionFailed(const ApiError &error);
    void onCredentialsUnavailable(const CredentialResult &result);
    void onCredentialsRejected(const ApiError &error);
    void onPageError(const ApiError &error, const std::function<void()> &retry);
    void onPageLoaded();
    void onActiveRequestsChanged(int count);
    void signInAgain();
    void signOut();
    void populateSwitchMenu();
    void warnAboutTokenExpiry();
    void updateTitle();
    void updateStatusBar();
    void updateStatusView();
    /// \a continueLater runs once unsaved user edits the staff member chose to save are saved.
    bool confirmLeaveAll(const std::function<void()> &continueLater = {});
    void applyPaletteColours();
    void restoreWindowState();
    void saveWindowState();
    void finishScreenshot();
    void failScreenshot(const QString &message);
    static QString sectionKey(Section section);

    Session *m_session;
    ProfileStore *m_profiles;
    QSettings *m_settings;
    EnvironmentBand *m_band;
    ErrorBanner *m_banner;
    QSplitter *m_splitter;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    ConnectionStatusView *m_statusView;
    UserDetailArea *m_userTabs;
    StatusLabel *m_profileLabel;
    StatusLabel *m_roleLabel;
    QFrame *m_roleSeparator = nullptr;
    QProgressBar *m_busyIndicator;
    StatusLabel *m_activityLabel;
    QMenu *m_switchMenu = nullptr;
    QAction *m_connectionsAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_sidebarAction = nullptr;
    QMap<Section, PageEntry> m_pages;
    QPointer<ConnectionDialog> m_dialog;
    QPointer<PreferencesDialog> m_preferencesDialog;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<AboutDialog> m_aboutDialog;
    QPointer<GoToDialog> m_goToDialog;
    QAction *m_goToAction = nullptr;
    QTimer m_expiryTimer;
    int m_requestsInFlight = 0;
    bool m_rebuildingNavigation = false;
    std::optional<Section> m_preferredSection;

    QString m_screenshotPath;
    QTimer m_screenshotTimer;
    bool m_screenshotPending = false;
};
