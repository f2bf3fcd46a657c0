// SPDX-License-Identifier: GPL-3.0-or-later

// The Subscriptions page driven through its widgets against the real builton-server: the rows
// are what the API lists, the status multi-select and "include deleted" narrow them as the API
// does, the filter is kept across restarts, and Enter opens the customer.

#include "api/CredentialStore.h"
#include "models/Clock.h"
#include "models/items/SubscriptionsModel.h"
#include "session/Session.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"
#include "ui/subscriptions/SubscriptionsPage.h"
#include "ui/subscriptions/SubscriptionsView.h"
#include "ui/widgets/StatusFilterButton.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int waitMs = 30000;

} // namespace

class TestSubscriptionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsWhatTheApiLists();
    void statusAndDeleted();
    void filterKeptAcrossRestarts();
    void enterOpensCustomer();

private:
    void makePage();
    QStringList apiIds(const QString &query) const;
    QStringList tableIds() const;
    bool waitAllLoaded();

    TestServer m_server;
    TestCredentials m_credentials;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SubscriptionsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSubscriptionsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 400;
    options.orders = 0;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_credentials = m_server.credentials();
}

void TestSubscriptionsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_store
        = std::make_unique<CredentialStore>(QStringLiteral("BuiltOn Admin (subscriptions tests)"));
    m_session = std::make_unique<Session>(m_store.get());
    ConnectionProfile profile = ConnectionProfile::create(
        QStringLiteral("Test shop"), m_server.url(), ConnectionProfile::Environment::Local);
    m_session->addTransientProfile(
        profile, {m_credentials.apiKey, m_credentials.serviceAccountKey});
    QVERIFY(m_session->openTransient(profile.id()));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    makePage();
}

void TestSubscriptionsPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_session.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestSubscriptionsPage::makePage()
{
    m_tester.reset();
    m_page = std::make_unique<SubscriptionsPage>(m_session.get(), m_settings.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->subscriptionsView()->model(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
}

QStringList TestSubscriptionsPage::apiIds(const QString &query) const
{
    QUrl url = m_server.url();
    url.setPath(QStringLiteral("/subscriptions"));
    url.setQuery(query + QStringLiteral("&size=1000"));
    const TestHttpResponse response
        = TestHttp::get(url, TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey));
    QStringList ids;
    for (const QJsonValue &value : response.json().array())
        ids.append(value.toObject()
                       .value(QLatin1String("_id"))
                       .toObject()
                       .value(QLatin1String("$oid"))
                       .toString());
    return ids;
}

QStringList TestSubscriptionsPage::tableIds() const
{
    const SubscriptionsModel *model = m_page->subscriptionsView()->model();
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->subscriptionId(row));
    return ids;
}

bool TestSubscriptionsPage::waitAllLoaded()
{
    SubscriptionsModel *model = m_page->subscriptionsView()->model();
    return QTest::qWaitFor(
        [model] { return model->isComplete() && !model->isLoading() && model->stagedCount() == 0; },
        waitMs);
}

void TestSubscriptionsPage::showsWhatTheApiLists()
{
    QVERIFY(waitAllLoaded());
    const QStringList expected = apiIds(QString());
    QVERIFY(expected.size() > 100);
    QCOMPARE(tableIds(), expected);
    QVERIFY(m_page->hasLoadedData());
    QCOMPARE(m_page->subscriptionsView()->summaryLabel()->text(),
        SubscriptionsView::tr("%Ln subscription(s)", nullptr, int(expected.size())));
}

void TestSubscriptionsPage::statusAndDeleted()
{
    SubscriptionsView *view = m_page->subscriptionsView();
    view->statusButton()->actionFor(QStringLiteral("ACTIVE"))->trigger();
    view->statusButton()->actionFor(QStringLiteral("ERROR"))->trigger();
    QVERIFY(waitAllLoaded());
    QCOMPARE(tableIds(), apiIds(QStringLiteral("status=ACTIVE,ERROR")));
    QVERIFY(!tableIds().isEmpty());

    QTest::mouseClick(view->includeDeletedBox(), Qt::LeftButton);
    QVERIFY(view->includeDeletedBox()->isChecked());
    QVERIFY(waitAllLoaded());
    const QStringList withDeleted
        = apiIds(QStringLiteral("status=ACTIVE,ERROR&include_deleted=true"));
    QCOMPARE(tableIds(), withDeleted);
    QVERIFY(withDeleted.size() > apiIds(QStringLiteral("status=ACTIVE,ERROR")).size());
    // Deleted rows are greyed.
    int greyed = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        greyed += view->model()
                      ->index(row, SubscriptionsModel::Name)
                      .data(Qt::ForegroundRole)
                      .isValid()
            ? 1
            : 0;
    QCOMPARE(
        greyed, int(withDeleted.size() - apiIds(QStringLiteral("status=ACTIVE,ERROR")).size()));
}

void TestSubscriptionsPage::filterKeptAcrossRestarts()
{
    SubscriptionsView *view = m_page->subscriptionsView();
    view->statusButton()->actionFor(QStringLiteral("CANCELED"))->trigger();
    view->includeDeletedBox()->setChecked(true);
    m_page.reset();
    makePage();
    view = m_page->subscriptionsView();
    QCOMPARE(view->statusButton()->selected(), QStringList {QStringLiteral("CANCELED")});
    QVERIFY(view->includeDeletedBox()->isChecked());
    QVERIFY(waitAllLoaded());
    QCOMPARE(tableIds(), apiIds(QStringLiteral("status=CANCELED&include_deleted=true")));
}

void TestSubscriptionsPage::enterOpensCustomer()
{
    QVERIFY(waitAllLoaded());
    SubscriptionsView *view = m_page->subscriptionsView();
    QSignalSpy open(m_page.get(), &SubscriptionsPage::openUserRequested);
    view->view()->setFocus();
    view->view()->setCurrentIndex(view->model()->index(4, SubscriptionsModel::Name));
    QTest::keyClick(view->view(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), view->model()->customerId(4));
    QCOMPARE(open.at(0).at(0).toString().size(), 24);
}

QTEST_MAIN(TestSubscriptionsPage)
#include "tst_subscriptionspage.moc"
