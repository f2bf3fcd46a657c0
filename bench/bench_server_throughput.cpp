// builton-server against json-server 0.17 (npm) on the same 5,000 users: GET /users?size=50
// &page=k under wrk (2 threads, 8 connections, after a warm-up), cycling through every page.
// Targets (issue, Performance): at least 10x json-server's requests per second, and a p99
// latency of at most 10 ms.
//
//   bench_server_throughput [--server path/to/builton-server] [--work DIR] [--duration 10]
//
// Needs wrk, node and npm (scripts/install-deps.sh installs them) and the npm registry the
// first time: json-server@0.17.4 is installed into DIR (default <build>/bench-data/
// server_throughput), next to the db.json written from the users builton-server serves.
// The API key and token reach wrk's script through its environment, never its command line.
// Build it in Release without sanitizers; wrk, both servers and this program share the machine.

#include "BenchSupport.h"
#include "ServerBench.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>

namespace {

constexpr double TargetRatio = 10;
constexpr double TargetP99Ms = 10;
const char JsonServerVersion[] = "0.17.4";

// Cycles through the pages (each wrk thread starts elsewhere) and reports in one line.
const char WrkScript[] = R"lua(-- Written by bench_server_throughput.
local path = os.getenv("BENCH_PATH")
local pages = tonumber(os.getenv("BENCH_PAGES"))
local first = tonumber(os.getenv("BENCH_FIRST_PAGE"))
local key = os.getenv("BENCH_API_KEY") or ""
local token = os.getenv("BENCH_TOKEN") or ""
local threads = 0
local counter = 0

function setup(thread)
  thread:set("start", threads * 37)
  threads = threads + 1
end

function init(args)
  counter = start or 0
end

function request()
  local page = first + (counter % pages)
  counter = counter + 1
  local headers = {}
  if key ~= "" then
    headers["X-Builton-Api-Key"] = key
    headers["Authorization"] = "Bearer " .. token
  end
  return wrk.format("GET", string.format(path, page), headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d errors=%d status_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    latency.max, e.connect + e.read + e.write + e.timeout, e.status))
end
)lua";

struct WrkResult
{
    bool ok = false;
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    qint64 requests = 0;
    QString error;
};

WrkResult runWrk(const QString &wrk, const QString &script, const QUrl &base,
    const QByteArray &pathFormat, int firstPage, int pages, const QByteArray &apiKey,
    const QByteArray &token, int seconds)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BENCH_PATH"), QString::fromLatin1(pathFormat));
    env.insert(QStringLiteral("BENCH_FIRST_PAGE"), QString::number(firstPage));
    env.insert(QStringLiteral("BENCH_PAGES"), QString::number(pages));
    env.insert(QStringLiteral("BENCH_API_KEY"), QString::fromUtf8(apiKey));
    env.insert(QStringLiteral("BENCH_TOKEN"), QString::fromUtf8(token));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(wrk,
        {QStringLiteral("-t2"), QStringLiteral("-c8"), QStringLiteral("-d%1s").arg(seconds),
            QStringLiteral("--latency"), QStringLiteral("-s"), script,
            base.toString(QUrl::RemovePath)});
    WrkResult result;
    if (!process.waitForFinished((seconds + 60) * 1000) || process.exitCode() != 0) {
        result.error = QStringLiteral("wrk failed: %1")
                           .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        process.kill();
        return result;
    }
    const QByteArray out = process.readAll();
    const QRegularExpression line(QStringLiteral(
        "BENCH requests=(\\d+) duration_us=(\\d+) p50_us=(\\d+) p99_us=(\\d+) max_us=(\\d+) "
        "errors=(\\d+) status_errors=(\\d+)"));
    const QRegularExpressionMatch m = line.match(QString::fromLatin1(out));
    if (!m.hasMatch()) {
        result.error = QStringLiteral("no summary from wrk: %1").arg(QString::fromLatin1(out));
        return result;
    }
    result.requests = m.captured(1).toLongLong();
    result.requestsPerSecond = double(result.requests) / (m.captured(2).toDouble() / 1e6);
    result.p50Ms = m.captured(3).toDouble() / 1000;
    result.p99Ms = m.captured(4).toDouble() / 1000;
    result.maxMs = m.captured(5).toDouble() / 1000;
    const qint64 errors = m.captured(6).toLongLong();
    const qint64 statusErrors = m.captured(7).toLongLong();
    if (errors > 0 || statusErrors > 0) {
        result.error = QStringLiteral("%1 socket errors and %2 answers that were not 2xx")
                           .arg(errors)
                           .arg(statusErrors);
        return result;
    }
    result.ok = result.requests > 0;
    return result;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

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
    if (!writeFile(dir + QStringLiteral("/package.json"), package)) {
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

void printResult(const char *name, const WrkResult &r)
{
    std::printf("%-16s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  (%lld requests)\n",
        name, r.requestsPerSecond, r.p50Ms, r.p99Ms, r.maxMs, static_cast<long long>(r.requests));
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

    // 1. builton-server with the demo shop of 5,000 users.
    ServerBench::Server server;
    QString error;
    if (!server.start(parser.value(serverOption),
            {QStringLiteral("--memory"), QStringLiteral("--seed"), QStringLiteral("--users"),
                QStringLiteral("5000"), QStringLiteral("--quiet")},
            work + QStringLiteral("/credentials.json"), 120000, &error)) {
        std::printf("FAIL  cannot start builton-server: %s\n", qPrintable(error));
        return 1;
    }

    // 2. Every one of its users (deleted ones too) into db.json, with the "id" json-server
    //    needs. GET /users (what wrk asks for) serves those that are not deleted.
    ServerBench::HttpClient client(server.url());
    ServerBench::Response r;
    QJsonArray users;
    for (int page = 0;; ++page) {
        if (!client.get("/users?size=1000&include_deleted=true&page=" + QByteArray::number(page),
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
    if (!client.get("/users?size=1", server.staffHeaders(), &r, &error) || r.status != 200) {
        std::printf("FAIL  GET /users: %s\n", qPrintable(error));
        return 1;
    }
    const int served = r.header("x-pagination-total").toInt();
    const int builtonPages = (served + 49) / 50;
    const int jsonPages = int((users.size() + 49) / 50);
    const QString dbJson = work + QStringLiteral("/db.json");
    if (users.size() != 5000
        || !writeFile(dbJson,
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

    // 4. wrk against each: a warm-up, then the measured run.
    const QString script = work + QStringLiteral("/pages.lua");
    writeFile(script, WrkScript);
    const WrkResult warmBuilton = runWrk(wrk, script, server.url(), "/users?size=50&page=%d", 0,
        builtonPages, server.apiKey(), server.staffToken(), 3);
    const WrkResult builton = runWrk(wrk, script, server.url(), "/users?size=50&page=%d", 0,
        builtonPages, server.apiKey(), server.staffToken(), seconds);
    const WrkResult warmJson
        = runWrk(wrk, script, jsonUrl, "/users?_page=%d&_limit=50", 1, jsonPages, {}, {}, 3);
    const WrkResult json
        = runWrk(wrk, script, jsonUrl, "/users?_page=%d&_limit=50", 1, jsonPages, {}, {}, seconds);
    jsonServer.terminate();
    jsonServer.waitForFinished(5000);
    server.stop();

    std::printf("load average at the end: %s\n\n", ServerBench::loadAverage().constData());
    for (const WrkResult *w : {&warmBuilton, &builton, &warmJson, &json}) {
        if (!w->ok) {
            std::printf("FAIL  %s\n", qPrintable(w->error));
            return 1;
        }
    }
    std::printf("GET /users?size=50&page=k, k cycling through all %d pages (json-server: "
                "?_page=k&_limit=50, %d pages)\n",
        builtonPages, jsonPages);
    printResult("builton-server", builton);
    printResult("json-server", json);
    const double ratio = builton.requestsPerSecond / json.requestsPerSecond;
    std::printf("ratio            %9.1fx\n", ratio);
    bool ok = Bench::verdict(ratio >= TargetRatio,
        QByteArray("throughput " + QByteArray::number(ratio, 'f', 1) + "x json-server >= 10x")
            .constData());
    ok = Bench::verdict(builton.p99Ms <= TargetP99Ms,
             QByteArray(
                 "builton-server p99 " + QByteArray::number(builton.p99Ms, 'f', 2) + " ms <= 10 ms")
                 .constData())
        && ok;
    return ok ? 0 : 1;
}
