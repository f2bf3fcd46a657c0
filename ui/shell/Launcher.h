// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "session/StartupOptions.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class ApiReply;
class CredentialStore;
class LocalServerProcess;
class MainWindow;
class OrdersPage;
class ProfileStore;
class QSettings;
class Session;

/// Builds the app from the command line and starts it: settings, profiles, keychain, the
/// session, the main window, and for `--demo` the local server. Also ends `--screenshot`
/// runs. app/main.cpp only parses the options and runs the event loop.
///
/// What the window shows first comes from the options too: --orders-range sets the Orders
/// page's filter before anything loads; --show and --open-user apply once the session is first
/// ready (after the window has chosen its own page). A --screenshot run then waits for that
/// page's data, or with --open-user for the user's profile, and logs what it shows
/// ("Screenshot shows: ..." in builton.ui.shell).
class Launcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Launcher)

public:
    explicit Launcher(const StartupOptions &options, QObject *parent = nullptr);
    ~Launcher() override;

    /// Shows the window and starts connecting. False when the app must exit at once with
    /// exitCode() (the reason is already printed on stderr).
    bool start();
    int exitCode() const { return m_exitCode; }

    MainWindow *window() const { return m_window.get(); }
    Session *session() const { return m_session.get(); }

Q_SIGNALS:
    /// The app should exit with \a exitCode (a --screenshot run is over, or it failed).
    void finished(int exitCode);

private:
    bool startDemo();
    bool startServer();
    bool startProfile();
    void startDefault();
    void watchScreenshot();
    void applyOrdersRange(OrdersPage *page);
    void showStartupView();
    void openStartupUser();
    void openStartupUserById(const QString &id);
    void onStartupUserLoaded();
    /// A --show or --open-user that cannot be done: fails a --screenshot run, else warns.
    void startupViewFailed(const QString &message);
    /// The window title, the user tab and the orders range on screen, for the log.
    QString describeView() const;
    void fail(const QString &message, int exitCode);
    static void printError(const QString &message);

    StartupOptions m_options;
    // Declared so that they are destroyed in reverse: window first, settings last.
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<LocalServerProcess> m_server;
    std::unique_ptr<MainWindow> m_window;
    QPointer<ApiReply> m_userLookup;
    QTimer m_userTimer; ///< --open-user with --screenshot: the wait for the profile
    int m_exitCode = 0;
    bool m_finished = false;
    bool m_startupViewShown = false;
    bool m_awaitingUser = false;
};
