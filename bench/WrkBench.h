// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// wrk (the HTTP load generator) for the builton-server benchmarks: the Lua scripts of their
// workloads, running wrk with settings passed through its environment (never its command
// line, which would show the API key and token to every user), alone or several at once, and
// reading its summary. Header-only; each program includes it once.

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <cstdio>
#include <memory>

namespace WrkBench {

// How every script reports: one line finish() reads.
inline constexpr char WrkReport[] = R"lua(
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d errors=%d status_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    latency.max, e.connect + e.read + e.write + e.timeout, e.status))
end
)lua";

// Cycles through the pages (each wrk thread starts elsewhere).
inline constexpr char WrkScript[]
    = R"lua(-- Written by a builton-server benchmark (bench/WrkBench.h).
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

)lua";

// The uncached workload: every request differs from the one before (a users search for one
// of many name fragments, or an orders list of a random range, statuses, sort and size), so
// the page cache rarely answers. A fixed random seed per wrk thread keeps runs comparable.
inline constexpr char VariedScript[]
    = R"lua(-- Written by a builton-server benchmark (bench/WrkBench.h).
local key = os.getenv("BENCH_API_KEY") or ""
local token = os.getenv("BENCH_TOKEN") or ""
local now = tonumber(os.getenv("BENCH_NOW"))
local threads = 0
local fragments = {"ol", "nor", "han", "lar", "sen", "kar", "eri", "mar", "ann", "ing",
  "jo", "an", "per", "hei", "mül", "garc", "kow", "sat", "smi", "dub", "bjø", "sø", "@gmail",
  "+47", "+49", "9", "k", "é", "ström", "nil", "lin", "tom", "ber", "chr", "ema", "ana"}
local statuses = {"", "&order_status=PAID", "&order_status=PENDING,CREATED",
  "&delivery_status=PENDING", "&order_status=DONE&delivery_status=DONE"}
local sorts = {"", "&sort=-created", "&sort=total_amount", "&sort=-delivery_time", "&sort=human_id"}
local fields = {"created", "modified", "delivery_time"}

function setup(thread)
  thread:set("seed", 1000 + threads)
  threads = threads + 1
end

function init(args)
  math.randomseed(seed or 1)
end

function request()
  local headers = {["X-Builton-Api-Key"] = key, ["Authorization"] = "Bearer " .. token}
  local path
  local size = math.random(10, 60)
  if math.random() < 0.5 then
    path = string.format("/users/search?query=%s&size=%d&page=%d",
      fragments[math.random(#fragments)], size, math.random(0, 3))
  else
    local span = math.random(1, 90) * 86400
    local to = now - math.random(0, 700) * 86400
    path = string.format("/orders?date_field=%s&from_date=%d&to_date=%d&size=%d&page=%d%s%s",
      fields[math.random(#fields)], to - span, to, size, math.random(0, 2),
      statuses[math.random(#statuses)], sorts[math.random(#sorts)])
  end
  return wrk.format("GET", path, headers)
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

/// wrk started by start(): `threads` threads and `connections` connections against one server.
struct Run
{
    std::unique_ptr<QProcess> process;
    int seconds = 0;
};

/// Starts wrk with `script` against `base` for `seconds`; the script's settings come through
/// its environment.
inline Run start(const QString &wrk, const QString &script, const QUrl &base,
    const QHash<QString, QString> &settings, int seconds, int threads = 2, int connections = 8)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it)
        env.insert(it.key(), it.value());
    Run run;
    run.seconds = seconds;
    run.process = std::make_unique<QProcess>();
    run.process->setProcessEnvironment(env);
    run.process->setProcessChannelMode(QProcess::MergedChannels);
    run.process->start(wrk,
        {QStringLiteral("-t%1").arg(threads), QStringLiteral("-c%1").arg(connections),
            QStringLiteral("-d%1s").arg(seconds), QStringLiteral("--latency"), QStringLiteral("-s"),
            script, base.toString(QUrl::RemovePath)});
    return run;
}

/// Waits for a run of start() and reads its summary.
inline WrkResult finish(Run &run)
{
    QProcess &process = *run.process;
    WrkResult result;
    if (!process.waitForFinished((run.seconds + 60) * 1000) || process.exitCode() != 0) {
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

/// One wrk run of 2 threads and 8 connections, start to finish.
inline WrkResult run(const QString &wrk, const QString &script, const QUrl &base,
    const QHash<QString, QString> &settings, int seconds)
{
    Run r = start(wrk, script, base, settings, seconds);
    return finish(r);
}

/// Runs measured at the same time against different servers, as one: their requests per
/// second add up; the percentiles are the worst of them (an upper bound of the combined ones).
inline WrkResult together(const QList<WrkResult> &parts)
{
    WrkResult sum;
    sum.ok = !parts.isEmpty();
    for (const WrkResult &p : parts) {
        sum.ok = sum.ok && p.ok;
        if (!p.ok && sum.error.isEmpty())
            sum.error = p.error;
        sum.requests += p.requests;
        sum.requestsPerSecond += p.requestsPerSecond;
        sum.p50Ms = qMax(sum.p50Ms, p.p50Ms);
        sum.p99Ms = qMax(sum.p99Ms, p.p99Ms);
        sum.maxMs = qMax(sum.maxMs, p.maxMs);
    }
    return sum;
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

inline void printResult(const char *name, const WrkResult &r)
{
    std::printf("%-20s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  (%lld requests)\n",
        name, r.requestsPerSecond, r.p50Ms, r.p99Ms, r.maxMs, static_cast<long long>(r.requests));
}

} // namespace WrkBench
