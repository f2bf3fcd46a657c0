// SPDX-License-Identifier: GPL-3.0-or-later
// ApiService on a DataStore shared by many threads, the way builton-server runs it: readers
// list, search and read users on their own connections while writers change users through
// the writer thread. Checks that every answer is whole and consistent (no 5xx, totals that
// match the pages, valid JSON), that the caches and the search index follow every write,
// and that conditional writes stay exact under contention. CI runs it under
// ThreadSanitizer too. Expectations come from a separate SQLite connection, not from the
// server's code.

#include "ApiService.h"
#include "Credentials.h"
#include "DataStore.h"
#include "Seeder.h"
#include "TestDatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Server;

namespace {

struct Answer
{
    int status = 0;
    QByteArray etag;
    qint64 total = -1;
    QByteArray body;
};

} // namespace

class TestServerConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readersAndWritersTogether();
    void conditionalWritesUnderContention();
    void searchIndexFollowsWritesFromEveryThread();

private:
    Answer call(const QByteArray &method, const QString &target, const QByteArray &body = {},
        const QByteArray &ifMatch = {});
    /// The ids of the company's users whose note is `note`, read with a separate connection.
    QStringList usersWithNote(const QString &note);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DataStore> m_store;
    std::unique_ptr<ApiService> m_api;
    const Company *m_company = nullptr;
    QByteArray m_staff;
    QStringList m_ids;
};

void TestServerConcurrency::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_path = TestDatabase::create(m_dir.path(), QStringLiteral("concurrency"));
    QVERIFY(!m_path.isEmpty());
    m_store = DataStore::open(m_path, true, &error);
    QVERIFY2(m_store, qPrintable(error));
    QCOMPARE(m_store->write([this] { return m_store->reloadCompanies(); }), StoreStatus::Ok);
    Seeder seeder(m_store.get());
    Seeder::Options options;
    options.users = 300;
    options.orders = 1000;
    Seeder::Report report;
    QVERIFY2(
        m_store->write([&] { return seeder.seed(options, &report, &error); }), qPrintable(error));
    m_company = m_store->companyBySlug(QStringLiteral("demo"));
    QVERIFY(m_company);
    m_staff = Credentials::serviceAccountKeyFor(*m_company, QDateTime::currentMSecsSinceEpoch());
    m_api = std::make_unique<ApiService>(m_store.get(), ApiService::Options());
    const QJsonArray users
        = QJsonDocument::fromJson(call("GET", QStringLiteral("/users?size=1000")).body).array();
    for (const QJsonValue &u : users)
        m_ids << u[QLatin1String("_id")][QLatin1String("$oid")].toString();
    QVERIFY(m_ids.size() > 250);
}

void TestServerConcurrency::cleanupTestCase()
{
    m_api.reset();
    m_store.reset();
    TestDatabase::drop(m_path);
}

Answer TestServerConcurrency::call(const QByteArray &method, const QString &target,
    const QByteArray &body, const QByteArray &ifMatch)
{
    HttpRequest request;
    request.method = method;
    const QUrl url(QStringLiteral("http://localhost") + target);
    request.path = url.path(QUrl::FullyEncoded).toLatin1();
    request.query = QUrlQuery(url);
    request.headers
        = {{"X-Builton-Api-Key", m_company->apiKey}, {"Authorization", "Bearer " + m_staff}};
    if (!ifMatch.isEmpty())
        request.headers.append({"If-Match", ifMatch});
    request.body = body;
    const HttpResponse response = m_api->handle(request);
    Answer a;
    a.status = response.status;
    a.body = response.body;
    for (const auto &h : response.headers) {
        if (h.first == "ETag")
            a.etag = h.second;
        if (h.first == "X-Pagination-Total")
            a.total = h.second.toLongLong();
    }
    // The calling thread lets go of its reader when it is done, as the server's do.
    return a;
}

QStringList TestServerConcurrency::usersWithNote(const QString &note)
{
    QStringList ids;
    {
        QSqlDatabase db = TestDatabase::open(m_path, QStringLiteral("check"), true);
        if (db.isOpen()) {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("SELECT u.id, d.doc FROM users u JOIN users_docs d ON d.pk = u.pk"
                               " WHERE u.company = ? AND u.deleted = 0"));
            q.addBindValue(m_company->id);
            q.exec();
            while (q.next()) {
                const QJsonObject doc = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
                if (doc.value(QLatin1String("note")).toString() == note)
                    ids << q.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    ids.sort();
    return ids;
}

void TestServerConcurrency::readersAndWritersTogether()
{
    std::atomic<bool> stop {false};
    std::atomic<int> reads {0};
    std::atomic<int> writes {0};
    std::atomic<int> problems {0};
    QStringList firstProblems;
    std::mutex problemMutex;
    auto problem = [&](const QString &what) {
        ++problems;
        const std::lock_guard<std::mutex> lock(problemMutex);
        if (firstProblems.size() < 5)
            firstProblems << what;
    };

    auto reader = [&](int seed) {
        const QStringList targets {QStringLiteral("/users?size=50&page=%1"),
            QStringLiteral("/users/search?query=a&size=20&page=%1"),
            QStringLiteral("/users/search?query=ol&sort=-last_name&page=%1"),
            QStringLiteral("/orders?size=50&page=%1&order_status=PAID,PENDING"),
            QStringLiteral("/users?tags=vip&page=%1"), QStringLiteral("/tags?page=%1")};
        for (int i = seed; !stop; ++i) {
            const QString target = targets.at(i % targets.size()).arg(i % 4);
            const Answer a = call("GET", target);
            if (a.status != 200) {
                problem(QStringLiteral("%1: %2").arg(target).arg(a.status));
                continue;
            }
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(a.body, &error);
            if (error.error != QJsonParseError::NoError || !doc.isArray())
                problem(QStringLiteral("%1: not a JSON array").arg(target));
            else if (a.total >= 0 && doc.array().size() > a.total)
                problem(QStringLiteral("%1: more rows than the total").arg(target));
            const Answer one = call("GET", QStringLiteral("/users/") + m_ids.at(i % m_ids.size()));
            if (one.status != 200 || one.etag.isEmpty())
                problem(QStringLiteral("GET user: %1").arg(one.status));
            reads += 2;
        }
        m_store->releaseThreadConnection();
    };
    auto writer = [&](int first) {
        for (int i = first; !stop; i += 2) {
            const QString id = m_ids.at(i % m_ids.size());
            const QByteArray body = R"({"note":"written )" + QByteArray::number(i) + R"("})";
            const Answer a = call("PUT", QStringLiteral("/users/") + id, body);
            if (a.status != 200)
                problem(QStringLiteral("PUT: %1 %2").arg(a.status).arg(QString::fromUtf8(a.body)));
            ++writes;
        }
        m_store->releaseThreadConnection();
    };

    std::vector<std::thread> threads;
    for (int r = 0; r < 4; ++r)
        threads.emplace_back(reader, r * 7);
    threads.emplace_back(writer, 0);
    threads.emplace_back(writer, 1);
    QTest::qWait(3000);
    stop = true;
    for (std::thread &t : threads)
        t.join();
    qInfo("%d reads and %d writes in 3 s", int(reads), int(writes));
    QVERIFY2(problems == 0, qPrintable(firstProblems.join(QLatin1String("; "))));
    QVERIFY(reads > 100);
    QVERIFY(writes > 20);
}

void TestServerConcurrency::conditionalWritesUnderContention()
{
    // 32 threads write one user with the same If-Match: exactly one wins.
    const QString id = m_ids.at(17);
    const Answer before = call("GET", QStringLiteral("/users/") + id);
    QCOMPARE(before.status, 200);
    std::atomic<int> ok {0};
    std::atomic<int> conflicts {0};
    std::atomic<int> other {0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 32; ++i) {
        threads.emplace_back([&, i] {
            const QByteArray body = R"({"note":"contender )" + QByteArray::number(i) + R"("})";
            const Answer a = call("PUT", QStringLiteral("/users/") + id, body, before.etag);
            if (a.status == 200)
                ++ok;
            else if (a.status == 412)
                ++conflicts;
            else
                ++other;
            m_store->releaseThreadConnection();
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(ok.load(), 1);
    QCOMPARE(conflicts.load(), 31);
    QCOMPARE(other.load(), 0);
}

void TestServerConcurrency::searchIndexFollowsWritesFromEveryThread()
{
    // Warm the index, then give 40 users a unique note and name from 4 threads while 2
    // others search. Afterwards every search finds exactly what the database holds.
    QCOMPARE(call("GET", QStringLiteral("/users/search?query=e")).status, 200);
    std::atomic<bool> stop {false};
    std::vector<std::thread> searchers;
    for (int s = 0; s < 2; ++s) {
        searchers.emplace_back([&, s] {
            for (int i = 0; !stop; ++i)
                call("GET", QStringLiteral("/users/search?query=zq%1").arg((i + s) % 10));
            m_store->releaseThreadConnection();
        });
    }
    std::vector<std::thread> writers;
    for (int w = 0; w < 4; ++w) {
        writers.emplace_back([&, w] {
            for (int i = w; i < 40; i += 4) {
                const QByteArray body = R"({"first_name":"Zq)" + QByteArray::number(i % 10)
                    + R"(x","note":"tag )" + QByteArray::number(i % 10) + R"("})";
                call("PUT", QStringLiteral("/users/") + m_ids.at(100 + i), body);
            }
            m_store->releaseThreadConnection();
        });
    }
    for (std::thread &t : writers)
        t.join();
    stop = true;
    for (std::thread &t : searchers)
        t.join();
    for (int k = 0; k < 10; ++k) {
        const Answer a = call("GET", QStringLiteral("/users/search?query=zq%1x&size=100").arg(k));
        QCOMPARE(a.status, 200);
        QStringList found;
        for (const QJsonValue &u : QJsonDocument::fromJson(a.body).array())
            found << u[QLatin1String("_id")][QLatin1String("$oid")].toString();
        found.sort();
        QCOMPARE(found, usersWithNote(QStringLiteral("tag %1").arg(k)));
        QCOMPARE(a.total, qint64(found.size()));
    }
}

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_server_concurrency.moc"
