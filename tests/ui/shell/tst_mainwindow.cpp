// SPDX-License-Identifier: GPL-3.0-or-later

// The main window against the real builton-server (TestServer): navigation by keyboard,
// status bar, error banner and Retry, production marking, staff versus customer, profile
// switching without restart, geometry across two windows. Sessions here use credentials kept
// in memory (as --demo and --server do); the keychain paths are tst_connectiondialog's.

#include "api/ApiClient.h"
#include "api/CredentialStore.h"
#include "api/ProfileStore.h"
#include "api/Version.h"
#include "models/Clock.h"
#include "models/items/OrdersModel.h"
#include "models/items/SubscriptionsModel.h"
#include "models/items/UsersModel.h"
#include "session/Session.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/account/MyAccountPage.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/connection/ConnectionStatusView.h"
#include "ui/orders/OrdersPage.h"
#include "ui/orders/OrdersView.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/EnvironmentBand.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PreferencesDialog.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/subscriptions/SubscriptionsPage.h"
#include "ui/subscriptions/SubscriptionsView.h"
#include "ui/userdetail/UserDetailArea.h"
#include "ui/users/UsersPage.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/ListPanel.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/Page.h"
#include "ui/widgets/StatusLabel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using Section = MainWindow::Section;

namespace {

constexpr int waitMs = 30000;

/// A page that may refuse to be left, as an editor with unsaved changes does.
class GuardedPage final : public Page
{
public:
    explicit GuardedPage(Session *session) : Page(session)
    {
        setObjectName(QStringLiteral("guardedPage"));
    }
    QString title() const override { return QStringLiteral("Guarded"); }
    QIcon icon() const override { return QIcon(); }
    bool isAvailableFor(AccessRole role) const override { return role == AccessRole::Staff; }
    void activate() override { markDataLoaded(); }
    bool confirmLeave() override
    {
        ++asked;
        return allowLeaving;
    }

    bool allowLeaving = false;
    int asked = 0;

protected:
    void resetContents() override { }
};

qint64 listTotal(const TestHttpResponse &response)
{
    return response.header("X-Pagination-Total").toLongLong();
}

QString fullName(const QJsonObject &user)
{
    return QStringList {user.value(QLatin1String("first_name")).toString(),
        user.value(QLatin1String("last_name")).toString()}
        .join(QLatin1Char(' '))
        .trimmed();
}

/// A loopback port nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 9;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void staffSeesStaffPages();
    void customerSeesOwnRecordOnly();
    void keyboardNavigation();
    void statusBarShowsProfileRoleAndActivity();
    void longMessagesKeepTheWindowWidth();
    void sidebarNarrowsCollapsesAndIsRemembered();
    void errorBannerRetryAfterServerComesBack();
    void credentialsRejectedOffersSignIn();
    void connectionFailureShowsWhy();
    void expiredTokenIsExplained();
    void tokenExpiryWarningAtSignIn_data();
    void tokenExpiryWarningAtSignIn();
    void productionMarking_data();
    void productionMarking();
    void switchProfileWithoutRestart();
    void leaveGuardBlocksSwitchAndClose();
    void geometryAndSectionRestored();
    void signOutForgetsSessionCredentials();
    void screenshotAfterFirstData();
    void screenshotFailsWithReason();
    void interactiveWidgetsAreNamed();
    void aboutShowsVersionLicenceAndConnection();
    void dialogsOpenByTheirShortcuts_data();
    void dialogsOpenByTheirShortcuts();
    void shortcutOverviewListsRealActions();
    void shortcutOverviewFilterAndKeyboard();

private:
    ConnectionProfile addTransient(const QString &name, const QUrl &url,
        ConnectionProfile::Environment environment, const ProfileCredentials &credentials,
        const QString &colour = QString());
    ConnectionProfile openStaff(
        ConnectionProfile::Environment environment = ConnectionProfile::Environment::Local);
    ConnectionProfile openCustomer();
    void createWindow();
    /// The model of the list page of \a section (Users, Orders, Subscriptions).
    PagedTableModel *listModel(Section section) const;
    TestHttp::Headers staffHeaders() const;

    TestServer m_server;
    TestCredentials m_credentials;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_usersTester;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 80;
    options.orders = 400;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_credentials = m_server.credentials();
    QVERIFY(!m_credentials.apiKey.isEmpty());
    QVERIFY(!m_credentials.userToken.isEmpty());
}

void TestMainWindow::init()
{
    Clock::setTestTime(QDateTime());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_store = std::make_unique<CredentialStore>(QStringLiteral("BuiltOn Admin (ui tests)"));
    m_session = std::make_unique<Session>(m_store.get());
    createWindow();
}

void TestMainWindow::cleanup()
{
    m_usersTester.reset();
    m_window.reset();
    m_session.reset();
    m_store.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
    Clock::setTestTime(QDateTime());
}

void TestMainWindow::createWindow()
{
    m_usersTester.reset();
    m_window = std::make_unique<MainWindow>(m_session.get(), m_profiles.get(), m_settings.get());
    m_usersTester = std::make_unique<QAbstractItemModelTester>(
        listModel(Section::Users), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

PagedTableModel *TestMainWindow::listModel(Section section) const
{
    Page *page = m_window->page(section);
    if (auto *users = qobject_cast<UsersPage *>(page))
        return users->model();
    if (auto *orders = qobject_cast<OrdersPage *>(page))
        return orders->ordersView()->model();
    if (auto *subscriptions = qobject_cast<SubscriptionsPage *>(page))
        return subscriptions->subscriptionsView()->model();
    return nullptr;
}

TestHttp::Headers TestMainWindow::staffHeaders() const
{
    return TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey);
}

ConnectionProfile TestMainWindow::addTransient(const QString &name, const QUrl &url,
    ConnectionProfile::Environment environment, const ProfileCredentials &credentials,
    const QString &colour)
{
    ConnectionProfile profile = ConnectionProfile::create(name, url, environment);
    profile.setColour(colour);
    m_session->addTransientProfile(profile, credentials);
    return profile;
}

ConnectionProfile TestMainWindow::openStaff(ConnectionProfile::Environment environment)
{
    const ConnectionProfile profile = addTransient(QStringLiteral("Test shop"), m_server.url(),
        environment, {m_credentials.apiKey, m_credentials.serviceAccountKey});
    m_session->openTransient(profile.id());
    return profile;
}

ConnectionProfile TestMainWindow::openCustomer()
{
    const ConnectionProfile profile = addTransient(QStringLiteral("Test customer"), m_server.url(),
        ConnectionProfile::Environment::Local, {m_credentials.apiKey, m_credentials.userToken});
    m_session->openTransient(profile.id());
    return profile;
}

void TestMainWindow::staffSeesStaffPages()
{
    m_window->show();
    openStaff();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    QCOMPARE(m_session->role(), AccessRole::Staff);
    QCOMPARE(m_window->availableSections(),
        (QList<Section> {Section::Users, Section::Orders, Section::Subscriptions}));
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 3);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Users"));
    QCOMPARE(m_window->currentSection(), std::optional<Section>(Section::Users));

    // The table shows the server's newest users (one page: all of them), and says how many.
    PagedTableModel *model = listModel(Section::Users);
    const TestHttpResponse expected = TestHttp::get(
        QUrl(m_server.url().toString()
            + QStringLiteral("/users?size=%1&sort=-created").arg(model->pageSize())),
        staffHeaders());
    QCOMPARE(expected.status, 200);
    const QJsonArray users = expected.json().array();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(users.size()), waitMs);
    QVERIFY(m_window->currentPage()->hasLoadedData());
    QCOMPARE(model->index(0, UsersModel::Name).data().toString(), fullName(users.at(0).toObject()));
    QCOMPARE(model->index(0, UsersModel::Email).data().toString(),
        users.at(0).toObject().value(QLatin1String("email")).toString());
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("usersCount"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QString::number(listTotal(expected))),
        qPrintable(summary->text()));

    // Staff pages and the customer's page are mutually exclusive.
    QVERIFY(!m_window->page(Section::MyAccount)->isAvailableFor(AccessRole::Staff));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("goMyAccountAction"))->isVisible());
}

void TestMainWindow::customerSeesOwnRecordOnly()
{
    auto *accountPage = qobject_cast<MyAccountPage *>(m_window->page(Section::MyAccount));
    QVERIFY(accountPage);
    QAbstractItemModelTester ordersTester(
        accountPage->ordersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    openCustomer();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    QCOMPARE(m_session->role(), AccessRole::Customer);
    QCOMPARE(m_window->availableSections(), QList<Section> {Section::MyAccount});
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->count(), 1);
    for (const char *hidden : {"goUsersAction", "goOrdersAction", "goSubscriptionsAction"}) {
        auto *action = m_window->findChild<QAction *>(QLatin1String(hidden));
        QVERIFY(action);
        QVERIFY2(!action->isVisible() && !action->isEnabled(), hidden);
    }
    QVERIFY(!m_window->showSection(Section::Users));
    QCOMPARE(m_window->currentSection(), std::optional<Section>(Section::MyAccount));

    const TestHttp::Headers headers = TestHttp::auth(m_credentials.apiKey, m_credentials.userToken);
    const TestHttpResponse me
        = TestHttp::get(QUrl(m_server.url().toString() + QStringLiteral("/users/me")), headers);
    QCOMPARE(me.status, 200);
    const TestHttpResponse orders = TestHttp::get(
        QUrl(m_server.url().toString() + QStringLiteral("/users/me/orders?size=1000")), headers);
    QCOMPARE(orders.status, 200);
    QStringList expectedIds;
    for (const QJsonValue &order : orders.json().array())
        expectedIds << order.toObject()
                           .value(QLatin1String("_id"))
                           .toObject()
                           .value(QLatin1String("$oid"))
                           .toString();
    QVERIFY(!expectedIds.isEmpty());

    auto *page = qobject_cast<MyAccountPage *>(m_window->page(Section::MyAccount));
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasLoadedData(), waitMs);
    const QString name = fullName(me.json().object());
    QCOMPARE(page->shownName(), name.isEmpty() ? page->shownName() : name);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("myAccountEmail"))->text(),
        me.json().object().value(QLatin1String("email")).toString());
    // The customer's own orders, newest first, as the API lists them (all of them: fewer
    // than one page).
    OrdersModel *ordersModel = page->ordersModel();
    QTRY_VERIFY_WITH_TIMEOUT(!ordersModel->isLoading() && !ordersModel->canFetchMore({}), waitMs);
    QCOMPARE(ordersModel->totalCount(), qint64(expectedIds.size()));
    QStringList shownIds;
    for (int row = 0; row < ordersModel->rowCount(); ++row)
        shownIds << ordersModel->orderId(row);
    QCOMPARE(shownIds, expectedIds);
    // The staff routes were never shown data: their tables stay empty.
    QCOMPARE(listModel(Section::Users)->rowCount(), 0);
    auto *role = m_window->findChild<QLabel *>(QStringLiteral("statusRole"));
    QCOMPARE(role->text(), QStringLiteral("Customer"));
}

void TestMainWindow::keyboardNavigation()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    openStaff();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    QCOMPARE(m_window->currentSection(), std::optional<Section>(Section::Users));

    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), std::optional<Section>(Section::Orders));
    QTRY_VERIFY_WITH_TIMEOUT(listModel(Section::Orders)->rowCount() > 0, waitMs);
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Orders")));

    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), std::optional<Section>(Section::Subscriptions));
    QTRY_VERIFY_WITH_TIMEOUT(listModel(Section::Subscriptions)->rowCount() > 0, waitMs);

    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), std::optional<Section>(Section::Users));

    // Arrow keys in the navigation list move between sections too.
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(m_window->currentSection(), std::optional<Section>(Section::Orders));

    // A customer has one section: Ctrl+1 is it, Ctrl+2 leads nowhere.
    openCustomer();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_session->isReady() && m_session->role() == AccessRole::Customer, waitMs);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), std::optional<Section>(Section::MyAccount));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), std::optional<Section>(Section::MyAccount));
}

void TestMainWindow::statusBarShowsProfileRoleAndActivity()
{
    m_window->show();
    auto *profile = m_window->findChild<QLabel *>(QStringLiteral("statusProfile"));
    auto *role = m_window->findChild<QLabel *>(QStringLiteral("statusRole"));
    auto *busy = m_window->findChild<QProgressBar *>(QStringLiteral("statusBusyIndicator"));
    auto *activity = m_window->findChild<QLabel *>(QStringLiteral("statusActivity"));
    QVERIFY(profile && role && busy && activity);
    QCOMPARE(profile->text(), QStringLiteral("No connection"));
    QVERIFY(!busy->isVisible());

    openStaff();
    // The probe is in flight right away.
    QCOMPARE(m_window->requestsInFlight(), 1);
    QVERIFY(busy->isVisible());
    QCOMPARE(role->text(), QStringLiteral("Connecting…"));
    QVERIFY(profile->text().startsWith(QStringLiteral("Test shop · Local")));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    QCOMPARE(role->text(), QStringLiteral("Staff"));
    QTRY_VERIFY_WITH_TIMEOUT(listModel(Section::Users)->rowCount() > 0, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->requestsInFlight(), 0, waitMs);
    QVERIFY(!busy->isVisible());
    QVERIFY(activity->text().isEmpty());

    // A reload shows the indicator while it runs, bound to the client's count.
    QSignalSpy counts(m_session->client(), &ApiClient::activeRequestsChanged);
    m_window->findChild<QAction *>(QStringLiteral("reloadPageAction"))->trigger();
    QCOMPARE(m_window->requestsInFlight(), 1);
    QVERIFY(busy->isVisible());
    QCOMPARE(activity->text(), QStringLiteral("Loading…"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->requestsInFlight(), 0, waitMs);
    QVERIFY(!busy->isVisible());
    QVERIFY(counts.size() >= 2);
    QCOMPARE(counts.constLast().at(0).toInt(), 0);
}

void TestMainWindow::longMessagesKeepTheWindowWidth()
{
    // A 500-character text in the status bar (a long connection name), in a list's work strip
    // or in the message banner is elided or wrapped: the window keeps its width.
    m_window->resize(1180, 740);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QString words
        = QStringLiteral("Exported every user of the shop to a file. ").repeated(12);
    const QString unbroken = QStringLiteral("/home/support/Documents/").repeated(21);
    QCOMPARE(words.left(500).size(), 500);
    QVERIFY(unbroken.size() >= 500);
    const ConnectionProfile profile
        = addTransient(words.left(500), m_server.url(), ConnectionProfile::Environment::Local,
            {m_credentials.apiKey, m_credentials.serviceAccountKey});
    QVERIFY(m_session->openTransient(profile.id()));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(listModel(Section::Users)->rowCount() > 0, waitMs);
    QCOMPARE(m_window->width(), 1180);
    auto *profileLabel = m_window->findChild<QLabel *>(QStringLiteral("statusProfile"));
    QVERIFY(profileLabel->text().startsWith(words.left(500)));
    QVERIFY(m_window->minimumSizeHint().width() < 1180);

    auto *panel
        = m_window->page(Section::Users)->findChild<ListPanel *>(QStringLiteral("usersPanel"));
    QVERIFY(panel);
    for (const QString &text : {words.left(500), unbroken.left(500)}) {
        panel->endWork(text);
        m_window->banner()->showMessage(ErrorBanner::Level::Error, text);
        QCoreApplication::processEvents();
        QCOMPARE(m_window->width(), 1180);
        QVERIFY2(m_window->minimumSizeHint().width() < 1180,
            qPrintable(QString::number(m_window->minimumSizeHint().width())));
        // The whole text is kept: in the label (tooltip, screen readers), not cut off.
        QCOMPARE(panel->workStatus()->text(), text);
        QVERIFY(panel->workStatus()->isVisible());
    }
}

void TestMainWindow::sidebarNarrowsCollapsesAndIsRemembered()
{
    m_window->resize(1180, 740);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    openStaff();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("showSidebarAction"));
    QVERIFY(splitter && navigation && toggle);
    QVERIFY(toggle->isChecked() && navigation->isVisible());
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Users"));

    // The splitter narrows the sidebar down to its icons: the names go, and stay in the
    // tooltips and for screen readers.
    const int total = splitter->width();
    splitter->setSizes({10, total});
    QTRY_VERIFY(navigation->width() < 80);
    QCOMPARE(navigation->width(), navigation->minimumWidth());
    QTRY_COMPARE(navigation->item(0)->text(), QString());
    QCOMPARE(navigation->item(0)->data(Qt::AccessibleTextRole).toString(), QStringLiteral("Users"));
    QVERIFY(navigation->item(0)->toolTip().startsWith(QStringLiteral("Users")));
    splitter->setSizes({130, total - 130});
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Users"));
    const int narrowed = navigation->width();
    QVERIFY(narrowed < 150);

    // F9 (Window ▸ Show Sidebar) hides it; the sections are still a key away, and the page has
    // the width.
    navigation->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    QVERIFY(!navigation->isVisible());
    QVERIFY(!toggle->isChecked());
    QVERIFY(!navigation->hasFocus());
    QTRY_COMPARE(m_window->userTabs()->width(), splitter->width());
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), std::optional<Section>(Section::Orders));

    // Remembered, hidden, with the width it had.
    QVERIFY(m_window->close());
    createWindow();
    m_window->resize(1180, 740);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    toggle = m_window->findChild<QAction *>(QStringLiteral("showSidebarAction"));
    QVERIFY(!navigation->isVisible());
    QVERIFY(!toggle->isChecked());
    toggle->trigger();
    QVERIFY(navigation->isVisible());
    QVERIFY(m_window->isSidebarVisible());
    QTRY_COMPARE(navigation->width(), narrowed);
}

void TestMainWindow::errorBannerRetryAfterServerComesBack()
{
    // A server of this test's own, with its database in a file so it can come back with the
    // same data on the same port.
    TestServer server;
    TestServer::Options options;
    options.users = 30;
    options.orders = 120;
    options.dbPath = m_dir->filePath(QStringLiteral("retry.sqlite"));
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    const QUrl url = server.url();
    const TestCredentials credentials = server.credentials();

    m_window->show();
    const ConnectionProfile profile = addTransient(QStringLiteral("Flaky"), url,
        ConnectionProfile::Environment::Local, {credentials.apiKey, credentials.serviceAccountKey});
    m_session->openTransient(profile.id());
    QTRY_VERIFY_WITH_TIMEOUT(listModel(Section::Users)->rowCount() > 0, waitMs);
    ErrorBanner *banner = m_window->banner();
    QVERIFY(!banner->isShowing());

    server.stop();
    QVERIFY(m_window->showSection(Section::Orders));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isShowing(), waitMs);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), ErrorBanner::Level::Error);
    QCOMPARE(banner->actionText(), QStringLiteral("Retry"));
    QVERIFY2(banner->text().contains(url.host()), qPrintable(banner->text()));
    QCOMPARE(listModel(Section::Orders)->rowCount(), 0);
    // Non-modal: the window and its navigation stay usable.
    QVERIFY(m_window->showSection(Section::Users));
    QVERIFY(m_window->showSection(Section::Orders));

    options.seed = true;
    options.extraArgs
        = {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(url.port())};
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    QCOMPARE(server.url(), url);

    auto *retry = m_window->findChild<QPushButton *>(QStringLiteral("errorBannerAction"));
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(!banner->isShowing());
    QTRY_VERIFY_WITH_TIMEOUT(listModel(Section::Orders)->rowCount() > 0, waitMs);
    QVERIFY(!banner->isShowing());

    // Dismiss hides a message without doing anything.
    banner->showMessage(ErrorBanner::Level::Warning, QStringLiteral("Something"),
        QStringLiteral("Act"), [] { QFAIL("the action must not run on dismiss"); });
    QTest::mouseClick(
        m_window->findChild<QToolButton *>(QStringLiteral("errorBannerDismiss")), Qt::LeftButton);
    QVERIFY(!banner->isShowing());
    m_session->close();
}

void TestMainWindow::credentialsRejectedOffersSignIn()
{
    m_window->show();
    openStaff();
    QTRY_VERIFY_WITH_TIMEOUT(listModel(Section::Users)->rowCount() > 0, waitMs);
    // The key is revoked while the app runs: the next request answers 401.
    m_session->client()->setConnection(ApiConnection {
        m_server.url(), QStringLiteral("revoked-key"), m_credentials.serviceAccountKey});
    QSignalSpy rejected(m_session.get(), &Session::credentialsRejected);
    listModel(Section::Users)->reload();
    QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, waitMs);
    ErrorBanner *banner = m_window->banner();
    QVERIFY(banner->isShowing());
    QVERIFY2(
        banner->text().contains(QStringLiteral("no longer valid")), qPrintable(banner->text()));
    QCOMPARE(banner->actionText(), QStringLiteral("Sign In Again…"));
    QTest::mouseClick(
        m_window->findChild<QPushButton *>(QStringLiteral("errorBannerAction")), Qt::LeftButton);
    ConnectionDialog *dialog = m_window->connectionDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // The session's credentials were never stored: the dialog starts a profile for that server.
    QVERIFY(dialog->editedProfileId().isNull());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->text(),
        m_server.url().toString());
    dialog->close();
}

void TestMainWindow::connectionFailureShowsWhy()
{
    m_window->show();
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    const ConnectionProfile profile
        = addTransient(QStringLiteral("Nowhere"), url, ConnectionProfile::Environment::Local,
            {m_credentials.apiKey, m_credentials.serviceAccountKey});
    m_session->openTransient(profile.id());
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Session::State::Failed, waitMs);
    QCOMPARE(m_session->error().kind(), ApiError::Kind::ConnectionRefused);
    ConnectionStatusView *status = m_window->statusView();
    QVERIFY(status->isVisible());
    QCOMPARE(status->heading(), QStringLiteral("Could not connect to “Nowhere”"));
    QCOMPARE(status->text(), m_session->error().message());
    QCOMPARE(m_window->banner()->text(), m_session->error().message());
    QCOMPARE(m_window->banner()->actionText(), QStringLiteral("Retry"));
    QCOMPARE(m_window->findChild<QListWidget *>(QStringLiteral("navigation"))->currentRow(), -1);
    QVERIFY(m_window->currentPage() == nullptr);

    QSignalSpy states(m_session.get(), &Session::stateChanged);
    QTest::mouseClick(
        status->findChild<QPushButton *>(QStringLiteral("connectionStatusRetry")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Session::State::Failed, waitMs);
    QVERIFY(states.size() >= 2); // Connecting, then Failed again
}

void TestMainWindow::expiredTokenIsExplained()
{
    m_window->show();
    const QDateTime expired = QDateTime::currentDateTimeUtc().addDays(-2);
    const ConnectionProfile profile = addTransient(QStringLiteral("Old token"), m_server.url(),
        ConnectionProfile::Environment::Local,
        {m_credentials.apiKey, UiTest::tokenExpiringAt(expired, QStringLiteral("someone"))});
    m_session->openTransient(profile.id());
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Session::State::Failed, waitMs);
    QCOMPARE(m_session->error().kind(), ApiError::Kind::Unauthorized);
    const QString text = m_window->banner()->text();
    QVERIFY2(text.contains(QStringLiteral("expired on")), qPrintable(text));
    QCOMPARE(m_window->banner()->actionText(), QStringLiteral("Sign In Again…"));
}

void TestMainWindow::tokenExpiryWarningAtSignIn_data()
{
    QTest::addColumn<int>("daysBeforeExpiry");
    QTest::addColumn<bool>("warned");
    QTest::newRow("3 days left") << 3 << true;
    QTest::newRow("6 days left") << 6 << true;
    QTest::newRow("8 days left") << 8 << false;
    QTest::newRow("300 days left") << 300 << false;
}

void TestMainWindow::tokenExpiryWarningAtSignIn()
{
    QFETCH(int, daysBeforeExpiry);
    QFETCH(bool, warned);
    const qint64 exp = UiTest::tokenClaims(m_credentials.serviceAccountKey)
                           .value(QLatin1String("exp"))
                           .toInteger();
    QVERIFY(exp > 0);
    const QDateTime expiry = QDateTime::fromSecsSinceEpoch(exp, Qt::UTC);
    // The server checks the token against the real time; only the app's clock moves.
    Clock::setTestTime(expiry.addDays(-daysBeforeExpiry));
    m_window->show();
    openStaff();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    ErrorBanner *banner = m_window->banner();
    QCOMPARE(banner->isShowing(), warned);
    if (warned) {
        QCOMPARE(banner->level(), ErrorBanner::Level::Warning);
        QVERIFY2(banner->text().contains(QStringLiteral("expires on")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("less than a week")),
            qPrintable(banner->text()));
        const QString when = QLocale().toString(expiry.toLocalTime(), QLocale::LongFormat);
        QVERIFY2(banner->text().contains(when), qPrintable(banner->text()));
        QCOMPARE(banner->actionText(), QStringLiteral("Edit Connection…"));
    }
}

void TestMainWindow::productionMarking_data()
{
    QTest::addColumn<int>("environment");
    QTest::addColumn<QString>("colour");
    QTest::addColumn<bool>("marked");
    QTest::addColumn<QColor>("expectedColour");
    QTest::addColumn<bool>("productionTitle");
    QTest::newRow("production") << int(ConnectionProfile::Environment::Production) << QString()
                                << true << EnvironmentBand::productionColour() << true;
    QTest::newRow("production, own colour")
        << int(ConnectionProfile::Environment::Production) << QStringLiteral("#7b1fa2") << true
        << QColor(0x7b, 0x1f, 0xa2) << true;
    QTest::newRow("staging, own colour")
        << int(ConnectionProfile::Environment::Staging) << QStringLiteral("#1f6feb") << true
        << QColor(0x1f, 0x6f, 0xeb) << false;
    QTest::newRow("local") << int(ConnectionProfile::Environment::Local) << QString() << false
                           << QColor() << false;
}

void TestMainWindow::productionMarking()
{
    QFETCH(int, environment);
    QFETCH(QString, colour);
    QFETCH(bool, marked);
    QFETCH(QColor, expectedColour);
    QFETCH(bool, productionTitle);

    m_window->show();
    const ConnectionProfile profile = addTransient(QStringLiteral("Shop"), m_server.url(),
        ConnectionProfile::Environment(environment),
        {m_credentials.apiKey, m_credentials.serviceAccountKey}, colour);
    m_session->openTransient(profile.id());
    QTRY_VERIFY_WITH_TIMEOUT(listModel(Section::Users)->rowCount() > 0, waitMs);
    EnvironmentBand *band = m_window->environmentBand();
    QCOMPARE(band->isVisible(), marked);
    QCOMPARE(m_window->windowTitle().contains(QStringLiteral("[PRODUCTION]")), productionTitle);
    if (!marked)
        return;
    QCOMPARE(band->colour(), expectedColour);
    QCOMPARE(band->text().startsWith(QStringLiteral("PRODUCTION")), productionTitle);

    // On every page, and in what a screenshot shows.
    for (const Section section : {Section::Users, Section::Orders, Section::Subscriptions}) {
        QVERIFY(m_window->showSection(section));
        QVERIFY(band->isVisible());
        const QImage shot = m_window->grab().toImage();
        const QPoint inBand
            = band->mapTo(m_window.get(), QPoint(band->width() - 4, band->height() / 2));
        QCOMPARE(QColor(shot.pixel(inBand)), expectedColour);
    }
}

void TestMainWindow::switchProfileWithoutRestart()
{
    m_window->show();
    const ConnectionProfile staff = openStaff();
    QTRY_VERIFY_WITH_TIMEOUT(listModel(Section::Users)->rowCount() > 0, waitMs);
    const ConnectionProfile customer = addTransient(QStringLiteral("Test customer"), m_server.url(),
        ConnectionProfile::Environment::Local, {m_credentials.apiKey, m_credentials.userToken});

    QSignalSpy switching(m_session.get(), &Session::aboutToSwitch);
    QVERIFY(m_window->switchToProfile(customer));
    QCOMPARE(switching.size(), 1);
    // The old profile's data is gone at once, not after the new one answers.
    QCOMPARE(listModel(Section::Users)->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    QCOMPARE(m_session->profile().id(), customer.id());
    QCOMPARE(m_window->availableSections(), QList<Section> {Section::MyAccount});
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("statusProfile"))
                ->text()
                .startsWith(QStringLiteral("Test customer")));

    QVERIFY(m_window->switchToProfile(staff));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    QCOMPARE(m_session->role(), AccessRole::Staff);
    QTRY_VERIFY_WITH_TIMEOUT(listModel(Section::Users)->rowCount() > 0, waitMs);
    QCOMPARE(m_window->currentSection(), std::optional<Section>(Section::Users));
}

void TestMainWindow::leaveGuardBlocksSwitchAndClose()
{
    auto *guarded = new GuardedPage(m_session.get());
    m_window->setPage(Section::Subscriptions, guarded);
    QCOMPARE(m_window->page(Section::Subscriptions), guarded);
    m_window->show();
    const ConnectionProfile staff = openStaff();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    QVERIFY(m_window->showSection(Section::Subscriptions));
    QCOMPARE(m_window->currentPage(), guarded);
    QVERIFY(guarded->hasLoadedData());

    const ConnectionProfile customer = addTransient(QStringLiteral("Test customer"), m_server.url(),
        ConnectionProfile::Environment::Local, {m_credentials.apiKey, m_credentials.userToken});
    QVERIFY(!m_window->switchToProfile(customer));
    QCOMPARE(guarded->asked, 1);
    QCOMPARE(m_session->profile().id(), staff.id());
    QVERIFY(m_session->isReady());

    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(guarded->asked, 2);

    guarded->allowLeaving = true;
    QVERIFY(m_window->switchToProfile(customer));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    QCOMPARE(m_session->profile().id(), customer.id());
    QVERIFY(!guarded->hasLoadedData()); // reset by the switch
    QVERIFY(m_window->close());
}

void TestMainWindow::geometryAndSectionRestored()
{
    m_window->show();
    openStaff();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    const QRect geometry(40, 50, 930, 610);
    m_window->setGeometry(geometry);
    QTRY_COMPARE(m_window->size(), geometry.size());
    QVERIFY(m_window->showSection(Section::Orders));
    QVERIFY(m_window->close());
    QVERIFY(m_settings->contains(QStringLiteral("mainWindow/geometry")));

    // A second window on the same settings comes back the same size, on the same section.
    createWindow();
    m_window->show();
    QCOMPARE(m_window->size(), geometry.size());
    QCOMPARE(m_window->currentSection(), std::optional<Section>(Section::Orders));
    QTRY_VERIFY_WITH_TIMEOUT(listModel(Section::Orders)->rowCount() > 0, waitMs);

    // Nothing about the session's credentials went into the settings file.
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.isEmpty());
    QVERIFY(!content.contains(m_credentials.apiKey.toUtf8()));
    QVERIFY(!content.contains(m_credentials.serviceAccountKey.toUtf8()));
}

void TestMainWindow::signOutForgetsSessionCredentials()
{
    m_window->show();
    const ConnectionProfile staff = openStaff();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    auto *signOut = m_window->findChild<QAction *>(QStringLiteral("signOutAction"));
    QVERIFY(signOut && signOut->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    signOut->trigger();
    QVERIFY(m_session->isReady());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    signOut->trigger();
    QCOMPARE(m_session->state(), Session::State::Closed);
    QVERIFY(m_session->transientProfiles().isEmpty());
    QVERIFY(!m_session->openTransient(staff.id()));
    QCOMPARE(m_window->banner()->level(), ErrorBanner::Level::Information);
    QVERIFY(m_window->statusView()->isVisible());
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("statusProfile"))->text(),
        QStringLiteral("No connection"));
}

void TestMainWindow::screenshotAfterFirstData()
{
    const QString path = m_dir->filePath(QStringLiteral("shot.png"));
    QSignalSpy saved(m_window.get(), &MainWindow::screenshotSaved);
    QSignalSpy failed(m_window.get(), &MainWindow::screenshotFailed);
    m_window->resize(1000, 640);
    m_window->show();
    m_window->saveScreenshotWhenLoaded(path, waitMs);
    openStaff();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size() + failed.size(), 1, waitMs);
    QCOMPARE(saved.size(), 1);
    // Taken after the data arrived, not before.
    QVERIFY(listModel(Section::Users)->rowCount() > 0);
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
}

void TestMainWindow::screenshotFailsWithReason()
{
    QSignalSpy saved(m_window.get(), &MainWindow::screenshotSaved);
    QSignalSpy failed(m_window.get(), &MainWindow::screenshotFailed);
    m_window->show();
    m_window->saveScreenshotWhenLoaded(m_dir->filePath(QStringLiteral("never.png")), waitMs);
    const ConnectionProfile profile = addTransient(QStringLiteral("Nowhere"),
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort())),
        ConnectionProfile::Environment::Local,
        {m_credentials.apiKey, m_credentials.serviceAccountKey});
    m_session->openTransient(profile.id());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, waitMs);
    QCOMPARE(saved.size(), 0);
    QCOMPARE(failed.constFirst().at(0).toString(), m_session->error().message());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("never.png"))));

    // Nothing at all within the time: fails too, saying so.
    m_session->close();
    createWindow();
    QSignalSpy timedOut(m_window.get(), &MainWindow::screenshotFailed);
    m_window->saveScreenshotWhenLoaded(m_dir->filePath(QStringLiteral("never.png")), 200);
    QTRY_COMPARE_WITH_TIMEOUT(timedOut.size(), 1, waitMs);
    QVERIFY(timedOut.constFirst().at(0).toString().contains(QStringLiteral("No data arrived")));
    QVERIFY(timedOut.constFirst().at(0).toString().contains(QStringLiteral("not connected")));
}

void TestMainWindow::interactiveWidgetsAreNamed()
{
    m_window->show();
    openStaff();
    QTRY_VERIFY_WITH_TIMEOUT(listModel(Section::Users)->rowCount() > 0, waitMs);
    m_window->banner()->showMessage(
        ErrorBanner::Level::Error, QStringLiteral("x"), QStringLiteral("Retry"), [] {});
    m_window->showConnectionDialog();
    QVERIFY(m_window->connectionDialog());

    int checked = 0;
    for (QWidget *root : {static_cast<QWidget *>(m_window.get()),
             static_cast<QWidget *>(m_window->connectionDialog())}) {
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const bool interactive = qobject_cast<QAbstractButton *>(widget)
                || qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QAbstractItemView *>(widget);
            if (!interactive || !widget->isVisibleTo(root))
                continue;
            if (widget->objectName().startsWith(QLatin1String("qt_"))
                || QLatin1String(widget->metaObject()->className())
                    == QLatin1String("QTableCornerButton")
                || qobject_cast<QHeaderView *>(widget))
                continue; // Qt's own parts of a menu bar or a table
            ++checked;
            QVERIFY2(!widget->objectName().isEmpty(),
                qPrintable(QStringLiteral("%1 in %2 has no objectName")
                               .arg(QLatin1String(widget->metaObject()->className()),
                                   widget->parentWidget()->objectName())));
            const auto *button = qobject_cast<QAbstractButton *>(widget);
            const bool named
                = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            QVERIFY2(named,
                qPrintable(widget->objectName() + QStringLiteral(" has no accessible name")));
        }
    }
    QVERIFY(checked > 15);
    m_window->connectionDialog()->close();
}

void TestMainWindow::aboutShowsVersionLicenceAndConnection()
{
    m_window->show();
    auto *aboutAction = m_window->findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(aboutAction);
    aboutAction->trigger();
    auto *about = m_window->findChild<AboutDialog *>();
    QVERIFY(about);
    QVERIFY(about->isVisible());
    const auto label = [about](const char *name) {
        auto *found = about->findChild<QLabel *>(QLatin1String(name));
        return found ? found->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
    };
    QCOMPARE(label("aboutVersion"), builtonVersion());
    QVERIFY(label("aboutQtVersion").startsWith(QLatin1String(qVersion())));
    // The licence is the package's (CMake reads it from cmake/BuiltOnPackaging.cmake).
    const QString expectedLicence = qEnvironmentVariable("BUILTON_EXPECTED_LICENCE");
    QVERIFY2(!expectedLicence.isEmpty(), "run through ctest: it sets BUILTON_EXPECTED_LICENCE");
    QCOMPARE(AboutDialog::licence(), expectedLicence);
    QVERIFY(label("aboutLicence").contains(expectedLicence));
    // Not connected yet.
    QCOMPARE(label("aboutConnection"), QStringLiteral("Not connected"));

    // Follows the session while shown: the profile, its state and the server's address.
    const ConnectionProfile profile = openStaff();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    QVERIFY2(
        label("aboutConnection").contains(profile.name()), qPrintable(label("aboutConnection")));
    QVERIFY(label("aboutConnection").contains(QStringLiteral("connected")));
    QCOMPARE(label("aboutServer"), ConnectionProfile::canonicalUrl(m_server.url()));
    QVERIFY(about->text().contains(ConnectionProfile::canonicalUrl(m_server.url())));

    // Every value can be selected (and copied) by mouse and keyboard.
    for (const char *name :
        {"aboutVersion", "aboutLicence", "aboutConnection", "aboutServer", "aboutQtVersion"}) {
        auto *value = about->findChild<QLabel *>(QLatin1String(name));
        QVERIFY2(value->textInteractionFlags().testFlag(Qt::TextSelectableByMouse), name);
        QVERIFY2(value->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard), name);
    }

    // One dialog at a time; Close closes it.
    QCOMPARE(m_window->showAbout(), about);
    QPointer<AboutDialog> guard(about);
    QTest::mouseClick(
        about->findChild<QPushButton *>(QStringLiteral("aboutClose")), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
}

void TestMainWindow::dialogsOpenByTheirShortcuts_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::addColumn<QString>("dialog");
    QTest::newRow("F1") << QKeySequence(Qt::Key_F1) << QStringLiteral("shortcutsDialog");
    QTest::newRow("Ctrl+/") << QKeySequence(Qt::CTRL | Qt::Key_Slash)
                            << QStringLiteral("shortcutsDialog");
    QTest::newRow("Ctrl+,") << QKeySequence(Qt::CTRL | Qt::Key_Comma)
                            << QStringLiteral("preferencesDialog");
}

void TestMainWindow::dialogsOpenByTheirShortcuts()
{
    QFETCH(QKeySequence, keys);
    QFETCH(QString, dialog);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(!m_window->findChild<QDialog *>(dialog));
    QTest::keySequence(m_window.get(), keys);
    auto *opened = m_window->findChild<QDialog *>(dialog);
    QVERIFY2(opened, qPrintable(keys.toString()));
    QTRY_VERIFY(opened->isVisible());
    // The menu entries name the same keys.
    const char *actionName
        = dialog == QLatin1String("shortcutsDialog") ? "shortcutsAction" : "preferencesAction";
    auto *action = m_window->findChild<QAction *>(QLatin1String(actionName));
    QVERIFY(action);
    QVERIFY(action->shortcuts().contains(keys));
    // Escape closes it, and the same keys open it again.
    QPointer<QDialog> guard(opened);
    QTest::keyClick(opened, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
}

void TestMainWindow::shortcutOverviewListsRealActions()
{
    m_window->show();
    openStaff();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    ShortcutsDialog *dialog = m_window->showShortcuts();
    QVERIFY(dialog);
    const QList<ShortcutsDialog::Entry> entries = dialog->entries();
    const auto find = [&entries](const QKeySequence &key) -> const ShortcutsDialog::Entry * {
        for (const ShortcutsDialog::Entry &entry : entries) {
            if (entry.keys.contains(key))
                return &entry;
        }
        return nullptr;
    };

    // Every visible menu action with a shortcut is listed with its keys.
    int actionsWithKeys = 0;
    const QList<QAction *> menus = m_window->menuBar()->actions();
    for (QAction *menuAction : menus) {
        QMenu *menu = menuAction->menu();
        QVERIFY(menu);
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->shortcut().isEmpty() || !action->isVisible())
                continue;
            ++actionsWithKeys;
            const ShortcutsDialog::Entry *entry = find(action->shortcut());
            QVERIFY2(entry, qPrintable(action->objectName()));
            QVERIFY(entry->fromAction);
            QCOMPARE(entry->keys, action->shortcuts());
            QVERIFY2(action->text().remove(QLatin1Char('&')).startsWith(entry->command),
                qPrintable(entry->command));
        }
    }
    // Quit, Connections, Reconnect, three sections, Reload, Preferences, Shortcuts at least.
    QVERIFY(actionsWithKeys >= 9);
    QCOMPARE(find(QKeySequence(Qt::CTRL | Qt::Key_1))->command, QStringLiteral("Users"));
    QCOMPARE(find(QKeySequence(Qt::Key_F1))->where, QStringLiteral("Help"));
    // The customer-only section has no key for staff, so it is not listed.
    for (const ShortcutsDialog::Entry &entry : entries)
        QVERIFY(entry.command != QLatin1String("My Account"));

    // The keys inside the pages are there too, and F5 (a menu key as well) only once.
    QVERIFY(find(QKeySequence(Qt::CTRL | Qt::Key_L)));
    QVERIFY(find(QKeySequence(QKeySequence::Find)));
    QVERIFY(find(QKeySequence(QKeySequence::Save)));
    QVERIFY(find(QKeySequence(QKeySequence::Close)));
    QVERIFY(find(QKeySequence(Qt::CTRL | Qt::Key_Tab)));
    int refreshEntries = 0;
    for (const ShortcutsDialog::Entry &entry : entries)
        refreshEntries += entry.keys.contains(QKeySequence(QKeySequence::Refresh)) ? 1 : 0;
    QCOMPARE(refreshEntries, 1);
    QCOMPARE(dialog->filteredModel()->rowCount(), int(entries.size()));

    // Never stale: a new menu action shows up the next time the overview opens.
    dialog->close();
    QMenu *goMenu = m_window->findChild<QMenu *>(QStringLiteral("goMenu"));
    QAction *extra = goMenu->addAction(QStringLiteral("Extra &Thing…"));
    extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
    dialog = m_window->showShortcuts();
    bool listed = false;
    for (const ShortcutsDialog::Entry &entry : dialog->entries())
        listed = listed
            || (entry.command == QLatin1String("Extra Thing")
                && entry.keys.contains(extra->shortcut()));
    QVERIFY(listed);
    dialog->close();
}

void TestMainWindow::shortcutOverviewFilterAndKeyboard()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    ShortcutsDialog *dialog = m_window->showShortcuts();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QLineEdit *filter = dialog->filterEdit();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(filter));
    QSortFilterProxyModel *model = dialog->filteredModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = model->rowCount();
    QVERIFY(all > 10);

    QTest::keyClicks(filter, QStringLiteral("tab"));
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < all);
    for (int row = 0; row < model->rowCount(); ++row) {
        QString text;
        for (int column = 0; column < ShortcutsDialog::ColumnCount; ++column)
            text += model->index(row, column).data().toString() + QLatin1Char(' ');
        QVERIFY2(text.contains(QStringLiteral("tab"), Qt::CaseInsensitive), qPrintable(text));
    }
    // By key too.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("F1"));
    bool helpListed = false;
    for (int row = 0; row < model->rowCount(); ++row)
        helpListed = helpListed
            || model->index(row, ShortcutsDialog::KeysColumn)
                   .data()
                   .toString()
                   .contains(QStringLiteral("F1"));
    QVERIFY(helpListed);
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("no such command"));
    QCOMPARE(model->rowCount(), 0);
    filter->clear();
    QCOMPARE(model->rowCount(), all);

    // Down goes from the filter into the list, on its first row.
    QTest::keyClick(filter, Qt::Key_Down);
    auto *table = dialog->findChild<QTableView *>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QPointer<ShortcutsDialog> guard(dialog);
    QTest::keyClick(table, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
