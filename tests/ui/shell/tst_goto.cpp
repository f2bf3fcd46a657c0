// SPDX-License-Identifier: GPL-3.0-or-later

// Go To (Ctrl+K) in the main window against the real builton-server: an order number opens
// the order's detail; a customer ID, an email, a phone number (typed with spaces) and an
// internal id open the customer's tab; a text several customers and orders match lists them
// and Up/Down/Enter picks one; Escape closes the box; the shortcut is in the shortcut overview.
// And the "done when" path by keyboard alone: Ctrl+K, an order number, Enter, read its
// payments, cancel it, see it in the change journal.

#include "api/CredentialStore.h"
#include "api/ProfileStore.h"
#include "models/editing/ChangeJournal.h"
#include "models/items/GoToModel.h"
#include "models/items/PaymentsModel.h"
#include "session/Session.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"
#include "ui/orders/OrderDetailDialog.h"
#include "ui/orders/OrdersPage.h"
#include "ui/orders/OrdersView.h"
#include "ui/shell/GoToDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/userdetail/UserDetailArea.h"
#include "ui/userdetail/UserDetailTab.h"
#include "ui/widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int waitMs = 30000;

QString idOf(const QJsonObject &document)
{
    return document.value(QLatin1String("_id")).toObject().value(QLatin1String("$oid")).toString();
}

} // namespace

class TestGoTo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void orderNumber();
    void customerId_data();
    void customerId();
    void internalOrderId();
    void ambiguousListPickedByKeyboard();
    void nothingFoundAndEscape();
    void shortcutIsListed();
    void keyboardOnlyCancel();
    void fromAnOrderWindow();

private:
    TestHttp::Headers staff() const;
    QJsonArray users() const;
    /// Ctrl+K on the window, \a text typed, Enter.
    GoToDialog *goTo(const QString &text);
    OrderDetailDialog *detail() const;

    TestServer m_server;
    TestCredentials m_credentials;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestGoTo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 80;
    options.orders = 500;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_credentials = m_server.credentials();
}

void TestGoTo::init()
{
    MessageBox::resetCount();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_store = std::make_unique<CredentialStore>(QStringLiteral("BuiltOn Admin (go-to tests)"));
    m_session = std::make_unique<Session>(m_store.get());
    m_window = std::make_unique<MainWindow>(m_session.get(), m_profiles.get(), m_settings.get());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ConnectionProfile profile = ConnectionProfile::create(
        QStringLiteral("Test shop"), m_server.url(), ConnectionProfile::Environment::Local);
    m_session->addTransientProfile(
        profile, {m_credentials.apiKey, m_credentials.serviceAccountKey});
    QVERIFY(m_session->openTransient(profile.id()));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentPage() != nullptr, waitMs);
}

void TestGoTo::cleanup()
{
    m_tester.reset();
    if (m_window && m_window->goToDialog())
        delete m_window->goToDialog();
    m_window.reset();
    m_session.reset();
    m_store.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

TestHttp::Headers TestGoTo::staff() const
{
    return TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey);
}

QJsonArray TestGoTo::users() const
{
    return TestHttp::getList(m_server.url(), QStringLiteral("/users"),
        {{QStringLiteral("size"), QStringLiteral("200")}}, staff())
        .items;
}

GoToDialog *TestGoTo::goTo(const QString &text)
{
    QApplication::setActiveWindow(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    GoToDialog *dialog = m_window->goToDialog();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    if (!m_tester)
        m_tester = std::make_unique<QAbstractItemModelTester>(
            dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (!QTest::qWaitFor([dialog] { return dialog->lineEdit()->hasFocus(); }, 5000))
        dialog->lineEdit()->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), text);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    return dialog;
}

OrderDetailDialog *TestGoTo::detail() const
{
    auto *orders = qobject_cast<OrdersPage *>(m_window->page(MainWindow::Section::Orders));
    return orders ? orders->ordersView()->detailDialog() : nullptr;
}

void TestGoTo::orderNumber()
{
    const TestHttpList orders = TestHttp::getList(m_server.url(), QStringLiteral("/orders"),
        {{QStringLiteral("size"), QStringLiteral("5")},
            {QStringLiteral("sort"), QStringLiteral("created")}},
        staff());
    const QJsonObject order = orders.at(2);
    const QString number = order.value(QLatin1String("human_id")).toString();
    QPointer<GoToDialog> dialog = goTo(number.toLower()); // typed in any case
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(detail() != nullptr, waitMs);
    QCOMPARE(detail()->orderId(), idOf(order));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(detail()->isLoaded(), waitMs);
    QCOMPARE(detail()->order().humanId(), number);
}

void TestGoTo::fromAnOrderWindow()
{
    // Ctrl+K in an order's detail window (a window of its own) goes to the next order.
    const TestHttpList orders = TestHttp::getList(m_server.url(), QStringLiteral("/orders"),
        {{QStringLiteral("size"), QStringLiteral("5")},
            {QStringLiteral("sort"), QStringLiteral("created")}},
        staff());
    QVERIFY(goTo(orders.at(1).value(QLatin1String("human_id")).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(detail() && detail()->isLoaded(), waitMs);
    QPointer<OrderDetailDialog> first = detail();
    QApplication::setActiveWindow(first);
    QVERIFY(QTest::qWaitForWindowActive(first));
    QVERIFY(!m_window->isActiveWindow());

    QTest::keyClick(first, Qt::Key_K, Qt::ControlModifier);
    GoToDialog *dialog = m_window->goToDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), waitMs);
    dialog->lineEdit()->setFocus();
    const QJsonObject next = orders.at(3);
    QTest::keyClicks(dialog->lineEdit(), next.value(QLatin1String("human_id")).toString());
    QTest::keyClick(dialog->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(detail() && detail()->orderId() == idOf(next), waitMs);
}

void TestGoTo::customerId_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("customer ID") << QStringLiteral("human_id");
    QTest::newRow("email") << QStringLiteral("email");
    QTest::newRow("phone") << QStringLiteral("phone");
    QTest::newRow("internal id") << QStringLiteral("_id");
}

void TestGoTo::customerId()
{
    QFETCH(QString, kind);
    // A customer whose value is theirs alone.
    const QJsonArray all = users();
    QJsonObject user;
    QString text;
    for (const QJsonValue &value : all) {
        const QJsonObject candidate = value.toObject();
        if (candidate.value(QLatin1String("deleted")).toBool())
            continue;
        QString field;
        if (kind == QLatin1String("_id"))
            field = idOf(candidate);
        else if (kind == QLatin1String("phone"))
            field = candidate.value(QLatin1String("mobile_phone_number")).toString();
        else
            field = candidate.value(kind).toString();
        if (field.isEmpty())
            continue;
        int same = 0;
        for (const QJsonValue &other : all) {
            const QJsonObject o = other.toObject();
            same += (kind == QLatin1String("phone")
                            ? o.value(QLatin1String("mobile_phone_number")).toString()
                            : kind == QLatin1String("_id") ? idOf(o)
                                                           : o.value(kind).toString())
                    == field
                ? 1
                : 0;
        }
        if (same != 1)
            continue;
        user = candidate;
        text = field;
        break;
    }
    QVERIFY2(!user.isEmpty(), qPrintable(kind));
    if (kind == QLatin1String("phone") && text.size() > 6)
        text = text.left(3) + QLatin1Char(' ') + text.mid(3, 3) + QLatin1Char(' ') + text.mid(6);
    if (kind == QLatin1String("email"))
        text = text.toUpper();
    QVERIFY(goTo(text));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->userTabs()->currentUserTab() != nullptr, waitMs);
    QCOMPARE(m_window->userTabs()->currentUserTab()->userId(), idOf(user));
    QVERIFY(detail() == nullptr);
}

void TestGoTo::internalOrderId()
{
    const TestHttpList orders = TestHttp::getList(m_server.url(), QStringLiteral("/orders"),
        {{QStringLiteral("size"), QStringLiteral("3")}}, staff());
    const QString id = idOf(orders.at(1));
    QVERIFY(goTo(id));
    QTRY_VERIFY_WITH_TIMEOUT(detail() != nullptr, waitMs);
    QCOMPARE(detail()->orderId(), id);
}

void TestGoTo::ambiguousListPickedByKeyboard()
{
    // The first letter of an order number: several orders start with it, and customers contain it.
    const TestHttpList orders = TestHttp::getList(m_server.url(), QStringLiteral("/orders"),
        {{QStringLiteral("size"), QStringLiteral("1")}}, staff());
    const QString prefix = orders.at(0).value(QLatin1String("human_id")).toString().left(1);
    const TestHttpList matching
        = TestHttp::getList(m_server.url(), QStringLiteral("/orders/search"),
            {{QStringLiteral("query"), prefix}, {QStringLiteral("size"), QStringLiteral("10")}},
            staff());
    QVERIFY(matching.items.size() >= 2);
    GoToDialog *dialog = goTo(prefix);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->listView()->isVisible(), waitMs);
    GoToModel *model = dialog->model();
    QVERIFY(model->rowCount() >= 2);
    QCOMPARE(model->single(), -1);
    // Every order the API found is listed.
    QStringList listed;
    for (int row = 0; row < model->rowCount(); ++row)
        listed.append(model->hit(row).id);
    for (const QString &id : matching.ids())
        QVERIFY2(listed.contains(id), qPrintable(id));
    QVERIFY(dialog->listView()->hasFocus());
    QCOMPARE(dialog->listView()->currentIndex().row(), 0);
    QTest::keyClick(dialog->listView(), Qt::Key_Down);
    QCOMPARE(dialog->listView()->currentIndex().row(), 1);
    const GoToHit picked = model->hit(1);
    QTest::keyClick(dialog->listView(), Qt::Key_Return);
    if (picked.kind == GoToHit::Kind::Order) {
        QTRY_VERIFY_WITH_TIMEOUT(detail() != nullptr, waitMs);
        QCOMPARE(detail()->orderId(), picked.id);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->userTabs()->currentUserTab() != nullptr, waitMs);
        QCOMPARE(m_window->userTabs()->currentUserTab()->userId(), picked.id);
    }
}

void TestGoTo::nothingFoundAndEscape()
{
    GoToDialog *dialog = goTo(QStringLiteral("zzqqxx-nothing"));
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("goToDialog"));
    QVERIFY(!dialog->lineEdit()->accessibleName().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->statusText().contains(QStringLiteral("zzqqxx-nothing")), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->model()->isSearching(), waitMs);
    QCOMPARE(dialog->model()->rowCount(), 0);
    QVERIFY(dialog->isVisible());
    QTest::keyClick(dialog->lineEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(detail() == nullptr);
}

void TestGoTo::shortcutIsListed()
{
    ShortcutsDialog *shortcuts = m_window->showShortcuts();
    QVERIFY(shortcuts);
    bool found = false;
    for (const ShortcutsDialog::Entry &entry : shortcuts->entries()) {
        if (entry.keys.contains(QKeySequence(Qt::CTRL | Qt::Key_K)))
            found = true;
    }
    QVERIFY(found);
    shortcuts->close();
}

void TestGoTo::keyboardOnlyCancel()
{
    // A cancellable order with a payment.
    const TestHttpList orders = TestHttp::getList(m_server.url(), QStringLiteral("/orders"),
        {{QStringLiteral("order_status"), QStringLiteral("PENDING,CREATED")},
            {QStringLiteral("delivery_status"), QStringLiteral("PENDING")},
            {QStringLiteral("size"), QStringLiteral("50")}},
        staff());
    QJsonObject order;
    for (const QJsonValue &value : orders.items) {
        if (!value.toObject().value(QLatin1String("deleted")).toBool()) {
            order = value.toObject();
            break;
        }
    }
    QVERIFY(!order.isEmpty());
    const QString number = order.value(QLatin1String("human_id")).toString();
    ChangeJournal *journal = m_window->userTabs()->journal();
    const int journalBefore = int(journal->entries().size());

    QVERIFY(goTo(number));
    QTRY_VERIFY_WITH_TIMEOUT(detail() != nullptr, waitMs);
    OrderDetailDialog *dialog = detail();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded() && dialog->arePaymentsLoaded(), waitMs);
    QApplication::setActiveWindow(dialog);
    QTRY_VERIFY(dialog->isActiveWindow());
    // The payments are a mnemonic away, then Cancel Order (Alt+O), confirmed in advance.
    QTest::keyClick(dialog, Qt::Key_Y, Qt::AltModifier);
    QTRY_VERIFY(dialog->paymentsView()->hasFocus());
    QVERIFY(dialog->cancelOrderButton()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(dialog, Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(MessageBox::count(), 1); // a mnemonic clicks after a short animation
    QVERIFY2(MessageBox::lastText().contains(number), qPrintable(MessageBox::lastText()));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->order().orderStatus(), QStringLiteral("CANCELED"), waitMs);
    QUrl url = m_server.url();
    url.setPath(QStringLiteral("/orders/") + idOf(order));
    QCOMPARE(
        TestHttp::get(url, staff()).json().object().value(QLatin1String("order_status")).toString(),
        QStringLiteral("CANCELED"));
    QTRY_COMPARE_WITH_TIMEOUT(int(journal->entries().size()), journalBefore + 2, waitMs);
    QCOMPARE(journal->entries().last().recordHumanId, number);
    QCOMPARE(journal->entries().last().after.toString(), QStringLiteral("CANCELED"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible() || detail() == nullptr);
}

QTEST_MAIN(TestGoTo)
#include "tst_goto.moc"
