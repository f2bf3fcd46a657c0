#include "Launcher.h"

#include "ConnectionProfile.h"
#include "ConnectionStatusView.h"
#include "CredentialStore.h"
#include "ErrorBanner.h"
#include "LocalServerProcess.h"
#include "MainWindow.h"
#include "OrdersPage.h"
#include "ProfileStore.h"
#include "Session.h"
#include "SessionCredentials.h"
#include "SubscriptionsPage.h"
#include "UiLogging.h"
#include "UserOrderTabs.h"
#include "UsersPage.h"

#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>

#include <cstdio>

Launcher::Launcher(const StartupOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(std::make_unique<QSettings>())
    , m_profiles(std::make_unique<ProfileStore>(m_settings.get()))
    , m_credentials(std::make_unique<CredentialStore>())
    , m_session(std::make_unique<Session>(m_credentials.get()))
{ }

Launcher::~Launcher()
{
    // The window goes first (it points at everything else); the demo server is stopped
    // before the process exits.
    m_window.reset();
    m_session->close();
    m_server.reset();
}

bool Launcher::start()
{
    m_window = std::make_unique<MainWindow>(m_session.get(), m_profiles.get(), m_settings.get());
    // The real Users page replaces the shell's preview; opening a user opens its detail tab.
    auto *users = new UsersPage(m_session.get(), m_settings.get());
    connect(users, &UsersPage::openUserRequested, m_window.get(), &MainWindow::openUser);
    m_window->setPage(MainWindow::Section::Users, users);
    // Orders and Subscriptions (issue 5) replace their previews; a customer opened from them
    // opens in a user tab, whose Orders, Subscriptions and Payment methods tabs they fill too.
    auto *orders = new OrdersPage(m_session.get(), m_settings.get());
    connect(orders, &OrdersPage::openUserRequested, m_window.get(), &MainWindow::openUser);
    m_window->setPage(MainWindow::Section::Orders, orders);
    auto *subscriptions = new SubscriptionsPage(m_session.get(), m_settings.get());
    connect(subscriptions, &SubscriptionsPage::openUserRequested, m_window.get(),
        &MainWindow::openUser);
    m_window->setPage(MainWindow::Section::Subscriptions, subscriptions);
    UserOrderTabs::install(m_window->userTabsFactory(), m_settings.get());
    if (m_options.wantsScreenshot()) {
        // Same size every time, so screenshots for the README match.
        m_window->resize(1180, 740);
        connect(m_window.get(), &MainWindow::screenshotSaved, this, [this](const QString &path) {
            std::fprintf(stdout, "%s\n", qPrintable(path));
            std::fflush(stdout);
            m_exitCode = 0;
            m_finished = true;
            Q_EMIT finished(0);
        });
        connect(m_window.get(), &MainWindow::screenshotFailed, this,
            [this](const QString &message) { fail(tr("No screenshot: %1").arg(message), 1); });
    }

    bool ok = true;
    if (m_options.demo)
        ok = startDemo();
    else if (m_options.hasServer())
        ok = startServer();
    else if (!m_options.profileName.isEmpty())
        ok = startProfile();
    else
        startDefault();
    if (!ok || m_finished)
        return false;
    m_window->show();
    return true;
}

bool Launcher::startDemo()
{
    m_server = std::make_unique<LocalServerProcess>();
    connect(m_server.get(), &LocalServerProcess::ready, this, [this](const QUrl &url) {
        const ConnectionProfile staff = ConnectionProfile::create(
            tr("Demo shop"), url, ConnectionProfile::Environment::Local);
        const ConnectionProfile customer = ConnectionProfile::create(
            tr("Demo shop, as a customer"), url, ConnectionProfile::Environment::Local);
        m_session->addTransientProfile(staff, m_server->staffCredentials());
        if (!m_server->customerCredentials().token.isEmpty())
            m_session->addTransientProfile(customer, m_server->customerCredentials());
        m_session->openTransient(staff.id());
        watchScreenshot();
    });
    connect(m_server.get(), &LocalServerProcess::failed, this, [this](const QString &message) {
        if (m_options.wantsScreenshot()) {
            fail(message, 1);
            return;
        }
        printError(message);
        m_window->banner()->showMessage(
            ErrorBanner::Level::Error, message, tr("Try Again"), [this] { m_server->start(); });
    });
    connect(m_server.get(), &LocalServerProcess::exitedUnexpectedly, this,
        [this](const QString &message) {
            m_session->close();
            if (m_options.wantsScreenshot()) {
                fail(message, 1);
                return;
            }
            m_window->banner()->showMessage(ErrorBanner::Level::Error, message, tr("Restart It"),
                [this] { m_server->start(); });
        });
    m_server->start();
    if (!m_finished) {
        m_window->statusView()->showStatus(tr("Starting the demo server…"),
            tr("The first start creates the demo shop's data, which can take a minute. Later "
               "starts reuse it."),
            false);
    }
    return true;
}

bool Launcher::startServer()
{
    QString problem;
    const std::optional<ProfileCredentials> credentials
        = SessionCredentials::fromEnvironment(QProcessEnvironment::systemEnvironment(), &problem);
    // Used once, never stored; children (and anything reading /proc/self/environ later) do
    // not see them.
    qunsetenv(SessionCredentials::apiKeyVariable);
    qunsetenv(SessionCredentials::tokenVariable);
    if (!credentials) {
        fail(problem, 2);
        return false;
    }
    const QUrl url = m_options.serverUrl;
    const ConnectionProfile profile = ConnectionProfile::create(
        url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host(), url,
        ConnectionProfile::guessEnvironment(url));
    m_session->addTransientProfile(profile, *credentials);
    m_session->openTransient(profile.id());
    watchScreenshot();
    return true;
}

bool Launcher::startProfile()
{
    const QList<ConnectionProfile> profiles = m_profiles->profiles();
    std::optional<ConnectionProfile> chosen;
    for (const ConnectionProfile &profile : profiles) {
        if (profile.name() == m_options.profileName) {
            chosen = profile;
            break;
        }
    }
    if (!chosen) {
        for (const ConnectionProfile &profile : profiles) {
            if (profile.name().compare(m_options.profileName, Qt::CaseInsensitive) == 0) {
                chosen = profile;
                break;
            }
        }
    }
    if (!chosen) {
        QStringList names;
        for (const ConnectionProfile &profile : profiles)
            names.append(profile.name());
        fail(names.isEmpty()
                ? tr("There is no connection called “%1”: no connections are stored yet.")
                      .arg(m_options.profileName)
                : tr("There is no connection called “%1”. Stored connections: %2.")
                      .arg(m_options.profileName, names.join(QStringLiteral(", "))),
            2);
        return false;
    }
    QString error;
    if (!m_profiles->setCurrentId(chosen->id(), &error))
        qCWarning(lcUi).noquote() << "Cannot remember the current connection:" << error;
    m_session->open(*chosen, CredentialStore::ReadRetry::OnceIfUnavailable);
    watchScreenshot();
    return true;
}

void Launcher::startDefault()
{
    if (const std::optional<ConnectionProfile> current = m_profiles->current()) {
        m_session->open(*current, CredentialStore::ReadRetry::OnceIfUnavailable);
        watchScreenshot();
        return;
    }
    if (m_options.wantsScreenshot()) {
        fail(tr("No connection is chosen yet, so there is nothing to show. Use --demo, "
                "--server or --profile."),
            2);
        return;
    }
    // First run: straight to the connection dialog, once the window is up.
    QTimer::singleShot(0, m_window.get(), [this] { m_window->showConnectionDialog(); });
}

void Launcher::watchScreenshot()
{
    if (!m_options.wantsScreenshot())
        return;
    m_window->saveScreenshotWhenLoaded(
        m_options.screenshotPath, m_options.screenshotTimeoutSecs * 1000);
}

void Launcher::fail(const QString &message, int exitCode)
{
    printError(message);
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    Q_EMIT finished(exitCode);
}

void Launcher::printError(const QString &message)
{
    std::fprintf(stderr, "builton-admin: %s\n", qPrintable(message));
    std::fflush(stderr);
}
