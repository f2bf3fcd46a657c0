// SPDX-License-Identifier: GPL-3.0-or-later
// builton-server against json-server 0.17 (npm) on the same 5,000 users: GET /users?size=50
// &page=k under wrk (2 threads, 8 connections, after a warm-up), cycling through every page,
// with builton-server on one request thread and on all of them (--threads), in one run.
// Targets: at least 80x json-server's requests per second and a p99 of at most 5 ms (all
// threads).
//
// A second workload is never served from the page cache: users searches for varied name
// fragments and orders lists of varied date ranges, statuses, sorts and page sizes, each
// request different from the last. Its req/s and p99 are printed for one thread and all
// threads, with the speed-up; the one-thread run is its baseline.
//
//   bench_server_throughput [--server path/to/builton-server] [--work DIR] [--duration 10]
//
// Needs wrk, node and npm (scripts/install-deps.sh installs them) and the npm registry the
// first time: json-server@0.17.4 is installed into DIR (default <build>/bench-data/
// server_throughput), next to the db.json written from the users builton-server serves.
// The API key and token reach wrk's script through its environment, never its command line.
// Build it in Release without sanitizers; wrk, both servers and this program share the machine.

#include "bench/BenchSupport.h"
#include "bench/ServerBench.h"
#include "bench/WrkBench.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>

namespace {

constexpr double TargetRatio = 80;
constexpr double TargetP99Ms = 5;
const char JsonServerVersion[] = "0.17.4";

/// Installs json-server@JsonServerVersion into `dir` unless it is there already.
bool installJsonServer(const QString &npm, const QString &dir, QString *error)
{
    QFile installed(dir + QStringLiteral("/node_modules/json-server/package.json"));
    if (installed.open(QIODevice::ReadOnly)
        && QJsonDocument::fromJson(installed.readAll())
                .object()
                .value(QLatin1String("version"))
                .toString()
            == QLatin1String(JsonServerVersion)) {
        return true;
    }
    const QByteArray package = QByteArray(R"({"private": true, "dependencies": {"json-server": ")")
        + JsonServerVersion + "\"}}\n";
    if (!WrkBench::writeFile(dir + QStringLiteral("/package.json"), package)) {
        *error = QStringLiteral("cannot write %1/package.json").arg(dir);
        return false;
    }
    std::printf("installing json-server@%s with npm into %s\n", JsonServerVersion, qPrintable(dir));
    std::fflush(stdout);
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(npm,
        {QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
            QStringLiteral("--no-update-notifier")});
    if (!process.waitForFinished(10 * 60 * 1000) || process.exitCode() != 0) {
        *error = QStringLiteral("npm install failed: %1")
                     .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("GET /users pages: builton-server against json-server, under wrk."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("builton-server to measure (default: next to this program)."),
        QStringLiteral("path"), ServerBench::defaultServerBinary());
    const QCommandLineOption workOption(QStringLiteral("work"),
        QStringLiteral("Folder for json-server and db.json (default: "
                       "<build>/bench-data/server_throughput)."),
        QStringLiteral("dir"), ServerBench::defaultDataDir(QStringLiteral("server_throughput")));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
        QStringLiteral("Seconds of each measured wrk run."), QStringLiteral("s"),
        QStringLiteral("10"));
    parser.addOptions({serverOption, workOption, durationOption});
    parser.process(app);
    const int seconds = qMax(1, parser.value(durationOption).toInt());
    const QString work = QDir(parser.value(workOption)).absolutePath();
    QDir().mkpath(work);

    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (wrk.isEmpty() || node.isEmpty() || npm.isEmpty()) {
        std::printf("FAIL  needs wrk, node and npm on PATH (scripts/install-deps.sh)\n");
        return 1;
    }
    std::printf(
        "bench_server_throughput: wrk -t2 -c8 -d%ds --latency, after a 3 s warm-up\n", seconds);
    std::printf("load average at the start: %s\n", ServerBench::loadAverage().constData());
    std::fflush(stdout);

    // 1. builton-server with the demo shop of 5,000 users, on one request thread and on
    //    all of them (the same deterministic seed each time).
    const int allThreads = qMax(1, QThread::idealThreadCount());
    const QString pagesScript = work + QStringLiteral("/pages.lua");
    const QString variedScript = work + QStringLiteral("/varied.lua");
    WrkBench::writeFile(pagesScript, QByteArray(WrkBench::WrkScript) + WrkBench::WrkReport);
    WrkBench::writeFile(variedScript, QByteArray(WrkBench::VariedScript) + WrkBench::WrkReport);
    struct Measured
    {
        int threads = 0;
        WrkBench::WrkResult pages;
        WrkBench::WrkResult varied;
    };
    QList<Measured> measured;
    QJsonArray users;
    int served = 0;
    QString error;
    for (const int threads : {1, allThreads}) {
        ServerBench::Server server;
        if (!server.start(parser.value(serverOption),
                {QStringLiteral("--memory"), QStringLiteral("--seed"), QStringLiteral("--users"),
                    QStringLiteral("5000"), QStringLiteral("--quiet"), QStringLiteral("--threads"),
                    QString::number(threads)},
                work + QStringLiteral("/credentials.json"), 120000, &error)) {
            std::printf("FAIL  cannot start builton-server: %s\n", qPrintable(error));
            return 1;
        }
        ServerBench::HttpClient client(server.url());
        ServerBench::Response r;
        if (users.isEmpty()) {
            // 2. Every one of its users (deleted ones too) into db.json, with the "id"
            //    json-server needs. GET /users (what wrk asks for) serves those that are not
            //    deleted.
            for (int page = 0;; ++page) {
                if (!client.get(
                        "/users?size=1000&include_deleted=true&page=" + QByteArray::number(page),
                        server.staffHeaders(), &r, &error)
                    || r.status != 200) {
                    std::printf("FAIL  GET /users: %s (status %d)\n", qPrintable(error), r.status);
                    return 1;
                }
                const QJsonArray chunk = QJsonDocument::fromJson(r.body).array();
                for (const QJsonValue &v : chunk) {
                    QJsonObject user = v.toObject();
                    user.insert(QStringLiteral("id"),
                        user.value(QLatin1String("_id")).toObject().value(QLatin1String("$oid")));
                    users.append(user);
                }
                if (chunk.size() < 1000)
                    break;
            }
            if (!client.get("/users?size=1", server.staffHeaders(), &r, &error)
                || r.status != 200) {
                std::printf("FAIL  GET /users: %s\n", qPrintable(error));
                return 1;
            }
            served = r.header("x-pagination-total").toInt();
        }
        const QHash<QString, QString> pages {
            {QStringLiteral("BENCH_PATH"), QStringLiteral("/users?size=50&page=%d")},
            {QStringLiteral("BENCH_FIRST_PAGE"), QStringLiteral("0")},
            {QStringLiteral("BENCH_PAGES"), QString::number((served + 49) / 50)},
            {QStringLiteral("BENCH_API_KEY"), QString::fromUtf8(server.apiKey())},
            {QStringLiteral("BENCH_TOKEN"), QString::fromUtf8(server.staffToken())}};
        QHash<QString, QString> varied = pages;
        varied.insert(
            QStringLiteral("BENCH_NOW"), QString::number(QDateTime::currentSecsSinceEpoch()));
        Measured m;
        m.threads = threads;
        WrkBench::run(wrk, pagesScript, server.url(), pages, 3); // warm-up
        m.pages = WrkBench::run(wrk, pagesScript, server.url(), pages, seconds);
        WrkBench::run(wrk, variedScript, server.url(), varied, 3); // builds the search index
        m.varied = WrkBench::run(wrk, variedScript, server.url(), varied, seconds);
        server.stop();
        for (const WrkBench::WrkResult *w : {&m.pages, &m.varied}) {
            if (!w->ok) {
                std::printf("FAIL  %s (--threads %d)\n", qPrintable(w->error), threads);
                return 1;
            }
        }
        measured << m;
    }

    const int jsonPages = int((users.size() + 49) / 50);
    const QString dbJson = work + QStringLiteral("/db.json");
    if (users.size() != 5000
        || !WrkBench::writeFile(dbJson,
            QJsonDocument(QJsonObject {{QStringLiteral("users"), users}})
                .toJson(QJsonDocument::Compact))) {
        std::printf("FAIL  expected 5000 users, got %lld (or cannot write %s)\n",
            static_cast<long long>(users.size()), qPrintable(dbJson));
        return 1;
    }
    std::printf("db.json: the same %lld users (%d of them not deleted, served by GET /users)\n",
        static_cast<long long>(users.size()), served);

    // 3. json-server 0.17 from npm, serving db.json.
    if (!installJsonServer(npm, work, &error)) {
        std::printf("FAIL  %s\n", qPrintable(error));
        return 1;
    }
    const quint16 jsonPort = ServerBench::freePort();
    QProcess jsonServer;
    jsonServer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    jsonServer.setStandardOutputFile(QProcess::nullDevice());
    jsonServer.start(node,
        {work + QStringLiteral("/node_modules/json-server/lib/cli/bin.js"),
            QStringLiteral("--quiet"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"), QString::number(jsonPort), dbJson});
    if (!jsonServer.waitForStarted(10000)) {
        std::printf("FAIL  cannot start json-server: %s\n", qPrintable(jsonServer.errorString()));
        return 1;
    }
    const QUrl jsonUrl(QStringLiteral("http://127.0.0.1:%1").arg(jsonPort));
    ServerBench::HttpClient jsonClient(jsonUrl);
    ServerBench::Response r;
    bool jsonReady = false;
    for (int attempt = 0; attempt < 120 && !jsonReady; ++attempt) {
        QThread::msleep(250);
        if (jsonServer.state() != QProcess::Running)
            break;
        jsonReady = jsonClient.get("/users?_page=1&_limit=50", {}, &r, &error) && r.status == 200
            && QJsonDocument::fromJson(r.body).array().size() == 50
            && r.header("x-total-count").toInt() == 5000;
    }
    if (!jsonReady) {
        std::printf("FAIL  json-server did not serve /users?_page=1&_limit=50\n");
        jsonServer.kill();
        jsonServer.waitForFinished(5000);
        return 1;
    }
    const QHash<QString, QString> jsonSettings {
        {QStringLiteral("BENCH_PATH"), QStringLiteral("/users?_page=%d&_limit=50")},
        {QStringLiteral("BENCH_FIRST_PAGE"), QStringLiteral("1")},
        {QStringLiteral("BENCH_PAGES"), QString::number(jsonPages)}};
    WrkBench::run(wrk, pagesScript, jsonUrl, jsonSettings, 3);
    const WrkBench::WrkResult json
        = WrkBench::run(wrk, pagesScript, jsonUrl, jsonSettings, seconds);
    jsonServer.terminate();
    jsonServer.waitForFinished(5000);
    if (!json.ok) {
        std::printf("FAIL  %s\n", qPrintable(json.error));
        return 1;
    }

    std::printf("load average at the end: %s\n\n", ServerBench::loadAverage().constData());
    std::printf("GET /users?size=50&page=k, k cycling through all %d pages (json-server: "
                "?_page=k&_limit=50, %d pages)\n",
        (served + 49) / 50, jsonPages);
    const Measured &one = measured.constFirst();
    const Measured &all = measured.constLast();
    WrkBench::printResult("builton 1 thread", one.pages);
    WrkBench::printResult(
        qPrintable(QStringLiteral("builton %1 threads").arg(all.threads)), all.pages);
    WrkBench::printResult("json-server", json);
    const double ratioOne = one.pages.requestsPerSecond / json.requestsPerSecond;
    const double ratio = all.pages.requestsPerSecond / json.requestsPerSecond;
    std::printf(
        "ratio            %9.1fx (1 thread), %.1fx (%d threads)\n\n", ratioOne, ratio, all.threads);
    std::printf("Uncached: users searches and orders ranges, every request different\n");
    WrkBench::printResult("builton 1 thread", one.varied);
    WrkBench::printResult(
        qPrintable(QStringLiteral("builton %1 threads").arg(all.threads)), all.varied);
    std::printf("speed-up         %9.2fx with %d threads (wrk shares the same cores)\n",
        all.varied.requestsPerSecond / one.varied.requestsPerSecond, all.threads);

    bool ok = Bench::verdict(ratio >= TargetRatio,
        QByteArray("throughput " + QByteArray::number(ratio, 'f', 1)
            + "x json-server >= " + QByteArray::number(TargetRatio) + "x")
            .constData());
    ok = Bench::verdict(all.pages.p99Ms <= TargetP99Ms,
             QByteArray("builton-server p99 " + QByteArray::number(all.pages.p99Ms, 'f', 2)
                 + " ms <= " + QByteArray::number(TargetP99Ms) + " ms")
                 .constData())
        && ok;
    return ok ? 0 : 1;
}
