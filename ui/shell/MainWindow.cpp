// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/shell/MainWindow.h"

#include "api/ApiClient.h"
#include "api/CredentialReply.h"
#include "api/ProfileStore.h"
#include "models/Clock.h"
#include "ui/account/MyAccountPage.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/connection/ConnectionStatusView.h"
#include "ui/orders/OrdersPage.h"
#include "ui/orders/OrdersView.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/EnvironmentBand.h"
#include "ui/shell/GoToDialog.h"
#include "ui/shell/PreferencesDialog.h"
#include "ui/shell/ShellLogging.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/subscriptions/SubscriptionsPage.h"
#include "ui/subscriptions/SubscriptionsView.h"
#include "ui/userdetail/UserDetailArea.h"
#include "ui/userdetail/UserOrderTabs.h"
#include "ui/users/UsersPage.h"
#include "ui/widgets/Appearance.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/Page.h"
#include "ui/widgets/StatusLabel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
const QString sidebarKey = QStringLiteral("mainWindow/sidebarVisible");
const QString sectionSettingsKey = QStringLiteral("mainWindow/section");

constexpr int sectionRole = Qt::UserRole + 1;

/// Makes \a dialog with \a make the first time (it is deleted when closed), then shows it in
/// front of the window.
template<typename Dialog, typename Make>
Dialog *showInFront(QPointer<Dialog> &dialog, Make make)
{
    if (!dialog) {
        dialog = make();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace

MainWindow::MainWindow(
    Session *session, ProfileStore *profiles, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_settings(settings)
    , m_band(new EnvironmentBand(this))
    , m_banner(new ErrorBanner(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_statusView(new ConnectionStatusView(this))
    , m_userTabs(new UserDetailArea(session, m_stack, m_banner, this))
    , m_profileLabel(new StatusLabel(this))
    , m_roleLabel(new StatusLabel(this))
    , m_busyIndicator(new QProgressBar(this))
    , m_activityLabel(new StatusLabel(this))
{
    Q_ASSERT(m_session && m_profiles && m_settings);
    m_userTabs->setSettings(m_settings); // preferences/confirmProduction
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::icon(Icons::Name::App));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    // The splitter narrows it down to its icons (the names then go, see updateNavigationTexts());
    // Window ▸ Show Sidebar (F9) hides it altogether.
    m_navigation->setMinimumWidth(m_navigation->iconSize().width() + 24);
    m_navigation->installEventFilter(this);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    applyPaletteColours();
    connect(
        m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onNavigationRowChanged);

    m_stack->setObjectName(QStringLiteral("pages"));
    m_stack->addWidget(m_statusView);
    connect(m_statusView, &ConnectionStatusView::retryRequested, m_session, &Session::retry);
    connect(m_statusView, &ConnectionStatusView::manageRequested, this, [this] {
        showConnectionDialog(m_session->isTransient() ? QUuid() : m_session->profile().id());
    });

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_userTabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({190, 1000});

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_band);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    // The status bar's texts are elided rather than widening the window (StatusLabel).
    m_profileLabel->setObjectName(QStringLiteral("statusProfile"));
    m_profileLabel->setPurpose(tr("Connection"));
    m_roleLabel->setObjectName(QStringLiteral("statusRole"));
    m_roleLabel->setPurpose(tr("Access"));
    m_busyIndicator->setObjectName(QStringLiteral("statusBusyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Requests in flight"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setFixedSize(80, 12);
    m_busyIndicator->hide();
    m_activityLabel->setObjectName(QStringLiteral("statusActivity"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_profileLabel->setContentsMargins(6, 0, 6, 0);
    m_roleLabel->setContentsMargins(6, 0, 6, 0);
    m_activityLabel->setContentsMargins(6, 0, 6, 0);
    m_roleSeparator = new QFrame(this);
    m_roleSeparator->setObjectName(QStringLiteral("statusSeparator"));
    m_roleSeparator->setFrameShape(QFrame::VLine);
    m_roleSeparator->setFrameShadow(QFrame::Sunken);
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addWidget(m_roleSeparator);
    statusBar()->addWidget(m_roleLabel);
    statusBar()->addPermanentWidget(m_activityLabel);
    statusBar()->addPermanentWidget(m_busyIndicator);

    createActions();
    createPages();

    connect(m_session, &Session::stateChanged, this, &MainWindow::onSessionStateChanged);
    connect(m_session, &Session::aboutToSwitch, this, &MainWindow::onAboutToSwitch);
    connect(m_session, &Session::ready, this, &MainWindow::onSessionReady);
    connect(m_session, &Session::connectionFailed, this, &MainWindow::onConnectionFailed);
    connect(
        m_session, &Session::credentialsUnavailable, this, &MainWindow::onCredentialsUnavailable);
    connect(m_session, &Session::credentialsRejected, this, &MainWindow::onCredentialsRejected);
    connect(m_session, &Session::profileChanged, this, [this](const ConnectionProfile &profile) {
        m_band->setProfile(profile);
        updateTitle();
        updateStatusBar();
    });
    connect(m_session->client(), &ApiClient::activeRequestsChanged, this,
        &MainWindow::onActiveRequestsChanged);
    connect(m_profiles, &ProfileStore::profileUpdated, this,
        [this](const ConnectionProfile &, const ConnectionProfile &current) {
            if (!m_session->isTransient() && current.id() == m_session->profile().id())
                m_session->open(current);
        });
    connect(
        m_profiles, &ProfileStore::profileRemoved, this, [this](const ConnectionProfile &profile) {
            if (!m_session->isTransient() && profile.id() == m_session->profile().id())
                m_session->close();
        });

    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &MainWindow::warnAboutTokenExpiry);
    m_screenshotTimer.setSingleShot(true);
    connect(&m_screenshotTimer, &QTimer::timeout, this, [this] {
        const QString state = m_session->isReady() ? tr("connected, but the page showed no data")
                                                   : tr("not connected");
        failScreenshot(tr("No data arrived within the time allowed (%1 s): %2.")
                           .arg(m_screenshotTimer.interval() / 1000)
                           .arg(state));
    });

    restoreWindowState();
    rebuildNavigation();
    m_band->setProfile(m_session->profile());
    updateTitle();
    updateStatusBar();
    updateStatusView();
    onActiveRequestsChanged(m_session->client()->activeRequests());
    if (m_session->isReady())
        onSessionReady();
}

MainWindow::~MainWindow()
{
    // The pages and user tabs are deleted after this body, and abort their requests then:
    // nothing the session or its client says afterwards may reach this half-destroyed window.
    disconnect(m_session->client(), nullptr, this, nullptr);
    disconnect(m_session, nullptr, this, nullptr);
}

ConnectionDialog *MainWindow::connectionDialog() const
{
    return m_dialog;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_connectionsAction = fileMenu->addAction(
        Icons::icon(Icons::Name::Connections), tr("&Connections…"), this, [this] {
            showConnectionDialog(m_session->isTransient() ? QUuid() : m_session->profile().id());
        });
    m_connectionsAction->setObjectName(QStringLiteral("connectionsAction"));
    m_connectionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_switchMenu = fileMenu->addMenu(tr("&Switch To"));
    m_switchMenu->setObjectName(QStringLiteral("switchMenu"));
    connect(m_switchMenu, &QMenu::aboutToShow, this, &MainWindow::populateSwitchMenu);
    m_reconnectAction = fileMenu->addAction(
        Icons::icon(Icons::Name::Retry), tr("&Reconnect"), m_session, &Session::retry);
    m_reconnectAction->setObjectName(QStringLiteral("reconnectAction"));
    m_reconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_signOutAction
        = fileMenu->addAction(tr("Sign &Out and Forget Credentials…"), this, &MainWindow::signOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    fileMenu->addSeparator();
    m_quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    // Ctrl+Q where the platform names no Quit key (Windows, the generic themes).
    m_quitAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
            ? QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_Q)}
            : QKeySequence::keyBindings(QKeySequence::Quit));
    m_quitAction->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction *preferences
        = editMenu->addAction(tr("&Preferences…"), this, [this] { showPreferences(); });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    {
        // The platform's key where it has one, and Ctrl+, everywhere.
        QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
        const QKeySequence comma(Qt::CTRL | Qt::Key_Comma);
        if (!keys.contains(comma))
            keys.append(comma);
        preferences->setShortcuts(keys);
    }

    QMenu *windowMenu = menuBar()->addMenu(tr("&Window"));
    windowMenu->setObjectName(QStringLiteral("windowMenu"));
    m_sidebarAction = windowMenu->addAction(tr("Show &Sidebar"));
    m_sidebarAction->setObjectName(QStringLiteral("showSidebarAction"));
    m_sidebarAction->setCheckable(true);
    m_sidebarAction->setChecked(true);
    m_sidebarAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_sidebarAction->setToolTip(tr("Show or hide the list of sections on the left"));
    connect(m_sidebarAction, &QAction::toggled, this, &MainWindow::setSidebarVisible);

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->setObjectName(QStringLiteral("goMenu"));
    // Section actions are added by installPage(), in section order, before this separator.
    goMenu->addSeparator();
    m_goToAction = goMenu->addAction(tr("Go &To Order or Customer…"), this, [this] { showGoTo(); });
    m_goToAction->setObjectName(QStringLiteral("goToAction"));
    m_goToAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    // From any window of the app (an order's detail is a window of its own), not only this one.
    m_goToAction->setShortcutContext(Qt::ApplicationShortcut);
    QAction *reload
        = goMenu->addAction(Icons::icon(Icons::Name::Retry), tr("&Reload Page"), this, [this] {
              if (m_userTabs->reloadCurrent())
                  return;
              if (Page *page = currentPage()) {
                  page->reset();
                  page->activate();
              }
          });
    reload->setObjectName(QStringLiteral("reloadPageAction"));
    reload->setShortcut(QKeySequence::Refresh);
    QAction *journal
        = goMenu->addAction(tr("Change &Journal…"), this, [this] { m_userTabs->showJournal(); });
    journal->setObjectName(QStringLiteral("changeJournalAction"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts
        = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] { showShortcuts(); });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcuts(
        {QKeySequence(QKeySequence::HelpContents), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(tr("&About BuiltOn Admin"), this, [this] { showAbout(); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createPages()
{
    // Opening a user from any list opens its tab, whose Orders, Subscriptions and Payment
    // methods tabs show the same lists narrowed to the user.
    auto *users = new UsersPage(m_session, m_settings);
    connect(users, &UsersPage::openUserRequested, this, &MainWindow::openUser);
    // Bulk tag changes go into the same journal as the profile edits.
    users->setJournal(m_userTabs->journal(), [this] { return m_userTabs->actor(); });
    installPage(Section::Users, users);
    auto *orders = new OrdersPage(m_session, m_settings);
    orders->ordersView()->setWriteServices(m_userTabs->writeServices());
    connect(orders, &ListPage::openUserRequested, this, &MainWindow::openUser);
    installPage(Section::Orders, orders);
    auto *subscriptions = new SubscriptionsPage(m_session, m_settings);
    subscriptions->subscriptionsView()->setJournal(
        m_userTabs->journal(), [this] { return m_userTabs->actor(); });
    connect(subscriptions, &ListPage::openUserRequested, this, &MainWindow::openUser);
    installPage(Section::Subscriptions, subscriptions);
    installPage(Section::MyAccount, new MyAccountPage(m_session, m_settings));
    UserOrderTabs::install(m_userTabs->tabsFactory(), m_settings, m_userTabs->writeServices());
}

void MainWindow::setPage(Section section, Page *page)
{
    Q_ASSERT(page);
    installPage(section, page);
    rebuildNavigation();
    if (m_session->isReady() && m_preferredSection == section)
        showSection(section);
}

void MainWindow::installPage(Section section, Page *page)
{
    PageEntry &entry = m_pages[section];
    if (entry.page) {
        if (m_stack->currentWidget() == entry.page)
            m_stack->setCurrentWidget(m_statusView);
        m_stack->removeWidget(entry.page);
        entry.page->deleteLater();
    }
    entry.page = page;
    page->setParent(m_stack);
    m_stack->addWidget(page);
    if (!entry.action) {
        QMenu *goMenu = menuBar()->findChild<QMenu *>(QStringLiteral("goMenu"));
        entry.action = new QAction(this);
        entry.action->setObjectName(
            QStringLiteral("go%1Action")
                .arg(sectionKey(section).left(1).toUpper() + sectionKey(section).mid(1)));
        // Keep the Go menu in section order: before the first later section, or the separator.
        QAction *before = nullptr;
        for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
            if (it.key() > section && it.value().action) {
                before = it.value().action;
                break;
            }
        }
        if (!before) {
            const QList<QAction *> actions = goMenu->actions();
            for (QAction *action : actions) {
                if (action->isSeparator()) {
                    before = action;
                    break;
                }
            }
        }
        goMenu->insertAction(before, entry.action);
        connect(entry.action, &QAction::triggered, this, [this, section] { showSection(section); });
    }
    entry.action->setText(page->title());
    entry.action->setIcon(page->icon());
    connect(page, &Page::errorOccurred, this,
        [this, page](const ApiError &error, const Page::RetryFunction &retry) {
            if (m_screenshotPending && page == currentPage())
                failScreenshot(error.message());
            onPageError(error, retry);
        });
    connect(page, &Page::firstDataLoaded, this, [this, page] {
        if (page == currentPage())
            onPageLoaded();
    });
    if (m_session->isReady())
        page->reset();
}

void MainWindow::rebuildNavigation()
{
    m_rebuildingNavigation = true;
    const std::optional<Section> current = currentSection();
    m_navigation->clear();
    const bool ready = m_session->isReady();
    // Until the server has said what the credentials may do, the staff sections are listed
    // greyed out, so the window does not jump around once connected.
    const AccessRole role = ready ? m_session->role() : AccessRole::Staff;
    int shortcutNumber = 1;
    int currentRow = -1;
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        const Section section = it.key();
        const PageEntry &entry = it.value();
        const bool listed = entry.page->isAvailableFor(role);
        const bool usable = listed && ready;
        entry.action->setVisible(listed);
        entry.action->setEnabled(usable);
        if (!listed) {
            entry.action->setShortcut(QKeySequence());
            continue;
        }
        const QKeySequence shortcut = shortcutNumber <= 9
            ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcutNumber))
            : QKeySequence();
        ++shortcutNumber;
        entry.action->setShortcut(shortcut);
        auto *item = new QListWidgetItem(entry.page->icon(), entry.page->title());
        item->setData(sectionRole, int(section));
        item->setData(Qt::AccessibleTextRole, entry.page->title());
        item->setSizeHint(QSize(0, 34));
        item->setToolTip(shortcut.isEmpty() ? entry.page->title()
                                            : tr("%1 (%2)").arg(entry.page->title(),
                                                shortcut.toString(QKeySequence::NativeText)));
        if (!usable)
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        m_navigation->addItem(item);
        if (usable && current == section)
            currentRow = m_navigation->count() - 1;
    }
    if (currentRow >= 0)
        m_navigation->setCurrentRow(currentRow);
    updateNavigationTexts();
    m_rebuildingNavigation = false;
    if (currentRow < 0 || !ready)
        m_stack->setCurrentWidget(m_statusView);
}

void MainWindow::updateNavigationTexts()
{
    // Narrowed down to about its icons, the list shows only them (the names stay in the
    // tooltips and for screen readers).
    const int iconOnly = m_navigation->iconSize().width() + 24;
    const bool compact
        = m_navigation->width() < iconOnly + 4 * m_navigation->fontMetrics().averageCharWidth();
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        const QString text = compact ? QString() : item->data(Qt::AccessibleTextRole).toString();
        if (item->text() != text)
            item->setText(text);
    }
}

bool MainWindow::isSidebarVisible() const
{
    return !m_navigation->isHidden();
}

void MainWindow::setSidebarVisible(bool visible)
{
    if (visible == isSidebarVisible()) {
        m_sidebarAction->setChecked(visible);
        return;
    }
    const bool hadFocus = m_navigation->hasFocus();
    m_navigation->setVisible(visible);
    m_sidebarAction->setChecked(visible);
    if (hadFocus && !visible)
        m_userTabs->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_navigation && event->type() == QEvent::Resize)
        updateNavigationTexts();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::onNavigationRowChanged(int row)
{
    if (m_rebuildingNavigation || row < 0)
        return;
    QListWidgetItem *item = m_navigation->item(row);
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const auto section = Section(item->data(sectionRole).toInt());
    Page *page = m_pages.value(section).page;
    if (!page || !m_session->isReady())
        return;
    m_preferredSection = section;
    m_stack->setCurrentWidget(page);
    m_userTabs->showHome();
    updateTitle();
    page->activate();
}

Page *MainWindow::page(Section section) const
{
    return m_pages.value(section).page;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

std::optional<MainWindow::Section> MainWindow::currentSection() const
{
    const Page *current = currentPage();
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        if (it.value().page == current && current)
            return it.key();
    }
    return std::nullopt;
}

QList<MainWindow::Section> MainWindow::availableSections() const
{
    QList<Section> sections;
    if (!m_session->isReady())
        return sections;
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        if (it.value().page->isAvailableFor(m_session->role()))
            sections.append(it.key());
    }
    return sections;
}

bool MainWindow::showSection(Section section)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        if (Section(item->data(sectionRole).toInt()) != section)
            continue;
        if (!(item->flags() & Qt::ItemIsEnabled))
            return false;
        if (m_navigation->currentRow() == row)
            onNavigationRowChanged(row);
        else
            m_navigation->setCurrentRow(row);
        return true;
    }
    return false;
}

void MainWindow::onSessionStateChanged()
{
    if (!m_session->isReady())
        rebuildNavigation();
    updateTitle();
    updateStatusBar();
    updateStatusView();
}

void MainWindow::onAboutToSwitch()
{
    m_expiryTimer.stop();
    m_banner->dismiss();
    for (const PageEntry &entry : std::as_const(m_pages))
        entry.page->reset();
    m_stack->setCurrentWidget(m_statusView);
}

void MainWindow::onSessionReady()
{
    rebuildNavigation();
    const QList<Section> sections = availableSections();
    if (sections.isEmpty()) {
        m_statusView->showStatus(
            tr("Nothing to show"), tr("These credentials reach no page of BuiltOn Admin."), true);
        return;
    }
    Section target = sections.constFirst();
    if (m_preferredSection && sections.contains(*m_preferredSection))
        target = *m_preferredSection;
    showSection(target);
    updateTitle();
    updateStatusBar();
    warnAboutTokenExpiry();
}

void MainWindow::onConnectionFailed(const ApiError &error)
{
    if (m_screenshotPending)
        failScreenshot(error.message());
    if (error.kind() == ApiError::Kind::Unauthorized) {
        const TokenInfo token = m_session->tokenInfo();
        const QString text = token.isExpired(Clock::currentDateTimeUtc())
            ? tr("The token of “%1” expired on %2, so the server no longer accepts it. Enter a "
                 "new token to keep working.")
                  .arg(m_session->profile().name(),
                      QLocale().toString(token.expiry().toLocalTime(), QLocale::LongFormat))
            : tr("The server does not accept the credentials of “%1”. %2")
                  .arg(m_session->profile().name(), error.message());
        m_banner->showMessage(
            ErrorBanner::Level::Error, text, tr("Sign In Again…"), [this] { signInAgain(); });
        return;
    }
    m_banner->showMessage(
        ErrorBanner::Level::Error, error.message(), tr("Retry"), [this] { m_session->retry(); });
}

void MainWindow::onCredentialsUnavailable(const CredentialResult &result)
{
    if (m_screenshotPending)
        failScreenshot(result.message());
    ErrorBanner::Level level = ErrorBanner::Level::Error;
    QString text = result.message();
    switch (result.status()) {
    case CredentialResult::Status::NotFound:
        level = ErrorBanner::Level::Information;
        break;
    case CredentialResult::Status::Locked:
    case CredentialResult::Status::Unavailable:
        level = ErrorBanner::Level::Warning;
        text += QLatin1Char(' ')
            + tr("You can enter the API key and token for this session only; they are then "
                 "kept in memory and forgotten when BuiltOn Admin quits.");
        break;
    default:
        break;
    }
    const QUuid id = m_session->profile().id();
    m_banner->showMessage(
        level, text, tr("Enter Credentials…"), [this, id] { showConnectionDialog(id); });
}

void MainWindow::onCredentialsRejected(const ApiError &error)
{
    m_banner->showMessage(ErrorBanner::Level::Error,
        tr("The credentials of “%1” are no longer valid. %2")
            .arg(m_session->profile().name(), error.message()),
        tr("Sign In Again…"), [this] { signInAgain(); });
}

void MainWindow::onPageError(const ApiError &error, const std::function<void()> &retry)
{
    if (error.isCancellation())
        return;
    m_banner->showMessage(ErrorBanner::Level::Error, error.message(), tr("Retry"), retry);
}

void MainWindow::onPageLoaded()
{
    if (!m_screenshotPending)
        return;
    // Let the layouts settle and the table paint before grabbing.
    QTimer::singleShot(100, this, &MainWindow::finishScreenshot);
}

void MainWindow::onActiveRequestsChanged(int count)
{
    m_requestsInFlight = count;
    m_busyIndicator->setVisible(count > 0);
    m_activityLabel->setText(count > 0 ? tr("Loading…") : QString());
    m_activityLabel->setToolTip(tr("Requests in flight: %1").arg(count));
    m_busyIndicator->setToolTip(m_activityLabel->toolTip());
}

void MainWindow::signInAgain()
{
    if (m_session->isTransient() || !m_session->hasProfile()) {
        showConnectionDialog();
        if (m_dialog && m_session->hasProfile())
            m_dialog->startNewProfile(m_session->profile().baseUrl());
        return;
    }
    showConnectionDialog(m_session->profile().id());
}

void MainWindow::signOut()
{
    if (!m_session->hasProfile() || !confirmLeaveAll([this] { signOut(); }))
        return;
    const ConnectionProfile profile = m_session->profile();
    const bool transient = m_session->isTransient();
    const QString question = transient
        ? tr("Sign out of “%1”? Its credentials are only in memory and will be forgotten.")
              .arg(profile.name())
        : tr("Sign out of “%1” and remove its API key and token from this computer? You will "
             "need them again to connect.")
              .arg(profile.name());
    if (MessageBox::question(this, tr("Sign Out"), question, QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_session->close();
    if (transient) {
        m_session->removeTransientProfile(profile.id());
        m_banner->showMessage(ErrorBanner::Level::Information,
            tr("Signed out of “%1”; its credentials were forgotten.").arg(profile.name()));
        return;
    }
    m_profiles->setCurrentId(QUuid());
    CredentialReply *reply = m_session->credentialStore()->remove(profile);
    connect(reply, &CredentialReply::finished, this, [this, reply](const CredentialResult &result) {
        reply->deleteLater();
        m_banner->showMessage(
            result.isSuccess() ? ErrorBanner::Level::Information : ErrorBanner::Level::Error,
            result.message());
    });
}

void MainWindow::populateSwitchMenu()
{
    m_switchMenu->clear();
    const QUuid currentId = m_session->profile().id();
    auto addProfile = [this, currentId](const ConnectionProfile &profile, bool transient) {
        QString text = tr("%1 (%2)").arg(
            profile.name(), ConnectionProfile::environmentName(profile.environment()));
        if (transient)
            text = tr("%1, this session only").arg(text);
        QAction *action = m_switchMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(profile.id() == currentId);
        if (profile.isProduction())
            action->setIcon(Icons::icon(Icons::Name::Warning));
        connect(action, &QAction::triggered, this, [this, profile] { switchToProfile(profile); });
    };
    const QList<ConnectionProfile> stored = m_profiles->profiles();
    for (const ConnectionProfile &profile : stored)
        addProfile(profile, false);
    const QList<ConnectionProfile> transient = m_session->transientProfiles();
    if (!stored.isEmpty() && !transient.isEmpty())
        m_switchMenu->addSeparator();
    for (const ConnectionProfile &profile : transient)
        addProfile(profile, true);
    if (stored.isEmpty() && transient.isEmpty()) {
        QAction *none = m_switchMenu->addAction(tr("No connections yet"));
        none->setEnabled(false);
    }
}

bool MainWindow::switchToProfile(const ConnectionProfile &profile)
{
    if (!confirmLeaveAll([this, profile] { switchToProfile(profile); }))
        return false;
    for (const ConnectionProfile &transient : m_session->transientProfiles()) {
        if (transient.id() == profile.id())
            return m_session->openTransient(profile.id());
    }
    QString error;
    if (!m_profiles->setCurrentId(profile.id(), &error))
        qCWarning(lcUiShell).noquote() << "Cannot remember the current connection:" << error;
    m_session->open(profile);
    return true;
}

void MainWindow::showConnectionDialog(const QUuid &profileId)
{
    if (!m_dialog) {
        m_dialog = new ConnectionDialog(m_profiles, m_session->credentialStore(), this);
        connect(m_dialog, &ConnectionDialog::connectRequested, this,
            [this](const ConnectionProfile &profile) {
                if (switchToProfile(profile))
                    m_dialog->close();
            });
        connect(m_dialog, &ConnectionDialog::credentialsSaved, this,
            [this](const ConnectionProfile &profile) {
                if (!m_session->isTransient() && profile.id() == m_session->profile().id())
                    m_session->open(profile);
            });
    }
    if (!profileId.isNull())
        m_dialog->selectProfile(profileId);
    else if (m_profiles->count() == 0)
        m_dialog->startNewProfile();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void MainWindow::warnAboutTokenExpiry()
{
    m_expiryTimer.stop();
    if (!m_session->isReady())
        return;
    const TokenInfo info = m_session->tokenInfo();
    if (!info.hasExpiry())
        return;
    const QDateTime now = Clock::currentDateTimeUtc();
    const QString name = m_session->profile().name();
    const QString when = QLocale().toString(info.expiry().toLocalTime(), QLocale::LongFormat);
    if (info.isExpired(now)) {
        m_banner->showMessage(ErrorBanner::Level::Error,
            tr("The token of “%1” expired on %2. Enter a new token to keep working.")
                .arg(name, when),
            tr("Sign In Again…"), [this] { signInAgain(); });
        return;
    }
    const qint64 seconds = info.secondsUntilExpiry(now);
    if (info.expiresWithin(Session::expiryWarningSeconds, now)) {
        m_banner->showMessage(ErrorBanner::Level::Warning,
            tr("The token of “%1” expires on %2, less than a week from now. Ask for a new one "
               "and enter it under Connections before then.")
                .arg(name, when),
            tr("Edit Connection…"), [this] { signInAgain(); });
    }
    // Check again when the warning period starts, or when the token runs out. Timers take
    // int milliseconds, so far-away moments are checked again in 20 days.
    qint64 next = seconds > Session::expiryWarningSeconds ? seconds - Session::expiryWarningSeconds
                                                          : seconds;
    next = qBound(qint64(1), next, qint64(20 * 24 * 3600));
    m_expiryTimer.start(int(next * 1000));
}

void MainWindow::updateTitle()
{
    QString title;
    if (!m_session->hasProfile()) {
        title = tr("Not connected");
    } else {
        title = m_session->profile().name();
        if (const Page *page = currentPage())
            title = tr("%1 — %2").arg(page->title(), title);
        if (m_session->profile().isProduction())
            title = tr("%1 [PRODUCTION]").arg(title);
    }
    setWindowTitle(title);
}

void MainWindow::updateStatusBar()
{
    if (m_session->hasProfile()) {
        const ConnectionProfile profile = m_session->profile();
        QString text = tr("%1 · %2").arg(
            profile.name(), ConnectionProfile::environmentName(profile.environment()));
        if (m_session->isTransient())
            text = tr("%1 (this session only)").arg(text);
        m_profileLabel->setText(text);
        m_profileLabel->setToolTip(ConnectionProfile::canonicalUrl(profile.baseUrl()));
        QPalette pal = palette();
        if (profile.isProduction())
            pal.setColor(QPalette::WindowText, Appearance::productionText(pal));
        m_profileLabel->setPalette(pal);
        QFont font = this->font();
        font.setBold(profile.isProduction());
        m_profileLabel->setFont(font);
    } else {
        m_profileLabel->setText(tr("No connection"));
        m_profileLabel->setToolTip(QString());
        m_profileLabel->setPalette(palette());
        m_profileLabel->setFont(font());
    }

    switch (m_session->state()) {
    case Session::State::Ready:
        m_roleLabel->setText(accessRoleName(m_session->role()));
        break;
    case Session::State::ReadingCredentials:
    case Session::State::Connecting:
        m_roleLabel->setText(tr("Connecting…"));
        break;
    case Session::State::Failed:
        m_roleLabel->setText(tr("Not connected"));
        break;
    case Session::State::Closed:
        m_roleLabel->setText(QString());
        break;
    }
    m_roleLabel->setVisible(!m_roleLabel->text().isEmpty());
    m_roleSeparator->setVisible(m_roleLabel->isVisibleTo(this));
    m_reconnectAction->setEnabled(m_session->hasProfile());
    m_signOutAction->setEnabled(m_session->hasProfile());
}

void MainWindow::updateStatusView()
{
    const QString name = m_session->profile().name();
    switch (m_session->state()) {
    case Session::State::Closed:
        if (m_profiles->count() == 0 && m_session->transientProfiles().isEmpty()) {
            m_statusView->showStatus(tr("Welcome to BuiltOn Admin"),
                tr("Add a connection to start: the address of a BuiltOn server, an API key "
                   "and a token."),
                false);
        } else {
            m_statusView->showStatus(
                tr("Not connected"), tr("Choose a connection to work with."), false);
        }
        break;
    case Session::State::ReadingCredentials:
        m_statusView->showStatus(tr("Connecting to “%1”…").arg(name),
            tr("Reading the credentials from the system keyring."), false);
        break;
    case Session::State::Connecting:
        m_statusView->showStatus(tr("Connecting to “%1”…").arg(name),
            tr("Asking %1 what these credentials may do.")
                .arg(ConnectionProfile::canonicalUrl(m_session->profile().baseUrl())),
            false);
        break;
    case Session::State::Failed:
        m_statusView->showStatus(tr("Could not connect to “%1”").arg(name),
            m_session->failedOnCredentials() ? m_session->credentialResult().message()
                                             : m_session->error().message(),
            true);
        break;
    case Session::State::Ready:
        break;
    }
}

UserDetailTab *MainWindow::openUser(const QString &userId)
{
    return m_userTabs->openUser(userId);
}

UserTabsFactory &MainWindow::userTabsFactory()
{
    return m_userTabs->tabsFactory();
}

bool MainWindow::confirmLeaveAll(const std::function<void()> &continueLater)
{
    if (!m_userTabs->confirmLeave(continueLater))
        return false;
    for (const PageEntry &entry : std::as_const(m_pages)) {
        if (!entry.page->confirmLeave())
            return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeaveAll([this] { close(); })) {
        event->ignore();
        return;
    }
    saveWindowState();
    if (m_dialog)
        m_dialog->close();
    event->accept();
}

PreferencesDialog *MainWindow::showPreferences()
{
    return showInFront(m_preferencesDialog, [this] {
        auto *dialog = new PreferencesDialog(m_settings, this);
        connect(dialog, &PreferencesDialog::applied, this,
            [this](const Preferences &preferences, bool languageChanged) {
                preferences.applyToSession(m_session);
                Appearance::apply(preferences.effectiveAppearance());
                if (languageChanged) {
                    m_banner->showMessage(ErrorBanner::Level::Information,
                        tr("The new language is used the next time BuiltOn Admin starts."));
                }
            });
        return dialog;
    });
}

GoToDialog *MainWindow::showGoTo()
{
    if (!m_session->isReady() || !m_session->client()
        || !availableSections().contains(Section::Orders))
        return nullptr;
    return showInFront(m_goToDialog, [this] {
        auto *dialog = new GoToDialog(m_session->client(), this);
        connect(dialog, &GoToDialog::openCustomerRequested, this, &MainWindow::openUser);
        connect(dialog, &GoToDialog::openOrderRequested, this,
            [this](const QString &id, const QString &humanId) {
                auto *orders = qobject_cast<OrdersPage *>(page(Section::Orders));
                if (orders)
                    orders->ordersView()->openOrderById(id, humanId);
            });
        return dialog;
    });
}

GoToDialog *MainWindow::goToDialog() const
{
    return m_goToDialog;
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    return showInFront(m_shortcutsDialog, [this] { return new ShortcutsDialog(this, this); });
}

AboutDialog *MainWindow::showAbout()
{
    return showInFront(m_aboutDialog, [this] { return new AboutDialog(m_session, this); });
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // Colours derived from the palette (dark or light) are worked out again, and the
        // one-colour icons redrawn for it.
        applyPaletteColours();
        updateStatusBar();
        m_connectionsAction->setIcon(Icons::icon(Icons::Name::Connections));
        m_reconnectAction->setIcon(Icons::icon(Icons::Name::Retry));
        rebuildNavigation();
    }
}

void MainWindow::applyPaletteColours()
{
    // The navigation list sits on the window colour, not on a white (or black) field.
    QPalette navPalette = palette();
    navPalette.setColor(QPalette::Base, navPalette.color(QPalette::Window));
    m_navigation->setPalette(navPalette);
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings->value(geometryKey).toByteArray()))
        resize(1180, 740);
    restoreState(m_settings->value(stateKey).toByteArray());
    m_splitter->restoreState(m_settings->value(splitterKey).toByteArray());
    setSidebarVisible(m_settings->value(sidebarKey, true).toBool());
    const QString key = m_settings->value(sectionSettingsKey).toString();
    for (const Section section :
        {Section::Users, Section::Orders, Section::Subscriptions, Section::MyAccount}) {
        if (sectionKey(section) == key)
            m_preferredSection = section;
    }
}

void MainWindow::saveWindowState()
{
    m_settings->setValue(geometryKey, saveGeometry());
    m_settings->setValue(stateKey, saveState());
    m_settings->setValue(splitterKey, m_splitter->saveState());
    m_settings->setValue(sidebarKey, isSidebarVisible());
    if (m_preferredSection)
        m_settings->setValue(sectionSettingsKey, sectionKey(*m_preferredSection));
    m_settings->sync();
}

QString MainWindow::sectionKey(Section section)
{
    switch (section) {
    case Section::Users:
        return QStringLiteral("users");
    case Section::Orders:
        return QStringLiteral("orders");
    case Section::Subscriptions:
        return QStringLiteral("subscriptions");
    case Section::MyAccount:
        return QStringLiteral("myAccount");
    }
    return QString();
}

void MainWindow::saveScreenshotWhenLoaded(const QString &path, int timeoutMs)
{
    m_screenshotPath = path;
    m_screenshotPending = true;
    m_screenshotTimer.start(timeoutMs);
    if (m_session->state() == Session::State::Failed) {
        failScreenshot(m_session->failedOnCredentials() ? m_session->credentialResult().message()
                                                        : m_session->error().message());
        return;
    }
    if (const Page *page = currentPage(); page && page->hasLoadedData())
        onPageLoaded();
}

void MainWindow::finishScreenshot()
{
    if (!m_screenshotPending)
        return;
    m_screenshotPending = false;
    m_screenshotTimer.stop();
    const QPixmap pixmap = grab();
    if (pixmap.isNull() || !pixmap.save(m_screenshotPath, "PNG")) {
        Q_EMIT screenshotFailed(tr("Cannot write the screenshot to %1.")
                                    .arg(QDir::toNativeSeparators(m_screenshotPath)));
        return;
    }
    qCInfo(lcUiShell).noquote() << "Screenshot saved to" << m_screenshotPath;
    Q_EMIT screenshotSaved(m_screenshotPath);
}

void MainWindow::failScreenshot(const QString &message)
{
    if (!m_screenshotPending)
        return;
    m_screenshotPending = false;
    m_screenshotTimer.stop();
    Q_EMIT screenshotFailed(message);
}
