// SPDX-License-Identifier: GPL-3.0-or-later

// The paging machinery through its in-memory ingest path (the same path network replies
// take): list pages decoded with simdjson agree with the full codec (User::fromJson) on every
// recorded and crafted body, bad pages leave no row behind, stale pages are ignored, and
// decoded rows are coalesced into few inserts.

#include "models/codec/ExtendedJson.h"
#include "models/domain/User.h"
#include "models/items/UsersModel.h"
#include "tests/support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

QByteArray recordingBody(const QString &fileName)
{
    QFile file(testDataPath(QStringLiteral("recordings/") + fileName));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    const QJsonValue body = QJsonDocument::fromJson(file.readAll())
                                .object()
                                .value(QLatin1String("response"))
                                .toObject()
                                .value(QLatin1String("body"));
    const QJsonArray array = body.isArray() ? body.toArray() : QJsonArray {body};
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString hexId(int i)
{
    return QStringLiteral("5d9218f71fad4400%1").arg(i, 8, 16, QLatin1Char('0'));
}

/// A user shaped like the server's, with a few non-ASCII texts.
QJsonObject makeUser(int i)
{
    static const char *const firstNames[] = {"Kari", "Zoë", "Åse", "Jürgen", "Émile", "Ola"};
    static const char *const lastNames[] = {"Nordmann", "Østerås", "Müller", "Dubois", "Li"};
    QJsonObject user {
        {QStringLiteral("_cls"), QStringLiteral("User")},
        {QStringLiteral("_id"), QJsonObject {{QStringLiteral("$oid"), hexId(i)}}},
        {QStringLiteral("human_id"), QStringLiteral("H%1").arg(i, 5, 10, QLatin1Char('0'))},
        {QStringLiteral("first_name"), QString::fromUtf8(firstNames[i % 6])},
        {QStringLiteral("last_name"), QString::fromUtf8(lastNames[i % 5])},
        {QStringLiteral("email"), QStringLiteral("user%1@example.no").arg(i)},
        {QStringLiteral("mobile_phone_number"), QStringLiteral("+47%1").arg(40000000 + i)},
        {QStringLiteral("tags"),
            i % 3 == 0 ? QJsonArray {QStringLiteral("vip"), QStringLiteral("newsletter")}
                       : QJsonArray()},
        {QStringLiteral("created"),
            QJsonObject {{QStringLiteral("$date"), 1500000000000.0 + i * 60000.0}}},
        {QStringLiteral("deleted"), i % 7 == 0},
        {QStringLiteral("blocked"), i % 11 == 0},
        {QStringLiteral("roles"), QJsonArray {QStringLiteral("user")}},
        {QStringLiteral("addresses"),
            QJsonArray {QJsonObject {{QStringLiteral("city"), QStringLiteral("Oslo")},
                {QStringLiteral("geo"), QJsonArray {59.9, 10.7}}}}},
    };
    if (i % 4 != 0)
        user.insert(QStringLiteral("last_login"),
            QJsonObject {{QStringLiteral("$date"), 1600000000000.0 + i * 1000.0}});
    return user;
}

QByteArray makePage(int first, int count)
{
    QJsonArray users;
    for (int i = first; i < first + count; ++i)
        users.append(makeUser(i));
    return QJsonDocument(users).toJson(QJsonDocument::Compact);
}

PageInfo pageInfo(int page, int size, qint64 total)
{
    PageInfo info;
    info.page = page;
    info.size = size;
    info.total = total;
    return info;
}

QString joinedName(const User &user)
{
    if (user.lastName().isEmpty())
        return user.firstName();
    if (user.firstName().isEmpty())
        return user.lastName();
    return user.firstName() + QLatin1Char(' ') + user.lastName();
}

QVariant utc(const Timestamp &time)
{
    return time.isValid() ? QVariant(time.toDateTime()) : QVariant();
}

} // namespace

class TestPagedModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void agreesWithCodec_data();
    void agreesWithCodec();
    void failsLikeCodec_data();
    void failsLikeCodec();
    void badPageKeepsEarlierRows();
    void staleAndOutOfOrderPagesIgnored();
    void completeState_data();
    void completeState();
    void coalescesInserts();
    void manyRowsAcrossChunks();
    void longTexts();
    void sortWithoutClient();
    void displayRoles();
    void updateUser();

private:
    bool ingest(const QByteArray &body, int page = 0, qint64 total = -1, int size = 100);

    std::unique_ptr<UsersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPagedModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPagedModel::init()
{
    m_model = std::make_unique<UsersModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPagedModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

bool TestPagedModel::ingest(const QByteArray &body, int page, qint64 total, int size)
{
    return m_model->ingestPage(m_model->generation(), page, body, pageInfo(page, size, total));
}

void TestPagedModel::agreesWithCodec_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("recording GET /users") << recordingBody(QStringLiteral("get_users.json"));
    QTest::newRow("recording GET /users?size=2")
        << recordingBody(QStringLiteral("get_users_page_0_size_2.json"));
    QTest::newRow("recording POST /v2/users")
        << recordingBody(QStringLiteral("post_v2_users.json"));
    QTest::newRow("recording GET /users/{id}")
        << recordingBody(QStringLiteral("get_users_5d9218f71fad44000b0fb80a.json"));
    QTest::newRow("generated, non-ASCII") << makePage(0, 30);
    QTest::newRow("empty page") << QByteArray("[]");
    QTest::newRow("whitespace around") << QByteArray(" \n [ {\"_id\": {\"$oid\": "
                                                     "\"5d9218f71fad44000b0fb80a\"}} ] \n");
    QTest::newRow("every member null")
        << QByteArray(R"([{"_id": {"$oid": "5d9218f71fad44000b0fb80a"},
        "human_id": null, "first_name": null, "last_name": null, "email": null,
        "mobile_phone_number": null, "tags": null, "created": null, "last_login": null,
        "deleted": null, "blocked": null}])");
    QTest::newRow("every member empty text")
        << QByteArray(R"([{"_id": {"$oid": "5d9218f71fad44000b0fb80a"},
        "human_id": "", "first_name": "", "last_name": "", "email": "",
        "mobile_phone_number": "", "tags": "", "created": "", "last_login": "",
        "deleted": "", "blocked": ""}])");
    QTest::newRow("every member {}") << QByteArray(R"([{"_id": {"$oid": "5d9218f71fad44000b0fb80a"},
        "human_id": {}, "first_name": {}, "last_name": {}, "email": {},
        "mobile_phone_number": {}, "tags": {}, "created": {}, "last_login": {},
        "deleted": {}, "blocked": {}}])");
    QTest::newRow("every member []") << QByteArray(R"([{"_id": {"$oid": "5d9218f71fad44000b0fb80a"},
        "human_id": [], "first_name": [], "last_name": [], "email": [],
        "mobile_phone_number": [], "tags": [], "created": [], "last_login": [],
        "deleted": [], "blocked": []}])");
    QTest::newRow("numbers as text") << QByteArray(R"([{"_id": {"$oid": "5d9218f71fad44000b0fb80a"},
        "human_id": 12345, "first_name": 1.5, "last_name": -0.25, "email": 1e3,
        "mobile_phone_number": 4791234567}])");
    QTest::newRow("ids in tolerated forms") << QByteArray(R"([{"_id": "5D9218F71FAD44000B0FB80A"},
                          {"_id": {"$oid": "5D9218F71FAD44000B0FB80B"}}])");
    QTest::newRow("dates in tolerated forms") << QByteArray(R"([
        {"_id": {"$oid": "5d9218f71fad44000b0fb801"}, "created": {"$date": "2019-10-01T12:00:00Z"},
         "last_login": {"$date": {"$numberLong": "1569931200000"}}},
        {"_id": {"$oid": "5d9218f71fad44000b0fb802"}, "created": 1569931200000,
         "last_login": "2019-10-01T12:00:00.123+02:00"},
        {"_id": {"$oid": "5d9218f71fad44000b0fb803"}, "created": {"$date": " 1569931200000 "},
         "last_login": {"$date": 1569931200000.6}},
        {"_id": {"$oid": "5d9218f71fad44000b0fb804"}, "created": {"$date": "2019-10-01T12:00:00"},
         "last_login": {"$date": -1000}}])");
    QTest::newRow("booleans in tolerated forms") << QByteArray(R"([
        {"_id": {"$oid": "5d9218f71fad44000b0fb801"}, "deleted": "true", "blocked": 1},
        {"_id": {"$oid": "5d9218f71fad44000b0fb802"}, "deleted": " FALSE ", "blocked": "1"},
        {"_id": {"$oid": "5d9218f71fad44000b0fb803"}, "deleted": 0, "blocked": "True"}])");
    QTest::newRow("messy tags") << QByteArray(R"([{"_id": {"$oid": "5d9218f71fad44000b0fb80a"},
        "tags": ["vip", null, "", 7, {}, [], "\u00f8l"]},
        {"_id": {"$oid": "5d9218f71fad44000b0fb80b"}, "tags": [""]},
        {"_id": {"$oid": "5d9218f71fad44000b0fb80c"}, "tags": [null, {}]}])");
    QTest::newRow("unknown and expanded members") << QByteArray(R"([{"_cls": "User",
        "company": {"$oid": "5d36fd7ea2802f0010b1477b", "_id": {"$oid": "5d36fd7ea2802f0010b1477b"},
                    "name": "Shop", "nested": [1, {"a": [null, {"b": "c"}]}]},
        "_id": {"$oid": "5d9218f71fad44000b0fb80a"}, "voucher": {"uuid": "x", "created": {"$date": 1}},
        "default_payment_method": {"$oid": "5d94a55430fea9000aa52f38"}, "geo": [1.5, -2e10],
        "first_name": "Kari", "x": true, "y": false, "z": null}])");
    QTest::newRow("escapes and non-ASCII")
        << QByteArray(R"([{"_id": {"$oid": "5d9218f71fad44000b0fb80a"},
        "first_name": "Zo\u00eb \"Z\"", "last_name": "\u00d8ster\u00e5s \ud83d\ude00",
        "email": "a\\b\/c@x.no", "human_id": "\t", "mobile_phone_number": "+47 \u2012 9"}])");
    QTest::newRow("member order reversed") << QByteArray(R"([{"blocked": true, "deleted": true,
        "last_login": {"$date": 2}, "created": {"$date": 1}, "tags": ["b", "a"],
        "mobile_phone_number": "+4790000000", "email": "e@x.no", "last_name": "L",
        "first_name": "F", "human_id": "H", "_id": {"$oid": "5d9218f71fad44000b0fb80a"}}])");
}

void TestPagedModel::agreesWithCodec()
{
    QFETCH(QByteArray, body);
    const DecodeResult<QList<User>> expected = ExtendedJson::decodeArray<User>(body);
    QVERIFY2(expected.isOk(), qPrintable(expected.error().toString()));
    const QList<User> users = expected.value();

    QSignalSpy failed(m_model.get(), &PagedTableModel::loadFailed);
    QVERIFY(ingest(body, 0, users.size()));
    QCOMPARE(failed.count(), 0);
    m_model->flushStagedRows();
    QCOMPARE(m_model->rowCount(), int(users.size()));
    QVERIFY(m_model->isComplete());

    for (int row = 0; row < users.size(); ++row) {
        const User &user = users.at(row);
        auto raw = [&](int column) {
            return m_model->index(row, column).data(PagedTableModel::RawValueRole);
        };
        QCOMPARE(
            m_model->index(row, 0).data(PagedTableModel::IdRole).toString(), user.id().toString());
        QCOMPARE(m_model->userObjectId(row), user.id());
        QCOMPARE(raw(UsersModel::HumanId).toString(), user.humanId());
        QCOMPARE(raw(UsersModel::Name).toString(), joinedName(user));
        QCOMPARE(m_model->index(row, UsersModel::Name).data().toString(), joinedName(user));
        QCOMPARE(raw(UsersModel::Email).toString(), user.email());
        QCOMPARE(raw(UsersModel::Phone).toString(), user.mobilePhoneNumber());
        QCOMPARE(raw(UsersModel::Tags).toStringList(), user.tags());
        QCOMPARE(m_model->index(row, UsersModel::Tags).data().toString(),
            user.tags().join(QLatin1String(", ")));
        QCOMPARE(raw(UsersModel::Created), utc(user.created()));
        QCOMPARE(raw(UsersModel::LastLogin), utc(user.lastLogin()));
        const int flags = (user.isDeleted() ? UserRows::Deleted : 0)
            | (user.isBlocked() ? UserRows::Blocked : 0);
        QCOMPARE(raw(UsersModel::State).toInt(), flags);
        QCOMPARE(m_model->index(row, UsersModel::Email).data(UsersModel::FlagsRole).toInt(), flags);
        QCOMPARE(m_model->userFlags(row), flags);
        QCOMPARE(m_model->rowOf(user.id()), row);
    }
}

void TestPagedModel::failsLikeCodec_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("sameMessage");

    const QByteArray id = R"("_id": {"$oid": "5d9218f71fad44000b0fb80a"})";
    auto user = [&id](const char *members) -> QByteArray {
        return QByteArray("[{") + id + QByteArray(", ") + QByteArray(members) + QByteArray("}]");
    };
    QTest::newRow("object, not array")
        << QByteArray(R"({"_id": {"$oid": "5d9218f71fad44000b0fb80a"}})") << true;
    QTest::newRow("number, not array") << QByteArray("42") << false;
    QTest::newRow("invalid JSON") << QByteArray(R"([{"_id": ]}])") << false;
    QTest::newRow("cut off") << QByteArray(R"([{"_id": {"$oid": "5d9218f71fad44000b0fb80a"}})")
                             << false;
    QTest::newRow("two documents") << QByteArray("[][]") << false;
    QTest::newRow("empty body") << QByteArray() << false;
    QTest::newRow("invalid UTF-8") << QByteArray("[{\"first_name\": \"\xff\"}]") << false;
    QTest::newRow("element is a number") << QByteArray("[1]") << true;
    QTest::newRow("element is null") << QByteArray("[null]") << true;
    QTest::newRow("second element is text")
        << QByteArray(user("\"first_name\": \"A\"").chopped(1) + QByteArray(", \"x\"]")) << true;
    QTest::newRow("no _id") << QByteArray(R"([{"first_name": "Kari"}])") << true;
    QTest::newRow("_id empty") << QByteArray(R"([{"_id": ""}])") << true;
    QTest::newRow("_id null") << QByteArray(R"([{"_id": null}])") << true;
    QTest::newRow("_id not hex") << QByteArray(R"([{"_id": "5d9218f71fad44000b0fb8zz"}])") << true;
    QTest::newRow("_id short") << QByteArray(R"([{"_id": {"$oid": "5d92"}}])") << true;
    QTest::newRow("_id number") << QByteArray(R"([{"_id": 5}])") << true;
    QTest::newRow("_id with extra member")
        << QByteArray(R"([{"_id": {"$oid": "5d9218f71fad44000b0fb80a", "x": 1}}])") << true;
    QTest::newRow("first_name true") << user(R"("first_name": true)") << true;
    QTest::newRow("email object") << user(R"("email": {"a": 1})") << true;
    QTest::newRow("phone list") << user(R"("mobile_phone_number": ["+4790000000"])") << true;
    QTest::newRow("human_id false") << user(R"("human_id": false)") << true;
    QTest::newRow("tags text") << user(R"("tags": "vip")") << true;
    QTest::newRow("tags number") << user(R"("tags": 3)") << true;
    QTest::newRow("tags element true") << user(R"("tags": ["a", true])") << true;
    QTest::newRow("tags element object") << user(R"("tags": ["a", "b", {"x": 1}])") << true;
    QTest::newRow("created words") << user(R"("created": "yesterday")") << true;
    QTest::newRow("created $date true") << user(R"("created": {"$date": true})") << true;
    QTest::newRow("created $date null") << user(R"("created": {"$date": null})") << true;
    QTest::newRow("created extra member") << user(R"("created": {"$date": 1, "x": 2})") << true;
    QTest::newRow("created other object") << user(R"("created": {"when": 1})") << true;
    QTest::newRow("created bad $numberLong")
        << user(R"("created": {"$date": {"$numberLong": "x"}})") << true;
    QTest::newRow("last_login out of range") << user(R"("last_login": 1e300)") << true;
    QTest::newRow("last_login list") << user(R"("last_login": [1])") << true;
    QTest::newRow("deleted yes") << user(R"("deleted": "yes")") << true;
    QTest::newRow("blocked 2") << user(R"("blocked": 2)") << true;
    QTest::newRow("blocked object") << user(R"("blocked": {"a": true})") << true;
    // Several bad members: the one User::fromJson reads first is named, whatever the order.
    QTest::newRow("two bad members") << user(R"("email": true, "first_name": true)") << true;
    QTest::newRow("bad member and no _id")
        << QByteArray(R"([{"deleted": "maybe", "human_id": 1, "email": []}, {"x": 1}])") << true;
    QTest::newRow("bad _id after bad member")
        << QByteArray(R"([{"human_id": true, "_id": 7}])") << true;
    QTest::newRow("bad third element")
        << QByteArray(QByteArray("[") + makePage(0, 2).mid(1).chopped(1)
               + QByteArray(", {\"_id\": {\"$oid\": \"5d9218f71fad44000b0fb80c\"}, "
                            "\"tags\": [[\"x\"]]}]"))
        << true;
}

void TestPagedModel::failsLikeCodec()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, sameMessage);
    const DecodeResult<QList<User>> expected = ExtendedJson::decodeArray<User>(body);
    QVERIFY2(!expected.isOk(), "the codec accepts this body");

    QSignalSpy failed(m_model.get(), &PagedTableModel::loadFailed);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(!m_model->ingestPage(
        m_model->generation(), 0, body, pageInfo(0, 100, 3), QStringLiteral("api.example.com")));
    QCOMPARE(failed.count(), 1);
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::MalformedBody);
    QCOMPARE(error.host(), QStringLiteral("api.example.com"));
    QCOMPARE(error.field(), expected.error().field);
    if (sameMessage)
        QCOMPARE(error.detail(), expected.error().message);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(m_model->hasFailed());
    QCOMPARE(m_model->lastError(), error);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->stagedCount(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->totalCount(), qint64(-1));
}

void TestPagedModel::badPageKeepsEarlierRows()
{
    QVERIFY(ingest(makePage(0, 100), 0, 300));
    QCOMPARE(m_model->rowCount(), 100);

    // Page 1 fails on its 58th user, after 57 users and their texts were already stored.
    QJsonArray broken = QJsonDocument::fromJson(makePage(100, 100)).array();
    QJsonObject bad = broken.at(57).toObject();
    bad.insert(QStringLiteral("email"), QJsonArray {QStringLiteral("x@y.no")});
    broken.replace(57, bad);
    QVERIFY(!ingest(QJsonDocument(broken).toJson(QJsonDocument::Compact), 1, 300));
    QCOMPARE(m_model->lastError().field(), QStringLiteral("[57].email"));
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QCOMPARE(m_model->stagedCount(), 0);
    QCOMPARE(m_model->rowCount(), 100);

    // The same page, now well-formed, is still the next one; texts stored before and after
    // the failed page are intact.
    QVERIFY(ingest(makePage(100, 100), 1, 300));
    QVERIFY(!m_model->hasFailed());
    m_model->flushStagedRows();
    QCOMPARE(m_model->rowCount(), 200);
    for (const int row : {0, 99, 100, 157, 199}) {
        const QJsonObject user = makeUser(row);
        QCOMPARE(m_model->userId(row), hexId(row));
        QCOMPARE(m_model->index(row, UsersModel::Email).data().toString(),
            user.value(QLatin1String("email")).toString());
        QCOMPARE(m_model->index(row, UsersModel::Name).data().toString(),
            user.value(QLatin1String("first_name")).toString() + QLatin1Char(' ')
                + user.value(QLatin1String("last_name")).toString());
    }
}

void TestPagedModel::staleAndOutOfOrderPagesIgnored()
{
    const quint64 first = m_model->generation();
    QVERIFY(ingest(makePage(0, 100), 0, 1000));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->reload(); // no client: drops the rows, fetches nothing
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), qint64(-1));
    QVERIFY(m_model->generation() != first);
    QVERIFY(!m_model->isLoading());

    // A late page of the old query, and pages out of order, change nothing.
    QVERIFY(!m_model->ingestPage(first, 1, makePage(100, 100), pageInfo(1, 100, 1000)));
    QVERIFY(!m_model->ingestPage(first, 0, makePage(0, 100), pageInfo(0, 100, 1000)));
    QVERIFY(!ingest(makePage(100, 100), 1, 1000));
    QVERIFY(!ingest(makePage(100, 100), 5, 1000));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->stagedCount(), 0);
    QCOMPARE(m_model->totalCount(), qint64(-1));
    QVERIFY(!m_model->hasFailed());

    QVERIFY(ingest(makePage(500, 100), 0, 1000));
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(m_model->userId(0), hexId(500));
}

void TestPagedModel::completeState_data()
{
    QTest::addColumn<QList<int>>("pageRows");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<bool>>("completeAfter");

    QTest::newRow("total 250") << QList<int> {100, 100, 50} << qint64(250)
                               << QList<bool> {false, false, true};
    QTest::newRow("total 200") << QList<int> {100, 100} << qint64(200) << QList<bool> {false, true};
    QTest::newRow("total 0") << QList<int> {0} << qint64(0) << QList<bool> {true};
    QTest::newRow("no total, short page")
        << QList<int> {100, 30} << qint64(-1) << QList<bool> {false, true};
    QTest::newRow("no total, empty page")
        << QList<int> {100, 0} << qint64(-1) << QList<bool> {false, true};
    QTest::newRow("total grew") << QList<int> {100, 100, 100} << qint64(1000)
                                << QList<bool> {false, false, false};
}

void TestPagedModel::completeState()
{
    QFETCH(QList<int>, pageRows);
    QFETCH(qint64, total);
    QFETCH(QList<bool>, completeAfter);

    QSignalSpy totals(m_model.get(), &PagedTableModel::totalCountChanged);
    int first = 0;
    for (int page = 0; page < pageRows.size(); ++page) {
        QVERIFY(ingest(makePage(first, pageRows.at(page)), page, total));
        first += pageRows.at(page);
        QCOMPARE(m_model->isComplete(), completeAfter.at(page));
        QCOMPARE(m_model->totalCount(), total);
    }
    QCOMPARE(totals.count(), total == -1 ? 0 : 1);
    m_model->flushStagedRows();
    QCOMPARE(m_model->rowCount(), first);
    QCOMPARE(m_model->loadedCount(), first);
}

void TestPagedModel::coalescesInserts()
{
    m_model->setFlushInterval(60000);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy loaded(m_model.get(), &PagedTableModel::loadedCountChanged);

    // The first rows of a query are shown at once ...
    QVERIFY(ingest(makePage(0, 100), 0, 1000));
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(inserted.count(), 1);

    // ... later pages wait for the next flush and arrive in one insert.
    QVERIFY(ingest(makePage(100, 100), 1, 1000));
    QVERIFY(ingest(makePage(200, 100), 2, 1000));
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(m_model->stagedCount(), 200);
    QCOMPARE(inserted.count(), 1);

    // A shorter interval takes effect for rows already waiting.
    m_model->setFlushInterval(20);
    QTRY_COMPARE(m_model->rowCount(), 300);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 100);
    QCOMPARE(inserted.at(1).at(2).toInt(), 299);

    QTest::qWait(30);
    QVERIFY(ingest(makePage(300, 100), 3, 1000)); // longer than the interval since the flush
    QCOMPARE(m_model->rowCount(), 400);
    QCOMPARE(inserted.count(), 3);

    m_model->setFlushInterval(500);
    QVERIFY(ingest(makePage(400, 100), 4, 1000)); // within the interval: by the timer
    QVERIFY(ingest(makePage(500, 100), 5, 1000));
    QCOMPARE(m_model->rowCount(), 400);
    QTRY_COMPARE(m_model->rowCount(), 600);
    QCOMPARE(inserted.count(), 4);
    QCOMPARE(loaded.count(), 4);
    QCOMPARE(loaded.last().at(0).toInt(), 600);
    QCOMPARE(m_model->userId(599), hexId(599));

    // Staged rows do not survive a new query.
    m_model->setFlushInterval(60000);
    QVERIFY(ingest(makePage(600, 100), 6, 1000));
    QCOMPARE(m_model->stagedCount(), 100);
    m_model->reload();
    QCOMPARE(m_model->stagedCount(), 0);
    QCOMPARE(m_model->rowCount(), 0);
    QTest::qWait(50);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestPagedModel::manyRowsAcrossChunks()
{
    // 5,000 rows in pages of 1,000 cross many chunks of rows and of text.
    m_model->setFlushInterval(60000);
    for (int page = 0; page < 5; ++page)
        QVERIFY(ingest(makePage(page * 1000, 1000), page, 5000, 1000));
    QVERIFY(m_model->isComplete());
    m_model->flushStagedRows();
    QCOMPARE(m_model->rowCount(), 5000);
    for (const int row : {0, 511, 512, 513, 1023, 1024, 2047, 4095, 4096, 4999}) {
        const QJsonObject user = makeUser(row);
        QCOMPARE(m_model->userId(row), hexId(row));
        QCOMPARE(m_model->index(row, UsersModel::HumanId).data().toString(),
            user.value(QLatin1String("human_id")).toString());
        QCOMPARE(m_model->index(row, UsersModel::Phone).data().toString(),
            user.value(QLatin1String("mobile_phone_number")).toString());
    }
    // Compact: well under the budget of 1 KB per user (rows + texts).
    QVERIFY2(m_model->storageBytes() / 5000 < 300,
        qPrintable(QString::number(m_model->storageBytes() / 5000)));
}

void TestPagedModel::longTexts()
{
    // Texts longer than an arena chunk (64 KiB) get a chunk of their own.
    const QString longName = QString(100000, QChar(0x00e5)); // 200,000 bytes of UTF-8
    QJsonArray users;
    for (int i = 0; i < 3; ++i) {
        QJsonObject user = makeUser(i);
        if (i == 1)
            user.insert(QStringLiteral("first_name"), longName);
        users.append(user);
    }
    QVERIFY(ingest(QJsonDocument(users).toJson(QJsonDocument::Compact), 0, 3));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(1, UsersModel::Name).data().toString(),
        longName + QStringLiteral(" Østerås"));
    QCOMPARE(
        m_model->index(2, UsersModel::Email).data().toString(), QStringLiteral("user2@example.no"));
    QCOMPARE(
        m_model->index(0, UsersModel::Email).data().toString(), QStringLiteral("user0@example.no"));
}

void TestPagedModel::sortWithoutClient()
{
    QCOMPARE(m_model->sortColumn(), int(UsersModel::Created));
    QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);
    QVERIFY(ingest(makePage(0, 100), 0, 1000));

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy sortChanged(m_model.get(), &PagedTableModel::sortChanged);
    for (const int column : {int(UsersModel::Tags), int(UsersModel::State), 99, -1}) {
        QVERIFY(!m_model->isSortable(column));
        m_model->sort(column, Qt::AscendingOrder);
    }
    m_model->sort(UsersModel::Created, Qt::DescendingOrder); // the sort in force
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(sortChanged.count(), 5);
    QCOMPARE(sortChanged.last().at(0).toInt(), int(UsersModel::Created));
    QCOMPARE(sortChanged.last().at(1).value<Qt::SortOrder>(), Qt::DescendingOrder);

    m_model->sort(UsersModel::Email, Qt::AscendingOrder);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->sortColumn(), int(UsersModel::Email));
    QCOMPARE(m_model->sortOrder(), Qt::AscendingOrder);
    QVERIFY(!m_model->isLoading());
}

void TestPagedModel::displayRoles()
{
    m_model->setDisplayLocale(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    PagedTableModel::Colors colors;
    colors.inactive = QColor(Qt::red);
    m_model->setColors(colors);
    QVERIFY(ingest(makePage(0, 30), 0, 30));
    QCOMPARE(m_model->columnCount(), int(UsersModel::ColumnCount));
    QCOMPARE(m_model->columnCount(m_model->index(0, 0)), 0);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    for (int column = 0; column < UsersModel::ColumnCount; ++column) {
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(m_model->index(0, column).flags().testFlag(Qt::ItemIsSelectable));
        QVERIFY(!m_model->index(0, column).flags().testFlag(Qt::ItemIsEditable));
    }
    const QLocale norwegian(QLocale::NorwegianBokmal, QLocale::Norway);
    for (int row = 0; row < 30; ++row) {
        const QJsonObject user = makeUser(row);
        const qint64 created = qint64(user.value(QLatin1String("created"))
                                          .toObject()
                                          .value(QLatin1String("$date"))
                                          .toDouble());
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(created).toLocalTime();
        QCOMPARE(m_model->index(row, UsersModel::Created).data().toString(),
            norwegian.toString(local, QLocale::ShortFormat));
        QCOMPARE(m_model->index(row, UsersModel::Created).data(Qt::ToolTipRole).toString(),
            norwegian.toString(local, QLocale::LongFormat));
        const bool hasLogin = row % 4 != 0;
        QCOMPARE(m_model->index(row, UsersModel::LastLogin).data().toString().isEmpty(), !hasLogin);
        QCOMPARE(m_model->index(row, UsersModel::LastLogin)
                     .data(PagedTableModel::RawValueRole)
                     .isValid(),
            hasLogin);
        const bool deleted = row % 7 == 0;
        const bool blocked = row % 11 == 0;
        const QVariant foreground = m_model->index(row, UsersModel::Name).data(Qt::ForegroundRole);
        QCOMPARE(foreground.isValid(), deleted);
        if (deleted)
            QCOMPARE(foreground.value<QBrush>().color(), QColor(Qt::red));
        const QString state = m_model->index(row, UsersModel::State).data().toString();
        QVERIFY(!state.isEmpty());
        QCOMPARE(
            state == m_model->index(1, UsersModel::State).data().toString(), !deleted && !blocked);
        for (int column = 0; column < UsersModel::ColumnCount; ++column)
            QCOMPARE(
                m_model->index(row, column).data(PagedTableModel::IdRole).toString(), hexId(row));
    }
    QCOMPARE(m_model->index(0, UsersModel::Tags).data(Qt::ToolTipRole).toString(),
        QStringLiteral("vip\nnewsletter"));
    QCOMPARE(m_model->index(0, UsersModel::Created)
                 .data(PagedTableModel::RawValueRole)
                 .toDateTime()
                 .timeSpec(),
        Qt::UTC);
    QCOMPARE(m_model->userId(30), QString());
    QCOMPARE(m_model->userId(-1), QString());
    QVERIFY(!m_model->index(0, 0).data(Qt::UserRole + 200).isValid());
    const QHash<int, QByteArray> roles = m_model->roleNames();
    QCOMPARE(roles.value(PagedTableModel::RawValueRole), QByteArray("rawValue"));
    QCOMPARE(roles.value(PagedTableModel::IdRole), QByteArray("id"));
    QCOMPARE(roles.value(UsersModel::FlagsRole), QByteArray("flags"));
}

void TestPagedModel::updateUser()
{
    QVERIFY(ingest(makePage(0, 10), 0, 10));
    QJsonObject json = makeUser(4);
    json.insert(QStringLiteral("first_name"), QStringLiteral("Zoë"));
    json.insert(QStringLiteral("tags"), QJsonArray {QStringLiteral("b2b")});
    json.insert(QStringLiteral("deleted"), true);
    const DecodeResult<User> user = User::fromJson(json);
    QVERIFY(user.isOk());

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->updateUser(user.value()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 4);
    QCOMPARE(m_model->index(4, UsersModel::Name).data().toString(), QStringLiteral("Zoë Li"));
    QCOMPARE(m_model->index(4, UsersModel::Tags).data(PagedTableModel::RawValueRole).toStringList(),
        QStringList {QStringLiteral("b2b")});
    QVERIFY(m_model->userFlags(4) & UserRows::Deleted);
    QCOMPARE(
        m_model->index(3, UsersModel::Name).data().toString(), QStringLiteral("Jürgen Dubois"));

    const DecodeResult<User> stranger = User::fromJson(makeUser(77));
    QVERIFY(!m_model->updateUser(stranger.value()));
    QCOMPARE(changed.count(), 1);
}

QTEST_MAIN(TestPagedModel)
#include "tst_pagedmodel.moc"
