// SPDX-License-Identifier: GPL-3.0-or-later

// Decode + insert of user pages: UsersModel's ingest path (simdjson into compact rows) against
// the naive baseline (QJsonDocument into a QStandardItemModel, one item per cell), measured in
// the same run. Both do the same work: neither formats a date while loading (that is left to
// painting, see NaiveUsers.h). Targets: at least 4x the throughput, at most 1/4 of the heap per
// loaded user, and at most 1 KB per user.
//
//   bench_users_decode [--users 20000] [--reps 5]

#include "bench/BenchSupport.h"
#include "bench/NaiveUsers.h"
#include "models/items/UsersModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <memory>

namespace {

constexpr int PageSize = 100;

/// Feeds every page through the model's ingest path and makes the rows visible.
void loadModel(UsersModel &model, const QList<QByteArray> &pages, int total)
{
    for (int page = 0; page < pages.size(); ++page) {
        PageInfo info;
        info.total = total;
        info.page = page;
        info.size = PageSize;
        if (!model.ingestPage(model.generation(), page, pages.at(page), info)) {
            std::fprintf(stderr, "page %d did not decode: %s\n", page,
                qPrintable(model.lastError().message()));
            std::exit(2);
        }
    }
    model.flushStagedRows();
}

void loadNaive(QStandardItemModel &model, const QList<QByteArray> &pages)
{
    for (const QByteArray &page : pages)
        Naive::appendPage(model, page);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"),
        QStringLiteral("Users to decode (default 20000)."), QStringLiteral("n"),
        QStringLiteral("20000"));
    const QCommandLineOption repsOption(QStringLiteral("reps"),
        QStringLiteral("Repetitions of each variant (default 5)."), QStringLiteral("n"),
        QStringLiteral("5"));
    parser.addOption(usersOption);
    parser.addOption(repsOption);
    parser.process(app);
    const int users = qMax(PageSize, parser.value(usersOption).toInt());
    const int reps = qMax(1, parser.value(repsOption).toInt());

    const QList<QByteArray> pages = Bench::usersPages(users, PageSize);
    const qint64 bytes = Bench::totalBytes(pages);
    std::printf("bench_users_decode: %d users in %lld pages of %d, %.1f MB of JSON (%lld B/user)\n",
        users, qlonglong(pages.size()), PageSize, double(bytes) / 1e6, bytes / users);

    // Heap per loaded user, each variant alone: in-use heap after loading minus before, with
    // the input pages allocated before and every temporary document freed.
    qint64 modelHeap = 0;
    {
        const qint64 before = Bench::heapInUse();
        auto model = std::make_unique<UsersModel>();
        loadModel(*model, pages, users);
        modelHeap = Bench::heapInUse() - before;
        if (model->rowCount() != users) {
            std::fprintf(stderr, "UsersModel has %d rows, expected %d\n", model->rowCount(), users);
            return 2;
        }
    }
    qint64 naiveHeap = 0;
    {
        const qint64 before = Bench::heapInUse();
        auto model = std::make_unique<QStandardItemModel>();
        Naive::setHeaders(*model);
        loadNaive(*model, pages);
        naiveHeap = Bench::heapInUse() - before;
    }

    // Throughput, the variants interleaved.
    QList<double> modelMs;
    QList<double> naiveMs;
    for (int rep = 0; rep < reps; ++rep) {
        {
            auto model = std::make_unique<UsersModel>();
            QElapsedTimer timer;
            timer.start();
            loadModel(*model, pages, users);
            modelMs.append(double(timer.nsecsElapsed()) / 1e6);
        }
        {
            auto model = std::make_unique<QStandardItemModel>();
            Naive::setHeaders(*model);
            QElapsedTimer timer;
            timer.start();
            loadNaive(*model, pages);
            naiveMs.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }

    auto report = [&](const char *name, const QList<double> &ms, qint64 heap) {
        const double median = Bench::median(ms);
        std::printf("  %-34s %9.1f %9.1f %12.0f %9.1f %9lld\n", name, Bench::minimum(ms), median,
            users / (median / 1000.0), double(bytes) / 1e6 / (median / 1000.0), heap / users);
    };
    std::printf("  %-34s %9s %9s %12s %9s %9s\n", "variant", "min ms", "median ms", "users/s",
        "MB/s", "heap B/user");
    report("UsersModel (simdjson, compact rows)", modelMs, modelHeap);
    report("QJsonDocument + QStandardItemModel", naiveMs, naiveHeap);

    const double speedup = Bench::median(naiveMs) / Bench::median(modelMs);
    const double speedupMin = Bench::minimum(naiveMs) / Bench::minimum(modelMs);
    const double memoryRatio = double(modelHeap) / double(naiveHeap);
    std::printf("  throughput ratio: %.1fx (medians), %.1fx (minimums)\n", speedup, speedupMin);
    std::printf("  memory ratio: %.3f (%lld / %lld B/user)\n", memoryRatio, modelHeap / users,
        naiveHeap / users);

    bool ok = true;
    if (naiveHeap <= 0 || modelHeap <= 0)
        std::printf("  heap figures unavailable: mallinfo2() sees no allocations (a sanitizer "
                    "build?); measure with a Release build\n");
    ok &= Bench::verdict(speedup >= 4.0, "throughput >= 4x the naive baseline");
    ok &= Bench::verdict(
        naiveHeap > 0 && memoryRatio <= 0.25, "heap per user <= 1/4 of the naive baseline");
    ok &= Bench::verdict(
        modelHeap > 0 && modelHeap / users <= 1024, "heap per loaded user <= 1 KB");
    return ok ? 0 : 1;
}
