// SPDX-License-Identifier: GPL-3.0-or-later

// DraftStore: drafts survive the store (a new instance reads what the old one wrote), the
// delay coalesces typing, drafts are scoped to their connection profile, removed on save or
// discard, unreadable files are skipped, and the files are readable by the owner only.

#include "models/editing/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString production = QStringLiteral("{11111111-1111-1111-1111-111111111111}");
const QString staging = QStringLiteral("{22222222-2222-2222-2222-222222222222}");
const QString userA = QStringLiteral("5d9218f71fad44000b0fb80a");
const QString userB = QStringLiteral("5d9218f71fad44000b0fb80b");

Draft makeDraft(const QString &profile, const QString &user, const QString &email)
{
    Draft draft;
    draft.profileKey = profile;
    draft.userId = user;
    draft.userName = QStringLiteral("Ann Berg");
    draft.humanId = QStringLiteral("ZQK3YW");
    draft.base = QJsonObject {
        {QStringLiteral("_id"), QJsonObject {{QStringLiteral("$oid"), user}}},
        {QStringLiteral("email"), QStringLiteral("ann@example.com")},
        {QStringLiteral("voucher"), QJsonObject {{QStringLiteral("uuid"), QStringLiteral("v")}}},
    };
    draft.etag = "\"u-3\"";
    draft.edits = QJsonObject {{QStringLiteral("email"), email},
        {QStringLiteral("tags"), QJsonArray {QStringLiteral("vip")}}};
    return draft;
}

} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void writtenDraftSurvivesTheStore();
    void stagedDraftIsWrittenAfterTheDelay();
    void stagedDraftIsWrittenOnDestruction();
    void newerStageReplacesTheWaitingOne();
    void draftsAreScopedToTheirProfile();
    void removeForgetsStagedAndWritten();
    void unreadableFilesAreSkipped_data();
    void unreadableFilesAreSkipped();
    void invalidUserIsRefused();
    void filesAreOwnerOnly();
    void defaultDirectoryIsUnderAppData();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDrafts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDrafts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDrafts::writtenDraftSurvivesTheStore()
{
    const Draft draft = makeDraft(production, userA, QStringLiteral("new@example.com"));
    {
        DraftStore store(m_dir->path());
        QString error;
        QVERIFY2(store.write(draft, &error), qPrintable(error));
    }
    // "Crash": a new store instance, as on the next start.
    DraftStore again(m_dir->path());
    const std::optional<Draft> read = again.draft(production, userA);
    QVERIFY(read);
    QCOMPARE(read->userId, userA);
    QCOMPARE(read->userName, draft.userName);
    QCOMPARE(read->humanId, draft.humanId);
    QCOMPARE(read->base, draft.base);
    QCOMPARE(read->etag, draft.etag);
    QCOMPARE(read->edits, draft.edits);
    QVERIFY(read->savedAt.isValid());
    QVERIFY(qAbs(read->savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(again.drafts(production).size(), 1);
}

void TestDrafts::stagedDraftIsWrittenAfterTheDelay()
{
    DraftStore store(m_dir->path());
    store.setDelayMs(100);
    store.stage(makeDraft(production, userA, QStringLiteral("a@example.com")));
    QVERIFY(store.hasStaged());
    // Not on disk yet.
    QVERIFY(!DraftStore(m_dir->path()).draft(production, userA));
    QTRY_VERIFY_WITH_TIMEOUT(!store.hasStaged(), 2000);
    const std::optional<Draft> read = DraftStore(m_dir->path()).draft(production, userA);
    QVERIFY(read);
    QCOMPARE(read->edits.value(QLatin1String("email")).toString(), QStringLiteral("a@example.com"));
}

void TestDrafts::stagedDraftIsWrittenOnDestruction()
{
    {
        DraftStore store(m_dir->path());
        store.setDelayMs(60000);
        store.stage(makeDraft(production, userA, QStringLiteral("quit@example.com")));
    }
    const std::optional<Draft> read = DraftStore(m_dir->path()).draft(production, userA);
    QVERIFY(read);
    QCOMPARE(
        read->edits.value(QLatin1String("email")).toString(), QStringLiteral("quit@example.com"));
}

void TestDrafts::newerStageReplacesTheWaitingOne()
{
    DraftStore store(m_dir->path());
    store.setDelayMs(100);
    store.stage(makeDraft(production, userA, QStringLiteral("a@")));
    store.stage(makeDraft(production, userA, QStringLiteral("a@example")));
    store.stage(makeDraft(production, userA, QStringLiteral("a@example.com")));
    // The staged draft is what the store gives back before it is written.
    QCOMPARE(store.draft(production, userA)->edits.value(QLatin1String("email")).toString(),
        QStringLiteral("a@example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(!store.hasStaged(), 2000);
    const QList<Draft> drafts = DraftStore(m_dir->path()).drafts(production);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.at(0).edits.value(QLatin1String("email")).toString(),
        QStringLiteral("a@example.com"));
}

void TestDrafts::draftsAreScopedToTheirProfile()
{
    DraftStore store(m_dir->path());
    Draft older = makeDraft(production, userA, QStringLiteral("prod-a@example.com"));
    older.savedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY(store.write(older));
    QVERIFY(store.write(makeDraft(production, userB, QStringLiteral("prod-b@example.com"))));
    QVERIFY(store.write(makeDraft(staging, userA, QStringLiteral("staging-a@example.com"))));

    const QList<Draft> prod = store.drafts(production);
    QCOMPARE(prod.size(), 2);
    QCOMPARE(prod.at(0).userId, userB); // newest first
    QCOMPARE(prod.at(1).userId, userA);
    for (const Draft &draft : prod)
        QCOMPARE(draft.profileKey, production);
    const QList<Draft> stage = store.drafts(staging);
    QCOMPARE(stage.size(), 1);
    QCOMPARE(stage.at(0).edits.value(QLatin1String("email")).toString(),
        QStringLiteral("staging-a@example.com"));
    QCOMPARE(store.drafts(QStringLiteral("{33333333-3333-3333-3333-333333333333}")).size(), 0);

    // A production draft copied into the staging folder is still not offered on staging.
    const QStringList folders = QDir(m_dir->path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders.size(), 2);
    QString stagingFolder;
    QString productionFolder;
    for (const QString &folder : folders) {
        if (QFile::exists(
                QDir(m_dir->path())
                    .filePath(folder + QLatin1Char('/') + userB + QStringLiteral(".json"))))
            productionFolder = folder;
        else
            stagingFolder = folder;
    }
    QVERIFY(!productionFolder.isEmpty() && !stagingFolder.isEmpty());
    const QString target
        = QDir(m_dir->path())
              .filePath(stagingFolder + QLatin1Char('/') + userB + QStringLiteral(".json"));
    QVERIFY(QFile::copy(
        QDir(m_dir->path())
            .filePath(productionFolder + QLatin1Char('/') + userB + QStringLiteral(".json")),
        target));
    QCOMPARE(store.drafts(staging).size(), 1);
    QVERIFY(!store.draft(staging, userB));
}

void TestDrafts::removeForgetsStagedAndWritten()
{
    DraftStore store(m_dir->path());
    store.setDelayMs(100);
    QVERIFY(store.write(makeDraft(production, userA, QStringLiteral("a@example.com"))));
    store.stage(makeDraft(production, userB, QStringLiteral("b@example.com")));
    store.remove(production, userA); // saved
    store.remove(production, userB); // discarded before it was written
    QVERIFY(!store.hasStaged());
    // Past the delay (had it been left running): still nothing written.
    QTRY_VERIFY(!store.isWritePending());
    QCOMPARE(store.drafts(production).size(), 0);
    QCOMPARE(DraftStore(m_dir->path()).drafts(production).size(), 0);
}

void TestDrafts::unreadableFilesAreSkipped_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("cut short") << QByteArray(R"({"format":"builton-admin-draft","vers)");
    QTest::newRow("not a draft") << QByteArray(R"({"hello":"world"})");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("future version")
        << QByteArray(R"({"format":"builton-admin-draft","version":99})");
}

void TestDrafts::unreadableFilesAreSkipped()
{
    QFETCH(QByteArray, content);
    DraftStore store(m_dir->path());
    QVERIFY(store.write(makeDraft(production, userA, QStringLiteral("a@example.com"))));
    QVERIFY(store.write(makeDraft(production, userB, QStringLiteral("b@example.com"))));
    const QStringList folders = QDir(m_dir->path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders.size(), 1);
    QFile broken(QDir(m_dir->path())
                     .filePath(folders.at(0) + QLatin1Char('/') + userB + QStringLiteral(".json")));
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write(content);
    broken.close();

    const QList<Draft> drafts = store.drafts(production);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.at(0).userId, userA);
    QVERIFY(!store.draft(production, userB));
}

void TestDrafts::invalidUserIsRefused()
{
    DraftStore store(m_dir->path());
    QString error;
    QVERIFY(!store.write(makeDraft(production, QStringLiteral("../../etc/passwd"), {}), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.write(makeDraft(QString(), userA, {}), &error));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 0);
    QVERIFY(!store.draft(production, QStringLiteral("../x")));
}

void TestDrafts::filesAreOwnerOnly()
{
    DraftStore store(m_dir->path());
    QVERIFY(store.write(makeDraft(production, userA, QStringLiteral("a@example.com"))));
    const QStringList folders = QDir(m_dir->path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders.size(), 1);
    const QString folder = QDir(m_dir->path()).filePath(folders.at(0));
    const QString file = QDir(folder).filePath(userA + QStringLiteral(".json"));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(file) & others, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(folder) & others, QFileDevice::Permissions());
}

void TestDrafts::defaultDirectoryIsUnderAppData()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!base.isEmpty());
    QVERIFY(DraftStore::defaultDirectory().startsWith(base));
}

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
