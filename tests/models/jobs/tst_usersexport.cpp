// SPDX-License-Identifier: GPL-3.0-or-later

// The Users page's CSV export (UsersExportSource on ListExportJob) against the real
// builton-server: every page of a query lands in the file, in the table's sort, with the
// visible columns in their order and raw values; Cancel leaves no file; text a spreadsheet
// would run as a formula is defused. Expectations come from plain HTTP (TestHttp) and a small
// RFC 4180 parser of the test's own.

#include "api/ApiClient.h"
#include "models/items/UsersModel.h"
#include "models/jobs/ListExportJob.h"
#include "models/jobs/UsersExportSource.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int waitMs = 60000;

using Query = QList<QPair<QString, QString>>;
using Rows = QList<QStringList>;

/// RFC 4180 as the test reads it: optional UTF-8 BOM, records ended by CRLF, fields quoted
/// when they hold a comma, quote or line break, quotes doubled. Returns false on anything else
/// (a bare LF ending a record, a quote inside an unquoted field, text after a closing quote).
bool parseCsv(const QByteArray &bytes, Rows *rows, bool *hadBom)
{
    QByteArray data = bytes;
    *hadBom = data.startsWith("\xEF\xBB\xBF");
    if (*hadBom)
        data.remove(0, 3);
    const QString text = QString::fromUtf8(data);
    rows->clear();
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == QLatin1Char('"')) {
            // Quoted field.
            ++i;
            while (true) {
                if (i >= n)
                    return false;
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')
                && text.at(i) != QLatin1Char('\n')) {
                if (text.at(i) == QLatin1Char('"'))
                    return false;
                field += text.at(i++);
            }
        }
        if (i >= n)
            return false; // the last record must be ended by CRLF too
        if (text.at(i) == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            ++i;
        } else if (text.at(i) == QLatin1Char('\r') && i + 1 < n
            && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            field.clear();
            rows->append(record);
            record.clear();
            i += 2;
        } else {
            return false;
        }
    }
    return record.isEmpty() && field.isEmpty();
}

QString oid(const QJsonObject &document, const char *key = "_id")
{
    return document.value(QLatin1String(key)).toObject().value(QLatin1String("$oid")).toString();
}

QString isoDate(const QJsonObject &document, const char *key)
{
    const QJsonValue value = document.value(QLatin1String(key));
    if (!value.isObject())
        return QString();
    return QDateTime::fromMSecsSinceEpoch(
        qint64(value.toObject().value(QLatin1String("$date")).toDouble()), Qt::UTC)
        .toString(Qt::ISODateWithMs);
}

QString joinedName(const QJsonObject &user)
{
    const QString first = user.value(QLatin1String("first_name")).toString();
    const QString last = user.value(QLatin1String("last_name")).toString();
    if (last.isEmpty())
        return first;
    if (first.isEmpty())
        return last;
    return first + QLatin1Char(' ') + last;
}

} // namespace

class TestUsersExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exportsEveryPage_data();
    void exportsEveryPage();
    void sourceFollowsTheModel();
    void cancelLeavesNoFile();
    void cancelKeepsAnExistingFile();
    void formulaInjectionIsDefused();
    void unwritablePathFails();

private:
    /// Every user of a query, walking pages independently of the client code.
    QJsonArray serverUsers(const QString &search, const QStringList &tags, bool includeDeleted,
        const QString &sort, qint64 *total) const;
    QUrl url(const QString &path, const Query &query = {}) const;
    TestHttp::Headers staff() const;
    bool runExport(const UserQuery &query, const QList<int> &columns, const QString &path,
        int pageSize, QString *error);

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ApiClient> m_client;
};

void TestUsersExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 340;
    options.orders = 0;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void TestUsersExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_client = std::make_unique<ApiClient>();
    ApiConnection connection;
    connection.baseUrl = m_server.url();
    connection.apiKey = m_server.credentials().apiKey;
    connection.bearerToken = m_server.credentials().serviceAccountKey;
    m_client->setConnection(connection);
}

void TestUsersExport::cleanup()
{
    m_client.reset();
    m_dir.reset();
}

QUrl TestUsersExport::url(const QString &path, const Query &query) const
{
    QUrl url = m_server.url();
    url.setPath(path);
    QStringList items;
    for (const auto &item : query)
        items.append(QString::fromLatin1(
            QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second)));
    url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

TestHttp::Headers TestUsersExport::staff() const
{
    return TestHttp::auth(m_server.credentials().apiKey, m_server.credentials().serviceAccountKey);
}

QJsonArray TestUsersExport::serverUsers(const QString &search, const QStringList &tags,
    bool includeDeleted, const QString &sort, qint64 *total) const
{
    QJsonArray users;
    *total = -1;
    for (int page = 0; page < 100; ++page) {
        Query query {{QStringLiteral("size"), QStringLiteral("77")},
            {QStringLiteral("page"), QString::number(page)}};
        if (!search.isEmpty())
            query.append({QStringLiteral("query"), search});
        if (!tags.isEmpty())
            query.append({QStringLiteral("tags"), tags.join(QLatin1Char(','))});
        if (includeDeleted)
            query.append({QStringLiteral("include_deleted"), QStringLiteral("true")});
        if (!sort.isEmpty())
            query.append({QStringLiteral("sort"), sort});
        const TestHttpResponse response = TestHttp::get(
            url(search.isEmpty() ? QStringLiteral("/users") : QStringLiteral("/users/search"),
                query),
            staff());
        if (response.status != 200)
            return QJsonArray();
        *total = response.header("X-Pagination-Total").toLongLong();
        const QJsonArray part = response.json().array();
        for (const QJsonValue &user : part)
            users.append(user);
        if (part.isEmpty() || users.size() >= *total)
            break;
    }
    return users;
}

bool TestUsersExport::runExport(const UserQuery &query, const QList<int> &columns,
    const QString &path, int pageSize, QString *error)
{
    UsersModel titles;
    QStringList headers;
    for (const int column : columns)
        headers.append(titles.headerData(column, Qt::Horizontal).toString());
    ListExportJob job;
    job.setPageSize(pageSize);
    QSignalSpy finished(&job, &ListExportJob::finished);
    QSignalSpy failed(&job, &ListExportJob::failed);
    if (!job.start(
            m_client.get(), std::make_unique<UsersExportSource>(query, columns, headers), path)) {
        *error = job.errorString();
        return false;
    }
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, waitMs)) {
        *error = QStringLiteral("timed out");
        return false;
    }
    if (!failed.isEmpty()) {
        *error = failed.constFirst().constFirst().toString();
        return false;
    }
    return true;
}

void TestUsersExport::exportsEveryPage_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<bool>("includeDeleted");
    QTest::addColumn<QString>("sort"); // the API's sort argument
    QTest::addColumn<int>("pageSize");

    QTest::newRow("everyone, default sort, pages of 1000")
        << QString() << QStringList() << false << QStringLiteral("-created") << 1000;
    QTest::newRow("everyone with deleted, pages of 50")
        << QString() << QStringList() << true << QStringLiteral("-created") << 50;
    QTest::newRow("search 'an', by email ascending, pages of 20")
        << QStringLiteral("an") << QStringList() << false << QStringLiteral("email") << 20;
    QTest::newRow("tag newsletter, by name descending, pages of 30")
        << QString() << QStringList {QStringLiteral("newsletter")} << false
        << QStringLiteral("-first_name") << 30;
    QTest::newRow("search 'e' with tag newsletter and deleted, by human id")
        << QStringLiteral("e") << QStringList {QStringLiteral("newsletter")} << true
        << QStringLiteral("human_id") << 25;
    QTest::newRow("no match") << QStringLiteral("no-such-user-anywhere") << QStringList() << false
                              << QStringLiteral("-created") << 100;
}

void TestUsersExport::exportsEveryPage()
{
    QFETCH(QString, search);
    QFETCH(QStringList, tags);
    QFETCH(bool, includeDeleted);
    QFETCH(QString, sort);
    QFETCH(int, pageSize);

    qint64 total = -1;
    const QJsonArray expected = serverUsers(search, tags, includeDeleted, sort, &total);
    QVERIFY(total >= 0);
    QCOMPARE(qint64(expected.size()), total);

    UserQuery query;
    query.search = search;
    query.tags = tags;
    query.includeDeleted = includeDeleted;
    query.sort = sort;
    // Not in the model's column order: the file follows the table's order.
    const QList<int> columns {UsersModel::Email, UsersModel::Name, UsersModel::HumanId,
        UsersModel::Tags, UsersModel::Created, UsersModel::LastLogin, UsersModel::State};
    const QString path = m_dir->filePath(QStringLiteral("users.csv"));
    QString error;
    QVERIFY2(runExport(query, columns, path, pageSize, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Rows rows;
    bool bom = false;
    QVERIFY2(parseCsv(file.readAll(), &rows, &bom), "the file is not RFC 4180 CSV");
    QVERIFY(bom);
    QCOMPARE(qint64(rows.size()), total + 1);
    QCOMPARE(rows.at(0),
        (QStringList {QStringLiteral("_id"), QStringLiteral("Email"), QStringLiteral("Name"),
            QStringLiteral("ID"), QStringLiteral("Tags"), QStringLiteral("Created"),
            QStringLiteral("Last login"), QStringLiteral("State")}));

    for (int i = 0; i < expected.size(); ++i) {
        const QJsonObject user = expected.at(i).toObject();
        const QStringList &row = rows.at(i + 1);
        QCOMPARE(row.size(), 8);
        QCOMPARE(row.at(0), oid(user));
        QString email = user.value(QLatin1String("email")).toString();
        QCOMPARE(row.at(1), email);
        QCOMPARE(row.at(2), joinedName(user));
        QCOMPARE(row.at(3), user.value(QLatin1String("human_id")).toString());
        QStringList userTags;
        for (const QJsonValue &tag : user.value(QLatin1String("tags")).toArray())
            userTags.append(tag.toString());
        QCOMPARE(row.at(4), userTags.join(QLatin1String("; ")));
        QCOMPARE(row.at(5), isoDate(user, "created"));
        QVERIFY(row.at(5).isEmpty() || row.at(5).endsWith(QLatin1Char('Z')));
        QCOMPARE(row.at(6), isoDate(user, "last_login"));
        const bool deleted = user.value(QLatin1String("deleted")).toBool();
        const bool blocked = user.value(QLatin1String("blocked")).toBool();
        const QString state = deleted && blocked ? QStringLiteral("deleted blocked")
            : deleted                            ? QStringLiteral("deleted")
            : blocked                            ? QStringLiteral("blocked")
                                                 : QStringLiteral("active");
        QCOMPARE(row.at(7), state);
        if (!tags.isEmpty())
            QVERIFY(userTags.contains(tags.constFirst()));
    }
}

void TestUsersExport::sourceFollowsTheModel()
{
    UsersModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearchText(QStringLiteral("  an "));
    model.applyNow();
    model.setTags({QStringLiteral("newsletter")});
    model.setIncludeDeleted(true);
    model.sort(UsersModel::Phone, Qt::DescendingOrder);
    model.setSearchText(QStringLiteral("typed but not applied"));

    const auto source = UsersExportSource::fromModel(
        model, {UsersModel::Phone, UsersModel::HumanId, 99, UsersModel::State});
    QCOMPARE(source->query().search, QStringLiteral("an"));
    QCOMPARE(source->query().tags, QStringList {QStringLiteral("newsletter")});
    QVERIFY(source->query().includeDeleted);
    QCOMPARE(source->query().sort, QStringLiteral("-mobile_phone_number"));
    QCOMPARE(source->columns(),
        (QList<int> {UsersModel::Phone, UsersModel::HumanId, UsersModel::State}));
    QCOMPARE(source->headers(),
        (QStringList {QStringLiteral("_id"), QStringLiteral("Phone"), QStringLiteral("ID"),
            QStringLiteral("State")}));

    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), waitMs);
}

void TestUsersExport::cancelLeavesNoFile()
{
    UsersModel titles;
    const QString path = m_dir->filePath(QStringLiteral("canceled.csv"));
    ListExportJob job;
    job.setPageSize(10);
    QSignalSpy canceled(&job, &ListExportJob::canceled);
    QSignalSpy finished(&job, &ListExportJob::finished);
    int pagesSeen = 0;
    connect(&job, &ListExportJob::progress, &job, [&](qint64 rows, qint64 total) {
        // Cancel with pages still to come, while the next one is in flight.
        QVERIFY(rows < total);
        if (++pagesSeen == 3)
            job.cancel();
    });
    UserQuery query;
    query.includeDeleted = true;
    QVERIFY(job.start(m_client.get(),
        std::make_unique<UsersExportSource>(query, QList<int> {UsersModel::Email},
            QStringList {titles.headerData(UsersModel::Email, Qt::Horizontal).toString()}),
        path));
    QTRY_COMPARE_WITH_TIMEOUT(canceled.size(), 1, waitMs);
    QCOMPARE(pagesSeen, 3);
    QVERIFY(!job.isRunning());
    QVERIFY(finished.isEmpty());
    QVERIFY(!QFile::exists(path));
    // Nothing half-written lies next to it either.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestUsersExport::cancelKeepsAnExistingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("existing.csv"));
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("earlier export\r\n");
    }
    ListExportJob job;
    job.setPageSize(5);
    QSignalSpy canceled(&job, &ListExportJob::canceled);
    connect(&job, &ListExportJob::progress, &job, [&job] { job.cancel(); });
    QVERIFY(job.start(m_client.get(),
        std::make_unique<UsersExportSource>(
            UserQuery(), QList<int> {UsersModel::Name}, QStringList {QStringLiteral("Name")}),
        path));
    QTRY_COMPARE_WITH_TIMEOUT(canceled.size(), 1, waitMs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("earlier export\r\n"));
}

void TestUsersExport::formulaInjectionIsDefused()
{
    // A user whose texts a spreadsheet would run: name and tags start with = + - @. A phone
    // number in E.164 is a plain number and is written as it is.
    qint64 total = -1;
    const QJsonArray users = serverUsers(QString(), {}, false, QStringLiteral("created"), &total);
    QVERIFY(users.size() > 3);
    const QString id = oid(users.at(1).toObject());
    const QJsonObject patch {
        {QStringLiteral("first_name"), QStringLiteral("=HYPERLINK(\"x\",\"y\")")},
        {QStringLiteral("last_name"), QStringLiteral("Quote \"and\", comma")},
        {QStringLiteral("mobile_phone_number"), QStringLiteral("+4791234567")},
        {QStringLiteral("tags"),
            QJsonArray {QStringLiteral("@sum"), QStringLiteral("-1+2"), QStringLiteral("plain")}}};
    const TestHttpResponse put = TestHttp::request("PUT", url(QStringLiteral("/users/") + id),
        staff() + TestHttp::Headers {{"Content-Type", "application/json"}},
        QJsonDocument(patch).toJson(QJsonDocument::Compact));
    QCOMPARE(put.status, 200);
    const QString humanId = put.json().object().value(QLatin1String("human_id")).toString();
    QVERIFY(!humanId.isEmpty());

    UserQuery query;
    query.search = humanId;
    const QString path = m_dir->filePath(QStringLiteral("guard.csv"));
    QString error;
    QVERIFY2(runExport(
                 query, {UsersModel::Name, UsersModel::Phone, UsersModel::Tags}, path, 100, &error),
        qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    Rows rows;
    bool bom = false;
    QVERIFY(parseCsv(bytes, &rows, &bom));
    QStringList row;
    for (const QStringList &candidate : std::as_const(rows)) {
        if (candidate.constFirst() == id)
            row = candidate;
    }
    QCOMPARE(row.size(), 4);
    QCOMPARE(row.at(1), QStringLiteral("'=HYPERLINK(\"x\",\"y\") Quote \"and\", comma"));
    QCOMPARE(row.at(2), QStringLiteral("+4791234567"));
    QCOMPARE(row.at(3), QStringLiteral("'@sum; -1+2; plain"));
    // The quote and comma really were quoted in the file, not just parsed leniently.
    QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\") Quote \"\"and\"\", comma\""));
}

void TestUsersExport::unwritablePathFails()
{
    ListExportJob job;
    const QString path = m_dir->filePath(QStringLiteral("no/such/folder/users.csv"));
    QVERIFY(!job.start(m_client.get(),
        std::make_unique<UsersExportSource>(
            UserQuery(), QList<int> {UsersModel::Name}, QStringList {QStringLiteral("Name")}),
        path));
    QVERIFY(!job.errorString().isEmpty());
    QVERIFY(!job.isRunning());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestUsersExport)
#include "tst_usersexport.moc"
