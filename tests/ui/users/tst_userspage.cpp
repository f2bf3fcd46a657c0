// SPDX-License-Identifier: GPL-3.0-or-later

// The Users page driven through its real widgets against the real builton-server
// (TestServer): the keyboard flow (Ctrl+F, typing, Down, Enter opens), opening by pasted id or
// human_id, the tag filter and "Show deleted", sorting by a header click, F5, the context
// menu's copies, the header layout across two page instances, the export and bulk tags from
// the page, and names on every control. Expectations come from plain HTTP (TestHttp).

#include "api/CredentialStore.h"
#include "models/editing/ChangeJournal.h"
#include "models/items/UserRows.h"
#include "models/items/UsersModel.h"
#include "models/jobs/ListExportJob.h"
#include "session/Session.h"
#include "tests/support/FaultServer.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"
#include "ui/users/BulkTagDialog.h"
#include "ui/users/UsersPage.h"
#include "ui/widgets/Appearance.h"
#include "ui/widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {

constexpr int waitMs = 30000;

using Query = TestHttp::Query;

using ServerList = TestHttpList;

QString field(const QJsonObject &user, const char *key)
{
    return user.value(QLatin1String(key)).toString();
}

QString oid(const QJsonObject &user)
{
    return user.value(QLatin1String("_id")).toObject().value(QLatin1String("$oid")).toString();
}

/// The count label when every row of \a total is loaded, formatted independently.
QString allLoaded(qint64 total)
{
    return QStringLiteral("%1 user(s)").arg(QLocale().toString(total));
}

} // namespace

class TestUsersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardFlow();
    void countShowsLoadedRangeOfTotal();
    void enterOpensTheOnlyMatch();
    void pastedIdOpens();
    void humanIdOpens();
    void emptyStateEchoesTheQuery();
    void tagFilterNarrowsToTheServersAnswer();
    void tagsFromLoadedRowsWithoutTagsRoute();
    void showDeleted();
    void sortByHeaderClick();
    void refreshKeepsTheQuery();
    void contextMenuCopies();
    void headerStateIsRemembered();
    void exportFromThePage();
    void bulkTagFromThePage();
    void bulkTagOnAllMatching();
    void bulkTagAsksOnProduction_data();
    void bulkTagAsksOnProduction();
    void interactiveWidgetsAreNamed();

private:
    ServerList serverList(const QString &path, const Query &query) const;
    ServerList expected(const QString &search, const QStringList &tags = {},
        bool includeDeleted = false, const QString &sort = QString()) const;
    TestHttp::Headers staff() const;
    /// Sets a user's tags on the server, as someone else would; the HTTP status.
    int putTags(const QString &id, const QStringList &tags) const;
    QStringList modelIds() const;
    void createPage();
    void destroyPage();
    bool waitComplete();

    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<UsersPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestUsersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 260;
    options.orders = 0;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void TestUsersPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_store = std::make_unique<CredentialStore>(QStringLiteral("BuiltOn Admin (ui tests)"));
    m_session = std::make_unique<Session>(m_store.get());
    const ConnectionProfile profile = ConnectionProfile::create(
        QStringLiteral("Test shop"), m_server.url(), ConnectionProfile::Environment::Local);
    m_session->openTransient(
        profile, {m_server.credentials().apiKey, m_server.credentials().serviceAccountKey});
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    QCOMPARE(m_session->role(), AccessRole::Staff);
    createPage();
    QVERIFY(waitComplete());
}

void TestUsersPage::cleanup()
{
    destroyPage();
    m_session.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
    QApplication::clipboard()->clear();
}

void TestUsersPage::createPage()
{
    m_page = std::make_unique<UsersPage>(m_session.get(), m_settings.get());
    // Attached before any row arrives, and alive as long as the page. It also calls
    // fetchMore() after every change, as a view scrolled to the end would: the model ends up
    // with every row of its query.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1100, 640);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QSignalSpy loaded(m_page.get(), &Page::firstDataLoaded);
    m_page->activate();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, waitMs);
    QVERIFY(m_page->hasLoadedData());
}

void TestUsersPage::destroyPage()
{
    m_tester.reset();
    m_page.reset();
}

bool TestUsersPage::waitComplete()
{
    return QTest::qWaitFor(
        [this] {
            UsersModel *model = m_page->model();
            return model->isComplete() && !model->isLoading() && model->stagedCount() == 0;
        },
        waitMs);
}

TestHttp::Headers TestUsersPage::staff() const
{
    return TestHttp::auth(m_server.credentials().apiKey, m_server.credentials().serviceAccountKey);
}

int TestUsersPage::putTags(const QString &id, const QStringList &tags) const
{
    QUrl url = m_server.url();
    url.setPath(QStringLiteral("/users/") + id);
    const QJsonObject patch {{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
    return TestHttp::request("PUT", url,
        staff() + TestHttp::Headers {{"Content-Type", "application/json"}},
        QJsonDocument(patch).toJson(QJsonDocument::Compact))
        .status;
}

ServerList TestUsersPage::serverList(const QString &path, const Query &query) const
{
    return TestHttp::getList(m_server.url(), path, query, staff());
}

ServerList TestUsersPage::expected(
    const QString &search, const QStringList &tags, bool includeDeleted, const QString &sort) const
{
    Query query {{QStringLiteral("size"), QStringLiteral("1000")}};
    if (!search.isEmpty())
        query.append({QStringLiteral("query"), search});
    if (!tags.isEmpty())
        query.append({QStringLiteral("tags"), tags.join(QLatin1Char(','))});
    if (includeDeleted)
        query.append({QStringLiteral("include_deleted"), QStringLiteral("true")});
    if (!sort.isEmpty())
        query.append({QStringLiteral("sort"), sort});
    return serverList(
        search.isEmpty() ? QStringLiteral("/users") : QStringLiteral("/users/search"), query);
}

QStringList TestUsersPage::modelIds() const
{
    QStringList ids;
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        ids.append(m_page->model()->userId(row));
    return ids;
}

void TestUsersPage::keyboardFlow()
{
    // A surname several users share.
    const ServerList all = expected(QString());
    QMap<QString, int> surnames;
    for (const QJsonValue &user : all.items)
        ++surnames[field(user.toObject(), "last_name")];
    QString surname;
    for (auto it = surnames.constBegin(); it != surnames.constEnd(); ++it) {
        if (it.value() >= 3 && !it.key().isEmpty()
            && (surname.isEmpty() || it.value() > surnames.value(surname)))
            surname = it.key();
    }
    QVERIFY(!surname.isEmpty());
    const ServerList matches = expected(surname);
    QVERIFY(matches.total >= 3);

    auto *search = child<QLineEdit>("usersSearch");
    auto *count = child<QLabel>("usersCount");
    QTableView *view = m_page->view();
    view->setFocus();
    QVERIFY(view->hasFocus());

    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, surname);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->appliedSearchText(), surname, waitMs);
    QVERIFY(waitComplete());
    QTRY_COMPARE_WITH_TIMEOUT(count->text(), allLoaded(matches.total), waitMs);
    QCOMPARE(modelIds(), matches.ids());

    QSignalSpy open(m_page.get(), &UsersPage::openUserRequested);
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(view->hasFocus());
    QCOMPARE(view->currentIndex().row(), 0);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), matches.ids().at(1));

    // Up from the first row goes back to the search box.
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(view->currentIndex().row(), 0);
    QTest::keyClick(view, Qt::Key_Up);
    QVERIFY(search->hasFocus());
    // Enter with several matches searches but opens nothing.
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
}

void TestUsersPage::countShowsLoadedRangeOfTotal()
{
    UsersModel *model = m_page->model();
    auto *count = child<QLabel>("usersCount");
    const ServerList all = expected(QString());
    QVERIFY(all.total > model->pageSize());

    // Every label shown while pages arrive, as the user saw it.
    QStringList partial;
    connect(model, &UsersModel::loadedCountChanged, this, [&](int loaded) {
        if (loaded > 0 && loaded < model->totalCount())
            partial.append(count->text());
    });
    QTest::keyClick(m_page->view(), Qt::Key_F5);
    QVERIFY(waitComplete());
    QVERIFY(!partial.isEmpty());
    const QLocale locale;
    QCOMPARE(partial.constFirst(),
        QStringLiteral("1–%1 of %2 user(s)")
            .arg(locale.toString(model->pageSize()), locale.toString(all.total)));
    QCOMPARE(count->text(), allLoaded(all.total));
    QCOMPARE(modelIds(), all.ids());
}

void TestUsersPage::enterOpensTheOnlyMatch()
{
    const ServerList all = expected(QString());
    // A user whose email no one else's search fields contain.
    QString email;
    QString id;
    for (const QJsonValue &value : all.items) {
        const QJsonObject user = value.toObject();
        const QString candidate = field(user, "email");
        if (!candidate.isEmpty() && expected(candidate).total == 1) {
            email = candidate;
            id = oid(user);
            break;
        }
    }
    QVERIFY(!email.isEmpty());

    auto *search = child<QLineEdit>("usersSearch");
    QSignalSpy open(m_page.get(), &UsersPage::openUserRequested);
    search->setFocus();
    QTest::keyClicks(search, email);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(open.size(), 1, waitMs);
    QCOMPARE(open.at(0).at(0).toString(), id);
}

void TestUsersPage::pastedIdOpens()
{
    const ServerList all = expected(QString());
    const QString id = all.ids().at(all.items.size() - 3);
    auto *search = child<QLineEdit>("usersSearch");
    auto *notice = child<QLabel>("usersNotice");
    QSignalSpy open(m_page.get(), &UsersPage::openUserRequested);

    // Pasted (in capitals, with blanks around it): opens at once, no Enter needed.
    QApplication::clipboard()->setText(QStringLiteral("  ") + id.toUpper() + QStringLiteral(" "));
    search->setFocus();
    QTest::keySequence(search, QKeySequence::Paste);
    QCOMPARE(search->text().trimmed(), id.toUpper());
    QTRY_COMPARE_WITH_TIMEOUT(open.size(), 1, waitMs);
    QCOMPARE(open.at(0).at(0).toString(), id);

    // Typed: only Enter opens it.
    search->clear();
    QTest::keyClicks(search, id);
    // The typed search runs once its delay is over; still nothing opens.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->appliedSearchText(), id, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), waitMs);
    QCOMPARE(open.size(), 1);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(open.size(), 2, waitMs);
    QCOMPARE(open.at(1).at(0).toString(), id);

    // An id no user has: said so, nothing opens.
    search->clear();
    QApplication::clipboard()->setText(QStringLiteral("ffffffffffffffffffffffff"));
    QTest::keySequence(search, QKeySequence::Paste);
    QTRY_VERIFY_WITH_TIMEOUT(
        notice->isVisible() && notice->text().contains(QLatin1String("No user has the ID")),
        waitMs);
    QCOMPARE(open.size(), 2);
}

void TestUsersPage::humanIdOpens()
{
    const ServerList all = expected(QString());
    const QJsonObject user = all.at(int(all.items.size()) / 2);
    const QString humanId = field(user, "human_id");
    QCOMPARE(humanId.size(), 6);
    QVERIFY(UsersPage::looksLikeHumanId(humanId));
    auto *search = child<QLineEdit>("usersSearch");
    QSignalSpy open(m_page.get(), &UsersPage::openUserRequested);

    search->setFocus();
    QTest::keyClicks(search, humanId.toLower());
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(open.size(), 1, waitMs);
    QCOMPARE(open.at(0).at(0).toString(), oid(user));

    // Pasted: opens without Enter.
    const QJsonObject other = all.at(7);
    search->clear();
    QApplication::clipboard()->setText(field(other, "human_id"));
    QTest::keySequence(search, QKeySequence::Paste);
    QTRY_COMPARE_WITH_TIMEOUT(open.size(), 2, waitMs);
    QCOMPARE(open.at(1).at(0).toString(), oid(other));

    // A deleted user's human_id finds nobody while deleted users are hidden.
    const ServerList deleted = serverList(QStringLiteral("/users"),
        {{QStringLiteral("size"), QStringLiteral("1000")},
            {QStringLiteral("include_deleted"), QStringLiteral("true")}});
    QString deletedHumanId;
    for (const QJsonValue &value : deleted.items) {
        if (value.toObject().value(QLatin1String("deleted")).toBool()) {
            deletedHumanId = field(value.toObject(), "human_id");
            break;
        }
    }
    QVERIFY(!deletedHumanId.isEmpty());
    if (expected(deletedHumanId).total == 0) {
        search->clear();
        QTest::keyClicks(search, deletedHumanId);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->appliedSearchText(), deletedHumanId, waitMs);
        QVERIFY(waitComplete());
        QCOMPARE(m_page->model()->totalCount(), 0);
        QCOMPARE(open.size(), 2);
    }
}

void TestUsersPage::emptyStateEchoesTheQuery()
{
    auto *search = child<QLineEdit>("usersSearch");
    auto *empty = child<QLabel>("usersEmpty");
    auto *stack = child<QStackedWidget>("usersStack");
    const QString query = QStringLiteral("no-such-user-xyz");
    QCOMPARE(expected(query).total, 0);
    search->setFocus();
    QTest::keyClicks(search, query);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(stack->currentWidget(), static_cast<QWidget *>(empty), waitMs);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("“%1”").arg(query)), qPrintable(empty->text()));
    QCOMPARE(child<QLabel>("usersCount")->text(), allLoaded(0));
    // Down has nowhere to go; clearing brings everyone back.
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(search->hasFocus());
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(
        stack->currentWidget(), static_cast<QWidget *>(m_page->view()), waitMs);
    QVERIFY(waitComplete());
    QCOMPARE(m_page->model()->totalCount(), expected(QString()).total);
}

void TestUsersPage::tagFilterNarrowsToTheServersAnswer()
{
    // The company's tags, as GET /tags lists them, most used first.
    QUrl tagsUrl = m_server.url();
    tagsUrl.setPath(QStringLiteral("/tags"));
    QStringList companyTags;
    for (const QJsonValue &tag : TestHttp::get(tagsUrl, staff()).json().array())
        companyTags.append(tag.toObject().value(QLatin1String("name")).toString());
    QVERIFY(companyTags.contains(QStringLiteral("vip")));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->knownTags(), companyTags, waitMs);

    auto *button = child<QToolButton>("usersTagFilter");
    auto *menu = child<QMenu>("usersTagMenu");
    QVERIFY(button->focusPolicy() & Qt::TabFocus);
    QCOMPARE(button->menu(), menu);
    const auto chooseTag = [&](const QString &tag) {
        Q_EMIT menu->aboutToShow();
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->data().toString() == tag) {
                QVERIFY(action->isCheckable());
                action->trigger();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no menu entry for ") + tag));
    };

    chooseTag(QStringLiteral("vip"));
    ServerList server = expected(QString(), {QStringLiteral("vip")});
    QVERIFY(server.total > 0 && server.total < expected(QString()).total);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->tags(), QStringList {QStringLiteral("vip")}, waitMs);
    QVERIFY(waitComplete());
    QCOMPARE(modelIds(), server.ids());
    QCOMPARE(child<QLabel>("usersCount")->text(), allLoaded(server.total));
    QVERIFY(button->text().contains(QLatin1String("vip")));

    chooseTag(QStringLiteral("newsletter"));
    server = expected(QString(), {QStringLiteral("vip"), QStringLiteral("newsletter")});
    QVERIFY(waitComplete());
    QCOMPARE(m_page->model()->tags(),
        (QStringList {QStringLiteral("vip"), QStringLiteral("newsletter")}));
    QCOMPARE(modelIds(), server.ids());

    // Unticking one keeps the other.
    chooseTag(QStringLiteral("vip"));
    QVERIFY(waitComplete());
    QCOMPARE(m_page->model()->tags(), QStringList {QStringLiteral("newsletter")});
    QCOMPARE(modelIds(), expected(QString(), {QStringLiteral("newsletter")}).ids());

    Q_EMIT menu->aboutToShow();
    auto *anyTags = child<QAction>("usersTagClearAction");
    QVERIFY(anyTags && anyTags->isEnabled());
    anyTags->trigger();
    QVERIFY(waitComplete());
    QVERIFY(m_page->model()->tags().isEmpty());
    QCOMPARE(m_page->model()->totalCount(), expected(QString()).total);
}

void TestUsersPage::tagsFromLoadedRowsWithoutTagsRoute()
{
    // A real BuiltOn server has no GET /tags (404): the tag menu offers the tags of the users
    // loaded so far. The users are a recorded page of the real API, with tags added.
    QFile recording(testDataPath(QStringLiteral("recordings/get_users.json")));
    QVERIFY2(recording.open(QIODevice::ReadOnly), qPrintable(recording.fileName()));
    QJsonArray users = QJsonDocument::fromJson(recording.readAll())
                           .object()
                           .value(QLatin1String("response"))
                           .toObject()
                           .value(QLatin1String("body"))
                           .toArray();
    QVERIFY(users.size() >= 4);
    const auto tagUser = [&users](int index, const QStringList &tags) {
        QJsonObject user = users.at(index).toObject();
        user.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
        users.replace(index, user);
    };
    tagUser(0, {QStringLiteral("vip"), QStringLiteral("Newsletter")});
    tagUser(3, {QStringLiteral("b2b"), QStringLiteral("vip")});

    FaultServer fault;
    QVERIFY(fault.listen());
    fault.route("/users",
        FaultResponse::json(QJsonDocument(users).toJson(QJsonDocument::Compact))
            .withHeader("X-Pagination-Total", QByteArray::number(users.size())));
    fault.route("/tags", FaultResponse::error(404, "Not found"));

    Session session(m_store.get());
    session.openTransient(ConnectionProfile::create(QStringLiteral("Real API"), fault.url(),
                              ConnectionProfile::Environment::Local),
        {QStringLiteral("key"), QStringLiteral("token")});
    QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), waitMs);
    UsersPage page(&session, nullptr);
    QAbstractItemModelTester tester(
        page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->isComplete() && fault.count("/tags") == 1, waitMs);
    QCOMPARE(page.model()->rowCount(), int(users.size()));
    QTRY_COMPARE_WITH_TIMEOUT(page.knownTags(),
        (QStringList {QStringLiteral("b2b"), QStringLiteral("Newsletter"), QStringLiteral("vip")}),
        waitMs);

    auto *menu = page.findChild<QMenu *>(QStringLiteral("usersTagMenu"));
    Q_EMIT menu->aboutToShow();
    QAction *vip = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == QLatin1String("vip"))
            vip = action;
    }
    QVERIFY(vip);
    // The menu says where its tags come from.
    QVERIFY(!menu->actions().constFirst()->isEnabled());
    fault.clearRequests();
    vip->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(fault.count("/users") == 1, waitMs);
    QVERIFY2(fault.requests().constLast().query().contains("tags=vip"),
        fault.requests().constLast().target.constData());
}

void TestUsersPage::showDeleted()
{
    auto *checkBox = child<QCheckBox>("usersShowDeleted");
    const ServerList without = expected(QString());
    const ServerList with = expected(QString(), {}, true);
    QVERIFY(with.total > without.total);
    QCOMPARE(m_page->model()->totalCount(), without.total);

    checkBox->setFocus();
    QTest::keyClick(checkBox, Qt::Key_Space);
    QVERIFY(checkBox->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->includeDeleted(), waitMs);
    QVERIFY(waitComplete());
    QCOMPARE(m_page->model()->totalCount(), with.total);
    QCOMPARE(modelIds(), with.ids());
    // Deleted users are greyed, in a grey that still reads (4.5:1) on the table's base.
    const QColor grey = Appearance::inactiveText(m_page->palette());
    QVERIFY(grey != m_page->palette().color(QPalette::Active, QPalette::Text));
    QVERIFY(Appearance::contrastRatio(grey, m_page->palette().color(QPalette::Base)) >= 4.5);
    int deletedRows = 0;
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        const QModelIndex index = m_page->model()->index(row, UsersModel::Name);
        const bool deleted = m_page->model()->userFlags(row) & UserRows::Deleted;
        QCOMPARE(deleted, with.at(row).value(QLatin1String("deleted")).toBool());
        if (deleted) {
            ++deletedRows;
            QCOMPARE(index.data(Qt::ForegroundRole).value<QBrush>().color(), grey);
        }
    }
    QCOMPARE(qint64(deletedRows), with.total - without.total);

    QTest::keyClick(checkBox, Qt::Key_Space);
    QVERIFY(waitComplete());
    QCOMPARE(m_page->model()->totalCount(), without.total);
}

void TestUsersPage::sortByHeaderClick()
{
    QHeaderView *header = m_page->view()->horizontalHeader();
    const auto clickSection = [header](int section) {
        const QPoint centre(
            header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    };
    UsersModel *model = m_page->model();

    for (const int column : {int(UsersModel::Email), int(UsersModel::Name)}) {
        for (int click = 0; click < 2; ++click) {
            clickSection(column);
            QTRY_COMPARE_WITH_TIMEOUT(model->sortColumn(), column, waitMs);
            QCOMPARE(header->sortIndicatorSection(), column);
            QCOMPARE(header->sortIndicatorOrder(), model->sortOrder());
            const QString fieldName = column == UsersModel::Email ? QStringLiteral("email")
                                                                  : QStringLiteral("first_name");
            const QString sort = model->sortOrder() == Qt::DescendingOrder
                ? QLatin1Char('-') + fieldName
                : fieldName;
            QVERIFY(waitComplete());
            const ServerList server = expected(QString(), {}, false, sort);
            QCOMPARE(model->userId(0), server.ids().constFirst());
            QCOMPARE(modelIds(), server.ids());
        }
    }
    // Tags cannot be sorted by the server: the arrow stays where the sort really is.
    const int before = model->sortColumn();
    const quint64 generation = model->generation();
    clickSection(UsersModel::Tags);
    QTRY_COMPARE_WITH_TIMEOUT(header->sortIndicatorSection(), before, waitMs);
    QCOMPARE(model->generation(), generation);
}

void TestUsersPage::refreshKeepsTheQuery()
{
    UsersModel *model = m_page->model();
    model->sort(UsersModel::Email, Qt::AscendingOrder);
    QVERIFY(waitComplete());
    const QString firstId = model->userId(0);
    const QJsonObject patch {{QStringLiteral("first_name"), QStringLiteral("Refreshed")}};
    QUrl url = m_server.url();
    url.setPath(QStringLiteral("/users/") + firstId);
    QCOMPARE(TestHttp::request("PUT", url,
                 staff() + TestHttp::Headers {{"Content-Type", "application/json"}},
                 QJsonDocument(patch).toJson(QJsonDocument::Compact))
                 .status,
        200);
    QVERIFY(!model->index(0, UsersModel::Name)
                 .data()
                 .toString()
                 .startsWith(QLatin1String("Refreshed")));

    const quint64 generation = model->generation();
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_F5);
    QVERIFY(model->generation() > generation);
    QVERIFY(waitComplete());
    QCOMPARE(model->sortColumn(), int(UsersModel::Email));
    QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
    QCOMPARE(model->userId(0), firstId);
    QVERIFY(
        model->index(0, UsersModel::Name).data().toString().startsWith(QLatin1String("Refreshed")));

    // The Refresh button does the same.
    const quint64 again = model->generation();
    QTest::mouseClick(child<QPushButton>("usersRefresh"), Qt::LeftButton);
    QVERIFY(model->generation() > again);
    QVERIFY(waitComplete());
    QCOMPARE(model->sortColumn(), int(UsersModel::Email));
}

void TestUsersPage::contextMenuCopies()
{
    const ServerList all = expected(QString());
    QTableView *view = m_page->view();
    auto *menu = child<QMenu>("usersContextMenu");
    QClipboard *clipboard = QApplication::clipboard();
    view->setFocus();
    view->selectionModel()->setCurrentIndex(m_page->model()->index(2, UsersModel::Name),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(menu->isVisible());
    child<QAction>("usersCopyEmailAction")->trigger();
    menu->hide();
    QCOMPARE(clipboard->text(), field(all.at(2), "email"));

    QTest::keyClick(view, Qt::Key_Menu);
    QTRY_VERIFY(menu->isVisible());
    child<QAction>("usersCopyIdAction")->trigger();
    menu->hide();
    QCOMPARE(clipboard->text(), all.ids().at(2));

    QTest::keyClick(view, Qt::Key_Menu);
    QTRY_VERIFY(menu->isVisible());
    child<QAction>("usersCopyHumanIdAction")->trigger();
    menu->hide();
    QCOMPARE(clipboard->text(), field(all.at(2), "human_id"));

    QSignalSpy open(m_page.get(), &UsersPage::openUserRequested);
    QTest::keyClick(view, Qt::Key_Menu);
    QTRY_VERIFY(menu->isVisible());
    child<QAction>("usersOpenAction")->trigger();
    menu->hide();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), all.ids().at(2));

    // Several rows: one value per line, in table order.
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 3);
    QTest::keyClick(view, Qt::Key_Menu);
    QTRY_VERIFY(menu->isVisible());
    child<QAction>("usersCopyIdAction")->trigger();
    menu->hide();
    QCOMPARE(clipboard->text(), all.ids().mid(2, 3).join(QLatin1Char('\n')));
}

void TestUsersPage::headerStateIsRemembered()
{
    QHeaderView *header = m_page->view()->horizontalHeader();
    // Hide Phone through the header's own menu.
    Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
    QMenu *columns = nullptr;
    QTRY_VERIFY((columns = child<QMenu>("usersColumnsMenu")) && columns->isVisible());
    auto *phone = columns->findChild<QAction *>(
        QStringLiteral("usersColumnAction%1").arg(UsersModel::Phone));
    QVERIFY(phone && phone->isChecked());
    phone->trigger();
    columns->close();
    QVERIFY(header->isSectionHidden(UsersModel::Phone));

    header->moveSection(header->visualIndex(UsersModel::Email), 0);
    header->resizeSection(UsersModel::Name, 333);
    header->setSortIndicator(UsersModel::Email, Qt::AscendingOrder);
    QCOMPARE(m_page->model()->sortColumn(), int(UsersModel::Email));
    const QList<int> visible = m_page->visibleColumns();
    QCOMPARE(visible.constFirst(), int(UsersModel::Email));
    QVERIFY(!visible.contains(UsersModel::Phone));

    destroyPage();
    QVERIFY(m_settings->contains(UsersPage::headerStateKey));
    createPage();
    header = m_page->view()->horizontalHeader();
    QVERIFY(header->isSectionHidden(UsersModel::Phone));
    QCOMPARE(header->visualIndex(UsersModel::Email), 0);
    QCOMPARE(header->sectionSize(UsersModel::Name), 333);
    QCOMPARE(header->sortIndicatorSection(), int(UsersModel::Email));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(m_page->model()->sortColumn(), int(UsersModel::Email));
    QCOMPARE(m_page->visibleColumns(), visible);
    QVERIFY(waitComplete());
    QCOMPARE(modelIds(), expected(QString(), {}, false, QStringLiteral("email")).ids());
}

void TestUsersPage::exportFromThePage()
{
    QHeaderView *header = m_page->view()->horizontalHeader();
    header->hideSection(UsersModel::Tags);
    header->moveSection(header->visualIndex(UsersModel::State), 0);
    auto *search = child<QLineEdit>("usersSearch");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("an"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->appliedSearchText(), QStringLiteral("an"), waitMs);
    QVERIFY(waitComplete());
    const ServerList server = expected(QStringLiteral("an"));

    const QString path = m_dir->filePath(QStringLiteral("page-export.csv"));
    QSignalSpy finished(m_page->exportJob(), &ListExportJob::finished);
    QVERIFY(m_page->startExport(path));
    QVERIFY(!m_page->startExport(path)); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    QCOMPARE(finished.at(0).at(0).toLongLong(), server.total);
    auto *status = child<QLabel>("usersWorkStatus");
    QVERIFY(child<QWidget>("usersWorkStrip")->isVisible());
    QVERIFY2(status->text().startsWith(QLatin1String("Exported")), qPrintable(status->text()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // Header: _id, then the visible columns in the table's order; then one line per user.
    QStringList titles {QStringLiteral("_id")};
    for (const int column : m_page->visibleColumns())
        titles.append(m_page->model()->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(titles.at(1), QStringLiteral("State"));
    QVERIFY(!titles.contains(QStringLiteral("Tags")));
    QCOMPARE(QString::fromUtf8(lines.at(0)).remove(QChar(0xFEFF)).trimmed(),
        titles.join(QLatin1Char(',')));
    QCOMPARE(qint64(lines.size()), server.total + 2); // header, rows, the empty rest after CRLF

    // Cancel from the page: no file.
    const QString canceledPath = m_dir->filePath(QStringLiteral("canceled.csv"));
    m_page->exportJob()->setPageSize(5);
    QSignalSpy canceled(m_page->exportJob(), &ListExportJob::canceled);
    auto *cancel = child<QPushButton>("usersCancelWork");
    connect(
        m_page->exportJob(), &ListExportJob::progress, cancel,
        [cancel] {
            if (cancel->isVisible())
                QTest::mouseClick(cancel, Qt::LeftButton);
        },
        Qt::QueuedConnection);
    QVERIFY(m_page->startExport(canceledPath));
    QTRY_COMPARE_WITH_TIMEOUT(canceled.size(), 1, waitMs);
    QVERIFY(!QFile::exists(canceledPath));
    QVERIFY(status->text().contains(QLatin1String("canceled")));
}

void TestUsersPage::bulkTagFromThePage()
{
    const QString tag = QStringLiteral("page-bulk");
    UsersModel *model = m_page->model();
    // One of the first five already has it.
    const QString already = model->userId(1);
    const QStringList tags
        = model->index(1, UsersModel::Tags).data(UsersModel::RawValueRole).toStringList();
    QCOMPARE(putTags(already, tags + QStringList {tag}), 200);
    m_page->refresh();
    QVERIFY(waitComplete());

    QTableView *view = m_page->view();
    view->setFocus();
    view->selectionModel()->select(
        QItemSelection(model->index(0, 0), model->index(4, UsersModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_page->selectedTargets().size(), 5);
    QVERIFY(child<QAction>("usersAddTagAction")->isEnabled());

    child<QAction>("usersAddTagAction")->trigger();
    BulkTagDialog *dialog = m_page->bulkTagDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("bulkTagName"));
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("bulkTagApply"));
    QVERIFY(!apply->isEnabled());
    // Before the run: the tag, Apply and Cancel; nothing to copy or close yet.
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("bulkTagCancel"))->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("bulkTagCopy"))->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("bulkTagClose"))->isVisible());
    name->setFocus();
    QTest::keyClicks(name, tag);
    QCOMPARE(name->text(), tag);
    QCOMPARE(dialog->previewText(),
        QStringLiteral("Adds “page-bulk” to 4 of 5 selected user(s) (1 already have it)."));
    QVERIFY(apply->isEnabled());

    QSignalSpy done(dialog, &BulkTagDialog::runFinished);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, waitMs);
    auto *results = dialog->findChild<QTableWidget *>(QStringLiteral("bulkTagResults"));
    QVERIFY(results->isVisible());
    QCOMPARE(results->rowCount(), 5);
    QCOMPARE(results->item(1, 2)->text(), QStringLiteral("Skipped"));
    QCOMPARE(results->item(0, 2)->text(), QStringLiteral("Added"));
    // The rows show the new tag at once.
    for (int row = 0; row < 5; ++row)
        QVERIFY(model->index(row, UsersModel::Tags)
                    .data(UsersModel::RawValueRole)
                    .toStringList()
                    .contains(tag));
    QCOMPARE(expected(QString(), {tag}).total, 5);

    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("bulkTagCopy")), Qt::LeftButton);
    const QStringList copied
        = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(copied.size(), 6);
    QVERIFY(copied.at(2).contains(QLatin1String("Skipped")));

    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("bulkTagClose")), Qt::LeftButton);
    QTRY_VERIFY(!m_page->bulkTagDialog());
}

void TestUsersPage::bulkTagOnAllMatching()
{
    const QString tag = QStringLiteral("all-matching");
    ChangeJournal journal(m_dir->filePath(QStringLiteral("journal.jsonl")));
    m_page->setJournal(&journal, [] { return QStringLiteral("Tester (sub: staff)"); });
    UsersModel *model = m_page->model();
    const ServerList before = expected(QString());
    const int total = int(before.total);
    QVERIFY(total > 200);
    // One matching user already has the tag (and is not among the three selected).
    const QStringList firstRows {model->userId(0), model->userId(1), model->userId(2)};
    QJsonObject tagged;
    for (const QJsonValue &user : before.items) {
        if (!firstRows.contains(oid(user.toObject())))
            tagged = user.toObject();
    }
    const QString already = oid(tagged);
    QVERIFY(!already.isEmpty());
    QStringList alreadyTags;
    for (const QJsonValue &value : tagged.value(QLatin1String("tags")).toArray())
        alreadyTags.append(value.toString());
    QCOMPARE(putTags(already, alreadyTags + QStringList {tag}), 200);

    m_page->view()->selectionModel()->select(
        QItemSelection(model->index(0, 0), model->index(2, UsersModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    BulkTagDialog *dialog = m_page->openBulkTagDialog(BulkTagJob::Mode::Add);
    QVERIFY(dialog);
    auto *selected = dialog->findChild<QRadioButton *>(QStringLiteral("bulkTagScopeSelected"));
    auto *all = dialog->findChild<QRadioButton *>(QStringLiteral("bulkTagScopeAll"));
    QVERIFY(selected && all);
    QVERIFY(selected->isVisible() && all->isVisible() && selected->isChecked());
    const QLocale locale;
    QVERIFY2(all->text().contains(locale.toString(total)), qPrintable(all->text()));
    dialog->setTag(tag);
    QCOMPARE(
        dialog->previewText(), QStringLiteral("Adds “%1” to 3 of 3 selected user(s).").arg(tag));

    // By keyboard: the scope is a radio group.
    all->setFocus();
    QTest::keyClick(all, Qt::Key_Space);
    QVERIFY(all->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), waitMs);
    QCOMPARE(dialog->targets().size(), total);
    QCOMPARE(dialog->previewText(),
        QStringLiteral("Adds “%1” to %2 of %3 matching user(s) (1 already have it).")
            .arg(tag, locale.toString(total - 1), locale.toString(total)));
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("bulkTagApply"));
    QVERIFY(apply->isEnabled());

    QSignalSpy done(dialog, &BulkTagDialog::runFinished);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 120000);
    QCOMPARE(dialog->job()->count(BulkTagJob::Outcome::Added), total - 1);
    auto *results = dialog->findChild<QTableWidget *>(QStringLiteral("bulkTagResults"));
    QCOMPARE(results->rowCount(), total);
    QCOMPARE(expected(QString(), {tag}).total, total);

    // One journal entry per user changed, with the tags before and after.
    QCOMPARE(journal.entries().size(), total - 1);
    QSet<QString> journaled;
    for (const JournalEntry &entry : journal.entries()) {
        QCOMPARE(entry.field, QStringLiteral("tags"));
        QCOMPARE(entry.actor, QStringLiteral("Tester (sub: staff)"));
        QVERIFY(!entry.before.toArray().contains(tag));
        QVERIFY(entry.after.toArray().contains(tag));
        QCOMPARE(entry.after.toArray().size(), entry.before.toArray().size() + 1);
        journaled.insert(entry.userId);
    }
    QCOMPARE(journaled.size(), total - 1);
    QVERIFY(!journaled.contains(already));
    // Another instance reads the same from the file.
    ChangeJournal reread(journal.filePath());
    QCOMPARE(reread.entries().size(), total - 1);

    dialog->findChild<QPushButton *>(QStringLiteral("bulkTagClose"))->click();
    QTRY_VERIFY(!m_page->bulkTagDialog());
}

void TestUsersPage::bulkTagAsksOnProduction_data()
{
    QTest::addColumn<QVariant>("preference"); // preferences/confirmProduction; invalid: unset
    QTest::addColumn<int>("selected");
    QTest::addColumn<bool>("asks");
    QTest::newRow("preference not set, one user: asks naming them") << QVariant() << 1 << true;
    QTest::newRow("preference on, three users: asks") << QVariant(true) << 3 << true;
    QTest::newRow("preference off: runs at once") << QVariant(false) << 3 << false;
}

void TestUsersPage::bulkTagAsksOnProduction()
{
    QFETCH(QVariant, preference);
    QFETCH(int, selected);
    QFETCH(bool, asks);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    MessageBox::resetCount();
    if (preference.isValid())
        m_settings->setValue(QStringLiteral("preferences/confirmProduction"), preference);
    // The same server as a production connection (loopback is allowed for any environment).
    destroyPage();
    const ConnectionProfile production = ConnectionProfile::create(
        QStringLiteral("Live shop"), m_server.url(), ConnectionProfile::Environment::Production);
    m_session->openTransient(
        production, {m_server.credentials().apiKey, m_server.credentials().serviceAccountKey});
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReady(), waitMs);
    QVERIFY(m_session->profile().isProduction());
    createPage();
    QVERIFY(waitComplete());

    static int run = 0;
    const QString tag = QStringLiteral("prod-confirm-%1").arg(++run);
    QCOMPARE(expected(QString(), {tag}).total, 0);
    UsersModel *model = m_page->model();
    m_page->view()->selectionModel()->select(
        QItemSelection(model->index(0, 0), model->index(selected - 1, UsersModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_page->selectedTargets().size(), selected);
    const BulkTagTarget first = m_page->selectedTargets().constFirst();
    BulkTagDialog *dialog = m_page->openBulkTagDialog(BulkTagJob::Mode::Add);
    QVERIFY(dialog);
    dialog->setTag(tag);
    QSignalSpy done(dialog, &BulkTagDialog::runFinished);

    if (asks) {
        // Cancel: nothing is written and the dialog stays, ready to apply.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!dialog->apply());
        QCOMPARE(MessageBox::count(), 1);
        const QString subject = selected == 1
            ? QStringLiteral("%1 (%2)").arg(first.name, first.humanId)
            : QStringLiteral("%1 user").arg(selected);
        QVERIFY2(MessageBox::lastText().startsWith(
                     QStringLiteral("You are about to change %1").arg(subject)),
            qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(
                     QStringLiteral("on the production connection Live shop. Continue?")),
            qPrintable(MessageBox::lastText()));
        QTest::qWait(100);
        QVERIFY(!dialog->job()->isRunning());
        QCOMPARE(done.size(), 0);
        QCOMPARE(expected(QString(), {tag}).total, 0);
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("bulkTagApply"))->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
    }
    QVERIFY(dialog->apply());
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, waitMs);
    QCOMPARE(MessageBox::count(), asks ? 2 : 0);
    QCOMPARE(expected(QString(), {tag}).total, selected);
    dialog->close();
}

void TestUsersPage::interactiveWidgetsAreNamed()
{
    // The page and an open bulk dialog: every control that takes focus says what it is.
    m_page->view()->selectRow(0);
    QVERIFY(m_page->openBulkTagDialog(BulkTagJob::Mode::Remove));
    const QList<QWidget *> widgets = m_page->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // Parts Qt builds inside a widget (a line edit's clear button, scroll bars) are named
        // by their owner.
        if (!widget->parentWidget() || widget->parentWidget()->inherits("QAbstractScrollArea")
            || widget->inherits("QScrollBar") || widget->parentWidget()->inherits("QLineEdit"))
            continue;
        ++checked;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(checked >= 12);
    QCOMPARE(child<QLineEdit>("usersSearch")->accessibleName(), QStringLiteral("Search users"));
    QCOMPARE(m_page->view()->accessibleName(), QStringLiteral("Users"));
    QCOMPARE(child<QLineEdit>("usersSearch")->placeholderText(),
        QStringLiteral("Name, email, phone or ID"));
}

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
