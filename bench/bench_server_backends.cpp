// SPDX-License-Identifier: GPL-3.0-or-later
// builton-server on SQLite and on PostgreSQL, in one run: the demo shop of 5,000 users,
// GET /users?size=50&page=k cycling through every page, and the uncached workload of
// bench_server_throughput (users searches and orders ranges, each request different), under
// wrk, on
//   1. SQLite (a database file), one process: the baseline;
//   2. PostgreSQL, one process;
//   3. PostgreSQL, two processes on the same database, wrk against both at once (half the
//      connections each); their requests per second add up.
// Every process serves with --threads = the number of cores. The second PostgreSQL process
// is started with --seed too and must seed nothing (the seed is idempotent across processes),
// and both must count the same users: the run fails otherwise, or on any error answer.
//
//   bench_server_backends --postgres postgresql://USER@HOST:PORT/DBNAME [--duration 10]
//       [--server path/to/builton-server] [--work DIR]
//
// The URL names a database whose user may create databases (scripts/postgres.sh start DIR
// prints one for a throw-away cluster; BUILTON_TEST_POSTGRES is read when --postgres is not
// given). A database of its own is created there and dropped at the end. A password, if any,
// comes from PGPASSWORD, never the command line. Build it in Release without sanitizers; wrk,
// the servers, PostgreSQL and this program share the machine, so the figures compare the
// backends with each other, not with another machine.

#include "bench/ServerBench.h"
#include "bench/WrkBench.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <cstdio>
#include <list>
#include <vector>

namespace {

constexpr int Users = 5000;

/// Runs `sql` on the maintenance database `url` (CREATE and DROP DATABASE cannot run inside
/// the database they name).
bool onServer(const QUrl &url, const QString &sql, QString *error)
{
    const QString name = QStringLiteral("bench-admin-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(qEnvironmentVariable("PGPASSWORD"));
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

struct Backend
{
    const char *name;
    WrkBench::WrkResult pages;
    WrkBench::WrkResult varied;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("GET /users pages on SQLite and on PostgreSQL, one and two processes."));
    parser.addHelpOption();
    const QCommandLineOption postgresOption(QStringLiteral("postgres"),
        QStringLiteral("URL of a PostgreSQL database whose user may create databases "
                       "(default: $BUILTON_TEST_POSTGRES)."),
        QStringLiteral("url"), qEnvironmentVariable("BUILTON_TEST_POSTGRES"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("builton-server to measure (default: next to this program)."),
        QStringLiteral("path"), ServerBench::defaultServerBinary());
    const QCommandLineOption workOption(QStringLiteral("work"),
        QStringLiteral("Folder for the SQLite file and wrk's scripts (default: "
                       "<build>/bench-data/server_backends)."),
        QStringLiteral("dir"), ServerBench::defaultDataDir(QStringLiteral("server_backends")));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
        QStringLiteral("Seconds of each measured wrk run."), QStringLiteral("s"),
        QStringLiteral("10"));
    parser.addOptions({postgresOption, serverOption, workOption, durationOption});
    parser.process(app);
    const int seconds = qMax(1, parser.value(durationOption).toInt());
    const QString work = QDir(parser.value(workOption)).absolutePath();
    QDir().mkpath(work);
    const QUrl maintenance(parser.value(postgresOption));
    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (wrk.isEmpty()) {
        std::printf("FAIL  needs wrk on PATH (scripts/install-deps.sh)\n");
        return 1;
    }
    if (maintenance.scheme() != QLatin1String("postgresql") || maintenance.host().isEmpty()) {
        std::printf("FAIL  needs --postgres postgresql://USER@HOST:PORT/DBNAME (or "
                    "BUILTON_TEST_POSTGRES); scripts/postgres.sh start DIR prints one\n");
        return 1;
    }

    // A database of its own on the server, dropped at the end.
    const QString database = QStringLiteral("bench_backends_%1")
                                 .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    QString error;
    if (!onServer(maintenance, QStringLiteral("CREATE DATABASE %1").arg(database), &error)) {
        std::printf("FAIL  cannot create a database: %s\n", qPrintable(error));
        return 1;
    }
    const auto dropped = qScopeGuard([&] {
        QString ignored;
        onServer(maintenance,
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database), &ignored);
    });
    QUrl postgresUrl = maintenance;
    postgresUrl.setPath(QLatin1Char('/') + database);
    const QString sqliteFile = work + QStringLiteral("/users-5000.sqlite");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(sqliteFile + QLatin1String(suffix));

    const int threads = qMax(1, QThread::idealThreadCount());
    std::printf("bench_server_backends: %d users, --threads %d, wrk --latency -d%ds after a 3 s "
                "warm-up, 8 connections in all\n",
        Users, threads, seconds);
    std::printf("load average at the start: %s\n", ServerBench::loadAverage().constData());
    std::fflush(stdout);

    const QString pagesScript = work + QStringLiteral("/pages.lua");
    const QString variedScript = work + QStringLiteral("/varied.lua");
    WrkBench::writeFile(pagesScript, QByteArray(WrkBench::WrkScript) + WrkBench::WrkReport);
    WrkBench::writeFile(variedScript, QByteArray(WrkBench::VariedScript) + WrkBench::WrkReport);

    // Starts `count` servers on `db` (each with --seed: the first seeds, the others find the
    // data there) and measures both workloads against all of them at once.
    const auto measure = [&](const char *name, const QString &db, int count, Backend *out) {
        out->name = name;
        std::list<ServerBench::Server> servers;
        QList<QUrl> urls;
        QList<int> totals;
        QHash<QString, QString> settings;
        for (int i = 0; i < count; ++i) {
            ServerBench::Server &server = servers.emplace_back();
            QElapsedTimer clock;
            clock.start();
            if (!server.start(parser.value(serverOption),
                    {QStringLiteral("--db"), db, QStringLiteral("--seed"),
                        QStringLiteral("--users"), QString::number(Users),
                        QStringLiteral("--quiet"), QStringLiteral("--threads"),
                        QString::number(threads)},
                    work + QStringLiteral("/credentials-%1.json").arg(i), 300000, &error)) {
                std::printf("FAIL  %s: cannot start builton-server: %s\n", name, qPrintable(error));
                return false;
            }
            std::printf(
                "%s: process %d ready in %.1f s\n", name, i + 1, double(clock.elapsed()) / 1000);
            ServerBench::HttpClient client(server.url());
            ServerBench::Response r;
            if (!client.get("/users?size=1", server.staffHeaders(), &r, &error)
                || r.status != 200) {
                std::printf(
                    "FAIL  %s: GET /users: %s (status %d)\n", name, qPrintable(error), r.status);
                return false;
            }
            totals << r.header("x-pagination-total").toInt();
            urls << server.url();
            // The processes share the database, so the first one's credentials serve all.
            if (settings.isEmpty()) {
                settings = {
                    {QStringLiteral("BENCH_PATH"), QStringLiteral("/users?size=50&page=%d")},
                    {QStringLiteral("BENCH_FIRST_PAGE"), QStringLiteral("0")},
                    {QStringLiteral("BENCH_PAGES"), QString::number((totals.first() + 49) / 50)},
                    {QStringLiteral("BENCH_API_KEY"), QString::fromUtf8(server.apiKey())},
                    {QStringLiteral("BENCH_TOKEN"), QString::fromUtf8(server.staffToken())},
                    {QStringLiteral("BENCH_NOW"),
                        QString::number(QDateTime::currentSecsSinceEpoch())}};
            }
        }
        for (const int total : std::as_const(totals)) {
            if (total != totals.first() || total <= 0) {
                std::printf("FAIL  %s: the processes count different users (%d, %d)\n", name,
                    totals.first(), total);
                return false;
            }
        }
        const auto all = [&](const QString &script, int duration) {
            std::vector<WrkBench::Run> runs;
            for (const QUrl &url : std::as_const(urls)) {
                runs.push_back(WrkBench::start(
                    wrk, script, url, settings, duration, qMax(1, 2 / count), 8 / count));
            }
            QList<WrkBench::WrkResult> parts;
            for (WrkBench::Run &run : runs)
                parts << WrkBench::finish(run);
            return WrkBench::together(parts);
        };
        all(pagesScript, 3); // warm-up
        out->pages = all(pagesScript, seconds);
        all(variedScript, 3); // builds the search index
        out->varied = all(variedScript, seconds);
        for (const WrkBench::WrkResult *w : {&out->pages, &out->varied}) {
            if (!w->ok) {
                std::printf("FAIL  %s: %s\n", name, qPrintable(w->error));
                return false;
            }
        }
        return true;
    };

    Backend sqlite;
    Backend postgresOne;
    Backend postgresTwo;
    if (!measure("SQLite, 1 process", sqliteFile, 1, &sqlite)
        || !measure("PostgreSQL, 1 process", postgresUrl.toString(), 1, &postgresOne)
        || !measure("PostgreSQL, 2 processes", postgresUrl.toString(), 2, &postgresTwo))
        return 1;

    std::printf("load average at the end: %s\n\n", ServerBench::loadAverage().constData());
    for (const bool varied : {false, true}) {
        std::printf(varied
                ? "\nUncached: users searches and orders ranges, every request different\n"
                : "GET /users?size=50&page=k, k cycling through every page\n");
        for (const Backend *b : {&sqlite, &postgresOne, &postgresTwo}) {
            const WrkBench::WrkResult &r = varied ? b->varied : b->pages;
            const WrkBench::WrkResult &base = varied ? sqlite.varied : sqlite.pages;
            WrkBench::printResult(b->name, r);
            std::printf("%-20s %9.2fx SQLite's requests per second\n", "",
                r.requestsPerSecond / base.requestsPerSecond);
        }
    }
    // What the run checks failed it above (an error answer, processes that disagree); the
    // figures have no target: the issue asks them printed, next to SQLite's.
    return 0;
}
