// SPDX-License-Identifier: GPL-3.0-or-later

// The Orders page's search field and an order's detail acting on the order, against the real
// builton-server: the search narrows the list to what GET /orders/search answers (order number
// prefix in any case, customer email), debounced, Escape clears; the payments of an order with
// a failed payment show its reason and code; status and delivery changes, Cancel Order (the
// question names the order, the customer and the total), a change made behind the client's
// back (412: taken over when it touched other fields, a conflict question when the same one),
// the server's refusal (409) in its words, the production question, the list row updated and
// the change journal's entries with before and after.

#include "api/CredentialStore.h"
#include "models/Clock.h"
#include "models/domain/Money.h"
#include "models/domain/OrderFilter.h"
#include "models/editing/ChangeJournal.h"
#include "models/items/OrdersModel.h"
#include "models/items/PaymentsModel.h"
#include "session/Session.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"
#include "ui/orders/OrderDetailDialog.h"
#include "ui/orders/OrderFilterBar.h"
#include "ui/orders/OrdersPage.h"
#include "ui/orders/OrdersView.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/WriteConfirmation.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
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

class TestOrderActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void searchField();
    void paymentsShowWhyTheyFailed();
    void statusChangeUpdatesRowAndJournal();
    void cancelAsksNamingOrderCustomerAndTotal();
    void changeBehindTheBackOfOtherField();
    void conflictOnTheSameField();
    void refusedCancelShowsServerReason();
    void productionAsksFirst();

private:
    void makePage(ConnectionProfile::Environment environment);
    TestHttp::Headers staff() const;
    QJsonObject apiOrder(const QString &id) const;
    /// An order not used by another test that can still be changed and cancelled.
    QJsonObject freshOrder();
    /// Puts the order in the list (searching its number) and opens its detail.
    OrderDetailDialog *openDetail(const QJsonObject &order);
    /// PUT /orders/{id} straight to the server, as a colleague would.
    int putBehindTheBack(const QString &id, const QJsonObject &patch);
    QList<JournalEntry> journalFor(const QString &orderId) const;

    TestServer m_server;
    TestCredentials m_credentials;
    QStringList m_used;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<OrdersPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_ordersTester;
    std::unique_ptr<QAbstractItemModelTester> m_paymentsTester;
};

void TestOrderActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 60;
    options.orders = 600;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_credentials = m_server.credentials();
}

void TestOrderActions::init()
{
    MessageBox::resetCount();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_journal = std::make_unique<ChangeJournal>(m_dir->filePath(QStringLiteral("journal.jsonl")));
    m_store = std::make_unique<CredentialStore>(QStringLiteral("BuiltOn Admin (order tests)"));
    m_session = std::make_unique<Session>(m_store.get());
    makePage(qstrcmp(QTest::currentTestFunction(), "productionAsksFirst") == 0
            ? ConnectionProfile::Environment::Production
            : ConnectionProfile::Environment::Local);
}

void TestOrderActions::cleanup()
{
    m_paymentsTester.reset();
    m_ordersTester.reset();
    m_page.reset();
    m_session.reset();
    m_store.reset();
    m_journal.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestOrderActions::makePage(ConnectionProfile::Environment environment)
{
    const ConnectionProfile profile
        = ConnectionProfile::create(QStringLiteral("Test shop"), m_server.url(), environment);
    m_session->addTransientProfile(
        profile, {m_credentials.apiKey, m_credentials.serviceAccountKey});
    QVERIFY(m_session->openTransient(profile.id()));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    m_page = std::make_unique<OrdersPage>(m_session.get(), m_settings.get());
    WriteServices services;
    services.journal = m_journal.get();
    services.actor = [] {
        return QStringLiteral("Tester");
    };
    services.server = [this] {
        return m_server.url().toString();
    };
    services.writeQuestion = [this, profile](const QString &subject) {
        return WriteConfirmation::question(profile, m_settings.get(), subject);
    };
    m_page->ordersView()->setWriteServices(services);
    m_ordersTester = std::make_unique<QAbstractItemModelTester>(
        m_page->ordersView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
}

TestHttp::Headers TestOrderActions::staff() const
{
    return TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey);
}

QJsonObject TestOrderActions::apiOrder(const QString &id) const
{
    QUrl url = m_server.url();
    url.setPath(QStringLiteral("/orders/") + id);
    return TestHttp::get(url, staff()).json().object();
}

QJsonObject TestOrderActions::freshOrder()
{
    const TestHttpList orders = TestHttp::getList(m_server.url(), QStringLiteral("/orders"),
        {{QStringLiteral("order_status"), QStringLiteral("CREATED,PENDING")},
            {QStringLiteral("delivery_status"), QStringLiteral("PENDING,ACCEPTED")},
            {QStringLiteral("size"), QStringLiteral("200")}},
        staff());
    for (const QJsonValue &value : orders.items) {
        const QJsonObject order = value.toObject();
        if (m_used.contains(idOf(order)) || order.value(QLatin1String("deleted")).toBool()
            || !order.value(QLatin1String("user")).isObject())
            continue;
        m_used.append(idOf(order));
        return order;
    }
    return QJsonObject();
}

OrderDetailDialog *TestOrderActions::openDetail(const QJsonObject &order)
{
    if (order.isEmpty())
        return nullptr;
    OrdersView *view = m_page->ordersView();
    const QString number = order.value(QLatin1String("human_id")).toString();
    QLineEdit *search = view->filterBar()->searchField();
    search->setFocus();
    search->selectAll();
    QTest::keyClicks(search, number);
    QTest::keyClick(search, Qt::Key_Return);
    OrdersModel *model = view->model();
    const QString id = idOf(order);
    if (!QTest::qWaitFor(
            [&] { return !model->isLoading() && model->rowOf(ObjectId::fromString(id)) >= 0; },
            waitMs))
        return nullptr;
    OrderDetailDialog *dialog = view->openOrderById(id, number);
    m_paymentsTester = std::make_unique<QAbstractItemModelTester>(
        dialog->paymentsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (!QTest::qWaitFor(
            [dialog] { return dialog->isLoaded() && dialog->arePaymentsLoaded(); }, waitMs))
        return nullptr;
    return dialog;
}

int TestOrderActions::putBehindTheBack(const QString &id, const QJsonObject &patch)
{
    QUrl url = m_server.url();
    url.setPath(QStringLiteral("/orders/") + id);
    TestHttp::Headers headers = staff();
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return TestHttp::request("PUT", url, headers, QJsonDocument(patch).toJson()).status;
}

QList<JournalEntry> TestOrderActions::journalFor(const QString &orderId) const
{
    ChangeJournal reread(m_journal->filePath()); // what is on disk, not only in memory
    QList<JournalEntry> entries;
    for (const JournalEntry &entry : reread.entries()) {
        if (entry.recordType == QLatin1String("order") && entry.recordId == orderId)
            entries.append(entry);
    }
    return entries;
}

void TestOrderActions::searchField()
{
    OrdersView *view = m_page->ordersView();
    QLineEdit *search = view->filterBar()->searchField();
    QVERIFY(search->isVisible());
    QCOMPARE(search->objectName(), QStringLiteral("orderFilterSearch"));
    QVERIFY(!search->accessibleName().isEmpty());
    OrdersModel *model = view->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && view->hasLoaded(), waitMs);

    // An order number's beginning, typed in lower case: the orders whose number starts with it,
    // of any date (the page's range is the last 30 days; the search ignores it).
    const TestHttpList all = TestHttp::getList(m_server.url(), QStringLiteral("/orders"),
        {{QStringLiteral("size"), QStringLiteral("1")},
            {QStringLiteral("sort"), QStringLiteral("created")}},
        staff());
    const QString oldest = all.at(0).value(QLatin1String("human_id")).toString();
    const QString prefix = oldest.left(3).toLower();
    search->setFocus();
    QSignalSpy queries(model, &PagedTableModel::queryReset);
    QTest::keyClicks(search, prefix);
    // Debounced: one query for the whole text, not one per key.
    QTRY_VERIFY_WITH_TIMEOUT(queries.count() >= 1, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->filter().search == prefix, waitMs);
    QCOMPARE(queries.count(), 1);
    const TestHttpList expected
        = TestHttp::getList(m_server.url(), QStringLiteral("/orders/search"),
            {{QStringLiteral("query"), prefix}, {QStringLiteral("size"), QStringLiteral("100")},
                {QStringLiteral("sort"), QStringLiteral("-created")}},
            staff());
    QVERIFY(expected.items.size() >= 1);
    QCOMPARE(model->totalCount(), expected.total);
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row) {
        shown.append(model->orderId(row));
        QVERIFY(model->index(row, OrdersModel::HumanId)
                    .data()
                    .toString()
                    .startsWith(prefix, Qt::CaseInsensitive));
    }
    QCOMPARE(shown, expected.ids());
    QVERIFY(shown.contains(idOf(all.at(0))));

    // A customer's email: their orders.
    const QJsonObject customer = all.at(0).value(QLatin1String("user")).toObject();
    const QString email = customer.value(QLatin1String("email")).toString();
    QVERIFY(!email.isEmpty());
    search->selectAll();
    QTest::keyClicks(search, email);
    QTest::keyClick(search, Qt::Key_Return); // at once
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->filter().search == email, waitMs);
    const TestHttpList byEmail = TestHttp::getList(m_server.url(), QStringLiteral("/orders/search"),
        {{QStringLiteral("query"), email}, {QStringLiteral("size"), QStringLiteral("100")},
            {QStringLiteral("sort"), QStringLiteral("-created")}},
        staff());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(byEmail.items.size()), waitMs);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->customerId(row), idOf(customer));

    // Escape clears it: the range applies again.
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->filter().search.isEmpty(), waitMs);
    QVERIFY(model->appliedQuery().search.isEmpty());
    QVERIFY(model->appliedQuery().fromDate.has_value());
}

void TestOrderActions::paymentsShowWhyTheyFailed()
{
    // A failed payment of an order, found independently.
    const TestHttpList failed = TestHttp::getList(m_server.url(), QStringLiteral("/payments"),
        {{QStringLiteral("current_state"), QStringLiteral("failed")},
            {QStringLiteral("size"), QStringLiteral("200")}},
        staff());
    QJsonObject payment;
    for (const QJsonValue &value : failed.items) {
        const QJsonObject subject = value.toObject().value(QLatin1String("subject")).toObject();
        if (subject.value(QLatin1String("_cls")).toString() == QLatin1String("Order")
            && !value.toObject().value(QLatin1String("deleted")).toBool()) {
            payment = value.toObject();
            break;
        }
    }
    QVERIFY2(!payment.isEmpty(), "no failed payment of an order in the seed");
    const QString orderId = payment.value(QLatin1String("subject"))
                                .toObject()
                                .value(QLatin1String("_ref"))
                                .toString();
    const QJsonObject order = apiOrder(orderId);
    m_used.append(orderId);
    OrderDetailDialog *dialog = openDetail(order);
    QVERIFY(dialog);
    PaymentsModel *payments = dialog->paymentsModel();
    QCOMPARE(dialog->paymentsView()->model(), payments);
    QVERIFY(!dialog->paymentsView()->accessibleName().isEmpty());

    const TestHttpList expected
        = TestHttp::getList(m_server.url(), QStringLiteral("/orders/%1/payments").arg(orderId),
            {{QStringLiteral("size"), QStringLiteral("100")}}, staff());
    QCOMPARE(payments->rowCount(), int(expected.items.size()));
    int row = -1;
    for (int i = 0; i < payments->rowCount(); ++i) {
        if (payments->index(i, 0).data(PaymentsModel::IdRole).toString() == idOf(payment))
            row = i;
    }
    QVERIFY(row >= 0);
    const QString message = payment.value(QLatin1String("failure_message")).toString();
    const QString code = payment.value(QLatin1String("failure_code")).toString();
    QVERIFY(!message.isEmpty() && !code.isEmpty());
    const QString reason = payments->index(row, PaymentsModel::Failure).data().toString();
    QVERIFY2(reason.contains(message) && reason.contains(code), qPrintable(reason));
    QCOMPARE(
        payments->index(row, PaymentsModel::State).data().toString(), QStringLiteral("Failed"));
    const QJsonObject card = payment.value(QLatin1String("card")).toObject();
    QVERIFY(payments->index(row, PaymentsModel::CardColumn)
                .data()
                .toString()
                .contains(card.value(QLatin1String("last4")).toString()));
    const QString currency = payment.value(QLatin1String("currency")).toString();
    QVERIFY(payments->index(row, PaymentsModel::Amount).data().toString().contains(currency));
    QCOMPARE(
        payments->index(row, PaymentsModel::Amount).data(PaymentsModel::RawValueRole).toDouble(),
        payment.value(QLatin1String("amount")).toDouble());
    // The summary counts it.
    QVERIFY(dialog->detailText(QStringLiteral("payments")).contains(QStringLiteral("failed")));

    // Messy payments: missing fields, {} and "" show as nothing, not as an error.
    const QByteArray messy = R"([{"_id":{"$oid":"5f0000000000000000000001"},"amount":"",
        "card":{},"current_state":"failed","failure_code":"","failure_message":"Declined."},
        {"_id":"5f0000000000000000000002","payment_date":{},"currency":""}])";
    const DecodeResult<QList<Payment>> decoded = ExtendedJson::decodeArray<Payment>(messy);
    QVERIFY2(decoded, qPrintable(decoded.error().message));
    payments->setPayments(decoded.value());
    QCOMPARE(payments->rowCount(), 2);
    QCOMPARE(
        payments->index(0, PaymentsModel::Failure).data().toString(), QStringLiteral("Declined."));
    QCOMPARE(payments->index(0, PaymentsModel::Amount).data().toString(), QString());
    QCOMPARE(payments->index(1, PaymentsModel::Date).data().toString(), QString());
    QCOMPARE(payments->index(1, PaymentsModel::CardColumn).data().toString(), QString());
}

void TestOrderActions::statusChangeUpdatesRowAndJournal()
{
    const QJsonObject order = freshOrder();
    const QString id = idOf(order);
    OrderDetailDialog *dialog = openDetail(order); // fails for no order
    QVERIFY(dialog);
    QVERIFY(!dialog->applyStatusButton()->isEnabled()); // nothing chosen yet
    dialog->orderStatusBox()->setCurrentIndex(
        dialog->orderStatusBox()->findData(QStringLiteral("SUCCESS")));
    dialog->deliveryStatusBox()->setCurrentIndex(
        dialog->deliveryStatusBox()->findData(QStringLiteral("IN_PROGRESS")));
    QVERIFY(dialog->applyStatusButton()->isEnabled());
    QSignalSpy written(dialog, &OrderDetailDialog::orderWritten);
    QTest::mouseClick(dialog->applyStatusButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, waitMs);

    const QJsonObject now = apiOrder(id);
    QCOMPARE(now.value(QLatin1String("order_status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(now.value(QLatin1String("delivery_status")).toString(), QStringLiteral("IN_PROGRESS"));
    // The list row shows it.
    OrdersModel *model = m_page->ordersView()->model();
    const int row = model->rowOf(ObjectId::fromString(id));
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, OrdersModel::OrderStatus).data().toString(),
        OrderFilter::orderStatusName(QStringLiteral("SUCCESS")));
    QCOMPARE(model->index(row, OrdersModel::DeliveryStatus).data().toString(),
        OrderFilter::deliveryStatusName(QStringLiteral("IN_PROGRESS")));
    // The journal: one entry per field, before and after, naming the order and its customer.
    const QList<JournalEntry> entries = journalFor(id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).field, QStringLiteral("order_status"));
    QCOMPARE(
        entries.at(0).before.toString(), order.value(QLatin1String("order_status")).toString());
    QCOMPARE(entries.at(0).after.toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(entries.at(1).field, QStringLiteral("delivery_status"));
    QCOMPARE(
        entries.at(1).before.toString(), order.value(QLatin1String("delivery_status")).toString());
    QCOMPARE(entries.at(1).after.toString(), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(entries.at(0).recordHumanId, order.value(QLatin1String("human_id")).toString());
    QCOMPARE(entries.at(0).userId, idOf(order.value(QLatin1String("user")).toObject()));
    QCOMPARE(entries.at(0).actor, QStringLiteral("Tester"));
}

void TestOrderActions::cancelAsksNamingOrderCustomerAndTotal()
{
    const QJsonObject order = freshOrder();
    const QString id = idOf(order);
    OrderDetailDialog *dialog = openDetail(order); // fails for no order
    QVERIFY(dialog);
    QVERIFY(dialog->cancelOrderButton()->isEnabled());

    // Cancel in the question: nothing happens.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(dialog->cancelOrderButton(), Qt::LeftButton);
    QCOMPARE(MessageBox::count(), 1);
    const QString question = MessageBox::lastText();
    const QString number = order.value(QLatin1String("human_id")).toString();
    const QJsonObject user = order.value(QLatin1String("user")).toObject();
    const QString total = Money::fromDouble(order.value(QLatin1String("total_amount")).toDouble(),
        order.value(QLatin1String("currency")).toString())
                              .toString(QLocale());
    QVERIFY2(question.contains(number), qPrintable(question));
    QVERIFY2(question.contains(user.value(QLatin1String("first_name")).toString()),
        qPrintable(question));
    QVERIFY2(question.contains(total), qPrintable(question));
    QTest::qWait(200);
    QCOMPARE(apiOrder(id).value(QLatin1String("order_status")).toString(),
        order.value(QLatin1String("order_status")).toString());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QSignalSpy written(dialog, &OrderDetailDialog::orderWritten);
    QTest::mouseClick(dialog->cancelOrderButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, waitMs);
    const QJsonObject now = apiOrder(id);
    QCOMPARE(now.value(QLatin1String("order_status")).toString(), QStringLiteral("CANCELED"));
    QCOMPARE(now.value(QLatin1String("delivery_status")).toString(), QStringLiteral("CANCELED"));
    QVERIFY(!dialog->cancelOrderButton()->isEnabled());
    const int row = m_page->ordersView()->model()->rowOf(ObjectId::fromString(id));
    QCOMPARE(m_page->ordersView()->model()->index(row, OrdersModel::OrderStatus).data().toString(),
        OrderFilter::orderStatusName(QStringLiteral("CANCELED")));
    const QList<JournalEntry> entries = journalFor(id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).after.toString(), QStringLiteral("CANCELED"));
    QCOMPARE(entries.at(1).after.toString(), QStringLiteral("CANCELED"));
}

void TestOrderActions::changeBehindTheBackOfOtherField()
{
    const QJsonObject order = freshOrder();
    const QString id = idOf(order);
    OrderDetailDialog *dialog = openDetail(order); // fails for no order
    QVERIFY(dialog);
    // A colleague changes the delivery status; we change the status: both stay, no question.
    QCOMPARE(
        putBehindTheBack(id, {{QStringLiteral("delivery_status"), QStringLiteral("IN_PROGRESS")}}),
        200);
    dialog->orderStatusBox()->setCurrentIndex(
        dialog->orderStatusBox()->findData(QStringLiteral("SUCCESS")));
    QSignalSpy written(dialog, &OrderDetailDialog::orderWritten);
    QVERIFY(dialog->applyStatus());
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, waitMs);
    QCOMPARE(MessageBox::count(), 0);
    const QJsonObject now = apiOrder(id);
    QCOMPARE(now.value(QLatin1String("order_status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(now.value(QLatin1String("delivery_status")).toString(), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(dialog->deliveryStatusBox()->currentData().toString(), QStringLiteral("IN_PROGRESS"));
    const QList<JournalEntry> entries = journalFor(id);
    QCOMPARE(entries.size(), 1); // only what we wrote
    QCOMPARE(entries.at(0).field, QStringLiteral("order_status"));
}

void TestOrderActions::conflictOnTheSameField()
{
    const QJsonObject order = freshOrder();
    const QString id = idOf(order);
    OrderDetailDialog *dialog = openDetail(order); // fails for no order
    QVERIFY(dialog);
    QCOMPARE(
        putBehindTheBack(id, {{QStringLiteral("order_status"), QStringLiteral("SUCCESS")}}), 200);

    // Cancel in the conflict question: nothing written, our choice stays on screen, Reload offered.
    dialog->orderStatusBox()->setCurrentIndex(
        dialog->orderStatusBox()->findData(QStringLiteral("FAILED")));
    QSignalSpy conflicts(dialog, &OrderDetailDialog::conflictShown);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(dialog->applyStatus());
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, waitMs);
    QVERIFY2(
        MessageBox::lastText().contains(OrderFilter::orderStatusName(QStringLiteral("SUCCESS"))),
        qPrintable(MessageBox::lastText()));
    QVERIFY(
        MessageBox::lastText().contains(OrderFilter::orderStatusName(QStringLiteral("FAILED"))));
    QCOMPARE(
        apiOrder(id).value(QLatin1String("order_status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(dialog->orderStatusBox()->currentData().toString(), QStringLiteral("FAILED"));
    QVERIFY(dialog->reloadButton()->isVisible());
    QVERIFY(!dialog->writeMessage().isEmpty());
    QVERIFY(journalFor(id).isEmpty());

    // Apply again, Save in the question: ours goes over theirs.
    QSignalSpy written(dialog, &OrderDetailDialog::orderWritten);
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(dialog->applyStatus());
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, waitMs);
    QCOMPARE(
        apiOrder(id).value(QLatin1String("order_status")).toString(), QStringLiteral("FAILED"));
    const QList<JournalEntry> entries = journalFor(id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).before.toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(entries.at(0).after.toString(), QStringLiteral("FAILED"));
}

void TestOrderActions::refusedCancelShowsServerReason()
{
    const QJsonObject order = freshOrder();
    const QString id = idOf(order);
    OrderDetailDialog *dialog = openDetail(order); // fails for no order
    QVERIFY(dialog);
    // Meanwhile the order is done; we cancel, see the conflict, and insist: the server refuses.
    QCOMPARE(putBehindTheBack(id, {{QStringLiteral("order_status"), QStringLiteral("DONE")}}), 200);
    QSignalSpy conflicts(dialog, &OrderDetailDialog::conflictShown);
    QSignalSpy failed(dialog, &OrderDetailDialog::writeFailed);
    MessageBox::setNextAnswer(QMessageBox::Yes); // Cancel Order
    QVERIFY(dialog->requestCancel());
    MessageBox::setNextAnswer(QMessageBox::Save); // the conflict: cancel anyway
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, waitMs);
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.httpStatus(), 409);
    QVERIFY(!error.serverMessage().isEmpty());
    QVERIFY2(
        dialog->writeMessage().contains(error.serverMessage()), qPrintable(dialog->writeMessage()));
    QCOMPARE(apiOrder(id).value(QLatin1String("order_status")).toString(), QStringLiteral("DONE"));
    QVERIFY(journalFor(id).isEmpty());
}

void TestOrderActions::productionAsksFirst()
{
    const QJsonObject order = freshOrder();
    const QString id = idOf(order);
    OrderDetailDialog *dialog = openDetail(order); // fails for no order
    QVERIFY(dialog);
    dialog->orderStatusBox()->setCurrentIndex(
        dialog->orderStatusBox()->findData(QStringLiteral("SUCCESS")));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!dialog->applyStatus());
    QCOMPARE(MessageBox::count(), 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("production")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(order.value(QLatin1String("human_id")).toString()));
    QTest::qWait(200);
    QCOMPARE(apiOrder(id).value(QLatin1String("order_status")).toString(),
        order.value(QLatin1String("order_status")).toString());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QSignalSpy written(dialog, &OrderDetailDialog::orderWritten);
    QVERIFY(dialog->applyStatus());
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, waitMs);
    QCOMPARE(
        apiOrder(id).value(QLatin1String("order_status")).toString(), QStringLiteral("SUCCESS"));
}

QTEST_MAIN(TestOrderActions)
#include "tst_orderactions.moc"
