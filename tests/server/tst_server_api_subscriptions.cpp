// SPDX-License-Identifier: GPL-3.0-or-later
// Subscriptions on the real builton-server over loopback: one subscription with its ETag, the
// search, stop as the recording shows it (NON_RENEWING, ending at the end of the period paid
// for), start (renewing again with a payment method of the customer's), the status rules of
// both (409), a stop and start round trip, PUT (payment method, note) and its refusals,
// If-Match (412), a deleted subscription, and each subscription's payments with the reasons
// of the failed ones. Expectations come from the lists the server returns, the rules of
// docs/API.md and the recording (tests/data/recordings/actions), never from the server's code.

#include "SearchOracle.h"
#include "tst_server_api_common.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace ApiTest;

namespace {

const QStringList Statuses {QStringLiteral("CREATED"), QStringLiteral("ACTIVE"),
    QStringLiteral("NON_RENEWING"), QStringLiteral("CANCELED"), QStringLiteral("DONE"),
    QStringLiteral("ERROR")};

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject recordedStop()
{
    QFile f(testDataPath(QStringLiteral(
        "recordings/actions/post_subscriptions_5d97546cd61310000d1ba196_stop.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll())
        .object()
        .value(QLatin1String("response"))
        .toObject()
        .value(QLatin1String("body"))
        .toObject();
}

/// The members of `after` that differ from `before`, "+key" for new ones, "-key" for removed
/// ones, sorted.
QStringList changedMembers(const QByteArray &before, const QByteArray &after)
{
    QHash<QString, QByteArray> old;
    for (const auto &m : rawMembers(before))
        old.insert(m.first, m.second);
    QStringList changed;
    for (const auto &m : rawMembers(after)) {
        if (!old.contains(m.first))
            changed << QLatin1Char('+') + m.first;
        else if (old.value(m.first) != m.second)
            changed << m.first;
        old.remove(m.first);
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        changed << QLatin1Char('-') + it.key();
    changed.sort();
    return changed;
}

/// The end of a billing period that starts at `startMs`, by the plan (docs/API.md: calendar
/// months or years, UTC).
qint64 periodEnd(const QJsonObject &plan, qint64 startMs)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    const int count = plan.value(QLatin1String("interval_count")).toInt(1);
    const QString unit = text(plan, "billing_interval");
    if (unit == QLatin1String("YEAR"))
        return start.addYears(count).toMSecsSinceEpoch();
    if (unit == QLatin1String("WEEK"))
        return start.addDays(7 * count).toMSecsSinceEpoch();
    return start.addMonths(count).toMSecsSinceEpoch();
}

} // namespace

class TestServerApiSubscriptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void getSubscription();
    void customerExpanded_data();
    void customerExpanded();
    void search_data();
    void search();
    void stopAsRecorded();
    void stopRules_data();
    void stopRules();
    void startRules_data();
    void startRules();
    void stopAndStartAgain();
    void startPaymentMethod_data();
    void startPaymentMethod();
    void put_data();
    void put();
    void ifMatch();
    void deletedSubscriptionIsReadOnly();
    void concurrentStopsAndStarts();
    void payments_data();
    void payments();

private:
    TestHttpResponse call(const QByteArray &method, const QByteArray &target,
        const QByteArray &body = {}, const TestHttp::Headers &extra = {}) const
    {
        return TestHttp::request(method, url(m_server, target), staff(m_server) + extra, body);
    }
    TestHttpResponse read(const QString &id) const
    {
        return call("GET", "/subscriptions/" + id.toLatin1());
    }
    QJsonArray all(const QByteArray &list) const
    {
        QString error;
        const QJsonArray docs = fetchAll(m_server, list, staff(m_server), &error);
        return error.isEmpty() ? docs : QJsonArray();
    }
    /// A fresh subscription (not deleted, not written by another test) in `status` that
    /// `keep` accepts; empty when there is none left.
    template<typename Keep>
    QString take(const QString &status, Keep keep);
    QString take(const QString &status)
    {
        return take(status, [](const QJsonObject &) { return true; });
    }
    /// The payment methods of `user` that are not deleted.
    QStringList methodsOf(const QString &user) const;

    TestServer m_server;
    QJsonArray m_subscriptions; ///< as seeded, deleted ones too
    QHash<QString, QJsonObject> m_users; ///< by id, deleted ones too
    QJsonArray m_methods; ///< every payment method, deleted ones too
    QHash<QString, QJsonObject> m_plans; ///< by id, deleted ones too
    QSet<QString> m_taken;
};

void TestServerApiSubscriptions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 700;
    options.orders = 800;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_subscriptions = all("/subscriptions?include_deleted=true");
    for (const QJsonValue &u : all("/users?include_deleted=true"))
        m_users.insert(idOf(u), u.toObject());
    m_methods = all("/payment_methods?include_deleted=true");
    for (const QJsonValue &p : all("/plans?include_deleted=true"))
        m_plans.insert(idOf(p), p.toObject());
    QVERIFY(m_subscriptions.size() > 150);
    QVERIFY(!m_methods.isEmpty());
    QCOMPARE(m_plans.size(), 6);
}

template<typename Keep>
QString TestServerApiSubscriptions::take(const QString &status, Keep keep)
{
    for (const QJsonValue &v : std::as_const(m_subscriptions)) {
        const QJsonObject s = v.toObject();
        const QString id = idOf(s);
        if (isDeleted(s) || m_taken.contains(id) || text(s, "status") != status || !keep(s))
            continue;
        m_taken.insert(id);
        return id;
    }
    return {};
}

QStringList TestServerApiSubscriptions::methodsOf(const QString &user) const
{
    QStringList ids;
    for (const QJsonValue &v : m_methods) {
        const QJsonObject pm = v.toObject();
        if (refOf(pm.value(QLatin1String("user"))) == user && !isDeleted(pm))
            ids << idOf(pm);
    }
    return ids;
}

void TestServerApiSubscriptions::getSubscription()
{
    for (qsizetype i = 0; i < m_subscriptions.size(); i += 7) {
        const QJsonObject listed = m_subscriptions.at(i).toObject();
        const TestHttpResponse r = read(idOf(listed));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().object(), listed);
        QCOMPARE(r.header("ETag"), QByteArray('"' + idOf(listed).toLatin1() + "-1\""));
        // Its plan is one of the company's.
        QVERIFY(m_plans.contains(refOf(listed.value(QLatin1String("plan")))));
    }
    VERIFY_ERROR(call("GET", "/subscriptions/0123456789abcdef01234567"), 404);
    VERIFY_ERROR(call("GET", "/subscriptions/not-an-id"), 404);
}

void TestServerApiSubscriptions::customerExpanded_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("list") << QByteArray("/subscriptions?size=50");
    QTest::newRow("list of a status") << QByteArray("/subscriptions?status=ACTIVE,ERROR&size=50");
    QTest::newRow("search") << QByteArray("/subscriptions/search?query=a&size=50");
    QTest::newRow("one") << QByteArray("/subscriptions/{id}");
    QTest::newRow("a customer's") << QByteArray("/users/{user}/subscriptions");
}

// docs/API.md, "Data conventions": subscriptions carry their customer expanded by the members
// that identify them, the same values as the user's own document, and nothing more.
void TestServerApiSubscriptions::customerExpanded()
{
    QFETCH(QByteArray, target);
    const QJsonObject some = m_subscriptions.at(3).toObject();
    target.replace("{id}", idOf(some).toLatin1());
    target.replace("{user}", refOf(some.value(QLatin1String("user"))).toLatin1());
    const TestHttpResponse r = call("GET", target);
    QCOMPARE(r.status, 200);
    const QJsonDocument body = r.json();
    const QJsonArray docs = body.isArray() ? body.array() : QJsonArray {body.object()};
    QVERIFY(!docs.isEmpty());
    const QStringList identifying {QStringLiteral("_cls"), QStringLiteral("_id"),
        QStringLiteral("company"), QStringLiteral("human_id"), QStringLiteral("first_name"),
        QStringLiteral("last_name"), QStringLiteral("title"), QStringLiteral("email"),
        QStringLiteral("mobile_phone_number"), QStringLiteral("deleted"),
        QStringLiteral("created"), QStringLiteral("modified")};
    for (const QJsonValue &v : docs) {
        const QJsonObject user = v.toObject().value(QLatin1String("user")).toObject();
        const QString id = user.value(QLatin1String("$oid")).toString();
        QVERIFY2(m_users.contains(id), qPrintable(id));
        const QJsonObject stored = m_users.value(id);
        QVERIFY(user.contains(QLatin1String("human_id")));
        for (auto it = user.constBegin(); it != user.constEnd(); ++it) {
            if (it.key() == QLatin1String("$oid"))
                continue;
            QVERIFY2(identifying.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(it.value(), stored.value(it.key()));
        }
        for (const QString &key : identifying) {
            if (stored.contains(key))
                QVERIFY2(user.contains(key), qPrintable(key));
        }
    }
}

void TestServerApiSubscriptions::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("parameters");

    QJsonObject sub;
    for (const QJsonValue &v : std::as_const(m_subscriptions)) {
        const QJsonObject s = v.toObject();
        const QJsonObject user = m_users.value(refOf(s.value(QLatin1String("user"))));
        if (!isDeleted(s) && !text(user, "email").isEmpty()) {
            sub = s;
            break;
        }
    }
    QVERIFY(!sub.isEmpty());
    const QJsonObject customer = m_users.value(refOf(sub.value(QLatin1String("user"))));
    const QString number = text(sub, "human_id");
    auto row = [](const char *name, const QString &query, const char *parameters = "") {
        QTest::newRow(name) << query << QByteArray(parameters);
    };
    row("number", number);
    row("number, lower case", number.toLower());
    row("number, first two", number.left(2));
    row("last name", text(customer, "last_name"));
    row("first name, lower case", text(customer, "first_name").toLower());
    row("email", text(customer, "email"));
    row("nothing", QStringLiteral("qqqzzzxx"));
    row("one letter", QStringLiteral("a"));
    row("one letter, statuses", QStringLiteral("e"), "&status=ACTIVE,ERROR");
    row("one letter, include_deleted", QStringLiteral("a"), "&include_deleted=true");
    row("one letter, by name", QStringLiteral("n"), "&sort=name");
    row("two letters, by -ending_date", QStringLiteral("er"), "&sort=-ending_date");
}

void TestServerApiSubscriptions::search()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, parameters);
    const bool includeDeleted = parameters.contains("include_deleted=true");
    QStringList statuses;
    if (parameters.contains("status="))
        statuses = QString::fromLatin1(parameters.mid(parameters.indexOf("status=") + 7))
                       .section(QLatin1Char('&'), 0, 0)
                       .split(QLatin1Char(','));
    QString sort = QStringLiteral("-created");
    if (parameters.contains("sort="))
        sort = QString::fromLatin1(parameters.mid(parameters.indexOf("sort=") + 5));
    const bool descending = sort.startsWith(QLatin1Char('-'));
    if (descending)
        sort.remove(0, 1);
    const QJsonArray matches
        = filtered(all("/subscriptions?include_deleted=true"), [&](const QJsonObject &s) {
              if (isDeleted(s) && !includeDeleted)
                  return false;
              if (!statuses.isEmpty() && !statuses.contains(text(s, "status")))
                  return false;
              return humanIdStartsWith(s, query)
                  || SearchOracle::customerMatches(
                      m_users.value(refOf(s.value(QLatin1String("user")))), query);
          });
    const QStringList expected = expectedOrder(
        matches, [&sort](const QJsonObject &s) { return s.value(sort); }, descending);
    const QString problem = checkListing(m_server,
        "/subscriptions/search?query=" + enc(query) + parameters, staff(m_server), expected);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// ---- stop and start --------------------------------------------------------------------

void TestServerApiSubscriptions::stopAsRecorded()
{
    // An active subscription that renews without end, with a payment method, as the recorded
    // one; stopped with the recorded request (body {}).
    const QString id = take(QStringLiteral("ACTIVE"), [](const QJsonObject &s) {
        return s.value(QLatin1String("infinite")).toBool()
            && s.contains(QLatin1String("payment_method"));
    });
    QVERIFY(!id.isEmpty());
    const TestHttpResponse before = read(id);
    const QJsonObject b = before.json().object();
    const TestHttpResponse r = call("POST", "/subscriptions/" + id.toLatin1() + "/stop", "{}",
        {{"Content-Type", "application/json"}});
    QVERIFY2(r.status == 200, r.body.left(300).constData());
    QCOMPARE(r.header("ETag"), QByteArray('"' + id.toLatin1() + "-2\""));
    const TestHttpResponse after = read(id);
    QCOMPARE(after.body, r.body);
    const QJsonObject a = r.json().object();

    // docs/API.md: NON_RENEWING, active until the end of the period paid for.
    QCOMPARE(text(a, "status"), QStringLiteral("NON_RENEWING"));
    QCOMPARE(a.value(QLatin1String("active")), QJsonValue(true));
    QCOMPARE(a.value(QLatin1String("infinite")), QJsonValue(false));
    QCOMPARE(dateOf(a, QStringLiteral("ending_date")),
        dateOf(b, QStringLiteral("current_billing_date_period_end")));
    QVERIFY(dateOf(a, QStringLiteral("modified")) > dateOf(b, QStringLiteral("modified")));
    QCOMPARE(a.value(QLatin1String("updated")), b.value(QLatin1String("updated")));
    QCOMPARE(changedMembers(before.body, r.body),
        (QStringList {QStringLiteral("+ending_date"), QStringLiteral("infinite"),
            QStringLiteral("modified"), QStringLiteral("status")}));

    // Every member of the recorded answer, with its JSON type; except prorate_date: the local
    // server credits nothing, as the subscription runs to the end of the period paid for.
    const QJsonObject recorded = recordedStop();
    QVERIFY(!recorded.isEmpty());
    for (auto it = recorded.begin(); it != recorded.end(); ++it) {
        if (it.key() == QLatin1String("prorate_date"))
            continue;
        QVERIFY2(a.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(a.value(it.key()).type(), it.value().type());
    }
    QCOMPARE(a.value(QLatin1String("status")), recorded.value(QLatin1String("status")));
}

void TestServerApiSubscriptions::stopRules_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &status : Statuses)
        QTest::newRow(qPrintable(status)) << take(status);
    // A fixed term that ends before the period: it still ends then.
    QString early;
    for (const QJsonValue &v : std::as_const(m_subscriptions)) {
        const QJsonObject s = v.toObject();
        const auto ending = dateOf(s, QStringLiteral("ending_date"));
        const auto end = dateOf(s, QStringLiteral("current_billing_date_period_end"));
        if (!isDeleted(s) && text(s, "status") == QLatin1String("ACTIVE") && ending && end
            && *ending < *end && !m_taken.contains(idOf(s))) {
            early = idOf(s);
            m_taken.insert(early);
            break;
        }
    }
    if (!early.isEmpty())
        QTest::newRow("ACTIVE, a term that ends within the period") << early;
}

void TestServerApiSubscriptions::stopRules()
{
    QFETCH(QString, id);
    QVERIFY2(!id.isEmpty(), "the seed has no subscription left in that status");
    const TestHttpResponse before = read(id);
    const QJsonObject b = before.json().object();
    const QString status = text(b, "status");
    // docs/API.md: stop takes ACTIVE or ERROR; the others answer 409.
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    const TestHttpResponse r = call("POST", "/subscriptions/" + id.toLatin1() + "/stop");
    if (status != QLatin1String("ACTIVE") && status != QLatin1String("ERROR")) {
        VERIFY_ERROR(r, 409);
        QCOMPARE(read(id).body, before.body);
        return;
    }
    QVERIFY2(r.status == 200, r.body.left(300).constData());
    const QJsonObject a = r.json().object();
    QCOMPARE(text(a, "status"), QStringLiteral("NON_RENEWING"));
    QCOMPARE(a.value(QLatin1String("is_retrying_payment")), QJsonValue(false));
    qint64 ending = *dateOf(b, QStringLiteral("current_billing_date_period_end"));
    if (const auto had = dateOf(b, QStringLiteral("ending_date")); had && *had < ending)
        ending = qMax(*had, t0);
    if (ending == t0)
        QVERIFY(*dateOf(a, QStringLiteral("ending_date")) >= t0);
    else
        QCOMPARE(*dateOf(a, QStringLiteral("ending_date")), ending);
    // Stopped once, not twice.
    VERIFY_ERROR(call("POST", "/subscriptions/" + id.toLatin1() + "/stop", "{}"), 409);
}

void TestServerApiSubscriptions::startRules_data()
{
    QTest::addColumn<QString>("id");
    auto payable = [this](const QJsonObject &s) {
        return !methodsOf(refOf(s.value(QLatin1String("user")))).isEmpty();
    };
    for (const QString &status : Statuses)
        QTest::newRow(qPrintable(status)) << take(status, payable);
}

void TestServerApiSubscriptions::startRules()
{
    QFETCH(QString, id);
    QVERIFY2(!id.isEmpty(), "the seed has no subscription left in that status");
    const TestHttpResponse before = read(id);
    const QJsonObject b = before.json().object();
    const QString status = text(b, "status");
    const QString method = methodsOf(refOf(b.value(QLatin1String("user")))).last();
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    const TestHttpResponse r = call("POST", "/subscriptions/" + id.toLatin1() + "/start",
        R"({"payment_method":")" + method.toLatin1() + R"("})");
    const qint64 t1 = QDateTime::currentMSecsSinceEpoch();
    // docs/API.md: start takes CREATED, NON_RENEWING or ERROR; the others answer 409.
    if (status == QLatin1String("ACTIVE") || status == QLatin1String("CANCELED")
        || status == QLatin1String("DONE")) {
        VERIFY_ERROR(r, 409);
        QCOMPARE(read(id).body, before.body);
        return;
    }
    QVERIFY2(r.status == 200, r.body.left(300).constData());
    QCOMPARE(read(id).body, r.body);
    const QJsonObject a = r.json().object();
    QCOMPARE(text(a, "status"), QStringLiteral("ACTIVE"));
    QCOMPARE(a.value(QLatin1String("active")), QJsonValue(true));
    QCOMPARE(a.value(QLatin1String("infinite")), QJsonValue(true));
    QVERIFY(!a.contains(QLatin1String("ending_date")));
    QCOMPARE(a.value(QLatin1String("payment_method")),
        QJsonValue(QJsonObject {{QStringLiteral("$oid"), method}}));
    const auto end = dateOf(b, QStringLiteral("current_billing_date_period_end"));
    if (status == QLatin1String("CREATED") || !end || *end <= t0) {
        // A new period from now, of the plan's length, at the plan's price.
        const QJsonObject plan = m_plans.value(refOf(b.value(QLatin1String("plan"))));
        const qint64 start = *dateOf(a, QStringLiteral("current_billing_date_period_start"));
        QVERIFY(start >= t0 && start <= t1);
        QCOMPARE(
            *dateOf(a, QStringLiteral("current_billing_date_period_end")), periodEnd(plan, start));
        QCOMPARE(a.value(QLatin1String("last_billing_amount")),
            plan.value(QLatin1String("total_amount")));
        if (status == QLatin1String("CREATED"))
            QCOMPARE(*dateOf(a, QStringLiteral("starting_date")), start);
    } else {
        QCOMPARE(a.value(QLatin1String("current_billing_date_period_start")),
            b.value(QLatin1String("current_billing_date_period_start")));
        QCOMPARE(a.value(QLatin1String("current_billing_date_period_end")),
            b.value(QLatin1String("current_billing_date_period_end")));
        QCOMPARE(a.value(QLatin1String("starting_date")), b.value(QLatin1String("starting_date")));
    }
    if (status == QLatin1String("ERROR")) {
        QCOMPARE(a.value(QLatin1String("total_fail_attempts")), QJsonValue(0));
        QCOMPARE(a.value(QLatin1String("is_retrying_payment")), QJsonValue(false));
    }
    VERIFY_ERROR(call("POST", "/subscriptions/" + id.toLatin1() + "/start"), 409);
}

void TestServerApiSubscriptions::stopAndStartAgain()
{
    // An active subscription without end, stopped and started again with no body (its own
    // payment method): the document it was, but for modified.
    const QString id = take(QStringLiteral("ACTIVE"), [](const QJsonObject &s) {
        return s.value(QLatin1String("infinite")).toBool()
            && s.contains(QLatin1String("payment_method"))
            && !s.value(QLatin1String("is_retrying_payment")).toBool();
    });
    QVERIFY(!id.isEmpty());
    const QByteArray path = "/subscriptions/" + id.toLatin1();
    const TestHttpResponse before = read(id);
    QCOMPARE(call("POST", path + "/stop", "{}").status, 200);
    const TestHttpResponse started = call("POST", path + "/start");
    QVERIFY2(started.status == 200, started.body.constData());
    QCOMPARE(started.header("ETag"), QByteArray('"' + id.toLatin1() + "-3\""));
    QCOMPARE(withoutModified(started.body), withoutModified(before.body));
    QVERIFY(dateOf(started.json().object(), QStringLiteral("modified"))
        > dateOf(before.json().object(), QStringLiteral("modified")));
}

void TestServerApiSubscriptions::startPaymentMethod_data()
{
    QTest::addColumn<QByteArray>("body"); // "{own}", "{foreign}", "{deleted}" are replaced
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    QTest::newRow("own, as an id string")
        << QByteArray(R"({"payment_method":"{own}"})") << 200 << QString();
    QTest::newRow("own, as a reference")
        << QByteArray(R"({"payment_method":{"$oid":"{own}"}})") << 200 << QString();
    QTest::newRow("someone else's") << QByteArray(R"({"payment_method":"{foreign}"})") << 400
                                    << QStringLiteral("payment_method");
    QTest::newRow("deleted") << QByteArray(R"({"payment_method":"{deleted}"})") << 400
                             << QStringLiteral("payment_method");
    QTest::newRow("not an id") << QByteArray(R"({"payment_method":"card"})") << 400
                               << QStringLiteral("payment_method");
    QTest::newRow("an upper-case id")
        << QByteArray(R"({"payment_method":"0123456789ABCDEF01234567"})") << 400
        << QStringLiteral("payment_method");
    QTest::newRow("a number") << QByteArray(R"({"payment_method":5})") << 400
                              << QStringLiteral("payment_method");
    QTest::newRow("null") << QByteArray(R"({"payment_method":null})") << 400
                          << QStringLiteral("payment_method");
    QTest::newRow("a reference with more")
        << QByteArray(R"({"payment_method":{"$oid":"{own}","x":1}})") << 400
        << QStringLiteral("payment_method");
    QTest::newRow("another member")
        << QByteArray(R"({"payment_method":"{own}","plan":"x"})") << 400 << QStringLiteral("plan");
    QTest::newRow("a status") << QByteArray(R"({"status":"ACTIVE"})") << 400
                              << QStringLiteral("status");
    QTest::newRow("not an object") << QByteArray("[]") << 400 << QString();
}

void TestServerApiSubscriptions::startPaymentMethod()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    // A subscription that may start, of a customer with a payment method.
    QString id;
    for (const char *status : {"NON_RENEWING", "ERROR", "CREATED"}) {
        if (id.isEmpty()) {
            id = take(QString::fromLatin1(status), [this](const QJsonObject &s) {
                return !methodsOf(refOf(s.value(QLatin1String("user")))).isEmpty();
            });
        }
    }
    QVERIFY(!id.isEmpty());
    const TestHttpResponse before = read(id);
    const QString user = refOf(before.json().object().value(QLatin1String("user")));
    const QString own = methodsOf(user).first();
    QString foreign;
    QString deleted;
    for (const QJsonValue &v : std::as_const(m_methods)) {
        const QJsonObject pm = v.toObject();
        if (isDeleted(pm) && deleted.isEmpty())
            deleted = idOf(pm);
        if (!isDeleted(pm) && refOf(pm.value(QLatin1String("user"))) != user && foreign.isEmpty())
            foreign = idOf(pm);
    }
    QVERIFY(!foreign.isEmpty() && !deleted.isEmpty());
    body.replace("{own}", own.toLatin1());
    body.replace("{foreign}", foreign.toLatin1());
    body.replace("{deleted}", deleted.toLatin1());
    const TestHttpResponse r = call("POST", "/subscriptions/" + id.toLatin1() + "/start", body);
    if (status != 200) {
        VERIFY_ERROR(r, status, field);
        QCOMPARE(read(id).body, before.body);
        return;
    }
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(rawMember(r.body, QStringLiteral("payment_method")),
        QByteArray(R"({"$oid":")" + own.toLatin1() + R"("})"));
}

void TestServerApiSubscriptions::put_data()
{
    QTest::addColumn<QByteArray>("body"); // "{own}" and "{foreign}" are replaced
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("stored"); // the members as stored, for 200

    QTest::newRow("payment_method as an id string")
        << QByteArray(R"({"payment_method":"{own}"})") << 200 << QString()
        << QByteArray(R"({"payment_method":{"$oid":"{own}"}})");
    QTest::newRow("payment_method as a reference")
        << QByteArray(R"({"payment_method":{"$oid":"{own}"}})") << 200 << QString()
        << QByteArray(R"({"payment_method":{"$oid":"{own}"}})");
    QTest::newRow("note") << QByteArray(R"({"note":"Wants it paused over the summer."})") << 200
                          << QString()
                          << QByteArray(R"({"note":"Wants it paused over the summer."})");
    QTest::newRow("note and payment method")
        << QByteArray(R"({"note":null,"payment_method":"{own}"})") << 200 << QString()
        << QByteArray(R"({"note":null,"payment_method":{"$oid":"{own}"}})");
    QTest::newRow("nothing") << QByteArray("{}") << 200 << QString() << QByteArray("{}");
    QTest::newRow("someone else's payment method")
        << QByteArray(R"({"payment_method":"{foreign}"})") << 400
        << QStringLiteral("payment_method") << QByteArray();
    QTest::newRow("status") << QByteArray(R"({"status":"CANCELED"})") << 400
                            << QStringLiteral("status") << QByteArray();
    QTest::newRow("plan is read-only") << QByteArray(R"({"plan":"0123456789abcdef01234567"})")
                                       << 400 << QStringLiteral("plan") << QByteArray();
    QTest::newRow("ending_date is read-only") << QByteArray(R"({"ending_date":{"$date":0}})") << 400
                                              << QStringLiteral("ending_date") << QByteArray();
    QTest::newRow("unknown") << QByteArray(R"({"pause":true})") << 400 << QStringLiteral("pause")
                             << QByteArray();
    QTest::newRow("a note too long") << QByteArray("{\"note\":\"" + QByteArray(10001, 'x') + "\"}")
                                     << 400 << QStringLiteral("note") << QByteArray();
    QTest::newRow("a note of the wrong type")
        << QByteArray(R"({"note":[]})") << 400 << QStringLiteral("note") << QByteArray();
}

void TestServerApiSubscriptions::put()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QByteArray, stored);
    const QString id = take(QStringLiteral("ACTIVE"), [this](const QJsonObject &s) {
        return methodsOf(refOf(s.value(QLatin1String("user")))).size() >= 1;
    });
    QVERIFY(!id.isEmpty());
    const TestHttpResponse before = read(id);
    const QString user = refOf(before.json().object().value(QLatin1String("user")));
    const QString own = methodsOf(user).last();
    QString foreign;
    for (const QJsonValue &v : std::as_const(m_methods)) {
        if (!isDeleted(v.toObject()) && refOf(v.toObject().value(QLatin1String("user"))) != user)
            foreign = idOf(v);
    }
    for (QByteArray *b : {&body, &stored}) {
        b->replace("{own}", own.toLatin1());
        b->replace("{foreign}", foreign.toLatin1());
    }
    const TestHttpResponse r = call("PUT", "/subscriptions/" + id.toLatin1(), body);
    if (status != 200) {
        VERIFY_ERROR(r, status, field);
        QCOMPARE(read(id).body, before.body);
        return;
    }
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(read(id).body, r.body);
    QCOMPARE(r.header("ETag"), QByteArray('"' + id.toLatin1() + "-2\""));
    QStringList expected {QStringLiteral("modified")};
    for (const auto &m : rawMembers(stored)) {
        QCOMPARE(rawMember(r.body, m.first), m.second);
        if (rawMember(before.body, m.first) != m.second)
            expected << (rawMember(before.body, m.first).isNull() ? QLatin1Char('+') + m.first
                                                                  : m.first);
    }
    expected.sort();
    QCOMPARE(changedMembers(before.body, r.body), expected);
}

void TestServerApiSubscriptions::ifMatch()
{
    const QString id = take(QStringLiteral("ACTIVE"),
        [](const QJsonObject &s) { return s.contains(QLatin1String("payment_method")); });
    QVERIFY(!id.isEmpty());
    const QByteArray path = "/subscriptions/" + id.toLatin1();
    const QByteArray first = read(id).header("ETag");
    QCOMPARE(call("PUT", path, R"({"note":"1"})", {{"If-Match", first}}).status, 200);
    const QByteArray second = read(id).header("ETag");
    QCOMPARE(second, QByteArray('"' + id.toLatin1() + "-2\""));
    // A stale, weak or foreign tag: 412 with the current tag, nothing written. Also on start,
    // which an active subscription would answer with 409: the tag is checked first.
    const QList<QPair<QByteArray, QByteArray>> writes {
        {"PUT", R"({"note":"stale"})"}, {"POST/stop", "{}"}, {"POST/start", ""}};
    for (const QByteArray &tag : QByteArrayList {first, "W/" + second, "\"x\""}) {
        const QByteArray before = read(id).body;
        for (const auto &write : writes) {
            const QByteArray method = write.first.left(
                write.first.indexOf('/') < 0 ? write.first.size() : write.first.indexOf('/'));
            const QByteArray route = write.first.mid(method.size());
            const TestHttpResponse r
                = call(method, path + route, write.second, {{"If-Match", tag}});
            VERIFY_ERROR(r, 412);
            QCOMPARE(r.header("ETag"), second);
            QCOMPARE(read(id).body, before);
        }
    }
    const TestHttpResponse stopped = call("POST", path + "/stop", "{}", {{"If-Match", second}});
    QCOMPARE(stopped.status, 200);
    QCOMPARE(call("POST", path + "/start", "", {{"If-Match", "*"}}).status, 200);
}

void TestServerApiSubscriptions::deletedSubscriptionIsReadOnly()
{
    const QJsonArray deleted
        = filtered(m_subscriptions, [](const QJsonObject &s) { return isDeleted(s); });
    QVERIFY(!deleted.isEmpty());
    const QByteArray path = "/subscriptions/" + idOf(deleted.at(0)).toLatin1();
    const TestHttpResponse before = call("GET", path);
    QCOMPARE(before.status, 200);
    VERIFY_ERROR(call("PUT", path, R"({"note":"x"})"), 409);
    VERIFY_ERROR(call("POST", path + "/stop"), 409);
    QCOMPARE(call("GET", path).body, before.body);
}

void TestServerApiSubscriptions::concurrentStopsAndStarts()
{
    // 30 stops of one subscription at once: one 200, 29 409; then 30 starts: the same.
    const QString id = take(QStringLiteral("ACTIVE"),
        [](const QJsonObject &s) { return s.contains(QLatin1String("payment_method")); });
    QVERIFY(!id.isEmpty());
    for (const char *action : {"stop", "start"}) {
        const QByteArray request
            = rawHead(m_server, "POST", "/subscriptions/" + id.toLatin1() + '/' + action,
                  {"Content-Length: 0", "Connection: close"})
            + "\r\n";
        int ok = 0;
        int conflicts = 0;
        for (const RawResponse &r : concurrentRequests(m_server, QList<QByteArray>(30, request))) {
            QVERIFY(r.complete);
            ok += r.status == 200;
            conflicts += r.status == 409;
        }
        QCOMPARE(ok, 1);
        QCOMPARE(conflicts, 29);
    }
    QCOMPARE(read(id).header("ETag"), QByteArray('"' + id.toLatin1() + "-3\""));
    QCOMPARE(text(read(id).json().object(), "status"), QStringLiteral("ACTIVE"));
}

// ---- payments --------------------------------------------------------------------------

void TestServerApiSubscriptions::payments_data()
{
    QTest::addColumn<QString>("id");
    QHash<QString, int> rows;
    for (const QJsonValue &v : std::as_const(m_subscriptions)) {
        const QJsonObject s = v.toObject();
        if (m_taken.contains(idOf(s)) || rows.value(text(s, "status")) >= 3)
            continue;
        ++rows[text(s, "status")];
        QTest::newRow(qPrintable(text(s, "status") + QLatin1Char(' ') + idOf(s))) << idOf(s);
    }
}

void TestServerApiSubscriptions::payments()
{
    QFETCH(QString, id);
    const QJsonObject sub = read(id).json().object();
    const QJsonArray mine
        = filtered(all("/payments?include_deleted=true"), [&id](const QJsonObject &p) {
              return p.value(QLatin1String("subject")).toObject().value(QLatin1String("_ref"))
                  == QJsonValue(id);
          });
    // The subscription lists them oldest first; the route gives them newest first, as
    // recorded.
    QStringList listed;
    for (const QJsonValue &ref : sub.value(QLatin1String("payments")).toArray())
        listed << refOf(ref);
    QCOMPARE(listed,
        expectedOrder(
            mine, [](const QJsonObject &p) { return p.value(QLatin1String("created")); }, false));
    const QString problem
        = checkListing(m_server, "/subscriptions/" + id.toLatin1() + "/payments", staff(m_server),
            newestFirst(filtered(mine, [](const QJsonObject &p) { return !isDeleted(p); })));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QJsonObject plan = m_plans.value(refOf(sub.value(QLatin1String("plan"))));
    const QString status = text(sub, "status");
    for (const QJsonValue &v : mine) {
        const QJsonObject p = v.toObject();
        QCOMPARE(p.value(QLatin1String("subject")).toObject().value(QLatin1String("_cls")),
            sub.value(QLatin1String("_cls")));
        QCOMPARE(p.value(QLatin1String("amount")), plan.value(QLatin1String("total_amount")));
        QCOMPARE(p.value(QLatin1String("currency")), plan.value(QLatin1String("currency")));
        QCOMPARE(refOf(p.value(QLatin1String("user"))), refOf(sub.value(QLatin1String("user"))));
        if (sub.contains(QLatin1String("payment_method"))) {
            QCOMPARE(refOf(p.value(QLatin1String("payment_method"))),
                refOf(sub.value(QLatin1String("payment_method"))));
        }
        const bool failed = text(p, "current_state") == QLatin1String("failed");
        QCOMPARE(!text(p, "failure_code").isEmpty(), failed);
        QCOMPARE(!text(p, "failure_message").isEmpty(), failed);
    }
    if (status == QLatin1String("CREATED"))
        QVERIFY(mine.isEmpty());
    if (status == QLatin1String("ERROR")) {
        // The last period failed as often as the subscription counts.
        const int failures = sub.value(QLatin1String("total_fail_attempts")).toInt();
        QVERIFY(failures > 0);
        QVERIFY(mine.size() >= failures);
        const QStringList newest = newestFirst(mine).mid(0, failures);
        for (const QJsonValue &v : mine) {
            if (newest.contains(idOf(v)))
                QCOMPARE(text(v.toObject(), "current_state"), QStringLiteral("failed"));
        }
    }
}

QTEST_GUILESS_MAIN(TestServerApiSubscriptions)
#include "tst_server_api_subscriptions.moc"
