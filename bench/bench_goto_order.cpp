// SPDX-License-Identifier: GPL-3.0-or-later

// "Go to" an order by its number: from Ctrl+K (the Go To box made and shown, as the main
// window does) through typing an order number and Enter (GoToModel looks it up as customers
// and as orders at once) to the order's detail painted with its payments (OrderDetailDialog:
// GET /orders/{id}, then GET /orders/{id}/payments; the clock stops at the payments table's
// first paint after they arrived), against the local builton-server seeded with 1,000,000
// orders. Baseline in the same run: the bare GET /orders/search?query=<number> round trip.
// Target: p95 <= 100 ms.
//
//   QT_QPA_PLATFORM=offscreen bench_goto_order [--db FILE] [--users 20000]
//       [--orders 1000000] [--iterations 60] [--server path/to/builton-server]
//
// The database is seeded once into <build>/bench-data/goto_order/ (several minutes; the time
// is printed) and reused afterwards; --db takes another one (bench_orders_filter's file has
// the same shape), --orders N a smaller shop.

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "bench/BenchLocalServer.h"
#include "bench/BenchSupport.h"
#include "models/items/GoToModel.h"
#include "models/items/PaymentsModel.h"
#include "ui/orders/OrderDetailDialog.h"
#include "ui/shell/GoToDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPointer>
#include <QTableView>

#include <cstdio>
#include <memory>

namespace {

/// Records the time of the first paint of a widget after it is armed.
class PaintWatch : public QObject
{
public:
    QElapsedTimer *clock = nullptr;
    bool armed = false;
    double paintedAt = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (armed && event->type() == QEvent::Paint) {
            paintedAt = double(clock->nsecsElapsed()) / 1e6;
            armed = false;
        }
        return QObject::eventFilter(watched, event);
    }
};

/// Waits for \a reply; false on failure or timeout.
bool finish(ApiReply *reply, int timeoutMs = 60000)
{
    reply->setAutoDelete(false);
    return Bench::waitFor([reply] { return reply->isFinished(); }, timeoutMs) && reply->isSuccess();
}

/// Order numbers spread over the shop: pages at several sorts, every seventh order.
QStringList sampleOrderNumbers(ApiClient &client, int count)
{
    QStringList numbers;
    const QStringList sorts {QStringLiteral("-created"), QStringLiteral("human_id"),
        QStringLiteral("-total_amount"), QStringLiteral("-human_id"), QStringLiteral("created"),
        QStringLiteral("total_amount")};
    for (const QString &sort : sorts) {
        for (int page = 0; page < 3 && numbers.size() < count; ++page) {
            OrderQuery query;
            query.sort = sort;
            query.page = page * 7;
            query.size = 100;
            std::unique_ptr<ApiReply> reply(client.listOrders(query));
            if (!finish(reply.get()))
                continue;
            const QJsonArray orders = QJsonDocument::fromJson(reply->response().body).array();
            for (int i = 0; i < orders.size() && numbers.size() < count; i += 7) {
                const QString number
                    = orders.at(i).toObject().value(QLatin1String("human_id")).toString();
                if (!number.isEmpty() && !numbers.contains(number))
                    numbers.append(number);
            }
        }
    }
    return numbers;
}

void printRow(const char *what, const QList<double> &values)
{
    std::printf("  %-52s %8.1f %8.1f %8.1f %8.1f\n", what, Bench::median(values),
        Bench::percentile(values, 95), Bench::maximum(values), Bench::minimum(values));
}

constexpr int WarmUp = 3;

QtMessageHandler previousHandler = nullptr;

/// The offscreen platform warns at every dialog shown; that is noise between the figures.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    previousHandler = qInstallMessageHandler(quietHandler);
    QLoggingCategory::setFilterRules(QStringLiteral("builton.*.debug=false\nbuilton.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("Database file (default: <build>/bench-data/goto_order/...; seeded when "
                       "missing)."),
        QStringLiteral("file"));
    const QCommandLineOption usersOption(QStringLiteral("users"),
        QStringLiteral("Users to seed (default 20000)."), QStringLiteral("n"),
        QStringLiteral("20000"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"),
        QStringLiteral("Orders to seed (default 1000000)."), QStringLiteral("n"),
        QStringLiteral("1000000"));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"),
        QStringLiteral("Orders to go to (default 60, at least 50 counted)."), QStringLiteral("n"),
        QStringLiteral("60"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("The builton-server executable (default: next to this program)."),
        QStringLiteral("path"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("builton-server")));
    parser.addOption(dbOption);
    parser.addOption(usersOption);
    parser.addOption(ordersOption);
    parser.addOption(iterationsOption);
    parser.addOption(serverOption);
    parser.process(app);
    const int users = parser.value(usersOption).toInt();
    const int orders = parser.value(ordersOption).toInt();
    const int iterations = qMax(50 + WarmUp, parser.value(iterationsOption).toInt());
    QString db = parser.value(dbOption);
    if (db.isEmpty()) {
        const QString dir = QDir::cleanPath(
            QCoreApplication::applicationDirPath() + QStringLiteral("/../bench-data/goto_order"));
        QDir().mkpath(dir);
        db = QDir(dir).filePath(QStringLiteral("orders-%1-%2.sqlite").arg(users).arg(orders));
    }
    std::printf("bench_goto_order (platform %s)\n", qPrintable(QGuiApplication::platformName()));

    Bench::LocalServer server;
    QString error;
    QElapsedTimer startup;
    startup.start();
    const bool seeding = !QFileInfo::exists(db);
    if (!server.start(parser.value(serverOption), {QStringLiteral("--db"), db}, users, orders,
            3600000, &error)) {
        std::fprintf(stderr, "cannot start the server: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("builton-server on %s ready in %.1f s%s\n",
        qPrintable(QDir::toNativeSeparators(db)), double(startup.elapsed()) / 1000.0,
        seeding ? qPrintable(
            QStringLiteral(", seeded now with %1 users and %2 orders").arg(users).arg(orders))
                : ", reused");

    ApiClient client;
    client.setConnection(server.connection());
    {
        OrderQuery count;
        count.size = 1;
        std::unique_ptr<ApiReply> reply(client.listOrders(count));
        if (!finish(reply.get())) {
            std::fprintf(stderr, "cannot list the orders\n");
            return 2;
        }
        std::printf(
            "%lld orders in the company\n", static_cast<long long>(reply->response().page.total));
    }
    const QStringList numbers = sampleOrderNumbers(client, iterations);
    if (numbers.size() < 50 + WarmUp) {
        std::fprintf(stderr, "only %d order numbers found\n", int(numbers.size()));
        return 2;
    }

    QWidget window;
    window.resize(1280, 800);
    window.show();
    QList<double> baseline;
    QList<double> found;
    QList<double> painted;
    QElapsedTimer clock;
    for (int i = 0; i < numbers.size(); ++i) {
        const QString number = numbers.at(i);
        // Baseline: the bare search round trip.
        OrderQuery query;
        query.search = number;
        query.size = GoToModel::MaxPerKind;
        clock.start();
        std::unique_ptr<ApiReply> reply(client.listOrders(query));
        if (!finish(reply.get())) {
            std::fprintf(stderr, "search %s failed\n", qPrintable(number));
            return 2;
        }
        const double searchMs = double(clock.nsecsElapsed()) / 1e6;

        // Ctrl+K, the number, Enter.
        QPointer<OrderDetailDialog> detail;
        PaintWatch watch;
        watch.clock = &clock;
        double foundAt = -1;
        clock.start();
        auto *box = new GoToDialog(&client, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(box, &GoToDialog::openOrderRequested, &window,
            [&](const QString &id, const QString &humanId) {
                foundAt = double(clock.nsecsElapsed()) / 1e6;
                detail = new OrderDetailDialog(&client, id, humanId, &window);
                QObject::connect(detail, &OrderDetailDialog::paymentsShown, &window, [&] {
                    watch.armed = true;
                    detail->paymentsView()->viewport()->update();
                });
                detail->paymentsView()->viewport()->installEventFilter(&watch);
                detail->show();
            });
        box->show();
        box->lineEdit()->setText(number);
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QCoreApplication::sendEvent(box->lineEdit(), &enter);
        if (!Bench::waitFor([&watch] { return watch.paintedAt >= 0; }, 60000)) {
            std::fprintf(stderr, "order %s: the detail did not paint its payments (%s)\n",
                qPrintable(number),
                box ? qPrintable(box->statusText()) : "the box closed without an order");
            return 2;
        }
        const bool exact = detail && detail->order().humanId() == number;
        if (!exact) {
            std::fprintf(stderr, "order %s: another order opened\n", qPrintable(number));
            return 2;
        }
        if (i >= WarmUp) {
            baseline.append(searchMs);
            found.append(foundAt);
            painted.append(watch.paintedAt);
        }
        delete detail.data();
        QCoreApplication::processEvents();
    }
    server.stop();

    std::printf("\n%d go-tos counted (%d warm-up not counted)\n", int(painted.size()), WarmUp);
    std::printf("  %-52s %8s %8s %8s %8s\n", "", "p50 ms", "p95 ms", "max ms", "min ms");
    printRow("baseline: GET /orders/search?query=<number>", baseline);
    printRow("Ctrl+K, number, Enter -> order found (lookups)", found);
    printRow("Ctrl+K, number, Enter -> detail with payments painted", painted);
    const bool ok = Bench::verdict(Bench::percentile(painted, 95) <= 100.0,
        "p95 Ctrl+K -> order detail with payments painted <= 100 ms");
    return ok ? 0 : 1;
}
