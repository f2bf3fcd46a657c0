// SPDX-License-Identifier: GPL-3.0-or-later
// builton-server at scale: users search and orders date ranges with 200,000 users and
// 1,000,000 orders, over HTTP on one keep-alive connection. Target (issue, Performance):
// p95 <= 50 ms for users search and for orders date ranges. The users search is measured as
// it always was (one word or a name as stored) and as the forgiving search reads it: names
// without their accents or in the German and Scandinavian spelling, words in another order,
// phone numbers written in groups, with 00 or nationally; each of those classes is compared
// with the plain searches of the same run.
//
//   bench_server_scale [--server path/to/builton-server] [--db FILE|URL] [--users 200000]
//       [--orders 1000000] [--reseed]
//
// The database file is seeded once (minutes; the time is printed) and reused by later runs;
// --reseed seeds it again. --db postgresql://USER@HOST:PORT/DBNAME measures the server on
// PostgreSQL instead (an empty database is seeded on the first run, as a file is; the
// password, if any, comes from PGPASSWORD, never the command line; --reseed does not apply:
// drop the database to seed it again). Every measured request is distinct, so neither the server's
// count cache nor its page cache answers it. The queries run twice, each time on a freshly started
// server: the first pass shows the first requests after a start, when pages the operating
// system has evicted come from the disk; the second (steady state, which the verdict is
// about) has the same work for the server, with the file in the OS cache. Each class prints
// p50/p95/max of the wall time seen by the client and the server's CPU time per request,
// which stays meaningful when other work on the machine slows the wall clock down. Build it
// in Release without sanitizers.

#include "bench/BenchSupport.h"
#include "bench/ServerBench.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

#include <cstdio>

namespace {

constexpr double TargetP95Ms = 50;
constexpr qint64 DayMs = 24LL * 3600 * 1000;

struct Query
{
    QString label;
    QByteArray target;
    int pageSize = 50;
    int page = 0;
    // For the orders: the range the answer must respect.
    QString dateField;
    qint64 fromMs = 0;
    qint64 toMsExclusive = 0;
    // For the forgiving users search: the answer must not be empty, and its first user must
    // have this phone number (the exact match ranks first) when it is set.
    bool mustFind = false;
    QString firstPhone;
};

struct Measured
{
    double ms = 0;
    qint64 total = 0;
    const Query *query = nullptr;
};

QByteArray encode(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

qint64 dateOf(const QJsonObject &doc, const QString &field)
{
    return qint64(doc.value(field).toObject().value(QLatin1String("$date")).toDouble(double(-1)));
}

/// Runs the queries and checks every answer. Returns false when a request failed or an
/// answer was wrong (the figures would then mean nothing).
bool runClass(ServerBench::HttpClient &client, const ServerBench::Server &server,
    const QList<Query> &queries, QList<Measured> *results, double *cpuMsPerRequest)
{
    const double cpuBefore = ServerBench::processCpuMs(server.pid());
    bool ok = true;
    for (const Query &q : queries) {
        ServerBench::Response r;
        QString error;
        QElapsedTimer clock;
        clock.start();
        const bool sent = client.get(q.target, server.staffHeaders(), &r, &error);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (!sent || r.status != 200 || r.header("x-pagination-total").isEmpty()) {
            std::printf(
                "  ERROR %s: %s (status %d)\n", q.target.constData(), qPrintable(error), r.status);
            ok = false;
            continue;
        }
        Measured m;
        m.ms = ms;
        m.total = r.header("x-pagination-total").toLongLong();
        m.query = &q;
        results->append(m);

        // Not timed: the page must hold what the total promises, within the range asked.
        const QJsonArray docs = QJsonDocument::fromJson(r.body).array();
        const qint64 expected
            = qBound(qint64(0), m.total - qint64(q.page) * q.pageSize, qint64(q.pageSize));
        QString wrong;
        if (docs.size() != expected)
            wrong = QStringLiteral("%1 documents, expected %2").arg(docs.size()).arg(expected);
        if (q.mustFind && m.total == 0)
            wrong = QStringLiteral("nobody found");
        const QString phone = docs.isEmpty()
            ? QString()
            : docs.first().toObject().value(QLatin1String("mobile_phone_number")).toString();
        if (!q.firstPhone.isEmpty() && q.page == 0 && phone != q.firstPhone)
            wrong = QStringLiteral("the first user has %1, not %2").arg(phone, q.firstPhone);
        for (const QJsonValue &v : docs) {
            if (q.dateField.isEmpty() || !wrong.isEmpty())
                break;
            const qint64 t = dateOf(v.toObject(), q.dateField);
            if (t < q.fromMs || t >= q.toMsExclusive)
                wrong = QStringLiteral("%1 = %2 outside the range").arg(q.dateField).arg(t);
        }
        if (!wrong.isEmpty()) {
            std::printf("  WRONG %s: %s\n", qPrintable(q.label), qPrintable(wrong));
            ok = false;
        }
    }
    const double cpuAfter = ServerBench::processCpuMs(server.pid());
    *cpuMsPerRequest
        = cpuBefore < 0 || queries.isEmpty() ? -1 : (cpuAfter - cpuBefore) / double(queries.size());
    return ok;
}

QList<double> timesOf(const QList<Measured> &results)
{
    QList<double> ms;
    for (const Measured &m : results)
        ms.append(m.ms);
    return ms;
}

bool report(const char *name, const QList<Measured> &results, double cpuMsPerRequest, bool verdict)
{
    const QList<double> ms = timesOf(results);
    const double p95 = Bench::percentile(ms, 95);
    std::printf("%-44s n=%-3lld p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms  server CPU %.1f "
                "ms/request\n",
        name, static_cast<long long>(ms.size()), Bench::median(ms), p95, Bench::maximum(ms),
        cpuMsPerRequest);
    if (!verdict)
        return true;
    const QByteArray what
        = QByteArray(name) + ": p95 " + QByteArray::number(p95, 'f', 1) + " ms <= 50 ms";
    return Bench::verdict(!ms.isEmpty() && p95 <= TargetP95Ms, what.constData());
}

QList<Query> usersQueries(const QStringList &humanIds, const QStringList &phones, bool shortOnes)
{
    QStringList texts;
    if (shortOnes) {
        // One or two characters: letters of every alphabet in the data, digits, parts of
        // emails and phone numbers, and pairs that are rare or absent.
        texts = {QStringLiteral("a"), QStringLiteral("e"), QStringLiteral("k"), QStringLiteral("x"),
            QStringLiteral("q"), QStringLiteral("ø"), QStringLiteral("ü"), QStringLiteral("ß"),
            QStringLiteral("ō"), QStringLiteral("é"), QStringLiteral("9"), QStringLiteral("ol"),
            QStringLiteral("an"), QStringLiteral("er"), QStringLiteral("ka"), QStringLiteral("qx"),
            QStringLiteral("zq"), QStringLiteral("@w"), QStringLiteral("+4"), QStringLiteral("47"),
            QStringLiteral("ył"), QStringLiteral("Æ"), QStringLiteral("jq"), QStringLiteral("yū"),
            QStringLiteral("xw"), QStringLiteral(".f"), QStringLiteral("Ö"), QStringLiteral("J"),
            QStringLiteral("rø"), QStringLiteral("zz")};
    } else {
        texts = {QStringLiteral("nordmann"), QStringLiteral("hansen"), QStringLiteral("Sørensen"),
            QStringLiteral("müller"), QStringLiteral("García"), QStringLiteral("łukasz"),
            QStringLiteral("satō"), QStringLiteral("kari"), QStringLiteral("jürgen"),
            QStringLiteral("kari nordmann"), QStringLiteral("Søren Jensen"),
            QStringLiteral("@gmail.com"), QStringLiteral("hotmail"), QStringLiteral("online.no"),
            QStringLiteral("web.de"), QStringLiteral("orange.fr"), QStringLiteral("yahoo.co.jp"),
            QStringLiteral("+4790"), QStringLiteral("+4670"), QStringLiteral("+81"),
            QStringLiteral("4791"), QStringLiteral("5550"), QStringLiteral("zzzqqq"),
            QStringLiteral("no such person"), QStringLiteral("xq9x")};
        texts += humanIds;
        texts += phones;
    }
    QList<Query> queries;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Query q;
        // Every fifth one sorted by last name, every seventh on its second page.
        const bool byName = i % 5 == 4;
        q.page = i % 7 == 6 ? 1 : 0;
        q.target = "/users/search?query=" + encode(texts[i])
            + "&size=50&page=" + QByteArray::number(q.page) + (byName ? "&sort=last_name" : "");
        q.label = QStringLiteral("query=\"%1\"%2%3")
                      .arg(texts[i], byName ? QStringLiteral(" sort=last_name") : QString(),
                          q.page ? QStringLiteral(" page=%1").arg(q.page) : QString());
        queries.append(q);
    }
    return queries;
}

QList<Query> forgivingQueries(const QStringList &texts)
{
    QList<Query> queries;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Query q;
        const bool byName = i % 5 == 4;
        q.mustFind = true;
        q.target = "/users/search?query=" + encode(texts[i]) + "&size=50"
            + (byName ? "&sort=last_name" : "");
        q.label = QStringLiteral("query=\"%1\"%2")
                      .arg(texts[i], byName ? QStringLiteral(" sort=last_name") : QString());
        queries.append(q);
    }
    return queries;
}

// Names of the seed spelled as a customer says them on the phone: without accents, in the
// German and Scandinavian spelling, in capitals.
QList<Query> foldedQueries()
{
    return forgivingQueries({QStringLiteral("bjorn larsen"), QStringLiteral("Jurgen Fischer"),
        QStringLiteral("soren jensen"), QStringLiteral("hakon pedersen"), QStringLiteral("odegard"),
        QStringLiteral("Muller"), QStringLiteral("lukasz nowak"), QStringLiteral("SATO"),
        QStringLiteral("jose garcia"), QStringLiteral("strauss"), QStringLiteral("Bjoern"),
        QStringLiteral("Mueller"), QStringLiteral("Haakon"), QStringLiteral("oyvind"),
        QStringLiteral("frøydis"), QStringLiteral("Jorg Schroder"), QStringLiteral("elodie"),
        QStringLiteral("Malgorzata"), QStringLiteral("saether"), QStringLiteral("bækken"),
        QStringLiteral("Inigo Munoz"), QStringLiteral("koki kono"), QStringLiteral("gaelle"),
        QStringLiteral("Mans Sjoberg"), QStringLiteral("stale braten")});
}

// Names with the last name first, a first name with an email domain, three words.
QList<Query> reorderedQueries()
{
    return forgivingQueries({QStringLiteral("Nordmann Kari"), QStringLiteral("Jensen Søren"),
        QStringLiteral("Larsen Bjørn"), QStringLiteral("Pedersen Håkon"),
        QStringLiteral("García José"), QStringLiteral("hansen ola"),
        QStringLiteral("Fischer Jürgen"), QStringLiteral("Müller Lena"),
        QStringLiteral("Nowak Łukasz"), QStringLiteral("Tanaka Yui"),
        QStringLiteral("Smith Oliver"), QStringLiteral("Dubois Chloé"), QStringLiteral("ola gmail"),
        QStringLiteral("kari nordmann online.no"), QStringLiteral("Olsen Ingrid hotmail"),
        QStringLiteral("larsen bjorn"), QStringLiteral("jensen mette mail.dk"),
        QStringLiteral("berg sigrid"), QStringLiteral("Andersson Åsa"),
        QStringLiteral("Schmidt Jörg")});
}

// Real numbers in the forms people write them: in groups, with 00 or a bracketed code,
// with dashes or dots, nationally (the demo company is Norwegian), and their last digits.
QList<Query> phoneQueries(const QStringList &phones)
{
    QList<Query> queries;
    for (qsizetype i = 0; i < phones.size(); ++i) {
        const QString &e164 = phones[i];
        const QString national = e164.mid(3); // +47 and 8 digits
        const QString groups = national.left(3) + QLatin1Char(' ') + national.mid(3, 2)
            + QLatin1Char(' ') + national.mid(5);
        const QString forms[]
            = {QStringLiteral("+47 ") + groups, QStringLiteral("0047 ") + national, groups,
                QStringLiteral("(+47) ") + national.left(3) + QLatin1Char('-') + national.mid(3, 2)
                    + QLatin1Char('-') + national.mid(5),
                national.left(2) + QLatin1Char('.') + national.mid(2, 2) + QLatin1Char('.')
                    + national.mid(4, 2) + QLatin1Char('.') + national.mid(6),
                national.right(4)};
        const QString &form = forms[i % 6];
        Query q;
        q.mustFind = true;
        if (i % 6 != 5) // the last digits match many; the others are the number itself
            q.firstPhone = e164;
        q.target = "/users/search?query=" + encode(form) + "&size=50";
        q.label = QStringLiteral("query=\"%1\" (%2)").arg(form, e164);
        queries.append(q);
    }
    return queries;
}

QList<Query> ordersQueries(qint64 anchorMs, const QString &dateField)
{
    // Windows of a day, a week, a month and a quarter, ending at different distances from
    // the newest order, with and without status filters, in different sorts.
    struct Window
    {
        const char *name;
        qint64 days;
    };
    static const Window windows[] = {{"1 day", 1}, {"7 days", 7}, {"30 days", 30}, {"90 days", 90}};
    static const int endsDaysAgo[] = {0, 3, 45, 200, 400, 650};
    static const char *const statuses[] = {"", "order_status=DONE", "order_status=CANCELED,FAILED",
        "delivery_status=PENDING,IN_PROGRESS", "order_status=SUCCESS,DONE&delivery_status=DONE"};
    static const char *const sorts[]
        = {"", "created", "-delivery_time", "-total_amount", "-modified", "human_id", "-created"};
    QList<Query> queries;
    for (int i = 0; i < 16; ++i) {
        const Window &w = windows[i % 4];
        const int ago = endsDaysAgo[(i / 4 + i) % 6];
        const QByteArray status = statuses[(i * 3 + dateField.size()) % 5];
        const QByteArray sort = sorts[(i + dateField.size()) % 7];
        Query q;
        q.page = i % 6 == 5 ? 2 : 0;
        q.dateField = dateField;
        const qint64 toSecs = (anchorMs - ago * DayMs) / 1000;
        const qint64 fromSecs = toSecs - w.days * 24 * 3600 + 1;
        q.fromMs = fromSecs * 1000;
        q.toMsExclusive = (toSecs + 1) * 1000;
        q.target = "/orders?date_field=" + dateField.toLatin1() + "&from_date="
            + QByteArray::number(fromSecs) + "&to_date=" + QByteArray::number(toSecs)
            + "&size=50&page=" + QByteArray::number(q.page);
        if (!status.isEmpty())
            q.target += '&' + status;
        if (!sort.isEmpty())
            q.target += "&sort=" + sort;
        q.label
            = QStringLiteral("%1 %2, ending %3 days back%4%5%6")
                  .arg(dateField, QLatin1String(w.name))
                  .arg(ago)
                  .arg(status.isEmpty() ? QString() : QStringLiteral(" ") + QLatin1String(status),
                      sort.isEmpty() ? QString() : QStringLiteral(" sort=") + QLatin1String(sort),
                      q.page ? QStringLiteral(" page=%1").arg(q.page) : QString());
        queries.append(q);
    }
    return queries;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Users search and orders date ranges against builton-server at scale."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("builton-server to measure (default: next to this program)."),
        QStringLiteral("path"), ServerBench::defaultServerBinary());
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("Database file, seeded when missing (default: "
                       "<build>/bench-data/server_scale/scale-<users>-<orders>.sqlite), or the "
                       "postgresql:// URL of a database, seeded when empty."),
        QStringLiteral("file|url"));
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Users to seed."),
        QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"),
        QStringLiteral("Orders to seed."), QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption reseedOption(
        QStringLiteral("reseed"), QStringLiteral("Delete the database file and seed it again."));
    parser.addOptions({serverOption, dbOption, usersOption, ordersOption, reseedOption});
    parser.process(app);

    const int users = parser.value(usersOption).toInt();
    const int orders = parser.value(ordersOption).toInt();
    QString dbPath = parser.value(dbOption);
    if (dbPath.isEmpty()) {
        dbPath = ServerBench::defaultDataDir(QStringLiteral("server_scale"))
            + QStringLiteral("/scale-%1-%2.sqlite").arg(users).arg(orders);
    }
    const bool postgres = dbPath.startsWith(QLatin1String("postgresql://"));
    const QString dataDir = postgres ? ServerBench::defaultDataDir(QStringLiteral("server_scale"))
                                     : QFileInfo(dbPath).absolutePath();
    QDir().mkpath(dataDir);
    if (parser.isSet(reseedOption) && !postgres) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(dbPath + QLatin1String(suffix));
    }
    const bool seeding = !postgres && !QFileInfo::exists(dbPath);

    // A URL is printed without its password.
    std::printf("bench_server_scale: %d users, %d orders in %s\n", users, orders,
        qPrintable(postgres ? QUrl(dbPath).toString(QUrl::RemovePassword) : dbPath));
    std::printf("load average at the start: %s\n", ServerBench::loadAverage().constData());
    std::fflush(stdout);

    struct Class
    {
        const char *name;
        QList<Query> queries;
        bool users = true; ///< a users search (else an orders date range)
        bool forgiving = false; ///< compared with the plain searches of the run
        QList<Measured> results[2];
        double cpu[2] = {-1, -1};
    };
    QList<Class> classes;
    bool ok = true;
    qint64 anchorMs = 0;

    for (int pass = 0; pass < 2; ++pass) {
        ServerBench::Server server;
        QString error;
        QElapsedTimer clock;
        clock.start();
        const QStringList args {QStringLiteral("--db"), dbPath, QStringLiteral("--seed"),
            QStringLiteral("--users"), QString::number(users), QStringLiteral("--orders"),
            QString::number(orders), QStringLiteral("--quiet")};
        if (!server.start(parser.value(serverOption), args,
                dataDir + QStringLiteral("/credentials.json"), (postgres ? 4 : 1) * 60 * 60 * 1000,
                &error)) {
            std::printf("FAIL  cannot start builton-server: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("\npass %d: builton-server started in %.1f s", pass + 1,
            double(clock.elapsed()) / 1000);
        if (pass == 0 && postgres) {
            std::printf(" (PostgreSQL: seeding included when the database was empty)\n");
        } else if (pass == 0 && seeding) {
            std::printf(", seeding included (database file %.0f MB)\n",
                double(QFileInfo(dbPath).size()) / 1e6);
        } else {
            std::printf(" (the database seeded %s; --reseed seeds it again)\n",
                pass == 0 ? "by an earlier run" : "above");
        }

        ServerBench::HttpClient client(server.url());
        ServerBench::Response r;
        if (pass == 0) {
            // The newest order anchors the date ranges: the seed's dates are relative to its
            // time. Real human ids and phone numbers (whole and in part) to search for.
            if (!client.get("/orders?size=1", server.staffHeaders(), &r, &error)
                || r.status != 200) {
                std::printf("FAIL  GET /orders: %s (status %d)\n", qPrintable(error), r.status);
                return 1;
            }
            anchorMs = dateOf(QJsonDocument::fromJson(r.body).array().first().toObject(),
                QStringLiteral("created"));
            const qint64 orderTotal = r.header("x-pagination-total").toLongLong();
            QStringList humanIds;
            QStringList phones;
            QStringList norwegianPhones; // distinct numbers for the written forms
            for (int page : {40, 41, 42}) {
                if (!client.get("/users?size=50&page=" + QByteArray::number(page),
                        server.staffHeaders(), &r, &error)
                    || r.status != 200) {
                    std::printf("FAIL  GET /users: %s\n", qPrintable(error));
                    return 1;
                }
                for (const QJsonValue &v : QJsonDocument::fromJson(r.body).array()) {
                    const QString phone
                        = v.toObject().value(QLatin1String("mobile_phone_number")).toString();
                    if (phone.startsWith(QLatin1String("+47")) && phone.size() == 11
                        && norwegianPhones.size() < 24 && !norwegianPhones.contains(phone))
                        norwegianPhones << phone;
                }
            }
            for (int page : {7, 1234, 3210}) {
                if (!client.get("/users?size=3&page=" + QByteArray::number(page),
                        server.staffHeaders(), &r, &error)
                    || r.status != 200) {
                    std::printf("FAIL  GET /users: %s\n", qPrintable(error));
                    return 1;
                }
                for (const QJsonValue &v : QJsonDocument::fromJson(r.body).array()) {
                    const QJsonObject u = v.toObject();
                    const QString id = u.value(QLatin1String("human_id")).toString();
                    const QString phone = u.value(QLatin1String("mobile_phone_number")).toString();
                    if (!id.isEmpty())
                        humanIds << (humanIds.size() % 2 ? id.left(4) : id);
                    if (phone.size() > 6)
                        phones << phone.right(phones.size() % 2 ? 6 : phone.size());
                }
            }
            std::printf("serving %lld users and %lld orders (not deleted); newest order %s\n",
                static_cast<long long>(r.header("x-pagination-total").toLongLong()),
                static_cast<long long>(orderTotal),
                qPrintable(
                    QDateTime::fromMSecsSinceEpoch(anchorMs, Qt::UTC).toString(Qt::ISODate)));
            const auto addClass = [&classes](const char *name, const QList<Query> &queries,
                                      bool users, bool forgiving = false) {
                Class c;
                c.name = name;
                c.queries = queries;
                c.users = users;
                c.forgiving = forgiving;
                classes.append(c);
            };
            addClass("users search, 3+ characters", usersQueries(humanIds, phones, false), true);
            addClass("users search, 1-2 characters", usersQueries({}, {}, true), true);
            addClass("users search, folded letters", foldedQueries(), true, true);
            addClass("users search, words in any order", reorderedQueries(), true, true);
            addClass("users search, phone formats", phoneQueries(norwegianPhones), true, true);
            addClass("orders date ranges on created",
                ordersQueries(anchorMs, QStringLiteral("created")), false);
            addClass("orders date ranges on delivery_time",
                ordersQueries(anchorMs, QStringLiteral("delivery_time")), false);
            addClass("orders date ranges on modified",
                ordersQueries(anchorMs, QStringLiteral("modified")), false);
        }

        // Warm-up, not measured: the first search builds the server's in-memory index of the
        // company's search texts, and the first reads fill SQLite's cache.
        for (const QByteArray &target : {QByteArrayLiteral("/users/search?query=w%C3%A6&size=50"),
                 QByteArrayLiteral("/users/search?query=hagen&size=50"),
                 QByteArrayLiteral(
                     "/orders?date_field=delivery_time&from_date=0&to_date=1000&size=50"),
                 QByteArrayLiteral("/orders?sort=-total_amount&size=50")}) {
            QElapsedTimer one;
            one.start();
            if (!client.get(target, server.staffHeaders(), &r, &error) || r.status != 200) {
                std::printf("FAIL  warm-up %s: %s\n", target.constData(), qPrintable(error));
                return 1;
            }
            std::printf(
                "  warm-up %8.1f ms  %s\n", double(one.nsecsElapsed()) / 1e6, target.constData());
        }
        for (Class &c : classes)
            ok = runClass(client, server, c.queries, &c.results[pass], &c.cpu[pass]) && ok;
        server.stop();
    }

    // Every query with its time in both passes.
    for (const Class &c : std::as_const(classes)) {
        std::printf("\n%s (ms in pass 1, pass 2; total; query):\n", c.name);
        for (const Measured &m : c.results[1]) {
            double first = -1;
            for (const Measured &f : c.results[0]) {
                if (f.query == m.query)
                    first = f.ms;
            }
            std::printf("  %8.2f %8.2f  %7lld  %s\n", first, m.ms, static_cast<long long>(m.total),
                qPrintable(m.query->label));
        }
    }

    std::printf("\nload average at the end: %s\n", ServerBench::loadAverage().constData());
    bool allPassed = true;
    for (int pass = 0; pass < 2; ++pass) {
        std::printf(pass == 0 ? "\npass 1, the first requests after a start (pages the OS "
                                "evicted come from the disk):\n"
                              : "\npass 2, steady state (the same requests; a fresh server "
                                "process, the file in the OS cache):\n");
        const auto weighted = [](double a, qsizetype na, double b, qsizetype nb) {
            return na + nb > 0 ? (a * double(na) + b * double(nb)) / double(na + nb) : -1.0;
        };
        QList<Measured> usersAll;
        QList<Measured> ordersAll;
        double usersCpu = -1;
        double ordersCpu = -1;
        QList<Measured> plain; // the users searches of one word or a name as stored
        for (const Class &c : std::as_const(classes)) {
            allPassed = report(c.name, c.results[pass], c.cpu[pass], pass == 1) && allPassed;
            QList<Measured> &all = c.users ? usersAll : ordersAll;
            double &cpu = c.users ? usersCpu : ordersCpu;
            cpu = weighted(cpu, all.size(), c.cpu[pass], c.results[pass].size());
            all += c.results[pass];
            if (c.users && !c.forgiving)
                plain += c.results[pass];
        }
        allPassed = report("users search, all", usersAll, usersCpu, pass == 1) && allPassed;
        allPassed = report("orders date ranges, all", ordersAll, ordersCpu, pass == 1) && allPassed;

        // The forgiving searches against the plain ones measured in the same run, on the same
        // server process and the same load.
        const QList<double> base = timesOf(plain);
        std::printf("  compared with the plain users searches of this pass (n=%lld, p50 %.2f ms, "
                    "p95 %.2f ms):\n",
            static_cast<long long>(base.size()), Bench::median(base), Bench::percentile(base, 95));
        for (const Class &c : std::as_const(classes)) {
            if (!c.forgiving)
                continue;
            const QList<double> ms = timesOf(c.results[pass]);
            std::printf("    %-40s p50 %+7.2f ms (%+.0f %%), p95 %+7.2f ms (%+.0f %%)\n", c.name,
                Bench::median(ms) - Bench::median(base),
                100 * (Bench::median(ms) / Bench::median(base) - 1),
                Bench::percentile(ms, 95) - Bench::percentile(base, 95),
                100 * (Bench::percentile(ms, 95) / Bench::percentile(base, 95) - 1));
        }
    }
    if (!ok)
        std::printf("FAIL  some requests failed or answered wrongly (see above)\n");
    return ok && allPassed ? 0 : 1;
}
