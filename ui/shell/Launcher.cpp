// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/shell/Launcher.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/ConnectionProfile.h"
#include "api/CredentialStore.h"
#include "api/ProfileStore.h"
#include "api/SessionCredentials.h"
#include "models/domain/User.h"
#include "models/editing/ProfileEditor.h"
#include "session/LocalServerProcess.h"
#include "session/Preferences.h"
#include "session/Session.h"
#include "ui/connection/ConnectionStatusView.h"
#include "ui/orders/OrderFilterBar.h"
#include "ui/orders/OrdersPage.h"
#include "ui/orders/OrdersView.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShellLogging.h"
#include "ui/userdetail/UserDetailArea.h"
#include "ui/userdetail/UserDetailTab.h"
#include "ui/users/UsersPage.h"
#include "ui/widgets/Appearance.h"
#include "ui/widgets/ErrorBanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
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
{
    // Page size, request timeout and appearance, before any window or request exists.
    const Preferences preferences = Preferences::load(*m_settings);
    preferences.applyToSession(m_session.get());
    Appearance::apply(preferences.effectiveAppearance());
}

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
    applyOrdersRange(qobject_cast<OrdersPage *>(m_window->page(MainWindow::Section::Orders)));
    // After the window's own reaction to the first ready (connected later, so called later).
    connect(m_session.get(), &Session::ready, this, &Launcher::showStartupView);
    if (m_options.wantsScreenshot()) {
        // Same size every time, so screenshots for the README match.
        m_window->resize(1180, 740);
        connect(m_window.get(), &MainWindow::screenshotSaved, this, [this](const QString &path) {
            qCInfo(lcUiShell).noquote() << "Screenshot shows:" << describeView();
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
        qCWarning(lcUiShell).noquote() << "Cannot remember the current connection:" << error;
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
    if (m_options.openUser.isEmpty()) {
        // A --show page is shown on the first ready, before its first data can arrive.
        m_window->saveScreenshotWhenLoaded(
            m_options.screenshotPath, m_options.screenshotTimeoutSecs * 1000);
        return;
    }
    // The section page loads first; the window is asked for its screenshot only once the
    // user's profile is there. Until then, failures to connect end the run here.
    m_awaitingUser = true;
    m_userTimer.setSingleShot(true);
    connect(&m_userTimer, &QTimer::timeout, this, [this] {
        if (m_awaitingUser) {
            fail(tr("No screenshot: the user “%1” did not load within %2 s.")
                     .arg(m_options.openUser)
                     .arg(m_options.screenshotTimeoutSecs),
                1);
        }
    });
    m_userTimer.start(m_options.screenshotTimeoutSecs * 1000);
    connect(m_session.get(), &Session::connectionFailed, this, [this](const ApiError &error) {
        if (m_awaitingUser)
            fail(tr("No screenshot: %1").arg(error.message()), 1);
    });
    connect(m_session.get(), &Session::credentialsUnavailable, this,
        [this](const CredentialResult &result) {
            if (m_awaitingUser)
                fail(tr("No screenshot: %1").arg(result.message()), 1);
        });
}

void Launcher::applyOrdersRange(OrdersPage *page)
{
    if (!m_options.ordersRange || !page)
        return;
    // Set before the first load, so the page never asks for another range first. Like a
    // choice made in the page, it is saved as the page's filter.
    OrderFilterBar *bar = page->ordersView()->filterBar();
    OrderFilter filter = bar->filter();
    filter.range = *m_options.ordersRange;
    bar->setFilter(filter);
}

void Launcher::showStartupView()
{
    if (m_startupViewShown || m_finished)
        return;
    m_startupViewShown = true;
    if (m_options.page != StartupOptions::Page::Default) {
        MainWindow::Section section = MainWindow::Section::Users;
        switch (m_options.page) {
        case StartupOptions::Page::Default:
        case StartupOptions::Page::Users:
            section = MainWindow::Section::Users;
            break;
        case StartupOptions::Page::Orders:
            section = MainWindow::Section::Orders;
            break;
        case StartupOptions::Page::Subscriptions:
            section = MainWindow::Section::Subscriptions;
            break;
        case StartupOptions::Page::MyAccount:
            section = MainWindow::Section::MyAccount;
            break;
        }
        if (!m_window->showSection(section)) {
            startupViewFailed(tr("The page “%1” (--show) is not available to these credentials.")
                                  .arg(StartupOptions::pageName(m_options.page)));
            if (m_finished)
                return;
        }
    }
    if (!m_options.openUser.isEmpty())
        openStartupUser();
}

void Launcher::openStartupUser()
{
    const QString text = m_options.openUser;
    if (m_session->role() != AccessRole::Staff) {
        startupViewFailed(tr("--open-user needs staff credentials; these reach only their own "
                             "account."));
        return;
    }
    if (UsersPage::looksLikeObjectId(text)) {
        openStartupUserById(text.toLower());
        return;
    }
    // A human_id: the users search finds it (with others that merely contain it).
    UserQuery query;
    query.search = text;
    query.includeDeleted = true;
    m_userLookup = m_session->client()->listUsers(query);
    m_userLookup->onFinished(this, [this, text](const ApiReply &reply) {
        if (!reply.isSuccess()) {
            startupViewFailed(
                tr("Cannot look up the user “%1”: %2").arg(text, reply.error().message()));
            return;
        }
        const QJsonArray users = QJsonDocument::fromJson(reply.response().body).array();
        for (const QJsonValue &value : users) {
            const DecodeResult<User> user = User::fromJson(value.toObject());
            if (user && user.value().humanId().compare(text, Qt::CaseInsensitive) == 0) {
                openStartupUserById(user.value().id().toString());
                return;
            }
        }
        startupViewFailed(tr("There is no user with the human_id or _id “%1”.").arg(text));
    });
}

void Launcher::openStartupUserById(const QString &id)
{
    UserDetailTab *tab = m_window->openUser(id);
    if (!tab) {
        startupViewFailed(tr("“%1” is not a user's _id.").arg(id));
        return;
    }
    if (!m_awaitingUser)
        return;
    ProfileEditor *editor = tab->editor();
    if (editor->isLoaded()) {
        onStartupUserLoaded();
        return;
    }
    connect(editor, &ProfileEditor::loaded, this, &Launcher::onStartupUserLoaded);
    connect(editor, &ProfileEditor::loadFailed, this, [this](const ApiError &error) {
        if (m_awaitingUser)
            fail(tr("No screenshot: cannot open the user “%1”: %2")
                     .arg(m_options.openUser, error.message()),
                1);
    });
}

void Launcher::onStartupUserLoaded()
{
    if (!m_awaitingUser || m_finished)
        return;
    m_awaitingUser = false;
    const int remainingMs = m_userTimer.remainingTime();
    m_userTimer.stop();
    // The section page behind the tab may still be loading: the window waits for it too.
    m_window->saveScreenshotWhenLoaded(m_options.screenshotPath, qMax(remainingMs, 1000));
}

void Launcher::startupViewFailed(const QString &message)
{
    if (m_options.wantsScreenshot()) {
        fail(tr("No screenshot: %1").arg(message), 1);
        return;
    }
    printError(message);
    m_window->banner()->showMessage(ErrorBanner::Level::Warning, message);
}

QString Launcher::describeView() const
{
    // Not translated: a log line for scripts and tests.
    QStringList parts {QStringLiteral("window “%1”").arg(m_window->windowTitle())};
    if (const std::optional<MainWindow::Section> section = m_window->currentSection()) {
        parts.append(QStringLiteral("page %1").arg(
            QLatin1String(QMetaEnum::fromType<MainWindow::Section>().valueToKey(int(*section)))));
        if (*section == MainWindow::Section::Orders) {
            if (const auto *orders = qobject_cast<OrdersPage *>(m_window->currentPage()))
                parts.append(QStringLiteral("orders range “%1”")
                                 .arg(orders->ordersView()->filterBar()->rangeText()));
        }
    }
    if (const UserDetailTab *tab = m_window->userTabs()->currentUserTab())
        parts.append(QStringLiteral("user tab “%1”").arg(tab->userLabel()));
    return parts.join(QStringLiteral("; "));
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
