// SPDX-License-Identifier: GPL-3.0-or-later

// From a change of the orders filter to the first rows painted: OrdersModel on a shown
// QTableView against the local builton-server seeded with 1,000,000 orders. For each of the
// filter changes (date presets on created / modified / delivery time, custom ranges, order and
// delivery status sets, sorts) the clock starts at OrdersModel::setFilter() and stops when the
// viewport has painted after the first rows of the new answer arrived (or, for an empty
// answer, after the empty table was painted with its total known). The changes run twice, each
// pass on a freshly started server (as bench_server_scale does): pass 1 right after the start,
// pass 2 the steady state with the database file in the OS cache. Target: pass 2
// p95 <= 100 ms.
//
//   QT_QPA_PLATFORM=offscreen bench_orders_filter [--db FILE] [--users 20000]
//       [--orders 1000000] [--server path/to/builton-server]
//
// The database is seeded once into <build>/bench-data/orders_filter/ (several minutes) and
// reused afterwards; --db takes another one (for instance the 200,000-user, 1,000,000-order
// file bench_server_scale seeds). The server only reads it.

#include "api/ApiClient.h"
#include "bench/BenchLocalServer.h"
#include "bench/BenchSupport.h"
#include "models/Clock.h"
#include "models/items/OrdersModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTableView>
#include <QTimeZone>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

/// A table view that reports when it has finished painting its viewport.
class TimedTableView : public QTableView
{
public:
    std::function<void()> afterPaint;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        if (afterPaint)
            afterPaint();
    }
};

/// The newest order's creation day: the seeded data ends there, whenever it was seeded.
QDate newestOrderDay(ApiClient &client, const QTimeZone &zone)
{
    OrderQuery query;
    query.size = 1;
    ApiReply *reply = client.listOrders(query);
    reply->setAutoDelete(false);
    std::unique_ptr<ApiReply> owner(reply);
    Bench::waitFor([reply] { return reply->isFinished(); }, 60000);
    if (!reply->isSuccess())
        return QDate();
    const QJsonArray orders = QJsonDocument::fromJson(reply->response().body).array();
    const double ms = orders.at(0)
                          .toObject()
                          .value(QLatin1String("created"))
                          .toObject()
                          .value(QLatin1String("$date"))
                          .toDouble();
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC).toTimeZone(zone).date();
}

struct Change
{
    OrderFilter filter;
    int sortColumn = OrdersModel::Created;
    Qt::SortOrder order = Qt::DescendingOrder;
    QString label;
};

/// At least 30 changes, each different from the one before: presets on each date field,
/// custom ranges, status sets, sorts.
QList<Change> changes(const QDate &today)
{
    using P = DateRange::Preset;
    const QList<P> presets {P::Last7Days, P::Last30Days, P::ThisMonth, P::LastMonth, P::ThisYear,
        P::Yesterday, P::Today, P::AllTime};
    const QList<QPair<DateField, const char *>> fields {{DateField::Created, "created"},
        {DateField::DeliveryTime, "delivery_time"}, {DateField::Modified, "modified"}};
    const QList<QStringList> orderStatuses {{}, {QStringLiteral("FAILED")},
        {QStringLiteral("CREATED"), QStringLiteral("PENDING")}, {QStringLiteral("DONE")}};
    const QList<QStringList> deliveryStatuses {{}, {}, {QStringLiteral("PENDING")},
        {QStringLiteral("IN_PROGRESS"), QStringLiteral("ACCEPTED")}};
    const QList<QPair<int, Qt::SortOrder>> sorts {{OrdersModel::Created, Qt::DescendingOrder},
        {OrdersModel::Total, Qt::DescendingOrder}, {OrdersModel::Created, Qt::AscendingOrder},
        {OrdersModel::HumanId, Qt::AscendingOrder}};

    QList<Change> list;
    int i = 0;
    for (const auto &field : fields) {
        for (const P preset : presets) {
            Change change;
            change.filter.range = DateRange::fromPreset(preset);
            change.filter.dateField = field.first;
            change.filter.orderStatuses = orderStatuses.at(i % orderStatuses.size());
            change.filter.deliveryStatuses = deliveryStatuses.at((i / 2) % deliveryStatuses.size());
            const auto sort = sorts.at((i / 3) % sorts.size());
            change.sortColumn = sort.first;
            change.order = sort.second;
            change.label
                = QStringLiteral("%1 on %2, status [%3], delivery [%4], sort %5%6")
                      .arg(DateRange::presetName(preset), QLatin1String(field.second),
                          change.filter.orderStatuses.join(QLatin1Char(',')),
                          change.filter.deliveryStatuses.join(QLatin1Char(',')),
                          sort.second == Qt::DescendingOrder ? QStringLiteral("-") : QString(),
                          OrdersModel::columnTitle(sort.first).toLower());
            list.append(change);
            ++i;
        }
    }
    // Custom ranges: a day, a week and 90 days, some way back.
    for (int back : {3, 45, 200, 400, 640}) {
        for (int days : {1, 7, 90}) {
            Change change;
            change.filter.range
                = DateRange::custom(today.addDays(-back - days + 1), today.addDays(-back));
            change.filter.dateField = back % 2 ? DateField::Created : DateField::DeliveryTime;
            change.filter.orderStatuses
                = days == 90 ? QStringList {QStringLiteral("FAILED")} : QStringList();
            change.label = QStringLiteral("%1 days ending %2 days back").arg(days).arg(back);
            list.append(change);
        }
    }
    return list;
}

constexpr int WarmUpChanges = 3;

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("?");
    const QList<QByteArray> parts = file.readAll().split(' ');
    return parts.size() >= 3 ? parts[0] + ' ' + parts[1] + ' ' + parts[2] : QByteArray("?");
}

struct PassResult
{
    QList<double> arrived;
    QList<double> painted;
    int empty = 0;
    bool ok = false;
};

/// One pass: a freshly started server, a shown table, every change timed.
PassResult runPass(int pass, const QString &binary, const QString &db, int users, int orders)
{
    PassResult result;
    Bench::LocalServer server;
    QString error;
    QElapsedTimer startup;
    startup.start();
    const bool seeding = !QFileInfo::exists(db);
    if (!server.start(binary, {QStringLiteral("--db"), db}, users, orders, 3600000, &error)) {
        std::fprintf(stderr, "cannot start %s: %s\n", qPrintable(binary), qPrintable(error));
        return result;
    }
    std::printf("\npass %d: builton-server on %s (%.1f GB) ready in %.1f s%s\n", pass,
        qPrintable(QDir::toNativeSeparators(db)), double(QFileInfo(db).size()) / 1e9,
        double(startup.elapsed()) / 1000.0, seeding ? ", seeded now" : "");

    ApiClient client;
    client.setConnection(server.connection());
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate today = newestOrderDay(client, zone);
    if (!today.isValid()) {
        std::fprintf(stderr, "could not read the newest order\n");
        return result;
    }

    // "Today" is the last day of the data, so the presets find orders however old the file is.
    Clock::setTestTime(QDateTime(today, QTime(12, 0), zone).toUTC());
    OrdersModel model(&client);
    TimedTableView view;
    view.resize(1280, 800);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(22);
    view.setWordWrap(false);
    view.setModel(&model);
    view.show();
    model.reload();
    if (!Bench::waitFor([&model] { return model.rowCount() > 0 && !model.isLoading(); }, 120000)) {
        std::fprintf(
            stderr, "the first page did not load: %s\n", qPrintable(model.lastError().message()));
        return result;
    }
    std::printf("  %lld orders in the company, newest on %s; load average %s\n",
        static_cast<long long>(model.totalCount()), qPrintable(today.toString(Qt::ISODate)),
        loadAverage().constData());

    QElapsedTimer clock;
    bool armed = false;
    bool rowsArrived = false;
    double rowsAt = 0;
    double paintedAt = 0;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
        if (armed && !rowsArrived) {
            rowsArrived = true;
            rowsAt = double(clock.nsecsElapsed()) / 1e6;
            view.viewport()->update();
        }
    });
    QObject::connect(&model, &PagedTableModel::totalCountChanged, &model, [&](qint64 total) {
        if (armed && !rowsArrived && total == 0) {
            rowsArrived = true; // an empty answer: the empty table is the first "rows"
            rowsAt = double(clock.nsecsElapsed()) / 1e6;
            view.viewport()->update();
        }
    });
    view.afterPaint = [&] {
        if (armed && rowsArrived) {
            paintedAt = double(clock.nsecsElapsed()) / 1e6;
            armed = false;
        }
    };

    const QList<Change> list = changes(today);
    std::printf("  %-76s %8s %8s %9s\n", "filter change", "rows ms", "paint ms", "total");
    for (int i = 0; i < list.size(); ++i) {
        const Change &change = list.at(i);
        // The sort is not a filter: it changes (untimed) before the filter does.
        if (model.sortColumn() != change.sortColumn || model.sortOrder() != change.order) {
            model.sort(change.sortColumn, change.order);
            Bench::waitFor([&model] { return !model.isLoading(); }, 60000);
        }
        rowsArrived = false;
        armed = true;
        clock.start();
        model.setFilter(change.filter);
        if (!Bench::waitFor([&armed] { return !armed; }, 60000)) {
            std::fprintf(stderr, "nothing painted for change %d (%s): %s\n", i,
                qPrintable(change.label), qPrintable(model.lastError().message()));
            return result;
        }
        Bench::waitFor([&model] { return !model.isLoading(); }, 60000);
        std::printf("  %-76s %8.1f %8.1f %9lld%s\n", qPrintable(change.label.left(76)), rowsAt,
            paintedAt, static_cast<long long>(model.totalCount()),
            i < WarmUpChanges ? "  (warm-up)" : "");
        if (i >= WarmUpChanges) {
            result.painted.append(paintedAt);
            result.arrived.append(rowsAt);
            result.empty += model.totalCount() == 0 ? 1 : 0;
        }
    }
    server.stop();
    result.ok = true;
    return result;
}

void printPass(int pass, const PassResult &result)
{
    std::printf("  pass %d: %d filter changes (%d warm-up changes not counted; %d answered "
                "empty)\n",
        pass, int(result.painted.size()), WarmUpChanges, result.empty);
    std::printf("  %-40s %8s %8s %8s %8s\n", "", "p50 ms", "p95 ms", "max ms", "min ms");
    std::printf("  %-40s %8.1f %8.1f %8.1f %8.1f\n", "change -> first rows in the model",
        Bench::median(result.arrived), Bench::percentile(result.arrived, 95),
        Bench::maximum(result.arrived), Bench::minimum(result.arrived));
    std::printf("  %-40s %8.1f %8.1f %8.1f %8.1f\n", "change -> first rows painted",
        Bench::median(result.painted), Bench::percentile(result.painted, 95),
        Bench::maximum(result.painted), Bench::minimum(result.painted));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("builton.*.debug=false\nbuilton.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("Database file (default: <build>/bench-data/orders_filter/...; seeded "
                       "when missing)."),
        QStringLiteral("file"));
    const QCommandLineOption usersOption(QStringLiteral("users"),
        QStringLiteral("Users to seed (default 20000)."), QStringLiteral("n"),
        QStringLiteral("20000"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"),
        QStringLiteral("Orders to seed (default 1000000)."), QStringLiteral("n"),
        QStringLiteral("1000000"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("The builton-server executable (default: next to this program)."),
        QStringLiteral("path"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("builton-server")));
    parser.addOption(dbOption);
    parser.addOption(usersOption);
    parser.addOption(ordersOption);
    parser.addOption(serverOption);
    parser.process(app);
    const int users = parser.value(usersOption).toInt();
    const int orders = parser.value(ordersOption).toInt();
    QString db = parser.value(dbOption);
    if (db.isEmpty()) {
        const QString dir = QDir::cleanPath(QCoreApplication::applicationDirPath()
            + QStringLiteral("/../bench-data/orders_filter"));
        QDir().mkpath(dir);
        db = QDir(dir).filePath(QStringLiteral("orders-%1-%2.sqlite").arg(users).arg(orders));
    }
    std::printf("bench_orders_filter (platform %s)\n", qPrintable(QGuiApplication::platformName()));

    // Two passes over the same changes, each on a freshly started server (so neither its page
    // cache nor its count cache answers): pass 1 right after the start, when pages of the file
    // the operating system evicted are read from the disk again; pass 2, the target's steady
    // state, with the file in the OS cache.
    const PassResult first = runPass(1, parser.value(serverOption), db, users, orders);
    if (!first.ok)
        return 2;
    const PassResult second = runPass(2, parser.value(serverOption), db, users, orders);
    if (!second.ok)
        return 2;

    std::printf("\n");
    printPass(1, first);
    printPass(2, second);
    std::printf("  load average at the end: %s\n", loadAverage().constData());
    const bool ok = Bench::verdict(Bench::percentile(second.painted, 95) <= 100.0,
        "pass 2 p95 filter change -> first rows painted <= 100 ms");
    return ok ? 0 : 1;
}
