// A customer's Orders, Subscriptions and Payment methods tabs, made through the user detail's
// seam (UserTabsFactory) as the main window makes them, against the real builton-server: the
// rows are that customer's as the API lists them, the Orders tab has the same filter bar as the
// Orders page (its own saved filter), payment methods show the customer's default and expiry
// marks, failures reach reportError, and reload() (F5) loads again.

#include "Clock.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "OrderDetailDialog.h"
#include "OrderFilterBar.h"
#include "OrdersModel.h"
#include "OrdersPage.h"
#include "OrdersView.h"
#include "PaymentMethodsModel.h"
#include "PaymentMethodsView.h"
#include "ProfileStore.h"
#include "Session.h"
#include "StatusFilterButton.h"
#include "SubscriptionsModel.h"
#include "SubscriptionsView.h"
#include "TestHttp.h"
#include "TestServer.h"
#include "UserDetailArea.h"
#include "UserDetailTab.h"
#include "UserOrderTabs.h"
#include "UserTabsFactory.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int waitMs = 30000;

QString idOf(const QJsonValue &document)
{
    return document.toObject()
        .value(QLatin1String("_id"))
        .toObject()
        .value(QLatin1String("$oid"))
        .toString();
}

template<typename Model>
bool waitComplete(Model *model)
{
    return QTest::qWaitFor(
        [model] { return model->isComplete() && !model->isLoading() && model->stagedCount() == 0; },
        waitMs);
}

} // namespace

class TestOrdersUserTabs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ordersTab();
    void subscriptionsTab();
    void paymentMethodsTab();
    void failuresAreReported();
    void fromTheOrdersPageToTheCustomersOrders();

private:
    QJsonArray api(const QString &path, const QString &query = QString()) const;
    QWidget *create(UserTabsFactory::Tab tab, const QString &userId);

    TestServer m_server;
    TestCredentials m_credentials;
    QString m_customer; ///< a customer with many orders, subscriptions and payment methods
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QWidget> m_parent;
    UserTabsFactory m_factory;
    QList<QPair<ApiError, bool>> m_reported; ///< error, whether a retry came with it
};

void TestOrdersUserTabs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 60;
    options.orders = 1500;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_credentials = m_server.credentials();

    // The customer with the most orders who also has payment methods and subscriptions.
    QHash<QString, int> orders;
    for (const QJsonValue &order : api(QStringLiteral("/orders"), QStringLiteral("size=1000")))
        ++orders[order.toObject()
                     .value(QLatin1String("user"))
                     .toObject()
                     .value(QLatin1String("$oid"))
                     .toString()];
    int best = 0;
    for (auto it = orders.cbegin(); it != orders.cend(); ++it) {
        if (it.value() <= best)
            continue;
        if (api(QStringLiteral("/users/%1/payment_methods").arg(it.key())).size() < 1
            || api(QStringLiteral("/users/%1/subscriptions").arg(it.key())).isEmpty())
            continue;
        best = it.value();
        m_customer = it.key();
    }
    QVERIFY(best > 20);
}

void TestOrdersUserTabs::init()
{
    Clock::setTestTime(QDateTime());
    m_reported.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(
        m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_store = std::make_unique<CredentialStore>(QStringLiteral("BuiltOn Admin (user tab tests)"));
    m_session = std::make_unique<Session>(m_store.get());
    ConnectionProfile profile = ConnectionProfile::create(
        QStringLiteral("Test shop"), m_server.url(), ConnectionProfile::Environment::Local);
    m_session->addTransientProfile(
        profile, {m_credentials.apiKey, m_credentials.serviceAccountKey});
    QVERIFY(m_session->openTransient(profile.id()));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    m_factory = UserTabsFactory();
    UserOrderTabs::install(m_factory, m_settings.get());
    m_parent = std::make_unique<QWidget>();
    m_parent->resize(1000, 700);
    m_parent->show();
}

void TestOrdersUserTabs::cleanup()
{
    m_parent.reset();
    m_session.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

QJsonArray TestOrdersUserTabs::api(const QString &path, const QString &query) const
{
    QUrl url = m_server.url();
    url.setPath(path);
    url.setQuery(query.isEmpty() ? QStringLiteral("size=1000") : query);
    return TestHttp::get(url, TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey))
        .json()
        .array();
}

QWidget *TestOrdersUserTabs::create(UserTabsFactory::Tab tab, const QString &userId)
{
    UserTabContext context;
    context.session = m_session.get();
    context.userId = userId;
    context.reportError = [this](const ApiError &error, const std::function<void()> &retry) {
        m_reported.append({error, bool(retry)});
    };
    QWidget *widget = m_factory.create(tab, context, m_parent.get());
    widget->show();
    return widget;
}

void TestOrdersUserTabs::ordersTab()
{
    for (const auto tab : UserTabsFactory::allTabs)
        QVERIFY(m_factory.hasCreator(tab));
    auto *view = qobject_cast<OrdersView *>(create(UserTabsFactory::Tab::Orders, m_customer));
    QVERIFY(view);
    QAbstractItemModelTester tester(
        view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // All of the customer's orders to begin with; the customer column is not shown.
    QCOMPARE(view->filterBar()->filter().range.preset(), DateRange::Preset::AllTime);
    QVERIFY(!view->visibleColumns().contains(OrdersModel::Customer));
    QVERIFY(waitComplete(view->model()));
    const QJsonArray all = api(QStringLiteral("/users/%1/orders").arg(m_customer));
    QCOMPARE(view->model()->rowCount(), int(all.size()));
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(view->model()->orderId(row), idOf(all.at(row)));
    QVERIFY(view->summaryLabel()->text().startsWith(
        OrdersView::tr("%n order(s)", nullptr, int(all.size()))));

    // "This year", failed or canceled: what the API answers for the same seconds.
    OrderFilterBar *bar = view->filterBar();
    const int index = bar->presetBox()->findData(int(DateRange::Preset::ThisYear));
    bar->presetBox()->setCurrentIndex(index);
    emit bar->presetBox()->activated(index);
    bar->orderStatusButton()->actionFor(QStringLiteral("FAILED"))->trigger();
    bar->orderStatusButton()->actionFor(QStringLiteral("CANCELED"))->trigger();
    QVERIFY(waitComplete(view->model()));
    const OrderQuery query = view->model()->appliedQuery();
    QCOMPARE(query.scope.userId, m_customer);
    const QJsonArray filtered = api(QStringLiteral("/users/%1/orders").arg(m_customer),
        QStringLiteral("size=1000&from_date=%1&to_date=%2&order_status=FAILED,CANCELED")
            .arg(*query.fromDate)
            .arg(*query.toDate));
    QCOMPARE(view->model()->rowCount(), int(filtered.size()));
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(view->model()->orderId(row), idOf(filtered.at(row)));

    // The tab's filter is its own (saved under orders/userTab), not the page's.
    QCOMPARE(m_settings->value(QStringLiteral("orders/userTab/range")).toString(),
        QStringLiteral("preset:thisyear"));
    QVERIFY(!m_settings->contains(QStringLiteral("orders/page/range")));

    // reload() (F5 in the user detail) loads again.
    QVERIFY(QMetaObject::invokeMethod(view, "reload"));
    QVERIFY(view->model()->isLoading());
    QVERIFY(waitComplete(view->model()));
    QCOMPARE(view->model()->rowCount(), int(filtered.size()));
    QVERIFY(m_reported.isEmpty());
}

void TestOrdersUserTabs::subscriptionsTab()
{
    auto *view = qobject_cast<SubscriptionsView *>(
        create(UserTabsFactory::Tab::Subscriptions, m_customer));
    QVERIFY(view);
    QAbstractItemModelTester tester(
        view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitComplete(view->model()));
    const QJsonArray expected = api(QStringLiteral("/users/%1/subscriptions").arg(m_customer));
    QCOMPARE(view->model()->rowCount(), int(expected.size()));
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(view->model()->subscriptionId(row), idOf(expected.at(row)));
    QVERIFY(view->view()->horizontalHeader()->isSectionHidden(SubscriptionsModel::Customer));

    view->includeDeletedBox()->setChecked(true);
    QVERIFY(waitComplete(view->model()));
    QCOMPARE(view->model()->rowCount(),
        int(api(QStringLiteral("/users/%1/subscriptions").arg(m_customer),
            QStringLiteral("size=1000&include_deleted=true"))
                .size()));
    QVERIFY(QMetaObject::invokeMethod(view, "reload"));
    QVERIFY(waitComplete(view->model()));
}

void TestOrdersUserTabs::paymentMethodsTab()
{
    // "Today" a little before the earliest expiry of the customer's cards, so some are marked.
    const QJsonArray methods = api(QStringLiteral("/users/%1/payment_methods").arg(m_customer));
    QVERIFY(!methods.isEmpty());
    QDate earliest;
    for (const QJsonValue &method : methods) {
        const QJsonObject card = method.toObject().value(QLatin1String("card")).toObject();
        if (!card.contains(QLatin1String("exp_year")))
            continue;
        const QDate first(card.value(QLatin1String("exp_year")).toInt(),
            card.value(QLatin1String("exp_month")).toInt(), 1);
        const QDate last(first.year(), first.month(), first.daysInMonth());
        if (!earliest.isValid() || last < earliest)
            earliest = last;
    }
    QVERIFY(earliest.isValid());
    Clock::setTestTime(QDateTime(earliest.addDays(-10), QTime(12, 0), Qt::LocalTime).toUTC());

    auto *view = qobject_cast<PaymentMethodsView *>(
        create(UserTabsFactory::Tab::PaymentMethods, m_customer));
    QVERIFY(view);
    QAbstractItemModelTester tester(
        view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitComplete(view->model()));
    QCOMPARE(view->model()->rowCount(), int(methods.size()));

    QUrl url = m_server.url();
    url.setPath(QStringLiteral("/users/") + m_customer);
    const QString defaultId
        = TestHttp::get(url, TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey))
              .json()
              .object()
              .value(QLatin1String("default_payment_method"))
              .toObject()
              .value(QLatin1String("$oid"))
              .toString();
    QTRY_COMPARE(view->defaultPaymentMethodId(), defaultId);
    bool soon = false;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QJsonObject json = methods.at(row).toObject();
        QCOMPARE(view->model()->paymentMethodId(row), idOf(json));
        const bool isDefault = view->model()->paymentMethodId(row) == defaultId;
        QCOMPARE(
            view->model()->index(row, PaymentMethodsModel::Default).data().toString().isEmpty(),
            !isDefault);
        soon = soon
            || view->model()->expiryState(row) == PaymentMethodsModel::ExpiryState::ExpiresSoon;
    }
    QVERIFY(soon);
    QVERIFY(view->summaryLabel()->text().contains(
        PaymentMethodsView::tr("%n expiring within 30 days", nullptr, 1)
            .section(QLatin1Char(' '), 1)));
    QVERIFY(QMetaObject::invokeMethod(view, "reload"));
    QVERIFY(waitComplete(view->model()));
    QVERIFY(m_reported.isEmpty());
}

void TestOrdersUserTabs::failuresAreReported()
{
    // A user that does not exist: the payment methods tab cannot read its default (404).
    const QString missing = QStringLiteral("0123456789abcdef01234567");
    create(UserTabsFactory::Tab::PaymentMethods, missing);
    QTRY_VERIFY_WITH_TIMEOUT(!m_reported.isEmpty(), waitMs);
    QCOMPARE(m_reported.first().first.kind(), ApiError::Kind::NotFound);
    QVERIFY(m_reported.first().second); // with a retry
}

void TestOrdersUserTabs::fromTheOrdersPageToTheCustomersOrders()
{
    // The app as Launcher builds it: the Orders page, and the user tabs filled by UserOrderTabs.
    m_parent.reset();
    ProfileStore profiles(m_settings.get());
    Session session(m_store.get());
    MainWindow window(&session, &profiles, m_settings.get());
    auto *page = new OrdersPage(&session, m_settings.get());
    QObject::connect(page, &OrdersPage::openUserRequested, &window, &MainWindow::openUser);
    window.setPage(MainWindow::Section::Orders, page);
    UserOrderTabs::install(window.userTabsFactory(), m_settings.get());
    window.resize(1200, 800);
    window.show();
    ConnectionProfile profile = ConnectionProfile::create(
        QStringLiteral("Test shop"), m_server.url(), ConnectionProfile::Environment::Local);
    session.addTransientProfile(profile, {m_credentials.apiKey, m_credentials.serviceAccountKey});
    QVERIFY(session.openTransient(profile.id()));
    QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), waitMs);
    QVERIFY(window.showSection(MainWindow::Section::Orders));

    // On the page: last month's failed orders; open the customer of the first one.
    OrdersView *orders = page->ordersView();
    OrderFilterBar *bar = orders->filterBar();
    const int lastMonth = bar->presetBox()->findData(int(DateRange::Preset::LastMonth));
    bar->presetBox()->setCurrentIndex(lastMonth);
    emit bar->presetBox()->activated(lastMonth);
    bar->orderStatusButton()->actionFor(QStringLiteral("FAILED"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        orders->model()->isComplete() && !orders->model()->isLoading(), waitMs);
    QVERIFY2(orders->model()->rowCount() > 0, "no failed order last month in the seed");
    const QString customer = orders->model()->customerId(0);
    orders->view()->setFocus();
    orders->view()->setCurrentIndex(orders->model()->index(0, OrdersModel::HumanId));
    QTest::keyClick(orders->view(), Qt::Key_Return, Qt::ControlModifier);
    UserDetailTab *tab = window.userTabs()->currentUserTab();
    QVERIFY(tab);
    QCOMPARE(tab->userId(), customer);

    // The customer's Orders tab: the same filter bar, their own orders.
    QTabWidget *sections = tab->sections();
    int ordersIndex = -1;
    for (int i = 0; i < sections->count(); ++i) {
        if (sections->widget(i)->objectName()
            == UserTabsFactory::objectName(UserTabsFactory::Tab::Orders))
            ordersIndex = i;
    }
    QVERIFY(ordersIndex >= 0);
    sections->setCurrentIndex(ordersIndex);
    OrdersView *tabOrders = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (tabOrders = sections->widget(ordersIndex)
                         ->findChild<OrdersView *>(QStringLiteral("userOrdersView"))),
        waitMs);
    QAbstractItemModelTester tester(
        tabOrders->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(tabOrders->model()->scope().userId, customer);
    OrderFilterBar *tabBar = tabOrders->filterBar();
    tabBar->presetBox()->setCurrentIndex(lastMonth);
    emit tabBar->presetBox()->activated(lastMonth);
    tabBar->orderStatusButton()->actionFor(QStringLiteral("FAILED"))->trigger();
    QVERIFY(waitComplete(tabOrders->model()));
    QVERIFY(tabOrders->model()->rowCount() > 0);
    const OrderQuery query = tabOrders->model()->appliedQuery();
    const QJsonArray expected = api(QStringLiteral("/users/%1/orders").arg(customer),
        QStringLiteral("size=1000&from_date=%1&to_date=%2&order_status=FAILED")
            .arg(*query.fromDate)
            .arg(*query.toDate));
    QCOMPARE(tabOrders->model()->rowCount(), int(expected.size()));

    // Open one and read its items.
    tabOrders->view()->setFocus();
    tabOrders->view()->setCurrentIndex(tabOrders->model()->index(0, OrdersModel::HumanId));
    QTest::keyClick(tabOrders->view(), Qt::Key_Return);
    OrderDetailDialog *dialog = tabOrders->detailDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), waitMs);
    QCOMPARE(dialog->itemsTable()->rowCount(),
        int(expected.at(0).toObject().value(QLatin1String("items")).toArray().size()));
    QVERIFY(!dialog->openCustomerButton()->isVisible()); // already the customer's tab
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!tabOrders->detailDialog());
    QVERIFY(m_reported.isEmpty());
}

QTEST_MAIN(TestOrdersUserTabs)
#include "tst_orders_usertabs.moc"
