// SPDX-License-Identifier: GPL-3.0-or-later

// The Orders page driven through its widgets against the real builton-server: presets and
// custom dates give exactly the orders a direct API query returns for the same seconds
// (computed by the test), status multi-selects, the range always written out (UTC on hover),
// the filter kept per page across restarts (and the preferred date range when none is saved),
// the totals per currency (all loaded, and computed with progress), the CSV export, the order
// detail (Enter, Escape) and opening the customer, and the "done when" path by keyboard alone.

#include "api/CredentialStore.h"
#include "models/Clock.h"
#include "models/domain/DateRange.h"
#include "models/items/OrdersModel.h"
#include "models/jobs/ListExportJob.h"
#include "models/jobs/OrderTotalsPager.h"
#include "session/Session.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"
#include "ui/orders/OrderDetailDialog.h"
#include "ui/orders/OrderFilterBar.h"
#include "ui/orders/OrdersPage.h"
#include "ui/orders/OrdersView.h"
#include "ui/widgets/StatusFilterButton.h"
#include "ui/widgets/StatusLabel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <memory>

namespace {

constexpr int waitMs = 30000;

QString idOf(const QJsonObject &document)
{
    return document.value(QLatin1String("_id")).toObject().value(QLatin1String("$oid")).toString();
}

/// First second of \a day in \a zone, by the test's own arithmetic.
qint64 dayStart(QDate day, const QTimeZone &zone)
{
    return QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
}

} // namespace

class TestOrdersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void lastSevenDaysShowsWhatTheApiReturns();
    void everyPreset();
    void customDates();
    void statusFilters();
    void filterKeptAcrossRestarts();
    void preferredDateRange();
    void totalsWhenAllLoaded();
    void totalsComputedOnRequest();
    void csvExport();
    void orderDetail();
    void openCustomer();
    void keyboardOnly();

private:
    void makePage();
    /// Every order of the API for this query (all pages), independently of the client.
    QJsonArray apiOrders(const QString &query) const;
    QStringList tableIds() const;
    bool waitAllLoaded();
    /// Moves to \a value in the menu that pops up next, checks it with Space, closes the menu.
    void checkInNextMenu(const QString &value);

    TestServer m_server;
    TestCredentials m_credentials;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<OrdersPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDateTime m_now; ///< the test's "now": 100 days before the seeding, inside the data
};

void TestOrdersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 80;
    options.orders = 2500;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_credentials = m_server.credentials();
    m_now = QDateTime::currentDateTimeUtc().addDays(-100);
}

void TestOrdersPage::init()
{
    Clock::setTestTime(m_now);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_store = std::make_unique<CredentialStore>(QStringLiteral("BuiltOn Admin (orders tests)"));
    m_session = std::make_unique<Session>(m_store.get());
    ConnectionProfile profile = ConnectionProfile::create(
        QStringLiteral("Test shop"), m_server.url(), ConnectionProfile::Environment::Local);
    m_session->addTransientProfile(
        profile, {m_credentials.apiKey, m_credentials.serviceAccountKey});
    QVERIFY(m_session->openTransient(profile.id()));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    makePage();
}

void TestOrdersPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_session.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
    Clock::setTestTime(QDateTime());
}

void TestOrdersPage::makePage()
{
    m_tester.reset();
    m_page = std::make_unique<OrdersPage>(m_session.get(), m_settings.get());
    m_page->resize(1100, 700);
    // The tester calls fetchMore() after every change, as a view scrolled to the end would;
    // the one test that needs a table not loaded to the end goes without it.
    if (qstrcmp(QTest::currentTestFunction(), "totalsComputedOnRequest") != 0)
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->ordersView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
}

QJsonArray TestOrdersPage::apiOrders(const QString &query) const
{
    QJsonArray all;
    for (int page = 0;; ++page) {
        QUrl url = m_server.url();
        url.setPath(QStringLiteral("/orders"));
        url.setQuery(query + QStringLiteral("&size=1000&page=") + QString::number(page));
        const TestHttpResponse response = TestHttp::get(
            url, TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey));
        if (response.status != 200)
            return QJsonArray();
        const QJsonArray orders = response.json().array();
        for (const QJsonValue &order : orders)
            all.append(order);
        if (orders.size() < 1000)
            return all;
    }
}

QStringList TestOrdersPage::tableIds() const
{
    const OrdersModel *model = m_page->ordersView()->model();
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(PagedTableModel::IdRole).toString());
    return ids;
}

bool TestOrdersPage::waitAllLoaded()
{
    OrdersModel *model = m_page->ordersView()->model();
    return QTest::qWaitFor(
        [model] {
            if (model->canFetchMore(QModelIndex()))
                model->fetchMore(QModelIndex()); // as scrolling to the end would
            return model->isComplete() && !model->isLoading() && model->stagedCount() == 0;
        },
        waitMs);
}

void TestOrdersPage::checkInNextMenu(const QString &value)
{
    // The menu runs its own event loop: answer it from a timer.
    QTimer::singleShot(0, this, [value] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (int i = 0;
             i < 20 && (!menu->activeAction() || menu->activeAction()->objectName() != value); ++i)
            QTest::keyClick(menu, Qt::Key_Down);
        QVERIFY(menu->activeAction());
        QCOMPARE(menu->activeAction()->objectName(), value);
        QTest::keyClick(menu, Qt::Key_Space); // checks it; the menu stays open
        QVERIFY(menu->isVisible());
        QTest::keyClick(menu, Qt::Key_Escape);
    });
}

void TestOrdersPage::lastSevenDaysShowsWhatTheApiReturns()
{
    OrderFilterBar *bar = m_page->ordersView()->filterBar();
    QComboBox *preset = bar->presetBox();
    const int index = preset->findData(int(DateRange::Preset::Last7Days));
    QVERIFY(index >= 0);
    preset->setCurrentIndex(index);
    Q_EMIT preset->activated(index);
    QVERIFY(waitAllLoaded());

    // The seconds, by the test: seven whole days in Oslo ending with "today" (the Clock's).
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate today = m_now.toTimeZone(zone).date();
    const qint64 from = dayStart(today.addDays(-6), zone);
    const qint64 to = dayStart(today.addDays(1), zone) - 1;
    const QJsonArray expected
        = apiOrders(QStringLiteral("from_date=%1&to_date=%2").arg(from).arg(to));
    QVERIFY(expected.size() >= 3);
    QStringList ids;
    for (const QJsonValue &order : expected)
        ids.append(idOf(order.toObject()));
    QCOMPARE(tableIds(), ids);

    // The range is always written out, in the staff member's days, with UTC on hover.
    const DateRange range = DateRange::fromPreset(DateRange::Preset::Last7Days);
    QVERIFY(bar->rangeLabel()->text().startsWith(range.describe(today, zone)));
    QCOMPARE(bar->rangeLabel()->toolTip(), range.describeUtc(today, zone));
    QVERIFY(bar->rangeLabel()->toolTip().contains(
        QDateTime::fromSecsSinceEpoch(from, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    // The date edits show the days of the preset.
    QCOMPARE(bar->fromEdit()->date(), today.addDays(-6));
    QCOMPARE(bar->toEdit()->date(), today);
    QVERIFY(m_page->hasLoadedData());
}

void TestOrdersPage::everyPreset()
{
    OrderFilterBar *bar = m_page->ordersView()->filterBar();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate today = m_now.toTimeZone(zone).date();
    for (const DateRange::Preset preset :
        {DateRange::Preset::Today, DateRange::Preset::Yesterday, DateRange::Preset::Last30Days,
            DateRange::Preset::ThisMonth, DateRange::Preset::LastMonth}) {
        const int index = bar->presetBox()->findData(int(preset));
        bar->presetBox()->setCurrentIndex(index);
        Q_EMIT bar->presetBox()->activated(index);
        QVERIFY(waitAllLoaded());
        const DateRange::Resolved days = DateRange::fromPreset(preset).resolve(today, zone);
        const QJsonArray expected
            = apiOrders(QStringLiteral("from_date=%1&to_date=%2")
                            .arg(dayStart(days.firstDay, zone))
                            .arg(dayStart(days.lastDay.addDays(1), zone) - 1));
        QStringList ids;
        for (const QJsonValue &order : expected)
            ids.append(idOf(order.toObject()));
        QVERIFY2(tableIds() == ids, qPrintable(DateRange::presetName(preset)));
    }
}

void TestOrdersPage::customDates()
{
    OrderFilterBar *bar = m_page->ordersView()->filterBar();
    QSignalSpy changed(bar, &OrderFilterBar::filterChanged);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate first = m_now.toTimeZone(zone).date().addDays(-40);
    const QDate last = first.addDays(9);
    bar->fromEdit()->setDate(first);
    bar->toEdit()->setDate(last);
    // Typing a date applies once the typing pauses.
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(bar->filter().range.preset(), DateRange::Preset::Custom);
    QCOMPARE(bar->presetBox()->currentData().toInt(), int(DateRange::Preset::Custom));
    QCOMPARE(bar->filter().range.customFrom(), first);
    QCOMPARE(bar->filter().range.customTo(), last);

    // On the delivery time instead.
    const int field = bar->dateFieldBox()->findData(int(DateField::DeliveryTime));
    bar->dateFieldBox()->setCurrentIndex(field);
    Q_EMIT bar->dateFieldBox()->activated(field);
    QVERIFY(waitAllLoaded());
    const QJsonArray expected
        = apiOrders(QStringLiteral("date_field=delivery_time&from_date=%1&to_date=%2")
                        .arg(dayStart(first, zone))
                        .arg(dayStart(last.addDays(1), zone) - 1));
    QVERIFY(!expected.isEmpty());
    QStringList ids;
    for (const QJsonValue &order : expected)
        ids.append(idOf(order.toObject()));
    QCOMPARE(tableIds(), ids);
    QVERIFY(bar->rangeLabel()->text().contains(dateFieldName(DateField::DeliveryTime).toLower()));

    // An open end: "any" in the edit.
    bar->fromEdit()->setDate(bar->fromEdit()->minimumDate());
    QTRY_VERIFY(!bar->filter().range.customFrom().isValid());
    QCOMPARE(bar->fromEdit()->text(), OrderFilterBar::tr("any"));
}

void TestOrdersPage::statusFilters()
{
    OrderFilterBar *bar = m_page->ordersView()->filterBar();
    const int index = bar->presetBox()->findData(int(DateRange::Preset::ThisYear));
    bar->presetBox()->setCurrentIndex(index);
    Q_EMIT bar->presetBox()->activated(index);

    StatusFilterButton *status = bar->orderStatusButton();
    QVERIFY(status->actionFor(QStringLiteral("FAILED")));
    status->actionFor(QStringLiteral("FAILED"))->trigger();
    status->actionFor(QStringLiteral("CANCELED"))->trigger();
    QCOMPARE(bar->filter().orderStatuses,
        (QStringList {QStringLiteral("FAILED"), QStringLiteral("CANCELED")}));
    QVERIFY(status->text().contains(OrderFilter::orderStatusName(QStringLiteral("FAILED"))));
    QVERIFY(!status->anyAction()->isChecked());
    QVERIFY(waitAllLoaded());

    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate today = m_now.toTimeZone(zone).date();
    const QString range = QStringLiteral("from_date=%1&to_date=%2")
                              .arg(dayStart(QDate(today.year(), 1, 1), zone))
                              .arg(dayStart(QDate(today.year() + 1, 1, 1), zone) - 1);
    QJsonArray expected = apiOrders(range + QStringLiteral("&order_status=FAILED,CANCELED"));
    QVERIFY(expected.size() > 5);
    QStringList ids;
    for (const QJsonValue &order : expected)
        ids.append(idOf(order.toObject()));
    QCOMPARE(tableIds(), ids);

    // And delivery pending.
    bar->deliveryStatusButton()->actionFor(QStringLiteral("PENDING"))->trigger();
    QVERIFY(waitAllLoaded());
    expected = apiOrders(
        range + QStringLiteral("&order_status=FAILED,CANCELED&delivery_status=PENDING"));
    ids.clear();
    for (const QJsonValue &order : expected)
        ids.append(idOf(order.toObject()));
    QCOMPARE(tableIds(), ids);
    for (int row = 0; row < m_page->ordersView()->model()->rowCount(); ++row)
        QCOMPARE(m_page->ordersView()
                     ->model()
                     ->index(row, OrdersModel::DeliveryStatus)
                     .data()
                     .toString(),
            OrderFilter::deliveryStatusName(QStringLiteral("PENDING")));

    // "Any" clears the choice.
    status->anyAction()->trigger();
    QVERIFY(bar->filter().orderStatuses.isEmpty());
    QVERIFY(status->anyAction()->isChecked());
}

void TestOrdersPage::filterKeptAcrossRestarts()
{
    OrderFilterBar *bar = m_page->ordersView()->filterBar();
    const int index = bar->presetBox()->findData(int(DateRange::Preset::Last7Days));
    bar->presetBox()->setCurrentIndex(index);
    Q_EMIT bar->presetBox()->activated(index);
    bar->orderStatusButton()->actionFor(QStringLiteral("PENDING"))->trigger();
    bar->includeDeletedBox()->setChecked(true);
    m_page->ordersView()->setColumnVisible(OrdersModel::Modified, true);
    m_settings->sync();
    QCOMPARE(m_settings->value(QStringLiteral("orders/page/range")).toString(),
        QStringLiteral("preset:last7"));

    // A restart a week later: the same filter, meaning that week.
    m_page.reset();
    m_settings = std::make_unique<QSettings>(
        m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Clock::setTestTime(m_now.addDays(7));
    makePage();
    bar = m_page->ordersView()->filterBar();
    QCOMPARE(bar->filter().range.preset(), DateRange::Preset::Last7Days);
    QCOMPARE(bar->filter().orderStatuses, QStringList {QStringLiteral("PENDING")});
    QVERIFY(bar->includeDeletedBox()->isChecked());
    QVERIFY(m_page->ordersView()->visibleColumns().contains(OrdersModel::Modified));
    const QDate today = m_now.addDays(7).toTimeZone(QTimeZone::systemTimeZone()).date();
    QCOMPARE(bar->toEdit()->date(), today);
    QVERIFY(waitAllLoaded());
    QCOMPARE(*m_page->ordersView()->model()->appliedQuery().toDate,
        dayStart(today.addDays(1), QTimeZone::systemTimeZone()) - 1);

    // The customer's tab keeps its own filter.
    OrdersView tab(m_session.get(), Scope::user(QStringLiteral("0123456789abcdef01234567")),
        m_settings.get(), QStringLiteral("orders/userTab"));
    QCOMPARE(tab.filterBar()->filter().range.preset(), DateRange::Preset::AllTime);
    QVERIFY(tab.filterBar()->filter().orderStatuses.isEmpty());
    QVERIFY(!tab.visibleColumns().contains(OrdersModel::Customer));
}

void TestOrdersPage::preferredDateRange()
{
    // Without a preference the page starts with the last 30 days.
    QCOMPARE(
        m_page->ordersView()->filterBar()->filter().range.preset(), DateRange::Preset::Last30Days);

    // The preferences dialog stores a preferred range of the Orders page: a page with no saved
    // filter starts with it; a customer's Orders tab still starts with all their orders.
    m_page.reset();
    m_settings->setValue(QStringLiteral("preferences/defaultDatePreset"),
        DateRange::fromPreset(DateRange::Preset::LastMonth).toSettingsString());
    makePage();
    OrderFilterBar *bar = m_page->ordersView()->filterBar();
    QCOMPARE(bar->filter().range.preset(), DateRange::Preset::LastMonth);
    QCOMPARE(bar->presetBox()->currentData().toInt(), int(DateRange::Preset::LastMonth));
    QVERIFY(waitAllLoaded());
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate today = m_now.toTimeZone(zone).date();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    const OrderQuery query = m_page->ordersView()->model()->appliedQuery();
    QVERIFY(query.fromDate && query.toDate);
    QCOMPARE(*query.fromDate, dayStart(firstOfMonth.addMonths(-1), zone));
    QCOMPARE(*query.toDate, dayStart(firstOfMonth, zone) - 1);
    QStringList ids;
    for (const QJsonValue &order : apiOrders(
             QStringLiteral("from_date=%1&to_date=%2").arg(*query.fromDate).arg(*query.toDate)))
        ids.append(idOf(order.toObject()));
    QVERIFY(!ids.isEmpty());
    QCOMPARE(tableIds(), ids);
    {
        OrdersView tab(m_session.get(), Scope::user(QStringLiteral("0123456789abcdef01234567")),
            m_settings.get(), QStringLiteral("orders/userTab"));
        QVERIFY(tab.filterBar()->filter().range.isAllTime());
    }

    // A filter the staff member chose is kept over the preference.
    const int index = bar->presetBox()->findData(int(DateRange::Preset::Yesterday));
    bar->presetBox()->setCurrentIndex(index);
    Q_EMIT bar->presetBox()->activated(index);
    m_page.reset();
    makePage();
    QCOMPARE(
        m_page->ordersView()->filterBar()->filter().range.preset(), DateRange::Preset::Yesterday);

    // An unreadable preference: the page's own default.
    m_page.reset();
    m_settings->remove(OrdersPage::settingsKey);
    m_settings->setValue(QStringLiteral("preferences/defaultDatePreset"), QStringLiteral("soon"));
    makePage();
    QCOMPARE(
        m_page->ordersView()->filterBar()->filter().range.preset(), DateRange::Preset::Last30Days);
}

void TestOrdersPage::totalsWhenAllLoaded()
{
    OrderFilterBar *bar = m_page->ordersView()->filterBar();
    const int index = bar->presetBox()->findData(int(DateRange::Preset::Last30Days));
    bar->presetBox()->setCurrentIndex(index);
    Q_EMIT bar->presetBox()->activated(index);
    QVERIFY(waitAllLoaded());

    const OrderQuery query = m_page->ordersView()->model()->appliedQuery();
    const QJsonArray expected = apiOrders(
        QStringLiteral("from_date=%1&to_date=%2").arg(*query.fromDate).arg(*query.toDate));
    QMap<QString, qint64> cents;
    for (const QJsonValue &value : expected)
        cents[value.toObject().value(QLatin1String("currency")).toString()]
            += std::llround(value.toObject().value(QLatin1String("total_amount")).toDouble() * 100);
    QStringList parts {OrdersView::tr("%Ln order(s)", nullptr, int(expected.size()))};
    for (auto it = cents.cbegin(); it != cents.cend(); ++it)
        parts.append(Money::fromUnits(it.value() * 100, it.key()).toString(QLocale()));
    QTRY_COMPARE(m_page->ordersView()->summaryLabel()->text(), parts.join(QStringLiteral(" · ")));
    QVERIFY(!m_page->ordersView()->computeTotalsButton()->isVisible());
}

void TestOrdersPage::totalsComputedOnRequest()
{
    OrderFilterBar *bar = m_page->ordersView()->filterBar();
    const int index = bar->presetBox()->findData(int(DateRange::Preset::AllTime));
    bar->presetBox()->setCurrentIndex(index);
    Q_EMIT bar->presetBox()->activated(index);
    OrdersView *view = m_page->ordersView();
    // The first page only: the view does not scroll.
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0 && !view->model()->isLoading(), waitMs);
    QVERIFY(!view->model()->isComplete());
    QTRY_VERIFY(view->computeTotalsButton()->isVisible());
    QVERIFY(view->summaryLabel()->text().contains(QLocale().toString(view->model()->rowCount())));

    QSignalSpy finished(view->totalsPager(), &OrderTotalsPager::finished);
    QTest::mouseClick(view->computeTotalsButton(), Qt::LeftButton);
    QVERIFY(view->progressBar()->isVisible());
    QVERIFY(view->cancelButton()->isVisible());
    QVERIFY(finished.wait(waitMs));
    QVERIFY(!view->progressBar()->isVisible());

    const QJsonArray expected = apiOrders(QString());
    QMap<QString, qint64> cents;
    for (const QJsonValue &value : expected)
        cents[value.toObject().value(QLatin1String("currency")).toString()]
            += std::llround(value.toObject().value(QLatin1String("total_amount")).toDouble() * 100);
    QCOMPARE(view->totalsPager()->orderCount(), qint64(expected.size()));
    QString summary = view->summaryLabel()->text();
    QVERIFY(summary.startsWith(OrdersView::tr("%Ln order(s)", nullptr, int(expected.size()))));
    for (auto it = cents.cbegin(); it != cents.cend(); ++it)
        QVERIFY2(summary.contains(Money::fromUnits(it.value() * 100, it.key()).toString(QLocale())),
            qPrintable(summary));

    // A new filter drops computed totals; Cancel stops a running sum.
    bar->orderStatusButton()->actionFor(QStringLiteral("DONE"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0 && !view->model()->isLoading(), waitMs);
    QVERIFY(
        !view->summaryLabel()->text().startsWith(summary.left(10)) || !view->model()->isComplete());
    QSignalSpy canceled(view->totalsPager(), &OrderTotalsPager::canceled);
    view->totalsPager()->setPageSize(10);
    view->computeTotals();
    QVERIFY(view->totalsPager()->isRunning());
    QTest::mouseClick(view->cancelButton(), Qt::LeftButton);
    QCOMPARE(canceled.count(), 1);
    QVERIFY(!view->progressBar()->isVisible());
    QVERIFY(view->summaryLabel()->text().contains(OrdersView::tr("loaded").right(6)));
}

void TestOrdersPage::csvExport()
{
    OrderFilterBar *bar = m_page->ordersView()->filterBar();
    const int index = bar->presetBox()->findData(int(DateRange::Preset::LastMonth));
    bar->presetBox()->setCurrentIndex(index);
    Q_EMIT bar->presetBox()->activated(index);
    OrdersView *view = m_page->ordersView();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->totalCount() > 0, waitMs);
    // Columns as the staff member arranged them: Total first, Customer hidden.
    view->setColumnVisible(OrdersModel::Customer, false);
    QHeaderView *header = view->view()->horizontalHeader();
    header->moveSection(header->visualIndex(OrdersModel::Total), 0);
    const QList<int> columns = view->visibleColumns();
    QCOMPARE(columns.first(), int(OrdersModel::Total));
    QVERIFY(!columns.contains(OrdersModel::Customer));

    // The suggested file name says the filter: last month's first and last days.
    const QDate today = view->model()->today();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    const QDate last = QDate(today.year(), today.month(), 1).addDays(-1);
    QCOMPARE(view->suggestedFileName(),
        QStringLiteral("orders-%1_%2.csv")
            .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));

    const QString path = m_dir->filePath(QStringLiteral("last-month.csv"));
    QSignalSpy finished(view->exportJob(), &ListExportJob::finished);
    QVERIFY(view->startExport(path));
    QVERIFY(finished.wait(waitMs));
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("ordersWorkStatus"))
                ->text()
                .contains(QStringLiteral("last-month.csv")));

    const OrderQuery query = view->model()->appliedQuery();
    const QJsonArray expected = apiOrders(
        QStringLiteral("from_date=%1&to_date=%2").arg(*query.fromDate).arg(*query.toDate));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // Header + one line per order + the empty rest after the last CRLF.
    QCOMPARE(lines.size(), int(expected.size()) + 2);
    QByteArray headerLine = lines.first().trimmed();
    headerLine.remove(0, 3); // byte order mark
    QStringList titles;
    for (const int column : columns) {
        titles.append(OrdersModel::columnTitle(column));
        if (column == OrdersModel::Total)
            titles.append(OrdersModel::tr("Currency"));
    }
    // The customer's ID and email come along although Customer is hidden.
    titles << QStringLiteral("Customer ID") << QStringLiteral("Customer email");
    QCOMPARE(QString::fromUtf8(headerLine), titles.join(QLatin1Char(',')));
    int withEmail = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject order = expected.at(i).toObject();
        const QStringList fields
            = QString::fromUtf8(lines.at(i + 1).trimmed()).split(QLatin1Char(','));
        const qint64 cents
            = std::llround(order.value(QLatin1String("total_amount")).toDouble() * 100);
        QCOMPARE(QString(fields.at(0)).remove(QLatin1Char('.')).toLongLong(),
            order.value(QLatin1String("currency")).toString() == QLatin1String("JPY") ? cents / 100
                                                                                      : cents);
        QCOMPARE(fields.at(1), order.value(QLatin1String("currency")).toString());
        QCOMPARE(fields.at(2), order.value(QLatin1String("human_id")).toString());
        // The other columns shown, raw: created in UTC, the statuses as the API has them, the
        // quantity of items.
        QCOMPARE(fields.size(), 9);
        const QJsonObject user = order.value(QLatin1String("user")).toObject();
        if (!user.value(QLatin1String("email")).toString().isEmpty())
            ++withEmail;
        QCOMPARE(fields.at(7), user.value(QLatin1String("human_id")).toString());
        QCOMPARE(fields.at(8), user.value(QLatin1String("email")).toString());
        const qint64 created = order.value(QLatin1String("created"))
                                   .toObject()
                                   .value(QLatin1String("$date"))
                                   .toVariant()
                                   .toLongLong();
        QVERIFY(created > 0);
        QCOMPARE(fields.at(3),
            QDateTime::fromMSecsSinceEpoch(created, Qt::UTC).toString(Qt::ISODateWithMs));
        QCOMPARE(fields.at(4), order.value(QLatin1String("order_status")).toString());
        QCOMPARE(fields.at(5), order.value(QLatin1String("delivery_status")).toString());
        double quantity = 0;
        if (order.contains(QLatin1String("total_quantity"))) {
            quantity = order.value(QLatin1String("total_quantity")).toDouble();
        } else {
            for (const QJsonValue &item : order.value(QLatin1String("items")).toArray())
                quantity += item.toObject().value(QLatin1String("quantity")).toDouble();
        }
        QCOMPARE(fields.at(6).toDouble(), quantity);
    }
    QVERIFY(withEmail > 0);
}

void TestOrdersPage::orderDetail()
{
    OrdersView *view = m_page->ordersView();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 3, waitMs);
    view->view()->setFocus();
    view->view()->setCurrentIndex(view->model()->index(2, OrdersModel::HumanId));
    const QString id = view->model()->orderId(2);
    QTest::keyClick(view->view(), Qt::Key_Return);
    OrderDetailDialog *dialog = view->detailDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->orderId(), id);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), waitMs);

    QUrl url = m_server.url();
    url.setPath(QStringLiteral("/orders/") + id);
    const QJsonObject order
        = TestHttp::get(url, TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey))
              .json()
              .object();
    const QJsonArray items = order.value(QLatin1String("items")).toArray();
    QCOMPARE(dialog->itemsTable()->rowCount(), int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const QJsonObject item = items.at(row).toObject();
        QCOMPARE(dialog->itemsTable()->item(row, OrderDetailDialog::Name)->text(),
            item.value(QLatin1String("name")).toString());
        QCOMPARE(dialog->itemsTable()->item(row, OrderDetailDialog::Quantity)->text(),
            QLocale().toString(item.value(QLatin1String("quantity")).toInt()));
        const QString currency = item.value(QLatin1String("currency")).toString();
        QCOMPARE(dialog->itemsTable()->item(row, OrderDetailDialog::FinalPrice)->text(),
            Money::fromDouble(item.value(QLatin1String("final_price")).toDouble(), currency)
                .toString(QLocale()));
        QVERIFY(dialog->itemsTable()
                    ->item(row, OrderDetailDialog::Vat)
                    ->text()
                    .endsWith(QStringLiteral("%")));
    }
    const QJsonObject address = order.value(QLatin1String("delivery_address")).toObject();
    QVERIFY(dialog->detailText(QStringLiteral("deliveryAddress"))
                .contains(address.value(QLatin1String("city")).toString()));
    QVERIFY(!dialog->detailText(QStringLiteral("payments")).isEmpty());
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("orderDetailNote"))->toPlainText(),
        order.value(QLatin1String("note")).toString());
    QCOMPARE(dialog->detailText(QStringLiteral("deliveryTime")) == OrderDetailDialog::tr("Not set"),
        !order.value(QLatin1String("delivery_time")).isObject());
    QCOMPARE(dialog->detailText(QStringLiteral("total")),
        Money::fromDouble(order.value(QLatin1String("total_amount")).toDouble(),
            order.value(QLatin1String("currency")).toString())
            .toString(QLocale()));
    // The items have the focus; Escape closes the dialog.
    QTRY_VERIFY(dialog->itemsTable()->hasFocus() || !dialog->isActiveWindow());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!view->detailDialog());
}

void TestOrdersPage::openCustomer()
{
    OrdersView *view = m_page->ordersView();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, waitMs);
    QSignalSpy open(m_page.get(), &OrdersPage::openUserRequested);
    view->view()->setFocus();
    view->view()->setCurrentIndex(view->model()->index(0, OrdersModel::HumanId));
    QTest::keyClick(view->view(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), view->model()->customerId(0));
    QVERIFY(!view->detailDialog());

    // From the order detail.
    OrderDetailDialog *dialog = view->openOrder(0);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), waitMs);
    QVERIFY(dialog->openCustomerButton()->isEnabled());
    QTest::mouseClick(dialog->openCustomerButton(), Qt::LeftButton);
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(0).toString(), view->model()->customerId(0));
}

void TestOrdersPage::keyboardOnly()
{
    // "Pick Last month, narrow to failed orders, open one and read its items" by keyboard.
    OrdersView *view = m_page->ordersView();
    OrderFilterBar *bar = view->filterBar();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, waitMs);
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    view->view()->setFocus();
    QTest::keyClick(view->view(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(bar->presetBox()->hasFocus());
    // Step through the presets to "Last month".
    const int target = bar->presetBox()->findData(int(DateRange::Preset::LastMonth));
    while (bar->presetBox()->currentIndex() < target)
        QTest::keyClick(bar->presetBox(), Qt::Key_Down);
    while (bar->presetBox()->currentIndex() > target)
        QTest::keyClick(bar->presetBox(), Qt::Key_Up);
    QCOMPARE(bar->filter().range.preset(), DateRange::Preset::LastMonth);

    // Tab to the status button, open its menu, check "Failed" with Space, close it.
    for (int i = 0; i < 40 && !bar->orderStatusButton()->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(bar->orderStatusButton()->hasFocus());
    checkInNextMenu(QStringLiteral("FAILED"));
    QTest::keyClick(bar->orderStatusButton(), Qt::Key_Space);
    QTRY_COMPARE(bar->filter().orderStatuses, QStringList {QStringLiteral("FAILED")});
    QVERIFY(waitAllLoaded());
    QVERIFY(view->model()->rowCount() > 0);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(view->model()
                     ->index(row, OrdersModel::OrderStatus)
                     .data(PagedTableModel::RawValueRole)
                     .toString(),
            QStringLiteral("FAILED"));

    // Tab on into the table, Down to a row, Enter opens it, its items have the focus.
    // (The offscreen platform does not give the window back its activation after a popup.)
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTRY_VERIFY(bar->orderStatusButton()->hasFocus());
    for (int i = 0; i < 40 && !view->view()->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(view->view()->hasFocus());
    QTest::keyClick(view->view(), Qt::Key_Down);
    QVERIFY(view->view()->currentIndex().isValid());
    QTest::keyClick(view->view(), Qt::Key_Return);
    OrderDetailDialog *dialog = view->detailDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), waitMs);
    QVERIFY(dialog->itemsTable()->rowCount() > 0);
    QCOMPARE(dialog->order().orderStatus(), QStringLiteral("FAILED"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!view->detailDialog());
}

QTEST_MAIN(TestOrdersPage)
#include "tst_orderspage.moc"
