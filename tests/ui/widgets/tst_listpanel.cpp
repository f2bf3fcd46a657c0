// SPDX-License-Identifier: GPL-3.0-or-later

// The list panel every list shares (ListTableView, ListPanel), through the lists of the main
// window against the real builton-server: at the window's default size the shown columns fill
// each table without a horizontal scroll bar in English, German and Norwegian; the layout the
// staff member makes survives a restart; the empty state; the count with the language's
// thousands separators; a new query starts at the left; the counts and the date range in force
// reach screen readers as they change; the menu buttons over the lists draw one arrow.

#include "api/CredentialStore.h"
#include "api/ProfileStore.h"
#include "models/domain/DateRange.h"
#include "models/domain/OrderFilter.h"
#include "models/items/OrdersModel.h"
#include "models/items/PagedTableModel.h"
#include "models/items/SubscriptionsModel.h"
#include "models/items/UsersModel.h"
#include "session/Session.h"
#include "session/Translation.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"
#include "ui/account/MyAccountPage.h"
#include "ui/orders/OrderFilterBar.h"
#include "ui/orders/OrdersPage.h"
#include "ui/orders/OrdersView.h"
#include "ui/shell/MainWindow.h"
#include "ui/subscriptions/SubscriptionsPage.h"
#include "ui/subscriptions/SubscriptionsView.h"
#include "ui/userdetail/UserDetailArea.h"
#include "ui/userdetail/UserDetailTab.h"
#include "ui/users/UsersPage.h"
#include "ui/widgets/ListPanel.h"
#include "ui/widgets/ListTableView.h"
#include "ui/widgets/MenuButton.h"
#include "ui/widgets/StatusFilterButton.h"
#include "ui/widgets/StatusLabel.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using Section = MainWindow::Section;

namespace {

constexpr int waitMs = 30000;
/// Orders in the test shop: enough for a thousands separator.
constexpr int orderCount = 4701;

const QString ordersColumnsKey = QStringLiteral("orders/page/columns");

bool loaded(const PagedTableModel *model)
{
    return model && model->rowCount() > 0 && !model->isLoading() && model->stagedCount() == 0;
}

QString accessibleText(QWidget *widget, QAccessible::Text text)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(text) : QStringLiteral("(no accessible interface)");
}

} // namespace

class TestListPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void columnsFillTheTable_data();
    void columnsFillTheTable();
    void layoutSurvivesARestart();
    void emptyStateForAnEmptyAnswer();
    void countHasThousandsSeparators_data();
    void countHasThousandsSeparators();
    void newQueryStartsAtTheLeft();
    void changingTextsReachScreenReaders();
    void menuButtonsDrawOneArrowWithRoom_data();
    void menuButtonsDrawOneArrowWithRoom();

private:
    void createWindow();
    void openSession(bool customer);
    /// The main window's list of \a list ("users", "orders", "userPaymentMethods", ...), shown
    /// and with its first answer loaded; nullptr when it cannot be.
    ListTableView *showList(const QString &list);
    ListTableView *ordersTable() const;
    OrdersView *ordersView() const;
    void watch(QAbstractItemModel *model);
    QJsonArray api(const QString &path) const;

    TestServer m_server;
    TestCredentials m_credentials;
    QString m_customer; ///< a customer with orders, subscriptions and payment methods
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    /// Alive as long as their models: attached before any row arrives.
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestListPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 150;
    options.orders = orderCount;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_credentials = m_server.credentials();
    for (const QJsonValue &user : api(QStringLiteral("/users"))) {
        const QString id = user.toObject()
                               .value(QLatin1String("_id"))
                               .toObject()
                               .value(QLatin1String("$oid"))
                               .toString();
        if (!api(QStringLiteral("/users/%1/payment_methods").arg(id)).isEmpty()
            && !api(QStringLiteral("/users/%1/subscriptions").arg(id)).isEmpty()
            && !api(QStringLiteral("/users/%1/orders").arg(id)).isEmpty()) {
            m_customer = id;
            break;
        }
    }
    QVERIFY(!m_customer.isEmpty());
}

void TestListPanel::init()
{
    Translation::install(qApp, QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_store = std::make_unique<CredentialStore>(QStringLiteral("BuiltOn Admin (list tests)"));
    m_session = std::make_unique<Session>(m_store.get());
}

void TestListPanel::cleanup()
{
    m_testers.clear();
    m_window.reset();
    m_session.reset();
    m_store.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
    Translation::install(qApp, QStringLiteral("en"));
}

QJsonArray TestListPanel::api(const QString &path) const
{
    QUrl url = m_server.url();
    url.setPath(path);
    url.setQuery(QStringLiteral("size=1000"));
    return TestHttp::get(url, TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey))
        .json()
        .array();
}

void TestListPanel::watch(QAbstractItemModel *model)
{
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

void TestListPanel::createWindow()
{
    m_testers.clear();
    m_window = std::make_unique<MainWindow>(m_session.get(), m_profiles.get(), m_settings.get());
    watch(qobject_cast<UsersPage *>(m_window->page(Section::Users))->model());
    watch(ordersView()->model());
    watch(qobject_cast<SubscriptionsPage *>(m_window->page(Section::Subscriptions))
              ->subscriptionsView()
              ->model());
    watch(qobject_cast<MyAccountPage *>(m_window->page(Section::MyAccount))->ordersModel());
}

void TestListPanel::openSession(bool customer)
{
    const ConnectionProfile profile = ConnectionProfile::create(
        QStringLiteral("Test shop"), m_server.url(), ConnectionProfile::Environment::Local);
    m_session->addTransientProfile(profile,
        {m_credentials.apiKey,
            customer ? m_credentials.userToken : m_credentials.serviceAccountKey});
    QVERIFY(m_session->openTransient(profile.id()));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
}

OrdersView *TestListPanel::ordersView() const
{
    return qobject_cast<OrdersPage *>(m_window->page(Section::Orders))->ordersView();
}

ListTableView *TestListPanel::ordersTable() const
{
    return ordersView()->view();
}

ListTableView *TestListPanel::showList(const QString &list)
{
    ListTableView *table = nullptr;
    if (list == QLatin1String("users") || list == QLatin1String("orders")
        || list == QLatin1String("subscriptions")) {
        const Section section = list == QLatin1String("users") ? Section::Users
            : list == QLatin1String("orders")                  ? Section::Orders
                                                               : Section::Subscriptions;
        if (!m_window->showSection(section))
            return nullptr;
        table = m_window->page(section)->findChild<ListTableView *>(list + QStringLiteral("Table"));
    } else if (list == QLatin1String("myOrders")) {
        if (m_window->currentSection() != Section::MyAccount)
            return nullptr;
        table = m_window->page(Section::MyAccount)
                    ->findChild<ListTableView *>(QStringLiteral("myOrdersTable"));
    } else {
        // A customer's tab: Orders, Subscriptions or Payment methods.
        UserDetailTab *tab = m_window->openUser(m_customer);
        if (!tab)
            return nullptr;
        const int index = list == QLatin1String("userOrders") ? 2
            : list == QLatin1String("userSubscriptions")      ? 3
                                                              : 4;
        const QString name = list == QLatin1String("userOrders") ? QStringLiteral("ordersTable")
            : list == QLatin1String("userSubscriptions") ? QStringLiteral("subscriptionsTable")
                                                         : QStringLiteral("paymentMethodsTable");
        tab->sections()->setCurrentIndex(index);
        table = tab->sections()->widget(index)->findChild<ListTableView *>(name);
        if (table)
            watch(table->model()); // made now, before its first answer
    }
    if (!table)
        return nullptr;
    auto *model = qobject_cast<PagedTableModel *>(table->model());
    if (!QTest::qWaitFor([model] { return loaded(model); }, waitMs))
        return nullptr;
    return table;
}

void TestListPanel::columnsFillTheTable_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("list");
    for (const char *language : {"en", "de", "nb"}) {
        for (const char *list : {"users", "orders", "subscriptions", "userOrders",
                 "userSubscriptions", "userPaymentMethods", "myOrders"}) {
            QTest::addRow("%s %s", language, list)
                << QString::fromLatin1(language) << QString::fromLatin1(list);
        }
    }
}

void TestListPanel::columnsFillTheTable()
{
    QFETCH(QString, language);
    QFETCH(QString, list);
    QCOMPARE(Translation::install(qApp, language), language);
    createWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(1180, 740)); // the default size, nothing remembered
    openSession(list == QLatin1String("myOrders"));
    ListTableView *table = showList(list);
    QVERIFY2(table, qPrintable(list));
    QVERIFY(table->isVisible());

    // The shown columns make up the table's width exactly: nothing to scroll sideways, no gap.
    QHeaderView *header = table->horizontalHeader();
    const auto shownWidth = [header] {
        int sum = 0;
        for (int column = 0; column < header->count(); ++column)
            sum += header->isSectionHidden(column) ? 0 : header->sectionSize(column);
        return sum;
    };
    QTRY_COMPARE(shownWidth(), table->viewport()->width());
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    // And none is narrower than its translated title or its typical content.
    const QList<int> shown = table->visibleColumns();
    QVERIFY2(shown.size() >= 4, qPrintable(QString::number(shown.size())));
    for (const int column : shown) {
        QVERIFY2(header->sectionSize(column) >= table->naturalWidth(column),
            qPrintable(QStringLiteral("%1: column %2 (%3) is %4 px, needs %5")
                           .arg(list)
                           .arg(column)
                           .arg(table->model()->headerData(column, Qt::Horizontal).toString())
                           .arg(header->sectionSize(column))
                           .arg(table->naturalWidth(column))));
    }
}

void TestListPanel::layoutSurvivesARestart()
{
    createWindow();
    m_window->show();
    openSession(false);
    ListTableView *table = showList(QStringLiteral("orders"));
    QVERIFY(table);
    QHeaderView *header = table->horizontalHeader();
    QVERIFY(!m_settings->contains(ordersColumnsKey));

    // Hide Items through the header's own menu (it pops up, it does not block).
    Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
    QMenu *menu = table->columnsMenu();
    QCOMPARE(menu->objectName(), QStringLiteral("ordersColumnsMenu"));
    QTRY_VERIFY(menu->isVisible());
    auto *items = menu->findChild<QAction *>(
        QStringLiteral("ordersColumnAction%1").arg(OrdersModel::Items));
    QVERIFY(items && items->isChecked());
    items->trigger();
    menu->close();
    QVERIFY(header->isSectionHidden(OrdersModel::Items));
    // Move Total first, widen Created, sort by Total.
    header->moveSection(header->visualIndex(OrdersModel::Total), 0);
    const int created = table->naturalWidth(OrdersModel::Created) + 37;
    header->resizeSection(OrdersModel::Created, created);
    header->setSortIndicator(OrdersModel::Total, Qt::AscendingOrder);
    QCOMPARE(ordersView()->model()->sortColumn(), int(OrdersModel::Total));

    // Saved once, a moment after the changes.
    QVERIFY(table->isSavePending());
    QVERIFY(!m_settings->contains(ordersColumnsKey));
    QTRY_VERIFY(m_settings->contains(ordersColumnsKey));
    QVERIFY(!table->isSavePending());
    // A resize of the window is no change of the layout: nothing to save.
    m_window->resize(1000, 700);
    QTRY_COMPARE(m_window->size(), QSize(1000, 700));
    QTRY_VERIFY(table->viewport()->width() < 900);
    QVERIFY(!table->isSavePending());
    m_window->resize(1180, 740);
    QTRY_COMPARE(m_window->size(), QSize(1180, 740));
    QVERIFY(!table->isSavePending());

    const QList<int> visible = table->visibleColumns();
    QCOMPARE(visible.constFirst(), int(OrdersModel::Total));
    QVERIFY(!visible.contains(OrdersModel::Items));
    QCOMPARE(header->sectionSize(OrdersModel::Created), created);

    // The same layout in a new window on the same settings.
    m_session->close();
    m_window.reset();
    createWindow();
    m_window->show();
    table = ordersTable();
    header = table->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(OrdersModel::Total));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(ordersView()->model()->sortColumn(), int(OrdersModel::Total));
    openSession(false);
    QVERIFY(showList(QStringLiteral("orders")) == table);
    QCOMPARE(table->visibleColumns(), visible);
    QCOMPARE(header->visualIndex(OrdersModel::Total), 0);
    QVERIFY(header->isSectionHidden(OrdersModel::Items));
    QCOMPARE(header->sectionSize(OrdersModel::Created), created);

    // Reset Columns: the usual columns, order and widths again (the sort stays).
    menu = table->columnsMenu();
    menu->findChild<QAction *>(QStringLiteral("ordersResetColumnsAction"))->trigger();
    QVERIFY(!header->isSectionHidden(OrdersModel::Items));
    for (int column = 0; column < header->count(); ++column)
        QCOMPARE(header->visualIndex(column), column);
    QCOMPARE(header->sectionSize(OrdersModel::Created), table->naturalWidth(OrdersModel::Created));
    QCOMPARE(ordersView()->model()->sortColumn(), int(OrdersModel::Total));
}

void TestListPanel::emptyStateForAnEmptyAnswer()
{
    createWindow();
    m_window->show();
    openSession(false);
    ListTableView *table = showList(QStringLiteral("orders"));
    QVERIFY(table);
    auto *empty = m_window->findChild<QLabel *>(QStringLiteral("ordersEmpty"));
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("ordersCount"));
    QVERIFY(empty && count);
    QVERIFY(!empty->isVisible());

    // A month long before the shop opened: no orders.
    OrderFilterBar *bar = ordersView()->filterBar();
    OrderFilter filter = bar->filter();
    filter.range = DateRange::custom(QDate(2001, 3, 1), QDate(2001, 3, 31));
    bar->setFilter(filter);
    QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), waitMs);
    QCOMPARE(empty->text(), QStringLiteral("No orders in this range."));
    QVERIFY(!table->isVisible());
    QCOMPARE(ordersView()->model()->totalCount(), 0);
    QCOMPARE(count->text(), QStringLiteral("0 orders"));

    // Every order: the table is back, the empty state gone.
    filter.range = DateRange();
    bar->setFilter(filter);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(ordersView()->model()), waitMs);
    QVERIFY(table->isVisible());
    QVERIFY(!empty->isVisible());
}

void TestListPanel::countHasThousandsSeparators_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("partial");
    QTest::addColumn<QString>("all");
    // Written out, not computed: Norwegian groups with a no-break space.
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("100 of 4,701 orders loaded")
                        << QStringLiteral("4,701 orders");
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringLiteral("100 von 4.701 Bestellungen geladen")
                        << QStringLiteral("4.701 Bestellungen");
    QTest::newRow("nb") << QStringLiteral("nb")
                        << QStringLiteral("100 av 4\u00a0701 ordrer lastet inn")
                        << QStringLiteral("4\u00a0701 ordrer");
}

void TestListPanel::countHasThousandsSeparators()
{
    QFETCH(QString, language);
    QFETCH(QString, partial);
    QFETCH(QString, all);
    QCOMPARE(Translation::install(qApp, language), language);
    createWindow();
    // Every order the shop has, deleted ones too: 4,701.
    OrderFilter filter;
    filter.includeDeleted = true;
    ordersView()->filterBar()->setFilter(filter);
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("ordersCount"));
    QVERIFY(count);
    QStringList seen;
    connect(ordersView()->model(), &PagedTableModel::loadedCountChanged, count,
        [&seen, count] { seen.append(count->text()); });
    m_window->show();
    openSession(false);
    QVERIFY(m_window->showSection(Section::Orders));
    // The model tester reads every page, as a table scrolled to its end would.
    QTRY_VERIFY2_WITH_TIMEOUT(
        ordersView()->model()->rowCount() == orderCount && loaded(ordersView()->model()),
        qPrintable(QStringLiteral("%1 of %2 rows, %3")
                       .arg(ordersView()->model()->rowCount())
                       .arg(ordersView()->model()->totalCount())
                       .arg(count->text())),
        waitMs);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.constFirst(), partial);
    // All loaded: the count, then the totals per currency.
    QCOMPARE(count->text().section(QStringLiteral(" · "), 0, 0), all);
}

void TestListPanel::newQueryStartsAtTheLeft()
{
    createWindow();
    m_window->show();
    openSession(false);
    ListTableView *table = showList(QStringLiteral("orders"));
    QVERIFY(table);
    // A column made wider than the table: it scrolls sideways, and is scrolled to the right.
    table->horizontalHeader()->resizeSection(OrdersModel::HumanId, 3000);
    QScrollBar *bar = table->horizontalScrollBar();
    QTRY_VERIFY(bar->isVisible() && bar->maximum() > 0);
    bar->setValue(bar->maximum());
    QVERIFY(bar->value() > 0);
    // Rows arriving for the same query leave the position alone.
    const int position = bar->value();
    ordersView()->model()->fetchMore(QModelIndex());
    QTRY_VERIFY_WITH_TIMEOUT(!ordersView()->model()->isLoading(), waitMs);
    QCOMPARE(bar->value(), position);

    // Another filter is a new query: back to the first column.
    OrderFilter filter = ordersView()->filterBar()->filter();
    filter.orderStatuses = {QStringLiteral("PENDING")};
    ordersView()->filterBar()->setFilter(filter);
    QTRY_COMPARE(bar->value(), bar->minimum());
    QTRY_VERIFY_WITH_TIMEOUT(loaded(ordersView()->model()), waitMs);
    QCOMPARE(bar->value(), bar->minimum());
}

void TestListPanel::changingTextsReachScreenReaders()
{
    // The labels whose text changes (the orders count with its totals, the date range in
    // force, a list's count) are read by screen readers as what they say, not by a fixed
    // name, and screen readers are told when it changes; the description says what they are.
    createWindow();
    m_window->show();
    openSession(false);
    QVERIFY(showList(QStringLiteral("orders")));
    OrdersView *view = ordersView();
    auto *count = view->findChild<StatusLabel *>(QStringLiteral("ordersCount"));
    StatusLabel *range = view->filterBar()->rangeLabel();
    QVERIFY(count && range);
    QVERIFY(!count->text().isEmpty() && !range->text().isEmpty());
    QCOMPARE(accessibleText(count, QAccessible::Name), count->text());
    QCOMPARE(accessibleText(count, QAccessible::Description), OrdersView::tr("Orders summary"));
    QCOMPARE(accessibleText(range, QAccessible::Name), range->text());
    QCOMPARE(accessibleText(range, QAccessible::Description), range->toolTip());

    // No fixed accessible name: QLabel then tells assistive technology of every new text
    // (QAccessible::NameChanged), and the name read is the text.
    QVERIFY(count->accessibleName().isEmpty());
    QVERIFY(range->accessibleName().isEmpty());

    // A narrower filter: other texts, the count with its totals.
    const QString countBefore = count->text();
    const QString rangeBefore = range->text();
    OrderFilter filter = view->filterBar()->filter();
    filter.range = DateRange::fromPreset(DateRange::Preset::Last7Days);
    filter.orderStatuses = {QStringLiteral("PENDING")};
    view->filterBar()->setFilter(filter);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(view->model()) || view->panel()->isEmptyShown(), waitMs);
    QTRY_VERIFY(count->text() != countBefore);
    QVERIFY(range->text() != rangeBefore);
    QCOMPARE(accessibleText(count, QAccessible::Name), count->text());
    QCOMPARE(accessibleText(range, QAccessible::Name), range->text());
    QCOMPARE(accessibleText(range, QAccessible::Description), range->toolTip());
    if (view->model()->rowCount() > 0 && view->model()->rowCount() == view->model()->totalCount())
        QVERIFY2(accessibleText(count, QAccessible::Name).contains(QStringLiteral(" · ")),
            qPrintable(count->text()));

    // Every list's count is read as what it says.
    ListTableView *users = showList(QStringLiteral("users"));
    QVERIFY(users);
    auto *usersCount = m_window->findChild<StatusLabel *>(QStringLiteral("usersCount"));
    QVERIFY(usersCount && !usersCount->text().isEmpty());
    QVERIFY(usersCount->accessibleName().isEmpty());
    QCOMPARE(accessibleText(usersCount, QAccessible::Name), usersCount->text());
}

void TestListPanel::menuButtonsDrawOneArrowWithRoom_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "nb"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestListPanel::menuButtonsDrawOneArrowWithRoom()
{
    // "Status: any", "Tags: any", "Actions": the text says what is chosen, without an arrow
    // character of its own; the button draws one arrow after it, inside the button, with
    // room between text and arrow and after the arrow.
    QFETCH(QString, language);
    QCOMPARE(Translation::install(qApp, language), language);
    createWindow();
    m_window->show();
    openSession(false);
    int checked = 0;
    for (const char *list : {"users", "orders", "subscriptions"}) {
        QVERIFY2(showList(QLatin1String(list)), list);
        const QList<MenuButton *> buttons = m_window->currentPage()->findChildren<MenuButton *>();
        for (MenuButton *button : buttons) {
            const QString what = button->objectName() + QStringLiteral(": ") + button->text();
            QVERIFY2(
                !button->text().contains(QChar(0x25BE)) && !button->text().contains(QChar(0x25BC)),
                qPrintable(what));
            if (qobject_cast<StatusFilterButton *>(button))
                QVERIFY2(button->text().endsWith(StatusFilterButton::tr("any")), qPrintable(what));
            QVERIFY2(button->isVisible(), qPrintable(what));
            const QRect arrow = button->arrowRect();
            const int textWidth = button->fontMetrics().horizontalAdvance(button->text());
            // The text, centred in the part before the arrow, ends at least 4 px before it.
            const int textEnd = (arrow.left() + textWidth) / 2;
            QVERIFY2(arrow.width() >= 6 && arrow.height() >= 6, qPrintable(what));
            QVERIFY2(arrow.left() - textEnd >= 4, qPrintable(what));
            QVERIFY2(button->width() - arrow.right() - 1 >= 4, qPrintable(what));
            QVERIFY2(arrow.top() > 0 && arrow.bottom() < button->height() - 1, qPrintable(what));
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(what));
            ++checked;
        }
    }
    QCOMPARE(checked, 5); // Tags, Actions; order and delivery status; subscription status
}

QTEST_MAIN(TestListPanel)
#include "tst_listpanel.moc"
