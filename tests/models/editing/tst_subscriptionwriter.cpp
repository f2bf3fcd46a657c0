// SPDX-License-Identifier: GPL-3.0-or-later

// SubscriptionWriter against the real server: a read gives the ETag, an update sent with it is
// written and its journal entries say what changed (before and after); a stale ETag ends in
// conflict() with the subscription as the server has it now, nothing written; a refusal (409)
// is failed() with the server's reason. Expectations come from plain HTTP.

#include "api/ApiClient.h"
#include "models/editing/SubscriptionChanges.h"
#include "models/editing/SubscriptionWriter.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

class TestSubscriptionWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void updateIsWrittenAndJournaled();
    void staleEtagIsAConflict();
    void refusalKeepsTheReason();

private:
    QString firstOf(const QString &status) const;
    QJsonObject api(const QByteArray &method, const QString &path, const QJsonObject &body = {},
        int *status = nullptr) const;
    /// read() and wait: the subscription and its ETag.
    bool read(const QString &id, Subscription *subscription, QByteArray *etag);

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SubscriptionWriter> m_writer;
};

void TestSubscriptionWriter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 300;
    options.orders = 0;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void TestSubscriptionWriter::init()
{
    m_client = std::make_unique<ApiClient>();
    ApiConnection connection;
    connection.baseUrl = m_server.url();
    connection.apiKey = m_server.credentials().apiKey;
    connection.bearerToken = m_server.credentials().serviceAccountKey;
    m_client->setConnection(connection);
    m_writer = std::make_unique<SubscriptionWriter>(m_client.get());
}

void TestSubscriptionWriter::cleanup()
{
    m_writer.reset();
    m_client.reset();
}

QJsonObject TestSubscriptionWriter::api(
    const QByteArray &method, const QString &path, const QJsonObject &body, int *status) const
{
    TestHttp::Headers headers
        = TestHttp::auth(m_server.credentials().apiKey, m_server.credentials().serviceAccountKey);
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    const TestHttpResponse response
        = TestHttp::request(method, QUrl(m_server.url().toString() + path), headers,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (status)
        *status = response.status;
    return response.json().object();
}

QString TestSubscriptionWriter::firstOf(const QString &status) const
{
    const TestHttpResponse response = TestHttp::get(
        QUrl(m_server.url().toString() + QStringLiteral("/subscriptions?size=1&status=") + status),
        TestHttp::auth(m_server.credentials().apiKey, m_server.credentials().serviceAccountKey));
    return response.json()
        .array()
        .at(0)
        .toObject()
        .value(QLatin1String("_id"))
        .toObject()
        .value(QLatin1String("$oid"))
        .toString();
}

bool TestSubscriptionWriter::read(const QString &id, Subscription *subscription, QByteArray *etag)
{
    QSignalSpy fetched(m_writer.get(), &SubscriptionWriter::fetched);
    m_writer->read(id);
    if (!fetched.wait(30000))
        return false;
    *subscription = fetched.at(0).at(0).value<Subscription>();
    *etag = fetched.at(0).at(1).toByteArray();
    return !etag->isEmpty();
}

void TestSubscriptionWriter::updateIsWrittenAndJournaled()
{
    const QString id = firstOf(QStringLiteral("ACTIVE"));
    QVERIFY(!id.isEmpty());
    Subscription base;
    QByteArray etag;
    QVERIFY(read(id, &base, &etag));
    QCOMPARE(base.id().toString(), id);
    QVERIFY(!base.customer().displayName().isEmpty());

    QSignalSpy written(m_writer.get(), &SubscriptionWriter::written);
    const QString note = QStringLiteral("Called on Monday: keeps it");
    m_writer->update(base, etag, QJsonObject {{QStringLiteral("note"), note}});
    QVERIFY(m_writer->isBusy());
    QVERIFY(written.wait(30000));
    const auto after = written.at(0).at(2).value<Subscription>();
    QCOMPARE(after.note(), note);
    QVERIFY(written.at(0).at(3).toByteArray() != etag); // a new ETag
    QCOMPARE(
        api("GET", QStringLiteral("/subscriptions/") + id).value(QLatin1String("note")).toString(),
        note);

    const QList<JournalEntry> entries = SubscriptionChanges::journalEntries(base, after,
        QStringLiteral("Tester"), m_server.url().toString(), QDateTime::currentDateTimeUtc());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).field, QStringLiteral("subscription/%1/note").arg(base.humanId()));
    QVERIFY(ExtendedJson::isEmptyValue(entries.at(0).before));
    QCOMPARE(entries.at(0).after.toString(), note);
    QCOMPARE(entries.at(0).userId, base.customer().id.toString());
    QCOMPARE(entries.at(0).userName, base.customer().displayName());
    QCOMPARE(SubscriptionChanges::label(entries.at(0).field),
        QStringLiteral("Subscription %1: Note").arg(base.humanId()));
}

void TestSubscriptionWriter::staleEtagIsAConflict()
{
    const QString id = firstOf(QStringLiteral("ACTIVE"));
    Subscription base;
    QByteArray etag;
    QVERIFY(read(id, &base, &etag));
    // Someone else writes first.
    int status = 0;
    api("PUT", QStringLiteral("/subscriptions/") + id,
        QJsonObject {{QStringLiteral("note"), QStringLiteral("A colleague's note")}}, &status);
    QCOMPARE(status, 200);

    QSignalSpy conflict(m_writer.get(), &SubscriptionWriter::conflict);
    QSignalSpy written(m_writer.get(), &SubscriptionWriter::written);
    m_writer->stop(base, etag);
    QVERIFY(conflict.wait(30000));
    QCOMPARE(written.count(), 0);
    QCOMPARE(
        conflict.at(0).at(0).value<SubscriptionWriter::Action>(), SubscriptionWriter::Action::Stop);
    const auto current = conflict.at(0).at(2).value<Subscription>();
    QCOMPARE(current.note(), QStringLiteral("A colleague's note"));
    QCOMPARE(current.status(), QStringLiteral("ACTIVE")); // nothing written
    QCOMPARE(api("GET", QStringLiteral("/subscriptions/") + id)
                 .value(QLatin1String("status"))
                 .toString(),
        QStringLiteral("ACTIVE"));
    const QList<FieldChange> changes = SubscriptionChanges::between(base, current);
    QCOMPARE(changes.size(), 1);
    QVERIFY(changes.at(0).key.endsWith(QLatin1String("/note")));

    // With the new ETag, the choice goes through.
    m_writer->stop(current, conflict.at(0).at(3).toByteArray());
    QVERIFY(written.wait(30000));
    QCOMPARE(written.at(0).at(2).value<Subscription>().status(), QStringLiteral("NON_RENEWING"));
}

void TestSubscriptionWriter::refusalKeepsTheReason()
{
    const QString id = firstOf(QStringLiteral("CANCELED"));
    QVERIFY(!id.isEmpty());
    Subscription base;
    QByteArray etag;
    QVERIFY(read(id, &base, &etag));
    QSignalSpy failed(m_writer.get(), &SubscriptionWriter::failed);
    m_writer->stop(base, etag);
    QVERIFY(failed.wait(30000));
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.httpStatus(), 409);
    // The server's own words, as a plain request gets them.
    int status = 0;
    const QJsonObject direct
        = api("POST", QStringLiteral("/subscriptions/%1/stop").arg(id), QJsonObject(), &status);
    QCOMPARE(status, 409);
    QCOMPARE(error.serverMessage(), direct.value(QLatin1String("message")).toString());
}

QTEST_GUILESS_MAIN(TestSubscriptionWriter)
#include "tst_subscriptionwriter.moc"
