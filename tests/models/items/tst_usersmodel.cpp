// SPDX-License-Identifier: GPL-3.0-or-later

// UsersModel against the real builton-server: paging to the end, server-side sorting, search,
// tag and deleted filters, a new query while pages are in flight, failures and retry. Every
// expectation comes from an independent plain-HTTP query (TestHttp).

#include "api/ApiClient.h"
#include "models/items/UsersModel.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

using Query = TestHttp::Query;

using ServerList = TestHttpList;

QStringList modelIds(const UsersModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.userId(row));
    return ids;
}

QString text(const QJsonObject &user, const char *key)
{
    return user.value(QLatin1String(key)).toString();
}

QVariant date(const QJsonObject &user, const char *key)
{
    const QJsonValue value = user.value(QLatin1String(key));
    if (!value.isObject())
        return QVariant();
    return QDateTime::fromMSecsSinceEpoch(
        qint64(value.toObject().value(QLatin1String("$date")).toDouble()), Qt::UTC);
}

} // namespace

class TestUsersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pagesToTheEnd();
    void rowsShowTheServerData();
    void sort_data();
    void sort();
    void unsortableColumn();
    void search_data();
    void search();
    void searchIsDebounced();
    void applyNowSearchesAtOnce();
    void tags_data();
    void tags();
    void includeDeleted();
    void newQueryWhilePageInFlight();
    void burstOfQueriesWhileLoading();
    void newQueryDropsStagedRows();
    void failureAndRetry();
    void canceledRequestIsNotAnError();

private:
    ServerList serverList(const QString &path, const Query &query) const;
    ServerList expected(const QString &search, const QStringList &tags, bool includeDeleted,
        const QString &sort = QString()) const;
    /// Waits until the model has loaded every row of its query.
    bool waitComplete(int timeoutMs = 30000);
    void makeModel(ApiClient *client);

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UsersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QJsonArray m_allUsers; ///< every user, deleted ones included, newest first
    QStringList m_tagNames; ///< most used first
};

void TestUsersModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 450;
    options.orders = 0;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));

    const ServerList all = serverList(QStringLiteral("/users"),
        {{QStringLiteral("size"), QStringLiteral("1000")},
            {QStringLiteral("include_deleted"), QStringLiteral("true")}});
    QCOMPARE(all.status, 200);
    QCOMPARE(all.items.size(), 450);
    m_allUsers = all.items;

    QUrl url = m_server.url();
    url.setPath(QStringLiteral("/tags"));
    const TestHttpResponse tags = TestHttp::get(url,
        TestHttp::auth(m_server.credentials().apiKey, m_server.credentials().serviceAccountKey));
    QCOMPARE(tags.status, 200);
    for (const QJsonValue &tag : tags.json().array())
        m_tagNames.append(tag.toObject().value(QLatin1String("name")).toString());
    QVERIFY2(m_tagNames.size() >= 3, tags.body.constData());
}

void TestUsersModel::init()
{
    m_client = std::make_unique<ApiClient>();
    ApiConnection connection;
    connection.baseUrl = m_server.url();
    connection.apiKey = m_server.credentials().apiKey;
    connection.bearerToken = m_server.credentials().serviceAccountKey;
    m_client->setConnection(connection);
}

void TestUsersModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
}

void TestUsersModel::makeModel(ApiClient *client)
{
    m_model = std::make_unique<UsersModel>(client);
    // The tester calls fetchMore() after every change, as a view scrolled to the end would: a
    // model with a tester loads page after page until its query is complete.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

ServerList TestUsersModel::serverList(const QString &path, const Query &query) const
{
    return TestHttp::getList(m_server.url(), path, query,
        TestHttp::auth(m_server.credentials().apiKey, m_server.credentials().serviceAccountKey));
}

ServerList TestUsersModel::expected(
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

bool TestUsersModel::waitComplete(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            return m_model->isComplete() && !m_model->isLoading() && m_model->stagedCount() == 0;
        },
        timeoutMs);
}

void TestUsersModel::pagesToTheEnd()
{
    makeModel(m_client.get());
    QSignalSpy rows(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy loading(m_model.get(), &PagedTableModel::loadingChanged);
    QSignalSpy totals(m_model.get(), &PagedTableModel::totalCountChanged);
    QSignalSpy loaded(m_model.get(), &PagedTableModel::loadedCountChanged);
    QSignalSpy complete(m_model.get(), &PagedTableModel::completeChanged);
    // The tester's fetchMore() started page 0.
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore(QModelIndex()));

    QVERIFY(waitComplete());
    const ServerList server = expected(QString(), {}, false);
    QCOMPARE(server.status, 200);
    QVERIFY(server.total > 300 && server.total < 450); // some of the 450 are deleted
    QCOMPARE(m_model->totalCount(), server.total);
    QCOMPARE(m_model->rowCount(), int(server.total));
    QCOMPARE(m_model->loadedCount(), int(server.total));
    QCOMPARE(modelIds(*m_model), server.ids());

    // One request per page of 100 (the first one started before the spy), every insert a
    // whole number of pages.
    const int pages = int((server.total + 99) / 100);
    int requests = 1;
    for (const auto &arguments : loading)
        requests += arguments.at(0).toBool() ? 1 : 0;
    QCOMPARE(requests, pages);
    for (const auto &arguments : rows) {
        const int first = arguments.at(1).toInt();
        const int last = arguments.at(2).toInt();
        QCOMPARE(first % 100, 0);
        QVERIFY((last + 1) % 100 == 0 || last + 1 == server.total);
    }
    QVERIFY(rows.count() <= pages);
    QCOMPARE(totals.count(), 1);
    QCOMPARE(totals.at(0).at(0).toLongLong(), server.total);
    QCOMPARE(loaded.last().at(0).toInt(), int(server.total));
    QCOMPARE(complete.count(), 1);

    // At the end: nothing more to fetch, and asking anyway sends nothing.
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    m_model->fetchMore(QModelIndex());
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_client->activeRequests(), 0);
    QVERIFY(!m_model->hasFailed());
}

void TestUsersModel::rowsShowTheServerData()
{
    makeModel(m_client.get());
    m_model->setIncludeDeleted(true);
    QVERIFY(waitComplete());
    QCOMPARE(m_model->rowCount(), int(m_allUsers.size()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QJsonObject user = m_allUsers.at(row).toObject();
        auto raw = [&](int column) {
            return m_model->index(row, column).data(PagedTableModel::RawValueRole);
        };
        QCOMPARE(m_model->userId(row),
            user.value(QLatin1String("_id")).toObject().value(QLatin1String("$oid")).toString());
        QCOMPARE(raw(UsersModel::HumanId).toString(), text(user, "human_id"));
        QCOMPARE(m_model->index(row, UsersModel::Name).data().toString(),
            QString(text(user, "first_name") + QLatin1Char(' ') + text(user, "last_name"))
                .trimmed());
        QCOMPARE(raw(UsersModel::Email).toString(), text(user, "email"));
        QCOMPARE(raw(UsersModel::Phone).toString(), text(user, "mobile_phone_number"));
        QStringList tags;
        for (const QJsonValue &tag : user.value(QLatin1String("tags")).toArray())
            tags.append(tag.toString());
        QCOMPARE(raw(UsersModel::Tags).toStringList(), tags);
        QCOMPARE(raw(UsersModel::Created), date(user, "created"));
        QCOMPARE(raw(UsersModel::LastLogin), date(user, "last_login"));
        const bool deleted = user.value(QLatin1String("deleted")).toBool();
        const bool blocked = user.value(QLatin1String("blocked")).toBool();
        QCOMPARE(m_model->userFlags(row),
            (deleted ? UserRows::Deleted : 0) | (blocked ? UserRows::Blocked : 0));
        QCOMPARE(
            m_model->index(row, UsersModel::Email).data(Qt::ForegroundRole).isValid(), deleted);
    }
}

void TestUsersModel::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("sort");

    const QList<QPair<int, QString>> columns {{UsersModel::HumanId, QStringLiteral("human_id")},
        {UsersModel::Name, QStringLiteral("first_name")},
        {UsersModel::Email, QStringLiteral("email")},
        {UsersModel::Phone, QStringLiteral("mobile_phone_number")},
        {UsersModel::Created, QStringLiteral("created")},
        {UsersModel::LastLogin, QStringLiteral("last_login")}};
    for (const auto &column : columns) {
        QTest::addRow("%s ascending", qPrintable(column.second))
            << column.first << Qt::AscendingOrder << column.second;
        QTest::addRow("%s descending", qPrintable(column.second))
            << column.first << Qt::DescendingOrder << QString(QLatin1Char('-') + column.second);
    }
}

void TestUsersModel::sort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, sort);

    makeModel(m_client.get());
    QVERIFY(waitComplete());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy sortChanged(m_model.get(), &PagedTableModel::sortChanged);
    m_model->sort(column, order);
    const bool isDefault = column == UsersModel::Created && order == Qt::DescendingOrder;
    QCOMPARE(reset.count(), isDefault ? 0 : 1);
    QCOMPARE(sortChanged.count(), 1);
    QCOMPARE(m_model->sortColumn(), column);
    QCOMPARE(m_model->sortOrder(), order);
    QVERIFY(waitComplete());

    const ServerList server = expected(QString(), {}, false, sort);
    QCOMPARE(server.status, 200);
    QCOMPARE(m_model->totalCount(), server.total);
    QCOMPARE(modelIds(*m_model), server.ids());
}

void TestUsersModel::unsortableColumn()
{
    makeModel(m_client.get());
    QVERIFY(waitComplete());
    const QStringList before = modelIds(*m_model);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(UsersModel::Tags, Qt::AscendingOrder);
    m_model->sort(UsersModel::State, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->sortColumn(), int(UsersModel::Created));
    QCOMPARE(modelIds(*m_model), before);
}

void TestUsersModel::search_data()
{
    QTest::addColumn<QString>("search");

    // The first user from \a from on with a non-empty \a key.
    auto user = [this](int from, const char *key) {
        for (int i = from; i < m_allUsers.size(); ++i) {
            if (!text(m_allUsers.at(i).toObject(), key).isEmpty())
                return m_allUsers.at(i).toObject();
        }
        return QJsonObject();
    };
    QTest::newRow("last name") << text(user(7, "last_name"), "last_name");
    QTest::newRow("first name in lower case")
        << text(user(12, "first_name"), "first_name").toLower();
    const QJsonObject named = user(20, "last_name");
    QTest::newRow("full name") << QString(
        text(named, "first_name") + QLatin1Char(' ') + text(named, "last_name"));
    QTest::newRow("human id") << text(user(33, "human_id"), "human_id");
    QTest::newRow("email") << text(user(41, "email"), "email");
    QTest::newRow("email in capitals") << text(user(42, "email"), "email").toUpper();
    QTest::newRow("part of a phone number")
        << text(user(55, "mobile_phone_number"), "mobile_phone_number").mid(3, 5);
    QTest::newRow("single letter") << QStringLiteral("e");
    QString nonAscii;
    for (const QJsonValue &value : std::as_const(m_allUsers)) {
        const QString name = text(value.toObject(), "last_name");
        for (qsizetype i = 0; i < name.size() && nonAscii.isEmpty(); ++i) {
            if (name.at(i).unicode() > 127)
                nonAscii = name.mid(qMax<qsizetype>(0, i - 1), 2);
        }
    }
    if (!nonAscii.isEmpty())
        QTest::newRow("non-ASCII") << nonAscii;
    QTest::newRow("reserved characters") << QStringLiteral("a&b=c+d#e%");
    QTest::newRow("nothing matches") << QStringLiteral("zzqqxxnohit");
    QTest::newRow("surrounding blanks") << QString(
        QLatin1String("  ") + text(user(7, "last_name"), "last_name") + QLatin1String(" "));
}

void TestUsersModel::search()
{
    QFETCH(QString, search);
    makeModel(m_client.get());
    QSignalSpy applied(m_model.get(), &UsersModel::queryApplied);
    m_model->setSearchText(search);
    m_model->applyNow();
    QCOMPARE(applied.count(), 1);
    QCOMPARE(m_model->appliedSearchText(), search.trimmed());
    QVERIFY(waitComplete());

    const ServerList server = expected(search.trimmed(), {}, false);
    QCOMPARE(server.status, 200);
    QCOMPARE(m_model->totalCount(), server.total);
    QCOMPARE(modelIds(*m_model), server.ids());
    QVERIFY(!m_model->hasFailed());
}

void TestUsersModel::searchIsDebounced()
{
    makeModel(m_client.get());
    QVERIFY(waitComplete());
    m_model->setSearchDelay(150);
    QSignalSpy applied(m_model.get(), &UsersModel::queryApplied);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    // Typing: nothing happens until the typing stops.
    const QString name = text(m_allUsers.at(3).toObject(), "last_name");
    for (int length = 1; length <= name.size(); ++length)
        m_model->setSearchText(name.left(length));
    QCOMPARE(m_model->searchText(), name);
    QCOMPARE(m_model->appliedSearchText(), QString());
    QCOMPARE(applied.count(), 0);
    QCOMPARE(reset.count(), 0);

    QTRY_COMPARE(applied.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->appliedSearchText(), name);
    QVERIFY(waitComplete());
    QCOMPARE(modelIds(*m_model), expected(name, {}, false).ids());

    // Typing back to the applied text cancels the pending search.
    m_model->setSearchText(name + QLatin1Char('x'));
    m_model->setSearchText(name);
    QTRY_VERIFY(!m_model->isSearchPending());
    QCOMPARE(applied.count(), 1);

    // Clearing the search lists everyone again.
    m_model->setSearchText(QString());
    QTRY_COMPARE(applied.count(), 2);
    QVERIFY(waitComplete());
    QCOMPARE(modelIds(*m_model), expected(QString(), {}, false).ids());
}

void TestUsersModel::applyNowSearchesAtOnce()
{
    makeModel(m_client.get());
    QSignalSpy applied(m_model.get(), &UsersModel::queryApplied);
    const QString humanId = text(m_allUsers.at(9).toObject(), "human_id");
    m_model->setSearchText(humanId);
    m_model->applyNow();
    QCOMPARE(applied.count(), 1);
    QVERIFY(m_model->isLoading());
    m_model->applyNow(); // nothing pending: nothing to do
    QCOMPARE(applied.count(), 1);
    QVERIFY(waitComplete());
    QTRY_VERIFY(!m_model->isSearchPending());
    QCOMPARE(applied.count(), 1); // the debounce timer did not fire as well
    QCOMPARE(modelIds(*m_model), expected(humanId, {}, false).ids());
    QVERIFY(m_model->rowCount() >= 1);
}

void TestUsersModel::tags_data()
{
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("includeDeleted");

    QTest::newRow("most used tag") << QStringList {m_tagNames.at(0)} << QString() << false;
    QTest::newRow("two tags") << QStringList {m_tagNames.at(0), m_tagNames.at(1)} << QString()
                              << false;
    QTest::newRow("tag, deleted included") << QStringList {m_tagNames.at(1)} << QString() << true;
    QTest::newRow("tag and search")
        << QStringList {m_tagNames.at(0)} << QStringLiteral("a") << false;
    QTest::newRow("unknown tag") << QStringList {QStringLiteral("no-such-tag")} << QString()
                                 << false;
}

void TestUsersModel::tags()
{
    QFETCH(QStringList, tags);
    QFETCH(QString, search);
    QFETCH(bool, includeDeleted);

    makeModel(m_client.get());
    m_model->setSearchText(search);
    m_model->setIncludeDeleted(includeDeleted);
    QSignalSpy applied(m_model.get(), &UsersModel::queryApplied);
    m_model->setTags(tags);
    QCOMPARE(applied.count(), 1);
    m_model->setTags(tags); // unchanged: no new query
    QCOMPARE(applied.count(), 1);
    QCOMPARE(m_model->tags(), tags);
    QVERIFY(waitComplete());

    const ServerList server = expected(search, tags, includeDeleted);
    QCOMPARE(server.status, 200);
    QCOMPARE(m_model->totalCount(), server.total);
    QCOMPARE(modelIds(*m_model), server.ids());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStringList userTags = m_model->index(row, UsersModel::Tags)
                                         .data(PagedTableModel::RawValueRole)
                                         .toStringList();
        for (const QString &tag : tags)
            QVERIFY(userTags.contains(tag));
    }
    if (tags.first() == QLatin1String("no-such-tag")) {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->totalCount(), qint64(0));
    }
}

void TestUsersModel::includeDeleted()
{
    makeModel(m_client.get());
    QVERIFY(waitComplete());
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(!(m_model->userFlags(row) & UserRows::Deleted));

    m_model->setIncludeDeleted(true);
    QVERIFY(m_model->includeDeleted());
    QVERIFY(waitComplete());
    QCOMPARE(m_model->totalCount(), qint64(m_allUsers.size()));
    int deleted = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        deleted += (m_model->userFlags(row) & UserRows::Deleted) ? 1 : 0;
    const ServerList visible = expected(QString(), {}, false);
    QCOMPARE(deleted, int(m_allUsers.size() - visible.total));
    QVERIFY(deleted > 0);

    m_model->setIncludeDeleted(false);
    QVERIFY(waitComplete());
    QCOMPARE(modelIds(*m_model), visible.ids());
}

void TestUsersModel::newQueryWhilePageInFlight()
{
    makeModel(m_client.get());
    // Page 0 of the unfiltered list is in flight (started by the tester's fetchMore()).
    QVERIFY(m_model->isLoading());
    const quint64 generation = m_model->generation();
    const QString name = text(m_allUsers.at(5).toObject(), "last_name");
    m_model->setSearchText(name);
    m_model->applyNow();
    QVERIFY(m_model->generation() != generation);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(waitComplete());

    // Only rows of the new query: the old page's answer was aborted or ignored.
    QCOMPARE(modelIds(*m_model), expected(name, {}, false).ids());
    QVERIFY(!m_model->hasFailed());

    // Again in the middle of paging: page 2 of everyone in flight, then a tag filter.
    m_model->setSearchText(QString());
    m_model->applyNow();
    QVERIFY(QTest::qWaitFor([this] { return m_model->rowCount() >= 200; }, 20000));
    QVERIFY(m_model->isLoading() || m_model->isComplete());
    m_model->setTags({m_tagNames.at(0)});
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(waitComplete());
    QCOMPARE(modelIds(*m_model), expected(QString(), {m_tagNames.at(0)}, false).ids());
}

void TestUsersModel::burstOfQueriesWhileLoading()
{
    makeModel(m_client.get());
    QSignalSpy failed(m_model.get(), &PagedTableModel::loadFailed);
    // Every change starts a query while the previous one's page is in flight.
    m_model->sort(UsersModel::Email, Qt::AscendingOrder);
    QVERIFY(m_model->isLoading());
    m_model->setTags({m_tagNames.at(1)});
    QVERIFY(m_model->isLoading());
    m_model->setIncludeDeleted(true);
    m_model->sort(UsersModel::HumanId, Qt::DescendingOrder);
    m_model->setSearchText(QStringLiteral("a"));
    m_model->applyNow();
    QVERIFY(m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(waitComplete());

    const ServerList server
        = expected(QStringLiteral("a"), {m_tagNames.at(1)}, true, QStringLiteral("-human_id"));
    QCOMPARE(m_model->totalCount(), server.total);
    QCOMPARE(modelIds(*m_model), server.ids());
    QCOMPARE(failed.count(), 0);
    QTest::qWait(100); // late answers of the older queries, if any, change nothing
    QCOMPARE(modelIds(*m_model), server.ids());
    QCOMPARE(m_client->activeRequests(), 0);
}

void TestUsersModel::newQueryDropsStagedRows()
{
    makeModel(m_client.get());
    m_model->setFlushInterval(60000);
    // Page 0 is shown at once; page 1 (requested by the tester) waits for the next flush.
    QVERIFY(QTest::qWaitFor(
        [this] { return m_model->stagedCount() > 0 && !m_model->isLoading(); }, 20000));
    QCOMPARE(m_model->rowCount(), 100);

    m_model->setSearchText(text(m_allUsers.at(1).toObject(), "email"));
    m_model->applyNow();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->stagedCount(), 0);
    QVERIFY(
        QTest::qWaitFor([this] { return m_model->isComplete() && !m_model->isLoading(); }, 20000));
    m_model->flushStagedRows();
    QCOMPARE(
        modelIds(*m_model), expected(text(m_allUsers.at(1).toObject(), "email"), {}, false).ids());
}

void TestUsersModel::failureAndRetry()
{
    // A key the server does not know: 401 for every page.
    ApiClient wrongKey;
    ApiConnection connection;
    connection.baseUrl = m_server.url();
    connection.apiKey = QStringLiteral("not-a-key-of-this-server");
    connection.bearerToken = m_server.credentials().serviceAccountKey;
    wrongKey.setConnection(connection);

    makeModel(&wrongKey);
    QSignalSpy failed(m_model.get(), &PagedTableModel::loadFailed);
    QTRY_COMPARE(failed.count(), 1);
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Unauthorized);
    QVERIFY(m_model->hasFailed());
    QCOMPARE(m_model->lastError().kind(), ApiError::Kind::Unauthorized);
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QCOMPARE(m_model->rowCount(), 0);

    // Retrying with the same key fails again, once.
    m_model->retry();
    QTRY_COMPARE(failed.count(), 2);
    QTest::qWait(100);
    QCOMPARE(failed.count(), 2);

    // The key is fixed: retry loads the page that failed, then the rest.
    connection.apiKey = m_server.credentials().apiKey;
    wrongKey.setConnection(connection);
    m_model->retry();
    QVERIFY(!m_model->hasFailed());
    QVERIFY(waitComplete());
    QCOMPARE(modelIds(*m_model), expected(QString(), {}, false).ids());
    QCOMPARE(failed.count(), 2);

    // A search the server refuses (too long) fails with its message; a new query clears it.
    m_model->setSearchText(QString(1001, QLatin1Char('a')));
    m_model->applyNow();
    QTRY_COMPARE(failed.count(), 3);
    QCOMPARE(failed.at(2).at(0).value<ApiError>().httpStatus(), 400);
    m_model->setSearchText(QString());
    m_model->applyNow();
    QVERIFY(!m_model->hasFailed());
    QVERIFY(waitComplete());
}

void TestUsersModel::canceledRequestIsNotAnError()
{
    makeModel(m_client.get());
    QSignalSpy failed(m_model.get(), &PagedTableModel::loadFailed);
    QVERIFY(m_model->isLoading());
    m_client->abortAll(); // e.g. signing out
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(failed.count(), 0);
    QVERIFY(!m_model->hasFailed());
    // The page can be fetched again.
    QVERIFY(m_model->canFetchMore(QModelIndex()));
    m_model->fetchMore(QModelIndex());
    QVERIFY(waitComplete());
    QCOMPARE(modelIds(*m_model), expected(QString(), {}, false).ids());
}

QTEST_MAIN(TestUsersModel)
#include "tst_usersmodel.moc"
