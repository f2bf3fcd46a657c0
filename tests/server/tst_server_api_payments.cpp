// SPDX-License-Identifier: GPL-3.0-or-later
// Payments and plans on the real builton-server over loopback, and the rules every new route
// of orders, subscriptions, payments and plans shares with the user routes: the payments
// list (its total counted in the database file with a connection of the test's own, its
// filters, sorts and paging), one payment, the payments search, what the seed holds (every
// state for orders and subscriptions, the card used, why failed ones failed), the plans; and
// on every new route the authentication and authorization matrix (401, 403, another
// company's credentials 404), wrong methods (405 with Allow), unknown ids (404) and hostile
// bodies (4xx, never 5xx, nothing written).

#include "SearchOracle.h"
#include "tst_server_api_common.h"

#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <array>

using namespace ApiTest;

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

class TestServerApiPayments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void paymentsList_data();
    void paymentsList();
    void sortsByCreationOnly();
    void totalsFromTheDatabaseFile();
    void onePayment();
    void search_data();
    void search();
    void whatPaymentsHold();
    void plans();
    void planSearch_data();
    void planSearch();
    void matrix_data();
    void matrix();
    void wrongMethod_data();
    void wrongMethod();
    void unknownIds_data();
    void unknownIds();
    void hostileBodies_data();
    void hostileBodies();
    void otherCompanySeesNothingOfOurs();
    void searchesOfTwoCompanies_data();
    void searchesOfTwoCompanies();

private:
    TestHttpResponse call(const QByteArray &method, const QByteArray &target,
        const TestHttp::Headers &headers, const QByteArray &body = {}) const
    {
        return TestHttp::request(method, url(m_server, target), headers, body);
    }
    QByteArray resolve(QByteArray target) const
    {
        target.replace("{order}", m_order.toLatin1());
        target.replace("{subscription}", m_subscription.toLatin1());
        target.replace("{payment}", m_payment.toLatin1());
        target.replace("{plan}", m_plan.toLatin1());
        return target;
    }
    /// The documents a refused write could have changed.
    QByteArray snapshot() const
    {
        return call("GET", resolve("/orders/{order}"), staff(m_server)).body
            + call("GET", resolve("/subscriptions/{subscription}"), staff(m_server)).body
            + call("GET", resolve("/orders/{order}/payments?include_deleted=true"), staff(m_server))
                  .body;
    }
    QJsonArray all(const QByteArray &list) const
    {
        QString error;
        const QJsonArray docs = fetchAll(m_server, list, staff(m_server), &error);
        return error.isEmpty() ? docs : QJsonArray();
    }

    QTemporaryDir m_dir;
    TestServer m_server;
    QString m_dbPath;
    QString m_company; ///< the demo company's id
    QJsonArray m_payments; ///< deleted ones too
    QHash<QString, QJsonObject> m_users;
    QHash<QString, QJsonObject> m_methods; ///< payment methods by id, deleted ones too
    QJsonArray m_plans; ///< deleted ones too
    QString m_order; ///< a pending order (cancellable), with payments
    QString m_subscription; ///< an active subscription
    QString m_payment;
    QString m_plan;
};

void TestServerApiPayments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    TestServer::Options options;
    options.users = 400;
    options.orders = 3000;
    m_dbPath = TestDatabase::create(m_dir.path(), QStringLiteral("payments"));
    QVERIFY(!m_dbPath.isEmpty());
    options.dbPath = m_dbPath;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    QString error;
    const auto demo
        = companyWithKey(readCompanies(m_dbPath, &error), m_server.credentials().apiKey);
    QVERIFY2(demo, qPrintable(error));
    m_company = demo->id;
    m_payments = all("/payments?include_deleted=true");
    for (const QJsonValue &u : all("/users?include_deleted=true"))
        m_users.insert(idOf(u), u.toObject());
    for (const QJsonValue &p : all("/payment_methods?include_deleted=true"))
        m_methods.insert(idOf(p), p.toObject());
    m_plans = all("/plans?include_deleted=true");
    QVERIFY(m_payments.size() > 3000);
    for (const QJsonValue &v : all("/orders?order_status=PENDING")) {
        if (!v.toObject().value(QLatin1String("payments")).toArray().isEmpty()) {
            m_order = idOf(v);
            break;
        }
    }
    m_subscription = idOf(all("/subscriptions?status=ACTIVE").at(0));
    m_payment = idOf(m_payments.at(0));
    m_plan = idOf(m_plans.at(0));
    QVERIFY(!m_order.isEmpty() && !m_subscription.isEmpty());
}

void TestServerApiPayments::cleanupTestCase()
{
    m_server.stop();
    TestDatabase::drop(m_dbPath);
}

// ---- payments --------------------------------------------------------------------------

void TestServerApiPayments::paymentsList_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::newRow("default") << QByteArray();
    QTest::newRow("include_deleted") << QByteArray("include_deleted=true");
    QTest::newRow("oldest first") << QByteArray("sort=created");
    QTest::newRow("modified in a range, include_deleted")
        << QByteArray("date_field=modified&from_date=%1&to_date=%2&include_deleted=true");
    QTest::newRow("failed") << QByteArray("current_state=failed");
    QTest::newRow("refunded or canceled, include_deleted")
        << QByteArray("current_state=refunded,canceled&include_deleted=true");
    QTest::newRow("paid in a range, oldest first")
        << QByteArray("date_field=payment_date&from_date=%1&to_date=%2&sort=created");
    QTest::newRow("created in a range, processing")
        << QByteArray("from_date=%1&to_date=%2&current_state=processing,created");
}

void TestServerApiPayments::paymentsList()
{
    QFETCH(QByteArray, query);
    // A range over the middle of the data.
    QList<qint64> dates;
    for (const QJsonValue &v : std::as_const(m_payments))
        dates << *dateOf(v.toObject(), QStringLiteral("created"));
    std::sort(dates.begin(), dates.end());
    const qint64 fromSecs = dates.at(dates.size() / 4) / 1000;
    const qint64 toSecs = dates.at(dates.size() * 3 / 4) / 1000;
    query.replace("%1", QByteArray::number(fromSecs));
    query.replace("%2", QByteArray::number(toSecs));
    const QUrlQuery params(QString::fromLatin1(query));
    auto value = [&params](const char *name) {
        return params.queryItemValue(QLatin1String(name));
    };
    const bool includeDeleted = value("include_deleted") == QLatin1String("true");
    const QStringList states = value("current_state").split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString dateField
        = value("date_field").isEmpty() ? QStringLiteral("created") : value("date_field");
    QString sort = value("sort").isEmpty() ? QStringLiteral("-created") : value("sort");
    const bool descending = sort.startsWith(QLatin1Char('-'));
    if (descending)
        sort.remove(0, 1);
    const QJsonArray matches = filtered(m_payments, [&](const QJsonObject &p) {
        if (isDeleted(p) && !includeDeleted)
            return false;
        if (!states.isEmpty() && !states.contains(text(p, "current_state")))
            return false;
        if (params.hasQueryItem(QStringLiteral("from_date"))) {
            const auto t = dateOf(p, dateField);
            if (!t || *t < fromSecs * 1000 || *t >= (toSecs + 1) * 1000)
                return false;
        }
        return true;
    });
    const QStringList expected = expectedOrder(
        matches, [&sort](const QJsonObject &p) { return p.value(sort); }, descending);
    QVERIFY(!expected.isEmpty());
    const QString problem
        = checkListing(m_server, query.isEmpty() ? QByteArray("/payments") : "/payments?" + query,
            staff(m_server), expected);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestServerApiPayments::sortsByCreationOnly()
{
    for (const char *sort : {"payment_date", "-modified", "amount"}) {
        VERIFY_ERROR(call("GET", QByteArray("/payments?sort=") + sort, staff(m_server)), 400,
            QStringLiteral("sort"));
    }
}

void TestServerApiPayments::totalsFromTheDatabaseFile()
{
    // The documents in the file, read with the test's own connection and parsed here.
    qint64 stored = 0;
    qint64 storedDeleted = 0;
    QString error;
    QVERIFY2(withDatabase(
                 m_dbPath,
                 [&](QSqlDatabase &db) {
                     QSqlQuery q(db);
                     if (!q.exec(QStringLiteral("SELECT doc FROM payments_docs")))
                         return false;
                     while (q.next()) {
                         const QJsonObject p
                             = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
                         if (refOf(p.value(QLatin1String("company"))) != m_company)
                             continue;
                         ++(isDeleted(p) ? storedDeleted : stored);
                     }
                     return true;
                 },
                 &error),
        qPrintable(error));
    QVERIFY(stored > 0 && storedDeleted > 0);
    const TestHttpResponse listed = call("GET", "/payments?size=1", staff(m_server));
    QCOMPARE(listed.header("X-Pagination-Total").toLongLong(), stored);
    const TestHttpResponse withDeleted
        = call("GET", "/payments?size=1&include_deleted=true", staff(m_server));
    QCOMPARE(withDeleted.header("X-Pagination-Total").toLongLong(), stored + storedDeleted);
    QCOMPARE(qint64(m_payments.size()), stored + storedDeleted);
}

void TestServerApiPayments::onePayment()
{
    for (qsizetype i = 0; i < m_payments.size(); i += 53) {
        const QJsonObject listed = m_payments.at(i).toObject();
        const TestHttpResponse r
            = call("GET", "/payments/" + idOf(listed).toLatin1(), staff(m_server));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().object(), listed);
    }
}

void TestServerApiPayments::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("parameters");
    const QJsonObject p = m_payments.at(m_payments.size() / 2).toObject();
    const QJsonObject customer = m_users.value(refOf(p.value(QLatin1String("user"))));
    QTest::newRow("number") << text(p, "human_id") << QByteArray();
    QTest::newRow("number, lower case, first four")
        << text(p, "human_id").left(4).toLower() << QByteArray();
    QTest::newRow("customer's last name") << text(customer, "last_name") << QByteArray();
    QTest::newRow("customer's email") << text(customer, "email") << QByteArray();
    QTest::newRow("one letter") << QStringLiteral("a") << QByteArray();
    QTest::newRow("one letter, failed")
        << QStringLiteral("a") << QByteArray("&current_state=failed");
    QTest::newRow("one letter, include_deleted, oldest first")
        << QStringLiteral("e") << QByteArray("&include_deleted=true&sort=created");
    QTest::newRow("nothing") << QStringLiteral("zzzqqqxx") << QByteArray();
}

void TestServerApiPayments::search()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, parameters);
    const bool includeDeleted = parameters.contains("include_deleted=true");
    const bool failed = parameters.contains("current_state=failed");
    const bool oldestFirst = parameters.contains("sort=created");
    const QJsonArray matches = filtered(m_payments, [&](const QJsonObject &p) {
        if ((isDeleted(p) && !includeDeleted)
            || (failed && text(p, "current_state") != QLatin1String("failed")))
            return false;
        return humanIdStartsWith(p, query)
            || SearchOracle::customerMatches(
                m_users.value(refOf(p.value(QLatin1String("user")))), query);
    });
    const QStringList expected = oldestFirst
        ? expectedOrder(
            matches, [](const QJsonObject &p) { return p.value(QLatin1String("created")); }, false)
        : newestFirst(matches);
    const QString problem = checkListing(
        m_server, "/payments/search?query=" + enc(query) + parameters, staff(m_server), expected);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestServerApiPayments::whatPaymentsHold()
{
    // docs/API.md, Payment; docs/SERVER.md, Seeding.
    const QStringList states {QStringLiteral("created"), QStringLiteral("processing"),
        QStringLiteral("succeeded"), QStringLiteral("failed"), QStringLiteral("refunded"),
        QStringLiteral("canceled")};
    QHash<QString, QSet<QString>> statesBySubject;
    QSet<QString> failureCodes;
    for (const QJsonValue &v : std::as_const(m_payments)) {
        const QJsonObject p = v.toObject();
        const QString state = text(p, "current_state");
        const QString cls
            = p.value(QLatin1String("subject")).toObject().value(QLatin1String("_cls")).toString();
        statesBySubject[cls].insert(state);
        QVERIFY2(states.contains(state), qPrintable(state));
        QVERIFY(p.value(QLatin1String("amount")).toDouble() > 0);
        QCOMPARE(text(p, "currency").size(), 3);
        QVERIFY(m_users.contains(refOf(p.value(QLatin1String("user")))));
        QCOMPARE(refOf(p.value(QLatin1String("company"))), m_company);
        // The card used; when the customer stored it, the payment method is theirs and is
        // that card.
        const QJsonObject card = p.value(QLatin1String("card")).toObject();
        QVERIFY(QStringList(
            {QStringLiteral("visa"), QStringLiteral("mastercard"), QStringLiteral("amex")})
                    .contains(text(card, "brand")));
        QCOMPARE(text(card, "last4").size(), 4);
        if (p.contains(QLatin1String("payment_method"))) {
            const QJsonObject pm = m_methods.value(refOf(p.value(QLatin1String("payment_method"))));
            QCOMPARE(refOf(pm.value(QLatin1String("user"))), refOf(p.value(QLatin1String("user"))));
            const QJsonObject stored = pm.value(QLatin1String("card")).toObject();
            if (!stored.isEmpty()) {
                QCOMPARE(text(card, "brand"), text(stored, "brand"));
                QCOMPARE(text(card, "last4"), text(stored, "last4"));
            }
        }
        // Why it failed, only when it did.
        const bool failed = state == QLatin1String("failed");
        QCOMPARE(!text(p, "failure_code").isEmpty(), failed);
        QCOMPARE(!text(p, "failure_message").isEmpty(), failed);
        if (failed)
            failureCodes.insert(text(p, "failure_code"));
        // Charged ones have a payment date and a charge; the others neither.
        const bool charged
            = state != QLatin1String("created") && state != QLatin1String("canceled");
        QCOMPARE(dateOf(p, QStringLiteral("payment_date")).has_value(), charged);
        QCOMPARE(p.value(QLatin1String("metadata")).toObject().contains(QLatin1String("charge_id")),
            charged);
    }
    QCOMPARE(statesBySubject.size(), 2);
    for (auto it = statesBySubject.cbegin(); it != statesBySubject.cend(); ++it) {
        QStringList seen = it.value().values();
        seen.sort();
        QStringList all = states;
        all.sort();
        QVERIFY2(
            seen == all, qPrintable(it.key() + QStringLiteral(": ") + seen.join(QLatin1Char(','))));
    }
    QVERIFY(failureCodes.size() >= 5);
}

// ---- plans -----------------------------------------------------------------------------

void TestServerApiPayments::plans()
{
    QCOMPARE(m_plans.size(), 6);
    const QJsonArray current
        = filtered(m_plans, [](const QJsonObject &p) { return !isDeleted(p); });
    QCOMPARE(current.size(), 5);
    QString problem = checkListing(m_server, "/plans", staff(m_server), newestFirst(current));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = checkListing(m_server, "/plans?sort=total_amount", staff(m_server),
        expectedOrder(
            current, [](const QJsonObject &p) { return p.value(QLatin1String("total_amount")); },
            false));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const QJsonValue &v : std::as_const(m_plans)) {
        const QJsonObject plan = v.toObject();
        QVERIFY(!text(plan, "name").isEmpty());
        QCOMPARE(text(plan, "currency"), QStringLiteral("NOK"));
        QVERIFY(plan.value(QLatin1String("total_amount")).toDouble() > 0);
        QVERIFY(QStringList({QStringLiteral("MONTH"), QStringLiteral("YEAR")})
                    .contains(text(plan, "billing_interval")));
        QVERIFY(plan.value(QLatin1String("interval_count")).toInt() >= 1);
        const TestHttpResponse one
            = call("GET", "/plans/" + idOf(plan).toLatin1(), staff(m_server));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().object(), plan);
    }
    // Every subscription's plan is one of them.
    QSet<QString> ids;
    for (const QJsonValue &v : std::as_const(m_plans))
        ids.insert(idOf(v));
    for (const QJsonValue &s : all("/subscriptions?include_deleted=true"))
        QVERIFY(ids.contains(refOf(s.toObject().value(QLatin1String("plan")))));
}

void TestServerApiPayments::planSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("a word of a name, upper case") << QStringLiteral("CLUB");
    QTest::newRow("a number") << text(m_plans.at(1).toObject(), "human_id");
    QTest::newRow("one letter") << QStringLiteral("e");
    QTest::newRow("the retired plan") << QStringLiteral("cheese");
    QTest::newRow("nothing") << QStringLiteral("zzzqqq");
}

void TestServerApiPayments::planSearch()
{
    // docs/API.md: the name or the human id contains the query, case-insensitively.
    QFETCH(QString, query);
    const QString q = query.toCaseFolded();
    const QJsonArray matches = filtered(m_plans, [&q](const QJsonObject &p) {
        return !isDeleted(p)
            && (text(p, "name").toCaseFolded().contains(q)
                || text(p, "human_id").toCaseFolded().contains(q));
    });
    const TestHttpResponse r = call("GET", "/plans/search?query=" + enc(query), staff(m_server));
    QCOMPARE(r.status, 200);
    QCOMPARE(idsOf(r.json().array()), newestFirst(matches));
    QCOMPARE(r.header("X-Pagination-Total").toLongLong(), qint64(matches.size()));
}

// ---- the rules every new route shares --------------------------------------------------

void TestServerApiPayments::matrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    const QList<std::array<const char *, 3>> routes {
        {"GET", "/orders/search?query=a", ""},
        {"GET", "/orders/{order}", ""},
        {"PUT", "/orders/{order}", R"({"note":"x"})"},
        {"POST", "/orders/{order}/cancel", ""},
        {"GET", "/orders/{order}/payments", ""},
        {"GET", "/subscriptions/search?query=a", ""},
        {"GET", "/subscriptions/{subscription}", ""},
        {"PUT", "/subscriptions/{subscription}", R"({"note":"x"})"},
        {"POST", "/subscriptions/{subscription}/stop", "{}"},
        {"POST", "/subscriptions/{subscription}/start", ""},
        {"GET", "/subscriptions/{subscription}/payments", ""},
        {"GET", "/payments", ""},
        {"GET", "/payments/search?query=a", ""},
        {"GET", "/payments/{payment}", ""},
        {"GET", "/plans", ""},
        {"GET", "/plans/search?query=a", ""},
        {"GET", "/plans/{plan}", ""},
    };
    for (const auto &r : routes) {
        QTest::newRow(
            qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(r[0]), QLatin1String(r[1]))))
            << QByteArray(r[0]) << QByteArray(r[1]) << QByteArray(r[2]);
    }
}

void TestServerApiPayments::matrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    const QByteArray path = resolve(target);
    const QString key = m_server.credentials().apiKey;
    const QString token = m_server.credentials().serviceAccountKey;
    const QByteArray before = snapshot();
    struct Case
    {
        const char *name;
        TestHttp::Headers headers;
        int status;
    };
    const QList<Case> cases {
        {"no key", {{"Authorization", "Bearer " + token.toUtf8()}}, 401},
        {"an unknown key", TestHttp::auth(QStringLiteral("bk_nobody"), token), 401},
        {"no token", {{"X-Builton-Api-Key", key.toUtf8()}}, 401},
        {"a broken token", TestHttp::auth(key, QStringLiteral("a.b.c")), 401},
        {"another company's token with our key",
            TestHttp::auth(key, m_server.otherCompany().serviceAccountKey), 401},
        {"a user token", user(m_server), 403},
    };
    for (const Case &c : cases) {
        const TestHttpResponse r = call(method, path, c.headers, body);
        const QString problem = errorProblem(r, c.status);
        QVERIFY2(
            problem.isEmpty(), qPrintable(QLatin1String(c.name) + QStringLiteral(": ") + problem));
    }
    // The other company's own credentials: our documents do not exist there.
    const TestHttp::Headers theirs
        = TestHttp::auth(m_server.otherCompany().apiKey, m_server.otherCompany().serviceAccountKey);
    const TestHttpResponse r = call(method, path, theirs, body);
    if (target.contains('{')) {
        VERIFY_ERROR(r, 404);
    } else {
        QCOMPARE(r.status, 200);
        for (const QJsonValue &d : r.json().array())
            QVERIFY(refOf(d.toObject().value(QLatin1String("company"))) != m_company);
    }
    QCOMPARE(snapshot(), before);
}

void TestServerApiPayments::wrongMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("allow");
    auto row = [](const char *method, const char *target, const char *allow) {
        QTest::newRow(
            qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(method), QLatin1String(target))))
            << QByteArray(method) << QByteArray(target) << QByteArray(allow);
    };
    row("POST", "/orders/search?query=a", "GET");
    row("POST", "/orders/{order}", "GET, PUT");
    row("DELETE", "/orders/{order}", "GET, PUT");
    row("GET", "/orders/{order}/cancel", "POST");
    row("PUT", "/orders/{order}/cancel", "POST");
    row("POST", "/orders/{order}/payments", "GET");
    row("PUT", "/subscriptions/search?query=a", "GET");
    row("DELETE", "/subscriptions/{subscription}", "GET, PUT");
    row("GET", "/subscriptions/{subscription}/stop", "POST");
    row("PUT", "/subscriptions/{subscription}/start", "POST");
    row("DELETE", "/subscriptions/{subscription}/payments", "GET");
    row("POST", "/payments", "GET"); // the SDK's payments.create()
    row("PUT", "/payments/{payment}", "GET");
    row("POST", "/payments/search?query=a", "GET");
    row("POST", "/plans", "GET");
    row("DELETE", "/plans/{plan}", "GET");
    row("PATCH", "/plans/search?query=a", "GET");
}

void TestServerApiPayments::wrongMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, allow);
    const QByteArray before = snapshot();
    const TestHttpResponse r = call(method, resolve(target), staff(m_server), "{}");
    VERIFY_ERROR(r, 405);
    QCOMPARE(r.header("Allow"), allow);
    QCOMPARE(snapshot(), before);
}

void TestServerApiPayments::unknownIds_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    for (const QByteArray &id : {QByteArray("0123456789abcdef01234567"), QByteArray("nope"),
             QByteArray("0123456789ABCDEF01234567"), QByteArray("%00"), QByteArray("search2")}) {
        for (const auto &[method, route, body] :
            {std::array<const char *, 3> {"GET", "/orders/:", ""}, {"PUT", "/orders/:", "{}"},
                {"POST", "/orders/:/cancel", ""}, {"GET", "/orders/:/payments", ""},
                {"GET", "/subscriptions/:", ""}, {"PUT", "/subscriptions/:", "{}"},
                {"POST", "/subscriptions/:/stop", ""}, {"POST", "/subscriptions/:/start", "{}"},
                {"GET", "/subscriptions/:/payments", ""}, {"GET", "/payments/:", ""},
                {"GET", "/plans/:", ""}}) {
            QByteArray target(route);
            target.replace(":", id);
            QTest::newRow(qPrintable(
                QStringLiteral("%1 %2").arg(QLatin1String(method), QString::fromLatin1(target))))
                << QByteArray(method) << target << QByteArray(body);
        }
    }
}

void TestServerApiPayments::unknownIds()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    VERIFY_ERROR(call(method, target, staff(m_server), body), 404);
}

void TestServerApiPayments::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QList<QByteArray> bodies {
        QByteArray("\0\0\0", 3),
        "\xEF\xBB\xBF\xEF\xBB\xBF{}",
        "{\"note\":\"\xED\xA0\x80\"}",
        "{\"note\":\"\xF4\x90\x80\x80\"}",
        "{\"note\":\"\\u0000\\ud83d\"}",
        "{\"order_status\":1e999}",
        "{\"payment_method\":{\"$oid\":{\"$oid\":\"0123456789abcdef01234567\"}}}",
        "{\"payment_method\":\"" + QByteArray(100000, 'a') + "\"}",
        "{\"note\":" + QByteArray(20000, '[') + QByteArray(20000, ']') + "}",
        QByteArray(20000, '{'),
        "{\"" + QByteArray(5000, 'k') + "\":1}",
        "{\"note\":\"x\"," + QByteArray("\"note\":\"y\",").repeated(500) + "\"note\":\"z\"}",
        "{\"delivery_status\":\"CANCELED\\u0000\"}",
        "{\"order_status\":\"DONE\",}",
        "{'note':'x'}",
        "null",
        "123456789012345678901234567890",
        QByteArray(1024 * 1024 + 1, ' '),
    };
    QRandomGenerator random(20191025);
    for (int i = 0; i < 12; ++i) {
        QByteArray noise(1 + int(random.bounded(300)), Qt::Uninitialized);
        for (char &c : noise)
            c = char(random.bounded(256));
        bodies << noise << "{\"note\":\"" + noise + "\"}";
    }
    const QList<QPair<QByteArray, QByteArray>> routes {{"PUT", "/orders/{order}"},
        {"POST", "/orders/{order}/cancel"}, {"PUT", "/subscriptions/{subscription}"},
        {"POST", "/subscriptions/{subscription}/stop"},
        {"POST", "/subscriptions/{subscription}/start"}};
    for (const auto &route : routes) {
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            QTest::newRow(qPrintable(
                QStringLiteral("%1 %2, body %3")
                    .arg(QString::fromLatin1(route.first), QString::fromLatin1(route.second))
                    .arg(i)))
                << route.first << route.second << bodies.at(i);
        }
    }
}

void TestServerApiPayments::hostileBodies()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    const QByteArray before = snapshot();
    const TestHttpResponse r = call(method, resolve(target), staff(m_server), body);
    QVERIFY2(r.status >= 400 && r.status < 500,
        qPrintable(
            QString::number(r.status) + QLatin1Char(' ') + QString::fromUtf8(r.body.left(200))));
    QVERIFY(!r.json().object().value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(snapshot(), before);
}

void TestServerApiPayments::otherCompanySeesNothingOfOurs()
{
    const TestHttp::Headers theirs
        = TestHttp::auth(m_server.otherCompany().apiKey, m_server.otherCompany().serviceAccountKey);
    QString error;
    QSet<QString> ours;
    for (const QJsonValue &v : std::as_const(m_payments))
        ours.insert(idOf(v));
    for (const QJsonValue &v : std::as_const(m_plans))
        ours.insert(idOf(v));
    for (const char *list : {"/payments?include_deleted=true", "/plans?include_deleted=true",
             "/payments/search?query=a&include_deleted=true", "/orders/search?query=a",
             "/subscriptions/search?query=a"}) {
        const QJsonArray theirDocs = fetchAll(m_server, list, theirs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!theirDocs.isEmpty(), list);
        for (const QJsonValue &d : theirDocs) {
            QVERIFY(!ours.contains(idOf(d)));
            QVERIFY(refOf(d.toObject().value(QLatin1String("company"))) != m_company);
        }
    }
    // Our customer's name finds nothing of ours with their key; our order's number neither.
    const QJsonObject p = m_payments.at(0).toObject();
    const QString last = text(m_users.value(refOf(p.value(QLatin1String("user")))), "last_name");
    for (const QByteArray &route :
        {QByteArray("/payments/search?query="), QByteArray("/orders/search?query=")}) {
        const TestHttpResponse r = call("GET", route + enc(last), theirs);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &d : r.json().array())
            QVERIFY(refOf(d.toObject().value(QLatin1String("company"))) != m_company);
    }
    const QString number = text(
        call("GET", resolve("/orders/{order}"), staff(m_server)).json().object(), "human_id");
    const TestHttpResponse found = call("GET", "/orders/search?query=" + number.toLatin1(), theirs);
    QVERIFY(!idsOf(found.json().array()).contains(m_order));
}

void TestServerApiPayments::searchesOfTwoCompanies_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("parameters");
    for (const char *q : {"a", "e", "n", "o", "er", "2"}) {
        QTest::newRow(q) << QString::fromLatin1(q) << QByteArray();
        QTest::newRow(qPrintable(QStringLiteral("%1, include_deleted").arg(QLatin1String(q))))
            << QString::fromLatin1(q) << QByteArray("&include_deleted=true");
    }
}

void TestServerApiPayments::searchesOfTwoCompanies()
{
    // The same searches with each company's key, one right after the other (nothing written
    // in between, so whatever one leaves in the caches is there for the other): each finds
    // its own, as computed from its own lists.
    QFETCH(QString, query);
    QFETCH(QByteArray, parameters);
    const bool includeDeleted = parameters.contains("include_deleted=true");
    const TestHttp::Headers theirs
        = TestHttp::auth(m_server.otherCompany().apiKey, m_server.otherCompany().serviceAccountKey);
    for (const TestHttp::Headers &headers : {staff(m_server), theirs}) {
        QString error;
        QHash<QString, QJsonObject> users;
        for (const QJsonValue &u :
            fetchAll(m_server, "/users?include_deleted=true", headers, &error))
            users.insert(idOf(u), u.toObject());
        for (const char *collection : {"orders", "subscriptions", "payments"}) {
            const QByteArray list = QByteArray("/") + collection;
            const QJsonArray docs
                = fetchAll(m_server, list + "?include_deleted=true", headers, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QJsonArray matches = filtered(docs, [&](const QJsonObject &d) {
                return (includeDeleted || !isDeleted(d))
                    && (humanIdStartsWith(d, query)
                        || SearchOracle::customerMatches(
                            users.value(refOf(d.value(QLatin1String("user")))), query));
            });
            const QString problem = checkListing(m_server,
                list + "/search?query=" + enc(query) + parameters, headers, newestFirst(matches));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
}

QTEST_GUILESS_MAIN(TestServerApiPayments)
#include "tst_server_api_payments.moc"
