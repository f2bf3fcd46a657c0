// SPDX-License-Identifier: GPL-3.0-or-later
// Two builton-server processes on one database behave as one API: conditional writes race
// across the processes and exactly one wins, a write on one is read (and found by search) on
// the other at once, and a process killed with SIGKILL in the middle of writes loses no
// write it acknowledged while the other keeps serving. Runs on the test backend
// (TestDatabase: a SQLite file, or PostgreSQL in the second pass of scripts/test.sh).

#include "tst_server_api_common.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

#include <vector>

using namespace ApiTest;

class TestServerMultiProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void conflictingWritesAcrossProcesses();
    void writeOnOneIsReadOnTheOther();
    void searchFollowsTheOtherProcess();
    void killOneDuringWrites();

private:
    bool startSecond();

    QTemporaryDir m_dir;
    QString m_db;
    TestServer m_a;
    TestServer m_b;
    QStringList m_ids;
};

void TestServerMultiProcess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = TestDatabase::create(m_dir.path(), QStringLiteral("two"));
    QVERIFY(!m_db.isEmpty());
    TestServer::Options options;
    options.users = 60;
    options.orders = 200;
    options.dbPath = m_db;
    QVERIFY2(m_a.start(options), qPrintable(m_a.errorString()));
    // The second process seeds nothing: the companies exist (it re-issues the credentials).
    QVERIFY2(startSecond(), qPrintable(m_b.errorString()));
    QCOMPARE(m_b.credentials().apiKey, m_a.credentials().apiKey);
    QString error;
    const QJsonArray users = fetchAll(m_a, "/users", staff(m_a), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(users.size(), fetchAll(m_b, "/users", staff(m_b), &error).size());
    for (const QJsonValue &u : users)
        m_ids << idOf(u);
}

void TestServerMultiProcess::cleanupTestCase()
{
    m_a.stop();
    m_b.stop();
    TestDatabase::drop(m_db);
}

bool TestServerMultiProcess::startSecond()
{
    TestServer::Options options;
    options.users = 60;
    options.orders = 200;
    options.dbPath = m_db;
    return m_b.start(options);
}

void TestServerMultiProcess::conflictingWritesAcrossProcesses()
{
    // 40 connections, half to each process, send a PUT with the same If-Match at once.
    const QString target = m_ids.at(5);
    const QByteArray path = "/users/" + target.toLatin1();
    const TestHttpResponse before = TestHttp::get(url(m_a, path), staff(m_a));
    QCOMPARE(before.status, 200);
    const QByteArray etag = before.header("ETag");
    constexpr int Count = 40;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < Count; ++i) {
        const TestServer &server = i % 2 ? m_b : m_a;
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(server.url().host(), quint16(server.url().port()));
        QVERIFY(socket->waitForConnected(5000));
        sockets.push_back(std::move(socket));
    }
    for (int i = 0; i < Count; ++i) {
        const TestServer &server = i % 2 ? m_b : m_a;
        const QByteArray body = R"({"note":"process race )" + QByteArray::number(i) + R"("})";
        sockets[size_t(i)]->write(
            rawHead(server, "PUT", path,
                {"If-Match: " + etag, "Content-Type: application/json",
                    "Content-Length: " + QByteArray::number(body.size()), "Connection: close"})
            + "\r\n" + body);
    }
    for (auto &s : sockets)
        s->flush();
    int ok = 0;
    int conflicts = 0;
    QByteArray winnerNote;
    QByteArray winnerTag;
    QDeadlineTimer deadline(60000);
    for (int i = 0; i < Count; ++i) {
        QTcpSocket &s = *sockets[size_t(i)];
        QByteArray buffer;
        RawResponse r;
        while (!deadline.hasExpired()) {
            if (s.bytesAvailable() || s.waitForReadyRead(100))
                buffer += s.readAll();
            r = parseRawResponse(buffer);
            if (r.complete || s.state() == QAbstractSocket::UnconnectedState)
                break;
        }
        QVERIFY2(r.complete, qPrintable(QStringLiteral("writer %1 got no answer").arg(i)));
        if (r.status == 200) {
            ++ok;
            winnerNote = "process race " + QByteArray::number(i);
            winnerTag = r.header("ETag");
        } else {
            QVERIFY2(
                r.status == 412, qPrintable(QStringLiteral("writer %1: %2").arg(i).arg(r.status)));
            ++conflicts;
        }
    }
    QCOMPARE(ok, 1);
    QCOMPARE(conflicts, Count - 1);
    // Both processes read the winner's write and ETag.
    for (const TestServer *server : {&m_a, &m_b}) {
        const TestHttpResponse after = TestHttp::get(url(*server, path), staff(*server));
        QCOMPARE(after.header("ETag"), winnerTag);
        QCOMPARE(
            after.json().object().value(QLatin1String("note")).toString().toUtf8(), winnerNote);
    }
}

void TestServerMultiProcess::writeOnOneIsReadOnTheOther()
{
    const QByteArray list = "/users?size=10&sort=-modified";
    for (int round = 0; round < 5; ++round) {
        // Fill both processes' caches, write on one, read on the other at once.
        const TestServer &writer = round % 2 ? m_b : m_a;
        const TestServer &reader = round % 2 ? m_a : m_b;
        QCOMPARE(TestHttp::get(url(reader, list), staff(reader)).status, 200);
        const QString target = m_ids.at(10 + round);
        const QByteArray note = "read elsewhere " + QByteArray::number(round);
        QCOMPARE(TestHttp::request("PUT", url(writer, "/users/" + target.toLatin1()), staff(writer),
                     R"({"note":")" + note + R"("})")
                     .status,
            200);
        const TestHttpResponse one
            = TestHttp::get(url(reader, "/users/" + target.toLatin1()), staff(reader));
        QCOMPARE(one.json().object().value(QLatin1String("note")).toString().toUtf8(), note);
        const QJsonArray page = TestHttp::get(url(reader, list), staff(reader)).json().array();
        QVERIFY(!page.isEmpty());
        QCOMPARE(idOf(page.at(0)), target); // the newest modification comes first
    }
}

void TestServerMultiProcess::searchFollowsTheOtherProcess()
{
    const QString target = m_ids.at(20);
    // Both processes have searched (their indexes are built), then one renames, then the
    // other renames again: each process's search finds the new name and no longer the old
    // one (on PostgreSQL each process brings its index up to date with the users the other
    // changed; on SQLite it builds the index again).
    for (const TestServer *server : {&m_a, &m_b})
        QCOMPARE(TestHttp::get(url(*server, "/users/search?query=a"), staff(*server)).status, 200);
    const auto total = [](const TestServer &server, const QByteArray &query) {
        const TestHttpResponse r
            = TestHttp::get(url(server, "/users/search?query=" + query), staff(server));
        return r.status == 200 ? r.header("X-Pagination-Total").toLongLong() : -1;
    };
    const QList<QPair<const TestServer *, QByteArray>> renames {
        {&m_a, "Zyxwvprocess"}, {&m_b, "Qwrtprocess"}, {&m_a, "Plkjprocess"}};
    QByteArray previous;
    for (const auto &[writer, name] : renames) {
        QCOMPARE(TestHttp::request("PUT", url(*writer, "/users/" + target.toLatin1()),
                     staff(*writer), R"({"first_name":")" + name + R"("})")
                     .status,
            200);
        for (const TestServer *server : {&m_b, &m_a}) {
            const TestHttpResponse r = TestHttp::get(
                url(*server, "/users/search?query=" + name.toLower()), staff(*server));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().array().size(), 1);
            QCOMPARE(idOf(r.json().array().at(0)), target);
            QCOMPARE(r.header("X-Pagination-Total"), QByteArray("1"));
            if (!previous.isEmpty())
                QCOMPARE(total(*server, previous.toLower()), 0);
        }
        previous = name;
    }
}

void TestServerMultiProcess::killOneDuringWrites()
{
    // Writes go to both processes; process A is killed with SIGKILL at a random moment (seed
    // printed). B keeps answering, and every write either process acknowledged is there.
    const quint32 seed = qEnvironmentVariableIsSet("BUILTON_KILL_SEED")
        ? quint32(qEnvironmentVariableIntValue("BUILTON_KILL_SEED"))
        : QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    const int killAfterMs = int(random.bounded(300, 1200));
    qInfo("kill after %d ms (seed %u; BUILTON_KILL_SEED repeats it)", killAfterMs, seed);

    QNetworkAccessManager nam;
    QEventLoop loop;
    QHash<QString, int> acknowledged; // user -> highest counter answered 200
    QSet<QString> busy;
    int inFlight = 0;
    int counter = 0;
    int answeredByB = 0;
    bool killed = false;
    bool stopping = false;
    std::function<void(bool)> send = [&](bool toB) {
        if (stopping)
            return;
        QString target;
        for (int i = 0; i < 12 && target.isEmpty(); ++i) {
            const QString candidate = m_ids.at(30 + random.bounded(12));
            if (!busy.contains(candidate))
                target = candidate;
        }
        if (target.isEmpty())
            return;
        const TestServer &server = toB || killed ? m_b : m_a;
        const int mine = ++counter;
        QNetworkRequest request(url(server, "/users/" + target.toLatin1()));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        for (const auto &h : staff(server))
            request.setRawHeader(h.first, h.second);
        busy.insert(target);
        ++inFlight;
        QNetworkReply *reply
            = nam.put(request, R"({"note":"counter )" + QByteArray::number(mine) + R"("})");
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, target, mine, toB] {
            --inFlight;
            busy.remove(target);
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                acknowledged[target] = qMax(acknowledged.value(target), mine);
                if (toB || killed)
                    ++answeredByB;
            }
            reply->deleteLater();
            if (stopping && inFlight == 0)
                loop.quit();
            else
                send(!toB);
        });
    };
    QTimer::singleShot(killAfterMs, &loop, [&] {
        killed = true;
        m_a.kill();
    });
    QTimer::singleShot(killAfterMs + 1500, &loop, [&] {
        stopping = true;
        if (inFlight == 0)
            loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    for (int i = 0; i < 6; ++i)
        send(i % 2);
    loop.exec();
    QVERIFY(killed);
    QVERIFY(answeredByB > 0); // B kept serving after A died
    qInfo("%d writes sent, %d users written", counter, int(acknowledged.size()));
    // Every acknowledged write is there (a later unacknowledged one may be too).
    for (auto it = acknowledged.constBegin(); it != acknowledged.constEnd(); ++it) {
        const TestHttpResponse r
            = TestHttp::get(url(m_b, "/users/" + it.key().toLatin1()), staff(m_b));
        QCOMPARE(r.status, 200);
        const QString note = r.json().object().value(QLatin1String("note")).toString();
        QVERIFY2(note.startsWith(QLatin1String("counter ")), qPrintable(note));
        QVERIFY2(note.mid(8).toInt() >= it.value(),
            qPrintable(QStringLiteral("%1: %2 < %3").arg(it.key(), note).arg(it.value())));
    }
    // A new process on the database serves at once, and reads the same.
    TestServer::Options options;
    options.users = 60;
    options.orders = 200;
    options.dbPath = m_db;
    QVERIFY2(m_a.start(options), qPrintable(m_a.errorString()));
    for (auto it = acknowledged.constBegin(); it != acknowledged.constEnd(); ++it) {
        QCOMPARE(TestHttp::get(url(m_a, "/users/" + it.key().toLatin1()), staff(m_a)).body,
            TestHttp::get(url(m_b, "/users/" + it.key().toLatin1()), staff(m_b)).body);
    }
}

QTEST_GUILESS_MAIN(TestServerMultiProcess)
#include "tst_server_multiprocess.moc"
