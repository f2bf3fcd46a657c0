// SPDX-License-Identifier: GPL-3.0-or-later

// Bulk add/remove of a tag (BulkTagJob) against the real builton-server: the preview counts,
// the run writes exactly the users that need it and keeps their other tags, a concurrent edit
// is never overwritten (fresh read + If-Match, one retry after 412), and failures (a user
// deleted meanwhile, one that keeps changing, one that no longer exists) are listed with their
// message. Every expectation is checked on the server with plain HTTP (TestHttp).

#include "api/ApiClient.h"
#include "models/editing/ChangeJournal.h"
#include "models/jobs/BulkTagJob.h"
#include "models/jobs/MatchingUsersLoader.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int waitMs = 60000;

using Mode = BulkTagJob::Mode;
using Outcome = BulkTagJob::Outcome;

BulkTagTarget target(const QString &id, const QStringList &tags, bool deleted = false)
{
    BulkTagTarget t;
    t.id = id;
    t.humanId = QStringLiteral("H") + id.right(5).toUpper();
    t.name = QStringLiteral("User ") + id.right(4);
    t.tags = tags;
    t.deleted = deleted;
    return t;
}

QStringList tagsOf(const QJsonObject &user)
{
    QStringList tags;
    for (const QJsonValue &tag : user.value(QLatin1String("tags")).toArray())
        tags.append(tag.toString());
    return tags;
}

QString oid(const QJsonObject &document)
{
    return document.value(QLatin1String("_id")).toObject().value(QLatin1String("$oid")).toString();
}

} // namespace

class TestBulkTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void preview_data();
    void preview();
    void validateTag_data();
    void validateTag();
    void addsOnlyToUsersLackingTheTag();
    void removesOnlyFromUsersWithTheTag();
    void concurrentEditBeforeApplySurvives();
    void concurrentEditDuringApplyIsRetried();
    void failuresAreListed();
    void cancelStopsBeforeTheNextUser();
    void startRefusesBadInput();
    void journalEntryPerUserChanged();
    void matchingUsersAreReadFromEveryPage();

private:
    QUrl url(const QString &path, const QString &query = QString()) const;
    TestHttp::Headers staff() const;
    QJsonObject getUser(const QString &id) const;
    bool putTags(const QString &id, const QStringList &tags) const;
    /// Users of the company (not deleted), oldest first, as BulkTagTargets with their tags now.
    QList<BulkTagTarget> targets(int offset, int count) const;
    bool run(BulkTagJob *job, Mode mode, const QString &tag, const QList<BulkTagTarget> &targets);
    qint64 countWithTag(const QString &tag) const;

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestBulkTags::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 160;
    options.orders = 0;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void TestBulkTags::init()
{
    m_client = std::make_unique<ApiClient>();
    ApiConnection connection;
    connection.baseUrl = m_server.url();
    connection.apiKey = m_server.credentials().apiKey;
    connection.bearerToken = m_server.credentials().serviceAccountKey;
    m_client->setConnection(connection);
}

void TestBulkTags::cleanup()
{
    m_client.reset();
}

QUrl TestBulkTags::url(const QString &path, const QString &query) const
{
    QUrl url = m_server.url();
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

TestHttp::Headers TestBulkTags::staff() const
{
    return TestHttp::auth(m_server.credentials().apiKey, m_server.credentials().serviceAccountKey);
}

QJsonObject TestBulkTags::getUser(const QString &id) const
{
    const TestHttpResponse response = TestHttp::get(url(QStringLiteral("/users/") + id), staff());
    return response.status == 200 ? response.json().object() : QJsonObject();
}

bool TestBulkTags::putTags(const QString &id, const QStringList &tags) const
{
    const QJsonObject body {{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
    const TestHttpResponse response = TestHttp::request("PUT", url(QStringLiteral("/users/") + id),
        staff() + TestHttp::Headers {{"Content-Type", "application/json"}},
        QJsonDocument(body).toJson(QJsonDocument::Compact));
    return response.status == 200;
}

QList<BulkTagTarget> TestBulkTags::targets(int offset, int count) const
{
    const TestHttpResponse response = TestHttp::get(
        url(QStringLiteral("/users"), QStringLiteral("size=1000&sort=created")), staff());
    QList<BulkTagTarget> list;
    const QJsonArray users = response.json().array();
    for (int i = offset; i < offset + count && i < users.size(); ++i) {
        const QJsonObject user = users.at(i).toObject();
        BulkTagTarget t = target(oid(user), tagsOf(user));
        t.humanId = user.value(QLatin1String("human_id")).toString();
        t.name = user.value(QLatin1String("first_name")).toString();
        list.append(t);
    }
    return list;
}

qint64 TestBulkTags::countWithTag(const QString &tag) const
{
    const TestHttpResponse response
        = TestHttp::get(url(QStringLiteral("/users"),
                            QStringLiteral("size=1&include_deleted=true&tags=")
                                + QString::fromLatin1(QUrl::toPercentEncoding(tag))),
            staff());
    return response.status == 200 ? response.header("X-Pagination-Total").toLongLong() : -1;
}

bool TestBulkTags::run(
    BulkTagJob *job, Mode mode, const QString &tag, const QList<BulkTagTarget> &targets)
{
    QSignalSpy finished(job, &BulkTagJob::finished);
    if (!job->start(m_client.get(), mode, tag, targets))
        return false;
    return QTest::qWaitFor([&] { return !finished.isEmpty(); }, waitMs) && !job->isRunning();
}

void TestBulkTags::preview_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QList<QStringList>>("tagsPerUser");
    QTest::addColumn<int>("affected");
    QTest::addColumn<int>("unaffected");

    const int add = int(Mode::Add);
    const int remove = int(Mode::Remove);
    const QString vip = QStringLiteral("vip");
    const QStringList none;
    const QStringList hasVip {QStringLiteral("newsletter"), vip};
    const QStringList other {QStringLiteral("newsletter")};
    const QStringList upper {QStringLiteral("VIP")};

    QTest::newRow("add: nobody has it")
        << add << vip << QList<QStringList> {none, other, none} << 3 << 0;
    QTest::newRow("add: some have it")
        << add << vip << QList<QStringList> {hasVip, other, none, hasVip} << 2 << 2;
    QTest::newRow("add: everybody has it")
        << add << vip << QList<QStringList> {hasVip, hasVip} << 0 << 2;
    QTest::newRow("add: case matters")
        << add << vip << QList<QStringList> {upper, hasVip} << 1 << 1;
    QTest::newRow("add: no selection") << add << vip << QList<QStringList> {} << 0 << 0;
    QTest::newRow("remove: some have it")
        << remove << vip << QList<QStringList> {hasVip, other, none, hasVip} << 2 << 2;
    QTest::newRow("remove: nobody has it")
        << remove << vip << QList<QStringList> {other, upper} << 0 << 2;
    QTest::newRow("remove: duplicate tag counts once")
        << remove << vip << QList<QStringList> {QStringList {vip, vip}, none} << 1 << 1;
}

void TestBulkTags::preview()
{
    QFETCH(int, mode);
    QFETCH(QString, tag);
    QFETCH(QList<QStringList>, tagsPerUser);
    QFETCH(int, affected);
    QFETCH(int, unaffected);

    QList<BulkTagTarget> list;
    for (int i = 0; i < tagsPerUser.size(); ++i)
        list.append(
            target(QStringLiteral("%1").arg(i, 24, 10, QLatin1Char('0')), tagsPerUser.at(i)));
    const BulkTagJob::Preview preview = BulkTagJob::preview(Mode(mode), tag, list);
    QCOMPARE(preview.selected, int(tagsPerUser.size()));
    QCOMPARE(preview.affected, affected);
    QCOMPARE(preview.unaffected, unaffected);

    // What a run would write for each user: the tag once (Add) or not at all (Remove), every
    // other tag kept in its place.
    for (const QStringList &tags : std::as_const(tagsPerUser)) {
        const QStringList after = BulkTagJob::applied(Mode(mode), tag, tags);
        QCOMPARE(
            after.count(tag), Mode(mode) == Mode::Add ? qMax<qsizetype>(1, tags.count(tag)) : 0);
        QStringList others = tags;
        others.removeAll(tag);
        QStringList afterOthers = after;
        afterOthers.removeAll(tag);
        QCOMPARE(afterOthers, others);
    }
}

void TestBulkTags::validateTag_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("vip") << true;
    QTest::newRow("with dash and digits") << QStringLiteral("loyalty-2024") << true;
    QTest::newRow("inner space") << QStringLiteral("gift card") << true;
    QTest::newRow("non-ASCII") << QStringLiteral("kunde-æøå") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("comma") << QStringLiteral("a,b") << false;
    QTest::newRow("leading space") << QStringLiteral(" vip") << false;
}

void TestBulkTags::validateTag()
{
    QFETCH(QString, tag);
    QFETCH(bool, valid);
    QCOMPARE(BulkTagJob::validateTag(tag).isEmpty(), valid);
}

void TestBulkTags::addsOnlyToUsersLackingTheTag()
{
    const QString tag = QStringLiteral("bulk-add");
    QList<BulkTagTarget> list = targets(0, 30);
    QCOMPARE(list.size(), 30);
    // Five of them have it already.
    for (int i = 0; i < 30; i += 6)
        QVERIFY(putTags(list.at(i).id, list.at(i).tags + QStringList {tag}));
    list = targets(0, 30);
    QMap<QString, QStringList> before;
    for (const BulkTagTarget &t : std::as_const(list))
        before.insert(t.id, t.tags);
    QCOMPARE(countWithTag(tag), 5);

    const BulkTagJob::Preview preview = BulkTagJob::preview(Mode::Add, tag, list);
    QCOMPARE(preview.affected, 25);
    QCOMPARE(preview.unaffected, 5);

    BulkTagJob job;
    QSignalSpy progress(&job, &BulkTagJob::progress);
    QSignalSpy updated(&job, &BulkTagJob::userUpdated);
    QVERIFY(run(&job, Mode::Add, tag, list));
    QCOMPARE(job.total(), 25);
    QCOMPARE(job.done(), 25);
    QCOMPARE(job.count(Outcome::Added), 25);
    QCOMPARE(job.count(Outcome::Skipped), 5);
    QCOMPARE(job.count(Outcome::Failed), 0);
    QCOMPARE(updated.size(), 25);
    QCOMPARE(progress.constLast().at(0).toInt(), 25);
    QCOMPARE(progress.constLast().at(1).toInt(), 25);

    const QList<BulkTagJob::Result> results = job.results();
    QCOMPARE(results.size(), 30);
    for (int i = 0; i < results.size(); ++i) {
        const BulkTagJob::Result &result = results.at(i);
        QCOMPARE(result.target.id, list.at(i).id);
        QCOMPARE(result.outcome, i % 6 == 0 ? Outcome::Skipped : Outcome::Added);
        // On the server: the tag once, every earlier tag still there.
        const QStringList now = tagsOf(getUser(result.target.id));
        QCOMPARE(now.count(tag), 1);
        QStringList expected = before.value(result.target.id);
        if (!expected.contains(tag))
            expected.append(tag);
        QCOMPARE(now, expected);
    }
    // Nobody outside the selection got it.
    QCOMPARE(countWithTag(tag), 30);

    // The report lists every user with its result.
    const QStringList lines = job.reportText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 31);
    QVERIFY(lines.at(1).startsWith(list.at(0).humanId + QLatin1Char('\t')));
    QVERIFY(lines.at(1).contains(QLatin1String("\tSkipped\t")));
    QVERIFY(lines.at(2).contains(QLatin1String("\tAdded\t")));
}

void TestBulkTags::removesOnlyFromUsersWithTheTag()
{
    const QString tag = QStringLiteral("bulk-remove");
    QList<BulkTagTarget> list = targets(40, 20);
    QCOMPARE(list.size(), 20);
    for (int i = 0; i < 20; i += 2)
        QVERIFY(putTags(list.at(i).id, QStringList {tag} + list.at(i).tags));
    list = targets(40, 20);
    QCOMPARE(countWithTag(tag), 10);

    BulkTagJob job;
    QVERIFY(run(&job, Mode::Remove, tag, list));
    QCOMPARE(job.count(Outcome::Removed), 10);
    QCOMPARE(job.count(Outcome::Skipped), 10);
    for (const BulkTagTarget &t : std::as_const(list)) {
        QStringList expected = t.tags;
        expected.removeAll(tag);
        QCOMPARE(tagsOf(getUser(t.id)), expected);
    }
    QCOMPARE(countWithTag(tag), 0);
}

void TestBulkTags::concurrentEditBeforeApplySurvives()
{
    // The preview is computed from what the table showed; another client changes a user's
    // tags afterwards. The run reads the user again, so that change is kept.
    const QString tag = QStringLiteral("bulk-concurrent");
    const QList<BulkTagTarget> list = targets(70, 4);
    QCOMPARE(list.size(), 4);
    const QString changed = list.at(1).id;
    QVERIFY(putTags(changed, list.at(1).tags + QStringList {QStringLiteral("other-client")}));
    // And a third, not in the plan's view, already added the bulk tag to another one.
    const QString already = list.at(2).id;
    QVERIFY(putTags(already, list.at(2).tags + QStringList {tag}));

    BulkTagJob job;
    QVERIFY(run(&job, Mode::Add, tag, list));
    QCOMPARE(job.count(Outcome::Added), 3);
    QCOMPARE(job.count(Outcome::Skipped), 1);
    QCOMPARE(job.results().at(2).outcome, Outcome::Skipped);
    QVERIFY(!job.results().at(2).message.isEmpty());

    QCOMPARE(tagsOf(getUser(changed)),
        (list.at(1).tags + QStringList {QStringLiteral("other-client"), tag}));
    QCOMPARE(tagsOf(getUser(already)), list.at(2).tags + QStringList {tag});
    QCOMPARE(tagsOf(getUser(list.at(0).id)), list.at(0).tags + QStringList {tag});
}

void TestBulkTags::concurrentEditDuringApplyIsRetried()
{
    // Someone writes between the run's read and its write: the write answers 412, the run
    // reads again and writes on top of the new tags.
    const QString tag = QStringLiteral("bulk-race");
    const QList<BulkTagTarget> list = targets(80, 3);
    QCOMPARE(list.size(), 3);
    const QString raced = list.at(1).id;

    BulkTagJob job;
    int writesSeen = 0;
    connect(&job, &BulkTagJob::aboutToWrite, this, [&](const QString &id) {
        if (id != raced || writesSeen++ > 0)
            return;
        QVERIFY(putTags(raced, tagsOf(getUser(raced)) + QStringList {QStringLiteral("sneaky")}));
    });
    QVERIFY(run(&job, Mode::Add, tag, list));
    QCOMPARE(writesSeen, 2);
    QCOMPARE(job.count(Outcome::Added), 3);
    QCOMPARE(
        tagsOf(getUser(raced)), (list.at(1).tags + QStringList {QStringLiteral("sneaky"), tag}));
}

void TestBulkTags::failuresAreListed()
{
    const QString tag = QStringLiteral("bulk-fail");
    QList<BulkTagTarget> list = targets(90, 4);
    QCOMPARE(list.size(), 4);
    const QString deletedMeanwhile = list.at(0).id;
    const QString keepsChanging = list.at(2).id;
    // A user of the selection that does not exist (any more).
    list.append(target(QStringLiteral("0123456789abcdef01234567"), {}));

    const TestHttpResponse deleted
        = TestHttp::request("DELETE", url(QStringLiteral("/users/") + deletedMeanwhile), staff());
    QCOMPARE(deleted.status, 200);

    BulkTagJob job;
    int races = 0;
    connect(&job, &BulkTagJob::aboutToWrite, this, [&](const QString &id) {
        if (id != keepsChanging)
            return;
        ++races;
        QVERIFY(putTags(keepsChanging,
            tagsOf(getUser(keepsChanging)) + QStringList {QStringLiteral("race-%1").arg(races)}));
    });
    QVERIFY(run(&job, Mode::Add, tag, list));
    QCOMPARE(races, 2); // one read-and-retry, no more

    const QList<BulkTagJob::Result> results = job.results();
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.at(0).outcome, Outcome::Failed);
    QVERIFY2(results.at(0).message.contains(QLatin1String("deleted")),
        qPrintable(results.at(0).message));
    QCOMPARE(results.at(1).outcome, Outcome::Added);
    QCOMPARE(results.at(2).outcome, Outcome::Failed);
    QCOMPARE(results.at(2).error.kind(), ApiError::Kind::PreconditionFailed);
    QVERIFY2(results.at(2).message.contains(QLatin1String("nothing was overwritten")),
        qPrintable(results.at(2).message));
    QCOMPARE(results.at(3).outcome, Outcome::Added);
    QCOMPARE(results.at(4).outcome, Outcome::Failed);
    QCOMPARE(results.at(4).error.kind(), ApiError::Kind::NotFound);
    QVERIFY(!results.at(4).message.isEmpty());
    QCOMPARE(job.count(Outcome::Failed), 3);

    // Nothing was written to the failed ones; the other client's tags are all there.
    QVERIFY(!tagsOf(getUser(deletedMeanwhile)).contains(tag));
    QCOMPARE(tagsOf(getUser(keepsChanging)),
        (list.at(2).tags + QStringList {QStringLiteral("race-1"), QStringLiteral("race-2")}));
    QVERIFY(tagsOf(getUser(list.at(1).id)).contains(tag));

    // The failures are in the copyable report, with their messages.
    const QString report = job.reportText();
    QVERIFY(report.contains(results.at(2).message));
    QVERIFY(report.contains(results.at(0).message));
}

void TestBulkTags::cancelStopsBeforeTheNextUser()
{
    const QString tag = QStringLiteral("bulk-cancel");
    const QList<BulkTagTarget> list = targets(100, 20);
    QCOMPARE(list.size(), 20);
    BulkTagJob job;
    connect(&job, &BulkTagJob::progress, &job, [&job](int done) {
        if (done == 3)
            job.cancel();
    });
    QVERIFY(run(&job, Mode::Add, tag, list));
    const int added = job.count(Outcome::Added);
    QVERIFY2(added >= 3 && added <= 4, qPrintable(QString::number(added)));
    QCOMPARE(added + job.count(Outcome::Canceled), 20);
    QCOMPARE(countWithTag(tag), added);
    for (const BulkTagJob::Result &result : job.results()) {
        const bool has = tagsOf(getUser(result.target.id)).contains(tag);
        QCOMPARE(has, result.outcome == Outcome::Added);
    }
}

void TestBulkTags::startRefusesBadInput()
{
    BulkTagJob job;
    const QList<BulkTagTarget> list {target(QStringLiteral("0123456789abcdef01234567"), {})};
    QVERIFY(!job.start(nullptr, Mode::Add, QStringLiteral("vip"), list));
    QVERIFY(!job.start(m_client.get(), Mode::Add, QStringLiteral("a,b"), list));
    QVERIFY(!job.start(m_client.get(), Mode::Add, QString(), list));
    QVERIFY(!job.isRunning());
    // Nothing to do finishes at once, without a request.
    QSignalSpy finished(&job, &BulkTagJob::finished);
    QVERIFY(job.start(m_client.get(), Mode::Remove, QStringLiteral("vip"), list));
    QVERIFY(!job.start(m_client.get(), Mode::Remove, QStringLiteral("vip"), list));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    QCOMPARE(job.results().at(0).outcome, Outcome::Skipped);
    QCOMPARE(job.total(), 0);
}

void TestBulkTags::journalEntryPerUserChanged()
{
    const QString tag = QStringLiteral("bulk-journal");
    QList<BulkTagTarget> list = targets(140, 10);
    QCOMPARE(list.size(), 10);
    for (int i = 0; i < 10; i += 2)
        QVERIFY(putTags(list.at(i).id, list.at(i).tags + QStringList {tag}));
    list = targets(140, 10);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChangeJournal journal(dir.filePath(QStringLiteral("journal.jsonl")));
    BulkTagJob job;
    job.setJournal(&journal, QStringLiteral("Support (sub: staff)"), QStringLiteral("http://shop"));
    QVERIFY(run(&job, Mode::Remove, tag, list));
    QCOMPARE(job.count(Outcome::Removed), 5);
    QVERIFY(job.journalError().isEmpty());

    // One entry per user changed (none for those skipped), read back from the file.
    ChangeJournal reread(journal.filePath());
    QCOMPARE(reread.entries().size(), 5);
    QSet<QString> users;
    for (const JournalEntry &entry : reread.entries()) {
        users.insert(entry.userId);
        QCOMPARE(entry.field, QStringLiteral("tags"));
        QCOMPARE(entry.actor, QStringLiteral("Support (sub: staff)"));
        QCOMPARE(entry.server, QStringLiteral("http://shop"));
        QVERIFY(!entry.humanId.isEmpty());
        QStringList before;
        for (const QJsonValue &value : entry.before.toArray())
            before.append(value.toString());
        QVERIFY(before.contains(tag));
        before.removeAll(tag);
        QCOMPARE(entry.after, QJsonValue(QJsonArray::fromStringList(before)));
        QCOMPARE(tagsOf(getUser(entry.userId)), before);
    }
    QCOMPARE(users.size(), 5);
    for (int i = 0; i < 10; i += 2)
        QVERIFY(users.contains(list.at(i).id));
}

void TestBulkTags::matchingUsersAreReadFromEveryPage()
{
    const QString tag = QStringLiteral("bulk-matching");
    const QList<BulkTagTarget> list = targets(60, 23);
    QCOMPARE(list.size(), 23);
    for (const BulkTagTarget &t : list)
        QVERIFY(putTags(t.id, t.tags + QStringList {tag}));

    UserQuery query;
    query.tags = {tag};
    query.sort = QStringLiteral("created");
    MatchingUsersLoader loader;
    loader.setPageSize(5); // five pages, the last one short
    QSignalSpy finished(&loader, &MatchingUsersLoader::finished);
    QSignalSpy progress(&loader, &MatchingUsersLoader::progress);
    QVERIFY(loader.start(m_client.get(), query));
    QVERIFY(!loader.start(m_client.get(), query)); // one read at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    QCOMPARE(progress.size(), 5);
    const QList<BulkTagTarget> read = loader.targets();
    QCOMPARE(read.size(), 23);
    for (int i = 0; i < read.size(); ++i) {
        QCOMPARE(read.at(i).id, list.at(i).id);
        QCOMPARE(read.at(i).humanId, list.at(i).humanId);
        QCOMPARE(read.at(i).tags, list.at(i).tags + QStringList {tag});
    }
}

QTEST_GUILESS_MAIN(TestBulkTags)
#include "tst_bulktags.moc"
