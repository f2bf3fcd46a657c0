// SPDX-License-Identifier: GPL-3.0-or-later

// What staff do with a subscription on the Subscriptions page, through its widgets and the
// keyboard, against the real builton-server: the rows name the customer and the plan (one
// plan request for every page), stop with its confirmation ("renews no more; active until
// ..."), start again with a chosen payment method, edit the payment method and note (only
// what changed is sent), a change made behind the client's back
// (412) shown with the choice kept, a refusal (409) with the server's reason, the payments
// with why they failed, and the change journal's entries. Expectations come from plain HTTP.

#include "api/CredentialStore.h"
#include "models/domain/Money.h"
#include "models/editing/ChangeJournal.h"
#include "models/items/PagedTableModel.h"
#include "models/items/PaymentsModel.h"
#include "models/items/PlanCache.h"
#include "models/items/SubscriptionsModel.h"
#include "session/Session.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"
#include "ui/subscriptions/SubscriptionActions.h"
#include "ui/subscriptions/SubscriptionDialog.h"
#include "ui/subscriptions/SubscriptionPaymentsDialog.h"
#include "ui/subscriptions/SubscriptionsPage.h"
#include "ui/subscriptions/SubscriptionsView.h"
#include "ui/widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

constexpr int waitMs = 30000;

QString idOf(const QJsonValue &document)
{
    const QJsonValue id = document.toObject().value(QLatin1String("_id"));
    return id.isObject() ? id.toObject().value(QLatin1String("$oid")).toString() : QString();
}

QString oidOf(const QJsonValue &reference)
{
    return reference.isString() ? reference.toString()
                                : reference.toObject().value(QLatin1String("$oid")).toString();
}

} // namespace

class TestSubscriptionActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void namesAndPlansWithOnePlanRequest();
    void stopByKeyboard();
    void startWithAChosenPaymentMethod();
    void editPaymentMethodAndNoteByKeyboard();
    void conflictKeepsTheChoice();
    void conflictTakesTheirs();
    void refusalShowsTheServersReason();
    void paymentsWithTheFailureReason();
    void customersTabStopsToo();

private:
    void makePage();
    bool showOnly(const QString &status);
    /// The row of the first subscription \a accept takes (by its API document), or -1.
    int findRow(const std::function<bool(const QJsonObject &)> &accept);
    /// The row of the first subscription listed whose customer has a payment method (not
    /// deleted) other than the subscription's, which \a other gets; -1 when none has.
    int rowWithAnotherPaymentMethod(QString *other);
    QJsonObject apiSubscription(const QString &id) const;
    QJsonArray apiList(const QString &pathAndQuery) const;
    TestHttpResponse apiPut(const QString &path, const QJsonObject &body) const;
    void selectRow(int row);
    /// Runs \a handle on the next modal message box, once it is shown.
    void onNextBox(const std::function<void(QMessageBox *)> &handle);
    QList<JournalEntry> entriesOf(const QString &humanId) const;

    TestServer m_server;
    TestCredentials m_credentials;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<SubscriptionsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSubscriptionActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 400;
    options.orders = 0;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_credentials = m_server.credentials();
}

void TestSubscriptionActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_store = std::make_unique<CredentialStore>(
        QStringLiteral("BuiltOn Admin (subscription actions tests)"));
    m_session = std::make_unique<Session>(m_store.get());
    ConnectionProfile profile = ConnectionProfile::create(
        QStringLiteral("Test shop"), m_server.url(), ConnectionProfile::Environment::Local);
    m_session->addTransientProfile(
        profile, {m_credentials.apiKey, m_credentials.serviceAccountKey});
    QVERIFY(m_session->openTransient(profile.id()));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    m_journal = std::make_unique<ChangeJournal>(m_dir->filePath(QStringLiteral("journal.jsonl")));
    MessageBox::resetCount();
    QTest::qWait(200); // the log lines of the requests so far
    m_server.standardError(); // forget them
    makePage();
}

void TestSubscriptionActions::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_journal.reset();
    m_session.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestSubscriptionActions::makePage()
{
    m_page = std::make_unique<SubscriptionsPage>(m_session.get(), m_settings.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->subscriptionsView()->model(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->subscriptionsView()->setJournal(
        m_journal.get(), [] { return QStringLiteral("Test shop (sub: tester)"); });
    m_page->resize(1300, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QApplication::setActiveWindow(m_page.get());
    m_page->activate();
}

bool TestSubscriptionActions::showOnly(const QString &status)
{
    SubscriptionsModel *model = m_page->subscriptionsView()->model();
    model->setStatuses({status});
    return QTest::qWaitFor(
        [model] { return model->isComplete() && !model->isLoading() && model->stagedCount() == 0; },
        waitMs);
}

int TestSubscriptionActions::findRow(const std::function<bool(const QJsonObject &)> &accept)
{
    const SubscriptionsModel *model = m_page->subscriptionsView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (accept(apiSubscription(model->subscriptionId(row))))
            return row;
    }
    return -1;
}

int TestSubscriptionActions::rowWithAnotherPaymentMethod(QString *other)
{
    return findRow([this, other](const QJsonObject &json) {
        const QString userId = oidOf(json.value(QLatin1String("user")));
        const QString current = oidOf(json.value(QLatin1String("payment_method")));
        for (const QJsonValue &method :
            apiList(QStringLiteral("/users/%1/payment_methods?size=100").arg(userId))) {
            if (!method.toObject().value(QLatin1String("deleted")).toBool()
                && idOf(method) != current) {
                *other = idOf(method);
                return true;
            }
        }
        return false;
    });
}

QJsonObject TestSubscriptionActions::apiSubscription(const QString &id) const
{
    const TestHttpResponse response
        = TestHttp::get(QUrl(m_server.url().toString() + QStringLiteral("/subscriptions/") + id),
            TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey));
    return response.status == 200 ? response.json().object() : QJsonObject();
}

QJsonArray TestSubscriptionActions::apiList(const QString &pathAndQuery) const
{
    const TestHttpResponse response = TestHttp::get(QUrl(m_server.url().toString() + pathAndQuery),
        TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey));
    return response.status == 200 ? response.json().array() : QJsonArray();
}

TestHttpResponse TestSubscriptionActions::apiPut(const QString &path, const QJsonObject &body) const
{
    TestHttp::Headers headers
        = TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey);
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return TestHttp::request("PUT", QUrl(m_server.url().toString() + path), headers,
        QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void TestSubscriptionActions::selectRow(int row)
{
    // By keyboard: into the table, to the first row, then down to the row.
    QTableView *table = m_page->subscriptionsView()->view();
    table->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), row);
}

void TestSubscriptionActions::onNextBox(const std::function<void(QMessageBox *)> &handle)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, handle] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        handle(box);
    });
    timer->start();
}

QList<JournalEntry> TestSubscriptionActions::entriesOf(const QString &humanId) const
{
    ChangeJournal reread(m_journal->filePath()); // what reached the file
    QList<JournalEntry> entries;
    for (const JournalEntry &entry : reread.entries()) {
        if (entry.field.startsWith(QStringLiteral("subscription/") + humanId + QLatin1Char('/')))
            entries.append(entry);
    }
    return entries;
}

void TestSubscriptionActions::namesAndPlansWithOnePlanRequest()
{
    SubscriptionsModel *model = m_page->subscriptionsView()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->isComplete() && model->rowCount() > 0, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_session->planCache()->isLoading() && m_session->planCache()->planCount() > 0, waitMs);
    QHash<QString, QJsonObject> plans;
    for (const QJsonValue &plan : apiList(QStringLiteral("/plans?size=1000&include_deleted=true")))
        plans.insert(idOf(plan), plan.toObject());
    const QJsonArray listed
        = apiList(QStringLiteral("/subscriptions?size=%1").arg(model->rowCount()));
    QCOMPARE(int(listed.size()), model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject json = listed.at(row).toObject();
        QCOMPARE(model->subscriptionId(row), idOf(json));
        const QJsonObject user = json.value(QLatin1String("user")).toObject();
        const QString name = QStringList {user.value(QLatin1String("first_name")).toString(),
            user.value(QLatin1String("last_name")).toString()}
                                 .join(QLatin1Char(' '))
                                 .trimmed();
        auto text = [&](int column) {
            return model->index(row, column).data().toString();
        };
        QCOMPARE(text(SubscriptionsModel::Customer), name.isEmpty() ? oidOf(user) : name);
        const QJsonObject plan = plans.value(oidOf(json.value(QLatin1String("plan"))));
        QCOMPARE(text(SubscriptionsModel::Plan), plan.value(QLatin1String("name")).toString());
        if (json.contains(QLatin1String("last_billing_amount"))) {
            QCOMPARE(text(SubscriptionsModel::LastBilling),
                Money::fromDouble(json.value(QLatin1String("last_billing_amount")).toDouble(),
                    plan.value(QLatin1String("currency")).toString())
                    .toString(QLocale()));
        }
    }
    // The Customer column is shown on the page, with the name in its cells.
    QVERIFY(m_page->subscriptionsView()->visibleColumns().contains(SubscriptionsModel::Customer));

    QTest::qWait(100);
    int planRequests = 0;
    for (const QByteArray &line : m_server.standardError().split('\n'))
        planRequests += line.contains(" /plans?") && line.contains("BuiltOn-Admin/") ? 1 : 0;
    QCOMPARE(planRequests, 1);
}

void TestSubscriptionActions::stopByKeyboard()
{
    QVERIFY(showOnly(QStringLiteral("ACTIVE")));
    const int row = findRow([](const QJsonObject &json) {
        return json.contains(QLatin1String("current_billing_date_period_end"))
            && !json.contains(QLatin1String("ending_date"));
    });
    QVERIFY(row >= 0);
    SubscriptionsModel *model = m_page->subscriptionsView()->model();
    const QString id = model->subscriptionId(row);
    const QJsonObject before = apiSubscription(id);
    const QDate until = QDateTime::fromMSecsSinceEpoch(
        qint64(before.value(QLatin1String("current_billing_date_period_end"))
                   .toObject()
                   .value(QLatin1String("$date"))
                   .toDouble()),
        Qt::UTC)
                            .toLocalTime()
                            .date();

    selectRow(row);
    QVERIFY(m_page->subscriptionsView()->stopButton()->isEnabled());
    QVERIFY(!m_page->subscriptionsView()->startButton()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(m_page->subscriptionsView()->view(), Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(MessageBox::count(), 1, waitMs);
    const QString asked = MessageBox::lastText();
    QVERIFY2(asked.contains(QStringLiteral("renews no more; active until %1")
                                .arg(QLocale().toString(until, QLocale::LongFormat))),
        qPrintable(asked));
    QVERIFY(asked.contains(before.value(QLatin1String("human_id")).toString()));

    // The server stopped it, and the row says so.
    QTRY_COMPARE_WITH_TIMEOUT(apiSubscription(id).value(QLatin1String("status")).toString(),
        QStringLiteral("NON_RENEWING"), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(row, SubscriptionsModel::Status)
                                  .data(PagedTableModel::RawValueRole)
                                  .toString(),
        QStringLiteral("NON_RENEWING"), waitMs);
    QCOMPARE(model->subscriptionId(row), id);
    QVERIFY(!m_page->subscriptionsView()->stopButton()->isEnabled());
    QVERIFY(m_page->subscriptionsView()->startButton()->isEnabled());

    // Journaled under the customer, status before and after.
    const QString humanId = before.value(QLatin1String("human_id")).toString();
    const QList<JournalEntry> entries = entriesOf(humanId);
    QVERIFY(!entries.isEmpty());
    bool status = false;
    for (const JournalEntry &entry : entries) {
        QCOMPARE(entry.userId, oidOf(before.value(QLatin1String("user"))));
        QCOMPARE(entry.actor, QStringLiteral("Test shop (sub: tester)"));
        if (entry.field.endsWith(QLatin1String("/status"))) {
            status = true;
            QCOMPARE(entry.before.toString(), QStringLiteral("ACTIVE"));
            QCOMPARE(entry.after.toString(), QStringLiteral("NON_RENEWING"));
        }
    }
    QVERIFY(status);
}

void TestSubscriptionActions::startWithAChosenPaymentMethod()
{
    QVERIFY(showOnly(QStringLiteral("NON_RENEWING")));
    QString chosen;
    const int row = rowWithAnotherPaymentMethod(&chosen);
    QVERIFY2(row >= 0, "a stopped subscription whose customer has another payment method");
    SubscriptionsModel *model = m_page->subscriptionsView()->model();
    const QString id = model->subscriptionId(row);
    const QString humanId = apiSubscription(id).value(QLatin1String("human_id")).toString();

    selectRow(row);
    QVERIFY(m_page->subscriptionsView()->startButton()->isEnabled());
    QTest::keyClick(m_page->subscriptionsView()->view(), Qt::Key_A, Qt::AltModifier);
    SubscriptionActions *actions = m_page->subscriptionsView()->actions();
    QTRY_VERIFY_WITH_TIMEOUT(actions->dialog() && actions->dialog()->hasLoaded(), waitMs);
    SubscriptionDialog *dialog = actions->dialog();
    QCOMPARE(dialog->purpose(), SubscriptionDialog::Purpose::Start);
    QVERIFY(dialog->paymentMethodBox()->count() > 1);
    // Choose by keyboard in the box until the wanted one is current.
    QComboBox *box = dialog->paymentMethodBox();
    box->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && dialog->paymentMethodId() != chosen; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(dialog->paymentMethodId(), chosen);
    QTest::keyClick(box, Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(apiSubscription(id).value(QLatin1String("status")).toString(),
        QStringLiteral("ACTIVE"), waitMs);
    QCOMPARE(oidOf(apiSubscription(id).value(QLatin1String("payment_method"))), chosen);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(row, SubscriptionsModel::Status)
                                  .data(PagedTableModel::RawValueRole)
                                  .toString(),
        QStringLiteral("ACTIVE"), waitMs);

    const QList<JournalEntry> entries = entriesOf(humanId);
    QStringList fields;
    for (const JournalEntry &entry : entries) {
        fields.append(entry.field.section(QLatin1Char('/'), 2));
        if (entry.field.endsWith(QLatin1String("/payment_method")))
            QCOMPARE(oidOf(entry.after), chosen);
    }
    QVERIFY2(fields.contains(QStringLiteral("status")), qPrintable(fields.join(u',')));
    QVERIFY2(fields.contains(QStringLiteral("payment_method")), qPrintable(fields.join(u',')));
}

void TestSubscriptionActions::editPaymentMethodAndNoteByKeyboard()
{
    QVERIFY(showOnly(QStringLiteral("ACTIVE")));
    QString chosen;
    const int row = rowWithAnotherPaymentMethod(&chosen);
    QVERIFY2(row >= 0, "an active subscription whose customer has another payment method");
    SubscriptionsModel *model = m_page->subscriptionsView()->model();
    const QString id = model->subscriptionId(row);
    const QJsonObject before = apiSubscription(id);
    const QString humanId = before.value(QLatin1String("human_id")).toString();
    const QString note = QStringLiteral("Kunden ringte 7. desember: bytt kort");

    // First opened and left: Save stays disabled until something differs.
    selectRow(row);
    QVERIFY(m_page->subscriptionsView()->editButton()->isEnabled());
    QTest::keyClick(m_page->subscriptionsView()->view(), Qt::Key_I, Qt::AltModifier);
    SubscriptionActions *actions = m_page->subscriptionsView()->actions();
    QTRY_VERIFY_WITH_TIMEOUT(actions->dialog() && actions->dialog()->hasLoaded(), waitMs);
    SubscriptionDialog *dialog = actions->dialog();
    QCOMPARE(dialog->purpose(), SubscriptionDialog::Purpose::Edit);
    QCOMPARE(dialog->paymentMethodId(), oidOf(before.value(QLatin1String("payment_method"))));
    QVERIFY(!dialog->acceptButton()->isEnabled());
    QVERIFY(dialog->patch().isEmpty());

    // The payment method by keyboard in its box, Tab to the note, type, Alt+S saves.
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QComboBox *box = dialog->paymentMethodBox();
    box->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && dialog->paymentMethodId() != chosen; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(dialog->paymentMethodId(), chosen);
    QVERIFY(dialog->acceptButton()->isEnabled());
    QTest::keyClick(box, Qt::Key_Tab);
    QTRY_VERIFY(dialog->noteEdit()->hasFocus());
    QTest::keyClick(dialog->noteEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dialog->noteEdit(), note);
    QCOMPARE(dialog->patch().keys(),
        QStringList({QStringLiteral("note"), QStringLiteral("payment_method")}));
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);

    QTRY_COMPARE_WITH_TIMEOUT(
        oidOf(apiSubscription(id).value(QLatin1String("payment_method"))), chosen, waitMs);
    const QJsonObject after = apiSubscription(id);
    QCOMPARE(after.value(QLatin1String("note")).toString(), note);
    // Only what changed was written: the status and the rest are as they were.
    QCOMPARE(after.value(QLatin1String("status")), before.value(QLatin1String("status")));
    QCOMPARE(after.value(QLatin1String("plan")), before.value(QLatin1String("plan")));
    QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy(), waitMs);

    QStringList fields;
    for (const JournalEntry &entry : entriesOf(humanId))
        fields.append(entry.field.section(QLatin1Char('/'), 2));
    QVERIFY2(fields.contains(QStringLiteral("payment_method")), qPrintable(fields.join(u',')));
    QVERIFY2(fields.contains(QStringLiteral("note")), qPrintable(fields.join(u',')));
    QVERIFY2(!fields.contains(QStringLiteral("status")), qPrintable(fields.join(u',')));
}

void TestSubscriptionActions::conflictKeepsTheChoice()
{
    QVERIFY(showOnly(QStringLiteral("ACTIVE")));
    SubscriptionsModel *model = m_page->subscriptionsView()->model();
    QVERIFY(model->rowCount() > 0);
    const int row = 0;
    const QString id = model->subscriptionId(row);
    const QString humanId = apiSubscription(id).value(QLatin1String("human_id")).toString();
    const QString note = QStringLiteral("Changed by a colleague");

    selectRow(row);
    bool changedBehind = false;
    // The confirmation is shown for real: while it is open, a colleague changes the
    // subscription; then the staff member confirms.
    onNextBox([&](QMessageBox *box) {
        changedBehind = apiPut(QStringLiteral("/subscriptions/") + id,
                            QJsonObject {{QStringLiteral("note"), note}})
                            .status
            == 200;
        MessageBox::setNextAnswer(QMessageBox::Yes); // the conflict: stop it anyway
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("messageBoxConfirm"));
        QVERIFY(confirm);
        confirm->click();
    });
    QTest::keyClick(m_page->subscriptionsView()->view(), Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(changedBehind, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(MessageBox::count(), 2, waitMs);
    const QString conflict = MessageBox::lastText();
    QVERIFY2(conflict.contains(QStringLiteral("Someone else changed")), qPrintable(conflict));
    QVERIFY2(conflict.contains(note), qPrintable(conflict));

    // The choice was kept and applied to their version: stopped, their note still there.
    QTRY_COMPARE_WITH_TIMEOUT(apiSubscription(id).value(QLatin1String("status")).toString(),
        QStringLiteral("NON_RENEWING"), waitMs);
    QCOMPARE(apiSubscription(id).value(QLatin1String("note")).toString(), note);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(row, SubscriptionsModel::Status)
                                  .data(PagedTableModel::RawValueRole)
                                  .toString(),
        QStringLiteral("NON_RENEWING"), waitMs);
    // Our change is journaled (status, and the end when it moved); their note is not ours.
    const QList<JournalEntry> entries = entriesOf(humanId);
    bool status = false;
    for (const JournalEntry &entry : entries) {
        QVERIFY(!entry.field.endsWith(QLatin1String("/note")));
        status = status || entry.field.endsWith(QLatin1String("/status"));
    }
    QVERIFY(status);
}

void TestSubscriptionActions::conflictTakesTheirs()
{
    QVERIFY(showOnly(QStringLiteral("ACTIVE")));
    SubscriptionsModel *model = m_page->subscriptionsView()->model();
    QVERIFY(model->rowCount() > 0);
    const int row = model->rowCount() - 1;
    const QString id = model->subscriptionId(row);
    const QString humanId = apiSubscription(id).value(QLatin1String("human_id")).toString();

    selectRow(row);
    onNextBox([&](QMessageBox *box) {
        apiPut(QStringLiteral("/subscriptions/") + id,
            QJsonObject {{QStringLiteral("note"), QStringLiteral("Keep it running")}});
        MessageBox::setNextAnswer(QMessageBox::No); // keep their version
        box->findChild<QPushButton *>(QStringLiteral("messageBoxConfirm"))->click();
    });
    m_page->subscriptionsView()->stopButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(MessageBox::count(), 2, waitMs);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Keep it running")));
    QTest::qWait(200);
    QCOMPARE(
        apiSubscription(id).value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
    QVERIFY(entriesOf(humanId).isEmpty());
    QVERIFY(m_page->subscriptionsView()->stopButton()->isEnabled()); // may be tried again
}

void TestSubscriptionActions::refusalShowsTheServersReason()
{
    QVERIFY(showOnly(QStringLiteral("CANCELED")));
    SubscriptionsModel *model = m_page->subscriptionsView()->model();
    QVERIFY(model->rowCount() > 0);
    selectRow(0);
    QVERIFY(!m_page->subscriptionsView()->stopButton()->isEnabled());
    // The buttons stay off for an ended subscription; the server's rule is checked anyway.
    QString shown;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    onNextBox([&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    m_page->subscriptionsView()->actions()->stop(0);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), waitMs);
    // The server's own words (docs/API.md: 409 "ended").
    const TestHttpResponse direct = TestHttp::request("POST",
        QUrl(m_server.url().toString() + QStringLiteral("/subscriptions/")
            + model->subscriptionId(0) + QStringLiteral("/stop")),
        TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey));
    QCOMPARE(direct.status, 409);
    QVERIFY2(shown.contains(direct.json().object().value(QLatin1String("message")).toString()),
        qPrintable(shown));
}

void TestSubscriptionActions::paymentsWithTheFailureReason()
{
    QVERIFY(showOnly(QStringLiteral("ERROR")));
    SubscriptionsModel *model = m_page->subscriptionsView()->model();
    QVERIFY(model->rowCount() > 0);
    const QString id = model->subscriptionId(0);
    const QJsonArray expected
        = apiList(QStringLiteral("/subscriptions/%1/payments?size=1000").arg(id));
    QVERIFY(!expected.isEmpty());

    selectRow(0);
    QTest::keyClick(m_page->subscriptionsView()->view(), Qt::Key_Y, Qt::AltModifier);
    SubscriptionActions *actions = m_page->subscriptionsView()->actions();
    QTRY_VERIFY_WITH_TIMEOUT(actions->paymentsDialog(), waitMs);
    SubscriptionPaymentsDialog *dialog = actions->paymentsDialog();
    QAbstractItemModelTester tester(
        dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->isLoaded(), waitMs);
    QCOMPARE(dialog->model()->rowCount(), int(expected.size()));
    int failed = 0;
    for (int row = 0; row < dialog->model()->rowCount(); ++row) {
        const QJsonObject json = expected.at(row).toObject();
        const QString reason
            = dialog->model()->index(row, PaymentsModel::Failure).data().toString();
        if (json.value(QLatin1String("current_state")).toString() != QLatin1String("failed")) {
            QVERIFY(reason.isEmpty());
            continue;
        }
        ++failed;
        QVERIFY2(reason.contains(json.value(QLatin1String("failure_message")).toString()),
            qPrintable(reason));
        QCOMPARE(dialog->model()->index(row, PaymentsModel::State).data().toString(),
            Payment::stateName(QStringLiteral("failed")));
    }
    QVERIFY(failed > 0);
    QVERIFY(dialog->statusLabel()->text().contains(QLocale().toString(failed)));
    QVERIFY(!dialog->table()->accessibleName().isEmpty());
    dialog->close();
}

// A customer's Subscriptions tab is the same view scoped to the customer: no Customer column,
// the same actions, journaled.
void TestSubscriptionActions::customersTabStopsToo()
{
    const QJsonArray active = apiList(QStringLiteral("/subscriptions?status=ACTIVE&size=1"));
    QCOMPARE(active.size(), 1);
    const QString customer = oidOf(active.at(0).toObject().value(QLatin1String("user")));
    const QString humanId = active.at(0).toObject().value(QLatin1String("human_id")).toString();
    SubscriptionsView tab(m_session.get(), Scope::user(customer), m_settings.get(),
        QStringLiteral("subscriptions/userTab"));
    QAbstractItemModelTester tester(
        tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    tab.setJournal(m_journal.get(), [] { return QStringLiteral("Tab"); });
    tab.resize(1100, 500);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QApplication::setActiveWindow(&tab);
    tab.load();
    QTRY_VERIFY_WITH_TIMEOUT(tab.model()->isComplete() && tab.model()->rowCount() > 0, waitMs);
    QVERIFY(!tab.visibleColumns().contains(SubscriptionsModel::Customer));
    const int row = tab.model()->rowOfSubscription(idOf(active.at(0)));
    QVERIFY(row >= 0);
    tab.view()->setFocus(Qt::OtherFocusReason);
    tab.view()->setCurrentIndex(tab.model()->index(row, 0));
    QVERIFY(tab.stopButton()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(tab.view(), Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(tab.model()
                                  ->index(row, SubscriptionsModel::Status)
                                  .data(PagedTableModel::RawValueRole)
                                  .toString(),
        QStringLiteral("NON_RENEWING"), waitMs);
    const QList<JournalEntry> entries = entriesOf(humanId);
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.at(0).userId, customer);
    QCOMPARE(entries.at(0).actor, QStringLiteral("Tab"));
}

QTEST_MAIN(TestSubscriptionActions)
#include "tst_subscriptionactions.moc"
