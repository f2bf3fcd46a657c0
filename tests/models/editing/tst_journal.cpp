// SPDX-License-Identifier: GPL-3.0-or-later

// ChangeJournal and ChangeJournalModel: appended entries survive a restart, a line cut short
// by a crash is skipped without losing the rest, two writers share one file, the table is
// newest first and filters by user, and the CSV export holds exactly the entries.

#include "models/editing/ChangeJournal.h"
#include "models/items/ChangeJournalModel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString userA = QStringLiteral("5d9218f71fad44000b0fb80a");
const QString userB = QStringLiteral("5d9218f71fad44000b0fb80b");

JournalEntry entry(const QString &user, const QString &field, const QJsonValue &before,
    const QJsonValue &after, int minute)
{
    JournalEntry e;
    e.time = QDateTime(QDate(2026, 3, 1), QTime(10, minute, 0), Qt::UTC);
    e.actor = QStringLiteral("Support desk (sub: staff-7)");
    e.server = QStringLiteral("https://api.example.com");
    e.userId = user;
    e.humanId = user == userA ? QStringLiteral("ZQK3YW") : QStringLiteral("AB12CD");
    e.userName = user == userA ? QStringLiteral("Ann Berg") : QStringLiteral("Bo Dahl");
    e.field = field;
    e.before = before;
    e.after = after;
    return e;
}

/// Splits CSV text (RFC 4180, as CsvWriter writes it) into records of fields.
QList<QStringList> parseCsv(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void entriesSurviveARestart();
    void entryRoundTrip_data();
    void entryRoundTrip();
    void cutShortLineIsSkipped();
    void twoWritersShareOneFile();
    void modelIsNewestFirst();
    void modelFiltersByUser();
    void modelFiltersByUserText_data();
    void modelFiltersByUserText();
    void csvExport();
    void unwritableFileKeepsEntriesInMemory();
    void fileIsOwnerOnly();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("journal.jsonl")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<ChangeJournalModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<ChangeJournal>(path());
    m_model = std::make_unique<ChangeJournalModel>(m_journal.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestJournal::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_journal.reset();
}

void TestJournal::entriesSurviveARestart()
{
    QVERIFY(m_journal->entries().isEmpty());
    const QList<JournalEntry> first {
        entry(
            userA, QStringLiteral("email"), QStringLiteral("a@x.no"), QStringLiteral("a@y.no"), 1),
        entry(userA, QStringLiteral("tags"), QJsonArray {}, QJsonArray {QStringLiteral("vip")}, 1),
    };
    QSignalSpy appended(m_journal.get(), &ChangeJournal::appended);
    QString error;
    QVERIFY2(m_journal->append(first, &error), qPrintable(error));
    QCOMPARE(appended.count(), 1);
    QVERIFY(m_journal->append({entry(userB, QStringLiteral("deleted"), false, true, 2)}));

    ChangeJournal again(path());
    QCOMPARE(again.entries().size(), 3);
    QCOMPARE(again.entries().at(0), first.at(0));
    QCOMPARE(again.entries().at(1), first.at(1));
    QCOMPARE(again.entries().at(2).field, QStringLiteral("deleted"));
    QCOMPARE(again.skippedLines(), 0);
}

void TestJournal::entryRoundTrip_data()
{
    QTest::addColumn<QJsonValue>("before");
    QTest::addColumn<QJsonValue>("after");
    QTest::newRow("text") << QJsonValue(QStringLiteral("Ann"))
                          << QJsonValue(QStringLiteral("Anna"));
    QTest::newRow("null to text") << QJsonValue(QJsonValue::Null)
                                  << QJsonValue(QStringLiteral("x"));
    QTest::newRow("missing to text")
        << QJsonValue(QJsonValue::Undefined) << QJsonValue(QStringLiteral("Dr"));
    QTest::newRow("list") << QJsonValue(QJsonArray {QStringLiteral("a")})
                          << QJsonValue(QJsonArray {QStringLiteral("a"), QStringLiteral("b")});
    QTest::newRow("object with unicode and newline")
        << QJsonValue(QJsonObject {{QStringLiteral("city"), QStringLiteral("Tromsø\nNord")}})
        << QJsonValue(QJsonObject {});
    QTest::newRow("bool") << QJsonValue(false) << QJsonValue(true);
}

void TestJournal::entryRoundTrip()
{
    QFETCH(QJsonValue, before);
    QFETCH(QJsonValue, after);
    const JournalEntry original = entry(userA, QStringLiteral("note"), before, after, 5);
    QVERIFY(m_journal->append({original}));
    ChangeJournal again(path());
    QCOMPARE(again.entries().size(), 1);
    const JournalEntry read = again.entries().at(0);
    QCOMPARE(read.time, original.time);
    QCOMPARE(read.before, before);
    QCOMPARE(read.after, after);
    QCOMPARE(read, original);
}

void TestJournal::cutShortLineIsSkipped()
{
    QVERIFY(m_journal->append(
        {entry(userA, QStringLiteral("email"), QStringLiteral("a"), QStringLiteral("b"), 1)}));
    {
        // A crash in the middle of a write leaves half a line.
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
        file.write("{\"time\":\"2026-03-01T10:02:00.000Z\",\"actor\":\"x\",\"fie");
    }
    ChangeJournal afterCrash(path());
    QCOMPARE(afterCrash.entries().size(), 1);
    QCOMPARE(afterCrash.skippedLines(), 1);
    // Appending after the damage starts on a line of its own: only the broken line is lost.
    QVERIFY(afterCrash.append({entry(
        userA, QStringLiteral("note"), QJsonValue(QJsonValue::Null), QStringLiteral("n"), 3)}));
    QVERIFY(afterCrash.append({entry(
        userA, QStringLiteral("bio"), QJsonValue(QJsonValue::Null), QStringLiteral("b"), 4)}));
    ChangeJournal reread(path());
    QCOMPARE(reread.skippedLines(), 1);
    QCOMPARE(reread.entries().size(), 3);
    QCOMPARE(reread.entries().at(0).field, QStringLiteral("email"));
    QCOMPARE(reread.entries().at(1).field, QStringLiteral("note"));
    QCOMPARE(reread.entries().at(2).field, QStringLiteral("bio"));
}

void TestJournal::twoWritersShareOneFile()
{
    ChangeJournal other(path());
    for (int i = 0; i < 20; ++i) {
        QVERIFY(m_journal->append({entry(userA, QStringLiteral("note"),
            QJsonValue(QJsonValue::Null), QStringLiteral("a%1").arg(i), i)}));
        QVERIFY(other.append({entry(userB, QStringLiteral("note"), QJsonValue(QJsonValue::Null),
            QStringLiteral("b%1").arg(i), i)}));
    }
    QCOMPARE(m_journal->entries().size(), 20); // only its own until it reloads
    m_journal->reload();
    QCOMPARE(m_journal->entries().size(), 40);
    QCOMPARE(m_journal->skippedLines(), 0);
    QCOMPARE(m_model->rowCount(), 40);
}

void TestJournal::modelIsNewestFirst()
{
    QVERIFY(m_journal->append({entry(userA, QStringLiteral("email"), QStringLiteral("old@x.no"),
        QStringLiteral("new@x.no"), 1)}));
    QVERIFY(m_journal->append({entry(
        userB, QStringLiteral("first_name"), QStringLiteral("Bo"), QStringLiteral("Bob"), 2)}));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(ChangeJournalModel::ColumnCount));
    QCOMPARE(m_model->index(0, ChangeJournalModel::Field).data().toString(),
        QStringLiteral("First name"));
    QCOMPARE(
        m_model->index(1, ChangeJournalModel::Field).data().toString(), QStringLiteral("Email"));
    QCOMPARE(m_model->index(0, ChangeJournalModel::User).data().toString(),
        QStringLiteral("Bo Dahl (AB12CD)"));
    QCOMPARE(m_model->index(1, ChangeJournalModel::Before).data().toString(),
        QStringLiteral("old@x.no"));
    QCOMPARE(
        m_model->index(1, ChangeJournalModel::After).data().toString(), QStringLiteral("new@x.no"));
    QCOMPARE(m_model->index(0, ChangeJournalModel::Time).data(ChangeJournalModel::RawValueRole),
        QVariant(QDateTime(QDate(2026, 3, 1), QTime(10, 2, 0), Qt::UTC)));
    QCOMPARE(m_model->index(1, ChangeJournalModel::Before).data(ChangeJournalModel::RawValueRole),
        QVariant(QStringLiteral("\"old@x.no\"")));
    QCOMPARE(m_model->headerData(ChangeJournalModel::Who, Qt::Horizontal).toString(),
        QStringLiteral("Who"));
}

void TestJournal::modelFiltersByUser()
{
    for (int i = 0; i < 3; ++i) {
        QVERIFY(m_journal->append({entry(userA, QStringLiteral("note"),
            QJsonValue(QJsonValue::Null), QStringLiteral("a%1").arg(i), i)}));
        QVERIFY(m_journal->append({entry(userB, QStringLiteral("note"),
            QJsonValue(QJsonValue::Null), QStringLiteral("b%1").arg(i), i)}));
    }
    m_model->setUserFilter(userB);
    QCOMPARE(m_model->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(m_model->index(row, 0).data(ChangeJournalModel::UserIdRole).toString(), userB);
    QCOMPARE(m_model->index(0, ChangeJournalModel::After).data().toString(), QStringLiteral("b2"));
    // New entries of other users stay out; this user's come in at the top.
    QVERIFY(m_journal->append({entry(
        userA, QStringLiteral("note"), QJsonValue(QJsonValue::Null), QStringLiteral("a9"), 9)}));
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(m_journal->append({entry(
        userB, QStringLiteral("note"), QJsonValue(QJsonValue::Null), QStringLiteral("b9"), 9)}));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(0, ChangeJournalModel::After).data().toString(), QStringLiteral("b9"));
    m_model->setUserFilter(QString());
    QCOMPARE(m_model->rowCount(), 8);
}

void TestJournal::modelFiltersByUserText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("onlyUser"); // setUserFilter() as well; empty: none
    QTest::addColumn<int>("rowsOfA");
    QTest::addColumn<int>("rowsOfB");
    QTest::addColumn<bool>("showsNewEntryOfA"); // an entry of user A appended afterwards
    QTest::newRow("empty shows all") << QString() << QString() << 2 << 3 << true;
    QTest::newRow("only spaces shows all") << QStringLiteral("   ") << QString() << 2 << 3 << true;
    QTest::newRow("part of a name") << QStringLiteral("berg") << QString() << 2 << 0 << true;
    QTest::newRow("name, other case, spaces")
        << QStringLiteral(" BO D ") << QString() << 0 << 3 << false;
    QTest::newRow("human id") << QStringLiteral("ab12cd") << QString() << 0 << 3 << false;
    QTest::newRow("_id") << userA << QString() << 2 << 0 << true;
    QTest::newRow("end of both ids") << QStringLiteral("0fb80") << QString() << 2 << 3 << true;
    QTest::newRow("no match") << QStringLiteral("nobody") << QString() << 0 << 0 << false;
    QTest::newRow("text and user filter") << QStringLiteral("0fb80") << userB << 0 << 3 << false;
    QTest::newRow("text excludes the user") << QStringLiteral("berg") << userB << 0 << 0 << false;
}

void TestJournal::modelFiltersByUserText()
{
    QFETCH(QString, text);
    QFETCH(QString, onlyUser);
    QFETCH(int, rowsOfA);
    QFETCH(int, rowsOfB);
    QFETCH(bool, showsNewEntryOfA);
    for (int i = 0; i < 3; ++i) {
        if (i < 2)
            QVERIFY(m_journal->append({entry(userA, QStringLiteral("title"),
                QJsonValue(QJsonValue::Null), QStringLiteral("a%1").arg(i), i)}));
        QVERIFY(m_journal->append({entry(userB, QStringLiteral("title"),
            QJsonValue(QJsonValue::Null), QStringLiteral("b%1").arg(i), i)}));
    }
    m_model->setUserFilter(onlyUser);
    m_model->setUserText(text);
    QCOMPARE(m_model->userText(), text.trimmed());
    int a = 0;
    int b = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString id = m_model->index(row, 0).data(ChangeJournalModel::UserIdRole).toString();
        a += id == userA;
        b += id == userB;
    }
    QCOMPARE(a, rowsOfA);
    QCOMPARE(b, rowsOfB);
    QCOMPARE(m_model->rowCount(), rowsOfA + rowsOfB);
    QCOMPARE(m_model->shownEntries().size(), qsizetype(rowsOfA + rowsOfB));
    // Appended entries go through the same filter.
    QVERIFY(m_journal->append({entry(
        userA, QStringLiteral("title"), QJsonValue(QJsonValue::Null), QStringLiteral("a9"), 9)}));
    QCOMPARE(m_model->rowCount(), rowsOfA + rowsOfB + (showsNewEntryOfA ? 1 : 0));
    if (showsNewEntryOfA)
        QCOMPARE(
            m_model->index(0, ChangeJournalModel::After).data().toString(), QStringLiteral("a9"));
    // Clearing both shows everything again.
    m_model->setUserText(QString());
    m_model->setUserFilter(QString());
    QCOMPARE(m_model->rowCount(), 6);
}

void TestJournal::csvExport()
{
    const QList<JournalEntry> entries {
        entry(userA, QStringLiteral("email"), QStringLiteral("a@x.no"),
            QStringLiteral("=HYPERLINK(\"evil\")"), 1),
        entry(userA, QStringLiteral("billing_address"),
            QJsonObject {{QStringLiteral("city"), QStringLiteral("Oslo, Norway")}},
            QJsonValue(QJsonValue::Null), 2),
    };
    QVERIFY(m_journal->append(entries));
    const QString file = m_dir->filePath(QStringLiteral("export.csv"));
    QString error;
    QVERIFY2(ChangeJournal::exportCsv(file, m_model->shownEntries(), &error), qPrintable(error));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(csv.readAll()));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0),
        QStringList({QStringLiteral("Time (UTC)"), QStringLiteral("Who"), QStringLiteral("Server"),
            QStringLiteral("User id"), QStringLiteral("Human id"), QStringLiteral("User"),
            QStringLiteral("Field"), QStringLiteral("Before"), QStringLiteral("After")}));
    // Newest first, as shown.
    QCOMPARE(records.at(1).at(0), QStringLiteral("2026-03-01T10:02:00.000Z"));
    QCOMPARE(records.at(1).at(6), QStringLiteral("billing_address"));
    QCOMPARE(records.at(1).at(7), QStringLiteral("{\"city\":\"Oslo, Norway\"}"));
    QCOMPARE(records.at(1).at(8), QStringLiteral("null"));
    QCOMPARE(records.at(2).at(1), QStringLiteral("Support desk (sub: staff-7)"));
    QCOMPARE(records.at(2).at(3), userA);
    QCOMPARE(records.at(2).at(4), QStringLiteral("ZQK3YW"));
    QCOMPARE(records.at(2).at(5), QStringLiteral("Ann Berg"));
    QCOMPARE(records.at(2).at(7), QStringLiteral("\"a@x.no\""));
    // JSON text of a string starts with a quote, so no spreadsheet formula can run.
    QCOMPARE(records.at(2).at(8), QStringLiteral("\"=HYPERLINK(\\\"evil\\\")\""));
}

void TestJournal::unwritableFileKeepsEntriesInMemory()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("blocked")));
    // A directory where the file should be: no file can be opened there.
    ChangeJournal journal(m_dir->filePath(QStringLiteral("blocked")));
    QString error;
    QVERIFY(!journal.append({entry(userA, QStringLiteral("note"), QJsonValue(QJsonValue::Null),
                                QStringLiteral("x"), 1)},
        &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(journal.entries().size(), 1);
}

void TestJournal::fileIsOwnerOnly()
{
    QVERIFY(m_journal->append({entry(
        userA, QStringLiteral("note"), QJsonValue(QJsonValue::Null), QStringLiteral("x"), 1)}));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(path()) & others, QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
