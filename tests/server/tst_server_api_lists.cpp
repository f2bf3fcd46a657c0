// SPDX-License-Identifier: GPL-3.0-or-later
// The lists of the real builton-server over loopback: paging edges, sorting on every
// documented field in both directions, users search, tags, include_deleted, date ranges and
// status filters. Every expectation is computed here from the full data set (every document
// of every collection, fetched once with include_deleted=true), following docs/API.md and
// the choices of docs/SERVER.md: strings sort by their UTF-8 bytes, missing values first
// when ascending, ties broken by _id in the same direction.

#include "SearchOracle.h"
#include "tst_server_api_common.h"

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace ApiTest;

namespace {

QString text(const QJsonObject &doc, const char *key)
{
    return doc.value(QLatin1String(key)).toString();
}

bool hasTags(const QJsonObject &u, const QStringList &tags)
{
    QSet<QString> own;
    for (const QJsonValue &t : u.value(QLatin1String("tags")).toArray())
        own.insert(t.toString());
    for (const QString &t : tags) {
        if (!own.contains(t))
            return false;
    }
    return true;
}

/// from <= t < to + 1 (seconds, t with its milliseconds); documents without the date never
/// match a range.
bool inRange(const QJsonObject &doc, const QString &field, std::optional<qint64> from,
    std::optional<qint64> to)
{
    const std::optional<qint64> t = dateOf(doc, field);
    if (!t)
        return !from && !to;
    return (!from || *t >= *from * 1000) && (!to || *t < (*to + 1) * 1000);
}

} // namespace

class TestServerApiLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void paging_data();
    void paging();
    void pageAndSizeDefaults();
    void badParameters_data();
    void badParameters();

    void sorting_data();
    void sorting();
    void search_data();
    void search();
    void searchOutsideTheBasicPlane();
    void tags_data();
    void tags();
    void includeDeleted_data();
    void includeDeleted();
    void orderFilters_data();
    void orderFilters();
    void orderPlanner_data();
    void orderPlanner();
    void subscriptionFilters_data();
    void subscriptionFilters();
    void paymentMethodFilters_data();
    void paymentMethodFilters();

private:
    void addRow(const QString &name, const QByteArray &target, const QStringList &expected,
        bool asUser = false)
    {
        QTest::newRow(qPrintable(name)) << target << expected << asUser;
    }
    void addColumns()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("asUser");
    }
    void checkList();
    QJsonArray live(const QJsonArray &docs) const
    {
        return filtered(docs, [](const QJsonObject &d) { return !isDeleted(d); });
    }
    QJsonArray ownedBy(const QJsonArray &docs, const QString &userId) const
    {
        return filtered(docs, [&userId](const QJsonObject &d) {
            return refOf(d.value(QLatin1String("user"))) == userId;
        });
    }

    TestServer m_server;
    QJsonArray m_users; ///< every user, deleted ones too
    QJsonArray m_orders;
    QJsonArray m_subscriptions;
    QJsonArray m_paymentMethods;
};

void TestServerApiLists::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 200;
    options.orders = 1200; // more than one page of 1000
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    QString error;
    m_users = fetchAll(m_server, "/users?include_deleted=true", staff(m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_orders = fetchAll(m_server, "/orders?include_deleted=true", staff(m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_subscriptions
        = fetchAll(m_server, "/subscriptions?include_deleted=true", staff(m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_paymentMethods
        = fetchAll(m_server, "/payment_methods?include_deleted=true", staff(m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The data has what the rows below need: deleted documents in every collection.
    for (const QJsonArray *docs : {&m_users, &m_orders, &m_subscriptions, &m_paymentMethods}) {
        QVERIFY(!docs->isEmpty());
        QVERIFY(live(*docs).size() < docs->size());
    }
    QCOMPARE(m_users.size(), 200);
    QCOMPARE(m_orders.size(), 1200);
}

void TestServerApiLists::checkList()
{
    QFETCH(QByteArray, target);
    QFETCH(QStringList, expected);
    QFETCH(bool, asUser);
    QString error;
    qint64 total = -1;
    const QJsonArray got
        = fetchAll(m_server, target, asUser ? user(m_server) : staff(m_server), &error, &total);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(total, qint64(expected.size()));
    const QStringList ids = idsOf(got);
    if (ids != expected) {
        // Say where they part, rather than printing two long lists.
        qsizetype i = 0;
        while (i < ids.size() && i < expected.size() && ids.at(i) == expected.at(i))
            ++i;
        QFAIL(qPrintable(QStringLiteral("%1: first difference at %2 of %3: got %4, expected %5")
                             .arg(QString::fromLatin1(target))
                             .arg(i)
                             .arg(expected.size())
                             .arg(ids.value(i), expected.value(i))));
    }
}

// ---- paging ----------------------------------------------------------------------------

void TestServerApiLists::paging_data()
{
    QTest::addColumn<QByteArray>("route");
    QTest::addColumn<int>("size");

    for (const char *route : {"/users", "/orders", "/subscriptions", "/payment_methods"}) {
        for (int size : {1, 7, 50, 1000}) {
            QTest::newRow(
                qPrintable(QStringLiteral("%1 size %2").arg(QLatin1String(route)).arg(size)))
                << QByteArray(route) << size;
        }
    }
}

void TestServerApiLists::paging()
{
    QFETCH(QByteArray, route);
    QFETCH(int, size);
    const QJsonArray &all = route == "/users" ? m_users
        : route == "/orders"                  ? m_orders
        : route == "/subscriptions"           ? m_subscriptions
                                              : m_paymentMethods;
    const QStringList expected = newestFirst(live(all));
    const qint64 total = expected.size();
    const qint64 pages = (total + size - 1) / size;
    QVERIFY(pages >= 1);
    // First, middle and last page (partial when size does not divide total), then past
    // the end: an empty array with the same total.
    QList<qint64> which {0, pages / 2, pages - 1, pages, pages + 1, 999999};
    if (size == 1)
        which << 1 << total - 2;
    for (const qint64 page : std::as_const(which)) {
        const TestHttpResponse r = TestHttp::get(
            url(m_server,
                route + "?size=" + QByteArray::number(size) + "&page=" + QByteArray::number(page)),
            staff(m_server));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-Pagination-Total").toLongLong(), total);
        QVERIFY(r.json().isArray());
        const QStringList want = expected.mid(page * size, size);
        QCOMPARE(idsOf(r.json().array()), want);
        if (page >= pages)
            QCOMPARE(r.body, QByteArray("[]"));
    }
}

void TestServerApiLists::pageAndSizeDefaults()
{
    const QStringList expected = newestFirst(live(m_users));
    for (const QByteArray &target : {QByteArray("/users"), QByteArray("/users?page=0"),
             QByteArray("/users?size=10"), QByteArray("/users?foo=bar&sdk=4.2.4"),
             QByteArray("/users?size=10&size=1000"), QByteArray("/users?sort=")}) {
        const TestHttpResponse r = TestHttp::get(url(m_server, target), staff(m_server));
        QCOMPARE(r.status, 200);
        QCOMPARE(idsOf(r.json().array()), expected.mid(0, 10));
    }
    const TestHttpResponse second = TestHttp::get(url(m_server, "/users?page=1"), staff(m_server));
    QCOMPARE(idsOf(second.json().array()), expected.mid(10, 10));
}

void TestServerApiLists::badParameters_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("asUser");
    QTest::addColumn<QString>("field");

    const QList<QPair<QByteArray, bool>> routes {{"/users?", false},
        {"/users/search?query=a&", false}, {"/orders?", false}, {"/subscriptions?", false},
        {"/payment_methods?", false}, {"/users/me/orders?", true},
        {"/users/me/subscriptions?", true}, {"/users/me/payment_methods?", true}};
    const QList<QPair<const char *, const char *>> bad {{"size", "1001"}, {"size", "0"},
        {"size", "-1"}, {"size", "ten"}, {"size", "1.5"}, {"size", ""}, {"size", "1e3"},
        {"size", "0x10"}, {"size", "99999999999999999999"}, {"size", "%2010"}, {"page", "-1"},
        {"page", "x"}, {"page", "1.0"}, {"page", ""}, {"page", "99999999999999999999"},
        {"sort", "password"}, {"sort", "-"}, {"sort", "total_amount,created"},
        {"sort", "%2Bunknown"}, {"include_deleted", "perhaps"}, {"include_deleted", "2"}};
    for (const auto &route : routes) {
        for (const auto &b : bad) {
            QTest::newRow(qPrintable(QString::fromLatin1(route.first + b.first + '=' + b.second)))
                << QByteArray(route.first + b.first + '=' + b.second) << route.second
                << QString::fromLatin1(b.first);
        }
    }
    // Sort fields of another list
    QTest::newRow("users by total_amount")
        << QByteArray("/users?sort=total_amount") << false << QStringLiteral("sort");
    QTest::newRow("orders by email")
        << QByteArray("/orders?sort=-email") << false << QStringLiteral("sort");
    QTest::newRow("subscriptions by currency")
        << QByteArray("/subscriptions?sort=currency") << false << QStringLiteral("sort");
    QTest::newRow("payment methods by human_id")
        << QByteArray("/payment_methods?sort=human_id") << false << QStringLiteral("sort");
    QTest::newRow("users by a field that is not sortable")
        << QByteArray("/users?sort=note") << false << QStringLiteral("sort");
    // Date parameters
    for (const char *route : {"/orders?", "/payment_methods?", "/users/me/orders?"}) {
        const bool asUser = QByteArray(route).startsWith("/users/me");
        for (const char *b : {"from_date=1.5", "from_date=yesterday", "from_date=", "to_date=1e9",
                 "to_date=100000000001", "from_date=-100000000001", "to_date=1700000000000000",
                 "date_field=deleted", "date_field=", "date_field=CREATED"}) {
            const QByteArray target = QByteArray(route) + b;
            QTest::newRow(target.constData())
                << target << asUser << QString::fromLatin1(QByteArray(b).split('=').at(0));
        }
    }
    QTest::newRow("payment methods by delivery_time")
        << QByteArray("/payment_methods?date_field=delivery_time") << false
        << QStringLiteral("date_field");
    QTest::newRow("search without a query")
        << QByteArray("/users/search") << false << QStringLiteral("query");
    QTest::newRow("search with a query of 1001 characters")
        << QByteArray("/users/search?query=" + QByteArray(1001, 'a')) << false
        << QStringLiteral("query");
}

void TestServerApiLists::badParameters()
{
    QFETCH(QByteArray, target);
    QFETCH(bool, asUser);
    QFETCH(QString, field);
    const TestHttpResponse r
        = TestHttp::get(url(m_server, target), asUser ? user(m_server) : staff(m_server));
    const QString problem = errorProblem(r, 400, field);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// ---- sorting ---------------------------------------------------------------------------

void TestServerApiLists::sorting_data()
{
    addColumns();
    struct List
    {
        const char *route;
        const QJsonArray *docs;
        QStringList fields;
    };
    const QList<List> lists {
        {"/users", &m_users,
            {QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("last_login"),
                QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                QStringLiteral("human_id"), QStringLiteral("mobile_phone_number")}},
        {"/orders", &m_orders,
            {QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("delivery_time"),
                QStringLiteral("human_id"), QStringLiteral("total_amount"),
                QStringLiteral("order_status"), QStringLiteral("delivery_status"),
                QStringLiteral("currency")}},
        {"/subscriptions", &m_subscriptions,
            {QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("name"),
                QStringLiteral("status"), QStringLiteral("starting_date"),
                QStringLiteral("ending_date"), QStringLiteral("human_id")}},
        {"/payment_methods", &m_paymentMethods,
            {QStringLiteral("created"), QStringLiteral("modified")}},
    };
    for (const List &list : lists) {
        for (const QString &field : list.fields) {
            // A subscription's "modified" may be called "updated" (docs/API.md).
            auto key = [field](const QJsonObject &d) {
                const QJsonValue v = d.value(field);
                if (v.isUndefined() && field == QLatin1String("modified"))
                    return d.value(QLatin1String("updated"));
                return v;
            };
            const QJsonArray docs = live(*list.docs);
            const QByteArray route(list.route);
            addRow(QString::fromLatin1(route) + QStringLiteral(" ascending ") + field,
                route + "?sort=" + field.toLatin1(), expectedOrder(docs, key, false));
            addRow(QString::fromLatin1(route) + QStringLiteral(" descending ") + field,
                route + "?sort=-" + field.toLatin1(), expectedOrder(docs, key, true));
        }
    }
    // "+field" is ascending too, and include_deleted keeps the order rules.
    auto createdKey = [](const QJsonObject &d) {
        return d.value(QLatin1String("created"));
    };
    auto firstNameKey = [](const QJsonObject &d) {
        return d.value(QLatin1String("first_name"));
    };
    addRow(QStringLiteral("users +first_name"), "/users?sort=%2Bfirst_name",
        expectedOrder(live(m_users), firstNameKey, false));
    addRow(QStringLiteral("users with deleted, -email"), "/users?include_deleted=true&sort=-email",
        expectedOrder(
            m_users, [](const QJsonObject &d) { return d.value(QLatin1String("email")); }, true));
    addRow(QStringLiteral("orders with deleted, created"),
        "/orders?include_deleted=true&sort=created", expectedOrder(m_orders, createdKey, false));
    // A user's own lists sort the same way.
    const QString me = m_server.credentials().userId;
    addRow(QStringLiteral("my orders by total_amount"), "/users/me/orders?sort=total_amount",
        expectedOrder(
            live(ownedBy(m_orders, me)),
            [](const QJsonObject &d) { return d.value(QLatin1String("total_amount")); }, false),
        true);
    addRow(QStringLiteral("my orders by -delivery_time"), "/users/me/orders?sort=-delivery_time",
        expectedOrder(
            live(ownedBy(m_orders, me)),
            [](const QJsonObject &d) { return d.value(QLatin1String("delivery_time")); }, true),
        true);
}

void TestServerApiLists::sorting()
{
    checkList();
}

// ---- users search ----------------------------------------------------------------------

void TestServerApiLists::search_data()
{
    addColumns();
    // docs/SERVER.md, "Search": letters folded, words in any order, phone numbers as digits,
    // exact matches first (SearchOracle.h; tst_server_search covers it row by row).
    const QJsonArray users = live(m_users);
    auto expect = [&](const QString &query, const QJsonArray &from) {
        return SearchOracle::expectedIds(from, query);
    };
    auto row = [&](const QString &name, const QString &query) {
        const QStringList expected = expect(query, users);
        addRow(name + QStringLiteral(" (%1 matches)").arg(expected.size()),
            "/users/search?query=" + enc(query), expected);
    };

    // Pick real values from the data.
    QJsonObject sample;
    QJsonObject accented;
    QJsonObject upperEmail;
    for (const QJsonValue &v : users) {
        const QJsonObject u = v.toObject();
        const QString first = text(u, "first_name");
        const QString last = text(u, "last_name");
        if (sample.isEmpty() && first.size() > 3 && last.size() > 3 && !text(u, "email").isEmpty()
            && text(u, "mobile_phone_number").size() > 6)
            sample = u;
        if (accented.isEmpty()
            && QString(first + last)
                   .contains(QRegularExpression(QStringLiteral("[^\\x{0}-\\x{7f}]"))))
            accented = u;
        if (upperEmail.isEmpty() && text(u, "email") != text(u, "email").toLower())
            upperEmail = u;
    }
    QVERIFY(!sample.isEmpty());
    QVERIFY(!accented.isEmpty());
    const QString first = text(sample, "first_name");
    const QString last = text(sample, "last_name");
    const QString email = text(sample, "email");
    const QString phone = text(sample, "mobile_phone_number");
    const QString humanId = text(sample, "human_id");

    row(QStringLiteral("first name"), first);
    row(QStringLiteral("first name upper case"), first.toUpper());
    row(QStringLiteral("last name lower case"), last.toLower());
    row(QStringLiteral("part of a last name"), last.mid(1, 3));
    row(QStringLiteral("full name"), first + QLatin1Char(' ') + last);
    row(QStringLiteral("full name upper case"), (first + QLatin1Char(' ') + last).toUpper());
    row(QStringLiteral("end of first and start of last name"),
        first.right(2) + QLatin1Char(' ') + last.left(2));
    row(QStringLiteral("email"), email);
    row(QStringLiteral("email upper case"), email.toUpper());
    row(QStringLiteral("email local part"), email.left(email.indexOf(QLatin1Char('@'))));
    row(QStringLiteral("email domain"), email.mid(email.indexOf(QLatin1Char('@'))));
    row(QStringLiteral("phone"), phone);
    row(QStringLiteral("phone without +"), phone.mid(1));
    row(QStringLiteral("country code"), phone.left(3));
    row(QStringLiteral("human_id"), humanId);
    row(QStringLiteral("human_id lower case"), humanId.toLower());
    if (!upperEmail.isEmpty())
        row(QStringLiteral("email stored in capitals, asked in lower case"),
            text(upperEmail, "email").toLower());
    // Accents: the letter itself, in both cases.
    QString letter;
    const QString accentedName = text(accented, "first_name") + text(accented, "last_name");
    for (const QChar c : accentedName) {
        if (c.unicode() > 0x7f) {
            letter = c;
            break;
        }
    }
    row(QStringLiteral("letter ") + letter, letter);
    row(QStringLiteral("letter ") + letter.toUpper() + QStringLiteral(" (upper)"),
        letter.toUpper());
    row(QStringLiteral("accented name"), text(accented, "last_name").toUpper());
    for (const QString &s : {QStringLiteral("ø"), QStringLiteral("Ø"), QStringLiteral("å"),
             QStringLiteral("ü"), QStringLiteral("ß"), QStringLiteral("ł"), QStringLiteral("É"),
             QStringLiteral("ō"), QStringLiteral("øy"), QStringLiteral("STRÖM")}) {
        row(QStringLiteral("non-ASCII ") + s, s);
    }
    // Short queries (no trigram), and characters with a meaning elsewhere.
    for (const QString &s : {QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("ann"),
             QStringLiteral("e"), QStringLiteral("9"), QStringLiteral("@"), QStringLiteral("."),
             QStringLiteral(" "), QStringLiteral("\""), QStringLiteral("a\"b"), QStringLiteral("*"),
             QStringLiteral("an*"), QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("'"),
             QStringLiteral("("), QStringLiteral("\\"), QStringLiteral("OR"),
             QStringLiteral("a AND b"), QStringLiteral("NEAR(a b)"), QStringLiteral("zzqxjv")}) {
        row(QStringLiteral("query [%1]").arg(s), s);
    }
    // Control characters: no field contains them, and the unit separator must not match
    // across two fields either.
    const QChar unitSeparator(0x1f);
    row(QStringLiteral("unit separator"), QString(unitSeparator));
    row(QStringLiteral("email end, unit separator, phone start"),
        email.right(1) + unitSeparator + phone.left(1));
    row(QStringLiteral("name end, unit separator"), last.right(2) + unitSeparator);
    row(QStringLiteral("NUL"), QString(QChar(0)));
    row(QStringLiteral("tab"), QStringLiteral("\t"));
    // Empty query: every user.
    addRow(QStringLiteral("empty query"), "/users/search?query=", newestFirst(users));
    // "+" in a query string is a plus, not a space.
    addRow(QStringLiteral("raw + in the query string"),
        "/users/search?query=" + phone.left(3).toLatin1(), expect(phone.left(3), users));
    // With the other list parameters.
    const QStringList all = expect(QStringLiteral("e"), users);
    addRow(QStringLiteral("search with include_deleted"),
        "/users/search?query=e&include_deleted=true", expect(QStringLiteral("e"), m_users));
    addRow(QStringLiteral("search sorted by first_name"), "/users/search?query=e&sort=first_name",
        SearchOracle::expectedIds(
            users, QStringLiteral("e"), QStringLiteral("NO"), QStringLiteral("first_name"), false));
    addRow(QStringLiteral("search with tags"), "/users/search?query=e&tags=newsletter",
        expect(QStringLiteral("e"), filtered(users, [](const QJsonObject &u) {
            return hasTags(u, {QStringLiteral("newsletter")});
        })));
    QVERIFY(all.size() > 20);
}

void TestServerApiLists::search()
{
    checkList();
}

void TestServerApiLists::searchOutsideTheBasicPlane()
{
    // A name with a character outside the BMP (two UTF-16 units): a query of two characters
    // is a short query, whatever its length in UTF-16.
    const QByteArray path = "/users/" + m_server.credentials().userId.toLatin1();
    const QJsonObject before = TestHttp::get(url(m_server, path), staff(m_server)).json().object();
    const TestHttpResponse put = TestHttp::request("PUT", url(m_server, path), staff(m_server),
        QStringLiteral(R"({"first_name":"Emo😀ji"})").toUtf8());
    QCOMPARE(put.status, 200);
    for (const QString &query : {QStringLiteral("😀"), QStringLiteral("😀j"), QStringLiteral("o😀"),
             QStringLiteral("o😀j"), QStringLiteral("mo😀ji"), QStringLiteral("EMO😀JI")}) {
        const TestHttpResponse r
            = TestHttp::get(url(m_server, "/users/search?query=" + enc(query)), staff(m_server));
        QCOMPARE(r.status, 200);
        QVERIFY2(idsOf(r.json().array()).contains(m_server.credentials().userId),
            qPrintable(QStringLiteral("query %1").arg(query)));
    }
    // Put the name back for the other tests.
    const TestHttpResponse restore = TestHttp::request("PUT", url(m_server, path), staff(m_server),
        compact(QJsonObject {
            {QStringLiteral("first_name"), before.value(QLatin1String("first_name"))}}));
    QCOMPARE(restore.status, 200);
    QString error;
    m_users = fetchAll(m_server, "/users?include_deleted=true", staff(m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// ---- tags and include_deleted ----------------------------------------------------------

void TestServerApiLists::tags_data()
{
    addColumns();
    // The two most used tags, from the data.
    QHash<QString, int> counts;
    for (const QJsonValue &u : live(m_users)) {
        for (const QJsonValue &t : u.toObject().value(QLatin1String("tags")).toArray())
            ++counts[t.toString()];
    }
    QStringList byCount = counts.keys();
    std::sort(byCount.begin(), byCount.end(),
        [&counts](const QString &a, const QString &b) { return counts[a] > counts[b]; });
    QVERIFY(byCount.size() >= 3);
    const QString a = byCount.at(0);
    const QString b = byCount.at(1);
    const QString c = byCount.at(2);
    auto expect = [&](const QStringList &tags, bool withDeleted = false) {
        return newestFirst(filtered(withDeleted ? m_users : live(m_users),
            [&tags](const QJsonObject &u) { return hasTags(u, tags); }));
    };
    addRow(QStringLiteral("one tag"), "/users?tags=" + enc(a), expect({a}));
    addRow(QStringLiteral("two tags: users with both"), "/users?tags=" + enc(a) + ',' + enc(b),
        expect({a, b}));
    addRow(QStringLiteral("two tags the other way round"), "/users?tags=" + enc(b) + ',' + enc(a),
        expect({a, b}));
    addRow(QStringLiteral("three tags"), "/users?tags=" + enc(a) + ',' + enc(b) + ',' + enc(c),
        expect({a, b, c}));
    addRow(QStringLiteral("spaces and empty items"),
        "/users?tags=%20" + enc(a) + "%20,,%20" + enc(b), expect({a, b}));
    addRow(QStringLiteral("unknown tag"), "/users?tags=no-such-tag", {});
    addRow(QStringLiteral("known and unknown tag"), "/users?tags=" + enc(a) + ",no-such-tag", {});
    addRow(QStringLiteral("tag in another case"), "/users?tags=" + enc(a.toUpper()),
        expect({a.toUpper()}));
    addRow(QStringLiteral("empty tags parameter"), "/users?tags=", expect({}));
    addRow(QStringLiteral("tag with deleted users"), "/users?include_deleted=true&tags=" + enc(a),
        expect({a}, true));
    addRow(QStringLiteral("tag sorted by email"), "/users?sort=email&tags=" + enc(b),
        expectedOrder(
            filtered(live(m_users), [&b](const QJsonObject &u) { return hasTags(u, {b}); }),
            [](const QJsonObject &d) { return d.value(QLatin1String("email")); }, false));
    QVERIFY(!expect({a, b}).isEmpty());
}

void TestServerApiLists::tags()
{
    checkList();
}

void TestServerApiLists::includeDeleted_data()
{
    addColumns();
    const QStringList withDeleted = newestFirst(m_users);
    const QStringList without = newestFirst(live(m_users));
    for (const char *v : {"true", "TRUE", "1", "yes", "Yes"})
        addRow(QStringLiteral("include_deleted=%1").arg(QLatin1String(v)),
            QByteArray("/users?include_deleted=") + v, withDeleted);
    for (const char *v : {"false", "0", "no", "NO", ""})
        addRow(QStringLiteral("include_deleted=%1").arg(QLatin1String(v)),
            QByteArray("/users?include_deleted=") + v, without);
    addRow(QStringLiteral("orders include_deleted"), "/orders?include_deleted=1",
        newestFirst(m_orders));
    addRow(QStringLiteral("subscriptions include_deleted"), "/subscriptions?include_deleted=yes",
        newestFirst(m_subscriptions));
    addRow(QStringLiteral("payment methods include_deleted"),
        "/payment_methods?include_deleted=true", newestFirst(m_paymentMethods));
    addRow(QStringLiteral("my subscriptions include_deleted"),
        "/users/me/subscriptions?include_deleted=true",
        newestFirst(ownedBy(m_subscriptions, m_server.credentials().userId)), true);
}

void TestServerApiLists::includeDeleted()
{
    checkList();
}

// ---- orders: dates and statuses --------------------------------------------------------

void TestServerApiLists::orderFilters_data()
{
    addColumns();
    const QJsonArray orders = live(m_orders);
    auto expect = [&](const QJsonArray &from, const QString &field, std::optional<qint64> lo,
                      std::optional<qint64> hi, const QStringList &orderStatus = {},
                      const QStringList &deliveryStatus = {}) {
        return newestFirst(filtered(from, [&](const QJsonObject &o) {
            return inRange(o, field, lo, hi)
                && (orderStatus.isEmpty() || orderStatus.contains(text(o, "order_status")))
                && (deliveryStatus.isEmpty()
                    || deliveryStatus.contains(text(o, "delivery_status")));
        }));
    };
    auto q = [](qint64 v) {
        return QByteArray::number(v);
    };

    for (const QString &field :
        {QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("delivery_time")}) {
        // An order in the middle whose date is not on a whole second.
        QJsonObject pick;
        for (qsizetype i = orders.size() / 2; i < orders.size(); ++i) {
            const auto t = dateOf(orders.at(i).toObject(), field);
            if (t && *t % 1000 != 0) {
                pick = orders.at(i).toObject();
                break;
            }
        }
        QVERIFY(!pick.isEmpty());
        const qint64 s = *dateOf(pick, field) / 1000;
        const QByteArray base = field == QLatin1String("created")
            ? QByteArray("/orders?")
            : "/orders?date_field=" + field.toLatin1() + '&';
        const QString f = field + QLatin1Char(' ');
        auto range = [&](const QString &name, std::optional<qint64> lo, std::optional<qint64> hi) {
            QByteArray target = base;
            if (lo)
                target += "from_date=" + q(*lo) + '&';
            if (hi)
                target += "to_date=" + q(*hi) + '&';
            target.chop(1);
            const QStringList expected = expect(orders, field, lo, hi);
            addRow(f + name + QStringLiteral(" (%1)").arg(expected.size()), target, expected);
            return expected;
        };
        const QStringList exact = range(QStringLiteral("exactly its second"), s, s);
        QVERIFY(exact.contains(idOf(pick)));
        QVERIFY(
            !range(QStringLiteral("from the next second"), s + 1, s + 86400).contains(idOf(pick)));
        QVERIFY(!range(QStringLiteral("up to the second before"), s - 86400, s - 1)
                     .contains(idOf(pick)));
        range(QStringLiteral("a day around it"), s - 43200, s + 43200);
        range(QStringLiteral("from only"), s, std::nullopt);
        range(QStringLiteral("to only"), std::nullopt, s);
        range(QStringLiteral("from 0"), 0, std::nullopt);
        range(QStringLiteral("from negative"), -5000, s);
        range(QStringLiteral("to 0"), std::nullopt, 0);
        range(QStringLiteral("from after to"), s + 10, s - 10);
        range(QStringLiteral("far future"), s + 10LL * 365 * 86400, std::nullopt);
        range(QStringLiteral("to far future"), std::nullopt, 99999999999LL);
    }
    // Statuses
    auto status = [&](const QString &name, const QByteArray &query, const QStringList &orderStatus,
                      const QStringList &deliveryStatus) {
        const QStringList expected = expect(orders, QStringLiteral("created"), std::nullopt,
            std::nullopt, orderStatus, deliveryStatus);
        addRow(name + QStringLiteral(" (%1)").arg(expected.size()), "/orders?" + query, expected);
        return expected;
    };
    const QStringList created = status(QStringLiteral("order_status one"), "order_status=CREATED",
        {QStringLiteral("CREATED")}, {});
    QVERIFY(!created.isEmpty());
    status(QStringLiteral("order_status two"), "order_status=CREATED,FAILED",
        {QStringLiteral("CREATED"), QStringLiteral("FAILED")}, {});
    status(QStringLiteral("order_status spaces and repeats"),
        "order_status=%20DONE%20,,DONE,SUCCESS",
        {QStringLiteral("DONE"), QStringLiteral("SUCCESS")}, {});
    QCOMPARE(status(QStringLiteral("order_status unknown"), "order_status=NOPE",
                 {QStringLiteral("NOPE")}, {})
                 .size(),
        0);
    status(QStringLiteral("order_status known and unknown"), "order_status=NOPE,PENDING",
        {QStringLiteral("NOPE"), QStringLiteral("PENDING")}, {});
    QCOMPARE(status(QStringLiteral("order_status lower case"), "order_status=created",
                 {QStringLiteral("created")}, {})
                 .size(),
        0);
    status(QStringLiteral("delivery_status one"), "delivery_status=PENDING", {},
        {QStringLiteral("PENDING")});
    status(QStringLiteral("delivery_status two"), "delivery_status=ACCEPTED,IN_PROGRESS", {},
        {QStringLiteral("ACCEPTED"), QStringLiteral("IN_PROGRESS")});
    status(QStringLiteral("both statuses"), "order_status=DONE,SUCCESS&delivery_status=DONE",
        {QStringLiteral("DONE"), QStringLiteral("SUCCESS")}, {QStringLiteral("DONE")});
    for (const char *s : {"CREATED", "PENDING", "SUCCESS", "FAILED", "CANCELED", "DONE"})
        QVERIFY2(!expect(orders, QStringLiteral("created"), std::nullopt, std::nullopt,
                     {QLatin1String(s)})
                      .isEmpty(),
            s);

    // Combined with a date range, deleted orders, another sort and a user's own list.
    const qint64 mid
        = *dateOf(orders.at(orders.size() / 2).toObject(), QStringLiteral("created")) / 1000;
    addRow(QStringLiteral("status and date range"),
        "/orders?order_status=DONE&from_date=" + q(mid - 90 * 86400) + "&to_date=" + q(mid),
        expect(orders, QStringLiteral("created"), mid - 90 * 86400, mid, {QStringLiteral("DONE")}));
    addRow(QStringLiteral("date range with deleted orders"),
        "/orders?include_deleted=true&from_date=" + q(mid - 200 * 86400) + "&to_date=" + q(mid),
        expect(m_orders, QStringLiteral("created"), mid - 200 * 86400, mid));
    addRow(QStringLiteral("date range sorted by total_amount"),
        "/orders?sort=-total_amount&date_field=modified&from_date=" + q(mid),
        expectedOrder(
            filtered(orders,
                [mid](const QJsonObject &o) {
                    return inRange(o, QStringLiteral("modified"), mid, std::nullopt);
                }),
            [](const QJsonObject &d) { return d.value(QLatin1String("total_amount")); }, true));
    const QString me = m_server.credentials().userId;
    const QJsonArray mine = live(ownedBy(m_orders, me));
    QVERIFY(mine.size() >= 5);
    const qint64 myMid
        = *dateOf(mine.at(mine.size() / 2).toObject(), QStringLiteral("created")) / 1000;
    addRow(QStringLiteral("my orders from a date"), "/users/me/orders?from_date=" + q(myMid),
        expect(mine, QStringLiteral("created"), myMid, std::nullopt), true);
    addRow(QStringLiteral("my orders by status"), "/users/me/orders?order_status=DONE,SUCCESS",
        expect(mine, QStringLiteral("created"), std::nullopt, std::nullopt,
            {QStringLiteral("DONE"), QStringLiteral("SUCCESS")}),
        true);
    addRow(QStringLiteral("a user's orders by delivery_time"),
        "/users/" + me.toLatin1() + "/orders?date_field=delivery_time&to_date=" + q(myMid),
        expect(mine, QStringLiteral("delivery_time"), std::nullopt, myMid));
}

void TestServerApiLists::orderFilters()
{
    checkList();
}

// The server plans an orders list from exact counts (docs/SERVER.md): it walks the sort index
// from the first match, or reads the filter's index and sorts. Every sort field in both
// directions, with each kind of filter, paged in small pages (the first, a middle and the
// last), so each plan is checked where a walk starts late and where it runs out.
void TestServerApiLists::orderPlanner_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QStringList>("expected");

    const QJsonArray orders = live(m_orders);
    const qint64 mid
        = *dateOf(orders.at(orders.size() / 2).toObject(), QStringLiteral("created")) / 1000;
    struct Filter
    {
        const char *name;
        QByteArray query;
        QString dateField;
        std::optional<qint64> from;
        std::optional<qint64> to;
        QStringList orderStatus;
        QStringList deliveryStatus;
    };
    const QList<Filter> filters {
        {"no filter", QByteArray(), QString(), std::nullopt, std::nullopt, {}, {}},
        {"created range",
            "from_date=" + QByteArray::number(mid - 120 * 86400)
                + "&to_date=" + QByteArray::number(mid + 3600),
            QStringLiteral("created"), mid - 120 * 86400, mid + 3600, {}, {}},
        {"modified from, statuses",
            "date_field=modified&from_date=" + QByteArray::number(mid)
                + "&order_status=DONE,FAILED",
            QStringLiteral("modified"), mid, std::nullopt,
            {QStringLiteral("DONE"), QStringLiteral("FAILED")}, {}},
        {"delivery_time to", "date_field=delivery_time&to_date=" + QByteArray::number(mid),
            QStringLiteral("delivery_time"), std::nullopt, mid, {}, {}},
        {"order status", "order_status=PENDING", QString(), std::nullopt, std::nullopt,
            {QStringLiteral("PENDING")}, {}},
        {"both statuses", "delivery_status=DONE,PENDING&order_status=SUCCESS,DONE,CREATED",
            QString(), std::nullopt, std::nullopt,
            {QStringLiteral("SUCCESS"), QStringLiteral("DONE"), QStringLiteral("CREATED")},
            {QStringLiteral("DONE"), QStringLiteral("PENDING")}},
    };
    const QStringList fields {QStringLiteral("created"), QStringLiteral("modified"),
        QStringLiteral("delivery_time"), QStringLiteral("human_id"), QStringLiteral("total_amount"),
        QStringLiteral("order_status"), QStringLiteral("delivery_status"),
        QStringLiteral("currency")};
    for (const Filter &filter : filters) {
        const QJsonArray matches = filtered(orders, [&filter](const QJsonObject &o) {
            return (filter.dateField.isEmpty()
                       || inRange(o, filter.dateField, filter.from, filter.to))
                && (filter.orderStatus.isEmpty()
                    || filter.orderStatus.contains(text(o, "order_status")))
                && (filter.deliveryStatus.isEmpty()
                    || filter.deliveryStatus.contains(text(o, "delivery_status")));
        });
        QVERIFY2(matches.size() > 40, filter.name);
        QVERIFY2(matches.size() < orders.size() || filter.query.isEmpty(), filter.name);
        for (const QString &field : fields) {
            for (const bool descending : {false, true}) {
                QByteArray query = "sort=" + QByteArray(descending ? "-" : "") + field.toLatin1();
                if (!filter.query.isEmpty())
                    query += '&' + filter.query;
                QTest::newRow(
                    qPrintable(QStringLiteral("%1, %2%3")
                                   .arg(QLatin1String(filter.name),
                                       descending ? QStringLiteral("-") : QString(), field)))
                    << query
                    << expectedOrder(
                           matches, [&field](const QJsonObject &d) { return d.value(field); },
                           descending);
            }
        }
    }
}

void TestServerApiLists::orderPlanner()
{
    QFETCH(QByteArray, query);
    QFETCH(QStringList, expected);
    constexpr int Size = 37;
    const qint64 pages = (expected.size() + Size - 1) / Size;
    for (const qint64 page : {qint64(0), pages / 2, pages - 1}) {
        const TestHttpResponse r
            = TestHttp::get(url(m_server,
                                "/orders?" + query + "&size=" + QByteArray::number(Size)
                                    + "&page=" + QByteArray::number(page)),
                staff(m_server));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-Pagination-Total").toLongLong(), qint64(expected.size()));
        QCOMPARE(idsOf(r.json().array()), expected.mid(page * Size, Size));
    }
}

void TestServerApiLists::subscriptionFilters_data()
{
    addColumns();
    auto expect = [](const QJsonArray &from, const QStringList &statuses) {
        return newestFirst(filtered(from, [&statuses](const QJsonObject &s) {
            return statuses.isEmpty() || statuses.contains(text(s, "status"));
        }));
    };
    const QJsonArray subs = live(m_subscriptions);
    for (const char *s : {"CREATED", "ACTIVE", "NON_RENEWING", "CANCELED", "DONE", "ERROR"}) {
        const QStringList expected = expect(subs, {QLatin1String(s)});
        QVERIFY2(!expect(m_subscriptions, {QLatin1String(s)}).isEmpty(), s);
        addRow(QStringLiteral("status %1").arg(QLatin1String(s)),
            QByteArray("/subscriptions?status=") + s, expected);
    }
    addRow(QStringLiteral("two statuses"), "/subscriptions?status=ACTIVE,NON_RENEWING",
        expect(subs, {QStringLiteral("ACTIVE"), QStringLiteral("NON_RENEWING")}));
    addRow(QStringLiteral("unknown status"), "/subscriptions?status=PAUSED", {});
    addRow(QStringLiteral("status with deleted"),
        "/subscriptions?status=CANCELED,DONE&include_deleted=true",
        expect(m_subscriptions, {QStringLiteral("CANCELED"), QStringLiteral("DONE")}));
    addRow(QStringLiteral("status sorted by name"), "/subscriptions?status=ACTIVE&sort=name",
        expectedOrder(
            expect(subs, {QStringLiteral("ACTIVE")}).isEmpty()
                ? QJsonArray()
                : filtered(subs,
                    [](const QJsonObject &s) {
                        return text(s, "status") == QLatin1String("ACTIVE");
                    }),
            [](const QJsonObject &d) { return d.value(QLatin1String("name")); }, false));
    const QString me = m_server.credentials().userId;
    addRow(QStringLiteral("my subscriptions"), "/users/me/subscriptions",
        expect(live(ownedBy(m_subscriptions, me)), {}), true);
    addRow(QStringLiteral("my subscriptions by status"), "/users/me/subscriptions?status=ACTIVE",
        expect(live(ownedBy(m_subscriptions, me)), {QStringLiteral("ACTIVE")}), true);
}

void TestServerApiLists::subscriptionFilters()
{
    checkList();
}

void TestServerApiLists::paymentMethodFilters_data()
{
    addColumns();
    const QJsonArray methods = live(m_paymentMethods);
    auto q = [](qint64 v) {
        return QByteArray::number(v);
    };
    for (const QString &field : {QStringLiteral("created"), QStringLiteral("modified")}) {
        const QJsonObject pick = methods.at(methods.size() / 3).toObject();
        const qint64 s = *dateOf(pick, field) / 1000;
        const QByteArray base = "/payment_methods?date_field=" + field.toLatin1();
        auto range = [&](const QString &name, const QJsonArray &from, const QByteArray &extra,
                         std::optional<qint64> lo, std::optional<qint64> hi) {
            QByteArray target = base + extra;
            if (lo)
                target += "&from_date=" + q(*lo);
            if (hi)
                target += "&to_date=" + q(*hi);
            const QStringList expected = newestFirst(
                filtered(from, [&](const QJsonObject &d) { return inRange(d, field, lo, hi); }));
            addRow(field + QLatin1Char(' ') + name + QStringLiteral(" (%1)").arg(expected.size()),
                target, expected);
            return expected;
        };
        QVERIFY(range(QStringLiteral("its second"), methods, {}, s, s).contains(idOf(pick)));
        QVERIFY(!range(QStringLiteral("after it"), methods, {}, s + 1, std::nullopt)
                     .contains(idOf(pick)));
        QVERIFY(!range(QStringLiteral("before it"), methods, {}, std::nullopt, s - 1)
                     .contains(idOf(pick)));
        range(QStringLiteral("thirty days"), methods, {}, s - 30 * 86400, s);
        range(QStringLiteral("with deleted"), m_paymentMethods, "&include_deleted=true",
            s - 300 * 86400, s);
    }
    const QString me = m_server.credentials().userId;
    addRow(QStringLiteral("my payment methods"), "/users/me/payment_methods?sort=created",
        expectedOrder(
            live(ownedBy(m_paymentMethods, me)),
            [](const QJsonObject &d) { return d.value(QLatin1String("created")); }, false),
        true);
}

void TestServerApiLists::paymentMethodFilters()
{
    checkList();
}

QTEST_GUILESS_MAIN(TestServerApiLists)
#include "tst_server_api_lists.moc"
